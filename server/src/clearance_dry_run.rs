//! `clearance run --dry-run`: what a run under a rule pack would change against the decisions
//! stored now, without writing anything — so an agency can switch the law in force knowing
//! what will happen (how many charges newly clear, which seals become expungements, which
//! would lose eligibility) and what in its data stands in the way.
//!
//! It reads people in the same chunks as a real run ([`crate::clearance_run`]) and applies the
//! same decisions; the report is built by [`DryRunReport::add`], which is pure.

use crate::clearance_run::{Progress, upgrades};
use crate::store::Store;
use crate::store::clearance::PersonForReview;
use myrecord_clearance::decision::{Reason, Status};
use myrecord_clearance::domain::{checked_sub_years, format_date};
use myrecord_clearance::engine::evaluate;
use myrecord_clearance::pack::RulePack;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use time::Date;

/// People read per query, as in a real run.
const PEOPLE_PER_CHUNK: i64 = 2_000;

/// Statutes listed by name in the data-quality section (the rest are counted).
const LISTED_STATUTES: usize = 20;

/// What a run would do. Serialized as the `--report` file.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct DryRunReport {
    pub rule_pack: String,
    pub as_of: String,
    pub people: u64,
    pub charges: u64,
    /// Every decision the run would make, counted by rule, status and remedy.
    pub decisions: Vec<DecisionCount>,
    /// Charges not sealed now that the run would clear (and seal).
    pub newly_cleared: u64,
    /// Sealed charges the run would expunge.
    pub remedy_upgrades: u64,
    pub losing_eligibility: LosingEligibility,
    pub data_quality: DataQuality,
    #[serde(skip)]
    tally: BTreeMap<(String, &'static str, &'static str), u64>,
    #[serde(skip)]
    unknown_statutes: BTreeMap<String, u64>,
    /// Statute text → whether the catalog knows it: an extract repeats a few hundred statutes
    /// millions of times, and a lookup normalizes the citation each time.
    #[serde(skip)]
    catalog_knows: HashMap<String, bool>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct DecisionCount {
    /// `<pack>/<rule>`, or `-` for decisions no rule made.
    pub rule: String,
    pub status: &'static str,
    /// `-` where no remedy applies.
    pub remedy: &'static str,
    pub charges: u64,
}

/// Charges cleared or waiting now that the new decisions would not clear.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct LosingEligibility {
    /// Sealed, and not cleared by the new law: a run flags these for a reviewer; nothing is
    /// unsealed without one.
    pub sealed: u64,
    /// Cleared or waiting but not sealed yet, and not eligible under the new law.
    pub not_sealed: u64,
}

#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct DataQuality {
    /// Statutes the pack's catalog does not know, most frequent first (at most 20).
    pub statutes_not_in_catalog: Vec<StatuteCount>,
    /// How many different statutes the catalog does not know, and on how many charges.
    pub unknown_statutes: u64,
    pub charges_with_unknown_statutes: u64,
    /// Charges still pending or of unknown outcome whose arrest is older than this.
    pub stale_after_years: u32,
    pub non_final_older: u64,
    /// Decisions the rules could not make for want of a data point (`missing_data`).
    pub missing_data: u64,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct StatuteCount {
    pub statute: String,
    pub charges: u64,
}

impl DryRunReport {
    pub fn new(pack: &RulePack, as_of: Date, stale_after_years: u32) -> DryRunReport {
        DryRunReport {
            rule_pack: pack.id().to_owned(),
            as_of: format_date(as_of),
            data_quality: DataQuality {
                stale_after_years,
                ..DataQuality::default()
            },
            ..DryRunReport::default()
        }
    }

