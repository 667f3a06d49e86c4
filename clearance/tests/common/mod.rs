//! Builds extract lines for the packs' hand-worked tests and reads back what
//! `clearance check` writes, so each test states a record and the decisions the spec gives it.

#![allow(dead_code)] // each test file uses part of this

use myrecord_clearance::check::check_with_workers;
use myrecord_clearance::pack::RulePack;
use serde_json::{Value, json};
use time::macros::date;

/// The date the contract runs are made on.
pub const AS_OF: time::Date = date!(2026 - 11 - 22);

/// A charge: its statute, grade, and how and when it ended (`None` for no date).
pub fn charge(statute: &str, grade: &str, kind: &str, date: Option<&str>) -> Value {
    json!({
        "seq": 1,
        "statute": statute,
        "grade": grade,
        "disposition": { "type": kind, "date": date },
        "sentence": null,
        "restitution_owed_cents": 0,
    })
}

pub fn convicted(statute: &str, grade: &str, date: &str) -> Value {
    charge(statute, grade, "convicted", Some(date))
}

/// Sets a key on a charge; `disposition.conditional` reaches into the disposition.
pub fn with(mut charge: Value, key: &str, value: Value) -> Value {
    match key.split_once('.') {
        Some((outer, inner)) => charge[outer][inner] = value,
        None => charge[key] = value,
    }
    charge
}

/// A sentence of `min` days (and `max`, for a minimum–maximum one).
pub fn sentenced(charge: Value, min: u32, max: Option<u32>) -> Value {
    let mut sentence = json!({ "incarceration_days": min, "probation_days": 0, "fine_cents": 0 });
    if let Some(max) = max {
        sentence["incarceration_max_days"] = json!(max);
    }
    with(charge, "sentence", sentence)
}

/// One person's extract line. Each charge is its own cycle (`T-1`, `T-2`, …, arrested on
/// `arrested`), so every decision has seq 1 and its charge's position in the tracking number.
pub fn person(jurisdiction: &str, dob: &str, arrested: &str, charges: Vec<Value>) -> String {
    let cycles: Vec<Value> = charges
        .into_iter()
        .enumerate()
        .map(|(i, charge)| {
            json!({
                "tracking_number": format!("T-{}", i + 1),
                "arrest_date": arrested,
                "agency": { "ori": "XX0000000", "name": "Police" },
                "charges": [charge],
            })
        })
        .collect();
    json!({
        "jurisdiction": jurisdiction,
        "person": {
            "sid": "S1", "first_name": "Test", "middle_name": null, "last_name": "Person",
            "aliases": [], "dob": dob, "sex": null, "race": null, "county": null,
        },
        "cycles": cycles,
    })
    .to_string()
}

/// What `clearance check` writes for these lines, as text.
pub fn check_text(pack: &RulePack, lines: &[String]) -> String {
    let input = lines.join("\n");
    let mut output = Vec::new();
    check_with_workers(pack, AS_OF, input.as_bytes(), &mut output, 1).expect("the lines check");
    String::from_utf8(output).unwrap()
}

/// One decision, as the compact text the tests compare:
/// `status rule date [reasons] remedy [→ reduced_to]`, e.g.
/// `cleared pa-cs3/summary 2026-11-22 [] seal`.
pub fn decisions(pack: &RulePack, line: String) -> Vec<String> {
    check_text(pack, &[line])
        .lines()
        .map(|text| {
            let v: Value = serde_json::from_str(text).unwrap();
            let reasons: Vec<&str> = v["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r.as_str().unwrap())
                .collect();
            let or_dash = |v: &Value| v.as_str().unwrap_or("-").to_owned();
            let mut shown = format!(
                "{} {} {} [{}] {}",
                or_dash(&v["status"]),
                or_dash(&v["rule"]),
                or_dash(&v["date"]),
                reasons.join(" "),
                or_dash(&v["remedy"]),
            );
            if let Some(grade) = v.get("reduced_to") {
                shown.push_str(&format!(" → {}", grade.as_str().unwrap()));
            }
            shown
        })
        .collect()
}
