//! Rule packs: one law's statute catalog and clearance rules as data (TOML), checked on load.
//!
//! The engine only interprets what a pack says, so adding a state's law means adding a file.
//! The format, in brief (`packs/README.md` has the same as a table):
//!
//! ```toml
//! id = "pa-act56"                     # decisions name rules "<id>/<rule id>"
//! law_citation = "Pennsylvania Act 56 of 2018, 18 Pa.C.S. §§ 9122.2–9122.3"
//! law_message = "law-pa-act56"        # Fluent id naming the law in plain words
//! jurisdiction = "PA"                  # the state whose extract lines it reads (default PA)
//!
//! [categories]                         # every category the pack uses, with what it means
//! firearms = "18 Pa.C.S. Chapter 61"
//!
//! [max_term_defaults]                  # days by grade, when neither charge nor catalog says;
//! M2 = 730                             # a grade left out has no known maximum
//!
//! [[statute]]                          # a catalog entry; its sub-sections belong to it
//! citation = "18 Pa.C.S. 3929"         # exact text; "(a)(1)" parts are stripped on lookup
//! offense_message = "offense-retail-theft"   # optional Fluent id, plain-language name
//! grade = "S"                          # optional, the grade the statute fixes (display only)
//! max_term_days = 90                   # optional
//! categories = []                      # optional; sections also get their range's categories
//!
//! [[range]]                            # categories for every section from..=to of a title
//! title = "18 Pa.C.S."                 # ranges of one title must not overlap
//! from = "2501"                        # section numbers compare numerically by part
//! to = "3299"                          # inclusive, decimal sections such as 3299.1 included
//! categories = ["danger_to_person"]
//!
//! [[rule]]                             # tried in order; the first whose `when` matches wins
//! id = "summary"
//! waiting_message = "waiting-pa-act56-summary"   # optional Fluent id: "can be cleared on
//!                                      # { $date }" with what the clock depends on
//! when = [{ disposition = ["convicted"], grade = ["S"] }]   # any one of these conditions
//! wait = { years = 10, from = "disposition" }   # or `days`/`months`; optional `restart_on`:
//!                                      # a condition; the clock starts at the latest
//!                                      # disposition of the person's charges matching it, if
//!                                      # later than this charge's
//! [[rule.exception]]                   # every exception that holds adds its reason, in order;
//! reason = "restitution_owed"          # any reason makes the charge not eligible
//! charge = { restitution_owed = true } # a condition on this charge, or instead
//! # person_any = [{ at_least = 2, of = <condition> }]   counted over all the person's charges
//!
//! [[fallback]]                         # no rule matched: not eligible with this reason, no
//! when = [{ disposition = ["pending", "unknown"] }]      # rule named; if no fallback
//! reason = "not_final"                 # matches either, the reason is `no_rule`
//! ```
//!
//! A condition is a table whose keys must all hold: `disposition` and `grade` (any of the
//! listed), `category` (the statute carries any of them), `max_term_at_most` (<= days),
//! `max_term_at_least` (>=), `max_term_above` (>), `restitution_owed` (true or false). A charge
//! with no known maximum term satisfies no `max_term_*` test. A rule's `when` conditions must
//! name final dispositions only, so that every clock has a date to start from.
//!
//! The newer laws add, each documented with an example in `packs/README.md`: a `remedy` per
//! rule and `remedy_override`s; `tier` tables for laws that lower a grade (`grade_rank`,
//! `priors_any`); clocks `from` the sentence or a prison release and `not_before` a date;
//! conditions on `statute`, the sentence, prison, the offense date and the age at it, and the
//! `not` / `any` forms; `attempt_marker` for citations of attempts.

use crate::decision::{Reason, Remedy};
use crate::domain::{DispositionKind, Grade, Jurisdiction, parse_date};
use crate::extract::Charge;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use time::Date;

/// Pennsylvania's statute catalog (categories, default maximum terms, ranges, statutes), which
/// both Pennsylvania packs read: the amendments changed the rules, not the statutes.
const PA_CATALOG: &str = include_str!("../packs/pa-statutes.toml");

/// Packs compiled into the binary, by id: each is its rules file, then any shared catalog
/// (TOML tables may follow one another, so the two texts read as one file).
const BUILTIN: [(&str, &str, &str); 4] = [
    (
        "pa-act56",
        include_str!("../packs/pa-act56.toml"),
        PA_CATALOG,
    ),
    ("pa-cs3", include_str!("../packs/pa-cs3.toml"), PA_CATALOG),
    ("ca-prop64", include_str!("../packs/ca-prop64.toml"), ""),
    (
        "mi-cleanslate",
        include_str!("../packs/mi-cleanslate.toml"),
        "",
    ),
];

/// Why a rule pack could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// Not TOML, or a key that is missing, unknown or of the wrong type (with its position).
    #[error("the rule pack could not be read: {0}")]
    Syntax(#[from] toml::de::Error),
    /// Well-formed, but the content does not make sense (e.g. an undeclared category).
    #[error("the rule pack is wrong at {at}: {message}")]
    Invalid { at: String, message: String },
}

fn invalid(at: impl Into<String>, message: impl Into<String>) -> PackError {
    PackError::Invalid {
        at: at.into(),
        message: message.into(),
    }
}

/// A loaded, checked rule pack.
#[derive(Clone, Debug)]
pub struct RulePack {
    id: String,
    law_citation: String,
    law_message: String,
    jurisdiction: Jurisdiction,
    catalog: Catalog,
    /// Indexed by `Grade::index`.
    max_term_defaults: Vec<Option<u32>>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) fallbacks: Vec<Fallback>,
    /// Conditions counted over a person's whole record; exceptions and clocks refer to them
    /// by index so the engine evaluates each once per person, not once per charge.
    pub(crate) person_conditions: Vec<Condition>,
    /// The citation lists `statute = [...]` conditions name, normalized; a charge's statute is
    /// matched against all of them once (and cached), giving one bit per list.
    pub(crate) statute_lists: Vec<Vec<String>>,
    /// Rank of each grade, lowest first (`grade_rank`); `None` for a grade not ranked.
    /// Indexed by `Grade::index`. Only "reduce" rules compare grades.
    grade_rank: Vec<Option<u8>>,
    /// Some condition tests the age at the offense, so the engine works it out.
    pub(crate) needs_age: bool,
    /// The pack names a remedy per rule, and `clearance check` writes it.
    declares_remedies: bool,
    /// Fluent ids explaining a remedy as this law words it (what a background check shows,
    /// what the person may answer), where the pack gives one.
    remedy_messages: Vec<(Remedy, String)>,
    /// Fluent ids of the help page's plain-language summary of the law, in order.
    summary_messages: Vec<String>,
    /// The pack of the law that replaced this one, for a law kept for history.
    superseded_by: Option<String>,
}

impl RulePack {
    /// A pack shipped with the program, by id (`pa-act56`).
    pub fn builtin(name: &str) -> Option<RulePack> {
        let (_, rules, catalog) = BUILTIN.iter().find(|(id, _, _)| *id == name)?;
        let text = format!("{rules}\n{catalog}");
        // A unit test loads every built-in pack, so this cannot fail in a tested build.
        Some(RulePack::from_toml(&text).expect("built-in rule pack is valid"))
    }

