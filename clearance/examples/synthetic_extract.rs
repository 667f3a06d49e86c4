//! Writes a synthetic record extract (JSON Lines) for benchmarks: fictional people with a
//! realistic mix of one state's statutes, grades and outcomes, about 3.5 charges per person.
//!
//! ```sh
//! cargo run --release -p myrecord-clearance --example synthetic_extract -- 1000000 > extract.jsonl
//! cargo run --release -p myrecord-clearance --example synthetic_extract -- 1000000 1 MI > mi.jsonl
//! ```
//! Arguments: number of people (default 1000), seed (default 1), state (PA, CA or MI; default
//! PA). The same arguments always give the same file; a PA file is the same as before the
//! state argument existed.

use myrecord_clearance::domain::{DispositionKind, Grade, Jurisdiction};
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

/// Statute, the court's wording, and the grade's code (`grades.toml`).
type Statute = (&'static str, &'static str, &'static str);

const STATUTES: [Statute; 24] = [
    ("18 Pa.C.S. 3929", "Retail theft", "S"),
    ("18 Pa.C.S. 3929", "Retail theft", "M2"),
    ("18 Pa.C.S. 3921(a)", "Theft by unlawful taking", "M2"),
    ("18 Pa.C.S. 3921(a)", "Theft by unlawful taking", "F3"),
    ("18 Pa.C.S. 3925", "Receiving stolen property", "M1"),
    ("18 Pa.C.S. 3503(a)(1)", "Criminal trespass", "F3"),
    ("18 Pa.C.S. 3502(a)(2)", "Burglary", "F2"),
    ("18 Pa.C.S. 3304(a)(5)", "Criminal mischief", "M3"),
    ("18 Pa.C.S. 2701(a)(1)", "Simple assault", "M2"),
    ("18 Pa.C.S. 2702(a)(1)", "Aggravated assault", "F1"),
    ("18 Pa.C.S. 2709(a)(1)", "Harassment", "S"),
    ("18 Pa.C.S. 5503(a)(1)", "Disorderly conduct", "M3"),
    ("18 Pa.C.S. 5505", "Public drunkenness", "S"),
    ("18 Pa.C.S. 5104", "Resisting arrest", "M2"),
    ("18 Pa.C.S. 4101(a)(2)", "Forgery", "F3"),
    ("18 Pa.C.S. 4106(a)(1)", "Access device fraud", "M1"),
    (
        "18 Pa.C.S. 6106(a)(1)",
        "Firearms not to be carried without a license",
        "F3",
    ),
    ("18 Pa.C.S. 6308", "Purchase of alcohol by a minor", "S"),
    (
        "35 P.S. 780-113(a)(16)",
        "Possession of a controlled substance",
        "M",
    ),
    (
        "35 P.S. 780-113(a)(31)",
        "Possession of marijuana (small amount)",
        "M",
    ),
    (
        "35 P.S. 780-113(a)(32)",
        "Possession of drug paraphernalia",
        "M",
    ),
    (
        "35 P.S. 780-113(a)(30)",
        "Possession with intent to deliver",
        "F",
    ),
    ("75 Pa.C.S. 3802(a)(1)", "Driving under the influence", "M"),
    (
        "75 Pa.C.S. 1543(a)",
        "Driving while operating privilege suspended",
        "S",
    ),
];

const CA_STATUTES: [Statute; 16] = [
    ("HS 11357(a)", "Possession of concentrated cannabis", "F"),
    (
        "HS 11357(b)",
        "Possession of marijuana, 28.5 grams or less",
        "M",
    ),
    (
        "HS 11357(c)",
        "Possession of marijuana, more than 28.5 grams",
        "M",
    ),
    ("HS 11358", "Cultivation of marijuana", "F"),
    ("HS 11359", "Possession of marijuana for sale", "F"),
    ("HS 11360(a)", "Sale or transport of marijuana", "F"),
    (
        "HS 11360(b)",
        "Giving away 28.5 grams or less of marijuana",
        "M",
    ),
    ("HS 11350(a)", "Possession of a controlled substance", "M"),
    ("PC 459", "Burglary", "F"),
    ("PC 484(a)", "Petty theft", "M"),
    ("PC 245(a)(1)", "Assault with a deadly weapon", "F"),
    ("PC 647(f)", "Public intoxication", "M"),
    ("PC 664/187(a)", "Attempted murder", "F"),
    ("PC 288(a)", "Lewd act with a child", "F"),
    ("VC 23152(a)", "Driving under the influence", "M"),
    ("VC 12500(a)", "Driving without a license", "I"),
];

const MI_STATUTES: [Statute; 16] = [
    ("MCL 750.356(4)", "Larceny, $200 to $1,000", "M"),
    ("MCL 750.356(3)", "Larceny, $1,000 to $20,000", "F"),
    ("MCL 750.167", "Disorderly person", "M"),
    ("MCL 750.360", "Larceny in a building", "F"),
    ("MCL 750.81", "Assault and battery", "M"),
    ("MCL 750.82", "Felonious assault", "F"),
    ("MCL 257.625(1)", "Operating while intoxicated", "M"),
    ("MCL 257.904", "Driving while license suspended", "M"),
    (
        "MCL 333.7403(2)(a)(v)",
        "Possession of a controlled substance",
        "F",
    ),
    ("MCL 333.7404", "Use of a controlled substance", "M"),
    ("MCL 750.110", "Breaking and entering", "F"),
    ("MCL 750.227", "Carrying a concealed weapon", "F"),
    ("MCL 750.479", "Resisting or obstructing an officer", "M"),
    ("MCL 750.535(4)", "Receiving stolen property", "M"),
    ("MCL 750.248", "Uttering and publishing", "F"),
    (
        "MCL 750.520e",
        "Criminal sexual conduct, fourth degree",
        "M",
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
type Place = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const PLACES: [Place; 4] = [
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

const CA_PLACES: [Place; 2] = [
    (
        "Los Angeles",
        "CA0194200",
        "Los Angeles Police Department",
        "CA019015J",
        "Superior Court of Los Angeles County",
    ),
    (
        "San Francisco",
        "CA0380100",
        "San Francisco Police Department",
        "CA038015J",
        "Superior Court of San Francisco County",
    ),
];

const MI_PLACES: [Place; 2] = [
    (
        "Wayne",
        "MI8234900",
        "Detroit Police Department",
        "MI820015J",
        "Third Circuit Court",
    ),
    (
        "Kent",
        "MI4146100",
        "Grand Rapids Police Department",
        "MI410015J",
        "17th Circuit Court",
    ),
];

/// What differs by state: its statutes, places and the shape of its sentences.
struct State {
    jurisdiction: Jurisdiction,
    statutes: &'static [Statute],
    places: &'static [Place],
}

impl State {
    fn parse(code: &str) -> State {
        let jurisdiction = Jurisdiction::parse(code).expect("state is PA, CA or MI");
        let (statutes, places): (&[Statute], &[Place]) = match jurisdiction {
            Jurisdiction::Pennsylvania => (&STATUTES, &PLACES),
            Jurisdiction::California => (&CA_STATUTES, &CA_PLACES),
            Jurisdiction::Michigan => (&MI_STATUTES, &MI_PLACES),
        };
        State {
            jurisdiction,
            statutes,
            places,
        }
    }
}

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

fn person(rng: &mut Rng, index: u64, state: &State) -> PersonRecord {
    let (county, police_ori, police, court_ori, court) = *rng.pick(state.places);
    let first_day = date!(1990 - 01 - 01);
    let cycles = (0..1 + rng.below(3))
        .map(|c| {
            let arrested = first_day + Duration::days(rng.below(36 * 365) as i64);
            let decided = arrested + Duration::days(30 + rng.below(300) as i64);
            let year = arrested.year();
            let court_case = format!("CP-00-CR-{:07}-{year}", rng.below(10_000_000));
            let charges = (0..1 + rng.below(2) + rng.below(2))
                .map(|k| {
                    let (statute, description, grade) = *rng.pick(state.statutes);
                    let grade = Grade::parse(grade).expect("the tables use known grades");
                    let kind = disposition(rng);
                    let convicted = kind == DispositionKind::Convicted;
                    let sentence = convicted.then(|| sentence(rng, state, grade, decided));
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
                        sentence,
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
        jurisdiction: state.jurisdiction,
        person: Person {
            sid: format!("{}{:08}", state.jurisdiction, index + 1),
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

/// Probation and a fine; in Michigan a felony is sometimes a prison term (released or not
/// yet), and the sentence is imposed a few weeks after the verdict. Pennsylvania and
/// California draw no extra random numbers, so their files stay as they were.
fn sentence(rng: &mut Rng, state: &State, grade: Grade, decided: Date) -> Sentence {
    let mut sentence = Sentence {
        incarceration_days: 0,
        probation_days: 365,
        fine_cents: 10_000,
        ..Sentence::default()
    };
    if state.jurisdiction == Jurisdiction::Michigan {
        let imposed = decided + Duration::days(rng.below(60) as i64);
        sentence.imposed_date = Some(imposed);
        if grade.is_felony() && rng.chance(30) {
            sentence.incarceration_days = 365 + rng.below(1460) as u32;
            sentence.prison = true;
            sentence.prison_release_date = rng
                .chance(90)
                .then(|| imposed + Duration::days(i64::from(sentence.incarceration_days)));
        }
    }
    sentence
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let people: u64 = args
        .next()
        .map_or(1000, |a| a.parse().expect("people is a number"));
    let seed: u64 = args
        .next()
        .map_or(1, |a| a.parse().expect("seed is a number"));
    let state = State::parse(&args.next().unwrap_or_else(|| "PA".to_owned()));
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    for index in 0..people {
        serde_json::to_writer(&mut out, &person(&mut rng, index, &state))?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
