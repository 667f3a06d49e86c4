//! Sign-ups waiting for their email address to be confirmed. Registration answers the same
//! whether or not the address already has an account (which on this site would say that the
//! person has a record): the address is emailed either way, and the account is made only from
//! the link in that email. Only the link's hash is kept.

use super::accounts::{CreateAccountError, insert_account};
use super::outbox::{self, OutgoingEmail};
use super::{Store, StoreError, now_text};
use crate::domain::{Account, NewAccount, Role};
use myrecord_app::i18n::Locale;
use sqlx::Row;

/// How a confirmation link ended.
pub enum Confirmed {
    /// The account exists now (and is signed in by the caller).
    Created(Account),
    /// Someone made an account with this address in the meantime.
    EmailTaken,
    /// Unknown, used or expired.
    NotWorking,
}

impl Store {
    /// Keeps a sign-up until `expires_at` (Unix seconds) and queues `email`, which carries its
    /// link, in the same transaction.
    pub async fn create_pending_registration(
        &self,
        email_address: &str,
        password_hash: &str,
        token_hash: &str,
        expires_at: i64,
        email: &OutgoingEmail,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "insert into pending_registration (token_hash, email, password_hash, created_at, \
             expires_at) values ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(crate::domain::normalize_email(email_address))
        .bind(password_hash)
        .bind(now_text())
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        outbox::queue(&mut tx, email).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether a confirmation link works at `now` (Unix seconds).
    pub async fn pending_registration_works(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "select id from pending_registration \
             where token_hash = $1 and used_at is null and expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?
        .is_some())
    }

    /// Uses a confirmation link, once: makes the account it was for (a person's, with the
    /// password chosen at sign-up, speaking the language the link was opened in).
    pub async fn confirm_registration(
        &self,
        token_hash: &str,
        now: i64,
        language: Locale,
    ) -> Result<Confirmed, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query(
            "update pending_registration set used_at = $1 \
             where token_hash = $2 and used_at is null and expires_at > $3 \
             returning email, password_hash",
        )
        .bind(now_text())
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(Confirmed::NotWorking);
        };
        let email: String = row.try_get("email")?;
        let password_hash: String = row.try_get("password_hash")?;
        let new = NewAccount {
            email: &email,
            password_hash: &password_hash,
            role: Role::Person,
            person_id: None,
            display_name: None,
            organisation: None,
            language: Some(language),
        };
        let confirmed = match insert_account(&mut tx, new, None).await {
            Ok(account) => Confirmed::Created(account),
            Err(CreateAccountError::EmailTaken) => Confirmed::EmailTaken,
            Err(CreateAccountError::Store(err)) => return Err(err),
        };
        tx.commit().await?;
        Ok(confirmed)
    }

    /// Drops sign-ups whose link expired before `before` (Unix seconds): their password hash
    /// need not be kept.
    pub async fn forget_expired_registrations(&self, before: i64) -> Result<(), StoreError> {
        sqlx::query("delete from pending_registration where expires_at < $1")
            .bind(before)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
