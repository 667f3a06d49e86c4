//! Sealed charges that a later run no longer clears, waiting for a reviewer. A run flags them
//! (it never unseals anything itself); a reviewer unseals one (the agencies are then told) or
//! keeps it sealed, once: the first decision wins, a second finds nothing open.

use super::audit::{self, AuditAction, AuditEntry};
use super::clearance::{StoredDecision, reasons_of, reasons_text};
use super::columns;
use super::records::Reader;
use super::{Store, StoreError, now_text};
use myrecord_clearance::decision::{Reason, Status};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use time::{Date, OffsetDateTime};

/// An open flag, as the reviewer's list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsealFlag {
    pub id: i64,
    pub person_name: String,
    pub sid: String,
    pub tracking_number: String,
    pub statute: String,
    pub description: Option<String>,
    pub disposition_date: Option<Date>,
    /// The rule it was sealed under.
    pub sealed_rule: Option<String>,
    pub flagged_at: OffsetDateTime,
    /// What the law in force says of it now.
    pub status: Status,
    pub reasons: Vec<Reason>,
}

/// A charge a reviewer unsealed: what its agencies' notices need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsealedCharge {
    pub flagged_run_id: i64,
    pub sid: String,
    pub last_name: String,
    pub first_name: String,
    pub dob: Date,
    pub tracking_number: String,
    pub agency_ori: String,
    pub court_ori: Option<String>,
    pub court_case: Option<String>,
    pub seq: u32,
    pub statute: String,
    pub disposition_date: Option<Date>,
    pub rule: Option<String>,
}

/// A reviewer's answer to a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsealChoice {
    Unseal,
    KeepSealed,
}

impl UnsealChoice {
    fn outcome(self) -> &'static str {
        match self {
            UnsealChoice::Unseal => "unsealed",
            UnsealChoice::KeepSealed => "kept",
        }
    }
}

impl Store {
    /// Flags sealed charges the run no longer clears, with the decision it gave them. A charge
    /// with an open flag gets no second one, and one a reviewer kept sealed is not flagged
    /// again for the same decision. Returns how many were flagged.
    pub async fn flag_for_unseal(
        &self,
        tx: &mut Transaction<'_, Any>,
        run_id: i64,
        flags: &[(i64, StoredDecision)],
    ) -> Result<u64, StoreError> {
        let mut flagged = 0;
        for (charge_id, d) in flags {
            let reasons = reasons_text(&d.reasons);
            let done = sqlx::query(
                "insert into unseal_flag (charge_id, flagged_run_id, flagged_at, status, rule, \
                 decision_date, reasons) select $1, $2, $3, $4, $5, $6, $7 \
                 where not exists (select 1 from unseal_flag f where f.charge_id = $1 and \
                 (f.decided_at is null or (f.outcome = 'kept' and f.status = $4 and \
                 coalesce(f.rule, '') = coalesce($5, '') and f.reasons = $7)))",
            )
            .bind(*charge_id)
            .bind(run_id)
            .bind(now_text())
            .bind(d.status.as_str())
            .bind(d.rule.as_deref())
            .bind(d.date.map(columns::date_text))
            .bind(&reasons)
            .execute(&mut **tx)
            .await?;
            flagged += done.rows_affected();
        }
        if flagged > 0 {
            audit::record(
                tx,
                AuditEntry {
                    actor_account_id: None,
                    actor_role: None,
                    action: AuditAction::SealsFlagged,
                    subject_person_id: None,
                    detail: Some(format!(
                        "run {run_id}: {flagged} sealed charges no longer cleared"
                    )),
                },
            )
            .await?;
        }
        Ok(flagged)
    }

    /// Open flags, oldest first. The list shows entries of people's records, so each person
    /// in it gets a record view by `reader` in the audit trail (and in their "who viewed").
    pub async fn open_unseal_flags(
        &self,
        reader: Reader<'_>,
    ) -> Result<Vec<UnsealFlag>, StoreError> {
        let mut tx = self.begin_write().await?;
        let rows = sqlx::query(
            "select f.id, f.flagged_at, f.status, f.reasons, p.id as person_id, \
             p.first_name, p.last_name, p.sid, \
             c.tracking_number, ch.statute, ch.description, ch.disposition_date, \
             d.rule as sealed_rule \
             from unseal_flag f join charge ch on ch.id = f.charge_id \
             join arrest_cycle c on c.id = ch.cycle_id join person p on p.id = c.person_id \
             left join charge_decision d on d.charge_id = ch.id \
             where f.decided_at is null order by f.id",
        )
        .fetch_all(&mut *tx)
        .await?;
        let mut people: Vec<i64> = rows
            .iter()
            .map(|row| row.try_get("person_id"))
            .collect::<Result<_, _>>()?;
        people.sort_unstable();
        people.dedup();
        for person_id in people {
            reader.audit_view(&mut tx, person_id).await?;
        }
        tx.commit().await?;
        rows.iter().map(open_flag).collect()
    }

