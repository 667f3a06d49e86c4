//! Writes a synthetic record extract (JSON Lines) for benchmarks: fictional people with a
//! realistic mix of Pennsylvania statutes, grades and outcomes, about 3.5 charges per person.
//!
//! ```sh
//! cargo run --release -p myrecord-clearance --example synthetic_extract -- 1000000 > extract.jsonl
//! ```
//! Arguments: number of people (default 1000), seed (default 1). The same arguments always
//! give the same file.

use myrecord_clearance::domain::{DispositionKind, Grade};
use myrecord_clearance::extract::{
    Agency, Charge, Cycle, Disposition, Person, PersonRecord, Sentence,
};
use std::io::{BufWriter, Write};
use time::{Date, Duration, macros::date};

/// xorshift64*: tiny, fast and deterministic; quality is ample for synthetic data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const STATUTES: [(&str, &str, Grade); 24] = [
    ("18 Pa.C.S. 3929", "Retail theft", Grade::S),
    ("18 Pa.C.S. 3929", "Retail theft", Grade::M2),
    ("18 Pa.C.S. 3921(a)", "Theft by unlawful taking", Grade::M2),
    ("18 Pa.C.S. 3921(a)", "Theft by unlawful taking", Grade::F3),
    ("18 Pa.C.S. 3925", "Receiving stolen property", Grade::M1),
    ("18 Pa.C.S. 3503(a)(1)", "Criminal trespass", Grade::F3),
    ("18 Pa.C.S. 3502(a)(2)", "Burglary", Grade::F2),
    ("18 Pa.C.S. 3304(a)(5)", "Criminal mischief", Grade::M3),
    ("18 Pa.C.S. 2701(a)(1)", "Simple assault", Grade::M2),
    ("18 Pa.C.S. 2702(a)(1)", "Aggravated assault", Grade::F1),
    ("18 Pa.C.S. 2709(a)(1)", "Harassment", Grade::S),
    ("18 Pa.C.S. 5503(a)(1)", "Disorderly conduct", Grade::M3),
    ("18 Pa.C.S. 5505", "Public drunkenness", Grade::S),
    ("18 Pa.C.S. 5104", "Resisting arrest", Grade::M2),
    ("18 Pa.C.S. 4101(a)(2)", "Forgery", Grade::F3),
    ("18 Pa.C.S. 4106(a)(1)", "Access device fraud", Grade::M1),
    (
        "18 Pa.C.S. 6106(a)(1)",
        "Firearms not to be carried without a license",
        Grade::F3,
    ),
    (
        "18 Pa.C.S. 6308",
        "Purchase of alcohol by a minor",
        Grade::S,
    ),
    (
        "35 P.S. 780-113(a)(16)",
        "Possession of a controlled substance",
        Grade::M,
    ),
    (
        "35 P.S. 780-113(a)(31)",
        "Possession of marijuana (small amount)",
        Grade::M,
    ),
    (
        "35 P.S. 780-113(a)(32)",
        "Possession of drug paraphernalia",
        Grade::M,
    ),
    (
        "35 P.S. 780-113(a)(30)",
        "Possession with intent to deliver",
        Grade::F,
    ),
    (
        "75 Pa.C.S. 3802(a)(1)",
        "Driving under the influence",
        Grade::M,
    ),
    (
        "75 Pa.C.S. 1543(a)",
        "Driving while operating privilege suspended",
        Grade::S,
    ),
];

const FIRST: [&str; 16] = [
    "Alex", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Avery", "Quinn", "Rowan",
    "Devon", "Skyler", "Reese", "Parker", "Emerson", "Hayden",
];
const LAST: [&str; 16] = [
    "Abernathy",
    "Blackwood",
    "Castellanos",
    "Drummond",
    "Eberhardt",
    "Fairweather",
    "Galloway",
    "Hollis",
    "Ibarra",
    "Jablonski",
    "Kettering",
    "Lindqvist",
    "Mancuso",
    "Northcott",
    "Okafor",
    "Pemberton",
];
const PLACES: [(&str, &str, &str, &str, &str); 4] = [
    (
        "Philadelphia",
        "PAPEP0000",
        "Philadelphia Police Department",
        "PA051013J",
        "Philadelphia County Court of Common Pleas",
    ),
    (
        "Allegheny",
        "PA0020100",
        "Pittsburgh Bureau of Police",
        "PA002013J",
        "Allegheny County Court of Common Pleas",
    ),
    (
        "Dauphin",
        "PA0220200",
        "Harrisburg Police Department",
        "PA022013J",
        "Dauphin County Court of Common Pleas",
    ),
    (
        "Erie",
        "PA0250200",
        "Erie Police Department",
        "PA025013J",
        "Erie County Court of Common Pleas",
    ),
];

