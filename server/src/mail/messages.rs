//! The emails themselves: plain text, in the reader's language, from the Fluent files.

use crate::disputes::EventKind;
use crate::store::outbox::OutgoingEmail;
use myrecord_app::i18n::{Arg, I18n};
use myrecord_app::paths;

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

/// The link, sent to a new address, that makes it the account's email.
pub fn email_change_link(i18n: I18n, to: &str, link: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-change-link-subject"),
        body: i18n.t_args("email-change-link-body", &[("link", Arg::from(link))]),
        reader: None,
    }
}

/// The warning to an account's current address that someone asked to move it elsewhere.
pub fn email_change_warning(i18n: I18n, to: &str, public_url: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-change-warning-subject"),
        body: i18n.t_args(
            "email-change-warning-body",
            &[("reset", Arg::from(format!("{public_url}/password-reset")))],
        ),
        reader: None,
    }
}

/// To an address asked for as a new email that already has an account of its own.
pub fn email_change_taken(i18n: I18n, to: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-change-taken-subject"),
        body: i18n.t("email-change-taken-body"),
        reader: None,
    }
}

/// The last email to a closed account: what went and what stays.
pub fn account_closed(i18n: I18n, to: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.to_owned(),
        subject: i18n.t("email-account-closed-subject"),
        body: i18n.t("email-account-closed-body"),
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
    due_on: time::Date,
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
                    Arg::from(format!("{public_url}{}", paths::dispute(reference))),
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
                    Arg::from(format!("{public_url}{}", paths::review_case(reference))),
                ),
            ],
        ),
        reader: None,
    }
}

/// The part of the Fluent ids (`email-dispute-<key>-subject`, `…-body`) of the news `event`
/// brings; `None` for a dispute just sent (its email is [`dispute_received`]).
fn news_key(event: EventKind) -> Option<&'static str> {
    match event {
        EventKind::Submitted => None,
        EventKind::ReviewStarted => Some("in-review"),
        EventKind::InfoRequested => Some("info-requested"),
        EventKind::InfoGiven => Some("info-given"),
        EventKind::Corrected => Some("corrected"),
        EventKind::NotChanged => Some("not-changed"),
    }
}

/// The email sent when a dispute moves on (`event`): what happened, the reviewer's words,
/// and where to see it. `None` for an event with no news of its own.
pub fn dispute_moved_on(
    i18n: I18n,
    to: &str,
    reference: &str,
    event: EventKind,
    message: Option<&str>,
    public_url: &str,
) -> Option<OutgoingEmail> {
    let key = news_key(event)?;
    Some(OutgoingEmail {
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
                    Arg::from(format!("{public_url}{}", paths::dispute(reference))),
                ),
            ],
        ),
        reader: None,
    })
}
