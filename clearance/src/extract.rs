//! The record extract format (JSON Lines, one person per line): parsing and validation.
//!
//! This is a contract with the state repository and with outside checks: unknown fields are
//! ignored, and every rejection names its line number and the field that caused it.

use crate::domain::{DispositionKind, Grade, Jurisdiction, serde_date};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::io::BufRead;
use time::Date;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonRecord {
    /// The state whose repository produced the line (Pennsylvania when absent, and left out
    /// when writing a Pennsylvania line, so extracts written before it existed stay the same).
    #[serde(default, skip_serializing_if = "Jurisdiction::is_pennsylvania")]
    pub jurisdiction: Jurisdiction,
    pub person: Person,
    #[serde(default)]
    pub cycles: Vec<Cycle>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// State identification number: the key a person is re-imported by.
    pub sid: String,
    pub first_name: String,
    #[serde(default)]
    pub middle_name: Option<String>,
    pub last_name: String,
    #[serde(default)]
    pub aliases: Vec<Alias>,
    #[serde(with = "serde_date")]
    pub dob: Date,
    #[serde(default)]
    pub sex: Option<String>,
    #[serde(default)]
    pub race: Option<String>,
    #[serde(default)]
    pub county: Option<String>,
}

// Names and dates of birth are personal data: keep them out of logs and panics.
impl fmt::Debug for Person {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Person")
            .field("sid", &self.sid)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alias {
    pub first_name: String,
    pub last_name: String,
}

/// One arrest (a "cycle") with its charges.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cycle {
    pub tracking_number: String,
    #[serde(with = "serde_date")]
    pub arrest_date: Date,
    pub agency: Agency,
    #[serde(default)]
    pub charges: Vec<Charge>,
}

/// A police agency or court, identified by its ORI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Agency {
    pub ori: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Charge {
    pub seq: u32,
    pub statute: String,
    #[serde(default)]
    pub description: Option<String>,
    /// In the vocabulary of the line's jurisdiction ([`Jurisdiction::grades`]).
    pub grade: Grade,
    /// The day the offense was committed; when absent, the arrest date is taken for it
    /// ([`Charge::offense_date_in`]).
    #[serde(
        with = "serde_date::option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub offense_date: Option<Date>,
    #[serde(default)]
    pub max_term_days: Option<u32>,
    #[serde(default)]
    pub court_case: Option<String>,
    #[serde(default)]
    pub court: Option<Agency>,
    pub disposition: Disposition,
    #[serde(default)]
    pub sentence: Option<Sentence>,
    #[serde(default)]
    pub restitution_owed_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Disposition {
    #[serde(rename = "type")]
    pub kind: DispositionKind,
    #[serde(with = "serde_date::option", default)]
    pub date: Option<Date>,
    /// For a pardon: it was granted on conditions (pa-cs3 seals these instead of expunging).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The term imposed; for a minimum–maximum sentence, the minimum.
    #[serde(default)]
    pub incarceration_days: u32,
    /// The maximum of a minimum–maximum sentence; when absent, the same as the minimum
    /// ([`Sentence::incarceration_max`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incarceration_max_days: Option<u32>,
    /// The day the sentence was imposed; when absent, the disposition date.
    #[serde(
        with = "serde_date::option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub imposed_date: Option<Date>,
    /// The incarceration is a state prison term, not county jail.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prison: bool,
    /// The day the person left that prison term; absent while still serving it.
    #[serde(
        with = "serde_date::option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub prison_release_date: Option<Date>,
    #[serde(default)]
    pub probation_days: u32,
    #[serde(default)]
    pub fine_cents: i64,
}

impl Charge {
    /// The day the offense was committed, or the arrest date of its cycle when the extract
    /// does not say (EXTRACT-CHANGES.md § 1).
    pub fn offense_date_in(&self, cycle: &Cycle) -> Date {
        self.offense_date.unwrap_or(cycle.arrest_date)
    }
}

impl Sentence {
    /// The longest term: the maximum of a minimum–maximum sentence, else the term imposed.
    pub fn incarceration_max(&self) -> u32 {
        self.incarceration_max_days
            .unwrap_or(self.incarceration_days)
    }
}

/// A rejected line: where, which field, and what is wrong, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {field}: {message}")]
pub struct ExtractError {
    pub line: usize,
    /// Path of the offending field, e.g. `cycles[0].charges[1].grade` (`-` for the whole line).
    pub field: String,
    pub message: String,
}

/// Parses one line of the extract; `line` is the 1-based line number used in errors.
pub fn parse_line(line: usize, text: &str) -> Result<PersonRecord, ExtractError> {
    // Tracking the field path costs about a third of the parse, and good lines are the rule:
    // parse plainly first, and only a line that fails is parsed again to name its field (that
    // second parse alone decides, so both paths accept exactly the same lines).
    let record: PersonRecord = match serde_json::from_str(text) {
        Ok(record) => record,
        Err(_) => {
            let deserializer = &mut serde_json::Deserializer::from_str(text);
            serde_path_to_error::deserialize(deserializer).map_err(|err| {
                let path = err.path().to_string();
                let inner = err.into_inner();
                ExtractError {
                    line,
                    field: if path == "." { "-".to_owned() } else { path },
                    message: plain_json_message(&inner),
                }
            })?
        }
    };
    validate(&record).map_err(|(field, message)| ExtractError {
        line,
        field,
        message,
    })?;
    Ok(record)
}

/// serde_json appends "at line 1 column 57" to its messages; the line number is ours to give.
fn plain_json_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(pos) => text[..pos].to_owned(),
        None => text,
    }
}

