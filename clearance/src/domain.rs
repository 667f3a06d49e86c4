//! Small domain types parsed at the edge: grades, disposition kinds and ISO dates.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use time::{Date, Month};

/// Offense grade as the repository records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Grade {
    F1,
    F2,
    F3,
    /// Ungraded felony.
    F,
    M1,
    M2,
    M3,
    /// Ungraded misdemeanor.
    M,
    /// Summary offense.
    S,
    /// Infraction (California): the lowest grade, which a Prop 64 reduction may reach.
    I,
}

impl Grade {
    pub const ALL: [Grade; 10] = [
        Grade::F1,
        Grade::F2,
        Grade::F3,
        Grade::F,
        Grade::M1,
        Grade::M2,
        Grade::M3,
        Grade::M,
        Grade::S,
        Grade::I,
    ];

    pub fn parse(s: &str) -> Result<Self, String> {
        Ok(match s {
            "F1" => Grade::F1,
            "F2" => Grade::F2,
            "F3" => Grade::F3,
            "F" => Grade::F,
            "M1" => Grade::M1,
            "M2" => Grade::M2,
            "M3" => Grade::M3,
            "M" => Grade::M,
            "S" => Grade::S,
            "I" => Grade::I,
            other => {
                return Err(format!(
                    "\"{other}\" is not a grade; expected one of F1 F2 F3 F M1 M2 M3 M S I"
                ));
            }
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Grade::F1 => "F1",
            Grade::F2 => "F2",
            Grade::F3 => "F3",
            Grade::F => "F",
            Grade::M1 => "M1",
            Grade::M2 => "M2",
            Grade::M3 => "M3",
            Grade::M => "M",
            Grade::S => "S",
            Grade::I => "I",
        }
    }

    pub fn is_felony(self) -> bool {
        matches!(self, Grade::F1 | Grade::F2 | Grade::F3 | Grade::F)
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The state whose repository produced an extract line. It decides the grades the line may
/// use, and which rule packs may read it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Jurisdiction {
    /// Lines without the field are Pennsylvania's, as every extract was before it existed.
    #[default]
    Pennsylvania,
    California,
    Michigan,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 3] = [
        Jurisdiction::Pennsylvania,
        Jurisdiction::California,
        Jurisdiction::Michigan,
    ];

    pub fn is_pennsylvania(&self) -> bool {
        *self == Jurisdiction::Pennsylvania
    }

    /// The code extracts and rule packs write (`PA`).
    pub fn as_str(self) -> &'static str {
        match self {
            Jurisdiction::Pennsylvania => "PA",
            Jurisdiction::California => "CA",
            Jurisdiction::Michigan => "MI",
        }
    }

    pub fn parse(code: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|j| j.as_str() == code)
            .ok_or_else(|| format!("\"{code}\" is not a jurisdiction; expected PA, CA or MI"))
    }

    /// The grades this state's repository records (EXTRACT-CHANGES.md § 1).
    pub fn grades(self) -> &'static [Grade] {
        use Grade::*;
        match self {
            Jurisdiction::Pennsylvania => &[F1, F2, F3, F, M1, M2, M3, M, S],
            Jurisdiction::California => &[F, M, I],
            Jurisdiction::Michigan => &[F, M],
        }
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a charge ended (or that it has not ended yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DispositionKind {
    Convicted,
    Dismissed,
    Withdrawn,
    NolleProssed,
    Acquitted,
    /// Diversion program completed.
    Diverted,
    Pardoned,
    Pending,
    Unknown,
}

impl DispositionKind {
    pub const ALL: [DispositionKind; 9] = [
        DispositionKind::Convicted,
        DispositionKind::Dismissed,
        DispositionKind::Withdrawn,
        DispositionKind::NolleProssed,
        DispositionKind::Acquitted,
        DispositionKind::Diverted,
        DispositionKind::Pardoned,
        DispositionKind::Pending,
        DispositionKind::Unknown,
    ];

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is not a disposition type; expected one of convicted dismissed \
                     withdrawn nolle_prossed acquitted diverted pardoned pending unknown"
                )
            })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DispositionKind::Convicted => "convicted",
            DispositionKind::Dismissed => "dismissed",
            DispositionKind::Withdrawn => "withdrawn",
            DispositionKind::NolleProssed => "nolle_prossed",
            DispositionKind::Acquitted => "acquitted",
            DispositionKind::Diverted => "diverted",
            DispositionKind::Pardoned => "pardoned",
            DispositionKind::Pending => "pending",
            DispositionKind::Unknown => "unknown",
        }
    }

    /// Pending and unknown dispositions may still change; every other kind is final.
    pub fn is_final(self) -> bool {
        !matches!(self, DispositionKind::Pending | DispositionKind::Unknown)
    }

    /// A final outcome that is not a conviction (and not a pardon).
    pub fn is_final_non_conviction(self) -> bool {
        matches!(
            self,
            DispositionKind::Dismissed
                | DispositionKind::Withdrawn
                | DispositionKind::NolleProssed
                | DispositionKind::Acquitted
                | DispositionKind::Diverted
        )
    }
}