    /// Ids of the packs [`RulePack::builtin`] knows, for help and error messages.
    pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(id, _, _)| *id)
    }

    /// Loads and checks a pack written in the format described at the top of this module.
    pub fn from_toml(text: &str) -> Result<RulePack, PackError> {
        let raw: RawPack = toml::from_str(text)?;
        compile(raw)
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn law_citation(&self) -> &str {
        &self.law_citation
    }

    /// Fluent message id naming the law in plain words.
    pub fn law_message(&self) -> &str {
        &self.law_message
    }

    /// The state whose extract lines the pack reads; a line of another state is refused.
    pub fn jurisdiction(&self) -> Jurisdiction {
        self.jurisdiction
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Full rule names as decisions carry them (`pa-act56/summary`), in order.
    /// The Fluent id explaining a wait under the rule named `<pack id>/<rule id>`, if the pack
    /// gives one (what the date depends on differs by rule).
    pub fn waiting_message(&self, rule_name: &str) -> Option<&str> {
        self.rules
            .iter()
            .find(|rule| rule.name == rule_name)
            .and_then(|rule| rule.waiting_message.as_deref())
    }

    pub fn rule_names(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().map(|rule| rule.name.as_str())
    }

    /// A charge's maximum term in days: its own, else the catalog's, else its grade's default;
    /// `None` when none of them knows.
    pub fn max_term_days(&self, charge: &Charge) -> Option<u32> {
        self.resolve_max_term(charge, self.catalog.lookup(&charge.statute))
    }

    pub(crate) fn resolve_max_term(
        &self,
        charge: &Charge,
        entry: Option<&StatuteEntry>,
    ) -> Option<u32> {
        charge
            .max_term_days
            .or_else(|| entry.and_then(|e| e.max_term_days))
            .or_else(|| self.grade_max_term(charge.grade))
    }

    /// The Fluent id explaining this remedy as the pack's law words it, if it gives one.
    pub fn remedy_message(&self, remedy: Remedy) -> Option<&str> {
        self.remedy_messages
            .iter()
            .find(|(r, _)| *r == remedy)
            .map(|(_, message)| message.as_str())
    }

    /// The Fluent id of what this remedy means under this law: the pack's own words, else the
    /// shared ones.
    pub fn remedy_meaning(&self, remedy: Remedy) -> String {
        self.remedy_message(remedy)
            .map_or_else(|| remedy.shared_meaning(), str::to_owned)
    }

    /// The id of the pack that replaced this law, if it is kept only for history.
    pub fn superseded_by(&self) -> Option<&str> {
        self.superseded_by.as_deref()
    }

    /// Fluent ids of the plain-language summary of what the law clears, for the help page.
    pub fn summary_messages(&self) -> &[String] {
        &self.summary_messages
    }

    /// Every remedy the pack's rules can give, in the order the rules name them.
    pub fn remedies(&self) -> Vec<Remedy> {
        let mut remedies = Vec::new();
        for rule in &self.rules {
            let named = rule
                .remedy
                .into_iter()
                .chain(rule.remedy_overrides.iter().map(|(_, remedy)| *remedy))
                .chain(rule.tiers.iter().filter_map(|tier| tier.remedy));
            for remedy in named {
                if !remedies.contains(&remedy) {
                    remedies.push(remedy);
                }
            }
        }
        remedies
    }

    /// Whether the pack names remedies (and `clearance check` writes `remedy`).
    pub fn declares_remedies(&self) -> bool {
        self.declares_remedies
    }

    /// Whether `lower` ranks below `than` in the pack's `grade_rank`. A grade not ranked is
    /// never lower: nothing is reduced on a grade the pack does not know.
    pub(crate) fn ranks_below(&self, lower: Grade, than: Grade) -> bool {
        match (
            self.grade_rank[lower.index()],
            self.grade_rank[than.index()],
        ) {
            (Some(lower), Some(than)) => lower < than,
            _ => false,
        }
    }

    /// Bits of the pack's statute lists this citation falls in (itself or a parent listed).
    pub(crate) fn statute_list_bits(&self, statute: &str) -> u64 {
        let citation = self.catalog.canonical(statute);
        self.statute_lists
            .iter()
            .enumerate()
            .filter(|(_, list)| {
                ancestors(&citation).any(|ancestor| list.iter().any(|c| c == ancestor))
            })
            .fold(0, |bits, (i, _)| bits | 1 << i)
    }

    /// The grade's default maximum term, if the pack gives one.
    pub(crate) fn grade_max_term(&self, grade: Grade) -> Option<u32> {
        self.max_term_defaults[grade.index()]
    }
}

/// A test on one charge; every key given must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Condition {
    /// Bit `DispositionKind as usize`.
    pub(crate) dispositions: Option<u16>,
    /// Bit `Grade::index`.
    pub(crate) grades: Option<u64>,
    /// Bit per declared category; the statute must carry at least one.
    pub(crate) categories: Option<u64>,
    pub(crate) max_term_at_most: Option<u32>,
    pub(crate) max_term_at_least: Option<u32>,
    pub(crate) max_term_above: Option<u32>,
    pub(crate) restitution_owed: Option<bool>,
    /// The keys only the newer laws use, boxed so the common conditions stay small and a
    /// pack that uses none of them pays one pointer test.
    pub(crate) more: Option<Box<MoreTests>>,
}

/// Condition keys about statutes, sentences, dates and age, and the `not` / `any` forms.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct MoreTests {
    /// Bit of the pack's statute list (`RulePack::statute_lists`) the citation must fall in.
    pub(crate) statutes: Option<u64>,
    pub(crate) conditional: Option<bool>,
    pub(crate) sentenced: Option<bool>,
    pub(crate) sentence_min_at_least: Option<u32>,
    pub(crate) sentence_min_below: Option<u32>,
    pub(crate) sentence_max_at_least: Option<u32>,
    pub(crate) sentence_max_below: Option<u32>,
    pub(crate) prison: Option<bool>,
    pub(crate) prison_released: Option<bool>,
    pub(crate) offense_before: Option<Date>,
    pub(crate) offense_on_or_after: Option<Date>,
    pub(crate) age_below: Option<u32>,
    pub(crate) age_at_least: Option<u32>,
    pub(crate) not: Option<Condition>,
    /// At least one must hold (empty: no test).
    pub(crate) any: Vec<Condition>,
}

#[derive(Clone, Debug)]
pub(crate) struct Rule {
    /// `<pack id>/<rule id>`, built once so decisions can borrow it.
    pub(crate) name: String,
    /// Fluent id of the sentence for a charge still waiting under this rule.
    pub(crate) waiting_message: Option<String>,
    pub(crate) when: Vec<Condition>,
    pub(crate) wait: Wait,
    pub(crate) exceptions: Vec<Exception>,
    /// What clearing under this rule does; `None` only in packs that name no remedies.
    pub(crate) remedy: Option<Remedy>,
    /// Tried in order before `remedy`: the first whose condition holds gives the remedy.
    pub(crate) remedy_overrides: Vec<(Condition, Remedy)>,
    /// For laws that lower a grade: what the offense would be under the new law. Empty for
    /// rules that clear the charge as it stands.
    pub(crate) tiers: Vec<Tier>,
}

/// One row of a "reduce" rule's table: when it holds, the offense becomes `becomes`.
#[derive(Clone, Debug)]
pub(crate) struct Tier {
    pub(crate) when: Condition,
    /// Counts of the person's convictions dated before this charge's offense; any one reaching
    /// its threshold makes the row hold (with `when`). Empty: no test.
    pub(crate) priors_any: Vec<PriorCount>,
    /// `None`: no offense at all under the new law.
    pub(crate) becomes: Option<Grade>,
    /// Overrides the rule's remedy for this row (a lawful act is dismissed, not reduced).
    pub(crate) remedy: Option<Remedy>,
    /// The reason when `becomes` is not lower than the recorded grade.
    pub(crate) otherwise: Reason,
}

#[derive(Clone, Debug)]
pub(crate) struct PriorCount {
    pub(crate) of: Condition,
    pub(crate) at_least: u32,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Wait {
    pub(crate) period: Period,
    pub(crate) from: ClockStart,
    /// Index into `RulePack::person_conditions`.
    pub(crate) restart_on: Option<usize>,
    /// The eligible date is never earlier than this (the day the law took effect).
    pub(crate) not_before: Option<Date>,
}

/// What a waiting period counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ClockStart {
    Disposition,
    /// The day the sentence was imposed (the disposition date when the extract has none).
    Sentence,
    /// The later of the sentence and the release from a state prison term, if there was one.
    SentenceOrPrisonRelease,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    Days(u32),
    /// Years are kept as 12·N months: that is how the law's "N years" is counted.
    Months(u32),
}

#[derive(Clone, Debug)]
pub(crate) struct Exception {
    pub(crate) reason: Reason,
    pub(crate) test: ExceptionTest,
}

