//! The one authorization policy: every decision about who may see or do what is made here.

use crate::store::accounts::{Account, Role};

/// Something a signed-in account may try to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read a person's criminal-history record.
    ViewRecord { person_id: i64 },
}

/// Whether `actor` may do `action`. Anything not explicitly allowed is denied.
pub fn allows(actor: &Account, action: Action) -> bool {
    match action {
        // A person sees their own linked record only. Legal aid (with consent) and reviewers
        // (with a case) get their own rules when those features exist; until then, no access.
        Action::ViewRecord { person_id } => {
            actor.role == Role::Person && actor.person_id == Some(person_id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(role: Role, person_id: Option<i64>) -> Account {
        Account {
            id: 1,
            email: "x@example.org".into(),
            role,
            person_id,
        }
    }

    #[test]
    fn people_see_only_their_own_record() {
        let own = Action::ViewRecord { person_id: 5 };
        let other = Action::ViewRecord { person_id: 6 };
        assert!(allows(&account(Role::Person, Some(5)), own));
        assert!(!allows(&account(Role::Person, Some(5)), other));
        assert!(!allows(&account(Role::Person, None), own));
    }

    #[test]
    fn staff_cannot_browse_records() {
        for role in [Role::LegalAid, Role::Reviewer, Role::Admin] {
            assert!(!allows(
                &account(role, Some(5)),
                Action::ViewRecord { person_id: 5 }
            ));
        }
    }
}
