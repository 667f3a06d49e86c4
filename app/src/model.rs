//! Plain data the pages render; the server fills these from the store (no SQL in this crate).

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
    /// Reason codes from the engine (`waiting_period`, `restitution_owed`, …).
    pub reasons: Vec<String>,
    /// Date the charge was or will be cleared (ISO), when there is one.
    pub date: Option<String>,
    /// Fluent id naming the law the decision was made under.
    pub law_message: String,
    /// Fluent id of the sentence for a wait under the deciding rule (what the date depends on).
    pub waiting_message: String,
    /// As-of date (ISO) of the latest clearance run that reviewed the person.
    pub run_date: String,
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
    /// Disposition type code (`convicted`, `nolle_prossed`, …).
    pub disposition: String,
    pub disposition_date: Option<String>,
    pub restitution_owed_cents: i64,
    /// Set when a reviewer corrected the entry after a dispute.
    pub corrected: Option<CorrectionNote>,
    pub status: ChargeStatus,
    pub decision: Option<DecisionView>,
}

/// "Corrected on … after dispute …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionNote {
    /// ISO date.
    pub on: String,
    pub reference: String,
}

/// One arrest and the charges that came from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseView {
    pub tracking_number: String,
    pub arrest_date: String,
    pub agency_name: String,
    pub court_case: Option<String>,
    pub court_name: Option<String>,
    pub charges: Vec<ChargeView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordView {
    pub first_name: String,
    /// Date the state's data was current as of (ISO).
    pub data_as_of: String,
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

#[derive(Clone, Debug, Default)]
pub struct SignInForm {
    pub email: Field,
    /// Passwords are never sent back to the browser; only their error is kept.
    pub password_error: Option<&'static str>,
    /// An error about the whole form (e.g. wrong email or password).
    pub form_error: Option<&'static str>,
    /// A notice shown above the form (e.g. "you have signed out").
    pub notice: Option<&'static str>,
}

#[derive(Clone, Debug, Default)]
pub struct RegisterForm {
    pub email: Field,
    pub password_error: Option<&'static str>,
    pub confirm_error: Option<&'static str>,
    /// The sign-up was taken: show "check your email" instead of the form (the same whether
    /// or not the address had an account).
    pub sent: bool,
}

/// A date typed as day, month and year (GOV.UK's date input), kept as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateField {
    pub day: String,
    pub month: String,
    pub year: String,
    pub error: Option<&'static str>,
}

/// Linking a record with the access code from a letter and a date of birth.
#[derive(Clone, Debug, Default)]
pub struct LinkForm {
    pub code: Field,
    pub dob: DateField,
}

/// The second step of signing in: a code from the authenticator app, or a recovery code.
#[derive(Clone, Debug, Default)]
pub struct TwoStepForm {
    pub code: Field,
}

/// Setting up two-step sign-in: the secret to add to an app, and the first code from it.
#[derive(Clone, Debug, Default)]
pub struct TwoStepSetupForm {
    /// The secret in groups of four, for typing into an app by hand.
    pub secret: String,
    pub code: Field,
    /// The account must set this up before doing anything else (staff, legal aid).
    pub required: bool,
}

/// Two-step sign-in once it is on.
#[derive(Clone, Debug, Default)]
pub struct TwoStepStatus {
    pub recovery_codes_left: i64,
    /// People may turn it off; staff and legal aid may not.
    pub can_turn_off: bool,
    /// The code asked for before turning it off.
    pub code: Field,
}

/// The account page.
#[derive(Clone, Debug)]
pub struct AccountView {
    pub email: String,
    pub role: NavRole,
    pub two_step_enabled: bool,
    pub notice: Option<&'static str>,
}

/// Asking for a password reset link.
#[derive(Clone, Debug, Default)]
pub struct ResetRequestForm {
    pub email: Field,
    /// The request was taken: show what happens next instead of the form.
    pub sent: bool,
}

/// Choosing a new password from a reset link.
#[derive(Clone, Debug, Default)]
pub struct NewPasswordForm {
    pub password_error: Option<&'static str>,
    pub confirm_error: Option<&'static str>,
}

/// A legal aid worker with access to a person's record, as the person sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantView {
    pub id: i64,
    pub worker_name: String,
    pub organisation: Option<String>,
    /// ISO date.
    pub granted_on: String,
    /// ISO date: the last day of access.
    pub expires_on: String,
}

/// Durations a person can give a legal aid worker, in days.
pub const SHARING_DAYS: [i64; 4] = [30, 90, 180, 365];

