//! `pa-cs3`, worked by hand from rules/pa-cs3.md, as of 2026-11-22. Each charge sits in its own
//! cycle; the lines read `status rule date [reasons] remedy`.

mod common;

use common::*;
use myrecord_clearance::pack::RulePack;
use serde_json::json;

fn pack() -> RulePack {
    RulePack::builtin("pa-cs3").unwrap()
}

fn decide(charges: Vec<serde_json::Value>) -> Vec<String> {
    decisions(&pack(), person("PA", "1980-01-01", "2000-01-01", charges))
}

const DRUG: &str = "35 P.S. 780-113(a)(30)";
const THEFT: &str = "18 Pa.C.S. 3921";

#[test]
fn an_unconditional_pardon_is_expunged_and_a_conditional_one_sealed() {
    let pardoned = charge("18 Pa.C.S. 3502", "F2", "pardoned", Some("2020-05-01"));
    let conditional = with(pardoned.clone(), "disposition.conditional", json!(true));
    let future = charge(THEFT, "M2", "pardoned", Some("2027-01-10"));
    assert_eq!(
        decide(vec![pardoned, conditional, future]),
        [
            "cleared pa-cs3/pardon 2020-05-01 [] expunge",
            "cleared pa-cs3/pardon 2020-05-01 [] seal",
            "waiting pa-cs3/pardon 2027-01-10 [waiting_period] expunge",
        ]
    );
}

#[test]
fn a_non_conviction_is_sealed_thirty_days_on_to_the_day() {
    assert_eq!(
        decide(vec![
            charge(THEFT, "M2", "dismissed", Some("2026-10-23")),
            charge(THEFT, "M2", "acquitted", Some("2026-10-24")),
        ]),
        [
            "cleared pa-cs3/non-conviction 2026-11-22 [] seal",
            "waiting pa-cs3/non-conviction 2026-11-23 [waiting_period] seal",
        ]
    );
}

#[test]
fn a_summary_conviction_waits_five_years_and_restitution_stops_it() {
    let owing = with(
        convicted("18 Pa.C.S. 3929", "S", "2010-01-01"),
        "restitution_owed_cents",
        json!(5000),
    );
    assert_eq!(
        decide(vec![
            convicted("18 Pa.C.S. 3929", "S", "2021-11-22"),
            convicted("18 Pa.C.S. 3929", "S", "2021-11-23"),
            owing,
        ]),
        [
            "cleared pa-cs3/summary 2026-11-22 [] seal",
            "waiting pa-cs3/summary 2026-11-23 [waiting_period] seal",
            "not_eligible pa-cs3/summary - [restitution_owed] -",
        ]
    );
}

#[test]
fn a_misdemeanor_waits_seven_years_to_the_day() {
    assert_eq!(
        decide(vec![convicted(THEFT, "M2", "2019-11-22")]),
        ["cleared pa-cs3/misdemeanor 2026-11-22 [] seal"]
    );
    assert_eq!(
        decide(vec![convicted(THEFT, "M3", "2019-11-23")]),
        ["waiting pa-cs3/misdemeanor 2026-11-23 [waiting_period] seal"]
    );
}

#[test]
fn seven_years_from_29_february_end_on_28_february() {
    assert_eq!(
        decide(vec![convicted(THEFT, "M3", "2020-02-29")]),
        ["waiting pa-cs3/misdemeanor 2027-02-28 [waiting_period] seal"]
    );
}

#[test]
fn a_later_conviction_of_a_year_or_more_restarts_the_seven_years() {
    // The M1 (1,825 days) restarts the M2's clock from 2018-06-01; it is one conviction over
    // two years and two of a year or more, so no history bar. The M1 itself is not covered.
    assert_eq!(
        decide(vec![
            convicted(THEFT, "M2", "2015-01-10"),
            convicted(THEFT, "M1", "2018-06-01"),
        ]),
        [
            "cleared pa-cs3/misdemeanor 2025-06-01 [] seal",
            "not_eligible - - [grade_not_covered] -",
        ]
    );
}

