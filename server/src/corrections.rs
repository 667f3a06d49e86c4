//! A reviewer's correction of an entry: which of its values may change, and to what. Typed
//! here; the store turns each into its column (the only place a column name is written).

use myrecord_clearance::domain::{DispositionKind, Grade, format_date, parse_date};
use time::Date;

/// One value of an entry, changed by a correction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldChange {
    Disposition(DispositionKind),
    /// `None` empties the date.
    DispositionDate(Option<Date>),
    Grade(Grade),
    /// Restitution still owed, in cents.
    RestitutionOwed(i64),
    /// The entry is taken off the record (not the person's, or listed twice): it stays stored,
    /// struck at this instant.
    Struck(time::OffsetDateTime),
}

/// The name a change is kept under in `charge_correction.field`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectableField {
    Disposition,
    DispositionDate,
    Grade,
    RestitutionOwed,
    Struck,
}

impl CorrectableField {
    pub const ALL: [CorrectableField; 5] = [
        CorrectableField::Disposition,
        CorrectableField::DispositionDate,
        CorrectableField::Grade,
        CorrectableField::RestitutionOwed,
        CorrectableField::Struck,
    ];

    /// The stored name (the `charge` column it corrects).
    pub fn as_str(self) -> &'static str {
        match self {
            CorrectableField::Disposition => "disposition_type",
            CorrectableField::DispositionDate => "disposition_date",
            CorrectableField::Grade => "grade",
            CorrectableField::RestitutionOwed => "restitution_owed_cents",
            CorrectableField::Struck => "struck_at",
        }
    }

    pub fn parse(text: &str) -> Option<CorrectableField> {
        Self::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

impl FieldChange {
    pub fn field(&self) -> CorrectableField {
        match self {
            FieldChange::Disposition(_) => CorrectableField::Disposition,
            FieldChange::DispositionDate(_) => CorrectableField::DispositionDate,
            FieldChange::Grade(_) => CorrectableField::Grade,
            FieldChange::RestitutionOwed(_) => CorrectableField::RestitutionOwed,
            FieldChange::Struck(_) => CorrectableField::Struck,
        }
    }

    /// The new value as `charge_correction.new_value` keeps it.
    pub fn stored_value(&self) -> Option<String> {
        match self {
            FieldChange::Disposition(kind) => Some(kind.as_str().to_owned()),
            FieldChange::DispositionDate(date) => date.map(format_date),
            FieldChange::Grade(grade) => Some(grade.as_str().to_owned()),
            FieldChange::RestitutionOwed(cents) => Some(cents.to_string()),
            FieldChange::Struck(at) => Some(
                at.format(&time::format_description::well_known::Rfc3339)
                    .expect("an instant formats as RFC 3339"),
            ),
        }
    }

    /// A kept change read back (to apply it again after an import); `None` for a value that
    /// does not read as its field's type.
    pub fn from_stored(field: CorrectableField, value: Option<&str>) -> Option<FieldChange> {
        Some(match field {
            CorrectableField::Disposition => {
                FieldChange::Disposition(DispositionKind::parse(value?).ok()?)
            }
            CorrectableField::DispositionDate => FieldChange::DispositionDate(match value {
                Some(text) => Some(parse_date(text).ok()?),
                None => None,
            }),
            CorrectableField::Grade => FieldChange::Grade(Grade::parse(value?).ok()?),
            CorrectableField::RestitutionOwed => FieldChange::RestitutionOwed(value?.parse().ok()?),
            CorrectableField::Struck => FieldChange::Struck(
                time::OffsetDateTime::parse(value?, &time::format_description::well_known::Rfc3339)
                    .ok()?,
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn every_change_reads_back_as_it_was_kept() {
        for change in [
            FieldChange::Disposition(DispositionKind::Dismissed),
            FieldChange::DispositionDate(Some(date!(2008 - 08 - 20))),
            FieldChange::DispositionDate(None),
            FieldChange::Grade(Grade::parse("M2").unwrap()),
            FieldChange::RestitutionOwed(4500),
            FieldChange::Struck(datetime!(2026-11-24 10:00 UTC)),
        ] {
            let field = CorrectableField::parse(change.field().as_str()).unwrap();
            let back = FieldChange::from_stored(field, change.stored_value().as_deref());
            assert_eq!(back, Some(change));
        }
        assert_eq!(
            FieldChange::from_stored(CorrectableField::Grade, Some("X9")),
            None
        );
    }
}
