-- Whether a run reviewed everyone (`clearance run`) or one person again after a correction.
-- The public statistics describe the latest run over everyone. Runs made before this column
-- are told apart by their span: a re-review covered exactly one person.
alter table clearance_run add column everyone integer not null default 1;
update clearance_run set everyone = 0
    where lowest_person_id is not null and lowest_person_id = highest_person_id and people <= 1;