#[test]
fn excluded_offenses_history_and_restitution_are_each_named_in_order() {
    let owing = with(
        convicted("18 Pa.C.S. 2701", "M2", "2010-01-01"),
        "restitution_owed_cents",
        json!(100),
    );
    assert_eq!(
        decide(vec![
            owing,
            convicted("18 Pa.C.S. 3502", "F2", "2005-01-01")
        ]),
        [
            "not_eligible pa-cs3/misdemeanor - [excluded_offense disqualifying_history restitution_owed] -",
            "not_eligible - - [grade_not_covered] -",
        ]
    );
}

#[test]
fn four_convictions_of_a_year_or_more_bar_every_misdemeanor() {
    let four = vec![
        convicted(THEFT, "M3", "2001-01-01"),
        convicted(THEFT, "M3", "2002-01-01"),
        convicted(THEFT, "M3", "2003-01-01"),
        convicted(THEFT, "M3", "2004-01-01"),
    ];
    assert!(
        decide(four.clone())
            .iter()
            .all(|d| d == "not_eligible pa-cs3/misdemeanor - [disqualifying_history] -")
    );
    // Three are not enough; the last one's date starts every clock.
    assert_eq!(
        decide(four[..3].to_vec()),
        ["cleared pa-cs3/misdemeanor 2010-01-01 [] seal"; 3]
    );
}

#[test]
fn a_qualifying_drug_felony_is_sealed_after_ten_years_and_bars_nothing() {
    // Minimum 365, maximum 730: under both lines, so a qualifying offense. It does not count
    // as a felony against the misdemeanor, but its conviction (2,555 days) restarts the clock.
    let drug = sentenced(convicted(DRUG, "F", "2014-06-15"), 365, Some(730));
    assert_eq!(
        decide(vec![convicted(THEFT, "M2", "2012-03-01"), drug]),
        [
            "cleared pa-cs3/misdemeanor 2021-06-15 [] seal",
            "cleared pa-cs3/drug-felony 2024-06-15 [] seal",
        ]
    );
    let recent = sentenced(convicted(DRUG, "F3", "2021-05-02"), 90, None);
    assert_eq!(
        decide(vec![recent]),
        ["waiting pa-cs3/drug-felony 2031-05-02 [waiting_period] seal"]
    );
}

#[test]
fn the_thirty_and_sixty_month_lines_fall_exactly_at_900_and_1800_days() {
    let drug = |min, max| sentenced(convicted(DRUG, "F", "2010-01-01"), min, Some(max));
    assert_eq!(
        decide(vec![drug(899, 1799)]),
        ["cleared pa-cs3/drug-felony 2020-01-01 [] seal"]
    );
    // Not qualifying, so it is also a felony in the person's history: its own decision
    // names both, as rule 5 says it counts itself.
    assert_eq!(
        decide(vec![drug(900, 1000)]),
        ["not_eligible pa-cs3/drug-felony - [excluded_offense disqualifying_history] -"]
    );
    assert_eq!(
        decide(vec![drug(100, 1800)]),
        ["not_eligible pa-cs3/drug-felony - [excluded_offense disqualifying_history] -"]
    );
    // A flat sentence: its one term is both minimum and maximum.
    assert_eq!(
        decide(vec![sentenced(
            convicted(DRUG, "F", "2010-01-01"),
            900,
            None
        )]),
        ["not_eligible pa-cs3/drug-felony - [excluded_offense disqualifying_history] -"]
    );
}

#[test]
fn a_drug_felony_without_a_sentence_is_missing_data_and_counts_as_a_felony() {
    assert_eq!(
        decide(vec![
            convicted(DRUG, "F", "2010-01-01"),
            convicted(THEFT, "M2", "2011-01-01"),
        ]),
        [
            "not_eligible pa-cs3/drug-felony - [missing_data disqualifying_history] -",
            "not_eligible pa-cs3/misdemeanor - [disqualifying_history] -",
        ]
    );
}

#[test]
fn a_non_qualifying_drug_felony_bars_the_misdemeanors() {
    let long = sentenced(convicted(DRUG, "F", "2009-01-01"), 1000, Some(2000));
    assert_eq!(
        decide(vec![convicted(THEFT, "M2", "2010-01-01"), long]),
        [
            "not_eligible pa-cs3/misdemeanor - [disqualifying_history] -",
            "not_eligible pa-cs3/drug-felony - [excluded_offense disqualifying_history] -",
        ]
    );
}

