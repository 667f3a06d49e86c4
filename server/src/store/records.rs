//! People and their criminal-history entries: the all-or-nothing import of an extract and the
//! audited read behind "My record".

use super::audit::{self, AuditAction, AuditEntry};
use super::{Store, StoreError, now_text};
use myrecord_clearance::domain::format_date;
use myrecord_clearance::extract::{ExtractError, PersonRecord};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// At most this many bad lines are listed when an import is rejected.
pub const MAX_REPORTED_ERRORS: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub batch_id: i64,
    pub people: u64,
    pub charges: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has bad lines; nothing was imported. Lists up to [`MAX_REPORTED_ERRORS`].
    #[error("the extract was rejected; nothing was imported")]
    Rejected(Vec<ExtractError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportError {
    fn from(err: sqlx::Error) -> Self {
        ImportError::Store(err.into())
    }
}

impl Store {
    /// Imports a whole extract in one transaction: every person is inserted or updated (keyed by
    /// `sid`), and their arrests and charges are made to match the extract. Any bad line rejects
    /// the whole file; parsing goes on after the first bad line only to report more of them.
    pub async fn import_extract(
        &self,
        source_name: &str,
        data_as_of: &str,
        records: impl Iterator<Item = Result<(usize, PersonRecord), ExtractError>>,
    ) -> Result<ImportSummary, ImportError> {
        let mut tx = self.pool().begin().await?;
        let batch_id: i64 = sqlx::query(
            "insert into import_batch (source_name, data_as_of, imported_at) \
             values ($1, $2, $3) returning id",
        )
        .bind(source_name)
        .bind(data_as_of)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;

        let mut errors = Vec::new();
        let mut first_line_of_sid: HashMap<String, usize> = HashMap::new();
        let (mut people, mut charges) = (0u64, 0u64);
        for parsed in records {
            let (line, record) = match parsed {
                Ok(numbered) => numbered,
                Err(err) => {
                    errors.push(err);
                    if errors.len() >= MAX_REPORTED_ERRORS {
                        break;
                    }
                    continue;
                }
            };
            if let Some(first) = first_line_of_sid.insert(record.person.sid.clone(), line) {
                errors.push(ExtractError {
                    line,
                    field: "person.sid".to_owned(),
                    message: format!(
                        "\"{}\" already appeared on line {first}; each person may appear once",
                        record.person.sid
                    ),
                });
                continue;
            }
            if !errors.is_empty() {
                continue; // Nothing will be committed; keep reading only to find more errors.
            }
            charges += upsert_person(&mut tx, batch_id, data_as_of, &record).await?;
            people += 1;
        }
        if !errors.is_empty() {
            tx.rollback().await?;
            return Err(ImportError::Rejected(errors));
        }
        sqlx::query("update import_batch set people = $1, charges = $2 where id = $3")
            .bind(people as i64)
            .bind(charges as i64)
            .bind(batch_id)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: None,
                actor_role: None,
                action: AuditAction::RecordImported,
                subject_person_id: None,
                detail: Some(format!("import batch {batch_id}: {people} people")),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(ImportSummary {
            batch_id,
            people,
            charges,
        })
    }
}

/// Writes one person and returns how many charges they have. Rows of this person that the
/// extract no longer lists are removed, so the database matches the newest extract.
async fn upsert_person(
    tx: &mut Transaction<'_, Any>,
    batch_id: i64,
    data_as_of: &str,
    record: &PersonRecord,
) -> Result<u64, sqlx::Error> {
    let p = &record.person;
    let person_id: i64 = sqlx::query(
        "insert into person (sid, first_name, middle_name, last_name, dob, sex, race, county, \
         data_as_of, import_id, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         on conflict (sid) do update set first_name = excluded.first_name, \
         middle_name = excluded.middle_name, last_name = excluded.last_name, dob = excluded.dob, \
         sex = excluded.sex, race = excluded.race, county = excluded.county, \
         data_as_of = excluded.data_as_of, import_id = excluded.import_id, \
         updated_at = excluded.updated_at returning id",
    )
    .bind(&p.sid)
    .bind(&p.first_name)
    .bind(&p.middle_name)
    .bind(&p.last_name)
    .bind(format_date(p.dob))
    .bind(&p.sex)
    .bind(&p.race)
    .bind(&p.county)
    .bind(data_as_of)
    .bind(batch_id)
    .bind(now_text())
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;

    sqlx::query("delete from person_alias where person_id = $1")
        .bind(person_id)
        .execute(&mut **tx)
        .await?;
    for alias in &p.aliases {
        sqlx::query(
            "insert into person_alias (person_id, first_name, last_name) values ($1, $2, $3)",
        )
        .bind(person_id)
        .bind(&alias.first_name)
        .bind(&alias.last_name)
        .execute(&mut **tx)
        .await?;
    }

    let mut charge_count = 0;
    for cycle in &record.cycles {
        let cycle_id: i64 = sqlx::query(
            "insert into arrest_cycle (person_id, tracking_number, arrest_date, agency_ori, \
             agency_name, import_id) values ($1, $2, $3, $4, $5, $6) \
             on conflict (person_id, tracking_number) do update set \
             arrest_date = excluded.arrest_date, agency_ori = excluded.agency_ori, \
             agency_name = excluded.agency_name, import_id = excluded.import_id returning id",
        )
        .bind(person_id)
        .bind(&cycle.tracking_number)
        .bind(format_date(cycle.arrest_date))
        .bind(&cycle.agency.ori)
        .bind(&cycle.agency.name)
        .bind(batch_id)
        .fetch_one(&mut **tx)
        .await?
        .try_get("id")?;
        for charge in &cycle.charges {
            let sentence = charge.sentence.as_ref();
            sqlx::query(
                "insert into charge (cycle_id, seq, statute, description, grade, max_term_days, \
                 court_case, court_ori, court_name, disposition_type, disposition_date, \
                 incarceration_days, probation_days, fine_cents, restitution_owed_cents, \
                 import_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, \
                 $15, $16) on conflict (cycle_id, seq) do update set statute = excluded.statute, \
                 description = excluded.description, grade = excluded.grade, \
                 max_term_days = excluded.max_term_days, court_case = excluded.court_case, \
                 court_ori = excluded.court_ori, court_name = excluded.court_name, \
                 disposition_type = excluded.disposition_type, \
                 disposition_date = excluded.disposition_date, \
                 incarceration_days = excluded.incarceration_days, \
                 probation_days = excluded.probation_days, fine_cents = excluded.fine_cents, \
                 restitution_owed_cents = excluded.restitution_owed_cents, \
                 import_id = excluded.import_id",
            )
            .bind(cycle_id)
            .bind(i64::from(charge.seq))
            .bind(&charge.statute)
            .bind(&charge.description)
            .bind(charge.grade.as_str())
            .bind(charge.max_term_days.map(i64::from))
            .bind(&charge.court_case)
            .bind(charge.court.as_ref().map(|c| c.ori.as_str()))
            .bind(charge.court.as_ref().map(|c| c.name.as_str()))
            .bind(charge.disposition.kind.as_str())
            .bind(charge.disposition.date.map(format_date))
            .bind(sentence.map(|s| i64::from(s.incarceration_days)))
            .bind(sentence.map(|s| i64::from(s.probation_days)))
            .bind(sentence.map(|s| s.fine_cents))
            .bind(charge.restitution_owed_cents)
            .bind(batch_id)
            .execute(&mut **tx)
            .await?;
            charge_count += 1;
        }
    }
    sqlx::query(
        "delete from charge where import_id <> $1 and cycle_id in \
         (select id from arrest_cycle where person_id = $2)",
    )
    .bind(batch_id)
    .bind(person_id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("delete from arrest_cycle where import_id <> $1 and person_id = $2")
        .bind(batch_id)
        .bind(person_id)
        .execute(&mut **tx)
        .await?;
    Ok(charge_count)
}

/// A person's record as stored, for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub person_id: i64,
    pub first_name: String,
    pub data_as_of: String,
    pub cycles: Vec<StoredCycle>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCycle {
    pub tracking_number: String,
    pub arrest_date: String,
    pub agency_name: String,
    pub charges: Vec<StoredCharge>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCharge {
    pub seq: i64,
    pub statute: String,
    pub description: Option<String>,
    pub grade: String,
    pub court_case: Option<String>,
    pub court_name: Option<String>,
    pub disposition_type: String,
    pub disposition_date: Option<String>,
}

/// Who is reading a record, for the audit row the read writes.
pub struct Reader<'a> {
    pub account_id: i64,
    pub role: &'a str,
}

impl Store {
    /// Reads a person's record and writes the audit row for that read in the same transaction:
    /// no record leaves the database without a trace of who asked for it.
    pub async fn read_record(
        &self,
        reader: Reader<'_>,
        person_id: i64,
    ) -> Result<Option<StoredRecord>, StoreError> {
        let mut tx = self.pool().begin().await?;
        let Some(person) =
            sqlx::query("select id, first_name, data_as_of from person where id = $1")
                .bind(person_id)
                .fetch_optional(&mut *tx)
                .await?
        else {
            return Ok(None);
        };
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: Some(reader.account_id),
                actor_role: Some(reader.role),
                action: AuditAction::RecordViewed,
                subject_person_id: Some(person_id),
                detail: None,
            },
        )
        .await?;
        let rows = sqlx::query(
            "select c.tracking_number, c.arrest_date, c.agency_name, ch.seq, ch.statute, \
             ch.description, ch.grade, ch.court_case, ch.court_name, ch.disposition_type, \
             ch.disposition_date from arrest_cycle c join charge ch on ch.cycle_id = c.id \
             where c.person_id = $1 order by c.arrest_date, c.tracking_number, ch.seq",
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
                    arrest_date: row.try_get("arrest_date")?,
                    agency_name: row.try_get("agency_name")?,
                    charges: Vec::new(),
                });
            }
            let cycle = cycles.last_mut().expect("a cycle was just pushed");
            cycle.charges.push(StoredCharge {
                seq: row.try_get("seq")?,
                statute: row.try_get("statute")?,
                description: row.try_get("description")?,
                grade: row.try_get("grade")?,
                court_case: row.try_get("court_case")?,
                court_name: row.try_get("court_name")?,
                disposition_type: row.try_get("disposition_type")?,
                disposition_date: row.try_get("disposition_date")?,
            });
        }
        Ok(Some(StoredRecord {
            person_id: person.try_get("id")?,
            first_name: person.try_get("first_name")?,
            data_as_of: person.try_get("data_as_of")?,
            cycles,
        }))
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
