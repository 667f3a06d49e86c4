//! `mi-cleanslate`, worked by hand from rules/mi-cleanslate.md, as of 2026-11-22. Each charge
//! sits in its own cycle; the lines read `status rule date [reasons] remedy`.

mod common;

use common::*;
use myrecord_clearance::pack::RulePack;
use serde_json::{Value, json};

fn pack() -> RulePack {
    RulePack::builtin("mi-cleanslate").unwrap()
}

fn decide(charges: Vec<Value>) -> Vec<String> {
    decisions(&pack(), person("MI", "1970-01-01", "2000-01-01", charges))
}

/// A conviction on `date` whose sentence was imposed on `imposed`.
fn imposed(statute: &str, grade: &str, date: &str, imposed: &str) -> Value {
    with(
        sentenced(convicted(statute, grade, date), 0, None),
        "sentence.imposed_date",
        json!(imposed),
    )
}

/// A prison sentence imposed on `date`, released on `release` (`None`: not recorded).
fn prison(statute: &str, date: &str, release: Option<&str>) -> Value {
    let charge = with(
        sentenced(convicted(statute, "F", date), 700, Some(1400)),
        "sentence.prison",
        json!(true),
    );
    with(charge, "sentence.prison_release_date", json!(release))
}

const FELONY: &str = "MCL 750.360"; // larceny in a building: 1,460 days, no category
const MISDEMEANOR_93: &str = "MCL 750.356(4)"; // larceny, 365 days
const MISDEMEANOR_92: &str = "MCL 750.167"; // disorderly person, 90 days

#[test]
fn a_felony_is_set_aside_ten_years_after_the_sentence() {
    assert_eq!(
        decide(vec![imposed(FELONY, "F", "2015-06-01", "2015-07-15")]),
        ["cleared mi-cleanslate/felony 2025-07-15 [] set_aside"]
    );
}

#[test]
fn a_prison_term_starts_the_ten_years_at_release_to_the_day() {
    assert_eq!(
        decide(vec![prison(FELONY, "2012-01-10", Some("2016-11-22"))]),
        ["cleared mi-cleanslate/felony 2026-11-22 [] set_aside"]
    );
    assert_eq!(
        decide(vec![prison(FELONY, "2012-01-10", Some("2016-11-23"))]),
        ["waiting mi-cleanslate/felony 2026-11-23 [waiting_period] set_aside"]
    );
    assert_eq!(
        decide(vec![prison(FELONY, "2012-01-10", None)]),
        ["not_eligible mi-cleanslate/felony - [missing_data] -"]
    );
}

#[test]
fn misdemeanors_are_set_aside_seven_years_after_the_sentence() {
    assert_eq!(
        decide(vec![
            imposed(MISDEMEANOR_93, "M", "2019-10-01", "2019-11-22"),
            convicted(MISDEMEANOR_92, "M", "2019-11-23"),
            // Not in the catalog: an M takes 90 days.
            convicted("MCL 999.1", "M", "2010-01-01"),
        ]),
        [
            "cleared mi-cleanslate/misdemeanor-93 2026-11-22 [] set_aside",
            "waiting mi-cleanslate/misdemeanor-92 2026-11-23 [waiting_period] set_aside",
            "cleared mi-cleanslate/misdemeanor-92 2017-01-01 [] set_aside",
        ]
    );
}

#[test]
fn seven_years_from_29_february_end_on_28_february() {
    assert_eq!(
        decide(vec![imposed(
            MISDEMEANOR_92,
            "M",
            "2020-02-29",
            "2020-02-29"
        )]),
        ["waiting mi-cleanslate/misdemeanor-92 2027-02-28 [waiting_period] set_aside"]
    );
}

#[test]
fn a_misdemeanor_punishable_by_more_than_a_year_is_a_felony_here() {
    assert_eq!(
        decide(vec![convicted("MCL 750.479", "M", "2010-01-01")]),
        ["cleared mi-cleanslate/felony 2020-01-01 [] set_aside"]
    );
}

#[test]
fn excluded_categories_and_ten_year_offenses_are_not_set_aside() {
    let one = |statute: &str, grade: &str| decide(vec![convicted(statute, grade, "2005-01-01")]);
    assert_eq!(
        one("MCL 750.81", "M"),
        ["not_eligible mi-cleanslate/misdemeanor-93 - [excluded_offense] -"]
    );
    assert_eq!(
        one("MCL 750.110", "F"),
        ["not_eligible mi-cleanslate/felony - [excluded_offense] -"]
    );
    // Dishonesty and 5,110 days: one reason, named once.
    assert_eq!(
        one("MCL 750.248", "F"),
        ["not_eligible mi-cleanslate/felony - [excluded_offense] -"]
    );
    // Lettered sections: 750.90g closes the assaultive range, 750.90h is outside it.
    assert_eq!(
        one("MCL 750.90g", "F"),
        ["not_eligible mi-cleanslate/felony - [excluded_offense] -"]
    );
    assert_eq!(
        one("MCL 750.90h", "F"),
        ["cleared mi-cleanslate/felony 2015-01-01 [] set_aside"]
    );
    // A sub-section takes its section's category and maximum (OWI, 93 days).
    assert_eq!(
        one("MCL 257.625(1)", "M"),
        ["not_eligible mi-cleanslate/misdemeanor-93 - [excluded_offense] -"]
    );
}

