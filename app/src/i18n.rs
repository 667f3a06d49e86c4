//! Translations: the Fluent files under `locales/`, locale negotiation and date formatting.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::LocalTime;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Isolation marks (U+2068/U+2069) around each placed value keep a left-to-right case
        // number or email address from scrambling a right-to-left Arabic sentence. In the
        // left-to-right locales nothing needs isolating, and the marks would only break
        // copy-paste of case numbers.
        customise: |bundle| {
            let right_to_left = bundle
                .locales
                .first()
                .is_some_and(|language| Locale::from_tag(&language.to_string())
                    .is_some_and(|locale| locale.direction() == Direction::RightToLeft));
            bundle.set_use_isolating(right_to_left);
        },
    };
}

/// One box of a date field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// Which way a language's lines run: the `dir` of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// A language the portal is translated into: English, then the languages most spoken at home
/// by people with limited English in the states served.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
    ZhHans,
    Vi,
    Ko,
    Tl,
    Ru,
    Ar,
}

impl Locale {
    /// In the order the language menu lists them.
    pub const ALL: [Locale; 8] = [
        Locale::En,
        Locale::Es,
        Locale::ZhHans,
        Locale::Vi,
        Locale::Ko,
        Locale::Tl,
        Locale::Ru,
        Locale::Ar,
    ];

    /// The BCP 47 tag used in `lang` attributes, the cookie, the account and the `locales/`
    /// folder name.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::ZhHans => "zh-Hans",
            Locale::Vi => "vi",
            Locale::Ko => "ko",
            Locale::Tl => "tl",
            Locale::Ru => "ru",
            Locale::Ar => "ar",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The order people of this language write a date's parts in, for the three boxes of a
    /// date field. English here is American: month first (a person typing 10 5 1990 for 5
    /// October would otherwise enter a valid but wrong date), as is Tagalog in the
    /// Philippines. Chinese and Korean write the year first; the others the day first.
    pub fn date_parts(self) -> [DatePart; 3] {
        match self {
            Locale::En | Locale::Tl => [DatePart::Month, DatePart::Day, DatePart::Year],
            Locale::ZhHans | Locale::Ko => [DatePart::Year, DatePart::Month, DatePart::Day],
            Locale::Es | Locale::Vi | Locale::Ru | Locale::Ar => {
                [DatePart::Day, DatePart::Month, DatePart::Year]
            }
        }
    }

    /// The locale a stored or sent tag names, exactly as `tag` writes it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The locale for a language range of an `Accept-Language` header ("zh-CN", "fil",
    /// "ar-EG"): matched on the primary language. Every Chinese range gets Simplified Chinese,
    /// the only Chinese script offered; Filipino is read as Tagalog, its standard form.
    fn for_language_range(range: &str) -> Option<Locale> {
        let primary = range.split('-').next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Locale::ZhHans),
            "fil" => Some(Locale::Tl),
            other => Locale::from_tag(other),
        }
    }

    /// Picks the best supported locale from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(f32, Locale)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.trim().split(';');
            let range = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(locale) = Locale::for_language_range(&range)
                && quality > 0.0
                && best.is_none_or(|(q, _)| quality > q)
            {
                best = Some((quality, locale));
            }
        }
        best.map(|(_, locale)| locale)
    }

    fn language_id(self) -> LanguageIdentifier {
        self.tag()
            .parse()
            .expect("locale tags are valid language identifiers")
    }
}

