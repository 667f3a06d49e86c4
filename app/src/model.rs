//! Plain data the pages render; the server fills these from the store (no SQL in this crate).

use myrecord_clearance::decision::{Reason, Remedy};
use myrecord_clearance::domain::{DispositionKind, Grade};
use time::{Date, Time};

/// Which menu the signed-in account gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavRole {
    Person,
    LegalAid,
    Reviewer,
    Admin,
}

impl NavRole {
    /// Fluent id of the role's name.
    pub fn message(self) -> &'static str {
        match self {
            NavRole::Person => "role-person",
            NavRole::LegalAid => "role-legal-aid",
            NavRole::Reviewer => "role-reviewer",
            NavRole::Admin => "role-admin",
        }
    }
}

/// Where a person can reach a human, as the deployment configures it: the state's criminal
/// records office and the legal aid organisations that help with records.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    #[serde(default)]
    pub agency: Option<Office>,
    #[serde(default)]
    pub legal_aid: Vec<Office>,
}

/// An office people can call, write to or visit.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    /// The counties a legal aid organisation serves; empty: the whole state.
    #[serde(default)]
    pub counties: Vec<String>,
}

/// Who is looking at the page, as far as the layout needs to know.
#[derive(Clone, Debug, Default)]
pub struct Viewer {
    pub signed_in: bool,
    /// The signed-in account's role, which decides the menu.
    pub nav_role: Option<NavRole>,
    /// Anti-forgery token for every form on the page (the sign-out button included).
    pub csrf_token: String,
    /// The path of the current page, so the language switcher can come back to it.
    pub current_path: String,
    /// Where to reach a human, for the pages that say so.
    pub contacts: std::sync::Arc<Contacts>,
    /// Fluent id naming the law in force (`law-pa-cs3`), for the pages that name it.
    pub law_in_force: String,
}

/// Who reads a record: the person it is about ("You were found guilty…"), or someone helping
/// or reviewing ("The person was found guilty…").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Person,
    Other,
}

impl Reader {
    /// The `$reader` argument of the Fluent messages that speak to or about the person.
    pub fn fluent_arg(self) -> &'static str {
        match self {
            Reader::Person => "self",
            Reader::Other => "other",
        }
    }
}

impl Viewer {
    /// People only ever see their own record; every other role reads someone else's.
    pub fn reader(&self) -> Reader {
        if self.nav_role == Some(NavRole::Person) {
            Reader::Person
        } else {
            Reader::Other
        }
    }
}

/// Where a charge stands with automatic clearance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChargeStatus {
    /// Hidden from public background checks; sealed, never destroyed.
    Cleared,
    /// Will be eligible on a known date if nothing changes.
    Waiting,
    /// Not eligible under the law as it stands.
    NotCleared,
    /// No clearance run has looked at this charge yet.
    NotYetReviewed,
}

impl ChargeStatus {
    /// Suffix of the Fluent ids (`status-…`) and of the `status-tag--…` CSS modifier.
    pub fn key(self) -> &'static str {
        match self {
            ChargeStatus::Cleared => "cleared",
            ChargeStatus::Waiting => "waiting",
            ChargeStatus::NotCleared => "not-cleared",
            ChargeStatus::NotYetReviewed => "not-reviewed",
        }
    }
}

/// A clearance decision as the record page explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionView {
    /// Why it is not (yet) cleared, in the engine's order.
    pub reasons: Vec<Reason>,
    /// Date the charge was or will be cleared, when there is one.
    pub date: Option<Date>,
    /// Fluent id naming the law the decision was made under.
    pub law_message: String,
    /// Fluent id of the sentence for a wait under the deciding rule (what the date depends on).
    pub waiting_message: String,
    /// What clearing does, under laws that name it (none under pa-act56: sealing).
    pub remedy: Option<Remedy>,
    /// The lower grade a `Reduce` remedy gives.
    pub reduced_to: Option<Grade>,
    /// Fluent id of what the remedy means for a background check and for applications.
    pub remedy_message: Option<String>,
    /// As-of date of the latest clearance run that reviewed the person.
    pub run_date: Date,
    /// The day the review that sealed it ran (in the state's time zone): from then on it is
    /// hidden, not from the day it became eligible.
    pub sealed_on: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChargeView {
    /// The entry's id, for "Something wrong?" links.
    pub id: i64,
    pub seq: u32,
    pub statute: String,
    /// Fluent id of the offense in plain words, when the statute catalog knows it.
    pub offense_message: Option<String>,
    /// The court's own wording, shown when the catalog has no plain-language name.
    pub description: Option<String>,
    /// Grade code (`M2`, `F3`, `S`).
    pub grade: String,
    pub disposition: DispositionKind,
    pub disposition_date: Option<Date>,
    pub restitution_owed_cents: i64,
    /// Set when a reviewer corrected the entry after a dispute.
    pub corrected: Option<CorrectionNote>,
    pub status: ChargeStatus,
    pub decision: Option<DecisionView>,
    /// Other entries of the record whose convictions stop this one being cleared.
    pub held_back_by: Vec<EntryRef>,
}

