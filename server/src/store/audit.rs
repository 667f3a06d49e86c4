//! The append-only audit log: who did what to whose record, written inside the action's own
//! transaction so an action and its audit row commit or fail together.

use super::now_text;
use sqlx::{Any, Transaction};

/// What happened, as stored in `audit_event.action`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    SignIn,
    SignOut,
    AccountCreated,
    RecordViewed,
    RecordImported,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignOut => "sign_out",
            AuditAction::AccountCreated => "account_created",
            AuditAction::RecordViewed => "record_viewed",
            AuditAction::RecordImported => "record_imported",
        }
    }
}

/// One audit row. `actor` is the account acting (none for the command line).
pub struct AuditEntry<'a> {
    pub actor_account_id: Option<i64>,
    pub actor_role: Option<&'a str>,
    pub action: AuditAction,
    pub subject_person_id: Option<i64>,
    /// Non-personal detail, e.g. an import batch id. Never names, dates of birth or emails.
    pub detail: Option<String>,
}

pub async fn record(tx: &mut Transaction<'_, Any>, entry: AuditEntry<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "insert into audit_event \
         (occurred_at, actor_account_id, actor_role, action, subject_person_id, detail) \
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(now_text())
    .bind(entry.actor_account_id)
    .bind(entry.actor_role)
    .bind(entry.action.as_str())
    .bind(entry.subject_person_id)
    .bind(entry.detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
