-- Disputes: a person (or their legal aid worker) says an entry, or the whole record, is wrong;
-- an agency reviewer asks for more, corrects the record, or declines with a reason.

-- A dispute being written: its answers so far and its documents, before it is submitted. The
-- draft's id is also the submission's idempotency key: however often the last button is
-- pressed, one draft becomes at most one dispute.
create table dispute_draft (
    id text primary key,
    account_id integer not null references account (id),
    person_id integer not null references person (id),
    -- The entry it is about; null for the whole record.
    charge_id integer references charge (id),
    kind text,
    statement text,
    correct_value text,
    created_at text not null,
    updated_at text not null,
    submitted_dispute_id integer
);
create index dispute_draft_account on dispute_draft (account_id);

create table dispute (
    id integer primary key,
    -- Short, readable and unguessable: MR-XXXX-XXXX.
    reference text not null unique,
    -- The draft it was submitted from (one dispute per draft).
    draft_id text not null unique,
    person_id integer not null references person (id),
    charge_id integer references charge (id),
    kind text not null,
    statement text not null,
    correct_value text,
    -- submitted, in_review, info_requested, corrected, not_changed
    status text not null,
    filed_by_account_id integer not null references account (id),
    -- The language emails about it are written in.
    locale text not null,
    submitted_at text not null,
    -- The agency's response deadline (ISO date).
    due_on text not null,
    decided_at text
);
create index dispute_queue on dispute (status, due_on);
create index dispute_person on dispute (person_id);

-- Every step of a dispute, in order: the status timeline both sides see.
create table dispute_event (
    id integer primary key,
    dispute_id integer not null references dispute (id),
    occurred_at text not null,
    actor_account_id integer references account (id),
    -- submitted, review_started, info_requested, info_given, corrected, not_changed
    kind text not null,
    -- The reviewer's request or reason, or the person's reply, in their words.
    message text
);
create index dispute_event_dispute on dispute_event (dispute_id);

-- Documents (PDF, JPEG, PNG, checked by content), kept in the database: nothing a visitor can
-- reach by address, served only to those allowed, as attachments. Draft documents belong to
-- a draft until it is submitted, then to the dispute (and the event they came with).
create table dispute_document (
    id integer primary key,
    draft_id text references dispute_draft (id),
    dispute_id integer references dispute (id),
    event_id integer references dispute_event (id),
    file_name text not null,
    content_type text not null,
    size_bytes integer not null,
    content blob not null,
    uploaded_at text not null
);
create index dispute_document_draft on dispute_document (draft_id);
create index dispute_document_dispute on dispute_document (dispute_id);

-- A reviewer's correction of an entry: one row per changed field, the old value kept. A later
-- import applies them again, so a correction is not undone by the next extract.
create table charge_correction (
    id integer primary key,
    charge_id integer not null references charge (id),
    dispute_id integer not null references dispute (id),
    corrected_by_account_id integer not null references account (id),
    corrected_at text not null,
    field text not null,
    old_value text,
    new_value text
);
create index charge_correction_charge on charge_correction (charge_id);

-- An entry found not to belong on the record (someone else's, or listed twice) is struck: no
-- longer shown or reviewed for clearance, but kept, with the correction that struck it.
alter table charge add column struck_at text;
