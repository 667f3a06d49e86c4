//! People's criminal-history entries as the portal reads them: the audited read behind
//! "My record".

use super::audit::{self, AuditAction, AuditEntry};
use super::columns;
use super::{Store, StoreError};
use myrecord_clearance::decision::{Reason, Remedy, Status};
use myrecord_clearance::domain::{DispositionKind, Grade};
use sqlx::Row;
use time::{Date, OffsetDateTime};

/// A person's record as stored, for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub person_id: i64,
    pub first_name: String,
    pub data_as_of: Date,
    pub cycles: Vec<StoredCycle>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCycle {
    pub tracking_number: String,
    pub arrest_date: Date,
    pub agency_name: String,
    pub charges: Vec<StoredCharge>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCharge {
    pub id: i64,
    pub seq: i64,
    pub statute: String,
    pub description: Option<String>,
    pub grade: String,
    pub court_case: Option<String>,
    pub court_name: Option<String>,
    pub disposition: DispositionKind,
    pub disposition_date: Option<Date>,
    pub restitution_owed_cents: i64,
    /// The latest clearance decision, if any run has reviewed this charge.
    pub decision: Option<ChargeDecision>,
    /// The latest correction of this entry after a dispute.
    pub corrected: Option<Correction>,
}

/// When an entry was last corrected, and by which dispute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// When the reviewer corrected it.
    pub at: OffsetDateTime,
    pub reference: String,
}

/// A charge's clearance decision and the run that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeDecision {
    pub status: Status,
    pub date: Option<Date>,
    /// In the engine's order.
    pub reasons: Vec<Reason>,
    /// `<pack>/<rule>` that decided it; none for a charge no rule covers.
    pub rule: Option<String>,
    pub rule_pack: String,
    /// What clearing does under the deciding law; none for packs that name no remedy.
    pub remedy: Option<Remedy>,
    /// The lower grade, when the remedy is `Reduce`.
    pub reduced_to: Option<Grade>,
    /// As-of date of the latest run that reviewed the person, whether or not it changed this
    /// decision.
    pub reviewed_as_of: Date,
    /// When the run that sealed this charge started; none while it is not sealed.
    pub sealed_at: Option<OffsetDateTime>,
}

/// Who is reading a record, for the audit row the read writes.
pub struct Reader<'a> {
    pub account_id: i64,
    pub role: &'a str,
}

impl<'a> Reader<'a> {
    /// The account reading.
    pub fn of(account: &'a crate::domain::Account) -> Self {
        Reader {
            account_id: account.id,
            role: account.role.as_str(),
        }
    }

    /// Writes this reader's look at a person's record to the audit trail (the person sees it
    /// on "Who has viewed my record").
    pub(super) async fn audit_view(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        person_id: i64,
    ) -> Result<(), sqlx::Error> {
        audit::record(
            tx,
            AuditEntry {
                actor_account_id: Some(self.account_id),
                actor_role: Some(self.role),
                action: AuditAction::RecordViewed,
                subject_person_id: Some(person_id),
                detail: None,
            },
        )
        .await
    }
}

impl Store {
    /// Reads a person's record and writes the audit row for that read in the same transaction:
    /// no record leaves the database without a trace of who asked for it.
    pub async fn read_record(
        &self,
        reader: Reader<'_>,
        person_id: i64,
    ) -> Result<Option<StoredRecord>, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(person) =
            sqlx::query("select id, first_name, data_as_of from person where id = $1")
                .bind(person_id)
                .fetch_optional(&mut *tx)
                .await?
        else {
            return Ok(None);
        };
        reader.audit_view(&mut tx, person_id).await?;
        let rows = sqlx::query(
            "select c.tracking_number, c.arrest_date, c.agency_name, ch.id, ch.seq, ch.statute, \
             ch.description, ch.grade, ch.court_case, ch.court_name, ch.disposition_type, \
             ch.disposition_date, ch.restitution_owed_cents, d.status, d.decision_date, \
             d.reasons, d.rule, d.remedy, d.reduced_to, r.rule_pack, \
             coalesce((select l.as_of from clearance_run l where l.finished_at is not null \
                 and l.rule_pack = r.rule_pack and l.id > d.run_id \
                 and c.person_id between l.lowest_person_id and l.highest_person_id \
                 order by l.id desc limit 1), r.as_of) as reviewed_as_of, \
             (select s.started_at from clearance_run s where s.id = d.sealed_run_id) \
                 as sealed_at, \
             (select k.corrected_at from charge_correction k where k.charge_id = ch.id \
                 order by k.id desc limit 1) as corrected_at, \
             (select x.reference from charge_correction k join dispute x on x.id = k.dispute_id \
                 where k.charge_id = ch.id order by k.id desc limit 1) as reference \
             from arrest_cycle c join charge ch on ch.cycle_id = c.id \
             left join charge_decision d on d.charge_id = ch.id \
             left join clearance_run r on r.id = d.run_id \
             where c.person_id = $1 and ch.struck_at is null \
             order by c.arrest_date, c.tracking_number, ch.seq",
        )
        .bind(person_id)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;

