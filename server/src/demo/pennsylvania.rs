//! The Pennsylvania demo: fictional people with realistic Pennsylvania statutes and outcomes,
//! chosen so the demo shows every kind of decision under Clean Slate.

use super::people::{CaseSpec, DemoState, Place};
use myrecord_clearance::domain::DispositionKind::*;
use myrecord_clearance::domain::Jurisdiction;

pub(super) const PENNSYLVANIA: DemoState = DemoState {
    jurisdiction: Jurisdiction::Pennsylvania,
    sid_prefix: "PA9",
    tracking_prefix: "OTN-D",
    court_case_prefix: "CP",
    first_names: &FIRST_NAMES,
    last_names: &LAST_NAMES,
    histories: &HISTORIES,
    places: &PLACES,
    base_age: 24,
    contacts: crate::contacts::EXAMPLE,
};

const FIRST_NAMES: [&str; 24] = [
    "Ana", "Darnell", "Linh", "Marcus", "Rosa", "Tyrone", "Keisha", "Miguel", "Shannon", "Jamal",
    "Brianna", "Luis", "Tamika", "Connor", "Yesenia", "Andre", "Crystal", "Hector", "Monique",
    "Dustin", "Latoya", "Ramon", "Heather", "Terrell",
];
const LAST_NAMES: [&str; 24] = [
    "Quintero",
    "Holloway",
    "Tranh",
    "Bellamy",
    "Ocasio",
    "Whitfield",
    "Pruitt",
    "Arroyo",
    "Kowalczyk",
    "Sumner",
    "Delacroix",
    "Ferreira",
    "Oduya",
    "Gallagher",
    "Montalvo",
    "Rutledge",
    "Szabo",
    "Villanueva",
    "Bascombe",
    "Hartsock",
    "Mayfield",
    "Irizarry",
    "Dombrowski",
    "Ashby",
];

const PLACES: [Place; 5] = [
    Place {
        county: "Philadelphia",
        county_code: "51",
        police: ("PAPEP0000", "Philadelphia Police Department"),
        court: ("PA051013J", "Philadelphia County Court of Common Pleas"),
    },
    Place {
        county: "Allegheny",
        county_code: "02",
        police: ("PA0020100", "Pittsburgh Bureau of Police"),
        court: ("PA002013J", "Allegheny County Court of Common Pleas"),
    },
    Place {
        county: "Dauphin",
        county_code: "22",
        police: ("PA0220200", "Harrisburg Police Department"),
        court: ("PA022013J", "Dauphin County Court of Common Pleas"),
    },
    Place {
        county: "Erie",
        county_code: "25",
        police: ("PA0250200", "Erie Police Department"),
        court: ("PA025013J", "Erie County Court of Common Pleas"),
    },
    Place {
        county: "Lancaster",
        county_code: "36",
        police: ("PA0360400", "Lancaster City Bureau of Police"),
        court: ("PA036013J", "Lancaster County Court of Common Pleas"),
    },
];

