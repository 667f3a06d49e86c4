-- Identity and the security baseline: staff details, two-step sign-in, record access codes,
-- legal aid consent, password resets, throttling, queued email, and an append-only audit log.

-- Staff and legal aid workers are shown by name and organisation on "Who has viewed my record".
alter table account add column display_name text;
alter table account add column organisation text;
-- Two-step sign-in (TOTP). The secret is set once enrolment is confirmed; the last accepted
-- time step stops a code from being used twice.
alter table account add column totp_secret text;
alter table account add column totp_last_step integer;

-- Sessions remember their account so that a password reset can end every session of it.
alter table session add column account_id integer;
create index session_account on session (account_id);

-- One-time recovery codes for two-step sign-in, stored as SHA-256 hashes.
create table recovery_code (
    id integer primary key,
    account_id integer not null references account (id),
    code_hash text not null,
    created_at text not null,
    used_at text
);
create index recovery_code_account on recovery_code (account_id);

-- Record access codes mailed to people: only the hash is kept; single use; they expire.
create table access_code (
    id integer primary key,
    person_id integer not null references person (id),
    code_hash text not null unique,
    issued_at text not null,
    -- The last day the code works (ISO date).
    expires_on text not null,
    issued_by_account_id integer references account (id),
    failed_attempts integer not null default 0,
    used_at text,
    used_by_account_id integer references account (id),
    revoked_at text
);
create index access_code_person on access_code (person_id);

-- A person's consent for a legal aid worker to see their record, until it expires or is revoked.
create table legal_aid_grant (
    id integer primary key,
    person_id integer not null references person (id),
    legal_aid_account_id integer not null references account (id),
    granted_at text not null,
    expires_on text not null,
    revoked_at text
);
create index legal_aid_grant_worker on legal_aid_grant (legal_aid_account_id);
create index legal_aid_grant_person on legal_aid_grant (person_id);

-- Password reset (and first password) links: only the hash of the token is kept.
create table password_reset (
    id integer primary key,
    account_id integer not null references account (id),
    token_hash text not null unique,
    created_at text not null,
    expires_at integer not null,
    used_at text
);

-- Failed attempts per bucket (kind of action and the hash of an email, account or address),
-- counted over a sliding window for throttling and lockout. Unix seconds.
create table attempt (
    id integer primary key,
    bucket text not null,
    at integer not null
);
create index attempt_bucket on attempt (bucket, at);

-- Email waiting to be sent (the outbox): written in the same transaction as the action that
-- causes it, sent by a background worker, retried with back-off. The body is cleared once sent.
create table outbox_email (
    id integer primary key,
    to_address text not null,
    subject text not null,
    body text not null,
    created_at text not null,
    next_attempt_at integer not null,
    claimed_until integer,
    attempts integer not null default 0,
    last_error text,
    sent_at text
);
create index outbox_email_due on outbox_email (sent_at, next_attempt_at);

-- The audit log is append-only: the database itself refuses to change or remove a row.
create trigger audit_event_no_update before update on audit_event
begin
    select raise(abort, 'audit_event is append-only');
end;
create trigger audit_event_no_delete before delete on audit_event
begin
    select raise(abort, 'audit_event is append-only');
end;
