//! The SMTP relay and the worker that empties the outbox: it sends what is due, retries with
//! back-off, and drops news its reader may no longer receive (see `super::readers`).

use crate::config::Config;
use crate::store::outbox::OutgoingEmail;
use crate::store::{Store, StoreError};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, watch};

/// A connection to the mail relay.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The state's calendar: whether a reader still has access is decided as of today there.
    clock: crate::clock::Clock,
}

/// Messages a worker sends per round.
const BATCH: i64 = 20;
/// After this many failed deliveries a message is left for an operator to look at.
const MAX_ATTEMPTS: i64 = 12;
/// How often the worker looks for due messages when nobody wakes it.
const POLL: Duration = Duration::from_secs(30);

impl Mailer {
    /// The relay from `MYRECORD_SMTP_URL`, or `None` when email is not set up.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Mailer>> {
        let Some(url) = &config.smtp_url else {
            return Ok(None);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("MYRECORD_SMTP_URL is not valid: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = config
            .mail_from
            .parse::<Mailbox>()
            .map_err(|e| anyhow::anyhow!("MYRECORD_MAIL_FROM is not an email address: {e}"))?;
        Ok(Some(Mailer {
            transport,
            from,
            clock: config.clock.clone(),
        }))
    }

    async fn send(&self, email: &OutgoingEmail) -> Result<(), String> {
        let to = email
            .to
            .parse::<Mailbox>()
            .map_err(|e| format!("bad recipient address: {e}"))?;
        // Quoted-printable keeps accented letters safe through any relay and the text still
        // readable in the raw message.
        let body =
            Body::new_with_encoding(email.body.clone(), ContentTransferEncoding::QuotedPrintable)
                .map_err(|_| "could not encode the message body".to_owned())?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| format!("could not build the message: {e}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// Sends every message that is due now; returns how many were sent.
pub async fn deliver_due(store: &Store, mailer: &Mailer) -> Result<usize, StoreError> {
    deliver_due_until(store, mailer, &tokio::sync::watch::channel(false).1).await
}

/// [`deliver_due`], stopping between messages once `stop` turns true: a message being sent
/// is always finished (and marked), never cut off half-way.
async fn deliver_due_until(
    store: &Store,
    mailer: &Mailer,
    stop: &watch::Receiver<bool>,
) -> Result<usize, StoreError> {
    let mut sent = 0;
    loop {
        if *stop.borrow() {
            return Ok(sent);
        }
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let batch = store.claim_due_emails(now, BATCH).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for queued in batch {
            if *stop.borrow() {
                // Claimed but not sent: the claim runs out and the next worker sends it.
                return Ok(sent);
            }
            if let Some(reader) = queued.email.reader
                && !super::readers::may_still_read(store, &mailer.clock, reader).await?
            {
                store.withdraw_email(queued.id).await?;
                crate::telemetry::email_withdrawn();
                continue;
            }
            match mailer.send(&queued.email).await {
                Ok(()) => {
                    store.mark_email_sent(queued.id).await?;
                    crate::telemetry::email_sent();
                    sent += 1;
                }
                Err(error) => {
                    let attempts = queued.attempts + 1;
                    // The error text may name the recipient: it is kept in the database for
                    // an operator, and only the message id goes to the log.
                    tracing::warn!(email_id = queued.id, attempts, "email delivery failed");
                    crate::telemetry::email_failed();
                    let retry_at = if attempts >= MAX_ATTEMPTS {
                        i64::MAX
                    } else {
                        now + (60_i64 << attempts.min(8))
                    };
                    store.mark_email_failed(queued.id, &error, retry_at).await?;
                }
            }
        }
    }
}

/// Runs the outbox worker until `stop` turns true: it sends what is due whenever `wake` is
/// notified (a handler just queued something) and every half minute. On `stop` it finishes
/// the message it is sending, then ends (await the handle to let it).
pub fn spawn_worker(
    store: Store,
    mailer: Mailer,
    wake: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(err) = deliver_due_until(&store, &mailer, &stop).await {
                tracing::warn!(error = %err, "could not read the email outbox");
            }
            if *stop.borrow() {
                return;
            }
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(POLL) => {}
                _ = stop.changed() => {}
            }
        }
    })
}
