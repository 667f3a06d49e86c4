//! The all-or-nothing import of a record extract: people, aliases, arrests and charges written
//! in chunks of multi-row statements inside one transaction.

use super::audit::{self, AuditAction, AuditEntry};
use super::columns;
use super::{Backend, Store, StoreError, now_text};
use myrecord_clearance::domain::format_date;
use myrecord_clearance::extract::{ExtractError, PersonRecord};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;
use time::Date;

/// At most this many bad lines are listed when an import is rejected.
pub const MAX_REPORTED_ERRORS: usize = 20;

/// People written per round of statements. Every statement stays under both databases'
/// parameter limits (charges: 16 columns × 500 rows).
const PEOPLE_PER_CHUNK: usize = 250;
const ROWS_PER_STATEMENT: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub batch_id: i64,
    pub people: u64,
    pub charges: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has bad lines; nothing was imported. `listed` holds the first
    /// [`MAX_REPORTED_ERRORS`] problems, `total` counts them all.
    #[error("the extract was rejected; nothing was imported")]
    Rejected {
        listed: Vec<ExtractError>,
        total: usize,
    },
    /// The file holds nobody (empty, or only blank lines): most likely the wrong file.
    #[error("the extract holds no people; nothing was imported")]
    Empty,
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
    /// `sid`), and their arrests and charges are made to match the extract (sealed charges are
    /// kept). Any bad line rejects the whole file; reading goes on after the first bad line
    /// only to report more of them.
    pub async fn import_extract(
        &self,
        source_name: &str,
        data_as_of: Date,
        records: impl Iterator<Item = Result<(usize, PersonRecord), ExtractError>>,
    ) -> Result<ImportSummary, ImportError> {
        // Every person of the import carries it; written as its column holds it once.
        let data_as_of = columns::date_text(data_as_of);
        let mut tx = self.begin_write().await?;
        let batch_id: i64 = sqlx::query(
            "insert into import_batch (source_name, data_as_of, imported_at) \
             values ($1, $2, $3) returning id",
        )
        .bind(source_name)
        .bind(&data_as_of)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        if self.backend() == Backend::Postgres {
            // One import at a time: telling new people from returning ones relies on ids
            // handed out during this import being larger than any before it. Readers are not
            // blocked. (SQLite already runs one writing transaction at a time.)
            sqlx::query("lock table person in share row exclusive mode")
                .execute(&mut *tx)
                .await?;
        }
        let existing_max_id: i64 = sqlx::query("select coalesce(max(id), 0) as max_id from person")
            .fetch_one(&mut *tx)
            .await?
            .try_get("max_id")?;
        let batch = Batch {
            id: batch_id,
            data_as_of: &data_as_of,
            existing_max_id,
        };

        let mut errors = Vec::new();
        let mut total_errors = 0usize;
        let mut first_line_of_sid: HashMap<String, usize> = HashMap::new();
        let mut chunk = Vec::with_capacity(PEOPLE_PER_CHUNK);
        let (mut people, mut charges) = (0u64, 0u64);
        for parsed in records {
            // Every problem is counted; the first few are listed.
            let mut report = |error: ExtractError| {
                total_errors += 1;
                if errors.len() < MAX_REPORTED_ERRORS {
                    errors.push(error);
                }
            };
            let (line, record) = match parsed {
                Ok(numbered) => numbered,
                Err(err) => {
                    report(err);
                    continue;
                }
            };
            if let Some(first) = first_line_of_sid.insert(record.person.sid.clone(), line) {
                report(ExtractError {
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
            chunk.push(record);
            if chunk.len() == PEOPLE_PER_CHUNK {
                charges += write_chunk(&mut tx, self.backend(), &batch, &chunk).await?;
                people += chunk.len() as u64;
                chunk.clear();
            }
        }
        if !errors.is_empty() {
            tx.rollback().await?;
            return Err(ImportError::Rejected {
                listed: errors,
                total: total_errors,
            });
        }
        if people == 0 && chunk.is_empty() {
            tx.rollback().await?;
            return Err(ImportError::Empty);
        }
        if !chunk.is_empty() {
            charges += write_chunk(&mut tx, self.backend(), &batch, &chunk).await?;
            people += chunk.len() as u64;
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
        self.refresh_statistics().await?;
        Ok(ImportSummary {
            batch_id,
            people,
            charges,
        })
    }
}

/// What every chunk of one import shares.
#[derive(Clone, Copy)]
struct Batch<'a> {
    id: i64,
    data_as_of: &'a str,
    /// The largest person id before this import began.
    existing_max_id: i64,
}

/// Writes a chunk of people (distinct `sid`s) and returns how many charges they have.
async fn write_chunk(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    batch: &Batch<'_>,
    chunk: &[PersonRecord],
) -> Result<u64, sqlx::Error> {
    let Batch {
        id: batch_id,
        data_as_of,
        existing_max_id,
    } = *batch;
    let person_ids = upsert_people(tx, db, batch_id, data_as_of, chunk).await?;
    // Only people imported before can have aliases, arrests or charges to remove. They are
    // the ones whose id is not above the largest id before this import (new people get new,
    // larger ids). Skipping the others keeps a first import free of deletes and lookups,
    // whose plans, in a fresh database with no statistics yet, can scan whole tables.
    let returning: Vec<i64> = person_ids
        .iter()
        .copied()
        .filter(|id| *id <= existing_max_id)
        .collect();
    if !returning.is_empty() {
        delete_aliases(tx, db, &returning).await?;
    }
    insert_aliases(tx, db, chunk, &person_ids).await?;
    let cycle_ids = upsert_cycles(tx, db, batch_id, chunk, &person_ids).await?;
    let charges = upsert_charges(tx, db, batch_id, chunk, &cycle_ids).await?;
    if !returning.is_empty() {
        prune_missing(tx, db, batch_id, &returning).await?;
        super::disputes::reapply_corrections(tx, &returning, db).await?;
    }
    Ok(charges)
}

/// Inserts or updates the people; returns their ids in chunk order.
async fn upsert_people(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    batch_id: i64,
    data_as_of: &str,
    chunk: &[PersonRecord],
) -> Result<Vec<i64>, sqlx::Error> {
    let now = now_text();
    let sql = format!(
        "insert into person (sid, first_name, middle_name, last_name, dob, sex, race, county, \
         data_as_of, import_id, updated_at, jurisdiction) values {} \
         on conflict (sid) do update set first_name = excluded.first_name, \
         middle_name = excluded.middle_name, last_name = excluded.last_name, dob = excluded.dob, \
         sex = excluded.sex, race = excluded.race, county = excluded.county, \
         data_as_of = excluded.data_as_of, import_id = excluded.import_id, \
         updated_at = excluded.updated_at, jurisdiction = excluded.jurisdiction \
         returning id, sid",
        db.values_clause(1, chunk.len(), 12)
    );
    let mut query = sqlx::query(&sql);
    for record in chunk {
        let p = &record.person;
        query = query
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
            .bind(&now)
            .bind(record.jurisdiction.as_str());
    }
    // The order of returned rows is not promised, so ids are matched back by sid.
    let mut id_of: HashMap<String, i64> = HashMap::with_capacity(chunk.len());
    for row in query.fetch_all(&mut **tx).await? {
        id_of.insert(row.try_get("sid")?, row.try_get("id")?);
    }
    chunk
        .iter()
        .map(|r| {
            id_of
                .get(&r.person.sid)
                .copied()
                .ok_or_else(|| sqlx::Error::Protocol("upsert returned no id for a person".into()))
        })
        .collect()
}

async fn delete_aliases(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    person_ids: &[i64],
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "delete from person_alias where person_id in ({})",
        db.placeholders(1, person_ids.len())
    );
    let mut query = sqlx::query(&sql);
    for id in person_ids {
        query = query.bind(*id);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

async fn insert_aliases(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    chunk: &[PersonRecord],
    person_ids: &[i64],
) -> Result<(), sqlx::Error> {
    let aliases: Vec<_> = chunk
        .iter()
        .zip(person_ids)
        .flat_map(|(r, id)| r.person.aliases.iter().map(move |a| (*id, a)))
        .collect();
    for rows in aliases.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "insert into person_alias (person_id, first_name, last_name) values {}",
            db.values_clause(1, rows.len(), 3)
        );
        let mut query = sqlx::query(&sql);
        for (id, alias) in rows {
            query = query
                .bind(*id)
                .bind(&alias.first_name)
                .bind(&alias.last_name);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Inserts or updates every arrest; returns their ids in chunk order (person by person).
async fn upsert_cycles(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    batch_id: i64,
    chunk: &[PersonRecord],
    person_ids: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let cycles: Vec<_> = chunk
        .iter()
        .zip(person_ids)
        .flat_map(|(r, id)| r.cycles.iter().map(move |c| (*id, c)))
        .collect();
    let mut id_of: HashMap<(i64, String), i64> = HashMap::with_capacity(cycles.len());
    for rows in cycles.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "insert into arrest_cycle (person_id, tracking_number, arrest_date, agency_ori, \
             agency_name, import_id) values {} \
             on conflict (person_id, tracking_number) do update set \
             arrest_date = excluded.arrest_date, agency_ori = excluded.agency_ori, \
             agency_name = excluded.agency_name, import_id = excluded.import_id \
             returning id, person_id, tracking_number",
            db.values_clause(1, rows.len(), 6)
        );
        let mut query = sqlx::query(&sql);
        for (person_id, cycle) in rows {
            query = query
                .bind(*person_id)
                .bind(&cycle.tracking_number)
                .bind(format_date(cycle.arrest_date))
                .bind(&cycle.agency.ori)
                .bind(&cycle.agency.name)
                .bind(batch_id);
        }
        for row in query.fetch_all(&mut **tx).await? {
            id_of.insert(
                (row.try_get("person_id")?, row.try_get("tracking_number")?),
                row.try_get("id")?,
            );
        }
    }
    cycles
        .iter()
        .map(|(person_id, cycle)| {
            id_of
                .get(&(*person_id, cycle.tracking_number.clone()))
                .copied()
                .ok_or_else(|| sqlx::Error::Protocol("upsert returned no id for an arrest".into()))
        })
        .collect()
}

async fn upsert_charges(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    batch_id: i64,
    chunk: &[PersonRecord],
    cycle_ids: &[i64],
) -> Result<u64, sqlx::Error> {
    let charges: Vec<_> = chunk
        .iter()
        .flat_map(|r| r.cycles.iter())
        .zip(cycle_ids)
        .flat_map(|(cycle, id)| cycle.charges.iter().map(move |c| (*id, c)))
        .collect();
    for rows in charges.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "insert into charge (cycle_id, seq, statute, description, grade, max_term_days, \
             court_case, court_ori, court_name, disposition_type, disposition_date, \
             incarceration_days, probation_days, fine_cents, restitution_owed_cents, \
             import_id, offense_date, pardon_conditional, incarceration_max_days, \
             sentence_imposed_date, prison, prison_release_date) \
             values {} on conflict (cycle_id, seq) do update set \
             statute = excluded.statute, description = excluded.description, \
             grade = excluded.grade, max_term_days = excluded.max_term_days, \
             court_case = excluded.court_case, court_ori = excluded.court_ori, \
             court_name = excluded.court_name, disposition_type = excluded.disposition_type, \
             disposition_date = excluded.disposition_date, \
             incarceration_days = excluded.incarceration_days, \
             probation_days = excluded.probation_days, fine_cents = excluded.fine_cents, \
             restitution_owed_cents = excluded.restitution_owed_cents, \
             import_id = excluded.import_id, offense_date = excluded.offense_date, \
             pardon_conditional = excluded.pardon_conditional, \
             incarceration_max_days = excluded.incarceration_max_days, \
             sentence_imposed_date = excluded.sentence_imposed_date, \
             prison = excluded.prison, prison_release_date = excluded.prison_release_date",
            db.values_clause(1, rows.len(), 22)
        );
        let mut query = sqlx::query(&sql);
        for (cycle_id, charge) in rows {
            let sentence = charge.sentence.as_ref();
            query = query
                .bind(*cycle_id)
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
                .bind(charge.offense_date.map(format_date))
                .bind(i64::from(charge.disposition.conditional))
                .bind(
                    sentence
                        .and_then(|s| s.incarceration_max_days)
                        .map(i64::from),
                )
                .bind(sentence.and_then(|s| s.imposed_date).map(format_date))
                .bind(i64::from(sentence.is_some_and(|s| s.prison)))
                .bind(
                    sentence
                        .and_then(|s| s.prison_release_date)
                        .map(format_date),
                );
        }
        query.execute(&mut **tx).await?;
    }
    Ok(charges.len() as u64)
}