/// "Share with legal aid": who has access, and the form to give someone access.
#[derive(Clone, Debug, Default)]
pub struct SharingView {
    pub grants: Vec<GrantView>,
    pub email: Field,
    /// The chosen number of days, as submitted.
    pub days: String,
    pub days_error: Option<&'static str>,
    pub notice: Option<&'static str>,
}

/// An instant as the portal's time zone reads it (the server converts; see `server::clock`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalTime {
    /// ISO 8601 date (`2026-11-23`).
    pub date: String,
    /// Time of day, 24-hour (`03:15`); empty when the instant could not be read.
    pub time: String,
    /// The zone's abbreviation at that instant (`EST`, `EDT`, `UTC`).
    pub zone: String,
}

/// One look at a record on "Who has viewed my record".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewEntry {
    /// It was the person themselves.
    pub is_you: bool,
    /// The viewer's name, when the account has one (staff and legal aid do).
    pub viewer_name: Option<String>,
    pub organisation: Option<String>,
    pub role: NavRole,
    pub at: LocalTime,
}

/// One client on a legal aid worker's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientView {
    pub person_id: i64,
    pub name: String,
    /// ISO date: the last day of access.
    pub expires_on: String,
}

/// Who a record page is for: its owner, a legal aid worker (for a client), or a reviewer
/// (through a dispute).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordAudience {
    Own,
    Client {
        banner: ClientBanner,
        person_id: i64,
    },
    Case {
        reference: String,
        person_name: String,
    },
}

/// Shown above a client's record when a legal aid worker reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientBanner {
    pub name: String,
    pub expires_on: String,
}

/// The administrator's form to issue a record access code.
#[derive(Clone, Debug, Default)]
pub struct AccessCodeForm {
    pub sid: Field,
}

/// What the administrator's page shows of imports and clearance runs, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OperationsView {
    pub imports: Vec<ImportView>,
    pub runs: Vec<RunView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportView {
    pub source_name: String,
    /// ISO date the extract is current as of.
    pub data_as_of: String,
    pub imported_at: LocalTime,
    pub people: i64,
    pub charges: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunView {
    pub id: i64,
    /// Fluent id of the law the rules carry.
    pub law: String,
    /// ISO date the rules were applied as of.
    pub as_of: String,
    /// A review of everyone, rather than one person reviewed again after a correction.
    pub everyone: bool,
    pub started_at: LocalTime,
    /// `None` while it runs, or if it stopped before the end.
    pub finished_at: Option<LocalTime>,
    pub people: i64,
    pub charges: i64,
    pub cleared: i64,
    pub newly_sealed: i64,
    pub waiting: i64,
    pub not_cleared: i64,
}

/// A record access code letter, ready to print and mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterView {
    pub full_name: String,
    pub sid: String,
    pub county: Option<String>,
    /// Grouped in fours.
    pub code: String,
    /// ISO date: the last day the code works.
    pub expires_on: String,
    /// ISO date the letter was issued.
    pub issued_on: String,
    /// Where to go to use the code, e.g. `https://myrecord.example.gov/record/link`.
    pub link_url: String,
}

/// An entry a dispute is about, with the arrest it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisputeEntry {
    pub charge: ChargeView,
    pub arrest_date: String,
    pub agency_name: String,
}

/// The kinds of dispute, as submitted values (`not_me`, …); their labels are Fluent ids
/// `dispute-kind-<value with dashes>`.
pub const DISPUTE_KINDS: [&str; 6] = [
    "not_me",
    "outcome_wrong",
    "date_wrong",
    "should_be_cleared",
    "duplicate",
    "other",
];

/// Kinds offered when the whole record (no single entry) is disputed.
pub const WHOLE_RECORD_KINDS: [&str; 2] = ["should_be_cleared", "other"];

/// Step 1: what is wrong.
#[derive(Clone, Debug, Default)]
pub struct DisputeKindForm {
    /// An entry (not the whole record) is disputed: offer the kinds that fit an entry.
    pub about_entry: bool,
    pub charge: Option<i64>,
    pub person: Option<i64>,
    /// Set when changing the answer of a draft from the check page.
    pub draft: Option<String>,
    pub kind: String,
    pub entry: Option<DisputeEntry>,
    pub error: Option<&'static str>,
}