#[derive(Clone, Debug)]
pub(crate) enum ExceptionTest {
    Charge(Condition),
    /// Holds when any count reaches its threshold.
    PersonAny(Vec<PersonCount>),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct PersonCount {
    /// Index into `RulePack::person_conditions`.
    pub(crate) condition: usize,
    pub(crate) at_least: u32,
}

#[derive(Clone, Debug)]
pub(crate) struct Fallback {
    pub(crate) when: Vec<Condition>,
    pub(crate) reason: Reason,
}

/// What the pack knows about one statute (or one range of sections).
#[derive(Clone, Debug, PartialEq)]
pub struct StatuteEntry {
    pub citation: String,
    /// Fluent message id naming the offense in plain words, e.g. `offense-retail-theft`.
    pub offense_message: Option<String>,
    /// The grade the statute fixes, where it fixes one; the engine uses the charge's grade.
    pub grade: Option<Grade>,
    pub max_term_days: Option<u32>,
    /// Own categories plus those of its section and range, in the pack's declaration order.
    pub categories: Vec<String>,
    /// The same categories as bits, so the engine compares integers, not strings.
    pub(crate) category_bits: u64,
}

impl StatuteEntry {
    pub fn has_category(&self, category: &str) -> bool {
        self.categories.iter().any(|c| c == category)
    }
}

/// Citation → what the pack knows about it.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// Keyed by normalized citation.
    entries: HashMap<String, StatuteEntry>,
    ranges: Vec<SectionRange>,
    /// How the state writes an attempt (`664/` in `PC 664/187(a)`): such a citation is read
    /// as the offense attempted.
    attempt_marker: Option<String>,
}

#[derive(Clone, Debug)]
struct SectionRange {
    title: String,
    from: SectionNumber,
    to: SectionNumber,
    /// Answer for a section in the range that has no entry of its own.
    entry: StatuteEntry,
}

impl SectionRange {
    fn contains(&self, section: &SectionNumber) -> bool {
        let upper = &section.parts()[..section.len.min(self.to.len)];
        self.from.parts() <= section.parts() && upper <= self.to.parts()
    }
}

/// A section number as its parts, each a number with up to three trailing lowercase letters:
/// `4915.1` → [4915, 1], `780-113` → [780, 113], `750.81a` → [750, 81a], so that 4915.1 sorts
/// after 4915 and before 4916, and 750.81 < 750.81a < 750.90g < 750.91 (as text they would
/// not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SectionNumber {
    /// Each part is `number << 16 | letters`, letters in base 27 (a = 1), so integer order is
    /// the order above.
    parts: [u64; 4],
    len: usize,
}

impl SectionNumber {
    fn parse(text: &str) -> Option<SectionNumber> {
        let mut number = SectionNumber {
            parts: [0; 4],
            len: 0,
        };
        for part in text.split(['.', '-']) {
            let digits_end = part
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(part.len());
            let (digits, letters) = part.split_at(digits_end);
            if digits.is_empty()
                || letters.len() > 3
                || !letters.bytes().all(|b| b.is_ascii_lowercase())
                || number.len == 4
            {
                return None;
            }
            let letters = letters
                .bytes()
                .chain(std::iter::repeat(b'a' - 1))
                .take(3)
                .fold(0u64, |code, b| code * 27 + u64::from(b - (b'a' - 1)));
            number.parts[number.len] = digits.parse::<u64>().ok()? << 16 | letters;
            number.len += 1;
        }
        Some(number)
    }

    fn parts(&self) -> &[u64] {
        &self.parts[..self.len]
    }
}

impl Catalog {
    /// The entry for a citation: the citation itself, else the nearest listed parent
    /// (`6106(a)(1)` → `6106(a)` → `6106`), else the range its section falls in.
    pub fn lookup(&self, statute: &str) -> Option<&StatuteEntry> {
        let normalized = self.canonical(statute);
        let mut citation: &str = &normalized;
        for ancestor in ancestors(&normalized) {
            if let Some(entry) = self.entries.get(ancestor) {
                return Some(entry);
            }
            citation = ancestor;
        }
        let (title, section) = citation.rsplit_once(' ')?;
        let section = SectionNumber::parse(section)?;
        self.ranges
            .iter()
            .find(|range| range.title == title && range.contains(&section))
            .map(|range| &range.entry)
    }

    /// Every listed statute (not the ranges), in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = &StatuteEntry> {
        self.entries.values()
    }

    /// The citation as the catalog keys it: tidied (see [`normalize_citation`]) and, where
    /// the pack names an attempt marker, read as the offense attempted.
    pub(crate) fn canonical<'s>(&self, statute: &'s str) -> Cow<'s, str> {
        let normalized = normalize_citation(statute);
        match &self.attempt_marker {
            Some(marker) if normalized.contains(&format!(" {marker}")) => {
                Cow::Owned(normalized.replacen(&format!(" {marker}"), " ", 1))
            }
            _ => normalized,
        }
    }
}

/// The citation, then each parent: `6106(a)(1)`, `6106(a)`, `6106`.
fn ancestors(citation: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(citation), |c| parent_citation(c))
}