/// Checks the rules the JSON shape alone cannot express.
fn validate(record: &PersonRecord) -> Result<(), (String, String)> {
    let person = &record.person;
    for (field, value) in [
        ("person.sid", &person.sid),
        ("person.first_name", &person.first_name),
        ("person.last_name", &person.last_name),
    ] {
        if value.trim().is_empty() {
            return Err((field.to_owned(), "must not be empty".to_owned()));
        }
    }
    let mut tracking_numbers = HashSet::new();
    for (c, cycle) in record.cycles.iter().enumerate() {
        if let Some(problem) = identifier_problem(&cycle.tracking_number) {
            return Err((format!("cycles[{c}].tracking_number"), problem.to_owned()));
        }
        if !tracking_numbers.insert(cycle.tracking_number.as_str()) {
            return Err((
                format!("cycles[{c}].tracking_number"),
                format!(
                    "\"{}\" appears twice for this person",
                    cycle.tracking_number
                ),
            ));
        }
        let mut seqs = HashSet::new();
        for (i, charge) in cycle.charges.iter().enumerate() {
            let at = |field: &str| format!("cycles[{c}].charges[{i}].{field}");
            if !seqs.insert(charge.seq) {
                return Err((
                    at("seq"),
                    format!("{} appears twice in this cycle", charge.seq),
                ));
            }
            if let Some(problem) = identifier_problem(&charge.statute) {
                return Err((at("statute"), problem.to_owned()));
            }
            let disposition = &charge.disposition;
            if disposition.kind.is_final() && disposition.date.is_none() {
                return Err((
                    at("disposition.date"),
                    format!(
                        "is required when the disposition is \"{}\"",
                        disposition.kind.as_str()
                    ),
                ));
            }
            if charge.restitution_owed_cents < 0 {
                return Err((
                    at("restitution_owed_cents"),
                    "must not be negative".to_owned(),
                ));
            }
            let vocabulary = record.jurisdiction.grades();
            if !vocabulary.contains(&charge.grade) {
                let listed: Vec<&str> = vocabulary.iter().map(|g| g.as_str()).collect();
                return Err((
                    at("grade"),
                    format!(
                        "\"{}\" is not a grade in {}; expected one of {}",
                        charge.grade,
                        record.jurisdiction,
                        listed.join(" ")
                    ),
                ));
            }
            if let Some(sentence) = &charge.sentence {
                sentence_problem(sentence, disposition.date)
                    .map_or(Ok(()), |(field, message)| Err((at(field), message)))?;
            }
        }
    }
    Ok(())
}

/// Refuses a line of another state than the one whose law (`pack`, reading `expected`'s
/// lines) will decide it: a Michigan record must not be judged by Pennsylvania's law.
pub fn require_jurisdiction(
    line: usize,
    record: &PersonRecord,
    expected: Jurisdiction,
    pack: &str,
) -> Result<(), ExtractError> {
    if record.jurisdiction == expected {
        return Ok(());
    }
    Err(ExtractError {
        line,
        field: "jurisdiction".to_owned(),
        message: format!("line is {}, pack {pack} is {expected}", record.jurisdiction),
    })
}