/// Step 2: the person's account of it.
#[derive(Clone, Debug, Default)]
pub struct DisputeDetailsForm {
    pub draft: String,
    pub kind: String,
    pub statement: Field,
    pub correct_value: Field,
    /// A problem with the whole form (it expired, the session ended).
    pub form_error: Option<&'static str>,
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

/// Step 3: documents.
#[derive(Clone, Debug, Default)]
pub struct DisputeDocumentsForm {
    pub draft: String,
    pub documents: Vec<DocumentView>,
    pub error: Option<&'static str>,
}

/// Step 4: check the answers, then send.
#[derive(Clone, Debug, Default)]
pub struct DisputeCheckView {
    pub draft: String,
    pub kind: String,
    pub entry: Option<DisputeEntry>,
    pub statement: String,
    pub correct_value: Option<String>,
    pub documents: Vec<DocumentView>,
    pub error: Option<&'static str>,
}

/// A dispute in a list ("My disputes", the reviewers' queue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisputeSummary {
    pub reference: String,
    pub kind: String,
    /// Status code (`submitted`, …); labels are Fluent ids `dispute-status-…`.
    pub status: String,
    /// ISO dates.
    pub submitted_on: String,
    pub due_on: String,
    pub person_name: String,
    /// Still open after its deadline.
    pub overdue: bool,
}

/// One step of a dispute's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventView {
    pub at: LocalTime,
    /// Event code (`submitted`, `info_requested`, …).
    pub kind: String,
    pub message: Option<String>,
    pub by_reviewer: bool,
}

/// A dispute's page: what was said, its timeline, documents, and the reply form.
#[derive(Clone, Debug, Default)]
pub struct DisputeDetailView {
    pub reference: String,
    pub kind: String,
    pub status: String,
    pub person_name: String,
    pub person_id: i64,
    pub whole_record: bool,
    pub entry: Option<DisputeEntry>,
    pub statement: String,
    pub correct_value: Option<String>,
    pub submitted_on: String,
    pub due_on: String,
    pub events: Vec<EventView>,
    pub documents: Vec<DocumentView>,
    /// More information was asked for, and this viewer may give it.
    pub can_reply: bool,
    pub reply: Field,
    pub reply_error: Option<&'static str>,
    pub reply_document_error: Option<&'static str>,
}

/// The reviewer's correction form, filled with the entry's current values.
#[derive(Clone, Debug, Default)]
pub struct CorrectionForm {
    /// Disposition code.
    pub disposition: String,
    pub disposition_date: DateField,
    /// Grade code.
    pub grade: String,
    /// Restitution still owed, in dollars as typed.
    pub restitution: Field,
    /// Take the entry off the record (not the person's, or listed twice).
    pub strike: bool,
    pub message: Field,
    /// A problem with the correction as a whole (nothing changed).
    pub error: Option<&'static str>,
}

/// The dispositions a reviewer can choose, as codes.
pub const DISPOSITIONS: [&str; 9] = [
    "convicted",
    "dismissed",
    "withdrawn",
    "nolle_prossed",
    "acquitted",
    "diverted",
    "pardoned",
    "pending",
    "unknown",
];

/// The grades a reviewer can choose.
pub const GRADES: [&str; 9] = ["F1", "F2", "F3", "F", "M1", "M2", "M3", "M", "S"];

/// A dispute as a reviewer works it.
#[derive(Clone, Debug, Default)]
pub struct ReviewCaseView {
    pub detail: DisputeDetailView,
    pub correction: CorrectionForm,
    pub info_message: Field,
    pub decline_message: Field,
    pub notice: Option<&'static str>,
}

/// The public statistics page: counts only, nothing about any one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatisticsView {
    /// The latest review of everyone's records; `None` before the first run.
    pub latest_review: Option<ReviewNumbers>,
    /// Charges sealed since the first run.
    pub sealed_in_all: i64,
    pub disputes: DisputeNumbers,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewNumbers {
    /// Fluent id of the law the rules carry (`law-pa-act56`).
    pub law: String,
    /// ISO date the rules were applied as of.
    pub as_of: String,
    pub people: i64,
    pub charges: i64,
    pub cleared: i64,
    pub waiting: i64,
    pub not_cleared: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DisputeNumbers {
    pub received: i64,
    pub corrected: i64,
    pub not_changed: i64,
    /// Decided on or before their deadline, in the state's calendar.
    pub decided_on_time: i64,
    pub open: i64,
    pub overdue: i64,
}

/// The help page: the law in force and its summary, and the dispute deadline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpView {
    /// Fluent id of the law in force (`law-pa-act56`).
    pub law: String,
    /// Fluent ids of the plain-language summary of what that law clears, in order.
    pub rule_summary: Vec<String>,
    /// The agency's deadline to answer a dispute, in days.
    pub dispute_days: i64,
}
