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
        // Isolation marks (U+2068/U+2069) only matter where right-to-left and left-to-right text
        // mix; both locales are left-to-right, and the marks break copy-paste of case numbers.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// One box of a date field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// A language the portal is translated into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Es];

    /// The BCP 47 tag used in `lang` attributes, the cookie and the `locales/` folder name.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The order people of this language write a date's parts in, for the three boxes of a
    /// date field. English here is American: month first (a person typing 10 5 1990 for 5
    /// October would otherwise enter a valid but wrong date). Spanish writes the day first.
    pub fn date_parts(self) -> [DatePart; 3] {
        match self {
            Locale::En => [DatePart::Month, DatePart::Day, DatePart::Year],
            Locale::Es => [DatePart::Day, DatePart::Month, DatePart::Year],
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
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
            let primary = range.split('-').next().unwrap_or("");
            if let Some(locale) = Locale::from_tag(primary)
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
        format!("{sign}${}.{:02}", self.count(whole), cents % 100)
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
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    fn message_ids(locale: Locale) -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .join(locale.tag());
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).expect("locale folder exists") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    if let Some((id, _)) = line.split_once('=')
                        && !line.starts_with([' ', '#', '.', '*', '['])
                        && !id.trim().is_empty()
                    {
                        ids.insert(id.trim().to_owned());
                    }
                }
            }
        }
        ids
    }

    #[test]
    fn every_locale_has_every_message() {
        let english = message_ids(Locale::En);
        assert!(english.len() > 50, "English messages were found");
        for locale in Locale::ALL {
            let ids = message_ids(locale);
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{locale:?} has messages English lacks: {extra:?}"
            );
        }
    }

    /// The variables (`$name`) a pattern uses, in its text and in every variant.
    fn variables_in(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn inline(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline(argument, out);
                    }
                    for argument in &arguments.named {
                        inline(&argument.value, out);
                    }
                }
                InlineExpression::Placeable { expression } => whole(expression, out),
                _ => {}
            }
        }
        fn whole(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
            match expression {
                Expression::Inline(expression) => inline(expression, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for variant in variants {
                        variables_in(&variant.value, out);
                    }
                }
            }
        }
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                whole(expression, out);
            }
        }
    }

    /// Every message of a locale with the variables it uses; panics on a file Fluent cannot
    /// parse, naming the file and what it could not read.
    fn messages_with_variables(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .join(locale.tag());
        let mut messages = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).expect("locale folder exists") {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let resource =
                fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
                    panic!("{} does not parse: {errors:?}", path.display())
                });
            for entry in &resource.body {
                match entry {
                    fluent_syntax::ast::Entry::Message(message) => {
                        let mut variables = BTreeSet::new();
                        if let Some(value) = &message.value {
                            variables_in(value, &mut variables);
                        }
                        for attribute in &message.attributes {
                            variables_in(&attribute.value, &mut variables);
                        }
                        messages.insert(message.id.name.to_owned(), variables);
                    }
                    fluent_syntax::ast::Entry::Junk { content } => {
                        panic!("{} has text Fluent cannot read: {content}", path.display())
                    }
                    _ => {}
                }
            }
        }
        messages
    }

    #[test]
    fn every_file_parses_and_translations_use_every_english_variable() {
        let english = messages_with_variables(Locale::En);
        for locale in Locale::ALL {
            let translated = messages_with_variables(locale);
            for (id, variables) in &english {
                let Some(theirs) = translated.get(id) else {
                    continue; // `every_locale_has_every_message` names it
                };
                let missing: Vec<_> = variables.difference(theirs).collect();
                assert!(
                    missing.is_empty(),
                    "{locale:?} {id} does not use {missing:?}, which English does"
                );
                let unknown: Vec<_> = theirs.difference(variables).collect();
                assert!(
                    unknown.is_empty(),
                    "{locale:?} {id} uses {unknown:?}, which English does not pass"
                );
            }
        }
    }

    #[test]
    fn message_ids_are_kebab_case() {
        for id in message_ids(Locale::En) {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id} is not kebab-case"
            );
        }
    }

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

    #[test]
    fn groups_thousands() {
        let en = I18n::new(Locale::En);
        assert_eq!(en.count(0), "0");
        assert_eq!(en.count(999), "999");
        assert_eq!(en.count(1000), "1,000");
        assert_eq!(en.count(2_447_673), "2,447,673");
        assert_eq!(en.count(-12_345), "-12,345");
        assert_eq!(I18n::new(Locale::Es).count(4_003_635), "4,003,635");
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
        assert_eq!(Locale::negotiate("fr, de"), None);
        assert_eq!(Locale::negotiate("es;q=0"), None);
        assert_eq!(Locale::negotiate(""), None);
    }
}
