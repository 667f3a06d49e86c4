-- PostgreSQL twin of migrations/sqlite/20261123000003_drop_charge_sealed_run_index.sql.
-- No query looks charges up by the run that sealed them (sealing filters on the charge id), and
-- keeping the index up to date slowed every import and every seal for nothing.
drop index charge_sealed_run;
