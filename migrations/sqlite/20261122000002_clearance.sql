-- Clearance runs and their decisions. Each charge holds its current decision (the run that made
-- it is recorded), so repeating a run never duplicates anything. A cleared charge is sealed
-- (sealed_run_id set): its decision row is never rewritten again, so it keeps the rule, run and
-- date that cleared it, and the charge is never deleted.

create table clearance_run (
    id integer primary key,
    rule_pack text not null,
    as_of text not null,
    started_at text not null,
    finished_at text,
    people integer not null default 0,
    charges integer not null default 0,
    cleared integer not null default 0,
    newly_sealed integer not null default 0,
    waiting integer not null default 0,
    not_eligible integer not null default 0
);

create table charge_decision (
    charge_id integer primary key references charge (id) on delete cascade,
    run_id integer not null references clearance_run (id),
    status text not null,
    rule text,
    decision_date text,
    -- Reason codes in the engine's order, separated by single spaces ('' when none).
    reasons text not null
);
create index charge_decision_run on charge_decision (run_id);

alter table charge add column sealed_run_id integer references clearance_run (id);
create index charge_sealed_run on charge (sealed_run_id);
