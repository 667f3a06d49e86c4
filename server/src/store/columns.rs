//! The `Any` driver reads and writes text and integers only (so that both databases mean the
//! same by a value): dates are kept as ISO 8601 text, instants as RFC 3339 UTC text. This is
//! where they become `time` values and back; nothing above the store sees the text.

use sqlx::Row;
use sqlx::any::AnyRow;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};

fn undecodable(column: &str, text: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("{column}: \"{text}\" is not a date or instant").into())
}

/// A date column.
pub fn date(row: &AnyRow, column: &str) -> Result<Date, sqlx::Error> {
    let text: String = row.try_get(column)?;
    myrecord_clearance::domain::parse_date(&text).map_err(|_| undecodable(column, &text))
}

/// A date column that may be null.
pub fn optional_date(row: &AnyRow, column: &str) -> Result<Option<Date>, sqlx::Error> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|text| {
        myrecord_clearance::domain::parse_date(&text).map_err(|_| undecodable(column, &text))
    })
    .transpose()
}

/// An instant column.
pub fn instant(row: &AnyRow, column: &str) -> Result<OffsetDateTime, sqlx::Error> {
    let text: String = row.try_get(column)?;
    OffsetDateTime::parse(&text, &Rfc3339).map_err(|_| undecodable(column, &text))
}

/// An instant column that may be null.
pub fn optional_instant(row: &AnyRow, column: &str) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|text| OffsetDateTime::parse(&text, &Rfc3339).map_err(|_| undecodable(column, &text)))
        .transpose()
}

/// A date as its column holds it.
pub fn date_text(date: Date) -> String {
    myrecord_clearance::domain::format_date(date)
}

/// An instant as its column holds it (RFC 3339, UTC).
pub fn instant_text(at: OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .expect("a UTC instant formats as RFC 3339")
}
