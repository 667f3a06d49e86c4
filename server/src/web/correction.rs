//! The reviewer's correction form, read into the changes it makes to an entry — or into the
//! form again, with each problem at its field and everything typed kept.

use super::forms::parse_date_field;
use crate::corrections::FieldChange;
use crate::disputes::{MAX_STATEMENT_CHARS, clean_text};
use myrecord_app::model::{ChargeView, DateField, EntryChange, EntryValue, Field};
use myrecord_app::pages::review::CorrectionForm;
use myrecord_clearance::domain::{DispositionKind, Grade};
use serde::Deserialize;
use time::Date;

/// The correction form as posted.
#[derive(Deserialize)]
pub struct CorrectionInput {
    #[serde(default)]
    disposition: String,
    #[serde(default)]
    disposition_date_day: String,
    #[serde(default)]
    disposition_date_month: String,
    #[serde(default)]
    disposition_date_year: String,
    #[serde(default)]
    grade: String,
    #[serde(default)]
    restitution: String,
    #[serde(default)]
    strike: Option<String>,
    #[serde(default, rename = "correct_message")]
    message: String,
    /// Which step of the correction this post is (see [`Step`]).
    #[serde(default)]
    step: String,
}

/// A correction is checked before it is applied: the first post shows the changes as old →
/// new values, and only the check page's "Apply" button changes the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Show what would change (anything not a known step, so nothing applies by accident).
    Check,
    /// Apply the checked correction.
    Apply,
    /// Back from the check page: the form again, as typed.
    Edit,
}

/// A correction ready to store: what changes, and the reviewer's words to the person.
pub struct Correction {
    pub changes: Vec<FieldChange>,
    pub message: String,
    /// The form as typed, for the check step to carry forward.
    pub form: CorrectionForm,
}