/// What is inconsistent in a sentence's terms and dates, with the field it is found at.
fn sentence_problem(
    sentence: &Sentence,
    disposed_on: Option<Date>,
) -> Option<(&'static str, String)> {
    if let Some(max) = sentence.incarceration_max_days
        && max < sentence.incarceration_days
    {
        return Some((
            "sentence.incarceration_max_days",
            format!(
                "{max} is less than incarceration_days ({})",
                sentence.incarceration_days
            ),
        ));
    }
    if let (Some(imposed), Some(disposed)) = (sentence.imposed_date, disposed_on)
        && imposed < disposed
    {
        return Some((
            "sentence.imposed_date",
            format!("{imposed} is before the disposition date ({disposed})"),
        ));
    }
    let imposed = sentence.imposed_date.or(disposed_on);
    if let (Some(released), Some(imposed)) = (sentence.prison_release_date, imposed)
        && released < imposed
    {
        return Some((
            "sentence.prison_release_date",
            format!("{released} is before the sentence was imposed ({imposed})"),
        ));
    }
    None
}

/// Identifiers (tracking numbers, statute citations) are printed text: never empty, never
/// holding control characters (the store packs them between control characters).
fn identifier_problem(value: &str) -> Option<&'static str> {
    if value.trim().is_empty() {
        Some("must not be empty")
    } else if value.chars().any(char::is_control) {
        Some("must not contain control characters")
    } else {
        None
    }
}

/// Reads an extract line by line, yielding each person or the first error. Blank lines are
/// skipped (a trailing newline is not an error) but still counted for line numbers.
pub fn read_extract<R: BufRead>(
    reader: R,
) -> impl Iterator<Item = Result<PersonRecord, ExtractError>> {
    read_numbered(reader).map(|item| item.map(|(_, record)| record))
}

/// The byte-order mark some editors and exports put at the start of a UTF-8 file.
pub const BYTE_ORDER_MARK: char = '\u{FEFF}';