fn disposition(rng: &mut Rng) -> DispositionKind {
    match rng.below(1000) {
        0..=449 => DispositionKind::Convicted,
        450..=599 => DispositionKind::Withdrawn,
        600..=719 => DispositionKind::Dismissed,
        720..=799 => DispositionKind::NolleProssed,
        800..=849 => DispositionKind::Acquitted,
        850..=929 => DispositionKind::Diverted,
        930..=934 => DispositionKind::Pardoned,
        935..=989 => DispositionKind::Pending,
        _ => DispositionKind::Unknown,
    }
}

fn person(rng: &mut Rng, index: u64) -> PersonRecord {
    let (county, police_ori, police, court_ori, court) = *rng.pick(&PLACES);
    let first_day = date!(1990 - 01 - 01);
    let cycles = (0..1 + rng.below(3))
        .map(|c| {
            let arrested = first_day + Duration::days(rng.below(36 * 365) as i64);
            let decided = arrested + Duration::days(30 + rng.below(300) as i64);
            let year = arrested.year();
            let court_case = format!("CP-00-CR-{:07}-{year}", rng.below(10_000_000));
            let charges = (0..1 + rng.below(2) + rng.below(2))
                .map(|k| {
                    let (statute, description, grade) = *rng.pick(&STATUTES);
                    let kind = disposition(rng);
                    let convicted = kind == DispositionKind::Convicted;
                    Charge {
                        seq: k as u32 + 1,
                        statute: statute.to_owned(),
                        description: Some(description.to_owned()),
                        grade,
                        max_term_days: None,
                        offense_date: None,
                        court_case: Some(court_case.clone()),
                        court: Some(Agency {
                            ori: court_ori.to_owned(),
                            name: court.to_owned(),
                        }),
                        disposition: Disposition {
                            kind,
                            date: kind.is_final().then_some(decided),
                            conditional: false,
                        },
                        sentence: convicted.then_some(Sentence {
                            incarceration_days: 0,
                            probation_days: 365,
                            fine_cents: 10_000,
                            ..Sentence::default()
                        }),
                        restitution_owed_cents: if convicted && rng.chance(5) {
                            25_000
                        } else {
                            0
                        },
                    }
                })
                .collect();
            Cycle {
                tracking_number: format!("OTN-S{index:08}{c}"),
                arrest_date: arrested,
                agency: Agency {
                    ori: police_ori.to_owned(),
                    name: police.to_owned(),
                },
                charges,
            }
        })
        .collect();
    let dob: Date = date!(1950 - 01 - 01) + Duration::days(rng.below(50 * 365) as i64);
    PersonRecord {
        jurisdiction: Default::default(),
        person: Person {
            sid: format!("PA{:08}", index + 1),
            first_name: rng.pick(&FIRST).to_string(),
            middle_name: None,
            last_name: rng.pick(&LAST).to_string(),
            aliases: Vec::new(),
            dob,
            sex: Some(if rng.chance(70) { "M" } else { "F" }.to_owned()),
            race: Some(
                rng.pick(&["black", "white", "hispanic", "asian"])
                    .to_string(),
            ),
            county: Some(county.to_owned()),
        },
        cycles,
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let people: u64 = args
        .next()
        .map_or(1000, |a| a.parse().expect("people is a number"));
    let seed: u64 = args
        .next()
        .map_or(1, |a| a.parse().expect("seed is a number"));
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    for index in 0..people {
        serde_json::to_writer(&mut out, &person(&mut rng, index))?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
