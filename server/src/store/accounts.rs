//! Accounts: who can sign in, their role, and which person's record (if any) is theirs.

use super::audit::{self, AuditAction, AuditEntry};
use super::{Store, StoreError, now_text};
use sqlx::Row;
use std::fmt;

/// The roles of the design brief. Stored as text in `account.role`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Person,
    LegalAid,
    Reviewer,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Person, Role::LegalAid, Role::Reviewer, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Person => "person",
            Role::LegalAid => "legal_aid",
            Role::Reviewer => "reviewer",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// The person whose record this account may see as its own, once linked.
    pub person_id: Option<i64>,
}

// Email addresses are personal data: keep them out of logs.
impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("person_id", &self.person_id)
            .finish_non_exhaustive()
    }
}

/// An account with its password hash, only for checking a password at sign-in.
pub struct Credentials {
    pub account: Account,
    pub password_hash: String,
}

/// Emails are compared without regard to case or surrounding spaces.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn account_from_row(row: &sqlx::any::AnyRow) -> Result<Account, sqlx::Error> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        role: Role::parse(&role)
            .ok_or_else(|| sqlx::Error::Decode(format!("bad role {role}").into()))?,
        person_id: row.try_get("person_id")?,
    })
}

impl Store {
    pub async fn create_account(
        &self,
        email: &str,
        password_hash: &str,
        role: Role,
        person_id: Option<i64>,
    ) -> Result<Account, CreateAccountError> {
        let email = normalize_email(email);
        let mut tx = self.pool().begin().await.map_err(StoreError::from)?;
        let inserted = sqlx::query(
            "insert into account (email, password_hash, role, person_id, created_at) \
             values ($1, $2, $3, $4, $5) on conflict (email) do nothing returning id",
        )
        .bind(&email)
        .bind(password_hash)
        .bind(role.as_str())
        .bind(person_id)
        .bind(now_text())
        .fetch_optional(&mut *tx)
        .await
        .map_err(StoreError::from)?;
        let Some(row) = inserted else {
            return Err(CreateAccountError::EmailTaken);
        };
        let id: i64 = row.try_get("id").map_err(StoreError::from)?;
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: Some(id),
                actor_role: Some(role.as_str()),
                action: AuditAction::AccountCreated,
                subject_person_id: person_id,
                detail: None,
            },
        )
        .await
        .map_err(StoreError::from)?;
        tx.commit().await.map_err(StoreError::from)?;
        Ok(Account {
            id,
            email,
            role,
            person_id,
        })
    }

    /// Sets the password and person of an existing account, or creates it: used by the demo
    /// loader so that restarting with `--demo` never duplicates anyone.
    pub async fn upsert_account(
        &self,
        email: &str,
        password_hash: &str,
        role: Role,
        person_id: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "insert into account (email, password_hash, role, person_id, created_at) \
             values ($1, $2, $3, $4, $5) \
             on conflict (email) do update set password_hash = excluded.password_hash, \
             role = excluded.role, person_id = excluded.person_id",
        )
        .bind(normalize_email(email))
        .bind(password_hash)
        .bind(role.as_str())
        .bind(person_id)
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn credentials_by_email(
        &self,
        email: &str,
    ) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(
            "select id, email, role, person_id, password_hash from account where email = $1",
        )
        .bind(normalize_email(email))
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok::<_, sqlx::Error>(Credentials {
                account: account_from_row(&row)?,
                password_hash: row.try_get("password_hash")?,
            })
        })
        .transpose()
        .map_err(StoreError::from)
    }

    pub async fn account_by_id(&self, id: i64) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query("select id, email, role, person_id from account where id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|row| account_from_row(&row)).transpose()?)
    }

    /// Records a sign-in or sign-out in the audit log.
    pub async fn audit_session_event(
        &self,
        account: &Account,
        action: AuditAction,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: Some(account.id),
                actor_role: Some(account.role.as_str()),
                action,
                subject_person_id: None,
                detail: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn emails_are_normalized() {
        assert_eq!(
            normalize_email("  Ana.Reyes@Example.ORG "),
            "ana.reyes@example.org"
        );
    }

    #[test]
    fn debug_hides_the_email() {
        let account = Account {
            id: 7,
            email: "ana@example.org".into(),
            role: Role::Person,
            person_id: None,
        };
        assert!(!format!("{account:?}").contains("ana@"));
    }
}
