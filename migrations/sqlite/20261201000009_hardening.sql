-- Hardening after an attack run: emails about a dispute know whom they are for, so the mail
-- worker can drop one whose reader lost access before it was sent.
alter table outbox_email add column reader_account_id integer;
alter table outbox_email add column reader_person_id integer;
alter table outbox_email add column withdrawn_at text;