/// Another entry of the same record, named and dated, for a link to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryRef {
    pub id: i64,
    /// Fluent id of the offense in plain words, when the statute catalog knows it.
    pub offense_message: Option<String>,
    /// The court's own wording.
    pub description: Option<String>,
    pub disposition_date: Option<Date>,
}

/// A value of an entry that a reviewer may correct, as the correction's check step shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryValue {
    Disposition(DispositionKind),
    /// `None`: no date (the case is open).
    Date(Option<Date>),
    /// Grade code.
    Grade(String),
    /// Restitution still owed, in cents.
    Dollars(i64),
    /// Whether the entry is on the person's record (false once struck).
    OnRecord(bool),
}

/// One change a correction makes: the field's label, its value now and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryChange {
    /// Fluent id of the field's label.
    pub field: &'static str,
    pub before: EntryValue,
    pub after: EntryValue,
}

/// "Corrected on … after dispute …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionNote {
    pub on: Date,
    pub reference: String,
}

/// One arrest and the charges that came from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseView {
    pub tracking_number: String,
    pub arrest_date: Date,
    pub agency_name: String,
    pub court_case: Option<String>,
    pub court_name: Option<String>,
    pub charges: Vec<ChargeView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordView {
    pub first_name: String,
    /// Date the state's data was current as of.
    pub data_as_of: Date,
    pub cases: Vec<CaseView>,
}

impl RecordView {
    pub fn charges(&self) -> impl Iterator<Item = &ChargeView> {
        self.cases.iter().flat_map(|case| case.charges.iter())
    }

    pub fn count(&self, status: ChargeStatus) -> usize {
        self.charges().filter(|c| c.status == status).count()
    }
}

/// A form field's submitted value and, when it was rejected, the Fluent id of the error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Field {
    pub value: String,
    pub error: Option<&'static str>,
}

impl Field {
    pub fn new(value: impl Into<String>) -> Self {
        Field {
            value: value.into(),
            error: None,
        }
    }
}

/// A date typed as day, month and year (GOV.UK's date input), kept as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateField {
    pub day: String,
    pub month: String,
    pub year: String,
    pub error: Option<&'static str>,
}

impl DateField {
    /// The boxes filled with `date`, as a person would type it (no leading zeros).
    pub fn of(date: time::Date) -> Self {
        DateField {
            day: date.day().to_string(),
            month: u8::from(date.month()).to_string(),
            year: date.year().to_string(),
            error: None,
        }
    }
}

/// An instant as the portal's time zone reads it (the server converts; see `server::clock`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub date: Date,
    /// Time of day (shown as 24-hour `03:15`).
    pub time: Time,
    /// The zone's abbreviation at that instant (`EST`, `EDT`, `UTC`).
    pub zone: String,
}

/// What a dispute says is wrong, as pages name it. The server maps its own kinds onto these
/// (one to one, checked by its tests); `value` is what a form submits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeKindTag {
    NotMe,
    OutcomeWrong,
    DateWrong,
    ShouldBeCleared,
    Duplicate,
    Other,
}

impl DisputeKindTag {
    /// The kinds offered for one entry.
    pub const FOR_ENTRY: [DisputeKindTag; 6] = [
        DisputeKindTag::NotMe,
        DisputeKindTag::OutcomeWrong,
        DisputeKindTag::DateWrong,
        DisputeKindTag::ShouldBeCleared,
        DisputeKindTag::Duplicate,
        DisputeKindTag::Other,
    ];
    /// The kinds offered for a whole record.
    pub const FOR_WHOLE_RECORD: [DisputeKindTag; 2] =
        [DisputeKindTag::ShouldBeCleared, DisputeKindTag::Other];