/// Collapses spacing, drops `§` and lowercases sub-section letters, so `18 Pa.C.S. § 6106 (a)`
/// finds `18 Pa.C.S. 6106(a)` and `HS 11357(B)` finds `HS 11357(b)`.
fn normalize_citation(citation: &str) -> Cow<'_, str> {
    let subsections = citation.find('(').map_or("", |open| &citation[open..]);
    let tidy = citation.trim() == citation
        && !citation.contains('§')
        && !citation.contains("  ")
        && !citation.contains(" (")
        && !citation.contains(|c: char| c.is_whitespace() && c != ' ')
        && !subsections.contains(|c: char| c.is_ascii_uppercase());
    if tidy {
        return Cow::Borrowed(citation);
    }
    let spaced = citation.replace('§', " ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let joined = words.join(" ").replace(" (", "(");
    Cow::Owned(match joined.find('(') {
        Some(open) => format!("{}{}", &joined[..open], joined[open..].to_ascii_lowercase()),
        None => joined,
    })
}

/// `35 P.S. 780-113(a)(31)` → `35 P.S. 780-113(a)`; `None` when nothing is left to strip.
fn parent_citation(citation: &str) -> Option<&str> {
    let body = citation.strip_suffix(')')?;
    let open = body.rfind('(')?;
    Some(&citation[..open])
}

/// `18 Pa.C.S. 6106(a)(1)` → (`18 Pa.C.S.`, `6106`).
fn title_and_section(citation: &str) -> Option<(&str, &str)> {
    let mut section_citation = citation;
    while let Some(parent) = parent_citation(section_citation) {
        section_citation = parent;
    }
    section_citation.rsplit_once(' ')
}

// ---------------------------------------------------------------------------------------------
// The TOML shape. Unknown keys are errors: a misspelt key in a law must not be ignored.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    id: String,
    law_citation: String,
    law_message: String,
    #[serde(default)]
    jurisdiction: Jurisdiction,
    attempt_marker: Option<String>,
    #[serde(default)]
    grade_rank: Vec<Grade>,
    #[serde(default)]
    remedy_messages: BTreeMap<String, String>,
    #[serde(default)]
    summary_messages: Vec<String>,
    superseded_by: Option<String>,
    #[serde(default)]
    categories: BTreeMap<String, String>,
    #[serde(default)]
    max_term_defaults: BTreeMap<String, u32>,
    #[serde(default, rename = "statute")]
    statutes: Vec<RawStatute>,
    #[serde(default, rename = "range")]
    ranges: Vec<RawRange>,
    #[serde(default, rename = "rule")]
    rules: Vec<RawRule>,
    #[serde(default, rename = "fallback")]
    fallbacks: Vec<RawFallback>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatute {
    citation: String,
    offense_message: Option<String>,
    grade: Option<Grade>,
    max_term_days: Option<u32>,
    #[serde(default)]
    categories: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    title: String,
    from: String,
    to: String,
    #[serde(default)]
    categories: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    waiting_message: Option<String>,
    when: Vec<RawCondition>,
    wait: RawWait,
    #[serde(default, rename = "exception")]
    exceptions: Vec<RawException>,
    remedy: Option<String>,
    #[serde(default, rename = "remedy_override")]
    remedy_overrides: Vec<RawRemedyOverride>,
    #[serde(default, rename = "tier")]
    tiers: Vec<RawTier>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWait {
    days: Option<u32>,
    months: Option<u32>,
    years: Option<u32>,
    from: ClockStart,
    restart_on: Option<RawCondition>,
    not_before: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawException {
    reason: String,
    charge: Option<RawCondition>,
    person_any: Option<Vec<RawCount>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCount {
    at_least: u32,
    of: RawCondition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRemedyOverride {
    remedy: String,
    charge: RawCondition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    #[serde(default)]
    when: RawCondition,
    #[serde(default)]
    priors_any: Vec<RawCount>,
    becomes: String,
    remedy: Option<String>,
    otherwise: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFallback {
    when: Vec<RawCondition>,
    reason: String,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    disposition: Option<Vec<DispositionKind>>,
    grade: Option<Vec<Grade>>,
    category: Option<Vec<String>>,
    max_term_at_most: Option<u32>,
    max_term_at_least: Option<u32>,
    max_term_above: Option<u32>,
    restitution_owed: Option<bool>,
    statute: Option<Vec<String>>,
    conditional: Option<bool>,
    sentenced: Option<bool>,
    sentence_min_at_least: Option<u32>,
    sentence_min_below: Option<u32>,
    sentence_max_at_least: Option<u32>,
    sentence_max_below: Option<u32>,
    prison: Option<bool>,
    prison_released: Option<bool>,
    offense_before: Option<String>,
    offense_on_or_after: Option<String>,
    age_below: Option<u32>,
    age_at_least: Option<u32>,
    not: Option<Box<RawCondition>>,
    any: Option<Vec<RawCondition>>,
}

impl RawCondition {
    fn is_empty(&self) -> bool {
        matches!(
            self,
            RawCondition {
                disposition: None,
                grade: None,
                category: None,
                max_term_at_most: None,
                max_term_at_least: None,
                max_term_above: None,
                restitution_owed: None,
                statute: None,
                conditional: None,
                sentenced: None,
                sentence_min_at_least: None,
                sentence_min_below: None,
                sentence_max_at_least: None,
                sentence_max_below: None,
                prison: None,
                prison_released: None,
                offense_before: None,
                offense_on_or_after: None,
                age_below: None,
                age_at_least: None,
                not: None,
                any: None,
            }
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Checking and compiling.

/// Category name → bit, in declaration order.
struct Categories(Vec<String>);

impl Categories {
    fn bits(&self, at: &str, names: &[String]) -> Result<u64, PackError> {
        names.iter().try_fold(0u64, |bits, name| {
            let index = self.0.iter().position(|c| c == name).ok_or_else(|| {
                invalid(
                    at,
                    format!("category \"{name}\" is not declared under [categories]"),
                )
            })?;
            Ok(bits | 1 << index)
        })
    }

    fn names(&self, bits: u64) -> Vec<String> {
        (0..self.0.len())
            .filter(|i| bits & (1 << i) != 0)
            .map(|i| self.0[i].clone())
            .collect()
    }
}

/// What compiling the rules collects beside them: the tables conditions refer to by index.
struct Compiler {
    categories: Categories,
    person_conditions: Vec<Condition>,
    statute_lists: Vec<Vec<String>>,
    needs_age: bool,
}

fn compile(raw: RawPack) -> Result<RulePack, PackError> {
    if !is_identifier(&raw.id) {
        return Err(invalid(
            "id",
            "must be lowercase letters, digits and dashes, like \"pa-act56\"",
        ));
    }
    if raw.law_citation.trim().is_empty() {
        return Err(invalid("law_citation", "must not be empty"));
    }
    check_message_id("law_message", &raw.law_message)?;
    if raw.categories.len() > 64 {
        return Err(invalid("categories", "a pack may declare at most 64"));
    }
    let categories = Categories(raw.categories.into_keys().collect());

    let mut max_term_defaults = vec![None; Grade::count()];
    for (grade, days) in &raw.max_term_defaults {
        let grade = Grade::parse(grade).map_err(|e| invalid("max_term_defaults", e))?;
        max_term_defaults[grade.index()] = Some(*days);
    }
    let mut grade_rank = vec![None; Grade::count()];
    for (rank, grade) in raw.grade_rank.iter().enumerate() {
        if grade_rank[grade.index()].is_some() {
            return Err(invalid(
                "grade_rank",
                format!("\"{grade}\" is listed twice"),
            ));
        }
        grade_rank[grade.index()] = Some(rank as u8);
    }
    if let Some(marker) = &raw.attempt_marker
        && (marker.trim().is_empty() || marker.contains(' '))
    {
        return Err(invalid(
            "attempt_marker",
            "must be the text before the section, like \"664/\"",
        ));
    }

    let mut remedy_messages = Vec::with_capacity(raw.remedy_messages.len());
    for (remedy, message) in &raw.remedy_messages {
        let at = format!("remedy_messages.{remedy}");
        check_message_id(&at, message)?;
        remedy_messages.push((parse_remedy(&at, remedy)?, message.clone()));
    }

    for (i, message) in raw.summary_messages.iter().enumerate() {
        check_message_id(&format!("summary_messages[{i}]"), message)?;
    }

    let mut catalog = compile_catalog(&categories, raw.statutes, raw.ranges)?;
    catalog.attempt_marker = raw.attempt_marker;

    let mut compiler = Compiler {
        categories,
        person_conditions: Vec::new(),
        statute_lists: Vec::new(),
        needs_age: false,
    };
    let mut rules: Vec<Rule> = Vec::with_capacity(raw.rules.len());
    for (r, raw_rule) in raw.rules.into_iter().enumerate() {
        let rule = compiler.rule(&raw.id, &format!("rule[{r}]"), raw_rule, &grade_rank)?;
        if rules.iter().any(|other| other.name == rule.name) {
            return Err(invalid(
                format!("rule[{r}].id"),
                format!("\"{}\" is used twice", rule.name),
            ));
        }
        rules.push(rule);
    }
    let declares_remedies = rules.iter().any(|rule| rule.remedy.is_some());
    if declares_remedies && let Some(r) = rules.iter().position(|rule| rule.remedy.is_none()) {
        return Err(invalid(
            format!("rule[{r}]"),
            "needs a `remedy`: the other rules of this pack name theirs",
        ));
    }

    let mut fallbacks = Vec::with_capacity(raw.fallbacks.len());
    for (f, raw_fallback) in raw.fallbacks.into_iter().enumerate() {
        let at = format!("fallback[{f}]");
        fallbacks.push(Fallback {
            when: compiler.when(&format!("{at}.when"), &raw_fallback.when)?,
            reason: Reason::parse(&raw_fallback.reason)
                .map_err(|e| invalid(format!("{at}.reason"), e))?,
        });
    }
    if compiler.statute_lists.len() > 64 {
        return Err(invalid(
            "rule",
            "a pack may name at most 64 different `statute` lists",
        ));
    }

    Ok(RulePack {
        jurisdiction: raw.jurisdiction,
        id: raw.id,
        law_citation: raw.law_citation,
        law_message: raw.law_message,
        catalog,
        max_term_defaults,
        rules,
        fallbacks,
        person_conditions: compiler.person_conditions,
        statute_lists: compiler.statute_lists,
        grade_rank,
        needs_age: compiler.needs_age,
        declares_remedies,
        remedy_messages,
        summary_messages: raw.summary_messages,
        superseded_by: raw.superseded_by,
    })
}

fn bit(index: usize) -> u16 {
    1 << index
}

fn parse_remedy(at: &str, text: &str) -> Result<Remedy, PackError> {
    Remedy::parse(text).map_err(|e| invalid(at, e))
}

fn parse_reason(at: &str, text: &str) -> Result<Reason, PackError> {
    Reason::parse(text).map_err(|e| invalid(at, e))
}

impl Compiler {
    fn rule(
        &mut self,
        pack_id: &str,
        at: &str,
        raw: RawRule,
        grade_rank: &[Option<u8>],
    ) -> Result<Rule, PackError> {
        if !is_identifier(&raw.id) {
            return Err(invalid(
                format!("{at}.id"),
                "must be lowercase letters, digits and dashes",
            ));
        }
        let when = self.when(&format!("{at}.when"), &raw.when)?;
        for (i, condition) in when.iter().enumerate() {
            let final_only = condition.dispositions.is_some_and(|bits| {
                DispositionKind::ALL
                    .iter()
                    .all(|k| k.is_final() || bits & bit(*k as usize) == 0)
            });
            if !final_only {
                return Err(invalid(
                    format!("{at}.when[{i}]"),
                    "a rule must list `disposition` with final dispositions only, so its \
                     waiting period has a date to start from",
                ));
            }
        }
        let wait = self.wait(&format!("{at}.wait"), raw.wait)?;
        let mut exceptions = Vec::with_capacity(raw.exceptions.len());
        for (e, raw_exception) in raw.exceptions.into_iter().enumerate() {
            exceptions.push(self.exception(&format!("{at}.exception[{e}]"), raw_exception)?);
        }
        if let Some(message) = &raw.waiting_message {
            check_message_id(&format!("{at}.waiting_message"), message)?;
        }
        let remedy = raw
            .remedy
            .as_deref()
            .map(|text| parse_remedy(&format!("{at}.remedy"), text))
            .transpose()?;
        let mut remedy_overrides = Vec::with_capacity(raw.remedy_overrides.len());
        for (o, raw_override) in raw.remedy_overrides.iter().enumerate() {
            let at = format!("{at}.remedy_override[{o}]");
            if remedy.is_none() {
                return Err(invalid(at, "overrides a `remedy` the rule does not name"));
            }
            remedy_overrides.push((
                self.condition(&format!("{at}.charge"), &raw_override.charge)?,
                parse_remedy(&format!("{at}.remedy"), &raw_override.remedy)?,
            ));
        }
        let mut tiers = Vec::with_capacity(raw.tiers.len());
        for (t, raw_tier) in raw.tiers.iter().enumerate() {
            tiers.push(self.tier(&format!("{at}.tier[{t}]"), raw_tier, remedy, grade_rank)?);
        }
        if let Some(last) = raw.tiers.last()
            && !(last.when.is_empty() && last.priors_any.is_empty())
        {
            return Err(invalid(
                format!("{at}.tier[{}]", raw.tiers.len() - 1),
                "the last tier must have no `when` or `priors_any`, so every charge gets one",
            ));
        }
        Ok(Rule {
            name: format!("{pack_id}/{}", raw.id),
            waiting_message: raw.waiting_message,
            when,
            wait,
            exceptions,
            remedy,
            remedy_overrides,
            tiers,
        })
    }

    fn tier(
        &mut self,
        at: &str,
        raw: &RawTier,
        rule_remedy: Option<Remedy>,
        grade_rank: &[Option<u8>],
    ) -> Result<Tier, PackError> {
        let becomes = match raw.becomes.as_str() {
            "lawful" => None,
            grade => {
                let grade = Grade::parse(grade).map_err(|e| invalid(format!("{at}.becomes"), e))?;
                if grade_rank[grade.index()].is_none() {
                    return Err(invalid(
                        format!("{at}.becomes"),
                        format!("\"{grade}\" is not in `grade_rank`, so it cannot be compared"),
                    ));
                }
                Some(grade)
            }
        };
        let remedy = raw
            .remedy
            .as_deref()
            .map(|text| parse_remedy(&format!("{at}.remedy"), text))
            .transpose()?;
        if remedy.or(rule_remedy).is_none() {
            return Err(invalid(
                at,
                "needs a `remedy`, here or on its rule, for when it lowers the offense",
            ));
        }
        if becomes.is_none() && remedy.or(rule_remedy) == Some(Remedy::Reduce) {
            return Err(invalid(
                format!("{at}.remedy"),
                "a lawful act cannot be reduced: name the remedy that removes it",
            ));
        }
        let mut priors_any = Vec::with_capacity(raw.priors_any.len());
        for (i, count) in raw.priors_any.iter().enumerate() {
            let at = format!("{at}.priors_any[{i}]");
            priors_any.push(PriorCount {
                of: self.condition(&format!("{at}.of"), &count.of)?,
                at_least: positive(&at, count.at_least)?,
            });
        }
        Ok(Tier {
            when: self.condition(&format!("{at}.when"), &raw.when)?,
            priors_any,
            becomes,
            remedy,
            otherwise: match &raw.otherwise {
                Some(text) => parse_reason(&format!("{at}.otherwise"), text)?,
                None => Reason::NoLesserOffense,
            },
        })
    }

    fn when(&mut self, at: &str, raw: &[RawCondition]) -> Result<Vec<Condition>, PackError> {
        if raw.is_empty() {
            return Err(invalid(at, "must list at least one condition"));
        }
        raw.iter()
            .enumerate()
            .map(|(i, c)| self.condition(&format!("{at}[{i}]"), c))
            .collect()
    }

    fn condition(&mut self, at: &str, raw: &RawCondition) -> Result<Condition, PackError> {
        fn non_empty<'a, T>(
            at: &str,
            key: &str,
            list: &'a Option<Vec<T>>,
        ) -> Result<Option<&'a [T]>, PackError> {
            match list {
                Some(items) if items.is_empty() => Err(invalid(
                    format!("{at}.{key}"),
                    "must list at least one value",
                )),
                Some(items) => Ok(Some(items)),
                None => Ok(None),
            }
        }
        let date = |key: &str, text: &Option<String>| {
            text.as_deref()
                .map(|text| parse_date(text).map_err(|e| invalid(format!("{at}.{key}"), e)))
                .transpose()
        };
        let dispositions = non_empty(at, "disposition", &raw.disposition)?
            .map(|kinds| kinds.iter().fold(0, |bits, k| bits | bit(*k as usize)));
        let grades = non_empty(at, "grade", &raw.grade)?
            .map(|grades| grades.iter().fold(0u64, |bits, g| bits | 1 << g.index()));
        let category_bits = match non_empty(at, "category", &raw.category)? {
            Some(names) => Some(self.categories.bits(&format!("{at}.category"), names)?),
            None => None,
        };
        let statutes =
            non_empty(at, "statute", &raw.statute)?.map(|citations| self.statute_list(citations));
        let not = match &raw.not {
            Some(inner) => Some(self.condition(&format!("{at}.not"), inner)?),
            None => None,
        };
        let any = match non_empty(at, "any", &raw.any)? {
            Some(list) => self.when(&format!("{at}.any"), list)?,
            None => Vec::new(),
        };
        self.needs_age |= raw.age_below.is_some() || raw.age_at_least.is_some();
        let more = MoreTests {
            statutes,
            conditional: raw.conditional,
            sentenced: raw.sentenced,
            sentence_min_at_least: raw.sentence_min_at_least,
            sentence_min_below: raw.sentence_min_below,
            sentence_max_at_least: raw.sentence_max_at_least,
            sentence_max_below: raw.sentence_max_below,
            prison: raw.prison,
            prison_released: raw.prison_released,
            offense_before: date("offense_before", &raw.offense_before)?,
            offense_on_or_after: date("offense_on_or_after", &raw.offense_on_or_after)?,
            age_below: raw.age_below,
            age_at_least: raw.age_at_least,
            not,
            any,
        };
        Ok(Condition {
            dispositions,
            grades,
            categories: category_bits,
            max_term_at_most: raw.max_term_at_most,
            max_term_at_least: raw.max_term_at_least,
            max_term_above: raw.max_term_above,
            restitution_owed: raw.restitution_owed,
            more: (more != MoreTests::default()).then(|| Box::new(more)),
        })
    }

    /// The bit of this list of citations, registering it the first time it is named.
    fn statute_list(&mut self, citations: &[String]) -> u64 {
        let list: Vec<String> = citations
            .iter()
            .map(|c| normalize_citation(c).into_owned())
            .collect();
        let index = match self.statute_lists.iter().position(|l| *l == list) {
            Some(index) => index,
            None => {
                self.statute_lists.push(list);
                self.statute_lists.len() - 1
            }
        };
        // Past 64 lists the pack is refused after compiling; the bit is never used then.
        1u64.checked_shl(index as u32).unwrap_or(0)
    }

    /// Registers a person-level condition once and returns its index.
    fn person_condition(&mut self, condition: Condition) -> usize {
        match self.person_conditions.iter().position(|c| *c == condition) {
            Some(index) => index,
            None => {
                self.person_conditions.push(condition);
                self.person_conditions.len() - 1
            }
        }
    }

    fn wait(&mut self, at: &str, raw: RawWait) -> Result<Wait, PackError> {
        let period = match (raw.days, raw.months, raw.years) {
            (Some(days), None, None) => Period::Days(days),
            (None, Some(months), None) => Period::Months(months),
            (None, None, Some(years)) => Period::Months(
                years
                    .checked_mul(12)
                    .ok_or_else(|| invalid(format!("{at}.years"), "is too large"))?,
            ),
            _ => {
                return Err(invalid(
                    at,
                    "give exactly one of `days`, `months` or `years`",
                ));
            }
        };
        let restart_on = match &raw.restart_on {
            Some(raw_condition) => {
                let condition = self.condition(&format!("{at}.restart_on"), raw_condition)?;
                Some(self.person_condition(condition))
            }
            None => None,
        };
        let not_before = raw
            .not_before
            .as_deref()
            .map(|text| parse_date(text).map_err(|e| invalid(format!("{at}.not_before"), e)))
            .transpose()?;
        Ok(Wait {
            period,
            from: raw.from,
            restart_on,
            not_before,
        })
    }

    fn exception(&mut self, at: &str, raw: RawException) -> Result<Exception, PackError> {
        let reason = parse_reason(&format!("{at}.reason"), &raw.reason)?;
        let test = match (raw.charge, raw.person_any) {
            (Some(condition), None) => {
                ExceptionTest::Charge(self.condition(&format!("{at}.charge"), &condition)?)
            }
            (None, Some(counts)) => {
                if counts.is_empty() {
                    return Err(invalid(
                        format!("{at}.person_any"),
                        "must list at least one count",
                    ));
                }
                let mut compiled = Vec::with_capacity(counts.len());
                for (i, count) in counts.iter().enumerate() {
                    let at = format!("{at}.person_any[{i}]");
                    let at_least = positive(&at, count.at_least)?;
                    let condition = self.condition(&format!("{at}.of"), &count.of)?;
                    compiled.push(PersonCount {
                        condition: self.person_condition(condition),
                        at_least,
                    });
                }
                ExceptionTest::PersonAny(compiled)
            }
            _ => {
                return Err(invalid(at, "give exactly one of `charge` or `person_any`"));
            }
        };
        Ok(Exception { reason, test })
    }
}

fn positive(at: &str, at_least: u32) -> Result<u32, PackError> {
    if at_least == 0 {
        Err(invalid(
            format!("{at}.at_least"),
            "must be 1 or more (0 would always hold)",
        ))
    } else {
        Ok(at_least)
    }
}

fn compile_catalog(
    categories: &Categories,
    raw_statutes: Vec<RawStatute>,
    raw_ranges: Vec<RawRange>,
) -> Result<Catalog, PackError> {
    let mut ranges: Vec<SectionRange> = Vec::with_capacity(raw_ranges.len());
    for (r, raw) in raw_ranges.into_iter().enumerate() {
        let at = format!("range[{r}]");
        let section = |key: &str, text: &str| {
            SectionNumber::parse(text).ok_or_else(|| {
                invalid(
                    format!("{at}.{key}"),
                    format!("\"{text}\" is not a section number like 2501 or 4915.1"),
                )
            })
        };
        let from = section("from", &raw.from)?;
        let to = section("to", &raw.to)?;
        let title = normalize_citation(&raw.title).into_owned();
        if title.is_empty() {
            return Err(invalid(format!("{at}.title"), "must not be empty"));
        }
        let bits = categories.bits(&format!("{at}.categories"), &raw.categories)?;
        let range = SectionRange {
            entry: StatuteEntry {
                citation: format!("{title} {}–{}", raw.from, raw.to),
                offense_message: None,
                grade: None,
                max_term_days: None,
                categories: categories.names(bits),
                category_bits: bits,
            },
            title,
            from,
            to,
        };
        if !range.contains(&from) {
            return Err(invalid(at, "`from` comes after `to`"));
        }
        // Overlaps would make a section's categories depend on the order of the file.
        if let Some(other) = ranges.iter().position(|o| {
            o.title == range.title && (o.contains(&range.from) || range.contains(&o.from))
        }) {
            return Err(invalid(at, format!("overlaps range[{other}]")));
        }
        ranges.push(range);
    }

    let mut entries: HashMap<String, StatuteEntry> = HashMap::with_capacity(raw_statutes.len());
    for (s, raw) in raw_statutes.into_iter().enumerate() {
        let at = format!("statute[{s}]");
        let citation = normalize_citation(&raw.citation).into_owned();
        if title_and_section(&citation)
            .is_none_or(|(title, section)| title.is_empty() || section.is_empty())
        {
            return Err(invalid(
                format!("{at}.citation"),
                "must be a title and a section, like \"18 Pa.C.S. 3929\"",
            ));
        }
        if let Some(message) = &raw.offense_message {
            check_message_id(&format!("{at}.offense_message"), message)?;
        }
        let bits = categories.bits(&format!("{at}.categories"), &raw.categories)?;
        if entries.contains_key(&citation) {
            return Err(invalid(
                format!("{at}.citation"),
                format!("\"{citation}\" is listed twice"),
            ));
        }
        let entry = StatuteEntry {
            citation: citation.clone(),
            offense_message: raw.offense_message,
            grade: raw.grade,
            max_term_days: raw.max_term_days,
            categories: Vec::new(),
            category_bits: bits,
        };
        entries.insert(citation, entry);
    }

    // A category of a section holds for each of its sub-sections, and a range's for each
    // section in it: resolved here once so a lookup is a single answer.
    // Likewise a sub-section without a maximum term of its own has its nearest listed
    // section's (`MCL 257.625(4)` is punished as `MCL 257.625` unless listed otherwise).
    let inherited: Vec<(String, u64, Option<u32>)> = entries
        .iter()
        .map(|(citation, entry)| {
            let mut bits = 0;
            let mut max_term_days = entry.max_term_days;
            let mut ancestor = citation.as_str();
            while let Some(parent) = parent_citation(ancestor) {
                ancestor = parent;
                if let Some(parent_entry) = entries.get(ancestor) {
                    bits |= parent_entry.category_bits;
                    max_term_days = max_term_days.or(parent_entry.max_term_days);
                }
            }
            if let Some((title, section)) = ancestor.rsplit_once(' ')
                && let Some(section) = SectionNumber::parse(section)
                && let Some(range) = ranges
                    .iter()
                    .find(|r| r.title == title && r.contains(&section))
            {
                bits |= range.entry.category_bits;
            }
            (citation.clone(), bits, max_term_days)
        })
        .collect();
    for (citation, bits, max_term_days) in inherited {
        if let Some(entry) = entries.get_mut(&citation) {
            entry.category_bits |= bits;
            entry.max_term_days = max_term_days;
            entry.categories = categories.names(entry.category_bits);
        }
    }
    Ok(Catalog {
        entries,
        ranges,
        attempt_marker: None,
    })
}

fn is_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn check_message_id(at: &str, id: &str) -> Result<(), PackError> {
    let kebab = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if kebab {
        Ok(())
    } else {
        Err(invalid(
            at,
            format!("\"{id}\" is not a Fluent message id (kebab-case, like \"offense-dui\")"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn pa() -> RulePack {
        RulePack::builtin("pa-act56").unwrap()
    }

    fn entry(statute: &str) -> StatuteEntry {
        pa().catalog()
            .lookup(statute)
            .unwrap_or_else(|| panic!("{statute} is in the catalog"))
            .clone()
    }

    #[test]
    fn every_builtin_pack_loads() {
        for id in RulePack::builtin_ids() {
            let pack = RulePack::builtin(id).unwrap();
            assert_eq!(pack.id(), id);
        }
        assert!(RulePack::builtin("xx-none").is_none());
    }

    #[test]
    fn pa_act56_names_its_law_and_rules() {
        let pack = pa();
        assert_eq!(pack.id(), "pa-act56");
        assert_eq!(
            pack.law_citation(),
            "Pennsylvania Act 56 of 2018, 18 Pa.C.S. §§ 9122.2–9122.3"
        );
        assert_eq!(pack.law_message(), "law-pa-act56");
        let rules: Vec<_> = pack.rule_names().collect();
        assert_eq!(
            rules,
            [
                "pa-act56/pardon",
                "pa-act56/non-conviction",
                "pa-act56/summary",
                "pa-act56/misdemeanor"
            ]
        );
    }

    #[test]
    fn catalog_finds_a_subsection_through_its_section() {
        let found = entry("18 Pa.C.S. 6106(a)(1)");
        assert_eq!(found.citation, "18 Pa.C.S. 6106");
        assert_eq!(
            found.offense_message.as_deref(),
            Some("offense-firearms-without-license")
        );
        assert!(found.has_category("firearms"));
        assert_eq!(entry("75 Pa.C.S. 3802(a)(1)").max_term_days, Some(180));
    }

    #[test]
    fn catalog_keeps_each_controlled_substance_paragraph_apart() {
        let max = |s: &str| entry(s).max_term_days;
        assert_eq!(max("35 P.S. 780-113(a)(16)"), Some(365));
        assert_eq!(max("35 P.S. 780-113(a)(31)"), Some(30));
        assert_eq!(max("35 P.S. 780-113(a)(32)"), Some(365));
        assert_eq!(max("35 P.S. 780-113(a)(31)(i)"), Some(30));
        let pwid = entry("35 P.S. 780-113(a)(30)");
        assert_eq!(pwid.grade.map(Grade::as_str), Some("F"));
        assert_eq!(
            pwid.offense_message.as_deref(),
            Some("offense-possession-with-intent-to-deliver")
        );
        assert!(pa().catalog().lookup("35 P.S. 780-113(a)(33)").is_none());
        assert!(pa().catalog().lookup("35 P.S. 780-113").is_none());
    }

    #[test]
    fn catalog_range_gives_categories_to_unlisted_sections() {
        let catalog = pa().catalog().clone();
        let strangulation = catalog.lookup("18 Pa.C.S. 2718(a)(1)").unwrap();
        assert_eq!(strangulation.categories, ["danger_to_person"]);
        assert_eq!(strangulation.offense_message, None);
        assert!(
            catalog
                .lookup("18 Pa.C.S. 3299")
                .unwrap()
                .has_category("danger_to_person")
        );
        assert!(
            catalog
                .lookup("18 Pa.C.S. 2501")
                .unwrap()
                .has_category("danger_to_person")
        );
        assert!(
            catalog
                .lookup("18 Pa.C.S. 4399")
                .unwrap()
                .has_category("against_family")
        );
        // Decimal sections belong to the range of their whole-number section.
        assert!(
            catalog
                .lookup("18 Pa.C.S. 6105.1")
                .unwrap()
                .has_category("firearms")
        );
        assert!(
            catalog
                .lookup("18 Pa.C.S. 6199.1")
                .unwrap()
                .has_category("firearms")
        );
        for outside in [
            "18 Pa.C.S. 2500",
            "18 Pa.C.S. 3300",
            "18 Pa.C.S. 6200",
            "75 Pa.C.S. 2701",
        ] {
            assert!(catalog.lookup(outside).is_none(), "{outside}");
        }
    }

    #[test]
    fn listed_sections_also_carry_their_range_categories() {
        assert_eq!(entry("18 Pa.C.S. 2701").categories, ["danger_to_person"]);
        assert_eq!(
            entry("18 Pa.C.S. 3127").categories,
            ["danger_to_person", "disqualifying"]
        );
        assert_eq!(
            entry("18 Pa.C.S. 6301").categories,
            ["corruption_of_minors", "disqualifying"]
        );
        assert!(entry("18 Pa.C.S. 4304").has_category("against_family"));
        assert!(entry("18 Pa.C.S. 3929").categories.is_empty());
    }

    #[test]
    fn catalog_sections_compare_numerically() {
        let catalog = pa().catalog().clone();
        assert!(
            catalog
                .lookup("18 Pa.C.S. 4915.1")
                .unwrap()
                .has_category("disqualifying")
        );
        assert!(
            catalog
                .lookup("18 Pa.C.S. 4915.1(a)(2)")
                .unwrap()
                .has_category("disqualifying")
        );
        assert!(catalog.lookup("18 Pa.C.S. 4915").is_none());
        let privacy = catalog.lookup("18 Pa.C.S. 7507.1").unwrap();
        assert!(
            privacy.has_category("sexual_registration") && privacy.has_category("disqualifying")
        );
        assert!(catalog.lookup("18 Pa.C.S. 7507").is_none());
        let n = |s| SectionNumber::parse(s).unwrap();
        assert!(n("4915").parts() < n("4915.1").parts());
        assert!(n("4915.1").parts() < n("4916").parts());
        assert!(n("999").parts() < n("4915").parts(), "not text order");
        // Michigan's lettered sections (rules/mi-cleanslate.md § Terms).
        assert!(n("750.81").parts() < n("750.81a").parts());
        assert!(n("750.81a").parts() < n("750.90g").parts());
        assert!(n("750.90g").parts() < n("750.90h").parts());
        assert!(n("750.90h").parts() < n("750.91").parts());
        assert!(n("750.81z").parts() < n("750.82").parts());
        assert!(n("750.157n").parts() < n("750.157na").parts());
        assert_eq!(SectionNumber::parse("61A"), None);
        assert_eq!(SectionNumber::parse("61abcd"), None);
        assert_eq!(SectionNumber::parse("a61"), None);
        assert_eq!(SectionNumber::parse("6106."), None);
    }

    #[test]
    fn catalog_tidies_spacing_and_section_signs() {
        assert_eq!(
            entry("18 Pa.C.S. § 6106 (a)(1)").citation,
            "18 Pa.C.S. 6106"
        );
        assert_eq!(entry(" 18  Pa.C.S.\t3929 ").citation, "18 Pa.C.S. 3929");
        assert_eq!(entry("35 P.S. 780-113 (a)(31)").max_term_days, Some(30));
    }

    #[test]
    fn catalog_carries_every_category_the_spec_requires() {
        let required = [
            ("danger_to_person", "18 Pa.C.S. 2501"),
            ("danger_to_person", "18 Pa.C.S. 3299"),
            ("against_family", "18 Pa.C.S. 4301"),
            ("against_family", "18 Pa.C.S. 4399"),
            ("firearms", "18 Pa.C.S. 6101"),
            ("firearms", "18 Pa.C.S. 6199"),
            ("sexual_registration", "18 Pa.C.S. 6312"),
            ("sexual_registration", "18 Pa.C.S. 6318"),
            ("sexual_registration", "18 Pa.C.S. 6320"),
            ("sexual_registration", "18 Pa.C.S. 7507.1"),
            ("animal_cruelty", "18 Pa.C.S. 5533"),
            ("corruption_of_minors", "18 Pa.C.S. 6301"),
        ];
        for (category, statute) in required {
            assert!(
                entry(statute).has_category(category),
                "{statute} {category}"
            );
        }
        for statute in [
            "3127", "3129", "4915.1", "4915.2", "5122", "5510", "5515", "6301", "7507.1",
        ] {
            let statute = format!("18 Pa.C.S. {statute}");
            assert!(entry(&statute).has_category("disqualifying"), "{statute}");
        }
    }

    #[test]
    fn catalog_names_common_offenses_in_plain_words() {
        for statute in [
            "18 Pa.C.S. 3929",
            "18 Pa.C.S. 3921",
            "18 Pa.C.S. 3925",
            "18 Pa.C.S. 3503",
            "18 Pa.C.S. 3502",
            "18 Pa.C.S. 3304",
            "18 Pa.C.S. 2701",
            "18 Pa.C.S. 2702",
            "18 Pa.C.S. 2709",
            "18 Pa.C.S. 5503",
            "18 Pa.C.S. 5505",
            "18 Pa.C.S. 5104",
            "18 Pa.C.S. 4101",
            "18 Pa.C.S. 4106",
            "18 Pa.C.S. 6106",
            "18 Pa.C.S. 6308",
            "18 Pa.C.S. 6301",
            "18 Pa.C.S. 5533",
            "18 Pa.C.S. 4304",
            "18 Pa.C.S. 3127",
            "18 Pa.C.S. 7512",
            "35 P.S. 780-113(a)(16)",
            "35 P.S. 780-113(a)(31)",
            "35 P.S. 780-113(a)(32)",
            "35 P.S. 780-113(a)(30)",
            "75 Pa.C.S. 3802",
            "75 Pa.C.S. 1543",
            "75 Pa.C.S. 3743",
        ] {
            let found = entry(statute);
            assert_eq!(
                found.citation, statute,
                "listed itself, not through a range"
            );
            assert!(
                found
                    .offense_message
                    .as_deref()
                    .is_some_and(|m| m.starts_with("offense-")),
                "{statute} has a plain-language name"
            );
        }
    }

    /// Message ids defined in a locale's Fluent files (lines `id = …`).
    fn fluent_ids(locale: &str) -> BTreeSet<String> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .join(locale);
        let text: String = ["offenses.ftl", "help.ftl", "main.ftl"]
            .iter()
            .map(|file| std::fs::read_to_string(folder.join(file)).unwrap())
            .collect();
        text.lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id.to_owned())
            .collect()
    }

    #[test]
    fn every_message_a_pack_names_exists_in_english_and_spanish() {
        let english = fluent_ids("en");
        let spanish = fluent_ids("es");
        assert_eq!(english, spanish, "both languages define the same messages");
        for id in RulePack::builtin_ids() {
            let pack = RulePack::builtin(id).unwrap();
            assert!(
                english.contains(pack.law_message()),
                "{}",
                pack.law_message()
            );
            for rule in pack.rule_names() {
                let message = pack
                    .waiting_message(rule)
                    .unwrap_or_else(|| panic!("{rule} explains its wait"));
                assert!(english.contains(message), "{message} is missing in en");
                assert!(spanish.contains(message), "{message} is missing in es");
            }
            assert!(
                !pack.summary_messages().is_empty(),
                "{id} summarises its law"
            );
            for message in pack.summary_messages() {
                assert!(english.contains(message), "{message} is missing in en");
                assert!(spanish.contains(message), "{message} is missing in es");
            }
            for remedy in Remedy::ALL {
                if let Some(message) = pack.remedy_message(remedy) {
                    assert!(english.contains(message), "{message} is missing in en");
                    assert!(spanish.contains(message), "{message} is missing in es");
                }
            }
            for entry in pack.catalog().entries() {
                if let Some(message) = &entry.offense_message {
                    assert!(message.starts_with("offense-"), "{message}");
                    assert!(english.contains(message), "{message} is missing in en");
                    assert!(spanish.contains(message), "{message} is missing in es");
                }
            }
        }
    }

    #[test]
    fn maximum_term_comes_from_charge_then_catalog_then_grade() {
        let pack = pa();
        let charge = |statute: &str, grade: &str, max: Option<u32>| Charge {
            max_term_days: max,
            ..crate::engine::tests::charge(statute, grade, "convicted", Some("2010-01-01"))
        };
        assert_eq!(
            pack.max_term_days(&charge("35 P.S. 780-113(a)(31)", "M", Some(400))),
            Some(400)
        );
        assert_eq!(
            pack.max_term_days(&charge("35 P.S. 780-113(a)(31)", "M", None)),
            Some(30)
        );
        assert_eq!(
            pack.max_term_days(&charge("18 Pa.C.S. 3921", "M2", None)),
            Some(730)
        );
        assert_eq!(
            pack.max_term_days(&charge("18 Pa.C.S. 2718", "F1", None)),
            Some(7300)
        );
        for (grade, days) in [
            ("F2", 3650),
            ("F3", 2555),
            ("F", 2555),
            ("M1", 1825),
            ("M3", 365),
            ("S", 90),
        ] {
            assert_eq!(
                pack.max_term_days(&charge("18 Pa.C.S. 9999", grade, None)),
                Some(days)
            );
        }
        assert_eq!(
            pack.max_term_days(&charge("18 Pa.C.S. 9999", "M", None)),
            None
        );
    }

    const MINIMAL: &str = r#"
        id = "test"
        law_citation = "Test Act"
        law_message = "law-test"
        [categories]
        violent = "Violent offenses"
        [[rule]]
        id = "pardon"
        when = [{ disposition = ["pardoned"] }]
        wait = { days = 0, from = "disposition" }
    "#;

    fn load_error(extra: &str) -> String {
        RulePack::from_toml(&format!("{MINIMAL}\n{extra}"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn minimal_pack_loads() {
        assert!(RulePack::from_toml(MINIMAL).is_ok());
    }

    #[test]
    fn rejects_unknown_keys_with_their_position() {
        let err = load_error("[[statute]]\ncitation = \"18 Pa.C.S. 1\"\nmax_term = 3");
        assert!(err.contains("unknown field `max_term`"), "{err}");
        assert!(err.contains("line"), "{err}");
    }

    #[test]
    fn rejects_undeclared_categories() {
        let err = load_error("[[statute]]\ncitation = \"18 Pa.C.S. 1\"\ncategories = [\"violnt\"]");
        assert!(
            err.contains("statute[0].categories") && err.contains("\"violnt\""),
            "{err}"
        );
    }

    #[test]
    fn rejects_overlapping_ranges() {
        let err = load_error(
            "[[range]]\ntitle = \"18 Pa.C.S.\"\nfrom = \"100\"\nto = \"200\"\n\
             [[range]]\ntitle = \"18 Pa.C.S.\"\nfrom = \"150.5\"\nto = \"300\"",
        );
        assert!(
            err.contains("range[1]") && err.contains("overlaps range[0]"),
            "{err}"
        );
        let err = load_error("[[range]]\ntitle = \"18 Pa.C.S.\"\nfrom = \"300\"\nto = \"200\"");
        assert!(err.contains("after"), "{err}");
    }

    #[test]
    fn rejects_duplicate_citations() {
        let err = load_error(
            "[[statute]]\ncitation = \"18 Pa.C.S. 1\"\n[[statute]]\ncitation = \"18 Pa.C.S.  1\"",
        );
        assert!(err.contains("listed twice"), "{err}");
    }

    #[test]
    fn rejects_rules_that_can_match_undecided_charges() {
        let err = load_error(
            "[[rule]]\nid = \"any\"\nwhen = [{ grade = [\"S\"] }]\nwait = { days = 1, from = \"disposition\" }",
        );
        assert!(
            err.contains("rule[1].when[0]") && err.contains("final"),
            "{err}"
        );
        let err = load_error(
            "[[rule]]\nid = \"open\"\nwhen = [{ disposition = [\"pending\"] }]\nwait = { days = 1, from = \"disposition\" }",
        );
        assert!(err.contains("final"), "{err}");
    }

    #[test]
    fn rejects_unclear_waits_exceptions_and_reasons() {
        let rule = |wait: &str, exception: &str| {
            load_error(&format!(
                "[[rule]]\nid = \"r\"\nwhen = [{{ disposition = [\"convicted\"] }}]\nwait = {wait}\n{exception}"
            ))
        };
        let err = rule("{ days = 1, years = 1, from = \"disposition\" }", "");
        assert!(err.contains("exactly one of `days`"), "{err}");
        let err = rule("{ days = 1, from = \"arrest\" }", "");
        assert!(err.contains("unknown variant `arrest`"), "{err}");
        let err = rule(
            "{ days = 1, from = \"disposition\" }",
            "[[rule.exception]]\nreason = \"too_soon\"\ncharge = {}",
        );
        assert!(err.contains("\"too_soon\" is not a reason"), "{err}");
        let err = rule(
            "{ days = 1, from = \"disposition\" }",
            "[[rule.exception]]\nreason = \"not_final\"",
        );
        assert!(
            err.contains("exactly one of `charge` or `person_any`"),
            "{err}"
        );
        let err = rule(
            "{ days = 1, from = \"disposition\" }",
            "[[rule.exception]]\nreason = \"not_final\"\nperson_any = [{ at_least = 0, of = {} }]",
        );
        assert!(err.contains("at_least"), "{err}");
        let err = load_error("[[fallback]]\nwhen = [{}]\nreason = \"nope\"");
        assert!(err.contains("fallback[0].reason"), "{err}");
    }

    #[test]
    fn rejects_bad_ids_and_message_ids() {
        let err = RulePack::from_toml(&MINIMAL.replace("law-test", "Law Test")).unwrap_err();
        assert!(err.to_string().contains("law_message"), "{err}");
        let err = RulePack::from_toml(&MINIMAL.replace("\"test\"", "\"Test Pack\"")).unwrap_err();
        assert!(err.to_string().contains("at id"), "{err}");
        let err =
            load_error("[[statute]]\ncitation = \"18 Pa.C.S. 1\"\noffense_message = \"offense_x\"");
        assert!(err.contains("offense_message"), "{err}");
        let err = load_error("[[statute]]\ncitation = \"3929\"");
        assert!(err.contains("title and a section"), "{err}");
    }
}
