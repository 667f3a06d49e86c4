//! Small domain types parsed at the edge: grades, disposition kinds and ISO dates.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use time::{Date, Month};

/// An offense grade as a repository records it (`F1`, `M`, `I`, …). Grades are data
/// (`clearance/grades.toml`): this is an index into that table, so comparing, hashing and
/// using a grade as a bit position cost what an enum would.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grade(u8);

/// The grade table, read once from `grades.toml`.
struct Grades {
    codes: Vec<&'static str>,
    felony: Vec<bool>,
    /// Indexed by `Jurisdiction as usize`.
    vocabularies: Vec<Vec<Grade>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrades {
    grade: Vec<RawGrade>,
    jurisdictions: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrade {
    code: String,
    #[serde(default)]
    felony: bool,
}

fn grades() -> &'static Grades {
    static GRADES: std::sync::OnceLock<Grades> = std::sync::OnceLock::new();
    // A unit test reads the file, so these `expect`s cannot fail in a tested build.
    GRADES.get_or_init(|| {
        let raw: RawGrades =
            toml::from_str(include_str!("../grades.toml")).expect("grades.toml is valid");
        assert!(raw.grade.len() <= 64, "grades are bits of a u64");
        let codes: Vec<&'static str> = raw
            .grade
            .iter()
            .map(|g| &*Box::leak(g.code.clone().into_boxed_str()))
            .collect();
        let index = |code: &str| {
            let i = codes
                .iter()
                .position(|c| *c == code)
                .unwrap_or_else(|| panic!("grades.toml: {code} is not listed under `grade`"));
            Grade(i as u8)
        };
        let vocabularies = Jurisdiction::ALL
            .iter()
            .map(|j| {
                raw.jurisdictions
                    .get(j.as_str())
                    .unwrap_or_else(|| panic!("grades.toml: no vocabulary for {j}"))
                    .iter()
                    .map(|code| index(code))
                    .collect()
            })
            .collect();
        Grades {
            felony: raw.grade.iter().map(|g| g.felony).collect(),
            codes,
            vocabularies,
        }
    })
}

impl Grade {
    /// Every grade any state uses, in the table's order.
    pub fn all() -> impl Iterator<Item = Grade> {
        (0..grades().codes.len()).map(|i| Grade(i as u8))
    }

    /// How many grades there are (for tables indexed by grade).
    pub fn count() -> usize {
        grades().codes.len()
    }

    /// The grade's position in the table, for tables and bit sets indexed by grade.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        let table = grades();
        match table.codes.iter().position(|code| *code == s) {
            Some(i) => Ok(Grade(i as u8)),
            None => Err(format!(
                "\"{s}\" is not a grade; expected one of {}",
                table.codes.join(" ")
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        grades().codes[self.index()]
    }

    pub fn is_felony(self) -> bool {
        grades().felony[self.index()]
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

    /// The grades this state's repository records (EXTRACT-CHANGES.md § 1), from
    /// `grades.toml`.
    pub fn grades(self) -> &'static [Grade] {
        &grades().vocabularies[self as usize]
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
        assert_eq!(Grade::count(), 10);
        for grade in Grade::all() {
            assert_eq!(Grade::parse(grade.as_str()), Ok(grade));
        }
        assert_eq!(
            Grade::parse("X9").unwrap_err(),
            "\"X9\" is not a grade; expected one of F1 F2 F3 F M1 M2 M3 M S I"
        );
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
        let felonies: Vec<_> = Grade::all()
            .filter(|g| g.is_felony())
            .map(Grade::as_str)
            .collect();
        assert_eq!(felonies, ["F1", "F2", "F3", "F"]);
        let words = |j: Jurisdiction| j.grades().iter().map(|g| g.as_str()).collect::<Vec<_>>();
        assert_eq!(
            words(Jurisdiction::Pennsylvania).join(" "),
            "F1 F2 F3 F M1 M2 M3 M S"
        );
        assert_eq!(words(Jurisdiction::California), ["F", "M", "I"]);
        assert_eq!(words(Jurisdiction::Michigan), ["F", "M"]);
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
