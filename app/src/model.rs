//! Plain data the pages render; the server fills these from the store (no SQL in this crate).

/// Who is looking at the page, as far as the layout needs to know.
#[derive(Clone, Debug, Default)]
pub struct Viewer {
    pub signed_in: bool,
    /// Anti-forgery token for every form on the page (the sign-out button included).
    pub csrf_token: String,
    /// The path of the current page, so the language switcher can come back to it.
    pub current_path: String,
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
    /// Date of the clearance run (ISO).
    pub run_date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChargeView {
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
    pub status: ChargeStatus,
    pub decision: Option<DecisionView>,
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
}
