//! Posted forms, checked before a handler sees them: the body is UTF-8 text, it has the
//! fields the handler's input type needs, and its anti-forgery token is (or is not) this
//! session's. Handlers receive the outcome as a value, so none can forget a check. Also:
//! reading a date typed as day, month and year.

use super::csrf;
use super::error::WebError;
use super::state::AppState;
use crate::password::PasswordProblem;
use axum::extract::{FromRequest, FromRequestParts, Request};
use myrecord_app::i18n::{I18n, Locale};
use myrecord_app::model::DateField;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::sync::LazyLock;
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

/// Short forms people write that are not the start of a month's full name.
const MONTH_SHORT_FORMS: [(&str, u16); 2] = [("sept", 9), ("setiembre", 9)];

/// Words written with a month's number: "3月" (Chinese), "3월" (Korean), "tháng 3"
/// (Vietnamese).
const MONTH_NUMBER_MARKERS: [&str; 4] = ["月", "월", "tháng", "thg"];

/// Every language's month names, as its `month-N` messages write them, and the short forms.
/// Accepted whatever the page's language: someone may switch language and type as they
/// always do.
static MONTH_NAMES: LazyLock<Vec<(String, u16)>> = LazyLock::new(|| {
    let mut names: Vec<(String, u16)> = MONTH_SHORT_FORMS
        .iter()
        .map(|(name, month)| ((*name).to_owned(), *month))
        .collect();
    for locale in Locale::ALL {
        for month in 1..=12u16 {
            let name = I18n::new(locale)
                .t(&format!("month-{month}"))
                .to_lowercase();
            if !name.chars().any(|c| c.is_ascii_digit()) {
                names.push((name, month));
            }
        }
    }
    names
});

/// The month a word names: a full name, or its first three letters or more ("Oct", "oct.",
/// "Sept"), when they name one month only; or a number with a month word ("3月").
fn month_named(text: &str) -> Option<u16> {
    let word = text.trim_end_matches('.').to_lowercase();
    let unmarked = MONTH_NUMBER_MARKERS
        .iter()
        .fold(word.clone(), |rest, marker| rest.replace(marker, ""));
    if unmarked.len() < word.len() {
        return unmarked
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|month| (1..=12).contains(month));
    }
    if word.chars().count() < 3 {
        return None;
    }
    // A word in another grammatical case than the stored name ("октябрь" for "октября")
    // differs in its last letter only.
    let mut stem = word.clone();
    stem.pop();
    the_one_month_starting(&word).or_else(|| {
        (stem.chars().count() >= 3)
            .then(|| the_one_month_starting(&stem))
            .flatten()
    })
}

/// The month whose names all start with `prefix`, if it names only one.
fn the_one_month_starting(prefix: &str) -> Option<u16> {
    let mut months = MONTH_NAMES
        .iter()
        .filter(|(name, _)| name.starts_with(prefix))
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
    fn a_month_may_be_written_in_any_of_the_portals_languages() {
        let today = date!(2026 - 11 - 23);
        for month in [
            "10月",
            "10월",
            "tháng 10",
            "Oktubre",
            "октября",
            "октябрь",
            "أكتوبر",
        ] {
            assert_eq!(
                parse_date_field(&field("5", month, "1990"), today),
                Ok(date!(1990 - 10 - 05)),
                "{month}"
            );
        }
        assert_eq!(
            parse_date_field(&field("5", "13月", "1990"), today),
            Err("error-date-invalid")
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
