//! The append-only audit log: who did what to whose record, written inside the action's own
//! transaction so an action and its audit row commit or fail together. The database refuses
//! updates and deletes of audit rows (see the identity migration).

use super::columns;
use super::{Store, StoreError, now_text};
use crate::domain::{Account, Role};
use sqlx::{Any, Row, Transaction};
use time::OffsetDateTime;

/// What happened, as stored in `audit_event.action`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    SignIn,
    SignOut,
    /// A wrong password (or two-step code); for an email no account has, with no actor.
    SignInFailed,
    AccountCreated,
    PasswordChanged,
    PasswordResetRequested,
    TwoStepEnabled,
    TwoStepDisabled,
    /// An operator turned an account's two-step sign-in off from the command line.
    TwoStepReset,
    RecoveryCodesCreated,
    RecoveryCodeUsed,
    RecordViewed,
    RecordImported,
    AccessCodeIssued,
    AccessCodeFailed,
    RecordLinked,
    AccessGranted,
    AccessRevoked,
    /// Someone asked for data the policy does not let them see (answered "not found").
    AccessDenied,
    DisputeFiled,
    /// A dispute moved on: review started, information requested or given, declined.
    DisputeUpdated,
    /// A reviewer changed an entry of a record (old values kept in `charge_correction`).
    RecordCorrected,
    /// A clearance run sealed charges (which ones: `charge_decision.sealed_run_id`).
    ChargesSealed,
    /// A clearance run raised sealed charges to a stronger remedy (a law in force that expunges
    /// what an earlier one sealed).
    ChargesUpgraded,
    /// A clearance run found sealed charges it no longer clears and flagged them for review.
    SealsFlagged,
    /// A reviewer unsealed a flagged charge (its agencies are told).
    ChargeUnsealed,
    /// A reviewer kept a flagged charge sealed.
    ChargeKeptSealed,
    /// A person asked to change their email (a link went to the new address).
    EmailChangeRequested,
    /// The link from the new address was used: the account's email changed.
    EmailChanged,
    /// A person closed their account.
    AccountClosed,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignOut => "sign_out",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::AccountCreated => "account_created",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::PasswordResetRequested => "password_reset_requested",
            AuditAction::TwoStepEnabled => "two_step_enabled",
            AuditAction::TwoStepDisabled => "two_step_disabled",
            AuditAction::TwoStepReset => "two_step_reset",
            AuditAction::RecoveryCodesCreated => "recovery_codes_created",
            AuditAction::RecoveryCodeUsed => "recovery_code_used",
            AuditAction::RecordViewed => "record_viewed",
            AuditAction::RecordImported => "record_imported",
            AuditAction::AccessCodeIssued => "access_code_issued",
            AuditAction::AccessCodeFailed => "access_code_failed",
            AuditAction::RecordLinked => "record_linked",
            AuditAction::AccessGranted => "access_granted",
            AuditAction::AccessRevoked => "access_revoked",
            AuditAction::AccessDenied => "access_denied",
            AuditAction::DisputeFiled => "dispute_filed",
            AuditAction::DisputeUpdated => "dispute_updated",
            AuditAction::RecordCorrected => "record_corrected",
            AuditAction::ChargesSealed => "charges_sealed",
            AuditAction::ChargesUpgraded => "charges_upgraded",
            AuditAction::SealsFlagged => "seals_flagged",
            AuditAction::ChargeUnsealed => "charge_unsealed",
            AuditAction::ChargeKeptSealed => "charge_kept_sealed",
            AuditAction::EmailChangeRequested => "email_change_requested",
            AuditAction::EmailChanged => "email_changed",
            AuditAction::AccountClosed => "account_closed",
        }
    }
}

/// One audit row. `actor` is the account acting (none for the command line).
pub struct AuditEntry<'a> {
    pub actor_account_id: Option<i64>,
    pub actor_role: Option<&'a str>,
    pub action: AuditAction,
    pub subject_person_id: Option<i64>,
    /// Non-personal detail, e.g. an import batch id or a route. Never names, dates of birth,
    /// emails or codes.
    pub detail: Option<String>,
}

impl AuditEntry<'_> {
    /// An entry for something `account` did.
    pub fn by(account: &Account, action: AuditAction, subject_person_id: Option<i64>) -> Self {
        AuditEntry {
            actor_account_id: Some(account.id),
            actor_role: Some(account.role.as_str()),
            action,
            subject_person_id,
            detail: None,
        }
    }

    /// An entry for something done by nobody known: a failed sign-in with an email no
    /// account has, say.
    pub fn anonymous(action: AuditAction) -> Self {
        AuditEntry {
            actor_account_id: None,
            actor_role: None,
            action,
            subject_person_id: None,
            detail: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
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

/// One look at a person's record, for "Who has viewed my record".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordView {
    /// RFC 3339 UTC.
    pub occurred_at: OffsetDateTime,
    pub viewer_account_id: i64,
    pub viewer_role: Role,
    pub viewer_name: Option<String>,
    pub viewer_organisation: Option<String>,
}

/// Which looks at a record to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewsQuery {
    pub person_id: i64,
    /// Leave out this account's own looks (the person's, which are most of them).
    pub except_account: Option<i64>,
    pub offset: i64,
    pub limit: i64,
}

/// A page of looks at a record, and how many there are in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordViews {
    pub views: Vec<RecordView>,
    pub total: i64,
}

impl Store {
    /// One page of the looks at a person's record, newest first. An account id is never
    /// negative, so `-1` stands for "leave no one out" and keeps one statement for both.
    pub async fn record_views(&self, query: ViewsQuery) -> Result<RecordViews, StoreError> {
        let except = query.except_account.unwrap_or(-1);
        let total: i64 = sqlx::query_scalar(
            "select count(*) from audit_event e join account a on a.id = e.actor_account_id \
             where e.subject_person_id = $1 and e.action = $2 and e.actor_account_id <> $3",
        )
        .bind(query.person_id)
        .bind(AuditAction::RecordViewed.as_str())
        .bind(except)
        .fetch_one(self.pool())
        .await?;
        let rows = sqlx::query(
            "select e.occurred_at, e.actor_account_id, e.actor_role, a.display_name, \
             a.organisation from audit_event e join account a on a.id = e.actor_account_id \
             where e.subject_person_id = $1 and e.action = $2 and e.actor_account_id <> $3 \
             order by e.id desc limit $4 offset $5",
        )
        .bind(query.person_id)
        .bind(AuditAction::RecordViewed.as_str())
        .bind(except)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(self.pool())
        .await?;
        let views = rows
            .iter()
            .map(|row| {
                let role: String = row.try_get("actor_role")?;
                Ok(RecordView {
                    occurred_at: columns::instant(row, "occurred_at")?,
                    viewer_account_id: row.try_get("actor_account_id")?,
                    viewer_role: Role::parse(&role)
                        .ok_or_else(|| sqlx::Error::Decode(format!("bad role {role}").into()))?,
                    viewer_name: row.try_get("display_name")?,
                    viewer_organisation: row.try_get("organisation")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?;
        Ok(RecordViews { views, total })
    }

    /// Writes one audit row on its own (for events that change nothing else).
    pub async fn audit(&self, entry: AuditEntry<'_>) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        record(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
