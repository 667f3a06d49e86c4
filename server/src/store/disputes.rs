//! Disputes in the database: drafts and their documents, the all-at-once submission, the
//! timeline, the reviewers' queue, and decisions (a correction keeps every old value).
//!
//! Every step that changes a dispute writes its timeline event, its emails (to the outbox) and
//! its audit row in the same transaction, and moves the status only from the statuses it may
//! follow, so two reviewers clicking at once cannot both decide.

use super::accounts::{ACCOUNT_COLUMNS, account_from_row};
use super::audit::{self, AuditAction, AuditEntry};
use super::columns;
use super::documents::{self, LimitReached, NewDocument, StorageLimits};
use super::is_unique_violation;
use super::outbox::{self, OutgoingEmail};
use super::{Backend, Store, StoreError, now_text};
use crate::corrections::{CorrectableField, FieldChange};
use crate::disputes::{DisputeKind, DisputeStatus, EventKind};
use crate::domain::{Account, Role};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use time::{Date, OffsetDateTime};

/// A dispute being written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub id: String,
    pub account_id: i64,
    pub person_id: i64,
    pub charge_id: Option<i64>,
    pub kind: Option<DisputeKind>,
    pub statement: Option<String>,
    pub correct_value: Option<String>,
    /// RFC 3339.
    pub created_at: OffsetDateTime,
    /// Set once submitted: the dispute it became.
    pub submitted_dispute_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispute {
    pub id: i64,
    pub reference: String,
    pub person_id: i64,
    pub charge_id: Option<i64>,
    pub kind: DisputeKind,
    pub statement: String,
    pub correct_value: Option<String>,
    pub status: DisputeStatus,
    pub filed_by_account_id: i64,
    pub locale: String,
    pub submitted_at: OffsetDateTime,
    /// ISO date.
    pub due_on: Date,
    /// The person's name, for reviewers and legal aid.
    pub person_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisputeEvent {
    pub occurred_at: OffsetDateTime,
    pub kind: EventKind,
    pub message: Option<String>,
    /// The acting account's role (`None` for the system).
    pub actor_role: Option<Role>,
}

/// What a submission did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submitted {
    pub dispute_id: i64,
    pub reference: String,
    /// False when this draft had been submitted before (a second click): nothing new was made.
    pub new: bool,
}

const DISPUTE_COLUMNS: &str = "d.id, d.reference, d.person_id, d.charge_id, d.kind, \
     d.statement, d.correct_value, d.status, d.filed_by_account_id, d.locale, d.submitted_at, \
     d.due_on, p.first_name || ' ' || p.last_name as person_name";

fn corrupt(what: &str, value: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("stored {what} \"{value}\" is not valid").into())
}

fn dispute_from_row(row: &AnyRow) -> Result<Dispute, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    Ok(Dispute {
        id: row.try_get("id")?,
        reference: row.try_get("reference")?,
        person_id: row.try_get("person_id")?,
        charge_id: row.try_get("charge_id")?,
        kind: DisputeKind::parse(&kind).ok_or_else(|| corrupt("kind", &kind))?,
        statement: row.try_get("statement")?,
        correct_value: row.try_get("correct_value")?,
        status: DisputeStatus::parse(&status).ok_or_else(|| corrupt("status", &status))?,
        filed_by_account_id: row.try_get("filed_by_account_id")?,
        locale: row.try_get("locale")?,
        submitted_at: columns::instant(row, "submitted_at")?,
        due_on: columns::date(row, "due_on")?,
        person_name: row.try_get("person_name")?,
    })
}

fn draft_from_row(row: &AnyRow) -> Result<Draft, sqlx::Error> {
    let kind: Option<String> = row.try_get("kind")?;
    Ok(Draft {
        id: row.try_get("id")?,
        account_id: row.try_get("account_id")?,
        person_id: row.try_get("person_id")?,
        charge_id: row.try_get("charge_id")?,
        kind: kind.as_deref().and_then(DisputeKind::parse),
        statement: row.try_get("statement")?,
        correct_value: row.try_get("correct_value")?,
        created_at: columns::instant(row, "created_at")?,
        submitted_dispute_id: row.try_get("submitted_dispute_id")?,
    })
}

