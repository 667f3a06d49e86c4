-- The people a clearance run reviewed: person ids lowest..=highest (a scheduled run spans
-- everyone there was; a re-review after a correction, one person). The record page dates each
-- decision by the latest run that reviewed the person, not only the run that last changed it,
-- since a run writes only the decisions that change. Null for runs made before this column.
alter table clearance_run add column lowest_person_id bigint;
alter table clearance_run add column highest_person_id bigint;