#[test]
fn a_drug_felony_with_a_felony_elsewhere_is_held_back_and_owes_restitution() {
    let drug = with(
        sentenced(convicted(DRUG, "F", "2010-01-01"), 30, None),
        "restitution_owed_cents",
        json!(1),
    );
    assert_eq!(
        decide(vec![drug, convicted("18 Pa.C.S. 3502", "F2", "2005-01-01")]),
        [
            "not_eligible pa-cs3/drug-felony - [disqualifying_history restitution_owed] -",
            "not_eligible - - [grade_not_covered] -",
        ]
    );
}

#[test]
fn a_pardoned_felony_is_not_a_conviction_in_the_history() {
    assert_eq!(
        decide(vec![
            charge("18 Pa.C.S. 3502", "F1", "pardoned", Some("2015-01-01")),
            convicted(THEFT, "M2", "2016-01-01"),
        ]),
        [
            "cleared pa-cs3/pardon 2015-01-01 [] expunge",
            "cleared pa-cs3/misdemeanor 2023-01-01 [] seal",
        ]
    );
}

#[test]
fn small_drug_misdemeanors_are_misdemeanors_and_restart_nothing() {
    // (a)(31) is an M of 30 days: a covered misdemeanor that does not restart a clock.
    assert_eq!(
        decide(vec![
            convicted(THEFT, "M2", "2015-01-01"),
            convicted("35 P.S. 780-113(a)(31)", "M", "2020-01-01"),
        ]),
        [
            "cleared pa-cs3/misdemeanor 2022-01-01 [] seal",
            "waiting pa-cs3/misdemeanor 2027-01-01 [waiting_period] seal",
        ]
    );
}

#[test]
fn uncovered_grades_and_undecided_charges_name_no_rule() {
    assert_eq!(
        decide(vec![
            convicted(THEFT, "M1", "2001-01-01"),
            convicted("18 Pa.C.S. 9999", "M", "2001-01-01"),
            charge(THEFT, "M2", "pending", None),
        ]),
        [
            "not_eligible - - [grade_not_covered] -",
            "not_eligible - - [grade_not_covered] -",
            "not_eligible - - [not_final] -",
        ]
    );
}

/// The spec's contract line, exactly: keys, order and `remedy` after `reasons`.
#[test]
fn the_output_lines_are_exactly_the_contract() {
    let drug = sentenced(convicted(DRUG, "F", "2021-05-02"), 90, Some(365));
    let line = serde_json::json!({
        "person": { "sid": "PA300", "first_name": "A", "middle_name": null, "last_name": "B",
                    "aliases": [], "dob": "1990-01-01", "sex": null, "race": null, "county": null },
        "cycles": [{ "tracking_number": "OTN-9", "arrest_date": "2021-01-01",
                     "agency": { "ori": "PA0000000", "name": "Police" },
                     "charges": [
                        with(charge(THEFT, "M2", "withdrawn", Some("2021-05-02")), "seq", json!(1)),
                        with(drug, "seq", json!(2)),
                        with(charge(THEFT, "M2", "pending", None), "seq", json!(3)),
                     ] }],
    });
    assert_eq!(
        check_text(&pack(), &[line.to_string()]),
        concat!(
            r#"{"sid":"PA300","tracking_number":"OTN-9","seq":1,"status":"cleared","rule":"pa-cs3/non-conviction","date":"2021-06-01","reasons":[],"remedy":"seal"}"#,
            "\n",
            r#"{"sid":"PA300","tracking_number":"OTN-9","seq":2,"status":"waiting","rule":"pa-cs3/drug-felony","date":"2031-05-02","reasons":["waiting_period"],"remedy":"seal"}"#,
            "\n",
            r#"{"sid":"PA300","tracking_number":"OTN-9","seq":3,"status":"not_eligible","rule":null,"date":null,"reasons":["not_final"],"remedy":null}"#,
            "\n",
        )
    );
}
