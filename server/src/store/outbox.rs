//! The email outbox: messages are queued in the same transaction as the action that causes
//! them, so an email is never sent for something that did not happen and never lost for
//! something that did. The mail worker (`crate::mail`) claims and sends them.

use super::{Store, StoreError, now_text};
use sqlx::{Any, Row, Transaction};

/// A plain-text email to one address.
#[derive(Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// For news of a person's dispute: the account it is for. It is sent only while that
    /// account may still see the person's disputes (checked again just before sending).
    pub reader: Option<DisputeReader>,
}

/// The account an email about a person's dispute is for, and the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisputeReader {
    pub account_id: i64,
    pub person_id: i64,
}

impl OutgoingEmail {
    /// The same email, to be sent only while `reader` may see the dispute.
    pub fn for_reader(mut self, reader: DisputeReader) -> Self {
        self.reader = Some(reader);
        self
    }
}

// Addresses and bodies (which may hold a one-time link) stay out of logs.
impl std::fmt::Debug for OutgoingEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OutgoingEmail(..)")
    }
}

/// A queued email claimed for sending.
#[derive(Debug)]
pub struct QueuedEmail {
    pub id: i64,
    pub attempts: i64,
    pub email: OutgoingEmail,
}

/// Queues `email` inside the caller's transaction.
pub async fn queue(tx: &mut Transaction<'_, Any>, email: &OutgoingEmail) -> sqlx::Result<()> {
    sqlx::query(
        "insert into outbox_email (to_address, subject, body, created_at, next_attempt_at, \
         reader_account_id, reader_person_id) values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&email.to)
    .bind(&email.subject)
    .bind(&email.body)
    .bind(now_text())
    .bind(0_i64)
    .bind(email.reader.map(|r| r.account_id))
    .bind(email.reader.map(|r| r.person_id))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// How long a claim keeps other mail workers away from a message (seconds).
const CLAIM_SECONDS: i64 = 120;

/// How much email waits to be sent: for the operator's metrics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutboxBacklog {
    pub waiting: i64,
    /// How long the oldest waiting message has waited (0 when none waits).
    pub oldest_seconds: i64,
}

impl Store {
    /// The messages not yet sent (nor withdrawn), and the age of the oldest.
    pub async fn outbox_backlog(&self) -> Result<OutboxBacklog, StoreError> {
        let row = sqlx::query(
            "select count(*) as waiting, min(created_at) as oldest from outbox_email \
             where sent_at is null and withdrawn_at is null",
        )
        .fetch_one(self.pool())
        .await?;
        let oldest: Option<String> = row.try_get("oldest")?;
        let oldest_seconds = oldest
            .and_then(|text| {
                time::OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .map_or(0, |at| {
                (time::OffsetDateTime::now_utc() - at)
                    .whole_seconds()
                    .max(0)
            });
        Ok(OutboxBacklog {
            waiting: row.try_get("waiting")?,
            oldest_seconds,
        })
    }

    /// Queues one email on its own.
    pub async fn queue_email(&self, email: &OutgoingEmail) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        queue(&mut tx, email).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Claims up to `limit` unsent messages that are due at `now` (Unix seconds). A claim lasts
    /// a couple of minutes, so two mail workers never send the same message at once and a
    /// worker that dies leaves its messages to the next one.
    pub async fn claim_due_emails(
        &self,
        now: i64,
        limit: i64,
    ) -> Result<Vec<QueuedEmail>, StoreError> {
        let candidates = sqlx::query(
            "select id from outbox_email where sent_at is null and withdrawn_at is null \
             and next_attempt_at <= $1 and (claimed_until is null or claimed_until < $1) \
             order by id limit $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let mut claimed = Vec::new();
        for candidate in candidates {
            let id: i64 = candidate.try_get("id")?;
            let row = sqlx::query(
                "update outbox_email set claimed_until = $1 where id = $2 and sent_at is null \
                 and (claimed_until is null or claimed_until < $3) \
                 returning id, attempts, to_address, subject, body, reader_account_id, \
                 reader_person_id",
            )
            .bind(now + CLAIM_SECONDS)
            .bind(id)
            .bind(now)
            .fetch_optional(self.pool())
            .await?;
            if let Some(row) = row {
                let reader_account: Option<i64> = row.try_get("reader_account_id")?;
                let reader_person: Option<i64> = row.try_get("reader_person_id")?;
                claimed.push(QueuedEmail {
                    id: row.try_get("id")?,
                    attempts: row.try_get("attempts")?,
                    email: OutgoingEmail {
                        to: row.try_get("to_address")?,
                        subject: row.try_get("subject")?,
                        body: row.try_get("body")?,
                        reader: reader_account
                            .zip(reader_person)
                            .map(|(account_id, person_id)| DisputeReader {
                                account_id,
                                person_id,
                            }),
                    },
                });
            }
        }
        Ok(claimed)
    }

    /// Marks a message sent. Its body is cleared: the link or news it carried has been
    /// delivered and need not be kept.
    pub async fn mark_email_sent(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "update outbox_email set sent_at = $1, body = '', claimed_until = null, \
             last_error = null where id = $2",
        )
        .bind(now_text())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Drops a message its reader may no longer receive (they lost access to the dispute it
    /// is about). Its body is cleared; the row says when and why.
    pub async fn withdraw_email(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "update outbox_email set withdrawn_at = $1, body = '', claimed_until = null \
             where id = $2",
        )
        .bind(now_text())
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a failed delivery and when to try again.
    pub async fn mark_email_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "update outbox_email set attempts = attempts + 1, last_error = $1, \
             next_attempt_at = $2, claimed_until = null where id = $3",
        )
        .bind(error)
        .bind(retry_at)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
