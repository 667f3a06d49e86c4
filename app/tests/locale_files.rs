//! The Fluent files under `locales/`, checked as a translator's reviewer would: every file
//! parses, every locale has exactly English's messages, translations use English's variables,
//! every message is used by the code, and each locale's legal terms follow its glossary.

use myrecord_app::i18n::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// One message as a translator wrote it.
struct Message {
    file: String,
    variables: BTreeSet<String>,
    /// The words of the message (text outside placeables, in every variant), for the glossary.
    text: String,
}

/// Every message of a locale; panics on a file Fluent cannot parse, naming the file and what it
/// could not read.
fn messages(locale: Locale) -> BTreeMap<String, Message> {
    let dir = root().join("locales").join(locale.tag());
    let mut messages = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("locale folder exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in &resource.body {
            match entry {
                fluent_syntax::ast::Entry::Message(message) => {
                    let mut words = Words::default();
                    if let Some(value) = &message.value {
                        words.pattern(value);
                    }
                    for attribute in &message.attributes {
                        words.pattern(&attribute.value);
                    }
                    messages.insert(
                        message.id.name.to_owned(),
                        Message {
                            file: file.clone(),
                            variables: words.variables,
                            text: words.text,
                        },
                    );
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

/// Collects the variables (`$name`) and the literal text of a pattern, in every variant.
#[derive(Default)]
struct Words {
    variables: BTreeSet<String>,
    text: String,
}

impl Words {
    fn pattern(&mut self, pattern: &fluent_syntax::ast::Pattern<&str>) {
        use fluent_syntax::ast::PatternElement;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    self.text.push_str(value);
                    self.text.push(' ');
                }
                PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, expression: &fluent_syntax::ast::Expression<&str>) {
        use fluent_syntax::ast::Expression;
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &fluent_syntax::ast::InlineExpression<&str>) {
        use fluent_syntax::ast::InlineExpression;
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::StringLiteral { value } => {
                self.text.push_str(value);
                self.text.push(' ');
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline(argument);
                }
                for argument in &arguments.named {
                    self.inline(&argument.value);
                }
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }
}

#[test]
fn every_locale_has_exactly_englishs_messages_in_the_same_files() {
    let english = messages(Locale::En);
    assert!(english.len() > 50, "English messages were found");
    for locale in Locale::ALL {
        let theirs = messages(locale);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale:?} has messages English lacks: {extra:?}"
        );
        for (id, message) in &theirs {
            assert_eq!(
                message.file, english[id].file,
                "{locale:?} keeps {id} in another file than English"
            );
        }
    }
}

#[test]
fn translations_use_exactly_englishs_variables() {
    let english = messages(Locale::En);
    for locale in Locale::ALL {
        for (id, message) in messages(locale) {
            let Some(original) = english.get(&id) else {
                continue; // the test above names it
            };
            let missing: Vec<_> = original.variables.difference(&message.variables).collect();
            assert!(
                missing.is_empty(),
                "{locale:?} {id} does not use {missing:?}, which English does"
            );
            let unknown: Vec<_> = message.variables.difference(&original.variables).collect();
            assert!(
                unknown.is_empty(),
                "{locale:?} {id} uses {unknown:?}, which English does not pass"
            );
        }
    }
}

#[test]
fn message_ids_are_kebab_case() {
    for id in messages(Locale::En).keys() {
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is not kebab-case"
        );
    }
}

/// Where the code names messages: Rust sources, and the rule packs and grade table (whose
/// `summary_messages` and vocabularies name help and grade messages).
fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "toml") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    for dir in ["app/src", "server/src", "clearance/src", "clearance/packs"] {
        walk(&root().join(dir), &mut out);
    }
    out.push(root().join("clearance/grades.toml"));
    out
}

