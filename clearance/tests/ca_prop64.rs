//! `ca-prop64`, worked by hand from rules/ca-prop64.md, as of 2026-11-22. Each charge sits in
//! its own cycle; the lines read `status rule date [reasons] remedy [→ reduced_to]`.

mod common;

use common::*;
use myrecord_clearance::pack::RulePack;
use serde_json::{Value, json};

fn pack() -> RulePack {
    RulePack::builtin("ca-prop64").unwrap()
}

/// A conviction for an offense on `offense`, decided on `convicted_on`.
fn offense(statute: &str, grade: &str, offense: &str, convicted_on: &str) -> Value {
    with(
        convicted(statute, grade, convicted_on),
        "offense_date",
        json!(offense),
    )
}

fn decide(dob: &str, charges: Vec<Value>) -> Vec<String> {
    decisions(&pack(), person("CA", dob, "2000-01-01", charges))
}

const ADULT: &str = "1970-01-01";

#[test]
fn small_amounts_at_21_or_over_are_dismissed_and_sealed() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11357(b)", "M", "2010-05-01", "2010-07-01"),
                offense("HS 11360(b)", "M", "2010-05-01", "2010-07-01"),
                offense("HS 11357(B)", "I", "2010-05-01", "2010-07-01"),
            ]
        ),
        [
            "cleared ca-prop64/possession 2016-11-09 [] dismiss_and_seal",
            "cleared ca-prop64/sale-transport 2016-11-09 [] dismiss_and_seal",
            // Upper-case sub-section letters read the same; an infraction too is dismissed.
            "cleared ca-prop64/possession 2016-11-09 [] dismiss_and_seal",
        ]
    );
}

#[test]
fn eighteen_to_twenty_is_an_infraction_and_an_infraction_has_nothing_lower() {
    // Born 1990-06-01: 19 on 2010-05-01.
    assert_eq!(
        decide(
            "1990-06-01",
            vec![
                offense("HS 11357(b)", "M", "2010-05-01", "2010-07-01"),
                offense("HS 11357(b)", "I", "2010-05-01", "2010-07-01"),
            ]
        ),
        [
            "cleared ca-prop64/possession 2016-11-09 [] reduce → I",
            "not_eligible ca-prop64/possession - [no_lesser_offense] -",
        ]
    );
}

#[test]
fn the_twenty_first_birthday_counts_from_that_day() {
    let on = |day: &str| offense("HS 11357(b)", "M", day, "2011-08-01");
    assert_eq!(
        decide("1990-05-10", vec![on("2011-05-10"), on("2011-05-09")]),
        [
            "cleared ca-prop64/possession 2016-11-09 [] dismiss_and_seal",
            "cleared ca-prop64/possession 2016-11-09 [] reduce → I",
        ]
    );
}

#[test]
fn a_29_february_birthday_comes_on_28_february_in_common_years() {
    let on = |day: &str| offense("HS 11357(b)", "M", day, "2013-08-01");
    assert_eq!(
        decide("1992-02-29", vec![on("2013-02-28"), on("2013-02-27")]),
        [
            "cleared ca-prop64/possession 2016-11-09 [] dismiss_and_seal",
            "cleared ca-prop64/possession 2016-11-09 [] reduce → I",
        ]
    );
}

#[test]
fn under_eighteen_every_section_is_an_infraction_whatever_the_priors() {
    // Born 1993-01-01: 17 in 2010. The attempted murder before it would make an adult's
    // possession for sale a felony; priors play no part under 18.
    assert_eq!(
        decide(
            "1993-01-01",
            vec![
                offense("HS 11359", "F", "2010-05-01", "2010-07-01"),
                offense("PC 664/187(a)", "F", "2009-01-01", "2009-06-01"),
            ]
        ),
        [
            "cleared ca-prop64/possession-for-sale 2016-11-09 [] reduce → I",
            "not_eligible - - [no_rule] -",
        ]
    );
}

#[test]
fn other_possession_is_a_misdemeanor_so_only_a_felony_is_reduced() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11357(a)", "F", "2010-05-01", "2010-07-01"),
                offense("HS 11357", "M", "2010-05-01", "2010-07-01"),
                // A super strike before it: possession does not look at priors.
                offense("PC 187(a)", "F", "1990-01-01", "1991-01-01"),
            ]
        ),
        [
            "cleared ca-prop64/possession 2016-11-09 [] reduce → M",
            "not_eligible ca-prop64/possession - [no_lesser_offense] -",
            "not_eligible - - [no_rule] -",
        ]
    );
}

#[test]
fn a_super_strike_or_registrable_prior_keeps_a_felony_a_felony() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11359", "F", "2012-01-01", "2012-06-01"),
                offense("PC 220(a)", "F", "1999-01-01", "2000-01-01"),
            ]
        )[0],
        "not_eligible ca-prop64/possession-for-sale - [disqualifying_history] -"
    );
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11358", "F", "2012-01-01", "2012-06-01"),
                offense("PC 311.11(a)", "F", "1999-01-01", "2000-01-01"),
            ]
        )[0],
        "not_eligible ca-prop64/cultivation - [disqualifying_history] -"
    );
    // An attempt is the offense attempted, for the prior and for the cannabis count.
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 664/11359", "F", "2012-01-01", "2012-06-01"),
                offense("PC 664/187(a)", "F", "1999-01-01", "2000-01-01"),
            ]
        )[0],
        "not_eligible ca-prop64/possession-for-sale - [disqualifying_history] -"
    );
    // Only 245(d)(3) is a super strike, not the rest of § 245.
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11359", "F", "2012-01-01", "2012-06-01"),
                offense("PC 245(a)(1)", "F", "1999-01-01", "2000-01-01"),
            ]
        )[0],
        "cleared ca-prop64/possession-for-sale 2016-11-09 [] reduce → M"
    );
}

