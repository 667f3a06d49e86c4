//! Clearance runs in the database: reading people in chunks for review, writing decisions and
//! seals, and listing what each record-keeping agency must shield.

use super::audit::{self, AuditAction, AuditEntry};
use super::columns;
use super::{Backend, Store, StoreError, now_text};
use myrecord_clearance::decision::{Reason, Remedy, Status};
use myrecord_clearance::domain::{DispositionKind, Grade, Jurisdiction, parse_date};
use myrecord_clearance::extract::{
    Agency, Charge, Cycle, Disposition, Person, PersonRecord, Sentence,
};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use time::Date;

/// A decision as `charge_decision` keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredDecision {
    pub status: Status,
    pub rule: Option<String>,
    pub date: Option<Date>,
    pub reasons: Vec<Reason>,
    pub remedy: Option<Remedy>,
    pub reduced_to: Option<Grade>,
}

/// Reason codes as the column keeps them: separated by single spaces.
pub(super) fn reasons_text(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The reasons of a stored decision.
pub(super) fn reasons_of(text: &str) -> Result<Vec<Reason>, StoreError> {
    text.split_whitespace()
        .map(|code| Reason::parse(code).map_err(|_| corrupt("reason", code)))
        .collect()
}

/// What the run needs to know about one stored charge besides the facts the rules read.
#[derive(Clone, Debug)]
pub struct ChargeState {
    pub charge_id: i64,
    pub sealed: bool,
    pub decision: Option<StoredDecision>,
    /// Where the charge is kept, for the agencies' notices.
    pub court_ori: Option<String>,
    pub court_case: Option<String>,
}

/// A person rebuilt from the database in extract form (only what the rules and the notices
/// read), with the state of each charge in the same order as the record's cycles and charges.
pub struct PersonForReview {
    pub record: PersonRecord,
    pub charges: Vec<ChargeState>,
}

/// Counts kept on the run's row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunCounts {
    pub people: i64,
    pub charges: i64,
    pub cleared: i64,
    pub newly_sealed: i64,
    /// Sealed charges whose remedy this run raised (sealed → expunged); not stored on the run
    /// row, reported by the command.
    pub upgraded: i64,
    /// Sealed charges this run no longer clears, flagged for a reviewer (not unsealed);
    /// like `upgraded`, reported by the command only.
    pub flagged: i64,
    pub waiting: i64,
    pub not_eligible: i64,
}

impl RunCounts {
    /// The counts kept on a `clearance_run` row (its columns of the same names).
    pub(super) fn from_row(row: &sqlx::any::AnyRow) -> Result<RunCounts, sqlx::Error> {
        Ok(RunCounts {
            people: row.try_get("people")?,
            charges: row.try_get("charges")?,
            cleared: row.try_get("cleared")?,
            newly_sealed: row.try_get("newly_sealed")?,
            upgraded: 0,
            flagged: 0,
            waiting: row.try_get("waiting")?,
            not_eligible: row.try_get("not_eligible")?,
        })
    }

    /// Adds another chunk's counts to these.
    pub fn absorb(&mut self, other: &RunCounts) {
        self.people += other.people;
        self.charges += other.charges;
        self.cleared += other.cleared;
        self.newly_sealed += other.newly_sealed;
        self.upgraded += other.upgraded;
        self.flagged += other.flagged;
        self.waiting += other.waiting;
        self.not_eligible += other.not_eligible;
    }
}

/// Rows per multi-row statement: well under SQLite's and PostgreSQL's parameter limits.
const ROWS_PER_STATEMENT: usize = 500;

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(
        format!("stored {what} \"{value}\" is not valid").into(),
    ))
}

