-- Whether a run reviewed everyone (`clearance run`) or one person again after a correction.
-- The public statistics describe the latest run over everyone. Runs made before this column
-- are told apart by size: a re-review covered one person, in a database that has more.
alter table clearance_run add column everyone bigint not null default 1;
update clearance_run set everyone = 0
    where people <= 1 and (select count(*) from person) > 1;
