//! The Michigan demo: fictional people whose convictions Clean Slate sets aside, or holds
//! back (still waiting, an excluded offense, too many felonies, a case still open).

use super::people::{CaseSpec, DemoState, Place};
use myrecord_clearance::domain::DispositionKind::*;
use myrecord_clearance::domain::Jurisdiction;

pub(super) const MICHIGAN: DemoState = DemoState {
    jurisdiction: Jurisdiction::Michigan,
    sid_prefix: "MI9",
    tracking_prefix: "MI-D",
    court_case_prefix: "CR",
    first_names: &FIRST_NAMES,
    last_names: &LAST_NAMES,
    histories: &HISTORIES,
    places: &PLACES,
    base_age: 30,
    contacts: CONTACTS,
};

/// Fictional offices, like the people.
const CONTACTS: &str = r#"
[agency]
name = "State Criminal History Section (demo)"
phone = "(555) 010-0120"
address = "120 Example Street, Lansing, MI 48933"
hours = "Monday to Friday, 8 a.m. to 4:30 p.m."
web = "https://records.example.gov"

[[legal_aid]]
name = "Great Lakes Expungement Help (demo)"
phone = "(555) 010-0220"
address = "220 Example Avenue, Detroit, MI 48226"
hours = "Monday to Thursday, 9 a.m. to 5 p.m."
web = "https://greatlakes-expungement.example.org"
counties = ["Wayne", "Oakland", "Macomb"]

[[legal_aid]]
name = "West Michigan Clean Slate Clinic (demo)"
phone = "(555) 010-0320"
address = "320 Example Boulevard, Grand Rapids, MI 49503"
hours = "Wednesday and Friday, 10 a.m. to 3 p.m."
web = "https://westmichigan-cleanslate.example.org"
counties = ["Kent", "Ottawa"]
"#;

const FIRST_NAMES: [&str; 8] = [
    "Grace", "Victor", "Nadia", "Curtis", "Halima", "Wesley", "Irene", "Jerome",
];
const LAST_NAMES: [&str; 8] = [
    "Okonkwo",
    "Sandoval",
    "Haddad",
    "Pryor",
    "Yusuf",
    "Kowalski",
    "Marchetti",
    "Tillman",
];

const PLACES: [Place; 2] = [
    Place {
        county: "Wayne",
        county_code: "82",
        police: ("MI8234900", "Detroit Police Department"),
        court: ("MI820015J", "Third Circuit Court"),
    },
    Place {
        county: "Kent",
        county_code: "41",
        police: ("MI4146100", "Grand Rapids Police Department"),
        court: ("MI410015J", "17th Circuit Court"),
    },
];

const DISORDERLY: CaseSpec = CaseSpec {
    years_ago: 9,
    charges: &[("MCL 750.167", "Disorderly person", "M", Convicted, 0)],
};
const LARCENY_FELONY: CaseSpec = CaseSpec {
    years_ago: 12,
    charges: &[
        (
            "MCL 750.356(3)",
            "Larceny, $1,000 to $20,000",
            "F",
            Convicted,
            0,
        ),
        (
            "MCL 750.535(4)",
            "Receiving stolen property",
            "M",
            Dismissed,
            0,
        ),
    ],
};
const LARCENY_IN_BUILDING: CaseSpec = CaseSpec {
    years_ago: 15,
    charges: &[("MCL 750.360", "Larceny in a building", "F", Convicted, 0)],
};
const BREAKING_AND_ENTERING: CaseSpec = CaseSpec {
    years_ago: 18,
    charges: &[("MCL 750.110", "Breaking and entering", "F", Convicted, 0)],
};
const RECENT_LARCENY: CaseSpec = CaseSpec {
    years_ago: 3,
    charges: &[(
        "MCL 750.356(4)",
        "Larceny, $200 to $1,000",
        "M",
        Convicted,
        0,
    )],
};
const ASSAULT: CaseSpec = CaseSpec {
    years_ago: 10,
    charges: &[("MCL 750.81", "Assault and battery", "M", Convicted, 0)],
};
const DRUNK_DRIVING: CaseSpec = CaseSpec {
    years_ago: 9,
    charges: &[(
        "MCL 257.625(1)",
        "Operating while intoxicated",
        "M",
        Convicted,
        0,
    )],
};
const PENDING_LARCENY: CaseSpec = CaseSpec {
    years_ago: 0,
    charges: &[("MCL 750.356(4)", "Larceny, $200 to $1,000", "M", Pending, 0)],
};

/// The record history of each demo person, chosen so the demo shows every set-aside outcome.
const HISTORIES: [&[&CaseSpec]; 8] = [
    &[&DISORDERLY],
    &[&LARCENY_FELONY, &DISORDERLY],
    &[&RECENT_LARCENY],
    &[&ASSAULT, &DISORDERLY],
    &[&DRUNK_DRIVING],
    &[
        &LARCENY_FELONY,
        &LARCENY_IN_BUILDING,
        &BREAKING_AND_ENTERING,
    ],
    &[&DISORDERLY, &PENDING_LARCENY],
    &[],
];
