//! The clearance engine: applies a rule pack to one person's record, one decision per charge.
//!
//! The engine knows nothing about any particular law; everything law-specific is in the pack.
//! Work that depends only on the person (maximum terms, categories, person-level counts) is
//! done once per person, so evaluating a charge is a handful of integer comparisons.

use crate::decision::Remedy;
use crate::domain::{DispositionKind, Grade, checked_add_months};
use crate::extract::{Charge, Cycle, PersonRecord};
use crate::pack::{ClockStart, Condition, ExceptionTest, MoreTests, Period, Rule, RulePack, Tier};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use time::{Date, Duration};

pub use crate::decision::{Decision, Reason, Status};

/// Decides every charge of one person, in input order (cycles in order, charges in order).
pub fn evaluate(pack: &RulePack, record: &PersonRecord, as_of: Date) -> Vec<Decision> {
    let mut decisions = Vec::new();
    let mut scratch = Scratch::default();
    evaluate_each(
        pack,
        record,
        as_of,
        &mut scratch,
        |cycle, charge, outcome| {
            decisions.push(Decision {
                tracking_number: cycle.tracking_number.clone(),
                seq: charge.seq,
                status: outcome.status,
                rule: outcome.rule.map(str::to_owned),
                date: outcome.date,
                reasons: outcome.reasons.as_slice().to_vec(),
                remedy: outcome.remedy,
                reduced_to: outcome.reduced_to,
            });
        },
    );
    decisions
}

/// A decision that borrows from the pack instead of allocating, for streaming output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Outcome<'p> {
    pub(crate) status: Status,
    pub(crate) rule: Option<&'p str>,
    pub(crate) date: Option<Date>,
    pub(crate) reasons: Reasons,
    pub(crate) remedy: Option<Remedy>,
    pub(crate) reduced_to: Option<Grade>,
}

/// An ordered set of reasons without a heap allocation (there are only a dozen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reasons {
    items: [Reason; Reason::ALL.len()],
    len: usize,
}

impl Reasons {
    const NONE: Reasons = Reasons {
        items: [Reason::NoRule; Reason::ALL.len()],
        len: 0,
    };

    fn one(reason: Reason) -> Reasons {
        let mut reasons = Reasons::NONE;
        reasons.push(reason);
        reasons
    }

    fn push(&mut self, reason: Reason) {
        if !self.as_slice().contains(&reason) {
            self.items[self.len] = reason;
            self.len += 1;
        }
    }

    pub(crate) fn as_slice(&self) -> &[Reason] {
        &self.items[..self.len]
    }
}

/// What the rules need to know about a charge, resolved once (catalog lookup included).
#[derive(Clone, Copy, Debug)]
struct Facts {
    kind: DispositionKind,
    grade: Grade,
    date: Option<Date>,
    max_term: Option<u32>,
    categories: u64,
    restitution_owed: bool,
    /// Bits of the pack's statute lists the citation falls in.
    statutes: u64,
    conditional: bool,
    /// The day of the offense (the arrest date when the extract does not say).
    offense: Date,
    sentence: Option<SentenceFacts>,
    /// Whole years of age on the offense date, when the pack asks about age.
    age: Option<u32>,
}

/// The sentence as the rules read it.
#[derive(Clone, Copy, Debug)]
struct SentenceFacts {
    /// Minimum term imposed, in days (a flat sentence's only term).
    min: u32,
    /// Maximum term imposed (the minimum for a flat sentence).
    max: u32,
    /// The day it was imposed (the disposition date when the extract does not say).
    imposed: Option<Date>,
    prison: bool,
    prison_release: Option<Date>,
}

/// What a charge's statute contributes to its facts.
#[derive(Clone, Copy, Debug)]
struct StatuteFacts {
    max_term: Option<u32>,
    categories: u64,
    statutes: u64,
}

/// Buffers reused from one person to the next, so streaming allocates nothing per person.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// Statute text → catalog answer. An extract repeats a few hundred statutes millions of
    /// times, and a catalog lookup may strip sub-sections and scan ranges; this makes it one
    /// hash of a short string.
    statutes: HashMap<Box<str>, StatuteFacts, BuildHasherDefault<FxHasher>>,
    facts: Vec<Facts>,
    /// Per `RulePack::person_conditions`: how many of the person's charges match.
    counts: Vec<u32>,
    /// Per `RulePack::person_conditions`: the latest disposition date among those charges.
    latest: Vec<Option<Date>>,
}

impl Condition {
    // An unknown maximum term fails every max-term test. For "at most" that is the spec's
    // reading (an ungraded M with no known maximum "has no maximum", so it cannot be "no more
    // than two years"). For "at least"/"above" it means an unknown maximum is not counted
    // towards disqualifying history and does not restart a clock: the repository cannot show
    // that the conviction was punishable by that much, and we do not deny clearance on a guess.
    fn matches(&self, facts: &Facts) -> bool {
        let bit_set = |mask: Option<u16>, index: usize| mask.is_none_or(|m| m & (1 << index) != 0);
        let max_term_holds = |limit: Option<u32>, test: fn(u32, u32) -> bool| match limit {
            None => true,
            Some(limit) => facts.max_term.is_some_and(|max| test(max, limit)),
        };
        bit_set(self.dispositions, facts.kind as usize)
            && self
                .grades
                .is_none_or(|mask| mask & (1 << facts.grade.index()) != 0)
            && self
                .categories
                .is_none_or(|wanted| facts.categories & wanted != 0)
            && max_term_holds(self.max_term_at_most, |max, limit| max <= limit)
            && max_term_holds(self.max_term_at_least, |max, limit| max >= limit)
            && max_term_holds(self.max_term_above, |max, limit| max > limit)
            && self
                .restitution_owed
                .is_none_or(|owed| owed == facts.restitution_owed)
            && self.more.as_ref().is_none_or(|more| more.matches(facts))
    }
}