impl Store {
    /// Records the start of a run over the people with ids `lowest..=highest`; `everyone`
    /// when that is the whole database rather than one person reviewed again.
    pub async fn begin_run(
        &self,
        rule_pack: &str,
        as_of: Date,
        (lowest, highest): (i64, i64),
        everyone: bool,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "insert into clearance_run (rule_pack, as_of, started_at, lowest_person_id, \
             highest_person_id, everyone) values ($1, $2, $3, $4, $5, $6) returning id",
        )
        .bind(rule_pack)
        .bind(columns::date_text(as_of))
        .bind(now_text())
        .bind(lowest)
        .bind(highest)
        .bind(i64::from(everyone))
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Removes a run that stopped before it decided anything (it has no decisions yet).
    pub async fn abandon_run(&self, run_id: i64) -> Result<(), StoreError> {
        sqlx::query("delete from clearance_run where id = $1 and finished_at is null")
            .bind(run_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn finish_run(&self, run_id: i64, counts: &RunCounts) -> Result<(), StoreError> {
        sqlx::query(
            "update clearance_run set finished_at = $1, people = $2, charges = $3, \
             cleared = $4, newly_sealed = $5, waiting = $6, not_eligible = $7 where id = $8",
        )
        .bind(now_text())
        .bind(counts.people)
        .bind(counts.charges)
        .bind(counts.cleared)
        .bind(counts.newly_sealed)
        .bind(counts.waiting)
        .bind(counts.not_eligible)
        .bind(run_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The states whose records the database holds (`PA`, …), in order; normally one.
    pub async fn jurisdictions(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("select distinct jurisdiction from person order by jurisdiction")
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .iter()
            .map(|row| row.try_get("jurisdiction"))
            .collect::<Result<_, _>>()?)
    }

    /// Smallest and largest person id, and how many people there are (for chunking and the
    /// progress bar).
    pub async fn person_id_span(&self) -> Result<(i64, i64, i64), StoreError> {
        let row = sqlx::query(
            "select coalesce(min(id), 0) as lo, coalesce(max(id), 0) as hi, count(*) as n \
             from person",
        )
        .fetch_one(self.pool())
        .await?;
        Ok((row.try_get("lo")?, row.try_get("hi")?, row.try_get("n")?))
    }

    /// Everyone with `from <= id < to` who has at least one charge, in extract form.
    ///
    /// One row per person, the charges packed into one text column: sqlx hands SQLite rows
    /// from its worker thread one at a time, so a row per charge cost more than the rules.
    /// Fields are separated by U+001F and charges by U+001E, characters the extract never
    /// carries in the text fields packed here (see `extract::validate`).
    pub async fn people_for_review(
        &self,
        from: i64,
        to: i64,
    ) -> Result<Vec<PersonForReview>, StoreError> {
        let db = self.backend();
        let (unit, record) = match db {
            Backend::Sqlite => ("char(31)", "char(30)"),
            Backend::Postgres => ("chr(31)", "chr(30)"),
        };
        let text = |column: &str| format!("coalesce(cast({column} as text), '')");
        let fields = [
            text("ch.id"),
            text("c.tracking_number"),
            text("c.arrest_date"),
            text("c.agency_ori"),
            text("ch.seq"),
            text("ch.statute"),
            text("ch.grade"),
            text("ch.max_term_days"),
            text("ch.disposition_type"),
            text("ch.disposition_date"),
            text("ch.restitution_owed_cents"),
            text("d.sealed_run_id"),
            text("ch.court_ori"),
            text("ch.court_case"),
            text("d.status"),
            text("d.rule"),
            text("d.decision_date"),
            text("d.reasons"),
            text("ch.offense_date"),
            text("ch.pardon_conditional"),
            text("ch.incarceration_days"),
            text("ch.incarceration_max_days"),
            text("ch.sentence_imposed_date"),
            text("ch.prison"),
            text("ch.prison_release_date"),
            text("d.remedy"),
            text("d.reduced_to"),
        ]
        .join(&format!(" || {unit} || "));
        let sql = format!(
            "select p.id, p.sid, p.first_name, p.last_name, p.dob, p.jurisdiction, \
             string_agg({fields}, {record} order by c.id, ch.seq) as charges \
             from person p join arrest_cycle c on c.person_id = p.id \
             join charge ch on ch.cycle_id = c.id \
             left join charge_decision d on d.charge_id = ch.id \
             where p.id >= {} and p.id < {} and ch.struck_at is null \
             group by p.id, p.sid, p.first_name, p.last_name, p.dob, p.jurisdiction \
             order by p.id",
            db.placeholders(1, 1),
            db.placeholders(2, 1)
        );
        let rows = sqlx::query(&sql)
            .bind(from)
            .bind(to)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(person_for_review).collect()
    }

    /// Inserts or replaces the current decision of each charge; a decision that clears its
    /// charge seals it with this run. A sealed decision is never replaced.
    pub async fn write_decisions(
        &self,
        tx: &mut Transaction<'_, Any>,
        run_id: i64,
        decisions: &[(i64, StoredDecision)],
    ) -> Result<(), StoreError> {
        for chunk in decisions.chunks(ROWS_PER_STATEMENT) {
            let mut sql = format!(
                "insert into charge_decision \
                 (charge_id, run_id, status, rule, decision_date, reasons, sealed_run_id, \
                 remedy, reduced_to) values {}",
                self.backend().values_clause(1, chunk.len(), 9)
            );
            sql.push_str(
                " on conflict (charge_id) do update set run_id = excluded.run_id, \
                 status = excluded.status, rule = excluded.rule, \
                 decision_date = excluded.decision_date, reasons = excluded.reasons, \
                 sealed_run_id = excluded.sealed_run_id, remedy = excluded.remedy, \
                 reduced_to = excluded.reduced_to \
                 where charge_decision.sealed_run_id is null",
            );
            let mut query = sqlx::query(&sql);
            for (charge_id, d) in chunk {
                let seals = d.status == Status::Cleared;
                query = query
                    .bind(*charge_id)
                    .bind(run_id)
                    .bind(d.status.as_str())
                    .bind(d.rule.as_deref())
                    .bind(d.date.map(columns::date_text))
                    .bind(reasons_text(&d.reasons))
                    .bind(seals.then_some(run_id))
                    .bind(d.remedy.map(Remedy::as_str))
                    .bind(d.reduced_to.map(Grade::as_str));
            }
            query.execute(&mut **tx).await?;
        }
        // Sealing changes records: audited with the seals, one row per batch (the charges
        // are found by their `sealed_run_id`), so a state-sized run adds a few hundred rows.
        let sealed = decisions
            .iter()
            .filter(|(_, d)| d.status == Status::Cleared)
            .count();
        if sealed > 0 {
            audit::record(
                tx,
                AuditEntry {
                    actor_account_id: None,
                    actor_role: None,
                    action: AuditAction::ChargesSealed,
                    subject_person_id: None,
                    detail: Some(format!("run {run_id}: {sealed} charges sealed")),
                },
            )
            .await?;
        }
        Ok(())
    }

    /// Replaces the decisions of sealed charges that a newer law clears with a stronger
    /// remedy (a pardon sealed under Act 56 is expunged under the law in force). The seal
    /// stays as it was; only sealed rows are touched.
    pub async fn upgrade_decisions(
        &self,
        tx: &mut Transaction<'_, Any>,
        run_id: i64,
        decisions: &[(i64, StoredDecision)],
    ) -> Result<(), StoreError> {
        for (charge_id, d) in decisions {
            sqlx::query(
                "update charge_decision set run_id = $1, status = $2, rule = $3, \
                 decision_date = $4, reasons = $5, remedy = $6, reduced_to = $7 \
                 where charge_id = $8 and sealed_run_id is not null",
            )
            .bind(run_id)
            .bind(d.status.as_str())
            .bind(d.rule.as_deref())
            .bind(d.date.map(columns::date_text))
            .bind(reasons_text(&d.reasons))
            .bind(d.remedy.map(Remedy::as_str))
            .bind(d.reduced_to.map(Grade::as_str))
            .bind(charge_id)
            .execute(&mut **tx)
            .await?;
        }
        if !decisions.is_empty() {
            audit::record(
                tx,
                AuditEntry {
                    actor_account_id: None,
                    actor_role: None,
                    action: AuditAction::ChargesUpgraded,
                    subject_person_id: None,
                    detail: Some(format!(
                        "run {run_id}: {} sealed charges given a stronger remedy",
                        decisions.len()
                    )),
                },
            )
            .await?;
        }
        Ok(())
    }
}

/// Number of packed fields per charge in [`Store::people_for_review`].
const PACKED_FIELDS: usize = 27;

fn person_for_review(row: &AnyRow) -> Result<PersonForReview, StoreError> {
    let dob: String = row.try_get("dob")?;
    let packed: String = row.try_get("charges")?;
    let mut cycles: Vec<Cycle> = Vec::new();
    let mut charges = Vec::new();
    for packed_charge in packed.split('\u{1e}') {
        let f: Vec<&str> = packed_charge.split('\u{1f}').collect();
        if f.len() != PACKED_FIELDS {
            return Err(corrupt("charge", packed_charge));
        }
        let optional = |text: &str| (!text.is_empty()).then(|| text.to_owned());
        let number = |text: &str, what: &str| -> Result<i64, StoreError> {
            text.parse().map_err(|_| corrupt(what, text))
        };
        if cycles.last().is_none_or(|c| c.tracking_number != f[1]) {
            cycles.push(Cycle {
                tracking_number: f[1].to_owned(),
                arrest_date: parse_date(f[2]).map_err(|_| corrupt("arrest date", f[2]))?,
                agency: Agency {
                    ori: f[3].to_owned(),
                    name: String::new(),
                },
                charges: Vec::new(),
            });
        }
        let date = |text: &str, what: &str| {
            optional(text)
                .map(|d| parse_date(&d).map_err(|_| corrupt(what, &d)))
                .transpose()
        };
        let days = |text: &str, what: &str| {
            optional(text)
                .map(|d| number(&d, what).map(|d| u32::try_from(d).unwrap_or(u32::MAX)))
                .transpose()
        };
        let disposition_date = date(f[9], "disposition date")?;
        // A sentence is recorded when its term is (the importer writes both or neither).
        let sentence = days(f[20], "incarceration")?.map(|incarceration_days| {
            Ok::<_, StoreError>(Sentence {
                incarceration_days,
                incarceration_max_days: days(f[21], "maximum incarceration")?,
                imposed_date: date(f[22], "sentence date")?,
                prison: f[23] == "1",
                prison_release_date: date(f[24], "prison release date")?,
                ..Sentence::default()
            })
        });
        let charge = Charge {
            seq: u32::try_from(number(f[4], "seq")?).map_err(|_| corrupt("seq", f[4]))?,
            statute: f[5].to_owned(),
            description: None,
            grade: Grade::parse(f[6]).map_err(|_| corrupt("grade", f[6]))?,
            offense_date: date(f[18], "offense date")?,
            max_term_days: days(f[7], "maximum term")?,
            court_case: None,
            court: None,
            disposition: Disposition {
                kind: DispositionKind::parse(f[8]).map_err(|_| corrupt("disposition", f[8]))?,
                date: disposition_date,
                conditional: f[19] == "1",
            },
            sentence: sentence.transpose()?,
            restitution_owed_cents: number(f[10], "restitution")?,
        };
        cycles
            .last_mut()
            .expect("pushed above")
            .charges
            .push(charge);
        charges.push(ChargeState {
            charge_id: number(f[0], "charge id")?,
            sealed: !f[11].is_empty(),
            court_ori: optional(f[12]),
            court_case: optional(f[13]),
            decision: optional(f[14])
                .map(|status| {
                    Ok::<_, StoreError>(StoredDecision {
                        status: Status::parse(&status).map_err(|_| corrupt("status", &status))?,
                        rule: optional(f[15]),
                        date: optional(f[16])
                            .map(|d| parse_date(&d).map_err(|_| corrupt("decision date", &d)))
                            .transpose()?,
                        reasons: reasons_of(f[17])?,
                        remedy: optional(f[25])
                            .map(|r| Remedy::parse(&r).map_err(|_| corrupt("remedy", &r)))
                            .transpose()?,
                        reduced_to: optional(f[26])
                            .map(|g| Grade::parse(&g).map_err(|_| corrupt("grade", &g)))
                            .transpose()?,
                    })
                })
                .transpose()?,
        });
    }
    Ok(PersonForReview {
        record: PersonRecord {
            jurisdiction: {
                let code: String = row.try_get("jurisdiction")?;
                Jurisdiction::parse(&code).map_err(|_| corrupt("jurisdiction", &code))?
            },
            person: Person {
                sid: row.try_get("sid")?,
                first_name: row.try_get("first_name")?,
                middle_name: None,
                last_name: row.try_get("last_name")?,
                aliases: Vec::new(),
                dob: parse_date(&dob).map_err(|_| corrupt("date of birth", &dob))?,
                sex: None,
                race: None,
                county: None,
            },
            cycles,
        },
        charges,
    })
}
