//! The one authorization policy: every decision about who may see or do what is made here.
//!
//! Handlers never compare roles themselves. They gather the facts the policy needs about the
//! account and, where a person's data is involved, how the account relates to that person
//! ([`Relation`], read from the database), then ask [`decide`]. Anything not explicitly
//! allowed is denied, and a denial about someone's data looks exactly like "not found".

use crate::domain::{Account, Relation, Role};

/// Something a signed-in account may try to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read one's own criminal-history record.
    ViewRecord,
    /// A legal aid worker reads a client's record.
    ViewClientRecord,
    /// See who has looked at a person's record.
    ViewRecordViews,
    /// Give or take back a legal aid worker's access to a person's record.
    ManageSharing,
    /// Link a record to one's own account with a mailed access code.
    LinkRecord,
    /// See the list of people who gave this legal aid worker access.
    ListClients,
    /// Issue a record access code (and its letter) for a person.
    IssueAccessCode,
    /// See the history of imports and clearance runs (counts, dates; nobody's record).
    ViewOperations,
    /// Manage one's own sign-in: two-step sign-in, recovery codes. Allowed even while a staff
    /// account still has to set up two-step sign-in.
    ManageOwnAccount,
    /// Change one's own password (knowing the current one).
    ChangePassword,
    /// Choose the language one's emails and pages are written in. Every account may.
    ChooseLanguage,
    /// Change the email one signs in with (confirmed from the new address). Staff and legal
    /// aid accounts are the administrators' to change: their email is who they are at work.
    ChangeOwnEmail,
    /// Close one's own account. Only people: staff accounts are closed by administrators.
    CloseOwnAccount,
    /// Turn two-step sign-in off again (only where it is optional).
    TurnOffTwoStep,
    /// Say an entry (or the whole record) is wrong, and answer the reviewer's questions.
    FileDispute,
    /// See a dispute about a person's record: its timeline and documents.
    ViewDispute,
    /// See the queue of open disputes.
    ListDisputes,
    /// Work a dispute: start reviewing, ask for more, correct the record or decline.
    DecideDispute,
    /// A reviewer reads the whole record of a person a dispute is about.
    ViewCaseRecord,
    /// See the sealed entries a clearance run no longer clears, and unseal or keep each.
    DecideUnseal,
}

impl Action {
    /// Whether the action is about one person's data (and so needs a [`Relation`]).
    pub fn concerns_a_person(self) -> bool {
        matches!(
            self,
            Action::ViewRecord
                | Action::ViewClientRecord
                | Action::ViewRecordViews
                | Action::ManageSharing
                | Action::FileDispute
                | Action::ViewDispute
                | Action::DecideDispute
                | Action::ViewCaseRecord
        )
    }
}

/// The policy's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: send them to sign in.
    SignInFirst,
    /// A role that must use two-step sign-in has not set it up: only its setup is open.
    SetUpTwoStepFirst,
    /// Not allowed. Shown as "not found", so nobody learns what exists.
    Deny,
}

/// Roles whose accounts reach other people's records and must use two-step sign-in.
pub fn requires_two_step(role: Role) -> bool {
    matches!(role, Role::LegalAid | Role::Reviewer | Role::Admin)
}

