//! The emails themselves: plain text, in the reader's language, from the Fluent files.

use crate::store::outbox::OutgoingEmail;
use myrecord_app::i18n::{Arg, I18n};

/// The email with a link to reset a password.
pub fn password_reset(i18n: I18n, to: &str, link: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-reset-subject"),
        body: i18n.t_args("email-reset-body", &[("link", Arg::from(link))]),
        reader: None,
    }
}

/// The email that confirms a new account's address: the account is made from its link.
pub fn registration_link(i18n: I18n, to: &str, link: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-register-subject"),
        body: i18n.t_args("email-register-body", &[("link", Arg::from(link))]),
        reader: None,
    }
}

/// The email to an address that tried to register but has an account already.
pub fn account_exists(i18n: I18n, to: &str, public_url: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-account-exists-subject"),
        body: i18n.t_args(
            "email-account-exists-body",
            &[
                ("sign_in", Arg::from(format!("{public_url}/"))),
                ("reset", Arg::from(format!("{public_url}/password-reset"))),
            ],
        ),
        reader: None,
    }
}

/// The email that tells a new staff member their account exists and how to set a password.
pub fn staff_welcome(i18n: I18n, to: &str, role: &str, link: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-welcome-subject"),
        body: i18n.t_args(
            "email-welcome-body",
            &[("role", Arg::from(i18n.t(role))), ("link", Arg::from(link))],
        ),
        reader: None,
    }
}

/// The email that confirms a dispute was received, with its reference and deadline.
pub fn dispute_received(
    i18n: I18n,
    to: &str,
    reference: &str,
    due_on: &str,
    public_url: &str,
) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t_args(
            "email-dispute-received-subject",
            &[("reference", Arg::from(reference))],
        ),
        body: i18n.t_args(
            "email-dispute-received-body",
            &[
                ("reference", Arg::from(reference)),
                ("date", Arg::from(i18n.date(due_on))),
                (
                    "link",
                    Arg::from(format!("{public_url}/disputes/{reference}")),
                ),
            ],
        ),
        reader: None,
    }
}

/// The email that tells the reviewer who asked for more information that the answer has
/// come. It names only the reference: what the person said is read on the dispute's page.
pub fn answer_for_reviewer(
    i18n: I18n,
    to: &str,
    reference: &str,
    public_url: &str,
) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t_args(
            "email-review-answer-subject",
            &[("reference", Arg::from(reference))],
        ),
        body: i18n.t_args(
            "email-review-answer-body",
            &[
                ("reference", Arg::from(reference)),
                (
                    "link",
                    Arg::from(format!("{public_url}/review/{reference}")),
                ),
            ],
        ),
        reader: None,
    }
}

/// The email sent when a dispute's status changes: what changed, the reviewer's words, and
/// where to see it. `status` is the new status's code (`info_requested`, …), or `info_given`
/// when the person's answer sends it back to the reviewer.
pub fn dispute_status_changed(
    i18n: I18n,
    to: &str,
    reference: &str,
    status: &str,
    message: Option<&str>,
    public_url: &str,
) -> OutgoingEmail {
    let key = status.replace('_', "-");
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t_args(
            &format!("email-dispute-{key}-subject"),
            &[("reference", Arg::from(reference))],
        ),
        body: i18n.t_args(
            &format!("email-dispute-{key}-body"),
            &[
                ("reference", Arg::from(reference)),
                ("message", Arg::from(message.unwrap_or_default())),
                (
                    "link",
                    Arg::from(format!("{public_url}/disputes/{reference}")),
                ),
            ],
        ),
        reader: None,
    }
}
