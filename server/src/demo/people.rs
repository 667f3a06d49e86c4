//! Demo people built from a state's scenarios, with dates relative to today so the demo stays
//! current. The scenarios themselves are in one module per state.

use myrecord_clearance::domain::{DispositionKind, Grade, Jurisdiction};
use myrecord_clearance::extract::{
    Agency, Charge, Cycle, Disposition, Person, PersonRecord, Sentence,
};
use time::{Date, Duration};

/// Where a demo person lives: the county, and the police and court that keep their records.
pub(super) struct Place {
    pub(super) county: &'static str,
    pub(super) county_code: &'static str,
    pub(super) police: (&'static str, &'static str),
    pub(super) court: (&'static str, &'static str),
}

/// One charge of a scenario: statute, the court's wording, grade (its code in
/// `grades.toml`), outcome, restitution owed.
pub(super) type ChargeSpec = (
    &'static str,
    &'static str,
    &'static str,
    DispositionKind,
    i64,
);

/// One arrest of a scenario: years before today the case was decided, and its charges.
pub(super) struct CaseSpec {
    pub(super) years_ago: i64,
    pub(super) charges: &'static [ChargeSpec],
}

/// One state's demo: its people (names and histories, index-aligned) and places, and how its
/// repository numbers things.
pub struct DemoState {
    pub jurisdiction: Jurisdiction,
    /// SIDs are this and six digits.
    pub(super) sid_prefix: &'static str,
    pub(super) tracking_prefix: &'static str,
    pub(super) court_case_prefix: &'static str,
    pub(super) first_names: &'static [&'static str],
    pub(super) last_names: &'static [&'static str],
    pub(super) histories: &'static [&'static [&'static CaseSpec]],
    pub(super) places: &'static [Place],
    /// The first person's age in years; the others are older, up to 29 years more.
    pub(super) base_age: i64,
    /// The demo's fictional offices, in the shape of `contacts.example.toml`.
    pub contacts: &'static str,
}

/// Builds a state's demo people with dates relative to `today`.
pub fn demo_people(state: &DemoState, today: Date) -> Vec<PersonRecord> {
    state
        .histories
        .iter()
        .enumerate()
        .map(|(i, history)| {
            let place = &state.places[i % state.places.len()];
            let n = i as i64;
            let dob = today - Duration::days(365 * (state.base_age + (n * 7) % 30) + n * 11);
            let cycles = history
                .iter()
                .enumerate()
                .map(|(c, case)| {
                    let decided =
                        today - Duration::days(365 * case.years_ago + 20 + n * 3 + c as i64 * 17);
                    let arrested = decided - Duration::days(75 + n % 40);
                    let year = arrested.year();
                    let court_case = format!(
                        "{}-{}-CR-{:07}-{year}",
                        state.court_case_prefix,
                        place.county_code,
                        1000 + n * 37 + c as i64 * 5
                    );
                    Cycle {
                        tracking_number: format!(
                            "{}{:03}{:02}",
                            state.tracking_prefix,
                            i + 1,
                            c + 1
                        ),
                        arrest_date: arrested,
                        agency: agency(place.police),
                        charges: case
                            .charges
                            .iter()
                            .enumerate()
                            .map(
                                |(k, &(statute, description, grade, kind, restitution))| Charge {
                                    seq: k as u32 + 1,
                                    statute: statute.to_owned(),
                                    description: Some(description.to_owned()),
                                    grade: Grade::parse(grade).expect("demo grades are known"),
                                    max_term_days: None,
                                    offense_date: None,
                                    court_case: Some(court_case.clone()),
                                    court: Some(agency(place.court)),
                                    disposition: Disposition {
                                        kind,
                                        date: kind.is_final().then_some(decided),
                                        conditional: false,
                                    },
                                    sentence: (kind == DispositionKind::Convicted).then_some(
                                        Sentence {
                                            incarceration_days: 0,
                                            probation_days: 365,
                                            fine_cents: 15_000,
                                            ..Sentence::default()
                                        },
                                    ),
                                    restitution_owed_cents: restitution,
                                },
                            )
                            .collect(),
                    }
                })
                .collect();
            PersonRecord {
                jurisdiction: state.jurisdiction,
                person: Person {
                    sid: format!("{}{:06}", state.sid_prefix, i + 1),
                    first_name: state.first_names[i].to_owned(),
                    middle_name: None,
                    last_name: state.last_names[i].to_owned(),
                    aliases: Vec::new(),
                    dob,
                    sex: Some(if i % 2 == 0 { "F" } else { "M" }.to_owned()),
                    race: Some(["black", "white", "hispanic", "asian"][i % 4].to_owned()),
                    county: Some(place.county.to_owned()),
                },
                cycles,
            }
        })
        .collect()
}

fn agency((ori, name): (&str, &str)) -> Agency {
    Agency {
        ori: ori.to_owned(),
        name: name.to_owned(),
    }
}