/// The problem with a reviewer's message to the person, if any.
pub fn message_problem(message: &str, missing: &'static str) -> Option<&'static str> {
    if message.is_empty() {
        Some(missing)
    } else if message.chars().count() > MAX_STATEMENT_CHARS {
        Some("error-dispute-statement-too-long")
    } else {
        None
    }
}

impl CorrectionInput {
    pub fn step(&self) -> Step {
        match self.step.as_str() {
            "apply" => Step::Apply,
            "edit" => Step::Edit,
            _ => Step::Check,
        }
    }

    /// The form as typed, open to be changed (back from the check step).
    pub fn for_editing(&self) -> CorrectionForm {
        let message = clean_text(&self.message).trim().to_owned();
        CorrectionForm {
            editing: true,
            ..self.as_form(&message)
        }
    }

    /// The form as it was typed (for showing it again).
    fn as_form(&self, message: &str) -> CorrectionForm {
        CorrectionForm {
            disposition: self.disposition.clone(),
            disposition_date: DateField {
                day: self.disposition_date_day.trim().to_owned(),
                month: self.disposition_date_month.trim().to_owned(),
                year: self.disposition_date_year.trim().to_owned(),
                error: None,
            },
            grade: self.grade.clone(),
            restitution: Field::new(self.restitution.trim()),
            strike: self.strike.is_some(),
            message: Field::new(message),
            error: None,
            editing: false,
        }
    }

    /// The changes this form makes to `entry` (`None`: the dispute is about the whole record,
    /// and nothing of an entry changes), read as of `today` (a date cannot be in the future).
    /// A form from an expired page (`genuine` false) is only shown again.
    pub fn parse(
        self,
        entry: Option<&ChargeView>,
        genuine: bool,
        today: Date,
    ) -> Result<Correction, Box<CorrectionForm>> {
        let message = clean_text(&self.message).trim().to_owned();
        let mut form = self.as_form(&message);
        if !genuine {
            form.error = Some("error-form-expired-retry");
            return Err(Box::new(form));
        }
        let changes = match entry {
            Some(charge) => changes_to(charge, &mut form, today),
            None => Vec::new(),
        };
        form.message.error = message_problem(&message, "error-review-correction-missing");
        let field_problem =
            form.disposition_date.error.is_some() || form.restitution.error.is_some();
        if entry.is_some() && changes.is_empty() && !field_problem {
            form.error = Some("error-review-nothing-changed");
        }
        if form.error.is_some() || form.message.error.is_some() || field_problem {
            return Err(Box::new(form));
        }
        Ok(Correction {
            changes,
            message,
            form,
        })
    }
}

/// What the correction form changes in `charge`; problems are set on the form's fields.
fn changes_to(charge: &ChargeView, form: &mut CorrectionForm, today: Date) -> Vec<FieldChange> {
    if form.strike {
        return vec![FieldChange::Struck(time::OffsetDateTime::now_utc())];
    }
    let mut changes = Vec::new();
    if let Ok(disposition) = DispositionKind::parse(&form.disposition)
        && disposition != charge.disposition
    {
        changes.push(FieldChange::Disposition(disposition));
    }
    let date = &form.disposition_date;
    let blank = date.day.is_empty() && date.month.is_empty() && date.year.is_empty();
    let new_date = if blank {
        Ok(None)
    } else {
        parse_date_field(date, today).map(Some)
    };
    match new_date {
        Ok(new_date) if new_date != charge.disposition_date => {
            changes.push(FieldChange::DispositionDate(new_date));
        }
        Ok(_) => {}
        Err(problem) => form.disposition_date.error = Some(problem),
    }
    if let Ok(grade) = Grade::parse(&form.grade)
        && form.grade != charge.grade
    {
        changes.push(FieldChange::Grade(grade));
    }
    match parse_dollars(&form.restitution.value) {
        Some(cents) if cents != charge.restitution_owed_cents => {
            changes.push(FieldChange::RestitutionOwed(cents));
        }
        Some(_) => {}
        None => form.restitution.error = Some("error-review-restitution"),
    }
    changes
}

/// One change as the check step shows it: the entry's value now, and after.
pub fn entry_change(charge: &ChargeView, change: &FieldChange) -> EntryChange {
    let (field, before, after) = match change {
        FieldChange::Disposition(kind) => (
            "field-review-disposition",
            EntryValue::Disposition(charge.disposition),
            EntryValue::Disposition(*kind),
        ),
        FieldChange::DispositionDate(date) => (
            "field-review-disposition-date",
            EntryValue::Date(charge.disposition_date),
            EntryValue::Date(*date),
        ),
        FieldChange::Grade(grade) => (
            "field-review-grade",
            EntryValue::Grade(charge.grade.clone()),
            EntryValue::Grade(grade.as_str().to_owned()),
        ),
        FieldChange::RestitutionOwed(cents) => (
            "field-review-restitution",
            EntryValue::Dollars(charge.restitution_owed_cents),
            EntryValue::Dollars(*cents),
        ),
        FieldChange::Struck(_) => (
            "review-check-on-record-field",
            EntryValue::OnRecord(true),
            EntryValue::OnRecord(false),
        ),
    };
    EntryChange {
        field,
        before,
        after,
    }
}

/// Dollars as typed ("45", "45.5", "1,045.00") in cents. Reviewers write numbers as their
/// language does: the last comma or dot is the decimal mark when one or two digits follow it
/// ("450,00", "1.045,50"), and any other is a thousands separator ("1.045.000"). A single dot
/// before three digits ("1.234") could be either, so it is refused rather than guessed.
fn parse_dollars(text: &str) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('$')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let is_separator = |c: char| c == ',' || c == '.';
    let (whole, cents) = match cleaned.rfind(is_separator) {
        Some(at) => {
            let after = &cleaned[at + 1..];
            match after.len() {
                1 | 2 => (&cleaned[..at], format!("{after:0<2}")),
                3 if cleaned.matches(is_separator).count() == 1
                    && cleaned[at..].starts_with('.') =>
                {
                    return None;
                }
                3 => (cleaned.as_str(), "00".to_owned()),
                _ => return None,
            }
        }
        None => (cleaned.as_str(), "00".to_owned()),
    };
    // Thousands separators stand between groups of three digits, or it is not a number.
    if whole.contains(is_separator) {
        let mut groups = whole.split(is_separator);
        let first = groups.next().unwrap_or_default();
        if first.is_empty() || first.len() > 3 || !groups.all(|g| g.len() == 3) {
            return None;
        }
    }
    let whole: String = whole.chars().filter(|c| !is_separator(*c)).collect();
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !cents.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let cents: i64 = cents.parse().ok()?;
    whole.checked_mul(100)?.checked_add(cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_are_read_as_people_type_them() {
        assert_eq!(parse_dollars("45"), Some(4500));
        assert_eq!(parse_dollars("$1,045.5"), Some(104_550));
        assert_eq!(parse_dollars("0.07"), Some(7));
        assert_eq!(parse_dollars(" 0 "), Some(0));
        assert_eq!(parse_dollars("450,00"), Some(45_000));
        assert_eq!(parse_dollars("1.045,50"), Some(104_550));
        assert_eq!(parse_dollars("1.045.000"), Some(104_500_000));
        assert_eq!(parse_dollars("1,045"), Some(104_500));
        assert_eq!(parse_dollars("1 045,5"), Some(104_550));
        for bad in ["", "abc", "1.234", "-5", "4.", "1e3", "4,5678", "1.2.3"] {
            assert_eq!(parse_dollars(bad), None, "{bad}");
        }
    }
}
