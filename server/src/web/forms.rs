//! Posted forms, checked before a handler sees them: the body is UTF-8 text, it has the
//! fields the handler's input type needs, and its anti-forgery token is (or is not) this
//! session's. Handlers receive the outcome as a value, so none can forget a check. Also:
//! reading a date typed as day, month and year.

use super::csrf;
use super::error::WebError;
use super::state::AppState;
use crate::password::PasswordProblem;
use axum::extract::{FromRequest, FromRequestParts, Request};
use myrecord_app::model::DateField;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use time::{Date, Month};
use tower_sessions::Session;

/// The largest form (without a file) read: far more than any form here sends.
const FORM_BODY_LIMIT: usize = 256 * 1024;

/// A posted form's fields, and whether it came with this session's anti-forgery token. A form
/// that came back with an old token (the session timed out, the page was open for hours) is
/// not acted on, but what was typed in it is kept, to be shown again with the reason.
pub enum Posted<T> {
    Genuine(T),
    Expired(T),
}

impl<T> Posted<T> {
    /// The fields, and whether the token was this session's.
    pub fn into_parts(self) -> (T, bool) {
        match self {
            Posted::Genuine(input) => (input, true),
            Posted::Expired(input) => (input, false),
        }
    }
}

/// A posted form that must carry this session's token; with an old one the request ends with
/// "this form expired" (for buttons and forms with nothing typed to keep).
pub struct Genuine<T>(pub T);

/// A form that is only a button.
#[derive(Deserialize)]
pub struct Button {}

#[derive(Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf_token: String,
}

/// Whether every name and value of an `application/x-www-form-urlencoded` body decodes to
/// UTF-8 text. (The form reader would otherwise replace what it cannot read with "�" and
/// store that as if the person had typed it.)
fn form_is_utf8(body: &[u8]) -> bool {
    body.split(|b| *b == b'&').all(|pair| {
        pair.split(|b| *b == b'=').all(|part| {
            let spaced: Vec<u8> = part
                .iter()
                .map(|b| if *b == b'+' { b' ' } else { *b })
                .collect();
            let decoded: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
            std::str::from_utf8(&decoded).is_ok()
        })
    })
}

/// The request's session, which holds the anti-forgery token a form must carry.
pub(super) async fn session_of(
    parts: &mut axum::http::request::Parts,
    state: &AppState,
) -> Result<Session, WebError> {
    Session::from_request_parts(parts, state)
        .await
        .map_err(|_| WebError::Internal(anyhow::anyhow!("session layer missing")))
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for Posted<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        let (mut parts, body) = request.into_parts();
        let session = session_of(&mut parts, state).await?;
        let bytes = axum::body::to_bytes(body, FORM_BODY_LIMIT)
            .await
            .map_err(|_| WebError::BadRequest)?;
        if !form_is_utf8(&bytes) {
            return Err(WebError::UnreadableText);
        }
        let input: T = serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::BadRequest)?;
        let token: TokenField =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::BadRequest)?;
        Ok(if csrf::verify(&session, &token.csrf_token).await? {
            Posted::Genuine(input)
        } else {
            Posted::Expired(input)
        })
    }
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for Genuine<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        match Posted::<T>::from_request(request, state).await? {
            Posted::Genuine(input) => Ok(Genuine(input)),
            Posted::Expired(_) => Err(WebError::FormExpired),
        }
    }
}

/// The Fluent id that explains why a new password was refused.
pub fn password_message(problem: PasswordProblem) -> &'static str {
    match problem {
        PasswordProblem::Missing => "error-password-missing",
        PasswordProblem::TooShort => "error-password-too-short",
        PasswordProblem::TooLong => "error-password-too-long",
        PasswordProblem::Common => "error-password-common",
        PasswordProblem::FromContext => "error-password-from-context",
    }
}

/// The Fluent id of what is wrong with an email address, if anything. Deliberately loose:
/// one `@`, something on each side, a dot in the domain, no spaces.
pub fn email_problem(email: &str) -> Option<&'static str> {
    let email = email.trim();
    if email.is_empty() {
        return Some("error-email-missing");
    }
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    (!valid).then_some("error-email-invalid")
}

/// `?notice=<name>`: a page asked to show a notice, by a fixed name (never free text).
#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    pub notice: String,
}

/// Month names and their usual short forms, in the portal's languages, for a month typed as a
/// word. Accepted whatever the page's language: someone may switch language and type as
/// they always do.
const MONTH_NAMES: [(&str, u16); 28] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("dic", 12),
];

