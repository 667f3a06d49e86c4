//! Pieces every form handler shares: the token-only form behind a button, the answer to a
//! forged or stale post, refusing text that is not UTF-8, and reading a date typed as day,
//! month and year.

use super::error::ErrorPage;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use myrecord_app::model::DateField;
use serde::Deserialize;
use time::{Date, Month};

/// A form that is only a button: its anti-forgery token.
#[derive(Deserialize)]
pub struct TokenOnly {
    #[serde(default)]
    pub csrf_token: String,
}

/// The page for a post whose anti-forgery token is missing or old (a button, with nothing
/// typed to keep).
pub fn form_expired() -> Response {
    ErrorPage::FORM_EXPIRED.into_response()
}

/// The largest form (without a file) read: far more than any form here sends.
const FORM_BODY_LIMIT: usize = 256 * 1024;

/// Whether every name and value of an `application/x-www-form-urlencoded` body decodes to
/// UTF-8 text.
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

/// Refuses, plainly, a posted form whose text is not UTF-8. The form reader would otherwise
/// replace what it cannot read with "�" and store that as if the person had typed it.
pub async fn refuse_unreadable_forms(request: Request, next: Next) -> Response {
    let is_form = request.method() == Method::POST
        && request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_BODY_LIMIT).await else {
        return ErrorPage::BAD_REQUEST.into_response();
    };
    if !form_is_utf8(&bytes) {
        return ErrorPage::UNREADABLE_TEXT.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
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
    let (Some(day), Some(month), Some(year)) = (number(day), number(month), number(year)) else {
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
    fn forms_must_be_utf8_text() {
        assert!(form_is_utf8(
            b"email=ana%40example.org&name=Jos%C3%A9+Garc%C3%ADa"
        ));
        assert!(form_is_utf8(b""));
        assert!(!form_is_utf8(b"statement=caf%E9"));
        assert!(!form_is_utf8(b"%FF=x"));
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
