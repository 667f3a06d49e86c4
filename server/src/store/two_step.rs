//! Two-step sign-in in the database: each account's authenticator secret, the last time step
//! it accepted, and its one-time recovery codes (hashed).

use super::audit::{self, AuditAction, AuditEntry};
use super::{Store, StoreError, now_text};
use crate::domain::Account;
use sqlx::Row;

/// An account's authenticator secret (base32) and the last time step a code was accepted for.
pub struct TwoStepSecret {
    /// The account's TOTP key as stored: sealed (see `secret_box`).
    pub sealed: String,
    pub last_step: Option<i64>,
}

impl Store {
    pub async fn two_step_secret(
        &self,
        account_id: i64,
    ) -> Result<Option<TwoStepSecret>, StoreError> {
        let row = sqlx::query(
            "select totp_secret, totp_last_step from account \
             where id = $1 and totp_secret is not null",
        )
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(TwoStepSecret {
                sealed: row.try_get("totp_secret")?,
                last_step: row.try_get("totp_last_step")?,
            })
        })
        .transpose()
        .map_err(|e: sqlx::Error| e.into())
    }

    /// Records that a code of time step `step` was used. False when a code of that step or a
    /// later one was already used (two tabs racing with the same code): only one wins.
    pub async fn use_two_step_step(&self, account_id: i64, step: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "update account set totp_last_step = $1 \
             where id = $2 and (totp_last_step is null or totp_last_step < $1)",
        )
        .bind(step)
        .bind(account_id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Turns two-step sign-in on with a confirmed secret (sealed by the caller) and a first set
    /// of recovery codes.
    pub async fn enable_two_step(
        &self,
        account: &Account,
        sealed_secret: &str,
        confirmed_step: i64,
        recovery_code_hashes: &[String],
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("update account set totp_secret = $1, totp_last_step = $2 where id = $3")
            .bind(sealed_secret)
            .bind(confirmed_step)
            .bind(account.id)
            .execute(&mut *tx)
            .await?;
        replace_recovery_codes(&mut tx, account.id, recovery_code_hashes).await?;
        audit::record(
            &mut tx,
            AuditEntry::by(account, AuditAction::TwoStepEnabled, None),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Turns two-step sign-in off and drops the recovery codes.
    pub async fn disable_two_step(&self, account: &Account) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        clear_two_step(&mut tx, account.id).await?;
        audit::record(
            &mut tx,
            AuditEntry::by(account, AuditAction::TwoStepDisabled, None),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Turns two-step sign-in off for someone who lost their authenticator and their recovery
    /// codes (or after the key that seals two-step keys was lost), from the command line: the
    /// key and the codes go and every session of the account ends. At the next sign-in the
    /// owner sets it up again; staff must before they can do anything else.
    pub async fn reset_two_step(&self, account: &Account) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        clear_two_step(&mut tx, account.id).await?;
        sqlx::query("delete from session where account_id = $1")
            .bind(account.id)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: None,
                actor_role: None,
                action: AuditAction::TwoStepReset,
                subject_person_id: account.person_id,
                detail: Some(format!("account {}", account.id)),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces every recovery code of the account with new ones.
    pub async fn new_recovery_codes(
        &self,
        account: &Account,
        hashes: &[String],
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        replace_recovery_codes(&mut tx, account.id, hashes).await?;
        audit::record(
            &mut tx,
            AuditEntry::by(account, AuditAction::RecoveryCodesCreated, None),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Uses up a recovery code. False when the account has no unused code with this hash.
    pub async fn use_recovery_code(
        &self,
        account: &Account,
        code_hash: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let used = sqlx::query(
            "update recovery_code set used_at = $1 \
             where account_id = $2 and code_hash = $3 and used_at is null",
        )
        .bind(now_text())
        .bind(account.id)
        .bind(code_hash)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if used {
            audit::record(
                &mut tx,
                AuditEntry::by(account, AuditAction::RecoveryCodeUsed, None),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(used)
    }

    /// How many unused recovery codes the account has left.
    pub async fn recovery_codes_left(&self, account_id: i64) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "select count(*) as n from recovery_code where account_id = $1 and used_at is null",
        )
        .bind(account_id)
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("n")?)
    }
}

/// Forgets the account's authenticator key and its recovery codes.
async fn clear_two_step(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("update account set totp_secret = null, totp_last_step = null where id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    replace_recovery_codes(tx, account_id, &[]).await
}

async fn replace_recovery_codes(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account_id: i64,
    hashes: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("delete from recovery_code where account_id = $1")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    let now = now_text();
    for hash in hashes {
        sqlx::query(
            "insert into recovery_code (account_id, code_hash, created_at) values ($1, $2, $3)",
        )
        .bind(account_id)
        .bind(hash)
        .bind(&now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