    /// Decides an open flag. `None` when there is no open flag with that id (unknown, or
    /// already decided by someone else: the first decision stands). Unsealing puts the law's
    /// current decision in place of the sealed one and returns what the notices need.
    pub async fn decide_unseal(
        &self,
        flag_id: i64,
        reviewer: (i64, &str),
        choice: UnsealChoice,
    ) -> Result<Option<Option<UnsealedCharge>>, StoreError> {
        let mut tx = self.begin_write().await?;
        let claimed = sqlx::query(
            "update unseal_flag set decided_at = $1, decided_by = $2, outcome = $3 \
             where id = $4 and decided_at is null",
        )
        .bind(now_text())
        .bind(reviewer.0)
        .bind(choice.outcome())
        .bind(flag_id)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 0 {
            return Ok(None);
        }
        let row = sqlx::query(
            "select f.charge_id, f.flagged_run_id, f.status, f.rule, f.decision_date, \
             f.reasons, p.id as person_id, p.sid, p.first_name, p.last_name, p.dob, \
             c.tracking_number, c.agency_ori, ch.court_ori, ch.court_case, ch.seq, ch.statute, \
             ch.disposition_date, d.rule as sealed_rule \
             from unseal_flag f join charge ch on ch.id = f.charge_id \
             join arrest_cycle c on c.id = ch.cycle_id join person p on p.id = c.person_id \
             left join charge_decision d on d.charge_id = ch.id where f.id = $1",
        )
        .bind(flag_id)
        .fetch_one(&mut *tx)
        .await?;
        let charge_id: i64 = row.try_get("charge_id")?;
        let person_id: i64 = row.try_get("person_id")?;
        let unsealed = match choice {
            UnsealChoice::KeepSealed => None,
            UnsealChoice::Unseal => {
                sqlx::query(
                    "update charge_decision set sealed_run_id = null, status = $1, rule = $2, \
                     decision_date = $3, reasons = $4, remedy = null, reduced_to = null \
                     where charge_id = $5",
                )
                .bind(row.try_get::<String, _>("status")?)
                .bind(row.try_get::<Option<String>, _>("rule")?)
                .bind(row.try_get::<Option<String>, _>("decision_date")?)
                .bind(row.try_get::<String, _>("reasons")?)
                .bind(charge_id)
                .execute(&mut *tx)
                .await?;
                Some(UnsealedCharge {
                    flagged_run_id: row.try_get("flagged_run_id")?,
                    sid: row.try_get("sid")?,
                    last_name: row.try_get("last_name")?,
                    first_name: row.try_get("first_name")?,
                    dob: columns::date(&row, "dob")?,
                    tracking_number: row.try_get("tracking_number")?,
                    agency_ori: row.try_get("agency_ori")?,
                    court_ori: row.try_get("court_ori")?,
                    court_case: row.try_get("court_case")?,
                    seq: u32::try_from(row.try_get::<i64, _>("seq")?).unwrap_or(0),
                    statute: row.try_get("statute")?,
                    disposition_date: columns::optional_date(&row, "disposition_date")?,
                    rule: row.try_get("sealed_rule")?,
                })
            }
        };
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: Some(reviewer.0),
                actor_role: Some(reviewer.1),
                action: match choice {
                    UnsealChoice::Unseal => AuditAction::ChargeUnsealed,
                    UnsealChoice::KeepSealed => AuditAction::ChargeKeptSealed,
                },
                subject_person_id: Some(person_id),
                detail: Some(format!("flag {flag_id}")),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(unsealed))
    }
}

fn open_flag(row: &AnyRow) -> Result<UnsealFlag, StoreError> {
    let status: String = row.try_get("status")?;
    let first: String = row.try_get("first_name")?;
    let last: String = row.try_get("last_name")?;
    Ok(UnsealFlag {
        id: row.try_get("id")?,
        person_name: format!("{first} {last}"),
        sid: row.try_get("sid")?,
        tracking_number: row.try_get("tracking_number")?,
        statute: row.try_get("statute")?,
        description: row.try_get("description")?,
        disposition_date: columns::optional_date(row, "disposition_date")?,
        sealed_rule: row.try_get("sealed_rule")?,
        flagged_at: columns::instant(row, "flagged_at")?,
        status: Status::parse(&status).map_err(|_| {
            StoreError::Database(sqlx::Error::Decode(format!("status {status}").into()))
        })?,
        reasons: reasons_of(&row.try_get::<String, _>("reasons")?)?,
    })
}
