//! Password reset links (also used to set the first password of a staff account): one-time,
//! short-lived, and only their hash is kept. The email carrying the link is queued in the same
//! transaction as the link itself.

use super::audit::{self, AuditAction, AuditEntry};
use super::outbox::{self, OutgoingEmail};
use super::{Store, StoreError, now_text};
use crate::domain::Account;
use sqlx::Row;

impl Store {
    /// Stores a reset link for `account` that works until `expires_at` (Unix seconds) and
    /// queues `email` to deliver it.
    pub async fn create_password_reset(
        &self,
        account: &Account,
        token_hash: &str,
        expires_at: i64,
        email: OutgoingEmail,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "insert into password_reset (account_id, token_hash, created_at, expires_at) \
             values ($1, $2, $3, $4)",
        )
        .bind(account.id)
        .bind(token_hash)
        .bind(now_text())
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        outbox::queue(&mut tx, &email).await?;
        audit::record(
            &mut tx,
            AuditEntry::by(account, AuditAction::PasswordResetRequested, None),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The account a reset link is for, while it is unused and not expired at `now` (Unix
    /// seconds).
    pub async fn password_reset_account(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query(
            "select account_id from password_reset \
             where token_hash = $1 and used_at is null and expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => self.account_by_id(row.try_get("account_id")?).await,
            None => Ok(None),
        }
    }

    /// Uses the link to set a new password, ending every session of the account. False when
    /// the link was used (or expired) in the meantime.
    pub async fn complete_password_reset(
        &self,
        account: &Account,
        token_hash: &str,
        now: i64,
        password_hash: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let used = sqlx::query(
            "update password_reset set used_at = $1 where token_hash = $2 \
             and account_id = $3 and used_at is null and expires_at > $4",
        )
        .bind(now_text())
        .bind(token_hash)
        .bind(account.id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !used {
            return Ok(false);
        }
        // Any other link still out there dies with this one.
        sqlx::query(
            "update password_reset set used_at = $1 where account_id = $2 and used_at is null",
        )
        .bind(now_text())
        .bind(account.id)
        .execute(&mut *tx)
        .await?;
        super::accounts::set_password(&mut tx, account, password_hash).await?;
        tx.commit().await?;
        Ok(true)
    }
}