/// Removes what the newest extract no longer lists for these people, except sealed charges
/// (a sealed record is never deleted), charges a dispute or a correction is about (their
/// history stays), and the arrests that still hold one.
async fn prune_missing(
    tx: &mut Transaction<'_, Any>,
    db: Backend,
    batch_id: i64,
    person_ids: &[i64],
) -> Result<(), sqlx::Error> {
    let batch = db.placeholders(1, 1);
    let people = db.placeholders(2, person_ids.len());
    let charge_sql = format!(
        "delete from charge where import_id <> {batch} and \
         cycle_id in (select id from arrest_cycle where person_id in ({people})) and \
         not exists (select 1 from charge_decision d \
         where d.charge_id = charge.id and d.sealed_run_id is not null) and \
         not exists (select 1 from charge_correction k where k.charge_id = charge.id) and \
         not exists (select 1 from dispute d where d.charge_id = charge.id) and \
         not exists (select 1 from dispute_draft d where d.charge_id = charge.id)"
    );
    let cycle_sql = format!(
        "delete from arrest_cycle where import_id <> {batch} and person_id in ({people}) and \
         not exists (select 1 from charge where charge.cycle_id = arrest_cycle.id)"
    );
    for sql in [charge_sql, cycle_sql] {
        let mut query = sqlx::query(&sql).bind(batch_id);
        for id in person_ids {
            query = query.bind(*id);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}