    /// Decides one chunk of people and counts what would change.
    pub fn add(&mut self, pack: &RulePack, as_of: Date, chunk: &[PersonForReview]) {
        let stale_before = checked_sub_years(as_of, self.data_quality.stale_after_years);
        for person in chunk {
            self.people += 1;
            let decisions = evaluate(pack, &person.record, as_of);
            let charges = person.record.cycles.iter().flat_map(|cycle| {
                cycle
                    .charges
                    .iter()
                    .map(move |charge| (cycle.arrest_date, charge))
            });
            for ((state, decision), (arrested, charge)) in
                person.charges.iter().zip(&decisions).zip(charges)
            {
                self.charges += 1;
                *self
                    .tally
                    .entry((
                        decision.rule.clone().unwrap_or_else(|| "-".to_owned()),
                        decision.status.as_str(),
                        decision.remedy.map_or("-", |r| r.as_str()),
                    ))
                    .or_default() += 1;
                let was_eligible = state
                    .decision
                    .as_ref()
                    .is_some_and(|d| d.status != Status::NotEligible);
                match (state.sealed, decision.status) {
                    (true, Status::Cleared) => {
                        if upgrades(state.decision.as_ref(), decision) {
                            self.remedy_upgrades += 1;
                        }
                    }
                    (true, _) => self.losing_eligibility.sealed += 1,
                    (false, Status::Cleared) => self.newly_cleared += 1,
                    (false, Status::NotEligible) if was_eligible => {
                        self.losing_eligibility.not_sealed += 1;
                    }
                    (false, _) => {}
                }
                let known = match self.catalog_knows.get(&charge.statute) {
                    Some(known) => *known,
                    None => {
                        let known = pack.catalog().lookup(&charge.statute).is_some();
                        self.catalog_knows.insert(charge.statute.clone(), known);
                        known
                    }
                };
                if !known {
                    *self
                        .unknown_statutes
                        .entry(charge.statute.clone())
                        .or_default() += 1;
                }
                if !charge.disposition.kind.is_final()
                    && stale_before.is_some_and(|limit| arrested < limit)
                {
                    self.data_quality.non_final_older += 1;
                }
                if decision.reasons.contains(&Reason::MissingData) {
                    self.data_quality.missing_data += 1;
                }
            }
        }
    }

    /// Turns the running tallies into the report's lists.
    pub fn finish(mut self) -> DryRunReport {
        self.decisions = std::mem::take(&mut self.tally)
            .into_iter()
            .map(|((rule, status, remedy), charges)| DecisionCount {
                rule,
                status,
                remedy,
                charges,
            })
            .collect();
        let mut unknown: Vec<StatuteCount> = std::mem::take(&mut self.unknown_statutes)
            .into_iter()
            .map(|(statute, charges)| StatuteCount { statute, charges })
            .collect();
        self.data_quality.unknown_statutes = unknown.len() as u64;
        self.data_quality.charges_with_unknown_statutes = unknown.iter().map(|s| s.charges).sum();
        unknown.sort_by(|a, b| b.charges.cmp(&a.charges).then(a.statute.cmp(&b.statute)));
        unknown.truncate(LISTED_STATUTES);
        self.data_quality.statutes_not_in_catalog = unknown;
        self
    }
}

/// Reviews everyone as a run would and reports the difference; writes nothing.
pub async fn dry_run(
    store: &Store,
    pack: &RulePack,
    as_of: Date,
    stale_after_years: u32,
    progress: &(dyn Fn(Progress) + Sync),
) -> anyhow::Result<DryRunReport> {
    crate::clearance_run::refuse_other_states(store, pack).await?;
    let (lowest, highest, people) = store.person_id_span().await?;
    progress(Progress::Planned {
        people: u64::try_from(people).unwrap_or(0),
    });
    let mut report = DryRunReport::new(pack, as_of, stale_after_years);
    let mut from = lowest;
    while from <= highest {
        let to = (from + PEOPLE_PER_CHUNK).min(highest + 1);
        let chunk = store.people_for_review(from, to).await?;
        report.add(pack, as_of, &chunk);
        progress(Progress::Reviewed {
            people: chunk.len() as u64,
        });
        from = to;
    }
    Ok(report.finish())
}