#[test]
fn a_prior_counts_only_when_convicted_strictly_before_the_offense() {
    // Convicted of the super strike the same day as the offense, then after the offense but
    // before the cannabis conviction (People v. Smit): neither is a prior.
    for prior_conviction in ["2012-01-01", "2012-03-01"] {
        assert_eq!(
            decide(
                ADULT,
                vec![
                    offense("HS 11360(a)", "F", "2012-01-01", "2012-06-01"),
                    offense("PC 245(d)(3)", "F", "2011-06-01", prior_conviction),
                ]
            )[0],
            "cleared ca-prop64/sale-transport 2016-11-09 [] reduce → M"
        );
    }
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11360(a)", "F", "2012-01-01", "2012-06-01"),
                offense("PC 245(d)(3)", "F", "2011-06-01", "2011-12-31"),
            ]
        )[0],
        "not_eligible ca-prop64/sale-transport - [disqualifying_history] -"
    );
}

#[test]
fn two_earlier_convictions_under_the_same_section_keep_a_felony() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11359", "F", "2004-01-01", "2005-01-01"),
                offense("HS 11359(a)", "F", "2007-01-01", "2008-01-01"),
                offense("HS 11359", "F", "2012-01-01", "2012-06-01"),
            ]
        ),
        [
            "cleared ca-prop64/possession-for-sale 2016-11-09 [] reduce → M",
            "cleared ca-prop64/possession-for-sale 2016-11-09 [] reduce → M",
            "not_eligible ca-prop64/possession-for-sale - [disqualifying_history] -",
        ]
    );
}

#[test]
fn small_amount_sales_do_not_count_as_same_section_priors() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11360(b)", "M", "2003-01-01", "2004-01-01"),
                offense("HS 11360(b)", "M", "2005-01-01", "2006-01-01"),
                offense("HS 11360(a)", "F", "2012-01-01", "2012-06-01"),
            ]
        ),
        [
            "cleared ca-prop64/sale-transport 2016-11-09 [] dismiss_and_seal",
            "cleared ca-prop64/sale-transport 2016-11-09 [] dismiss_and_seal",
            "cleared ca-prop64/sale-transport 2016-11-09 [] reduce → M",
        ]
    );
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11360(a)", "F", "2003-01-01", "2004-01-01"),
                offense("HS 11360(a)", "F", "2005-01-01", "2006-01-01"),
                offense("HS 11360(a)", "F", "2012-01-01", "2012-06-01"),
            ]
        )[2],
        "not_eligible ca-prop64/sale-transport - [disqualifying_history] -"
    );
}

#[test]
fn offenses_from_9_november_2016_are_not_covered() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                offense("HS 11359", "F", "2016-11-09", "2017-02-01"),
                offense("HS 11359", "F", "2016-11-08", "2017-02-01"),
            ]
        ),
        [
            "not_eligible ca-prop64/possession-for-sale - [date_not_covered] -",
            // Convicted after the law began: relief dates from the conviction.
            "cleared ca-prop64/possession-for-sale 2017-02-01 [] reduce → M",
        ]
    );
}

#[test]
fn the_offense_date_defaults_to_the_arrest() {
    // Arrested 2000-01-01 (the test person's cycles), so covered.
    assert_eq!(
        decide(ADULT, vec![convicted("HS 11358", "F", "2000-05-01")]),
        ["cleared ca-prop64/cultivation 2016-11-09 [] reduce → M"]
    );
}

#[test]
fn other_statutes_non_convictions_and_open_cases() {
    assert_eq!(
        decide(
            ADULT,
            vec![
                convicted("HS 11357.5", "M", "2010-01-01"),
                charge("HS 11359", "F", "dismissed", Some("2010-01-01")),
                charge("HS 11359", "F", "pending", None),
            ]
        ),
        [
            "not_eligible - - [no_rule] -",
            "not_eligible - - [no_rule] -",
            "not_eligible - - [not_final] -",
        ]
    );
}

/// The spec's contract line, exactly.
#[test]
fn the_output_lines_are_exactly_the_contract() {
    let line = json!({
        "jurisdiction": "CA",
        "person": { "sid": "CA100", "first_name": "A", "middle_name": null, "last_name": "B",
                    "aliases": [], "dob": "1980-01-01", "sex": null, "race": null, "county": null },
        "cycles": [{ "tracking_number": "C-1", "arrest_date": "2012-01-05",
                     "agency": { "ori": "CA0000000", "name": "Police" },
                     "charges": [
                        convicted("HS 11359", "F", "2012-03-04"),
                        with(convicted("HS 11357(b)", "M", "2012-03-04"), "seq", json!(2)),
                        with(charge("PC 459", "F", "dismissed", Some("2012-03-04")), "seq", json!(3)),
                     ] }],
    });
    assert_eq!(
        check_text(&pack(), &[line.to_string()]),
        concat!(
            r#"{"sid":"CA100","tracking_number":"C-1","seq":1,"status":"cleared","rule":"ca-prop64/possession-for-sale","date":"2016-11-09","reasons":[],"remedy":"reduce","reduced_to":"M"}"#,
            "\n",
            r#"{"sid":"CA100","tracking_number":"C-1","seq":2,"status":"cleared","rule":"ca-prop64/possession","date":"2016-11-09","reasons":[],"remedy":"dismiss_and_seal"}"#,
            "\n",
            r#"{"sid":"CA100","tracking_number":"C-1","seq":3,"status":"not_eligible","rule":null,"date":null,"reasons":["no_rule"],"remedy":null}"#,
            "\n",
        )
    );
}