impl Store {
    /// Whether `charge_id` is an entry (not struck) of `person_id`'s record.
    pub async fn charge_belongs_to(
        &self,
        charge_id: i64,
        person_id: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "select ch.id from charge ch join arrest_cycle c on c.id = ch.cycle_id \
             where ch.id = $1 and c.person_id = $2 and ch.struck_at is null",
        )
        .bind(charge_id)
        .bind(person_id)
        .fetch_optional(self.pool())
        .await?
        .is_some())
    }

    /// Starts a draft, unless `account` has as many open (unsent) drafts as `limits` allow:
    /// counted and written in one transaction, so simultaneous starts cannot pass the limit.
    pub async fn create_draft(
        &self,
        account: &Account,
        person_id: i64,
        charge_id: Option<i64>,
        kind: DisputeKind,
        draft_id: &str,
        limits: &StorageLimits,
    ) -> Result<(), StoreError> {
        let now = now_text();
        let mut tx = self.begin_write().await?;
        documents::lock_account_storage(&mut tx, self.backend(), account.id).await?;
        let open: i64 = sqlx::query(
            "select count(*) from dispute_draft \
             where account_id = $1 and submitted_dispute_id is null",
        )
        .bind(account.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if open >= limits.open_drafts {
            return Err(StoreError::LimitReached(LimitReached::OpenDrafts));
        }
        sqlx::query(
            "insert into dispute_draft \
             (id, account_id, person_id, charge_id, kind, created_at, updated_at) \
             values ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(draft_id)
        .bind(account.id)
        .bind(person_id)
        .bind(charge_id)
        .bind(kind.as_str())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn draft(&self, draft_id: &str) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query(
            "select id, account_id, person_id, charge_id, kind, statement, correct_value, \
             created_at, submitted_dispute_id from dispute_draft where id = $1",
        )
        .bind(draft_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| draft_from_row(&r)).transpose()?)
    }

    pub async fn update_draft_kind(
        &self,
        draft_id: &str,
        kind: DisputeKind,
    ) -> Result<(), StoreError> {
        sqlx::query("update dispute_draft set kind = $1, updated_at = $2 where id = $3")
            .bind(kind.as_str())
            .bind(now_text())
            .bind(draft_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn update_draft_details(
        &self,
        draft_id: &str,
        statement: &str,
        correct_value: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "update dispute_draft set statement = $1, correct_value = $2, updated_at = $3 \
             where id = $4",
        )
        .bind(statement)
        .bind(correct_value)
        .bind(now_text())
        .bind(draft_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Deletes drafts never sent and untouched since `before` (RFC 3339), with their
    /// documents: a statement and court papers someone walked away from are not kept for ever.
    /// Returns how many drafts went.
    pub async fn forget_abandoned_drafts(
        &self,
        before: time::OffsetDateTime,
    ) -> Result<u64, StoreError> {
        let before = super::columns::instant_text(before);
        let abandoned = "select id from dispute_draft \
                         where submitted_dispute_id is null and updated_at < $1";
        let mut tx = self.begin_write().await?;
        let documents = sqlx::query(&format!(
            "select id from dispute_document where dispute_id is null \
             and draft_id in ({abandoned})"
        ))
        .bind(&before)
        .fetch_all(&mut *tx)
        .await?;
        for document in documents {
            documents::delete_document(&mut tx, document.try_get("id")?).await?;
        }
        let done = sqlx::query(&format!(
            "delete from dispute_draft where id in ({abandoned})"
        ))
        .bind(before)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    /// Turns a complete draft into a dispute, once: a second submission of the same draft (a
    /// double click, a retry after a dropped connection) finds the dispute the first made.
    /// The dispute, its documents, its first timeline event, its emails and the audit row are
    /// one transaction: once this returns, all of it is on disk.
    pub async fn submit_draft(
        &self,
        draft: &Draft,
        filer: &Account,
        locale: &str,
        due_on: Date,
        mut email_for: impl FnMut(&str) -> Vec<OutgoingEmail>,
    ) -> Result<Submitted, StoreError> {
        if let Some(existing) = self.submitted_from(&draft.id).await? {
            return Ok(existing);
        }
        let mut attempts = 0;
        loop {
            let reference = crate::disputes::new_reference();
            match self
                .try_submit(
                    draft,
                    filer,
                    locale,
                    due_on,
                    &reference,
                    email_for(&reference),
                )
                .await
            {
                Ok(Some(submitted)) => return Ok(submitted),
                // Submitted by a simultaneous click between our check and our insert.
                Ok(None) => {
                    return self
                        .submitted_from(&draft.id)
                        .await?
                        .ok_or(StoreError::Database(sqlx::Error::RowNotFound));
                }
                Err(StoreError::Database(err)) if is_unique_violation(&err) && attempts < 3 => {
                    // The same reference drawn twice (about one in 10^11), or the same draft
                    // submitted at the same instant: look again, draw again.
                    if let Some(existing) = self.submitted_from(&draft.id).await? {
                        return Ok(existing);
                    }
                    attempts += 1;
                }
                Err(err) => return Err(err),
            }
        }
    }

    /// The reference of the dispute a draft became, once sent.
    pub async fn reference_of_draft(&self, draft_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self.submitted_from(draft_id).await?.map(|s| s.reference))
    }

    async fn submitted_from(&self, draft_id: &str) -> Result<Option<Submitted>, StoreError> {
        let row = sqlx::query("select id, reference from dispute where draft_id = $1")
            .bind(draft_id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            Ok(Submitted {
                dispute_id: row.try_get("id")?,
                reference: row.try_get("reference")?,
                new: false,
            })
        })
        .transpose()
        .map_err(|e: sqlx::Error| e.into())
    }

    async fn try_submit(
        &self,
        draft: &Draft,
        filer: &Account,
        locale: &str,
        due_on: Date,
        reference: &str,
        emails: Vec<OutgoingEmail>,
    ) -> Result<Option<Submitted>, StoreError> {
        let kind = draft
            .kind
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))?;
        let statement = draft
            .statement
            .as_deref()
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))?;
        let now = now_text();
        let mut tx = self.begin_write().await?;
        let inserted = sqlx::query(
            "insert into dispute (reference, draft_id, person_id, charge_id, kind, statement, \
             correct_value, status, filed_by_account_id, locale, submitted_at, due_on) \
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             on conflict (draft_id) do nothing returning id",
        )
        .bind(reference)
        .bind(&draft.id)
        .bind(draft.person_id)
        .bind(draft.charge_id)
        .bind(kind.as_str())
        .bind(statement)
        .bind(draft.correct_value.as_deref())
        .bind(DisputeStatus::Submitted.as_str())
        .bind(filer.id)
        .bind(locale)
        .bind(&now)
        .bind(columns::date_text(due_on))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = inserted else {
            return Ok(None);
        };
        let dispute_id: i64 = row.try_get("id")?;
        sqlx::query("update dispute_document set dispute_id = $1 where draft_id = $2")
            .bind(dispute_id)
            .bind(&draft.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("update dispute_draft set submitted_dispute_id = $1 where id = $2")
            .bind(dispute_id)
            .bind(&draft.id)
            .execute(&mut *tx)
            .await?;
        add_event(&mut tx, dispute_id, Some(filer), EventKind::Submitted, None).await?;
        for email in &emails {
            outbox::queue(&mut tx, email).await?;
        }
        audit::record(
            &mut tx,
            AuditEntry::by(filer, AuditAction::DisputeFiled, Some(draft.person_id))
                .with_detail(format!("dispute {reference}")),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(Submitted {
            dispute_id,
            reference: reference.to_owned(),
            new: true,
        }))
    }

    pub async fn dispute_by_reference(
        &self,
        reference: &str,
    ) -> Result<Option<Dispute>, StoreError> {
        let row = sqlx::query(&format!(
            "select {DISPUTE_COLUMNS} from dispute d join person p on p.id = d.person_id \
             where d.reference = $1"
        ))
        .bind(reference)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| dispute_from_row(&r)).transpose()?)
    }

    /// A person's disputes, newest first.
    pub async fn disputes_of_person(&self, person_id: i64) -> Result<Vec<Dispute>, StoreError> {
        let rows = sqlx::query(&format!(
            "select {DISPUTE_COLUMNS} from dispute d join person p on p.id = d.person_id \
             where d.person_id = $1 order by d.id desc"
        ))
        .bind(person_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(dispute_from_row)
            .collect::<Result<_, _>>()?)
    }

    /// Disputes still open, the one due soonest first (the reviewers' queue).
    pub async fn open_disputes(&self) -> Result<Vec<Dispute>, StoreError> {
        let sql = format!(
            "select {DISPUTE_COLUMNS} from dispute d join person p on p.id = d.person_id \
             where d.status in ({}) order by d.due_on, d.id",
            self.backend().placeholders(1, DisputeStatus::OPEN.len())
        );
        let mut query = sqlx::query(&sql);
        for status in DisputeStatus::OPEN {
            query = query.bind(status.as_str());
        }
        let rows = query.fetch_all(self.pool()).await?;
        Ok(rows
            .iter()
            .map(dispute_from_row)
            .collect::<Result<_, _>>()?)
    }

    pub async fn dispute_events(&self, dispute_id: i64) -> Result<Vec<DisputeEvent>, StoreError> {
        let rows = sqlx::query(
            "select e.occurred_at, e.kind, e.message, a.role from dispute_event e \
             left join account a on a.id = e.actor_account_id where e.dispute_id = $1 \
             order by e.id",
        )
        .bind(dispute_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("kind")?;
                Ok(DisputeEvent {
                    occurred_at: columns::instant(row, "occurred_at")?,
                    kind: EventKind::parse(&kind).ok_or_else(|| corrupt("event", &kind))?,
                    message: row.try_get("message")?,
                    actor_role: row
                        .try_get::<Option<String>, _>("role")?
                        .map(|role| Role::parse(&role).ok_or_else(|| corrupt("role", &role)))
                        .transpose()?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// The accounts that may hear about a person's dispute: the account the person's record is
    /// linked to and whoever filed it. Whether each still may is the policy's to say (see
    /// `crate::dispute_mail`).
    pub async fn dispute_audience(
        &self,
        person_id: i64,
        filer_id: i64,
    ) -> Result<Vec<Account>, StoreError> {
        let rows = sqlx::query(&format!(
            "select {ACCOUNT_COLUMNS} from account where (person_id = $1 or id = $2) \
             and closed_at is null order by id"
        ))
        .bind(person_id)
        .bind(filer_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(account_from_row)
            .collect::<Result<_, _>>()?)
    }

    /// The reviewer who last asked for more information on a dispute.
    pub async fn info_requester(&self, dispute_id: i64) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query(&format!(
            "select {ACCOUNT_COLUMNS} from account where id = (select e.actor_account_id \
             from dispute_event e where e.dispute_id = $1 and e.kind = $2 \
             order by e.id desc limit 1)"
        ))
        .bind(dispute_id)
        .bind(EventKind::InfoRequested.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(account_from_row).transpose()?)
    }

    /// The disputes about people who give a legal aid worker access on `today`, whoever filed
    /// them, newest first.
    pub async fn disputes_of_clients(
        &self,
        worker: &Account,
        today: Date,
    ) -> Result<Vec<Dispute>, StoreError> {
        let rows = sqlx::query(&format!(
            "select {DISPUTE_COLUMNS} from dispute d join person p on p.id = d.person_id \
             where exists (select 1 from legal_aid_grant g \
             where g.person_id = d.person_id and g.legal_aid_account_id = $1 \
             and g.revoked_at is null and g.expires_on >= $2) order by d.id desc"
        ))
        .bind(worker.id)
        .bind(columns::date_text(today))
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(dispute_from_row)
            .collect::<Result<_, _>>()?)
    }

    /// Moves a dispute on: records `event` (with the actor's message), sets the status that
    /// follows it if the dispute is in a status it may follow, and queues `emails`. Documents
    /// (a reply's) are attached to the event. False when the dispute had moved on already.
    pub async fn advance_dispute(
        &self,
        dispute: &Dispute,
        actor: &Account,
        event: EventKind,
        message: Option<&str>,
        document: Option<(&NewDocument<'_>, &StorageLimits)>,
        emails: &[OutgoingEmail],
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        if !move_status(&mut tx, self.backend(), dispute.id, event).await? {
            return Ok(false);
        }
        let event_id = add_event(&mut tx, dispute.id, Some(actor), event, message).await?;
        if let Some((document, limits)) = document {
            documents::attach_document(
                &mut tx,
                self.backend(),
                actor,
                dispute.id,
                event_id,
                document,
                limits,
            )
            .await?;
        }
        for email in emails {
            outbox::queue(&mut tx, email).await?;
        }
        audit::record(
            &mut tx,
            AuditEntry::by(actor, AuditAction::DisputeUpdated, Some(dispute.person_id))
                .with_detail(format!("dispute {}: {}", dispute.reference, event.as_str())),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Corrects the disputed entry: each change is applied to the charge with its old value
    /// kept in `charge_correction`, and the dispute is marked corrected, in one transaction.
    /// False when the dispute had been decided already.
    pub async fn correct_entry(
        &self,
        dispute: &Dispute,
        reviewer: &Account,
        charge_id: i64,
        changes: &[FieldChange],
        message: &str,
        emails: &[OutgoingEmail],
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        if !move_status(&mut tx, self.backend(), dispute.id, EventKind::Corrected).await? {
            return Ok(false);
        }
        let now = now_text();
        for change in changes {
            let field = change.field().as_str();
            let old: Option<String> = sqlx::query(&format!(
                "select cast({field} as text) as old from charge where id = $1"
            ))
            .bind(charge_id)
            .fetch_one(&mut *tx)
            .await?
            .try_get("old")?;
            set_charge_field(&mut tx, charge_id, change).await?;
            sqlx::query(
                "insert into charge_correction (charge_id, dispute_id, corrected_by_account_id, \
                 corrected_at, field, old_value, new_value) values ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(charge_id)
            .bind(dispute.id)
            .bind(reviewer.id)
            .bind(&now)
            .bind(field)
            .bind(old)
            .bind(change.stored_value())
            .execute(&mut *tx)
            .await?;
        }
        add_event(
            &mut tx,
            dispute.id,
            Some(reviewer),
            EventKind::Corrected,
            Some(message),
        )
        .await?;
        for email in emails {
            outbox::queue(&mut tx, email).await?;
        }
        audit::record(
            &mut tx,
            AuditEntry::by(
                reviewer,
                AuditAction::RecordCorrected,
                Some(dispute.person_id),
            )
            .with_detail(format!(
                "dispute {}: charge {charge_id}: {}",
                dispute.reference,
                changes
                    .iter()
                    .map(|c| c.field().as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The corrections made to a person's entries, for the record page's history.
    pub async fn corrections_of_charge(
        &self,
        charge_id: i64,
    ) -> Result<Vec<(String, Option<String>, Option<String>)>, StoreError> {
        let rows = sqlx::query(
            "select field, old_value, new_value from charge_correction where charge_id = $1 \
             order by id",
        )
        .bind(charge_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("field")?,
                    r.try_get("old_value")?,
                    r.try_get("new_value")?,
                ))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }
}

/// Sets the status that follows `event`, only from a status it may follow.
async fn move_status(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    dispute_id: i64,
    event: EventKind,
) -> Result<bool, sqlx::Error> {
    let to = event.status_after();
    let from = to.reachable_from();
    if from.is_empty() {
        return Ok(false);
    }
    let decided = (!to.is_open()).then(now_text);
    // One placeholder style per statement (see `Backend::placeholders`).
    let sql = format!(
        "update dispute set status = {}, decided_at = coalesce({}, decided_at) \
         where id = {} and status in ({})",
        db.placeholders(1, 1),
        db.placeholders(2, 1),
        db.placeholders(3, 1),
        db.placeholders(4, from.len())
    );
    let mut query = sqlx::query(&sql)
        .bind(to.as_str())
        .bind(decided)
        .bind(dispute_id);
    for status in from {
        query = query.bind(status.as_str());
    }
    Ok(query.execute(&mut **tx).await?.rows_affected() == 1)
}

async fn add_event(
    tx: &mut Transaction<'_, Any>,
    dispute_id: i64,
    actor: Option<&Account>,
    kind: EventKind,
    message: Option<&str>,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "insert into dispute_event (dispute_id, occurred_at, actor_account_id, kind, message) \
         values ($1, $2, $3, $4, $5) returning id",
    )
    .bind(dispute_id)
    .bind(now_text())
    .bind(actor.map(|a| a.id))
    .bind(kind.as_str())
    .bind(message)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")
}

/// Writes one correctable column; numbers stay numbers on both databases.
async fn set_charge_field(
    tx: &mut Transaction<'_, Any>,
    charge_id: i64,
    change: &FieldChange,
) -> Result<(), sqlx::Error> {
    // The column comes from the enum, never from input; numbers stay numbers on both
    // databases.
    let sql = format!(
        "update charge set {} = $1 where id = $2",
        change.field().as_str()
    );
    let query = sqlx::query(&sql);
    let query = match change {
        FieldChange::RestitutionOwed(cents) => query.bind(*cents),
        other => query.bind(other.stored_value()),
    };
    query.bind(charge_id).execute(&mut **tx).await?;
    Ok(())
}

/// Applies every correction again after an import rewrote charges from the extract, so the
/// next extract (still carrying the old value) does not undo a reviewer's correction.
pub(super) async fn reapply_corrections(
    tx: &mut Transaction<'_, Any>,
    person_ids: &[i64],
    db: Backend,
) -> Result<(), sqlx::Error> {
    if person_ids.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "select k.charge_id, k.field, k.new_value from charge_correction k \
         join charge ch on ch.id = k.charge_id join arrest_cycle c on c.id = ch.cycle_id \
         where c.person_id in ({}) order by k.id",
        db.placeholders(1, person_ids.len())
    );
    let mut query = sqlx::query(&sql);
    for id in person_ids {
        query = query.bind(*id);
    }
    let corrections = query.fetch_all(&mut **tx).await?;
    for row in corrections {
        let field: String = row.try_get("field")?;
        let value: Option<String> = row.try_get("new_value")?;
        // Only what `correct_entry` kept is here, so every row reads back.
        let change = CorrectableField::parse(&field)
            .and_then(|field| FieldChange::from_stored(field, value.as_deref()))
            .ok_or_else(|| corrupt("correction", &field))?;
        set_charge_field(tx, row.try_get("charge_id")?, &change).await?;
    }
    Ok(())
}
