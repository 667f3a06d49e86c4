-- A charge's seal moves from the charge row to its decision row, and the decision table drops
-- its reference checks to clearance_run.
--
-- Why: at state scale (1,000,000 people, 2.4 million newly cleared charges) rewriting every
-- cleared charge row, and checking two references to the run for each of 4 million decisions,
-- took most of a clearance run's time on PostgreSQL (96 s; 47 s without them). Runs are
-- append-only and never deleted, so a decision's run ids cannot dangle. The charge rows stay
-- exactly as the extract delivered them, and a sealed decision row is never rewritten.
--
-- SQLite cannot drop a column that takes part in a foreign key, nor a constraint, so both
-- tables are rebuilt. Decisions are set aside first: dropping the old charge table would
-- otherwise delete them through their cascade.

create table charge_decision_saved as
    select d.charge_id, d.run_id, d.status, d.rule, d.decision_date, d.reasons,
           c.sealed_run_id
    from charge_decision d join charge c on c.id = d.charge_id;
drop table charge_decision;

create table charge_next (
    id integer primary key,
    cycle_id integer not null references arrest_cycle (id) on delete cascade,
    seq integer not null,
    statute text not null,
    description text,
    grade text not null,
    max_term_days integer,
    court_case text,
    court_ori text,
    court_name text,
    disposition_type text not null,
    disposition_date text,
    incarceration_days integer,
    probation_days integer,
    fine_cents integer,
    restitution_owed_cents integer not null default 0,
    import_id integer not null references import_batch (id),
    unique (cycle_id, seq)
);
insert into charge_next
    select id, cycle_id, seq, statute, description, grade, max_term_days, court_case, court_ori,
           court_name, disposition_type, disposition_date, incarceration_days, probation_days,
           fine_cents, restitution_owed_cents, import_id
    from charge;
drop table charge;
alter table charge_next rename to charge;

-- The current decision of each charge. sealed_run_id: the run that cleared and sealed it; a
-- sealed decision is never rewritten and its charge is never deleted.
create table charge_decision (
    charge_id integer primary key references charge (id) on delete cascade,
    run_id integer not null,
    status text not null,
    rule text,
    decision_date text,
    -- Reason codes in the engine's order, separated by single spaces ('' when none).
    reasons text not null,
    sealed_run_id integer
);
insert into charge_decision select * from charge_decision_saved;
drop table charge_decision_saved;