impl MoreTests {
    // As with maximum terms, a missing sentence satisfies no sentence threshold and a missing
    // age no age test: a rule never leans on a value the record does not hold.
    fn matches(&self, facts: &Facts) -> bool {
        let sentence_holds = |limit: Option<u32>, term: fn(&SentenceFacts) -> u32, at_least| {
            limit.is_none_or(|limit| {
                facts
                    .sentence
                    .is_some_and(|s| (term(&s) >= limit) == at_least)
            })
        };
        let age_holds = |limit: Option<u32>, at_least| {
            limit.is_none_or(|limit| facts.age.is_some_and(|age| (age >= limit) == at_least))
        };
        let released = facts.sentence.is_some_and(|s| s.prison_release.is_some());
        self.statutes.is_none_or(|bit| facts.statutes & bit != 0)
            && self
                .conditional
                .is_none_or(|wanted| wanted == facts.conditional)
            && self
                .sentenced
                .is_none_or(|wanted| wanted == facts.sentence.is_some())
            && sentence_holds(self.sentence_min_at_least, |s| s.min, true)
            && sentence_holds(self.sentence_min_below, |s| s.min, false)
            && sentence_holds(self.sentence_max_at_least, |s| s.max, true)
            && sentence_holds(self.sentence_max_below, |s| s.max, false)
            && self
                .prison
                .is_none_or(|wanted| wanted == facts.sentence.is_some_and(|s| s.prison))
            && self.prison_released.is_none_or(|wanted| wanted == released)
            && self.offense_before.is_none_or(|day| facts.offense < day)
            && self
                .offense_on_or_after
                .is_none_or(|day| facts.offense >= day)
            && age_holds(self.age_below, false)
            && age_holds(self.age_at_least, true)
            && self.not.as_ref().is_none_or(|not| !not.matches(facts))
            && (self.any.is_empty() || self.any.iter().any(|c| c.matches(facts)))
    }
}

/// Decides every charge of one person and hands each decision to `emit`, in input order.
pub(crate) fn evaluate_each<'p>(
    pack: &'p RulePack,
    record: &PersonRecord,
    as_of: Date,
    scratch: &mut Scratch,
    mut emit: impl FnMut(&Cycle, &Charge, Outcome<'p>),
) {
    gather(pack, record, scratch);
    let charges = record
        .cycles
        .iter()
        .flat_map(|cycle| cycle.charges.iter().map(move |charge| (cycle, charge)));
    for (index, (cycle, charge)) in charges.enumerate() {
        emit(cycle, charge, decide(pack, index, scratch, as_of));
    }
}

/// For the charge at `index` (in input order, cycles then charges): the other charges of the
/// person that make up the history holding it back — those counted by every person-level
/// exception of its rule that holds. Empty when no such exception holds. Not on the hot path:
/// the portal asks it for one person's record, to name the entries that stand in the way.
pub fn history_blockers(pack: &RulePack, record: &PersonRecord, index: usize) -> Vec<usize> {
    let mut scratch = Scratch::default();
    gather(pack, record, &mut scratch);
    let Some(facts) = scratch.facts.get(index) else {
        return Vec::new();
    };
    let Some(rule) = pack
        .rules
        .iter()
        .find(|rule| rule.when.iter().any(|c| c.matches(facts)))
    else {
        return Vec::new();
    };
    let held: Vec<usize> = rule
        .exceptions
        .iter()
        .filter_map(|exception| match &exception.test {
            ExceptionTest::PersonAny(counts) => Some(counts),
            ExceptionTest::Charge(_) => None,
        })
        .flatten()
        .filter(|count| scratch.counts[count.condition] >= count.at_least)
        .map(|count| count.condition)
        .collect();
    scratch
        .facts
        .iter()
        .enumerate()
        .filter(|(other, facts)| {
            *other != index
                && held
                    .iter()
                    .any(|&condition| pack.person_conditions[condition].matches(facts))
        })
        .map(|(other, _)| other)
        .collect()
}

/// Resolves every charge's facts (catalog lookup included) and the person-level counts.
fn gather(pack: &RulePack, record: &PersonRecord, scratch: &mut Scratch) {
    scratch.facts.clear();
    let dob = record.person.dob;
    for cycle in &record.cycles {
        for charge in &cycle.charges {
            let statute = statute_facts(pack, &mut scratch.statutes, &charge.statute);
            let offense = charge.offense_date_in(cycle);
            scratch.facts.push(Facts {
                kind: charge.disposition.kind,
                grade: charge.grade,
                date: charge.disposition.date,
                max_term: charge
                    .max_term_days
                    .or(statute.max_term)
                    .or_else(|| pack.grade_max_term(charge.grade)),
                categories: statute.categories,
                restitution_owed: charge.restitution_owed_cents > 0,
                statutes: statute.statutes,
                conditional: charge.disposition.conditional,
                offense,
                sentence: charge.sentence.as_ref().map(|sentence| SentenceFacts {
                    min: sentence.incarceration_days,
                    max: sentence.incarceration_max(),
                    imposed: sentence.imposed_date.or(charge.disposition.date),
                    prison: sentence.prison,
                    prison_release: sentence.prison_release_date,
                }),
                age: pack.needs_age.then(|| whole_years(dob, offense)),
            });
        }
    }

    scratch.counts.clear();
    scratch.latest.clear();
    for condition in &pack.person_conditions {
        let mut count = 0;
        let mut latest = None;
        for facts in scratch.facts.iter().filter(|f| condition.matches(f)) {
            count += 1;
            latest = latest.max(facts.date);
        }
        scratch.counts.push(count);
        scratch.latest.push(latest);
    }
}

