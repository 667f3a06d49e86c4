-- Foundation schema: people and their record from the state extract, accounts, sessions, audit.
-- Dates are ISO 8601 text (YYYY-MM-DD), instants RFC 3339 text in UTC: the same on both backends.

create table import_batch (
    id integer primary key,
    source_name text not null,
    data_as_of text not null,
    people integer not null default 0,
    charges integer not null default 0,
    imported_at text not null
);

create table person (
    id integer primary key,
    sid text not null unique,
    first_name text not null,
    middle_name text,
    last_name text not null,
    dob text not null,
    sex text,
    race text,
    county text,
    data_as_of text not null,
    import_id integer not null references import_batch (id),
    updated_at text not null
);

create table person_alias (
    id integer primary key,
    person_id integer not null references person (id) on delete cascade,
    first_name text not null,
    last_name text not null
);
create index person_alias_person on person_alias (person_id);

create table arrest_cycle (
    id integer primary key,
    person_id integer not null references person (id) on delete cascade,
    tracking_number text not null,
    arrest_date text not null,
    agency_ori text not null,
    agency_name text not null,
    import_id integer not null references import_batch (id),
    unique (person_id, tracking_number)
);

create table charge (
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

create table account (
    id integer primary key,
    email text not null unique,
    password_hash text not null,
    role text not null default 'person',
    person_id integer references person (id),
    created_at text not null
);

create table session (
    id text primary key,
    data text not null,
    expiry_date integer not null
);
create index session_expiry on session (expiry_date);

-- Append-only: rows are inserted in the same transaction as the action they record.
create table audit_event (
    id integer primary key,
    occurred_at text not null,
    actor_account_id integer references account (id),
    actor_role text,
    action text not null,
    subject_person_id integer references person (id),
    detail text
);
create index audit_event_subject on audit_event (subject_person_id, occurred_at);
