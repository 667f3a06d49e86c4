-- A person may change their email (confirmed from the new address) and close their account.

-- A closed account cannot sign in and hears nothing more. The row stays, because the audit
-- trail and the disputes it filed point at it; its email is replaced so the address is free
-- to open a new account, and nothing else personal is kept on it.
alter table account add column closed_at text;

-- A change of email waiting for the link sent to the new address. Only the link's hash is kept.
create table email_change (
    id integer primary key,
    account_id integer not null references account (id),
    new_email text not null,
    token_hash text not null unique,
    created_at text not null,
    expires_at integer not null,
    used_at text
);
create index email_change_account on email_change (account_id);