/// Whether `account` (None when signed out) may do `action`, given its `relation` to the
/// person concerned (ignored for actions that concern nobody in particular).
pub fn decide(account: Option<&Account>, action: Action, relation: Relation) -> Decision {
    let Some(account) = account else {
        return Decision::SignInFirst;
    };
    // A closed account is no one: whatever still holds it (an email queued before it was
    // closed, a request in flight) is treated as signed out.
    if account.closed {
        return Decision::SignInFirst;
    }
    if requires_two_step(account.role) && !account.two_step_enabled {
        return if action == Action::ManageOwnAccount {
            Decision::Allow
        } else {
            Decision::SetUpTwoStepFirst
        };
    }
    let allowed = match action {
        Action::ManageOwnAccount | Action::ChangePassword | Action::ChooseLanguage => true,
        Action::ChangeOwnEmail | Action::CloseOwnAccount => account.role == Role::Person,
        Action::LinkRecord => account.role == Role::Person,
        // A person sees their own record; a legal aid worker sees a client's while the
        // client's consent lasts. Reviewers reach records only through a dispute case, and
        // administrators never browse records.
        Action::ViewRecord => account.role == Role::Person && relation.is_self,
        Action::ViewClientRecord => account.role == Role::LegalAid && relation.has_consent,
        // Only the person decides who may see their record, and sees who did.
        Action::ViewRecordViews | Action::ManageSharing => {
            account.role == Role::Person && relation.is_self
        }
        Action::TurnOffTwoStep => account.two_step_enabled && !requires_two_step(account.role),
        Action::ListClients => account.role == Role::LegalAid,
        Action::IssueAccessCode | Action::ViewOperations => account.role == Role::Admin,
        // The person, or the legal aid worker they chose, speaks for the record.
        Action::FileDispute => match account.role {
            Role::Person => relation.is_self,
            Role::LegalAid => relation.has_consent,
            Role::Reviewer | Role::Admin => false,
        },
        Action::ViewDispute => match account.role {
            Role::Person => relation.is_self,
            Role::LegalAid => relation.has_consent,
            Role::Reviewer => relation.has_case,
            Role::Admin => false,
        },
        Action::ListDisputes | Action::DecideUnseal => account.role == Role::Reviewer,
        Action::DecideDispute | Action::ViewCaseRecord => {
            account.role == Role::Reviewer && relation.has_case
        }
    };
    if allowed {
        Decision::Allow
    } else {
        Decision::Deny
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(role: Role, two_step: bool) -> Account {
        Account {
            id: 1,
            email: "x@example.org".into(),
            role,
            person_id: None,
            display_name: None,
            organisation: None,
            two_step_enabled: two_step,
            closed: false,
            language: None,
        }
    }

    const SELF: Relation = Relation {
        is_self: true,
        has_consent: false,
        has_case: false,
    };
    const CONSENTED: Relation = Relation {
        is_self: false,
        has_consent: true,
        has_case: false,
    };
    const STRANGER: Relation = Relation {
        is_self: false,
        has_consent: false,
        has_case: false,
    };
    const CASE: Relation = Relation {
        is_self: false,
        has_consent: false,
        has_case: true,
    };

    #[test]
    fn disputes_are_filed_by_the_person_or_their_legal_aid_and_worked_by_reviewers() {
        let person = account(Role::Person, false);
        let worker = account(Role::LegalAid, true);
        let reviewer = account(Role::Reviewer, true);
        let admin = account(Role::Admin, true);
        let allowed =
            |a: &Account, action, relation| decide(Some(a), action, relation) == Decision::Allow;
        assert!(allowed(&person, Action::FileDispute, SELF));
        assert!(!allowed(&person, Action::FileDispute, STRANGER));
        assert!(allowed(&worker, Action::FileDispute, CONSENTED));
        assert!(!allowed(&worker, Action::FileDispute, STRANGER));
        assert!(!allowed(&reviewer, Action::FileDispute, CASE));
        assert!(allowed(&person, Action::ViewDispute, SELF));
        assert!(allowed(&worker, Action::ViewDispute, CONSENTED));
        assert!(allowed(&reviewer, Action::ViewDispute, CASE));
        assert!(!allowed(&reviewer, Action::ViewDispute, STRANGER));
        assert!(!allowed(&admin, Action::ViewDispute, CASE));
        for action in [Action::DecideDispute, Action::ViewCaseRecord] {
            assert!(allowed(&reviewer, action, CASE));
            assert!(!allowed(&reviewer, action, STRANGER), "no case, no record");
            assert!(!allowed(&person, action, SELF));
            assert!(!allowed(&worker, action, CONSENTED));
            assert!(!allowed(&admin, action, CASE));
        }
        assert!(allowed(&reviewer, Action::ListDisputes, STRANGER));
        assert!(!allowed(&admin, Action::ListDisputes, STRANGER));
    }

    #[test]
    fn signed_out_visitors_are_asked_to_sign_in() {
        assert_eq!(
            decide(None, Action::ViewRecord, SELF),
            Decision::SignInFirst
        );
    }

    #[test]
    fn people_see_only_their_own_record() {
        let person = account(Role::Person, false);
        for action in [
            Action::ViewRecord,
            Action::ViewRecordViews,
            Action::ManageSharing,
        ] {
            assert_eq!(decide(Some(&person), action, SELF), Decision::Allow);
            assert_eq!(decide(Some(&person), action, STRANGER), Decision::Deny);
            // Consent is for legal aid; it gives another person nothing.
            assert_eq!(decide(Some(&person), action, CONSENTED), Decision::Deny);
        }
        assert_eq!(
            decide(Some(&person), Action::LinkRecord, STRANGER),
            Decision::Allow
        );
    }

    #[test]
    fn legal_aid_sees_a_record_only_with_consent() {
        let worker = account(Role::LegalAid, true);
        assert_eq!(
            decide(Some(&worker), Action::ViewClientRecord, CONSENTED),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&worker), Action::ViewClientRecord, STRANGER),
            Decision::Deny
        );
        // A person is nobody's client, not even their own.
        assert_eq!(
            decide(
                Some(&account(Role::Person, false)),
                Action::ViewClientRecord,
                SELF
            ),
            Decision::Deny
        );
        for action in [Action::ViewRecordViews, Action::ManageSharing] {
            assert_eq!(decide(Some(&worker), action, CONSENTED), Decision::Deny);
        }
        assert_eq!(
            decide(Some(&worker), Action::ListClients, STRANGER),
            Decision::Allow
        );
    }

    #[test]
    fn staff_cannot_browse_records() {
        for role in [Role::Reviewer, Role::Admin] {
            let staff = account(role, true);
            for relation in [SELF, CONSENTED, STRANGER] {
                for action in [Action::ViewRecord, Action::ViewClientRecord] {
                    assert_eq!(decide(Some(&staff), action, relation), Decision::Deny);
                }
            }
        }
    }

    #[test]
    fn only_administrators_issue_access_codes_and_see_operations() {
        for role in Role::ALL {
            let expected = if role == Role::Admin {
                Decision::Allow
            } else {
                Decision::Deny
            };
            for action in [Action::IssueAccessCode, Action::ViewOperations] {
                assert_eq!(
                    decide(Some(&account(role, true)), action, STRANGER),
                    expected,
                    "{role:?} {action:?}"
                );
            }
        }
        assert_eq!(
            decide(None, Action::ViewOperations, STRANGER),
            Decision::SignInFirst
        );
    }

    #[test]
    fn staff_without_two_step_may_only_set_it_up() {
        for role in [Role::LegalAid, Role::Reviewer, Role::Admin] {
            let staff = account(role, false);
            assert_eq!(
                decide(Some(&staff), Action::ManageOwnAccount, STRANGER),
                Decision::Allow
            );
            for action in [
                Action::ListClients,
                Action::IssueAccessCode,
                Action::ViewRecord,
            ] {
                assert_eq!(
                    decide(Some(&staff), action, CONSENTED),
                    Decision::SetUpTwoStepFirst,
                    "{role:?} {action:?}"
                );
            }
        }
        // Once on, staff cannot turn it off; people, who chose it, can.
        for role in [Role::LegalAid, Role::Reviewer, Role::Admin] {
            assert_eq!(
                decide(Some(&account(role, true)), Action::TurnOffTwoStep, STRANGER),
                Decision::Deny
            );
        }
        assert_eq!(
            decide(
                Some(&account(Role::Person, true)),
                Action::TurnOffTwoStep,
                STRANGER
            ),
            Decision::Allow
        );
        assert_eq!(
            decide(
                Some(&account(Role::Person, false)),
                Action::TurnOffTwoStep,
                STRANGER
            ),
            Decision::Deny
        );
        // People are offered two-step sign-in, never forced.
        assert_eq!(
            decide(
                Some(&account(Role::Person, false)),
                Action::ViewRecord,
                SELF
            ),
            Decision::Allow
        );
    }

    #[test]
    fn people_change_their_email_and_close_their_account_and_a_closed_one_does_nothing() {
        let person = account(Role::Person, false);
        for action in [
            Action::ChangePassword,
            Action::ChooseLanguage,
            Action::ChangeOwnEmail,
            Action::CloseOwnAccount,
        ] {
            assert_eq!(decide(Some(&person), action, SELF), Decision::Allow);
        }
        for role in [Role::LegalAid, Role::Reviewer, Role::Admin] {
            let staff = account(role, true);
            for action in [Action::ChangePassword, Action::ChooseLanguage] {
                assert_eq!(decide(Some(&staff), action, STRANGER), Decision::Allow);
            }
            for action in [Action::ChangeOwnEmail, Action::CloseOwnAccount] {
                assert_eq!(decide(Some(&staff), action, STRANGER), Decision::Deny);
            }
        }
        let closed = Account {
            closed: true,
            person_id: Some(1),
            ..account(Role::Person, false)
        };
        for action in [
            Action::ViewRecord,
            Action::ManageOwnAccount,
            Action::ChooseLanguage,
            Action::ViewDispute,
        ] {
            assert_eq!(decide(Some(&closed), action, SELF), Decision::SignInFirst);
        }
    }
}
