//! The California demo: fictional people with past cannabis convictions that Proposition 64
//! dismisses or reduces, and records it leaves alone (too recent, a serious earlier conviction,
//! other offenses).

use super::people::{CaseSpec, DemoState, Place};
use myrecord_clearance::domain::DispositionKind::*;
use myrecord_clearance::domain::Jurisdiction;

pub(super) const CALIFORNIA: DemoState = DemoState {
    jurisdiction: Jurisdiction::California,
    sid_prefix: "CA9",
    tracking_prefix: "CA-D",
    court_case_prefix: "SC",
    first_names: &FIRST_NAMES,
    last_names: &LAST_NAMES,
    histories: &HISTORIES,
    places: &PLACES,
    // Old enough that every cannabis offense below was committed at 21 or over.
    base_age: 40,
    contacts: CONTACTS,
};

/// Fictional offices, like the people.
const CONTACTS: &str = r#"
[agency]
name = "State Record Review Unit (demo)"
phone = "(555) 010-0110"
address = "110 Example Street, Sacramento, CA 95814"
hours = "Monday to Friday, 8 a.m. to 5 p.m."
web = "https://records.example.gov"

[[legal_aid]]
name = "Golden State Record Clearance Project (demo)"
phone = "(555) 010-0210"
address = "210 Example Avenue, Los Angeles, CA 90012"
hours = "Monday to Thursday, 9 a.m. to 5 p.m."
web = "https://goldenstate-clearance.example.org"
counties = ["Los Angeles", "Orange"]

[[legal_aid]]
name = "Bay Area Second Chance Clinic (demo)"
phone = "(555) 010-0310"
address = "310 Example Boulevard, San Francisco, CA 94102"
hours = "Tuesday to Friday, 10 a.m. to 4 p.m."
web = "https://bayarea-secondchance.example.org"
counties = ["San Francisco", "Alameda"]
"#;

const FIRST_NAMES: [&str; 8] = [
    "Marisol", "Kenji", "Leilani", "Dante", "Priya", "Tomasz", "Graciela", "Owen",
];
const LAST_NAMES: [&str; 8] = [
    "Ortega",
    "Watanabe",
    "Kahale",
    "Whitmore",
    "Raman",
    "Nowak",
    "Benavides",
    "Castillo",
];

const PLACES: [Place; 2] = [
    Place {
        county: "Los Angeles",
        county_code: "19",
        police: ("CA0194200", "Los Angeles Police Department"),
        court: ("CA019015J", "Superior Court of Los Angeles County"),
    },
    Place {
        county: "San Francisco",
        county_code: "38",
        police: ("CA0380100", "San Francisco Police Department"),
        court: ("CA038015J", "Superior Court of San Francisco County"),
    },
];

const SMALL_POSSESSION: CaseSpec = CaseSpec {
    years_ago: 12,
    charges: &[(
        "HS 11357(b)",
        "Possession of not more than 28.5 grams of marijuana",
        "M",
        Convicted,
        0,
    )],
};
const POSSESSION_FOR_SALE: CaseSpec = CaseSpec {
    years_ago: 14,
    charges: &[
        (
            "HS 11359",
            "Possession of marijuana for sale",
            "F",
            Convicted,
            0,
        ),
        (
            "HS 11360(a)",
            "Transportation of marijuana",
            "F",
            Dismissed,
            0,
        ),
    ],
};
const CULTIVATION: CaseSpec = CaseSpec {
    years_ago: 11,
    charges: &[("HS 11358", "Cultivation of marijuana", "F", Convicted, 0)],
};
const RECENT_SALE: CaseSpec = CaseSpec {
    years_ago: 5,
    charges: &[("HS 11360(a)", "Sale of marijuana", "M", Convicted, 0)],
};
const SERIOUS_ASSAULT: CaseSpec = CaseSpec {
    years_ago: 22,
    charges: &[(
        "PC 220(a)",
        "Assault with intent to commit a serious felony",
        "F",
        Convicted,
        0,
    )],
};
const BURGLARY: CaseSpec = CaseSpec {
    years_ago: 8,
    charges: &[("PC 459", "Burglary", "F", Convicted, 0)],
};
const PENDING_THEFT: CaseSpec = CaseSpec {
    years_ago: 0,
    charges: &[("PC 484(a)", "Petty theft", "M", Pending, 0)],
};

/// The record history of each demo person, chosen so the demo shows every Prop 64 outcome.
const HISTORIES: [&[&CaseSpec]; 8] = [
    &[&SMALL_POSSESSION],
    &[&POSSESSION_FOR_SALE],
    &[&SMALL_POSSESSION, &BURGLARY],
    &[&SERIOUS_ASSAULT, &POSSESSION_FOR_SALE],
    &[&RECENT_SALE],
    &[&CULTIVATION, &PENDING_THEFT],
    &[&CULTIVATION],
    &[],
];