        let mut cycles: Vec<StoredCycle> = Vec::new();
        for row in rows {
            let tracking_number: String = row.try_get("tracking_number")?;
            if cycles
                .last()
                .is_none_or(|c| c.tracking_number != tracking_number)
            {
                cycles.push(StoredCycle {
                    tracking_number,
                    arrest_date: columns::date(&row, "arrest_date")?,
                    agency_name: row.try_get("agency_name")?,
                    charges: Vec::new(),
                });
            }
            let cycle = cycles.last_mut().expect("a cycle was just pushed");
            cycle.charges.push(StoredCharge {
                id: row.try_get("id")?,
                seq: row.try_get("seq")?,
                statute: row.try_get("statute")?,
                description: row.try_get("description")?,
                grade: row.try_get("grade")?,
                court_case: row.try_get("court_case")?,
                court_name: row.try_get("court_name")?,
                disposition: {
                    let code: String = row.try_get("disposition_type")?;
                    DispositionKind::parse(&code)
                        .map_err(|_| sqlx::Error::Decode(format!("disposition {code}").into()))?
                },
                disposition_date: columns::optional_date(&row, "disposition_date")?,
                restitution_owed_cents: row.try_get("restitution_owed_cents")?,
                corrected: match columns::optional_instant(&row, "corrected_at")? {
                    None => None,
                    Some(at) => Some(Correction {
                        at,
                        reference: row.try_get("reference")?,
                    }),
                },
                decision: match row.try_get::<Option<String>, _>("status")? {
                    None => None,
                    Some(status) => Some(ChargeDecision {
                        status: Status::parse(&status)
                            .map_err(|_| sqlx::Error::Decode(format!("status {status}").into()))?,
                        date: columns::optional_date(&row, "decision_date")?,
                        reasons: super::clearance::reasons_of(
                            &row.try_get::<String, _>("reasons")?,
                        )?,
                        rule: row.try_get("rule")?,
                        rule_pack: row.try_get("rule_pack")?,
                        remedy: row
                            .try_get::<Option<String>, _>("remedy")?
                            .map(|r| {
                                Remedy::parse(&r)
                                    .map_err(|_| sqlx::Error::Decode(format!("remedy {r}").into()))
                            })
                            .transpose()?,
                        reduced_to: row
                            .try_get::<Option<String>, _>("reduced_to")?
                            .map(|g| {
                                Grade::parse(&g)
                                    .map_err(|_| sqlx::Error::Decode(format!("grade {g}").into()))
                            })
                            .transpose()?,
                        reviewed_as_of: columns::date(&row, "reviewed_as_of")?,
                        sealed_at: columns::optional_instant(&row, "sealed_at")?,
                    }),
                },
            });
        }
        Ok(Some(StoredRecord {
            person_id: person.try_get("id")?,
            first_name: person.try_get("first_name")?,
            data_as_of: columns::date(&person, "data_as_of")?,
            cycles,
        }))
    }

    /// The person whose record holds this entry.
    pub async fn person_of_charge(&self, charge_id: i64) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "select c.person_id from charge ch join arrest_cycle c on c.id = ch.cycle_id \
             where ch.id = $1",
        )
        .bind(charge_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.try_get("person_id")).transpose()?)
    }

    /// The id of the person with this state identification number.
    pub async fn person_id_by_sid(&self, sid: &str) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("select id from person where sid = $1")
            .bind(sid)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("id")).transpose()?)
    }
}