#[test]
fn two_assaultive_convictions_bar_every_set_aside() {
    assert_eq!(
        decide(vec![
            convicted("MCL 750.81", "M", "2001-01-01"),
            convicted("MCL 750.82", "F", "2002-01-01"),
            convicted(MISDEMEANOR_92, "M", "2003-01-01"),
        ]),
        [
            "not_eligible mi-cleanslate/misdemeanor-93 - [excluded_offense disqualifying_history] -",
            "not_eligible mi-cleanslate/felony - [excluded_offense disqualifying_history] -",
            "not_eligible mi-cleanslate/misdemeanor-92 - [disqualifying_history] -",
        ]
    );
}

#[test]
fn more_than_two_felonies_sets_aside_none_of_them() {
    let two = vec![
        convicted(FELONY, "F", "2001-01-01"),
        convicted(FELONY, "F", "2002-01-01"),
    ];
    assert_eq!(
        decide(two.clone()),
        [
            "cleared mi-cleanslate/felony 2011-01-01 [] set_aside",
            "cleared mi-cleanslate/felony 2012-01-01 [] set_aside",
        ]
    );
    // A third, even an excluded one, or a two-year misdemeanor, is over the cap.
    for third in [
        convicted("MCL 750.110", "F", "2003-01-01"),
        convicted("MCL 750.479", "M", "2003-01-01"),
    ] {
        let mut three = two.clone();
        three.push(third);
        let decided = decide(three);
        assert_eq!(
            decided[..2],
            ["not_eligible mi-cleanslate/felony - [conviction_limit] -"; 2]
        );
    }
}

#[test]
fn more_than_four_longer_misdemeanors_sets_aside_none_of_them() {
    let misdemeanor = |year: u32| convicted(MISDEMEANOR_93, "M", &format!("{year}-01-01"));
    let four: Vec<Value> = (2001..=2004).map(misdemeanor).collect();
    assert_eq!(
        decide(four.clone())[3],
        "cleared mi-cleanslate/misdemeanor-93 2011-01-01 [] set_aside"
    );
    let mut five = four;
    five.push(misdemeanor(2005));
    assert!(
        decide(five)
            .iter()
            .all(|d| d == "not_eligible mi-cleanslate/misdemeanor-93 - [conviction_limit] -")
    );
    // Misdemeanors of 92 days or less have no cap.
    let six: Vec<Value> = (2001..=2006)
        .map(|year| convicted(MISDEMEANOR_92, "M", &format!("{year}-01-01")))
        .collect();
    assert_eq!(
        decide(six)[5],
        "cleared mi-cleanslate/misdemeanor-92 2013-01-01 [] set_aside"
    );
}

#[test]
fn an_open_case_holds_everything_back() {
    assert_eq!(
        decide(vec![
            convicted(MISDEMEANOR_92, "M", "2010-01-01"),
            charge(FELONY, "F", "pending", None),
        ]),
        [
            "not_eligible mi-cleanslate/misdemeanor-92 - [pending_charge] -",
            "not_eligible - - [not_final] -",
        ]
    );
}

#[test]
fn a_later_conviction_restarts_no_clock_and_non_convictions_have_no_rule() {
    assert_eq!(
        decide(vec![
            convicted(MISDEMEANOR_92, "M", "2010-01-01"),
            convicted(FELONY, "F", "2020-01-01"),
            charge(FELONY, "F", "dismissed", Some("2015-01-01")),
            charge(FELONY, "F", "pardoned", Some("2015-01-01")),
        ]),
        [
            "cleared mi-cleanslate/misdemeanor-92 2017-01-01 [] set_aside",
            "waiting mi-cleanslate/felony 2030-01-01 [waiting_period] set_aside",
            "not_eligible - - [no_rule] -",
            "not_eligible - - [no_rule] -",
        ]
    );
}

/// The spec's contract line, exactly: an excluded felony of a person with three.
#[test]
fn the_output_lines_are_exactly_the_contract() {
    let cycle = |tn: &str, charge: Value| {
        json!({ "tracking_number": tn, "arrest_date": "2000-01-01",
                "agency": { "ori": "MI0000000", "name": "Police" }, "charges": [charge] })
    };
    let line = json!({
        "jurisdiction": "MI",
        "person": { "sid": "MI7", "first_name": "A", "middle_name": null, "last_name": "B",
                    "aliases": [], "dob": "1970-01-01", "sex": null, "race": null, "county": null },
        "cycles": [
            cycle("M-4", convicted("MCL 750.110", "F", "2001-01-01")),
            cycle("M-5", convicted(FELONY, "F", "2002-01-01")),
            cycle("M-6", convicted(FELONY, "F", "2003-01-01")),
        ],
    });
    assert_eq!(
        check_text(&pack(), &[line.to_string()]),
        concat!(
            r#"{"sid":"MI7","tracking_number":"M-4","seq":1,"status":"not_eligible","rule":"mi-cleanslate/felony","date":null,"reasons":["excluded_offense","conviction_limit"],"remedy":null}"#,
            "\n",
            r#"{"sid":"MI7","tracking_number":"M-5","seq":1,"status":"not_eligible","rule":"mi-cleanslate/felony","date":null,"reasons":["conviction_limit"],"remedy":null}"#,
            "\n",
            r#"{"sid":"MI7","tracking_number":"M-6","seq":1,"status":"not_eligible","rule":"mi-cleanslate/felony","date":null,"reasons":["conviction_limit"],"remedy":null}"#,
            "\n",
        )
    );
}
