//! The portal's own values, with no SQL and no web in them: accounts and their roles, and how
//! an account relates to a person. The policy decides with them; the store reads and writes
//! them; both depend on this module, not on each other.

use myrecord_app::i18n::Locale;
use std::fmt;

/// The roles of the design brief. Stored as text in `account.role`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Person,
    LegalAid,
    Reviewer,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Person, Role::LegalAid, Role::Reviewer, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Person => "person",
            Role::LegalAid => "legal_aid",
            Role::Reviewer => "reviewer",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// The person whose record this account may see as its own, once linked.
    pub person_id: Option<i64>,
    /// Staff and legal aid: the name people see on "Who has viewed my record".
    pub display_name: Option<String>,
    pub organisation: Option<String>,
    /// Two-step sign-in (an authenticator app) is set up.
    pub two_step_enabled: bool,
    /// The person closed it: it may do nothing and hears nothing (the policy's first check).
    pub closed: bool,
    /// The language chosen for it: every email to it, and its pages once signed in. `None`
    /// for an account that has not signed in since languages were kept on accounts.
    pub language: Option<Locale>,
}

impl Account {
    /// The language emails to this account are written in.
    pub fn email_language(&self) -> Locale {
        self.language.unwrap_or(Locale::En)
    }
}

/// What is needed to create an account.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub person_id: Option<i64>,
    pub display_name: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub language: Option<Locale>,
}

// Email addresses are personal data: keep them out of logs.
impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("person_id", &self.person_id)
            .field("two_step_enabled", &self.two_step_enabled)
            .finish_non_exhaustive()
    }
}

/// Emails are compared without regard to case or surrounding spaces.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// How the acting account relates to the person an action is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relation {
    /// The person's record is linked to this account.
    pub is_self: bool,
    /// The person has given this (legal aid) account access that has not expired or been
    /// revoked.
    pub has_consent: bool,
    /// A dispute about this person's record exists: a reviewer's only way to a record.
    pub has_case: bool,
}