fn statute_facts(
    pack: &RulePack,
    cache: &mut HashMap<Box<str>, StatuteFacts, BuildHasherDefault<FxHasher>>,
    statute: &str,
) -> StatuteFacts {
    if let Some(facts) = cache.get(statute) {
        return *facts;
    }
    // Bounded so an extract of garbage citations cannot grow it without end.
    if cache.len() >= 1 << 16 {
        cache.clear();
    }
    let entry = pack.catalog().lookup(statute);
    let facts = StatuteFacts {
        max_term: entry.and_then(|e| e.max_term_days),
        categories: entry.map_or(0, |e| e.category_bits),
        statutes: pack.statute_list_bits(statute),
    };
    cache.insert(statute.into(), facts);
    facts
}

/// Firefox's hash (as in rustc): much faster than SipHash on short keys. Statutes come from
/// the state's own extract and the cache is bounded, so flooding resistance is not needed.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

fn decide<'p>(pack: &'p RulePack, index: usize, scratch: &Scratch, as_of: Date) -> Outcome<'p> {
    let facts = &scratch.facts[index];
    let not_eligible = |rule: Option<&'p str>, reasons: Reasons| Outcome {
        status: Status::NotEligible,
        rule,
        date: None,
        reasons,
        remedy: None,
        reduced_to: None,
    };
    let Some(rule) = pack
        .rules
        .iter()
        .find(|rule| rule.when.iter().any(|c| c.matches(facts)))
    else {
        let reason = pack
            .fallbacks
            .iter()
            .find(|fallback| fallback.when.iter().any(|c| c.matches(facts)))
            .map_or(Reason::NoRule, |fallback| fallback.reason);
        return not_eligible(None, Reasons::one(reason));
    };

    let mut reasons = Reasons::NONE;
    for exception in &rule.exceptions {
        let holds = match &exception.test {
            ExceptionTest::Charge(condition) => condition.matches(facts),
            ExceptionTest::PersonAny(counts) => counts
                .iter()
                .any(|count| scratch.counts[count.condition] >= count.at_least),
        };
        if holds {
            reasons.push(exception.reason);
        }
    }
    if reasons.len > 0 {
        return not_eligible(Some(&rule.name), reasons);
    }

    let (remedy, reduced_to) = match rule.tiers.is_empty() {
        true => (remedy_for(rule, facts), None),
        false => {
            // The pack's last tier has no test, so some tier always holds.
            let Some(tier) = rule
                .tiers
                .iter()
                .find(|tier| tier_holds(tier, index, &scratch.facts))
            else {
                return not_eligible(Some(&rule.name), Reasons::one(Reason::NoRule));
            };
            match tier.becomes {
                Some(grade) if !pack.ranks_below(grade, facts.grade) => {
                    return not_eligible(Some(&rule.name), Reasons::one(tier.otherwise));
                }
                becomes => {
                    let remedy = tier.remedy.or(rule.remedy);
                    (remedy, becomes.filter(|_| remedy == Some(Remedy::Reduce)))
                }
            }
        }
    };

    // Packs only let rules match final dispositions, and the extract requires their dates; a
    // record built some other way without one is treated as not final rather than guessed.
    let Some(disposed) = facts.date else {
        return not_eligible(None, Reasons::one(Reason::NotFinal));
    };
    let Some(mut start) = clock_start(rule.wait.from, disposed, facts) else {
        return not_eligible(Some(&rule.name), Reasons::one(Reason::MissingData));
    };
    if let Some(index) = rule.wait.restart_on {
        start = start.max(scratch.latest[index].unwrap_or(start));
    }
    let mut eligible = add_period(start, rule.wait.period);
    if let Some(floor) = rule.wait.not_before {
        eligible = eligible.max(floor);
    }
    let (status, reasons) = match eligible <= as_of {
        true => (Status::Cleared, Reasons::NONE),
        false => (Status::Waiting, Reasons::one(Reason::WaitingPeriod)),
    };
    Outcome {
        status,
        rule: Some(&rule.name),
        date: Some(eligible),
        reasons,
        remedy,
        reduced_to,
    }
}

/// The rule's remedy, or the first override whose condition the charge meets.
fn remedy_for(rule: &Rule, facts: &Facts) -> Option<Remedy> {
    rule.remedy_overrides
        .iter()
        .find(|(condition, _)| condition.matches(facts))
        .map(|(_, remedy)| *remedy)
        .or(rule.remedy)
}

/// Whether a tier holds for the charge at `index`: its condition, and any of its counts of the
/// person's other convictions dated strictly before this charge's offense.
fn tier_holds(tier: &Tier, index: usize, all: &[Facts]) -> bool {
    let facts = &all[index];
    tier.when.matches(facts)
        && (tier.priors_any.is_empty()
            || tier.priors_any.iter().any(|count| {
                let priors = all
                    .iter()
                    .enumerate()
                    .filter(|(other, prior)| {
                        *other != index
                            && prior.date.is_some_and(|day| day < facts.offense)
                            && count.of.matches(prior)
                    })
                    .count();
                priors >= count.at_least as usize
            }))
}

/// The day a waiting period counts from; `None` when the record lacks a date it needs (a
/// prison term with no release recorded, which may still be running).
fn clock_start(from: ClockStart, disposed: Date, facts: &Facts) -> Option<Date> {
    let imposed = facts.sentence.and_then(|s| s.imposed).unwrap_or(disposed);
    match from {
        ClockStart::Disposition => Some(disposed),
        ClockStart::Sentence => Some(imposed),
        ClockStart::SentenceOrPrisonRelease => match facts.sentence {
            Some(sentence) if sentence.prison => {
                sentence.prison_release.map(|release| release.max(imposed))
            }
            _ => Some(imposed),
        },
    }
}

/// Whole years from `born` to `on`: the largest y with born + y years <= on, years added as
/// 12·y months with the month-end clamp (a 29 February birthday comes on 28 February).
fn whole_years(born: Date, on: Date) -> u32 {
    let Ok(mut years) = u32::try_from(on.year() - born.year()) else {
        return 0;
    };
    while years > 0 && checked_add_months(born, years * 12).is_none_or(|birthday| birthday > on) {
        years -= 1;
    }
    years
}