    pub fn value(self) -> &'static str {
        match self {
            DisputeKindTag::NotMe => "not_me",
            DisputeKindTag::OutcomeWrong => "outcome_wrong",
            DisputeKindTag::DateWrong => "date_wrong",
            DisputeKindTag::ShouldBeCleared => "should_be_cleared",
            DisputeKindTag::Duplicate => "duplicate",
            DisputeKindTag::Other => "other",
        }
    }

    /// Fluent id of its label.
    pub fn label(self) -> String {
        format!("dispute-kind-{}", self.value().replace('_', "-"))
    }
}

/// Where a dispute stands, as pages name it (the server maps its statuses onto these).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeStatusTag {
    Submitted,
    InReview,
    InfoRequested,
    Corrected,
    NotChanged,
}

impl DisputeStatusTag {
    /// Suffix of the Fluent ids (`dispute-status-…`) and the `dispute-tag--…` CSS modifier.
    pub fn key(self) -> &'static str {
        match self {
            DisputeStatusTag::Submitted => "submitted",
            DisputeStatusTag::InReview => "in-review",
            DisputeStatusTag::InfoRequested => "info-requested",
            DisputeStatusTag::Corrected => "corrected",
            DisputeStatusTag::NotChanged => "not-changed",
        }
    }

    /// Still waiting for the agency's decision.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            DisputeStatusTag::Submitted
                | DisputeStatusTag::InReview
                | DisputeStatusTag::InfoRequested
        )
    }
}

/// A step of a dispute's timeline, as pages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeEventTag {
    Submitted,
    ReviewStarted,
    InfoRequested,
    InfoGiven,
    Corrected,
    NotChanged,
}

impl DisputeEventTag {
    /// Suffix of the Fluent ids (`dispute-event-…`).
    pub fn key(self) -> &'static str {
        match self {
            DisputeEventTag::Submitted => "submitted",
            DisputeEventTag::ReviewStarted => "review-started",
            DisputeEventTag::InfoRequested => "info-requested",
            DisputeEventTag::InfoGiven => "info-given",
            DisputeEventTag::Corrected => "corrected",
            DisputeEventTag::NotChanged => "not-changed",
        }
    }
}

/// An entry a dispute is about, with the arrest it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisputeEntry {
    pub charge: ChargeView,
    pub arrest_date: Date,
    pub agency_name: String,
}

/// A document of a dispute, as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentView {
    pub id: i64,
    pub file_name: String,
    pub size_bytes: i64,
    /// Where it downloads from.
    pub href: String,
}

/// A dispute in a list ("My disputes", the reviewers' queue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisputeSummary {
    pub reference: String,
    pub kind: DisputeKindTag,
    pub status: DisputeStatusTag,
    pub submitted_on: Date,
    pub due_on: Date,
    pub person_name: String,
    /// Still open after its deadline.
    pub overdue: bool,
    /// The language it was filed in, which the answer should be written in.
    pub language: crate::i18n::Locale,
    /// The account reading the list filed it (a worker's list also holds clients' own).
    pub filed_by_viewer: bool,
}

/// One step of a dispute's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventView {
    pub at: LocalTime,
    pub kind: DisputeEventTag,
    pub message: Option<String>,
    pub by_reviewer: bool,
}

/// A dispute's page: what was said, its timeline, documents, and the reply form.
#[derive(Clone, Debug)]
pub struct DisputeDetailView {
    pub reference: String,
    pub kind: DisputeKindTag,
    pub status: DisputeStatusTag,
    pub person_name: String,
    pub person_id: i64,
    pub whole_record: bool,
    pub entry: Option<DisputeEntry>,
    pub statement: String,
    pub correct_value: Option<String>,
    /// A legal aid worker filed it for the person: their name, with their organisation.
    pub filed_by_worker: Option<String>,
    /// The language it was filed in, which the answer should be written in.
    pub language: crate::i18n::Locale,
    pub submitted_on: Date,
    pub due_on: Date,
    pub events: Vec<EventView>,
    pub documents: Vec<DocumentView>,
    /// More information was asked for, and this viewer may give it.
    pub can_reply: bool,
    pub reply: Field,
    pub reply_error: Option<&'static str>,
    pub reply_document_error: Option<&'static str>,
}
