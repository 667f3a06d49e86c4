//! Who hears about a dispute, and what they are told. The policy decides who may read each
//! piece of news when it is written and again just before it is sent: someone whose access
//! ended in between (a consent taken back, a record moved to another account) hears nothing.

use super::messages;
use crate::clock::Clock;
use crate::disputes::EventKind;
use crate::domain::Account;
use crate::policy::{self, Action, Decision};
use crate::store::disputes::Dispute;
use crate::store::outbox::{DisputeReader, OutgoingEmail};
use crate::store::{Store, StoreError};
use myrecord_app::i18n::I18n;

/// Whether `account` may see `person_id`'s disputes today.
async fn may_read(
    store: &Store,
    clock: &Clock,
    account: &Account,
    person_id: i64,
) -> Result<bool, StoreError> {
    let relation = store.relation(account, person_id, clock.today()).await?;
    Ok(policy::decide(Some(account), Action::ViewDispute, relation) == Decision::Allow)
}

/// Whether the reader an email was written for may still see the dispute it is about (the
/// mail worker asks just before sending).
pub async fn may_still_read(
    store: &Store,
    clock: &Clock,
    reader: DisputeReader,
) -> Result<bool, StoreError> {
    match store.account_by_id(reader.account_id).await? {
        Some(account) => may_read(store, clock, &account, reader.person_id).await,
        None => Ok(false),
    }
}

/// The accounts that hear about `person_id`'s dispute filed by `filer_id`: the person's own
/// account and the filer, each only while the policy lets them see it.
pub async fn readers(
    store: &Store,
    clock: &Clock,
    person_id: i64,
    filer_id: i64,
) -> Result<Vec<Account>, StoreError> {
    let mut readers = Vec::new();
    for account in store.dispute_audience(person_id, filer_id).await? {
        if may_read(store, clock, &account, person_id).await? {
            readers.push(account);
        }
    }
    Ok(readers)
}

/// The email each reader gets about `person_id`'s dispute, in the reader's language, bound to
/// them so that it is dropped if they lose access before it is sent.
pub fn to_each(
    readers: &[Account],
    person_id: i64,
    write: impl Fn(I18n, &str) -> OutgoingEmail,
) -> Vec<OutgoingEmail> {
    readers
        .iter()
        .map(|account| {
            write(I18n::new(account.email_language()), &account.email).for_reader(DisputeReader {
                account_id: account.id,
                person_id,
            })
        })
        .collect()
}

/// Emails to the person (and whoever filed for them) about what just happened to `dispute`
/// (`event`: a reviewer's step, or the person's own answer, which sends it back to review).
/// Each in its reader's language.
pub async fn moved_on(
    store: &Store,
    clock: &Clock,
    public_url: &str,
    dispute: &Dispute,
    event: EventKind,
    message: Option<&str>,
) -> Result<Vec<OutgoingEmail>, StoreError> {
    let readers = readers(store, clock, dispute.person_id, dispute.filed_by_account_id).await?;
    let reference = &dispute.reference;
    Ok(readers
        .iter()
        .filter_map(|account| {
            let news = messages::dispute_moved_on(
                I18n::new(account.email_language()),
                &account.email,
                reference,
                event,
                message,
                public_url,
            )?;
            Some(news.for_reader(DisputeReader {
                account_id: account.id,
                person_id: dispute.person_id,
            }))
        })
        .collect())
}

/// The email that tells the reviewer who asked for more information that the answer has
/// come, while they may still work the case, in the reviewer's language.
pub async fn answer_arrived(
    store: &Store,
    clock: &Clock,
    public_url: &str,
    dispute: &Dispute,
) -> Result<Option<OutgoingEmail>, StoreError> {
    let Some(reviewer) = store.info_requester(dispute.id).await? else {
        return Ok(None);
    };
    if !may_read(store, clock, &reviewer, dispute.person_id).await? {
        return Ok(None);
    }
    let email = messages::answer_for_reviewer(
        I18n::new(reviewer.email_language()),
        &reviewer.email,
        &dispute.reference,
        public_url,
    );
    Ok(Some(email.for_reader(DisputeReader {
        account_id: reviewer.id,
        person_id: dispute.person_id,
    })))
}