/// Like [`read_extract`], with each person's 1-based line number (for errors found later, such
/// as a person listed twice). A byte-order mark at the start of the file is skipped.
pub fn read_numbered<R: BufRead>(
    reader: R,
) -> impl Iterator<Item = Result<(usize, PersonRecord), ExtractError>> {
    reader.lines().enumerate().filter_map(|(index, line)| {
        let line_no = index + 1;
        let line = line.map(|text| match text.strip_prefix(BYTE_ORDER_MARK) {
            Some(rest) if index == 0 => rest.to_owned(),
            _ => text,
        });
        match line {
            Ok(text) if text.trim().is_empty() => None,
            Ok(text) => Some(parse_line(line_no, &text).map(|record| (line_no, record))),
            Err(err) => Some(Err(ExtractError {
                line: line_no,
                field: "-".to_owned(),
                message: format!("could not be read: {err}"),
            })),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{"person":{"sid":"PA1000001","first_name":"Ana","middle_name":null,"last_name":"Reyes","aliases":[],"dob":"1985-03-14","sex":"F","race":"hispanic","county":"Philadelphia"},"cycles":[{"tracking_number":"OTN-1001","arrest_date":"2009-06-02","agency":{"ori":"PAPEP0000","name":"Philadelphia Police Department"},"charges":[{"seq":1,"statute":"35 P.S. 780-113(a)(31)","description":"Possession of marijuana","grade":"M","max_term_days":30,"court_case":"MC-51-CR-0012345-2009","court":{"ori":"PA051013J","name":"Philadelphia Municipal Court"},"disposition":{"type":"convicted","date":"2009-09-15"},"sentence":{"incarceration_days":0,"probation_days":365,"fine_cents":10000},"restitution_owed_cents":0}]}]}"#;

    #[test]
    fn parses_the_design_brief_example() {
        let record = parse_line(1, SAMPLE).unwrap();
        assert_eq!(record.person.sid, "PA1000001");
        let charge = &record.cycles[0].charges[0];
        assert_eq!(charge.grade.as_str(), "M");
        assert_eq!(charge.max_term_days, Some(30));
        assert_eq!(charge.disposition.kind, DispositionKind::Convicted);
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_skipped() {
        let text = format!("{BYTE_ORDER_MARK}{SAMPLE}\n{SAMPLE}\n");
        let records: Vec<_> = read_numbered(text.as_bytes()).collect();
        assert!(records[0].is_ok(), "{:?}", records[0]);
        // Only at the start of the file: one later on is an error like any stray character.
        let text = format!("{SAMPLE}\n{BYTE_ORDER_MARK}{SAMPLE}\n");
        let records: Vec<_> = read_numbered(text.as_bytes()).collect();
        assert!(records[0].is_ok() && records[1].is_err());
    }

    #[test]
    fn ignores_unknown_fields() {
        let text = SAMPLE.replacen(r#""sex":"F""#, r#""sex":"F","eye_color":"brown""#, 1);
        assert!(parse_line(1, &text).is_ok());
    }

    #[test]
    fn names_the_line_and_field_of_a_bad_grade() {
        let text = SAMPLE.replace(r#""grade":"M""#, r#""grade":"X9""#);
        let err = parse_line(7, &text).unwrap_err();
        assert_eq!(err.line, 7);
        assert_eq!(err.field, "cycles[0].charges[0].grade");
        assert!(err.message.contains("\"X9\" is not a grade"), "{err}");
    }

    #[test]
    fn a_line_without_the_new_fields_reads_as_before() {
        let record = parse_line(1, SAMPLE).unwrap();
        assert_eq!(record.jurisdiction, Jurisdiction::Pennsylvania);
        let cycle = &record.cycles[0];
        let charge = &cycle.charges[0];
        assert_eq!(charge.offense_date, None);
        assert_eq!(charge.offense_date_in(cycle), cycle.arrest_date);
        assert!(!charge.disposition.conditional);
        let sentence = charge.sentence.as_ref().unwrap();
        assert_eq!(sentence.incarceration_max(), sentence.incarceration_days);
        assert_eq!(
            (
                sentence.imposed_date,
                sentence.prison,
                sentence.prison_release_date
            ),
            (None, false, None)
        );
    }

    #[test]
    fn reads_the_fields_the_newer_laws_need() {
        let text = SAMPLE
            .replacen(r#"{"person""#, r#"{"jurisdiction":"MI","person""#, 1)
            .replace(
                r#""max_term_days":30"#,
                r#""max_term_days":30,"offense_date":"2009-05-30""#,
            )
            .replace(
                r#""incarceration_days":0"#,
                r#""incarceration_days":365,"incarceration_max_days":730,"imposed_date":"2009-10-01","prison":true,"prison_release_date":"2010-10-01""#,
            );
        let record = parse_line(1, &text).unwrap();
        assert_eq!(record.jurisdiction, Jurisdiction::Michigan);
        let charge = &record.cycles[0].charges[0];
        assert_eq!(
            charge.offense_date_in(&record.cycles[0]).to_string(),
            "2009-05-30"
        );
        let sentence = charge.sentence.as_ref().unwrap();
        assert_eq!(sentence.incarceration_max(), 730);
        assert!(sentence.prison);
        assert_eq!(
            sentence.prison_release_date.map(|d| d.to_string()),
            Some("2010-10-01".to_owned())
        );
        let pardon = SAMPLE.replace(
            r#""type":"convicted","date":"2009-09-15""#,
            r#""type":"pardoned","date":"2019-09-15","conditional":true"#,
        );
        assert!(
            parse_line(1, &pardon).unwrap().cycles[0].charges[0]
                .disposition
                .conditional
        );
    }

    #[test]
    fn each_state_has_its_own_grades_and_a_wrong_one_is_named() {
        let line = |jurisdiction: &str, grade: &str| {
            SAMPLE
                .replacen(
                    r#"{"person""#,
                    &format!(r#"{{"jurisdiction":"{jurisdiction}","person""#),
                    1,
                )
                .replace(r#""grade":"M""#, &format!(r#""grade":"{grade}""#))
        };
        for (jurisdiction, grade) in [
            ("PA", "S"),
            ("PA", "M2"),
            ("CA", "I"),
            ("CA", "F"),
            ("MI", "M"),
        ] {
            assert!(
                parse_line(1, &line(jurisdiction, grade)).is_ok(),
                "{jurisdiction} {grade}"
            );
        }
        let err = parse_line(4, &line("CA", "S")).unwrap_err();
        assert_eq!(
            (err.line, err.field.as_str()),
            (4, "cycles[0].charges[0].grade")
        );
        assert!(
            err.message
                .contains("\"S\" is not a grade in CA; expected one of F M I"),
            "{err}"
        );
        let err = parse_line(1, &line("PA", "I")).unwrap_err();
        assert!(err.message.contains("not a grade in PA"), "{err}");
        let err = parse_line(1, &line("MI", "M1")).unwrap_err();
        assert!(err.message.contains("expected one of F M"), "{err}");
        let err = parse_line(1, &line("TX", "M")).unwrap_err();
        assert_eq!(err.field, "jurisdiction");
        assert!(err.message.contains("expected PA, CA or MI"), "{err}");
    }

    #[test]
    fn sentence_terms_and_dates_must_agree() {
        let with = |fields: &str| {
            SAMPLE.replace(
                r#""incarceration_days":0"#,
                &format!(r#""incarceration_days":90,{fields}"#),
            )
        };
        let field_of = |fields: &str| parse_line(1, &with(fields)).unwrap_err().field;
        assert_eq!(
            field_of(r#""incarceration_max_days":60"#),
            "cycles[0].charges[0].sentence.incarceration_max_days"
        );
        assert_eq!(
            field_of(r#""imposed_date":"2009-09-14""#),
            "cycles[0].charges[0].sentence.imposed_date"
        );
        // Released before the sentence was imposed: by default, the disposition date.
        assert_eq!(
            field_of(r#""prison":true,"prison_release_date":"2009-09-01""#),
            "cycles[0].charges[0].sentence.prison_release_date"
        );
        assert_eq!(
            field_of(r#""imposed_date":"2009-10-01","prison_release_date":"2009-09-20""#),
            "cycles[0].charges[0].sentence.prison_release_date"
        );
        // The same day is allowed at every edge.
        assert!(
            parse_line(
                1,
                &with(r#""incarceration_max_days":90,"imposed_date":"2009-09-15","prison_release_date":"2009-09-15""#)
            )
            .is_ok()
        );
    }

    #[test]
    fn names_a_missing_field() {
        let text = SAMPLE.replace(r#""sid":"PA1000001","#, "");
        let err = parse_line(2, &text).unwrap_err();
        assert_eq!(err.field, "person");
        assert!(err.message.contains("missing field `sid`"), "{err}");
    }

    #[test]
    fn rejects_a_bad_date() {
        let text = SAMPLE.replace("1985-03-14", "1985-14-03");
        let err = parse_line(1, &text).unwrap_err();
        assert_eq!(err.field, "person.dob");
    }

    #[test]
    fn requires_a_disposition_date_when_final() {
        let text = SAMPLE.replace(r#""date":"2009-09-15""#, r#""date":null"#);
        let err = parse_line(1, &text).unwrap_err();
        assert_eq!(err.field, "cycles[0].charges[0].disposition.date");
        let pending = text.replace(r#""type":"convicted""#, r#""type":"pending""#);
        assert!(parse_line(1, &pending).is_ok());
    }

    #[test]
    fn rejects_control_characters_in_identifiers() {
        let text = SAMPLE.replace("OTN-1001", "OTN\\u001f1001");
        let err = parse_line(1, &text).unwrap_err();
        assert_eq!(err.field, "cycles[0].tracking_number");
        assert!(err.message.contains("control characters"), "{err}");
        let text = SAMPLE.replace("780-113(a)(31)", "780-113\\u001e(a)(31)");
        assert_eq!(
            parse_line(1, &text).unwrap_err().field,
            "cycles[0].charges[0].statute"
        );
    }

    #[test]
    fn rejects_broken_json_without_serde_positions() {
        let err = parse_line(3, "{\"person\":").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(!err.message.contains("at line"), "{err}");
    }

    #[test]
    fn debug_output_redacts_names() {
        let record = parse_line(1, SAMPLE).unwrap();
        let debug = format!("{record:?}");
        assert!(
            !debug.contains("Reyes") && !debug.contains("1985"),
            "{debug}"
        );
    }

    #[test]
    fn reader_counts_blank_lines_and_stops_nowhere_early() {
        let input = format!("{SAMPLE}\n\n{}\n", SAMPLE.replace("PA1000001", "PA1000002"));
        let results: Vec<_> = read_extract(input.as_bytes()).collect();
        assert_eq!(results.len(), 2);
        assert!(results.iter().all(Result::is_ok));
        let input = format!("{SAMPLE}\n\nnot json\n");
        let err = read_extract(input.as_bytes())
            .find_map(Result::err)
            .unwrap();
        assert_eq!(err.line, 3);
    }
}
