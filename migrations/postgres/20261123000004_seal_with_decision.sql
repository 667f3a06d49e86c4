-- PostgreSQL twin of migrations/sqlite/20261123000004_seal_with_decision.sql.
-- A charge's seal moves from the charge row to its decision row, and the decision table drops
-- its reference check to clearance_run.
--
-- Why: at state scale (1,000,000 people, 2.4 million newly cleared charges) rewriting every
-- cleared charge row, and checking two references to the run for each of 4 million decisions,
-- took most of a clearance run's time (96 s; 47 s without them). Runs are append-only and never
-- deleted, so a decision's run ids cannot dangle. The charge rows stay exactly as the extract
-- delivered them, and a sealed decision row is never rewritten.

-- sealed_run_id: the run that cleared and sealed the charge; a sealed decision is never
-- rewritten and its charge is never deleted.
alter table charge_decision add column sealed_run_id bigint;
update charge_decision d set sealed_run_id = c.sealed_run_id
    from charge c where c.id = d.charge_id and c.sealed_run_id is not null;
alter table charge drop column sealed_run_id;
alter table charge_decision drop constraint charge_decision_run_id_fkey;
drop index charge_decision_run;
