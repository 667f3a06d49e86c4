//! Consent: a person lets a legal aid worker see their record until a date they choose, and
//! can take it back at any time. The policy reads it through [`Store::relation`].

use super::audit::{self, AuditAction, AuditEntry};
use super::columns;
use super::{Store, StoreError, now_text};
use crate::domain::Relation;
use crate::domain::{Account, Role, normalize_email};
use sqlx::Row;
use time::{Date, OffsetDateTime};

/// One grant, as the person (who gave it) or the worker (who holds it) sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub id: i64,
    pub person_id: i64,
    /// The client's first and last name (for the worker's client list).
    pub person_name: String,
    pub worker_name: Option<String>,
    pub worker_organisation: Option<String>,
    /// RFC 3339 UTC.
    pub granted_at: OffsetDateTime,
    /// The last day of access (ISO date).
    pub expires_on: Date,
}

#[derive(Debug, thiserror::Error)]
pub enum GrantError {
    /// No legal aid worker has an account with that email address.
    #[error("no legal aid worker with that email")]
    NoSuchWorker,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for GrantError {
    fn from(err: sqlx::Error) -> Self {
        GrantError::Store(err.into())
    }
}

const GRANT_COLUMNS: &str = "g.id, g.person_id, p.first_name || ' ' || p.last_name as person_name, \
     w.display_name as worker_name, w.organisation as worker_organisation, g.granted_at, \
     g.expires_on";

fn grant_from_row(row: &sqlx::any::AnyRow) -> Result<Grant, sqlx::Error> {
    Ok(Grant {
        id: row.try_get("id")?,
        person_id: row.try_get("person_id")?,
        person_name: row.try_get("person_name")?,
        worker_name: row.try_get("worker_name")?,
        worker_organisation: row.try_get("worker_organisation")?,
        granted_at: columns::instant(row, "granted_at")?,
        expires_on: columns::date(row, "expires_on")?,
    })
}

impl Store {
    /// How `account` relates to `person_id`, for the policy. `today` is an ISO date.
    pub async fn relation(
        &self,
        account: &Account,
        person_id: i64,
        today: Date,
    ) -> Result<Relation, StoreError> {
        let has_consent = account.role == Role::LegalAid
            && sqlx::query(
                "select id from legal_aid_grant where person_id = $1 \
                 and legal_aid_account_id = $2 and revoked_at is null and expires_on >= $3",
            )
            .bind(person_id)
            .bind(account.id)
            .bind(columns::date_text(today))
            .fetch_optional(self.pool())
            .await?
            .is_some();
        let has_case = account.role == Role::Reviewer
            && sqlx::query("select id from dispute where person_id = $1 limit 1")
                .bind(person_id)
                .fetch_optional(self.pool())
                .await?
                .is_some();
        Ok(Relation {
            is_self: account.person_id == Some(person_id),
            has_consent,
            has_case,
        })
    }

    /// Gives the legal aid worker with `worker_email` access to the person's record until
    /// `expires_on` (replacing an earlier grant to the same worker).
    pub async fn grant_access(
        &self,
        person: &Account,
        person_id: i64,
        worker_email: &str,
        expires_on: Date,
    ) -> Result<(), GrantError> {
        let mut tx = self.begin_write().await?;
        let worker: i64 = sqlx::query("select id from account where email = $1 and role = $2")
            .bind(normalize_email(worker_email))
            .bind(Role::LegalAid.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(GrantError::NoSuchWorker)?
            .try_get("id")?;
        let now = now_text();
        sqlx::query(
            "update legal_aid_grant set revoked_at = $1 where person_id = $2 \
             and legal_aid_account_id = $3 and revoked_at is null",
        )
        .bind(&now)
        .bind(person_id)
        .bind(worker)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "insert into legal_aid_grant (person_id, legal_aid_account_id, granted_at, expires_on) \
             values ($1, $2, $3, $4)",
        )
        .bind(person_id)
        .bind(worker)
        .bind(&now)
        .bind(columns::date_text(expires_on))
        .execute(&mut *tx)
        .await?;
        audit::record(
            &mut tx,
            AuditEntry::by(person, AuditAction::AccessGranted, Some(person_id))
                .with_detail(format!("legal aid account {worker} until {expires_on}")),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes back a grant the person gave. False when the person has no such active grant.
    pub async fn revoke_access(
        &self,
        person: &Account,
        person_id: i64,
        grant_id: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let revoked = sqlx::query(
            "update legal_aid_grant set revoked_at = $1 \
             where id = $2 and person_id = $3 and revoked_at is null",
        )
        .bind(now_text())
        .bind(grant_id)
        .bind(person_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if revoked {
            audit::record(
                &mut tx,
                AuditEntry::by(person, AuditAction::AccessRevoked, Some(person_id))
                    .with_detail(format!("grant {grant_id}")),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(revoked)
    }

    /// The grants a person has given that still hold on `today`.
    pub async fn grants_given(
        &self,
        person_id: i64,
        today: Date,
    ) -> Result<Vec<Grant>, StoreError> {
        let rows = sqlx::query(&format!(
            "select {GRANT_COLUMNS} from legal_aid_grant g join person p on p.id = g.person_id \
             join account w on w.id = g.legal_aid_account_id where g.person_id = $1 \
             and g.revoked_at is null and g.expires_on >= $2 order by g.granted_at"
        ))
        .bind(person_id)
        .bind(columns::date_text(today))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(grant_from_row).collect::<Result<_, _>>()?)
    }

    /// The clients of a legal aid worker: grants that still hold on `today`.
    pub async fn clients_of(
        &self,
        worker: &Account,
        today: Date,
    ) -> Result<Vec<Grant>, StoreError> {
        let rows = sqlx::query(&format!(
            "select {GRANT_COLUMNS} from legal_aid_grant g join person p on p.id = g.person_id \
             join account w on w.id = g.legal_aid_account_id \
             where g.legal_aid_account_id = $1 and g.revoked_at is null and g.expires_on >= $2 \
             order by p.last_name, p.first_name"
        ))
        .bind(worker.id)
        .bind(columns::date_text(today))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(grant_from_row).collect::<Result<_, _>>()?)
    }
}