/// Parses an ISO 8601 calendar date (`YYYY-MM-DD`).
pub fn parse_date(s: &str) -> Result<Date, String> {
    let bad = || format!("\"{s}\" is not a date; expected YYYY-MM-DD");
    let mut parts = s.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u8 = m.parse().map_err(|_| bad())?;
    let day: u8 = d.parse().map_err(|_| bad())?;
    let month = Month::try_from(month).map_err(|_| bad())?;
    Date::from_calendar_date(year, month, day).map_err(|_| bad())
}

/// Formats a date as ISO 8601 (`YYYY-MM-DD`).
pub fn format_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Adds whole calendar months; a day that does not exist in the target month clamps to that
/// month's last day (Jan 31 + 1 month = Feb 28 or 29).
pub fn add_months(date: Date, months: u32) -> Date {
    checked_add_months(date, months).expect("date within the supported years")
}

/// Like [`add_months`], or `None` past the last supported year (9999), so rules applied to a
/// far-future date in bad data cannot panic.
pub fn checked_add_months(date: Date, months: u32) -> Option<Date> {
    shift_months(date, i64::from(months))
}

/// Moves by whole calendar months (back when negative), clamping the day to the month.
fn shift_months(date: Date, months: i64) -> Option<Date> {
    let zero_based = i64::from(date.year()) * 12 + i64::from(u8::from(date.month())) - 1 + months;
    let year = i32::try_from(zero_based.div_euclid(12)).ok()?;
    let month = Month::try_from((zero_based.rem_euclid(12) + 1) as u8).ok()?;
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).ok()
}

/// Goes back N years as 12·N calendar months, with the same clamp (2024-02-29 − 1 year =
/// 2023-02-28); `None` before the first supported year.
pub fn checked_sub_years(date: Date, years: u32) -> Option<Date> {
    shift_months(date, -12 * i64::from(years))
}

/// Adds N years as 12·N calendar months (2012-02-29 + 10 years = 2022-02-28).
pub fn add_years(date: Date, years: u32) -> Date {
    add_months(date, years * 12)
}

pub(crate) mod serde_date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_date(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse_date(&text).map_err(serde::de::Error::custom)
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
            match date {
                Some(date) => s.serialize_str(&format_date(*date)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
            let text = Option::<std::borrow::Cow<'de, str>>::deserialize(d)?;
            text.map(|t| parse_date(&t).map_err(serde::de::Error::custom))
                .transpose()
        }
    }
}

macro_rules! serde_via_str {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                <$ty>::parse(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}
serde_via_str!(Grade);
serde_via_str!(DispositionKind);
serde_via_str!(Jurisdiction);

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn grades_round_trip_and_reject_unknown() {
        for grade in Grade::ALL {
            assert_eq!(Grade::parse(grade.as_str()), Ok(grade));
        }
        assert!(Grade::parse("M4").unwrap_err().contains("not a grade"));
        assert!(Grade::parse("f1").is_err(), "grades are case-sensitive");
    }

    #[test]
    fn going_back_years_clamps_29_february() {
        assert_eq!(
            checked_sub_years(date!(2024 - 02 - 29), 1),
            Some(date!(2023 - 02 - 28))
        );
        assert_eq!(
            checked_sub_years(date!(2026 - 11 - 22), 5),
            Some(date!(2021 - 11 - 22))
        );
        assert_eq!(checked_sub_years(date!(2026 - 11 - 22), 100_000), None);
    }

    #[test]
    fn felony_grades() {
        let felonies: Vec<_> = Grade::ALL.into_iter().filter(|g| g.is_felony()).collect();
        assert_eq!(felonies, [Grade::F1, Grade::F2, Grade::F3, Grade::F]);
    }

    #[test]
    fn disposition_kinds_round_trip_and_finality() {
        for kind in DispositionKind::ALL {
            assert_eq!(DispositionKind::parse(kind.as_str()), Ok(kind));
        }
        assert!(!DispositionKind::Pending.is_final());
        assert!(!DispositionKind::Unknown.is_final());
        assert!(DispositionKind::Diverted.is_final_non_conviction());
        assert!(!DispositionKind::Convicted.is_final_non_conviction());
        assert!(!DispositionKind::Pardoned.is_final_non_conviction());
        assert!(DispositionKind::parse("guilty").is_err());
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(parse_date("2009-06-02"), Ok(date!(2009 - 06 - 02)));
        for bad in [
            "2009-6-2",
            "2009-02-30",
            "20090602",
            "2009-06-02T00:00",
            "",
            "abcd-ef-gh",
        ] {
            assert!(parse_date(bad).is_err(), "{bad} should be rejected");
        }
        assert_eq!(format_date(date!(2009 - 06 - 02)), "2009-06-02");
    }

    #[test]
    fn adding_years_clamps_to_month_end() {
        assert_eq!(add_years(date!(2012 - 02 - 29), 10), date!(2022 - 02 - 28));
        assert_eq!(add_years(date!(2012 - 02 - 29), 4), date!(2016 - 02 - 29));
        assert_eq!(add_years(date!(2009 - 09 - 15), 10), date!(2019 - 09 - 15));
        assert_eq!(add_months(date!(2021 - 01 - 31), 1), date!(2021 - 02 - 28));
        assert_eq!(add_months(date!(2021 - 12 - 31), 2), date!(2022 - 02 - 28));
        assert_eq!(checked_add_months(date!(9999 - 06 - 01), 12), None);
        assert_eq!(
            checked_add_months(date!(9998 - 06 - 30), 12),
            Some(date!(9999 - 06 - 30))
        );
    }
}