/// The month a word names: a full name, or its first three letters or more ("Oct", "oct.",
/// "Sept"), when they name one month only.
fn month_named(text: &str) -> Option<u16> {
    let word = text.trim_end_matches('.').to_lowercase();
    if word.chars().count() < 3 {
        return None;
    }
    let mut months = MONTH_NAMES
        .iter()
        .filter(|(name, _)| name.starts_with(&word))
        .map(|(_, month)| *month);
    let month = months.next()?;
    months.all(|other| other == month).then_some(month)
}

/// Reads a date typed in three boxes. On a problem, returns the Fluent id that explains it.
pub fn parse_date_field(field: &DateField, today: Date) -> Result<Date, &'static str> {
    let (day, month, year) = (field.day.trim(), field.month.trim(), field.year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Err("error-date-missing");
    }
    if day.is_empty() || month.is_empty() || year.is_empty() {
        return Err("error-date-incomplete");
    }
    let number = |text: &str| text.parse::<u16>().ok();
    let month_number = number(month).or_else(|| month_named(month));
    let (Some(day), Some(month), Some(year)) = (number(day), month_number, number(year)) else {
        return Err("error-date-invalid");
    };
    if year < 1000 {
        return Err("error-date-year");
    }
    let date = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .and_then(|m| Date::from_calendar_date(i32::from(year), m, u8::try_from(day).ok()?).ok())
        .ok_or("error-date-invalid")?;
    if date > today {
        return Err("error-date-future");
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn field(day: &str, month: &str, year: &str) -> DateField {
        DateField {
            day: day.into(),
            month: month.into(),
            year: year.into(),
            error: None,
        }
    }

    #[test]
    fn email_checks() {
        assert_eq!(email_problem("  "), Some("error-email-missing"));
        assert_eq!(email_problem("ana@example.org"), None);
        for bad in [
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "a@b@c.org",
        ] {
            assert_eq!(email_problem(bad), Some("error-email-invalid"), "{bad}");
        }
    }

    #[test]
    fn forms_must_be_utf8_text() {
        assert!(form_is_utf8(
            b"email=ana%40example.org&name=Jos%C3%A9+Garc%C3%ADa"
        ));
        assert!(form_is_utf8(b""));
        assert!(!form_is_utf8(b"statement=caf%E9"));
        assert!(!form_is_utf8(b"%FF=x"));
    }

    #[test]
    fn a_month_may_be_written_as_a_word_in_either_language() {
        let today = date!(2026 - 11 - 23);
        for month in ["October", "oct", "Oct.", "OCTUBRE", "octubre", "10"] {
            assert_eq!(
                parse_date_field(&field("5", month, "1990"), today),
                Ok(date!(1990 - 10 - 05)),
                "{month}"
            );
        }
        assert_eq!(
            parse_date_field(&field("5", "Sept", "1990"), today),
            Ok(date!(1990 - 09 - 05))
        );
        // "Ju" could be June or July; "Mayo" and "May" are both May.
        for unclear in ["ju", "jun-ish", "Smarch"] {
            assert_eq!(
                parse_date_field(&field("5", unclear, "1990"), today),
                Err("error-date-invalid"),
                "{unclear}"
            );
        }
        assert_eq!(
            parse_date_field(&field("5", "mayo", "1990"), today),
            Ok(date!(1990 - 05 - 05))
        );
    }

    #[test]
    fn reads_dates_and_explains_what_is_wrong() {
        let today = date!(2026 - 11 - 23);
        assert_eq!(
            parse_date_field(&field(" 14", "3", "1985 "), today),
            Ok(date!(1985 - 03 - 14))
        );
        assert_eq!(
            parse_date_field(&field("", "", ""), today),
            Err("error-date-missing")
        );
        assert_eq!(
            parse_date_field(&field("14", "", "1985"), today),
            Err("error-date-incomplete")
        );
        assert_eq!(
            parse_date_field(&field("31", "2", "1985"), today),
            Err("error-date-invalid")
        );
        assert_eq!(
            parse_date_field(&field("1", "13", "1985"), today),
            Err("error-date-invalid")
        );
        assert_eq!(
            parse_date_field(&field("x", "1", "1985"), today),
            Err("error-date-invalid")
        );
        assert_eq!(
            parse_date_field(&field("1", "1", "85"), today),
            Err("error-date-year")
        );
        assert_eq!(
            parse_date_field(&field("1", "1", "2030"), today),
            Err("error-date-future")
        );
    }
}