/// Past the last representable day (year 9999, only in bad data) the answer saturates: such a
/// charge is simply waiting until the end of the calendar.
fn add_period(start: Date, period: Period) -> Date {
    let end = match period {
        Period::Days(days) => start.checked_add(Duration::days(i64::from(days))),
        Period::Months(months) => checked_add_months(start, months),
    };
    end.unwrap_or(Date::MAX)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::parse_date;
    use crate::extract::{Disposition, Person};
    use time::macros::date;

    const AS_OF: Date = date!(2026 - 11 - 22);

    fn pa() -> RulePack {
        RulePack::builtin("pa-act56").unwrap()
    }

    pub(crate) fn charge(statute: &str, grade: &str, kind: &str, date: Option<&str>) -> Charge {
        Charge {
            seq: 0,
            statute: statute.to_owned(),
            description: None,
            grade: Grade::parse(grade).unwrap(),
            max_term_days: None,
            offense_date: None,
            court_case: None,
            court: None,
            disposition: Disposition {
                kind: DispositionKind::parse(kind).unwrap(),
                date: date.map(|d| parse_date(d).unwrap()),
                conditional: false,
            },
            sentence: None,
            restitution_owed_cents: 0,
        }
    }

    fn convicted(statute: &str, grade: &str, date: &str) -> Charge {
        charge(statute, grade, "convicted", Some(date))
    }

    fn with_max(mut charge: Charge, days: u32) -> Charge {
        charge.max_term_days = Some(days);
        charge
    }

    fn owing(mut charge: Charge) -> Charge {
        charge.restitution_owed_cents = 12_500;
        charge
    }

    /// One cycle per inner list, tracking numbers OTN-1, OTN-2…, seqs 1, 2… per cycle.
    fn person(cycles: Vec<Vec<Charge>>) -> PersonRecord {
        PersonRecord {
            jurisdiction: Default::default(),
            person: Person {
                sid: "PA9000001".to_owned(),
                first_name: "Test".to_owned(),
                middle_name: None,
                last_name: "Person".to_owned(),
                aliases: Vec::new(),
                dob: date!(1980 - 01 - 01),
                sex: None,
                race: None,
                county: None,
            },
            cycles: cycles
                .into_iter()
                .enumerate()
                .map(|(c, charges)| Cycle {
                    tracking_number: format!("OTN-{}", c + 1),
                    arrest_date: date!(2000 - 01 - 01),
                    agency: crate::extract::Agency {
                        ori: "PA0000000".to_owned(),
                        name: "Police".to_owned(),
                    },
                    charges: charges
                        .into_iter()
                        .enumerate()
                        .map(|(i, charge)| Charge {
                            seq: i as u32 + 1,
                            ..charge
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Decisions for a person whose charges are all in one cycle.
    fn decide_all(charges: Vec<Charge>, as_of: Date) -> Vec<Decision> {
        evaluate(&pa(), &person(vec![charges]), as_of)
    }

    /// The decision for the first of these charges (the others are the person's history).
    fn first(charges: Vec<Charge>) -> Decision {
        decide_all(charges, AS_OF).remove(0)
    }

    fn cleared(rule: &str, date: Date) -> (Status, Option<String>, Option<Date>, Vec<Reason>) {
        (
            Status::Cleared,
            Some(format!("pa-act56/{rule}")),
            Some(date),
            vec![],
        )
    }

    fn waiting(rule: &str, date: Date) -> (Status, Option<String>, Option<Date>, Vec<Reason>) {
        (
            Status::Waiting,
            Some(format!("pa-act56/{rule}")),
            Some(date),
            vec![Reason::WaitingPeriod],
        )
    }

    fn not_eligible(
        rule: Option<&str>,
        reasons: &[Reason],
    ) -> (Status, Option<String>, Option<Date>, Vec<Reason>) {
        (
            Status::NotEligible,
            rule.map(|r| format!("pa-act56/{r}")),
            None,
            reasons.to_vec(),
        )
    }

    fn summary(d: &Decision) -> (Status, Option<String>, Option<Date>, Vec<Reason>) {
        (d.status, d.rule.clone(), d.date, d.reasons.clone())
    }

    use Reason::{DisqualifyingHistory, ExcludedOffense, GradeNotCovered, NotFinal};
    use Reason::{NoRule, RestitutionOwed};

    const THEFT: &str = "18 Pa.C.S. 3921(a)";

    #[test]
    fn codes_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Ok(status));
        }
        for reason in Reason::ALL {
            assert_eq!(Reason::parse(reason.as_str()), Ok(reason));
        }
        assert_eq!(Status::NotEligible.as_str(), "not_eligible");
        assert_eq!(
            Reason::DisqualifyingHistory.as_str(),
            "disqualifying_history"
        );
        assert!(Reason::parse("because").is_err());
    }

    #[test]
    fn pardon_is_eligible_on_its_disposition_date() {
        let d = first(vec![charge(
            "18 Pa.C.S. 3502",
            "F1",
            "pardoned",
            Some("2020-05-05"),
        )]);
        assert_eq!(summary(&d), cleared("pardon", date!(2020 - 05 - 05)));
    }

    #[test]
    fn pardon_in_the_future_of_as_of_is_waiting() {
        let d = decide_all(
            vec![charge(
                "18 Pa.C.S. 3502",
                "F1",
                "pardoned",
                Some("2026-11-23"),
            )],
            AS_OF,
        );
        assert_eq!(summary(&d[0]), waiting("pardon", date!(2026 - 11 - 23)));
    }

    #[test]
    fn non_conviction_waits_30_days_day_29_is_waiting() {
        let dismissed = || charge(THEFT, "M2", "dismissed", Some("2026-01-01"));
        let d = decide_all(vec![dismissed()], date!(2026 - 01 - 30));
        assert_eq!(
            summary(&d[0]),
            waiting("non-conviction", date!(2026 - 01 - 31))
        );
    }

    #[test]
    fn non_conviction_is_cleared_on_day_30_when_as_of_equals_the_date() {
        let dismissed = || charge(THEFT, "M2", "dismissed", Some("2026-01-01"));
        let d = decide_all(vec![dismissed()], date!(2026 - 01 - 31));
        assert_eq!(
            summary(&d[0]),
            cleared("non-conviction", date!(2026 - 01 - 31))
        );
    }

    #[test]
    fn every_final_non_conviction_uses_the_non_conviction_rule() {
        for kind in [
            "dismissed",
            "withdrawn",
            "nolle_prossed",
            "acquitted",
            "diverted",
        ] {
            // Even a felony: the rule looks at the outcome, not the grade.
            let d = first(vec![charge(
                "18 Pa.C.S. 3502",
                "F1",
                kind,
                Some("2020-02-15"),
            )]);
            assert_eq!(
                summary(&d),
                cleared("non-conviction", date!(2020 - 03 - 16)),
                "{kind}"
            );
        }
    }

    #[test]
    fn summary_conviction_is_cleared_ten_years_after_disposition() {
        let d = first(vec![convicted("18 Pa.C.S. 3929", "S", "2014-03-15")]);
        assert_eq!(summary(&d), cleared("summary", date!(2024 - 03 - 15)));
    }

    #[test]
    fn summary_conviction_waits_until_ten_years() {
        let d = first(vec![convicted("18 Pa.C.S. 5505", "S", "2020-07-04")]);
        assert_eq!(summary(&d), waiting("summary", date!(2030 - 07 - 04)));
    }

    #[test]
    fn summary_with_restitution_owed_is_not_eligible() {
        let d = first(vec![owing(convicted("18 Pa.C.S. 3929", "S", "2010-01-01"))]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("summary"), &[RestitutionOwed])
        );
    }

    #[test]
    fn summary_ignores_other_convictions() {
        // Rule 3 has no history test and no restarting clock: a later felony changes nothing.
        let d = first(vec![
            convicted("18 Pa.C.S. 3929", "S", "2010-01-01"),
            convicted("18 Pa.C.S. 3502", "F1", "2022-01-01"),
        ]);
        assert_eq!(summary(&d), cleared("summary", date!(2020 - 01 - 01)));
    }

    #[test]
    fn misdemeanor_m2_is_cleared_ten_years_after_conviction() {
        let d = first(vec![convicted(THEFT, "M2", "2012-06-30")]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2022 - 06 - 30)));
    }

    #[test]
    fn misdemeanor_m3_waits_ten_years() {
        let d = first(vec![convicted("18 Pa.C.S. 5503", "M3", "2019-12-01")]);
        assert_eq!(summary(&d), waiting("misdemeanor", date!(2029 - 12 - 01)));
    }

    #[test]
    fn ungraded_misdemeanor_with_maximum_of_two_years_is_covered() {
        let d = first(vec![with_max(
            convicted("18 Pa.C.S. 9999", "M", "2012-01-10"),
            730,
        )]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2022 - 01 - 10)));
    }

    #[test]
    fn ungraded_misdemeanor_with_maximum_over_two_years_is_grade_not_covered() {
        let d = first(vec![with_max(
            convicted("18 Pa.C.S. 9999", "M", "2012-01-10"),
            731,
        )]);
        assert_eq!(summary(&d), not_eligible(None, &[GradeNotCovered]));
    }

    #[test]
    fn ungraded_misdemeanor_without_a_maximum_is_grade_not_covered() {
        // Not in the catalog, no maximum on the charge, and M has no default.
        let d = first(vec![convicted("18 Pa.C.S. 9999", "M", "2012-01-10")]);
        assert_eq!(summary(&d), not_eligible(None, &[GradeNotCovered]));
    }

    #[test]
    fn m1_conviction_is_grade_not_covered() {
        let d = first(vec![convicted(THEFT, "M1", "2000-01-10")]);
        assert_eq!(summary(&d), not_eligible(None, &[GradeNotCovered]));
    }

    #[test]
    fn felony_conviction_is_grade_not_covered() {
        for grade in ["F1", "F2", "F3", "F"] {
            let d = first(vec![convicted("18 Pa.C.S. 3502", grade, "2000-01-10")]);
            assert_eq!(
                summary(&d),
                not_eligible(None, &[GradeNotCovered]),
                "{grade}"
            );
        }
    }

    #[test]
    fn ten_years_from_february_29_clamps_to_february_28() {
        let charges = || vec![convicted(THEFT, "M2", "2012-02-29")];
        let before = decide_all(charges(), date!(2022 - 02 - 27));
        assert_eq!(
            summary(&before[0]),
            waiting("misdemeanor", date!(2022 - 02 - 28))
        );
        let on = decide_all(charges(), date!(2022 - 02 - 28));
        assert_eq!(
            summary(&on[0]),
            cleared("misdemeanor", date!(2022 - 02 - 28))
        );
    }

    #[test]
    fn later_conviction_with_maximum_of_a_year_restarts_the_clock() {
        let d = decide_all(
            vec![
                convicted(THEFT, "M2", "2010-05-01"),
                convicted("18 Pa.C.S. 5503", "M3", "2018-03-01"),
            ],
            AS_OF,
        );
        assert_eq!(
            summary(&d[0]),
            waiting("misdemeanor", date!(2028 - 03 - 01))
        );
        assert_eq!(
            summary(&d[1]),
            waiting("misdemeanor", date!(2028 - 03 - 01))
        );
    }

    #[test]
    fn later_conviction_with_maximum_under_a_year_does_not_restart_the_clock() {
        let d = decide_all(
            vec![
                convicted(THEFT, "M2", "2010-05-01"),
                convicted("18 Pa.C.S. 5505", "S", "2018-03-01"),
                // 30 days from the catalog.
                convicted("35 P.S. 780-113(a)(31)", "M", "2019-03-01"),
            ],
            AS_OF,
        );
        assert_eq!(
            summary(&d[0]),
            cleared("misdemeanor", date!(2020 - 05 - 01))
        );
        assert_eq!(
            summary(&d[2]),
            waiting("misdemeanor", date!(2029 - 03 - 01))
        );
    }

    #[test]
    fn later_non_conviction_does_not_restart_the_clock() {
        let d = first(vec![
            convicted(THEFT, "M2", "2010-05-01"),
            charge("18 Pa.C.S. 3502", "F1", "dismissed", Some("2019-03-01")),
            charge("18 Pa.C.S. 3502", "F1", "pending", None),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2020 - 05 - 01)));
    }

    #[test]
    fn earlier_conviction_does_not_move_the_clock() {
        let d = decide_all(
            vec![
                convicted(THEFT, "M2", "2005-05-01"),
                convicted("18 Pa.C.S. 5503", "M3", "2010-03-01"),
            ],
            AS_OF,
        );
        assert_eq!(
            summary(&d[1]),
            cleared("misdemeanor", date!(2020 - 03 - 01))
        );
    }

    #[test]
    fn the_history_holding_a_charge_back_is_named_charge_by_charge() {
        // A misdemeanor held back by a felony in another case: the felony is named, not the
        // dismissed charge beside it, nor the misdemeanor itself.
        let record = person(vec![
            vec![convicted("18 Pa.C.S. 3929", "M2", "2010-05-04")],
            vec![
                convicted("18 Pa.C.S. 3502", "F3", "2012-01-10"),
                charge("18 Pa.C.S. 3921", "M1", "dismissed", Some("2012-01-10")),
            ],
        ]);
        let decisions = evaluate(&pa(), &record, AS_OF);
        assert_eq!(decisions[0].reasons, vec![Reason::DisqualifyingHistory]);
        assert_eq!(history_blockers(&pa(), &record, 0), vec![1]);
        // Nothing holds back the dismissed charge, and the felony has no rule to hold it.
        assert!(history_blockers(&pa(), &record, 2).is_empty());
        assert!(history_blockers(&pa(), &record, 1).is_empty());
        assert!(
            history_blockers(&pa(), &record, 9).is_empty(),
            "no such charge"
        );

        // Four convictions punishable by a year or more: each is held back by the other three.
        let four = person(vec![
            (0..4)
                .map(|year| convicted("18 Pa.C.S. 3929", "M2", &format!("201{year}-03-01")))
                .collect(),
        ]);
        assert_eq!(
            first(four.cycles[0].charges.clone()).reasons,
            vec![Reason::DisqualifyingHistory]
        );
        assert_eq!(history_blockers(&pa(), &four, 2), vec![0, 1, 3]);
    }

    #[test]
    fn unknown_maximum_neither_restarts_the_clock_nor_counts_as_history() {
        // Two later ungraded M convictions with no known maximum: not "> 730", not ">= 365".
        let d = first(vec![
            convicted(THEFT, "M2", "2010-05-01"),
            convicted("18 Pa.C.S. 9999", "M", "2018-01-01"),
            convicted("18 Pa.C.S. 9998", "M", "2018-02-01"),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2020 - 05 - 01)));
    }

    #[test]
    fn felony_conviction_in_an_earlier_case_disqualifies() {
        let d = evaluate(
            &pa(),
            &person(vec![
                vec![convicted("18 Pa.C.S. 3502", "F2", "2001-01-01")],
                vec![convicted(THEFT, "M2", "2005-01-01")],
            ]),
            AS_OF,
        );
        assert_eq!(
            summary(&d[1]),
            not_eligible(Some("misdemeanor"), &[DisqualifyingHistory])
        );
    }

    #[test]
    fn felony_conviction_later_than_the_charge_disqualifies() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            convicted("35 P.S. 780-113(a)(30)", "F", "2020-01-01"),
        ]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("misdemeanor"), &[DisqualifyingHistory])
        );
    }

    #[test]
    fn felony_that_was_not_a_conviction_does_not_disqualify() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            charge("18 Pa.C.S. 3502", "F1", "acquitted", Some("2006-01-01")),
            charge("18 Pa.C.S. 3502", "F1", "pardoned", Some("2007-01-01")),
            charge("18 Pa.C.S. 3502", "F1", "unknown", None),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2015 - 01 - 01)));
    }

    #[test]
    fn two_convictions_over_two_years_disqualify() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            convicted("18 Pa.C.S. 4101", "M1", "2001-01-01"),
            convicted("18 Pa.C.S. 4106", "M1", "2002-01-01"),
        ]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("misdemeanor"), &[DisqualifyingHistory])
        );
    }

    #[test]
    fn one_conviction_over_two_years_does_not_disqualify() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            convicted("18 Pa.C.S. 4101", "M1", "2001-01-01"),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2015 - 01 - 01)));
    }

    #[test]
    fn four_convictions_of_a_year_or_more_disqualify_the_charge_itself_counting() {
        let d = decide_all(
            vec![
                convicted(THEFT, "M2", "2004-01-01"),
                convicted("18 Pa.C.S. 5503", "M3", "2003-01-01"),
                convicted("18 Pa.C.S. 3304", "M3", "2002-01-01"),
                with_max(convicted("18 Pa.C.S. 9999", "M", "2001-01-01"), 365),
            ],
            AS_OF,
        );
        for decision in &d {
            assert_eq!(
                summary(decision),
                not_eligible(Some("misdemeanor"), &[DisqualifyingHistory])
            );
        }
    }

    #[test]
    fn three_convictions_of_a_year_or_more_do_not_disqualify() {
        let d = first(vec![
            convicted(THEFT, "M2", "2004-01-01"),
            convicted("18 Pa.C.S. 5503", "M3", "2003-01-01"),
            convicted("18 Pa.C.S. 3304", "M3", "2002-01-01"),
            with_max(convicted("18 Pa.C.S. 9999", "M", "2001-01-01"), 364),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2014 - 01 - 01)));
    }

    #[test]
    fn disqualifying_statute_conviction_disqualifies_other_misdemeanors() {
        for statute in [
            "18 Pa.C.S. 3127",
            "18 Pa.C.S. 3129",
            "18 Pa.C.S. 4915.1(a)(1)",
            "18 Pa.C.S. 4915.2",
            "18 Pa.C.S. 5122",
            "18 Pa.C.S. 5510",
            "18 Pa.C.S. 5515",
            "18 Pa.C.S. 6301(a)(1)(i)",
            "18 Pa.C.S. 7507.1",
        ] {
            let d = first(vec![
                convicted(THEFT, "M2", "2005-01-01"),
                // Graded M3 so only the statute, not the grade, can disqualify.
                convicted(statute, "M3", "2001-01-01"),
            ]);
            assert_eq!(
                summary(&d),
                not_eligible(Some("misdemeanor"), &[DisqualifyingHistory]),
                "{statute}"
            );
        }
    }

    #[test]
    fn neighbouring_sections_of_disqualifying_ones_do_not_disqualify() {
        for statute in ["18 Pa.C.S. 4915", "18 Pa.C.S. 4915.3", "18 Pa.C.S. 7507"] {
            let d = first(vec![
                convicted(THEFT, "M2", "2005-01-01"),
                convicted(statute, "M3", "2001-01-01"),
            ]);
            assert_eq!(
                summary(&d),
                cleared("misdemeanor", date!(2015 - 01 - 01)),
                "{statute}"
            );
        }
    }

    #[test]
    fn disqualifying_statute_that_was_not_a_conviction_does_not_disqualify() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            charge("18 Pa.C.S. 5510", "M2", "withdrawn", Some("2001-01-01")),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2015 - 01 - 01)));
    }

    #[test]
    fn the_charge_itself_can_be_the_disqualifying_conviction() {
        // Abuse of corpse is in no exclusion category; its own statute is disqualifying.
        let d = first(vec![convicted("18 Pa.C.S. 5510", "M2", "2005-01-01")]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("misdemeanor"), &[DisqualifyingHistory])
        );
    }

    fn excluded(statute: &str) -> Decision {
        first(vec![convicted(statute, "M2", "2005-01-01")])
    }

    #[test]
    fn excluded_offense_danger_to_person() {
        for statute in [
            "18 Pa.C.S. 2701(a)(1)",
            "18 Pa.C.S. 2709",
            "18 Pa.C.S. 2718",
        ] {
            assert_eq!(
                summary(&excluded(statute)),
                not_eligible(Some("misdemeanor"), &[ExcludedOffense]),
                "{statute}"
            );
        }
    }

    #[test]
    fn excluded_offense_against_family() {
        for statute in ["18 Pa.C.S. 4304", "18 Pa.C.S. 4303"] {
            assert_eq!(
                summary(&excluded(statute)),
                not_eligible(Some("misdemeanor"), &[ExcludedOffense]),
                "{statute}"
            );
        }
    }

    #[test]
    fn excluded_offense_firearms() {
        for statute in [
            "18 Pa.C.S. 6106(a)(2)",
            "18 Pa.C.S. 6108",
            "18 Pa.C.S. 6105.1",
        ] {
            assert_eq!(
                summary(&excluded(statute)),
                not_eligible(Some("misdemeanor"), &[ExcludedOffense]),
                "{statute}"
            );
        }
    }

    #[test]
    fn excluded_offense_sexual_registration() {
        for statute in ["18 Pa.C.S. 6312", "18 Pa.C.S. 6318", "18 Pa.C.S. 6320"] {
            assert_eq!(
                summary(&excluded(statute)),
                not_eligible(Some("misdemeanor"), &[ExcludedOffense]),
                "{statute}"
            );
        }
        // 7507.1 is also a disqualifying statute.
        assert_eq!(
            summary(&excluded("18 Pa.C.S. 7507.1")),
            not_eligible(
                Some("misdemeanor"),
                &[ExcludedOffense, DisqualifyingHistory]
            )
        );
    }

    #[test]
    fn excluded_offense_animal_cruelty() {
        assert_eq!(
            summary(&excluded("18 Pa.C.S. 5533")),
            not_eligible(Some("misdemeanor"), &[ExcludedOffense])
        );
    }

    #[test]
    fn excluded_offense_corruption_of_minors() {
        // 6301 is also a disqualifying statute.
        assert_eq!(
            summary(&excluded("18 Pa.C.S. 6301")),
            not_eligible(
                Some("misdemeanor"),
                &[ExcludedOffense, DisqualifyingHistory]
            )
        );
    }

    #[test]
    fn sections_just_outside_the_excluded_ranges_are_not_excluded() {
        for statute in [
            "18 Pa.C.S. 2500",
            "18 Pa.C.S. 3301",
            "18 Pa.C.S. 4401",
            "18 Pa.C.S. 6201",
        ] {
            assert_eq!(
                summary(&excluded(statute)),
                cleared("misdemeanor", date!(2015 - 01 - 01)),
                "{statute}"
            );
        }
    }

    #[test]
    fn excluded_offense_only_looks_at_the_charges_own_statute() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            convicted("18 Pa.C.S. 2701", "M2", "2001-01-01"),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2015 - 01 - 01)));
    }

    #[test]
    fn reasons_come_in_the_order_excluded_disqualifying_restitution() {
        let d = first(vec![owing(convicted(
            "18 Pa.C.S. 3127",
            "M2",
            "2005-01-01",
        ))]);
        assert_eq!(
            summary(&d),
            not_eligible(
                Some("misdemeanor"),
                &[ExcludedOffense, DisqualifyingHistory, RestitutionOwed]
            )
        );
        let d = first(vec![
            owing(convicted(THEFT, "M2", "2005-01-01")),
            convicted("18 Pa.C.S. 3502", "F3", "2001-01-01"),
        ]);
        assert_eq!(
            summary(&d),
            not_eligible(
                Some("misdemeanor"),
                &[DisqualifyingHistory, RestitutionOwed]
            )
        );
        let d = first(vec![owing(convicted(
            "18 Pa.C.S. 2701",
            "M2",
            "2005-01-01",
        ))]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("misdemeanor"), &[ExcludedOffense, RestitutionOwed])
        );
    }

    #[test]
    fn misdemeanor_restitution_owed_alone() {
        let d = first(vec![owing(convicted(THEFT, "M2", "2005-01-01"))]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("misdemeanor"), &[RestitutionOwed])
        );
    }

    #[test]
    fn restitution_on_another_charge_does_not_block_this_one() {
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            owing(convicted("18 Pa.C.S. 3929", "S", "2004-01-01")),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2015 - 01 - 01)));
    }

    #[test]
    fn pending_and_unknown_are_not_final() {
        for kind in ["pending", "unknown"] {
            let d = first(vec![charge(THEFT, "M2", kind, None)]);
            assert_eq!(summary(&d), not_eligible(None, &[NotFinal]), "{kind}");
        }
    }

    #[test]
    fn maximum_term_on_the_charge_wins_over_the_catalog() {
        // The catalog says 365 days for (a)(16): covered as an M with at most two years.
        let listed = || convicted("35 P.S. 780-113(a)(16)", "M", "2010-01-01");
        assert_eq!(
            summary(&first(vec![listed()])),
            cleared("misdemeanor", date!(2020 - 01 - 01))
        );
        assert_eq!(
            summary(&first(vec![with_max(listed(), 1095)])),
            not_eligible(None, &[GradeNotCovered])
        );
    }

    #[test]
    fn maximum_term_from_the_catalog_wins_over_the_grade_default() {
        // DUI graded M2 by mistake would default to 730 days (restarting the clock); the
        // catalog's 180 days does not.
        let d = first(vec![
            convicted(THEFT, "M2", "2010-01-01"),
            convicted("75 Pa.C.S. 3802(a)(1)", "M2", "2015-01-01"),
        ]);
        assert_eq!(summary(&d), cleared("misdemeanor", date!(2020 - 01 - 01)));
    }

    #[test]
    fn maximum_term_falls_back_to_the_grade_default() {
        // Two unlisted M1s (1825 days by default) are two convictions over two years.
        let d = first(vec![
            convicted(THEFT, "M2", "2005-01-01"),
            convicted("18 Pa.C.S. 9999", "M1", "2001-01-01"),
            convicted("18 Pa.C.S. 9998", "M1", "2002-01-01"),
        ]);
        assert_eq!(
            summary(&d),
            not_eligible(Some("misdemeanor"), &[DisqualifyingHistory])
        );
    }

    #[test]
    fn no_rule_when_neither_a_rule_nor_a_fallback_matches() {
        let pack = RulePack::from_toml(
            r#"
            id = "pardons-only"
            law_citation = "Test"
            law_message = "law-test"
            [[rule]]
            id = "pardon"
            when = [{ disposition = ["pardoned"] }]
            wait = { days = 0, from = "disposition" }
            "#,
        )
        .unwrap();
        let record = person(vec![vec![
            convicted(THEFT, "M2", "2005-01-01"),
            charge(THEFT, "M2", "pardoned", Some("2006-01-01")),
        ]]);
        let d = evaluate(&pack, &record, AS_OF);
        assert_eq!(
            (d[0].status, d[0].rule.clone(), d[0].reasons.clone()),
            (Status::NotEligible, None, vec![NoRule])
        );
        assert_eq!(d[1].rule.as_deref(), Some("pardons-only/pardon"));
    }

    #[test]
    fn a_pack_from_a_file_may_name_the_newer_laws_reasons() {
        // A pack that refuses to clear a felony it has no sentence data for, and names any
        // other conviction over its limit: reasons no built-in pack gives yet.
        let pack = RulePack::from_toml(
            r#"
            id = "newer-reasons"
            law_citation = "Test"
            law_message = "law-test"
            [[rule]]
            id = "felony"
            when = [{ disposition = ["convicted"], grade = ["F3"] }]
            wait = { years = 10, from = "disposition" }
            [[rule.exception]]
            reason = "missing_data"
            charge = { grade = ["F3"] }
            [[fallback]]
            when = [{ disposition = ["convicted"] }]
            reason = "conviction_limit"
            "#,
        )
        .unwrap();
        let record = person(vec![vec![
            convicted(THEFT, "F3", "2005-01-01"),
            convicted(THEFT, "M2", "2005-01-01"),
        ]]);
        let d = evaluate(&pack, &record, AS_OF);
        assert_eq!(d[0].reasons, vec![Reason::MissingData]);
        assert_eq!(d[0].rule.as_deref(), Some("newer-reasons/felony"));
        assert_eq!(d[1].reasons, vec![Reason::ConvictionLimit]);
        for reason in ["no_lesser_offense", "date_not_covered", "pending_charge"] {
            assert_eq!(Reason::parse(reason).unwrap().as_str(), reason);
        }
    }

    #[test]
    fn decisions_follow_input_order_across_cycles() {
        let record = person(vec![
            vec![
                convicted(THEFT, "M2", "2005-01-01"),
                charge(THEFT, "M2", "dismissed", Some("2005-01-01")),
            ],
            vec![charge(THEFT, "M2", "pending", None)],
        ]);
        let d = evaluate(&pa(), &record, AS_OF);
        let keys: Vec<_> = d
            .iter()
            .map(|d| (d.tracking_number.as_str(), d.seq))
            .collect();
        assert_eq!(keys, [("OTN-1", 1), ("OTN-1", 2), ("OTN-2", 1)]);
    }

    #[test]
    fn far_future_dates_saturate_instead_of_panicking() {
        let d = first(vec![convicted(THEFT, "M2", "9995-01-01")]);
        assert_eq!(summary(&d), waiting("misdemeanor", Date::MAX));
    }
}