/// Looks up the messages of one locale. Cheap to copy into every component.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn new(locale: Locale) -> Self {
        I18n { locale }
    }

    /// The message `id`. A missing id renders as the id itself so that tests and reviewers
    /// notice it instead of seeing an empty string.
    pub fn t(&self, id: &str) -> String {
        LOCALES
            .try_lookup(&self.locale.language_id(), id)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` with named arguments (strings or numbers).
    pub fn t_args(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.locale.language_id(), id, &args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// A language named in this locale ("Spanish", "español"); message ids are lower case.
    pub fn language_name(&self, language: Locale) -> String {
        self.t(&format!(
            "language-name-{}",
            language.tag().to_ascii_lowercase()
        ))
    }

    /// A date written out in this locale ("14 March 2029").
    pub fn date(&self, date: time::Date) -> String {
        self.t_args(
            "date-long",
            &[
                ("day", Arg::Number(i64::from(date.day()))),
                (
                    "month",
                    Arg::Text(self.t(&format!("month-{}", u8::from(date.month())))),
                ),
                ("year", Arg::Text(date.year().to_string())),
            ],
        )
    }
}

impl I18n {
    /// A count written with this locale's thousands separator ("2,447,673").
    pub fn count(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let separator = self.t("number-thousands-separator");
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(digit);
        }
        if n < 0 { format!("-{out}") } else { out }
    }

    /// An amount of US dollars from cents ("$1,045.50").
    pub fn dollars(&self, cents: i64) -> String {
        let sign = if cents < 0 { "-" } else { "" };
        let cents = cents.unsigned_abs();
        let whole = i64::try_from(cents / 100).unwrap_or(i64::MAX);
        let decimal = self.t("number-decimal-separator");
        format!("{sign}${}{decimal}{:02}", self.count(whole), cents % 100)
    }

    /// A local date and time of day written out in this locale, with the zone's abbreviation
    /// ("23 November 2026 at 03:15 EST").
    pub fn date_time(&self, at: &LocalTime) -> String {
        self.t_args(
            "date-time",
            &[
                ("date", Arg::Text(self.date(at.date))),
                (
                    "time",
                    Arg::Text(format!("{:02}:{:02}", at.time.hour(), at.time.minute())),
                ),
                ("zone", Arg::Text(at.zone.clone())),
            ],
        )
    }
}

/// A Fluent argument value.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn looks_up_in_each_locale() {
        assert_eq!(I18n::new(Locale::En).t("nav-sign-out"), "Sign out");
        assert_eq!(I18n::new(Locale::Es).t("nav-sign-out"), "Cerrar sesión");
        assert_eq!(
            I18n::new(Locale::En).t("no-such-message"),
            "no-such-message"
        );
    }

    #[test]
    fn formats_dates_per_locale() {
        use time::macros::{date, time};
        assert_eq!(
            I18n::new(Locale::En).date(date!(2029 - 03 - 14)),
            "14 March 2029"
        );
        assert_eq!(
            I18n::new(Locale::Es).date(date!(2029 - 03 - 14)),
            "14 de marzo de 2029"
        );
        let at = LocalTime {
            date: date!(2026 - 11 - 23),
            time: time!(03:15),
            zone: "EST".to_owned(),
        };
        assert_eq!(
            I18n::new(Locale::En).date_time(&at),
            "23 November 2026 at 03:15 EST"
        );
        assert_eq!(
            I18n::new(Locale::Es).date_time(&at),
            "23 de noviembre de 2026 a las 03:15 EST"
        );
    }

    /// Counts take each language's plural forms: Russian has three for whole numbers (1, 3,
    /// 5), Arabic six (0, 1, 2, 3, 11, 100), Chinese one.
    #[test]
    fn writes_counts_in_each_languages_plural_forms() {
        let forms = |locale: Locale, counts: &[i64]| -> BTreeSet<String> {
            counts
                .iter()
                .map(|n| {
                    I18n::new(locale)
                        .t_args("views-count-others", &[("count", Arg::Number(*n))])
                        .replace(&n.to_string(), "#")
                })
                .collect()
        };
        assert_eq!(forms(Locale::Ru, &[1, 3, 5, 21, 22, 25]).len(), 3);
        assert_eq!(forms(Locale::Ar, &[0, 1, 2, 3, 11, 100]).len(), 6);
        assert_eq!(forms(Locale::ZhHans, &[2, 3, 5]).len(), 1);
    }

    #[test]
    fn writes_month_names_in_each_language() {
        use time::macros::date;
        let march = date!(2029 - 03 - 14);
        for locale in Locale::ALL {
            let written = I18n::new(locale).date(march);
            assert!(
                written.contains("14") && written.contains("2029"),
                "{locale:?} wrote {written}"
            );
            if locale != Locale::En {
                assert_ne!(written, I18n::new(Locale::En).date(march), "{locale:?}");
            }
        }
        assert_eq!(I18n::new(Locale::ZhHans).date(march), "2029年3月14日");
    }

    #[test]
    fn groups_thousands() {
        let en = I18n::new(Locale::En);
        assert_eq!(en.count(0), "0");
        assert_eq!(en.count(999), "999");
        assert_eq!(en.count(1000), "1,000");
        assert_eq!(en.count(2_447_673), "2,447,673");
        assert_eq!(en.count(-12_345), "-12,345");
        assert_eq!(I18n::new(Locale::Es).count(4_003_635), "4,003,635");
        assert_eq!(I18n::new(Locale::En).dollars(104_550), "$1,045.50");
        // Vietnamese groups with dots and writes cents after a comma.
        assert_eq!(I18n::new(Locale::Vi).dollars(104_550), "$1.045,50");
    }

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(
            Locale::negotiate("es-MX,es;q=0.9,en;q=0.8"),
            Some(Locale::Es)
        );
        assert_eq!(Locale::negotiate("en-US,en;q=0.9"), Some(Locale::En));
        assert_eq!(
            Locale::negotiate("fr-FR,es;q=0.5,en;q=0.7"),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate("zh-CN,zh;q=0.9"), Some(Locale::ZhHans));
        assert_eq!(Locale::negotiate("zh-TW"), Some(Locale::ZhHans));
        assert_eq!(Locale::negotiate("fil-PH,en;q=0.5"), Some(Locale::Tl));
        assert_eq!(Locale::negotiate("ar-EG,ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("fr, de"), None);
        assert_eq!(Locale::negotiate("es;q=0"), None);
        assert_eq!(Locale::negotiate(""), None);
    }
}
