-- A sealed charge that a later run no longer clears (a correction, a new extract, another
-- law) is never unsealed by the run: it is flagged here for a reviewer, who unseals it (the
-- agencies are told) or keeps it sealed. The flag keeps the decision the law now gives.
create table unseal_flag (
    id integer primary key,
    charge_id integer not null references charge (id),
    flagged_run_id integer not null,
    flagged_at text not null,
    status text not null,
    rule text,
    decision_date text,
    reasons text not null,
    decided_at text,
    decided_by integer references account (id),
    -- 'unsealed' or 'kept', once decided.
    outcome text
);
-- At most one open flag per charge: a second run finds it and adds none.
create unique index unseal_flag_open on unseal_flag (charge_id) where decided_at is null;
