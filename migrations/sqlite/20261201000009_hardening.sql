-- Hardening after an attack run: emails about a dispute know whom they are for, so the mail
-- worker can drop one whose reader lost access before it was sent.
alter table outbox_email add column reader_account_id integer;
alter table outbox_email add column reader_person_id integer;
alter table outbox_email add column withdrawn_at text;

-- Documents are kept in chunks, so neither an upload nor a move of one holds the whole file in
-- memory, and each knows who uploaded it, for the per-account storage limits.
create table document_chunk (
    document_id integer not null references dispute_document (id),
    seq integer not null,
    bytes blob not null,
    primary key (document_id, seq)
);
insert into document_chunk (document_id, seq, bytes) select id, 0, content from dispute_document;
alter table dispute_document drop column content;
alter table dispute_document add column uploaded_by_account_id integer references account (id);
update dispute_document set uploaded_by_account_id = coalesce(
    (select d.account_id from dispute_draft d where d.id = dispute_document.draft_id),
    (select e.actor_account_id from dispute_event e where e.id = dispute_document.event_id),
    (select x.filed_by_account_id from dispute x where x.id = dispute_document.dispute_id));
create index dispute_document_uploader on dispute_document (uploaded_by_account_id);

-- One row the readiness probe (and start-up) writes, to show the database takes writes.
create table readiness_probe (
    id integer primary key,
    written_at text not null
);
insert into readiness_probe (id, written_at) values (1, '');

-- Sign-ups waiting for the email address to be confirmed: registration answers the same
-- whether or not the address has an account, and the account is made from the emailed link.
create table pending_registration (
    id integer primary key,
    token_hash text not null unique,
    email text not null,
    password_hash text not null,
    created_at text not null,
    expires_at integer not null,
    used_at text
);
