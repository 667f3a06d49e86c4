//! Pieces every form handler shares: the token-only form behind a button, the answer to a
//! forged or stale post, and reading a date typed as day, month and year.

use super::error::ErrorPage;
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
