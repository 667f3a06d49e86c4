//! A person changing the email they sign in with, and closing their account.
//!
//! A new email is taken only from a link sent to it, so an account can never be moved to an
//! address its owner does not read. Closing keeps the account's row (the audit trail and the
//! disputes it filed point at it) but nothing that lets it sign in or be written to.

use super::audit::{self, AuditAction, AuditEntry};
use super::outbox::{self, OutgoingEmail};
use super::{Store, StoreError, documents, is_unique_violation, now_text};
use crate::domain::{Account, normalize_email};
use sqlx::Row;

/// What became of a link to confirm a new email.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmailChangeOutcome {
    /// The account signs in with the new email from now on.
    Changed { new_email: String },
    /// Another account took the address in the meantime; nothing changed.
    Taken,
    /// Used, expired, replaced by a newer request, or never issued.
    NotWorking,
}

impl Store {
    /// Stores a change of `account`'s email to `new_email`, confirmed by the link whose hash is
    /// `token_hash` until `expires_at` (Unix seconds); queues the link to the new address and
    /// a warning to the current one. An earlier request still waiting stops working.
    pub async fn request_email_change(
        &self,
        account: &Account,
        new_email: &str,
        token_hash: &str,
        expires_at: i64,
        emails: &[OutgoingEmail],
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "update email_change set used_at = $1 where account_id = $2 and used_at is null",
        )
        .bind(now_text())
        .bind(account.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "insert into email_change \
             (account_id, new_email, token_hash, created_at, expires_at) \
             values ($1, $2, $3, $4, $5)",
        )
        .bind(account.id)
        .bind(normalize_email(new_email))
        .bind(token_hash)
        .bind(now_text())
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        for email in emails {
            outbox::queue(&mut tx, email).await?;
        }
        audit::record(
            &mut tx,
            AuditEntry::by(
                account,
                AuditAction::EmailChangeRequested,
                account.person_id,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The new email a confirmation link is for, while it works at `now` and its account is
    /// open.
    pub async fn email_change_for(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<String>, StoreError> {
        let new_email = sqlx::query_scalar(
            "select e.new_email from email_change e join account a on a.id = e.account_id \
             where e.token_hash = $1 and e.used_at is null and e.expires_at > $2 \
             and a.closed_at is null",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        Ok(new_email)
    }

    /// Uses a confirmation link: the account's email becomes the new one, once. The link is
    /// spent and the email changed in one transaction, so two clicks change it once.
    pub async fn confirm_email_change(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<EmailChangeOutcome, StoreError> {
        let mut tx = self.begin_write().await?;
        let spent = sqlx::query(
            "update email_change set used_at = $1 \
             where token_hash = $2 and used_at is null and expires_at > $3 \
             returning account_id, new_email",
        )
        .bind(now_text())
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = spent else {
            return Ok(EmailChangeOutcome::NotWorking);
        };
        let account_id: i64 = row.try_get("account_id")?;
        let new_email: String = row.try_get("new_email")?;
        let taken: i64 = sqlx::query_scalar("select count(*) from account where email = $1")
            .bind(&new_email)
            .fetch_one(&mut *tx)
            .await?;
        if taken > 0 {
            // The link is spent either way: a second click must not try again later.
            tx.commit().await?;
            return Ok(EmailChangeOutcome::Taken);
        }
        let changed = sqlx::query(
            "update account set email = $1 where id = $2 and closed_at is null returning role, \
             person_id",
        )
        .bind(&new_email)
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await;
        let changed = match changed {
            Ok(changed) => changed,
            // Another account took the address between the check above and this write (two
            // links to one address opened at once): nothing changes, the link stays unspent.
            Err(err) if is_unique_violation(&err) => return Ok(EmailChangeOutcome::Taken),
            Err(err) => return Err(err.into()),
        };
        let Some(changed) = changed else {
            return Ok(EmailChangeOutcome::NotWorking);
        };
        let role: String = changed.try_get("role")?;
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: Some(account_id),
                actor_role: Some(&role),
                action: AuditAction::EmailChanged,
                subject_person_id: changed.try_get("person_id")?,
                detail: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(EmailChangeOutcome::Changed { new_email })
    }

    /// Closes `account` and queues `goodbye` to its address. What goes: signing in (password,
    /// two-step secret and recovery codes, every session, links not yet used), the link to the
    /// person's record, the access given to legal aid workers, unsent drafts and their
    /// documents, and emails not yet sent. What stays: disputes already filed (the agency
    /// still answers them), the record itself (the state's) and the audit trail. The email
    /// column is replaced by a placeholder so the address may open a new account.
    pub async fn close_account(
        &self,
        account: &Account,
        goodbye: &OutgoingEmail,
    ) -> Result<(), StoreError> {
        let now = now_text();
        let mut tx = self.begin_write().await?;
        let drafts = "select id from dispute_draft \
                      where account_id = $1 and submitted_dispute_id is null";
        let documents = sqlx::query(&format!(
            "select id from dispute_document where dispute_id is null and draft_id in ({drafts})"
        ))
        .bind(account.id)
        .fetch_all(&mut *tx)
        .await?;
        for document in documents {
            documents::delete_document(&mut tx, document.try_get("id")?).await?;
        }
        let statements: [(&str, bool); 8] = [
            (
                &format!("delete from dispute_draft where id in ({drafts})"),
                false,
            ),
            ("delete from session where account_id = $1", false),
            ("delete from recovery_code where account_id = $1", false),
            (
                "update password_reset set used_at = $2 where account_id = $1 and used_at is null",
                true,
            ),
            (
                "update email_change set used_at = $2 where account_id = $1 and used_at is null",
                true,
            ),
            (
                "update outbox_email set withdrawn_at = $2 \
                 where (reader_account_id = $1 or to_address = \
                 (select email from account where id = $1)) \
                 and sent_at is null and withdrawn_at is null",
                true,
            ),
            (
                "update legal_aid_grant set revoked_at = $2 where revoked_at is null \
                 and person_id = (select person_id from account where id = $1)",
                true,
            ),
            (
                "update account set closed_at = $2, email = 'closed-' || cast(id as text) || \
                 '@closed.invalid', password_hash = '!', totp_secret = null, \
                 totp_last_step = null, person_id = null where id = $1",
                true,
            ),
        ];
        for (sql, with_time) in statements {
            let query = sqlx::query(sql).bind(account.id);
            let query = if with_time { query.bind(&now) } else { query };
            query.execute(&mut *tx).await?;
        }
        outbox::queue(&mut tx, goodbye).await?;
        audit::record(
            &mut tx,
            AuditEntry::by(account, AuditAction::AccountClosed, account.person_id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