const WITHDRAWN_POSSESSION: CaseSpec = CaseSpec {
    years_ago: 9,
    charges: &[
        (
            "35 P.S. 780-113(a)(16)",
            "Possession of a controlled substance",
            "M",
            Withdrawn,
            0,
        ),
        (
            "35 P.S. 780-113(a)(32)",
            "Possession of drug paraphernalia",
            "M",
            Withdrawn,
            0,
        ),
    ],
};
const OLD_RETAIL_THEFT: CaseSpec = CaseSpec {
    years_ago: 13,
    charges: &[("18 Pa.C.S. 3929", "Retail theft", "S", Convicted, 0)],
};
const RECENT_THEFT: CaseSpec = CaseSpec {
    years_ago: 3,
    charges: &[
        (
            "18 Pa.C.S. 3921(a)",
            "Theft by unlawful taking",
            "M2",
            Convicted,
            0,
        ),
        (
            "18 Pa.C.S. 3925",
            "Receiving stolen property",
            "M2",
            NolleProssed,
            0,
        ),
    ],
};
const BURGLARY: CaseSpec = CaseSpec {
    years_ago: 6,
    charges: &[
        ("18 Pa.C.S. 3502(a)(2)", "Burglary", "F2", Convicted, 0),
        (
            "18 Pa.C.S. 3503(a)(1)",
            "Criminal trespass",
            "F3",
            Withdrawn,
            0,
        ),
    ],
};
const SIMPLE_ASSAULT: CaseSpec = CaseSpec {
    years_ago: 14,
    charges: &[
        (
            "18 Pa.C.S. 2701(a)(1)",
            "Simple assault",
            "M2",
            Convicted,
            0,
        ),
        ("18 Pa.C.S. 2709(a)(1)", "Harassment", "S", Dismissed, 0),
    ],
};
const PENDING_DUI: CaseSpec = CaseSpec {
    years_ago: 0,
    charges: &[
        (
            "75 Pa.C.S. 3802(a)(1)",
            "Driving under the influence",
            "M",
            Pending,
            0,
        ),
        (
            "75 Pa.C.S. 1543(a)",
            "Driving while operating privilege suspended",
            "S",
            Pending,
            0,
        ),
    ],
};
const MISCHIEF_WITH_RESTITUTION: CaseSpec = CaseSpec {
    years_ago: 12,
    charges: &[(
        "18 Pa.C.S. 3304(a)(5)",
        "Criminal mischief",
        "M3",
        Convicted,
        42_500,
    )],
};
const OLD_MARIJUANA: CaseSpec = CaseSpec {
    years_ago: 16,
    charges: &[(
        "35 P.S. 780-113(a)(31)",
        "Possession of marijuana (small amount)",
        "M",
        Convicted,
        0,
    )],
};
const ACQUITTED_ASSAULT: CaseSpec = CaseSpec {
    years_ago: 4,
    charges: &[(
        "18 Pa.C.S. 2702(a)(1)",
        "Aggravated assault",
        "F1",
        Acquitted,
        0,
    )],
};
const DIVERTED_DUI: CaseSpec = CaseSpec {
    years_ago: 5,
    charges: &[(
        "75 Pa.C.S. 3802(a)(1)",
        "Driving under the influence",
        "M",
        Diverted,
        0,
    )],
};
const PARDONED_FORGERY: CaseSpec = CaseSpec {
    years_ago: 20,
    charges: &[("18 Pa.C.S. 4101(a)(2)", "Forgery", "F3", Pardoned, 0)],
};
const FIREARM: CaseSpec = CaseSpec {
    years_ago: 11,
    charges: &[(
        "18 Pa.C.S. 6106(a)(1)",
        "Firearms not to be carried without a license",
        "F3",
        Convicted,
        0,
    )],
};
const DISORDERLY: CaseSpec = CaseSpec {
    years_ago: 15,
    charges: &[
        (
            "18 Pa.C.S. 5503(a)(1)",
            "Disorderly conduct",
            "M3",
            Convicted,
            0,
        ),
        ("18 Pa.C.S. 5505", "Public drunkenness", "S", Convicted, 0),
    ],
};
const ACCESS_DEVICE_FRAUD: CaseSpec = CaseSpec {
    years_ago: 2,
    charges: &[(
        "18 Pa.C.S. 4106(a)(1)",
        "Access device fraud",
        "M1",
        Convicted,
        0,
    )],
};
const RESISTING_ARREST: CaseSpec = CaseSpec {
    years_ago: 7,
    charges: &[("18 Pa.C.S. 5104", "Resisting arrest", "M2", Convicted, 0)],
};

/// The record history of each demo person, chosen so the demo shows every kind of outcome.
const HISTORIES: [&[&CaseSpec]; 24] = [
    &[&WITHDRAWN_POSSESSION],
    &[&OLD_RETAIL_THEFT, &RECENT_THEFT],
    &[&PENDING_DUI],
    &[&BURGLARY, &DISORDERLY],
    &[&OLD_MARIJUANA],
    &[&SIMPLE_ASSAULT],
    &[&MISCHIEF_WITH_RESTITUTION],
    &[&ACQUITTED_ASSAULT, &WITHDRAWN_POSSESSION],
    &[&DIVERTED_DUI],
    &[&PARDONED_FORGERY, &OLD_RETAIL_THEFT],
    &[&RECENT_THEFT],
    &[&FIREARM, &OLD_MARIJUANA],
    &[&DISORDERLY],
    &[&ACCESS_DEVICE_FRAUD],
    &[&RESISTING_ARREST, &OLD_RETAIL_THEFT],
    &[&OLD_MARIJUANA, &PENDING_DUI],
    &[&WITHDRAWN_POSSESSION, &RECENT_THEFT, &DIVERTED_DUI],
    &[&SIMPLE_ASSAULT, &MISCHIEF_WITH_RESTITUTION],
    &[&OLD_RETAIL_THEFT],
    &[&BURGLARY],
    &[&DISORDERLY, &RESISTING_ARREST],
    &[&ACQUITTED_ASSAULT],
    &[&OLD_MARIJUANA, &DISORDERLY, &WITHDRAWN_POSSESSION],
    &[],
];
