//! Accounts: who can sign in, their role, and which person's record (if any) is theirs.

use super::audit::{self, AuditAction, AuditEntry};
use super::{Store, StoreError, now_text};
use crate::domain::{Account, NewAccount, Role, normalize_email};
use myrecord_app::i18n::Locale;
use sqlx::Row;

/// An account with its password hash, only for checking a password at sign-in.
pub struct Credentials {
    pub account: Account,
    pub password_hash: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The columns [`account_from_row`] reads.
pub(super) const ACCOUNT_COLUMNS: &str = "id, email, role, person_id, display_name, organisation, \
     cast(case when totp_secret is null then 0 else 1 end as bigint) as two_step, \
     cast(case when closed_at is null then 0 else 1 end as bigint) as closed, language";

pub(super) fn account_from_row(row: &sqlx::any::AnyRow) -> Result<Account, sqlx::Error> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        role: Role::parse(&role)
            .ok_or_else(|| sqlx::Error::Decode(format!("bad role {role}").into()))?,
        person_id: row.try_get("person_id")?,
        display_name: row.try_get("display_name")?,
        organisation: row.try_get("organisation")?,
        two_step_enabled: row.try_get::<i64, _>("two_step")? == 1,
        closed: row.try_get::<i64, _>("closed")? == 1,
        // A tag this build does not know (a locale removed since) reads as not chosen.
        language: row
            .try_get::<Option<String>, _>("language")?
            .and_then(|tag| Locale::from_tag(&tag)),
    })
}

/// Inserts an account (audited) inside the caller's transaction. Fails with `EmailTaken` when
/// the email is in use.
pub(super) async fn insert_account(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    new: NewAccount<'_>,
    created_by: Option<&Account>,
) -> Result<Account, CreateAccountError> {
    let email = normalize_email(new.email);
    let inserted = sqlx::query(
        "insert into account \
         (email, password_hash, role, person_id, display_name, organisation, created_at, \
          language) \
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (email) do nothing returning id",
    )
    .bind(&email)
    .bind(new.password_hash)
    .bind(new.role.as_str())
    .bind(new.person_id)
    .bind(new.display_name)
    .bind(new.organisation)
    .bind(now_text())
    .bind(new.language.map(Locale::tag))
    .fetch_optional(&mut **tx)
    .await
    .map_err(StoreError::from)?;
    let Some(row) = inserted else {
        return Err(CreateAccountError::EmailTaken);
    };
    let id: i64 = row.try_get("id").map_err(StoreError::from)?;
    let actor = created_by.map_or((id, new.role), |a| (a.id, a.role));
    audit::record(
        tx,
        AuditEntry {
            actor_account_id: Some(actor.0),
            actor_role: Some(actor.1.as_str()),
            action: AuditAction::AccountCreated,
            subject_person_id: new.person_id,
            detail: Some(format!("account {id} ({})", new.role.as_str())),
        },
    )
    .await
    .map_err(StoreError::from)?;
    Ok(Account {
        id,
        email,
        role: new.role,
        person_id: new.person_id,
        display_name: new.display_name.map(str::to_owned),
        organisation: new.organisation.map(str::to_owned),
        two_step_enabled: false,
        closed: false,
        language: new.language,
    })
}

impl Store {
    /// Creates an account (audited). Fails with `EmailTaken` when the email is in use.
    pub async fn create_account(
        &self,
        new: NewAccount<'_>,
        created_by: Option<&Account>,
    ) -> Result<Account, CreateAccountError> {
        let mut tx = self.begin_write().await.map_err(StoreError::from)?;
        let account = insert_account(&mut tx, new, created_by).await?;
        tx.commit().await.map_err(StoreError::from)?;
        Ok(account)
    }

    /// Sets the password, role, person and name of an existing account, or creates it: used
    /// by the demo loader so that restarting with `--demo` never duplicates anyone.
    pub async fn upsert_account(&self, new: NewAccount<'_>) -> Result<(), StoreError> {
        sqlx::query(
            "insert into account \
             (email, password_hash, role, person_id, display_name, organisation, created_at, \
              language) \
             values ($1, $2, $3, $4, $5, $6, $7, $8) \
             on conflict (email) do update set password_hash = excluded.password_hash, \
             role = excluded.role, person_id = excluded.person_id, \
             display_name = excluded.display_name, organisation = excluded.organisation, \
             language = excluded.language",
        )
        .bind(normalize_email(new.email))
        .bind(new.password_hash)
        .bind(new.role.as_str())
        .bind(new.person_id)
        .bind(new.display_name)
        .bind(new.organisation)
        .bind(now_text())
        .bind(new.language.map(Locale::tag))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Keeps the language `account` chose: its emails are written in it, and its pages are
    /// shown in it when it signs in.
    pub async fn set_language(
        &self,
        account: &Account,
        language: Locale,
    ) -> Result<(), StoreError> {
        sqlx::query("update account set language = $1 where id = $2")
            .bind(language.tag())
            .bind(account.id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn credentials_by_email(
        &self,
        email: &str,
    ) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(&format!(
            "select {ACCOUNT_COLUMNS}, password_hash from account where email = $1"
        ))
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
        let row = sqlx::query(&format!(
            "select {ACCOUNT_COLUMNS} from account where id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|row| account_from_row(&row)).transpose()?)
    }

    /// Staff and legal aid accounts, for the administrator's list.
    pub async fn staff_accounts(&self) -> Result<Vec<Account>, StoreError> {
        let rows = sqlx::query(&format!(
            "select {ACCOUNT_COLUMNS} from account where role <> $1 order by role, email"
        ))
        .bind(Role::Person.as_str())
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(account_from_row)
            .collect::<Result<_, _>>()?)
    }
}

/// Sets a new password, ends every session of the account and records it, inside `tx`: after
/// a reset, a stolen session is worthless.
impl Store {
    /// Sets a new password the account's owner chose (knowing the old one), ending every
    /// session of the account.
    pub async fn change_password(
        &self,
        account: &Account,
        password_hash: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        set_password(&mut tx, account, password_hash).await?;
        tx.commit().await?;
        Ok(())
    }
}

pub(super) async fn set_password(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account: &Account,
    password_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("update account set password_hash = $1 where id = $2")
        .bind(password_hash)
        .bind(account.id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("delete from session where account_id = $1")
        .bind(account.id)
        .execute(&mut **tx)
        .await?;
    audit::record(
        tx,
        AuditEntry::by(account, AuditAction::PasswordChanged, None),
    )
    .await
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
            display_name: None,
            organisation: None,
            two_step_enabled: false,
            closed: false,
            language: None,
        };
        assert!(!format!("{account:?}").contains("ana@"));
    }
}