/// The quoted kebab-case strings of a source file ("nav-back"), and the prefixes of ids built
/// at run time (`format!("month-{}", …)` gives "month-").
fn names_in(source: &str, literals: &mut BTreeSet<String>, prefixes: &mut BTreeSet<String>) {
    let is_name_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    for (start, _) in source.match_indices('"') {
        let rest = &source[start + 1..];
        let end = rest.find(|c: char| !is_name_char(c)).unwrap_or(rest.len());
        let name = &rest[..end];
        if name.is_empty() {
            continue;
        }
        match rest[end..].chars().next() {
            Some('"') => {
                literals.insert(name.to_owned());
            }
            Some('{') if name.ends_with('-') => {
                prefixes.insert(name.to_owned());
            }
            _ => {}
        }
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let (mut literals, mut prefixes) = (BTreeSet::new(), BTreeSet::new());
    for path in sources() {
        names_in(
            &std::fs::read_to_string(&path).unwrap(),
            &mut literals,
            &mut prefixes,
        );
    }
    let unused: Vec<_> = messages(Locale::En)
        .into_keys()
        .filter(|id| !literals.contains(id) && !prefixes.iter().any(|p| id.starts_with(p)))
        .collect();
    assert!(
        unused.is_empty(),
        "no code names these messages (delete them, or name them where they are shown): {unused:?}"
    );
}

#[test]
fn the_unused_message_check_sees_literals_and_built_names() {
    let (mut literals, mut prefixes) = (BTreeSet::new(), BTreeSet::new());
    names_in(
        r#"i18n.t("nav-back"); i18n.t(&format!("month-{}", m)); let x = "Not a name";"#,
        &mut literals,
        &mut prefixes,
    );
    assert_eq!(literals, BTreeSet::from(["nav-back".to_owned()]));
    assert_eq!(prefixes, BTreeSet::from(["month-".to_owned()]));
}

/// One legal term of a locale's `glossary.toml`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    /// The English words (whole words, any case) that call for this term.
    en: Vec<String>,
    /// The chosen word, in its dictionary form.
    #[serde(rename = "use")]
    chosen: String,
    /// What every inflected form of the chosen word contains.
    forms: Vec<String>,
    /// Synonyms decided against: they appear in no message of the locale.
    #[serde(default)]
    avoid: Vec<String>,
    /// Messages where English uses the word in another sense.
    #[serde(default)]
    except: Vec<String>,
    #[allow(dead_code)] // for the translator who comes next
    note: String,
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

fn has_whole_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    text.match_indices(&word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn each_locale_says_each_legal_term_one_way() {
    let english = messages(Locale::En);
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let path = root()
            .join("locales")
            .join(locale.tag())
            .join("glossary.toml");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing", path.display()));
        let glossary: Glossary =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let theirs = messages(locale);
        for term in &glossary.term {
            assert!(
                !term.forms.is_empty(),
                "{locale:?} {}: no forms",
                term.chosen
            );
            for (id, original) in &english {
                if term.except.contains(id)
                    || !term.en.iter().any(|w| has_whole_word(&original.text, w))
                {
                    continue;
                }
                let translated = theirs[id].text.to_lowercase();
                assert!(
                    term.forms
                        .iter()
                        .any(|f| translated.contains(&f.to_lowercase())),
                    "{locale:?} {id} says {:?} without the glossary's {:?}",
                    term.en[0],
                    term.chosen
                );
            }
            for (id, message) in &theirs {
                let translated = message.text.to_lowercase();
                for avoided in &term.avoid {
                    assert!(
                        !translated.contains(&avoided.to_lowercase()),
                        "{locale:?} {id} uses {avoided:?}; the glossary says {:?}",
                        term.chosen
                    );
                }
            }
        }
    }
}

#[test]
fn the_glossary_matches_whole_words_only() {
    assert!(has_whole_word("The charge was sealed.", "sealed"));
    assert!(has_whole_word("Set aside in 2020", "set aside"));
    assert!(!has_whole_word("A disputed entry", "dispute"));
    assert!(!has_whole_word("misdemeanors", "misdemeanor"));
}
