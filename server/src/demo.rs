//! Synthetic demo people (fictional names, realistic Pennsylvania statutes and outcomes) and
//! their accounts, loaded through the same import path as a real extract.

use crate::domain::{NewAccount, Role};
use crate::password;
use crate::store::Store;
use anyhow::Context;
use myrecord_clearance::domain::{DispositionKind, Grade};
use myrecord_clearance::extract::{
    Agency, Charge, Cycle, Disposition, Person, PersonRecord, Sentence,
};
use time::{Date, Duration};

/// Demo accounts sign in as `<first>.<last>@example.org` (lowercase).
pub fn demo_email(record: &PersonRecord) -> String {
    format!(
        "{}.{}@example.org",
        record.person.first_name.to_lowercase(),
        record.person.last_name.to_lowercase()
    )
}

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

struct Place {
    county: &'static str,
    county_code: &'static str,
    police: (&'static str, &'static str),
    court: (&'static str, &'static str),
}

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

/// One charge of a scenario: statute, the court's wording, grade, outcome, restitution owed.
type ChargeSpec = (&'static str, &'static str, Grade, DispositionKind, i64);

/// One arrest of a scenario: years before today the case was decided, and its charges.
struct CaseSpec {
    years_ago: i64,
    charges: &'static [ChargeSpec],
}

use DispositionKind::*;
use Grade::*;

const WITHDRAWN_POSSESSION: CaseSpec = CaseSpec {
    years_ago: 9,
    charges: &[
        (
            "35 P.S. 780-113(a)(16)",
            "Possession of a controlled substance",
            M,
            Withdrawn,
            0,
        ),
        (
            "35 P.S. 780-113(a)(32)",
            "Possession of drug paraphernalia",
            M,
            Withdrawn,
            0,
        ),
    ],
};
const OLD_RETAIL_THEFT: CaseSpec = CaseSpec {
    years_ago: 13,
    charges: &[("18 Pa.C.S. 3929", "Retail theft", S, Convicted, 0)],
};
const RECENT_THEFT: CaseSpec = CaseSpec {
    years_ago: 3,
    charges: &[
        (
            "18 Pa.C.S. 3921(a)",
            "Theft by unlawful taking",
            M2,
            Convicted,
            0,
        ),
        (
            "18 Pa.C.S. 3925",
            "Receiving stolen property",
            M2,
            NolleProssed,
            0,
        ),
    ],
};
const BURGLARY: CaseSpec = CaseSpec {
    years_ago: 6,
    charges: &[
        ("18 Pa.C.S. 3502(a)(2)", "Burglary", F2, Convicted, 0),
        (
            "18 Pa.C.S. 3503(a)(1)",
            "Criminal trespass",
            F3,
            Withdrawn,
            0,
        ),
    ],
};
const SIMPLE_ASSAULT: CaseSpec = CaseSpec {
    years_ago: 14,
    charges: &[
        ("18 Pa.C.S. 2701(a)(1)", "Simple assault", M2, Convicted, 0),
        ("18 Pa.C.S. 2709(a)(1)", "Harassment", S, Dismissed, 0),
    ],
};
const PENDING_DUI: CaseSpec = CaseSpec {
    years_ago: 0,
    charges: &[
        (
            "75 Pa.C.S. 3802(a)(1)",
            "Driving under the influence",
            M,
            Pending,
            0,
        ),
        (
            "75 Pa.C.S. 1543(a)",
            "Driving while operating privilege suspended",
            S,
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
        M3,
        Convicted,
        42_500,
    )],
};
const OLD_MARIJUANA: CaseSpec = CaseSpec {
    years_ago: 16,
    charges: &[(
        "35 P.S. 780-113(a)(31)",
        "Possession of marijuana (small amount)",
        M,
        Convicted,
        0,
    )],
};
const ACQUITTED_ASSAULT: CaseSpec = CaseSpec {
    years_ago: 4,
    charges: &[(
        "18 Pa.C.S. 2702(a)(1)",
        "Aggravated assault",
        F1,
        Acquitted,
        0,
    )],
};
const DIVERTED_DUI: CaseSpec = CaseSpec {
    years_ago: 5,
    charges: &[(
        "75 Pa.C.S. 3802(a)(1)",
        "Driving under the influence",
        M,
        Diverted,
        0,
    )],
};
const PARDONED_FORGERY: CaseSpec = CaseSpec {
    years_ago: 20,
    charges: &[("18 Pa.C.S. 4101(a)(2)", "Forgery", F3, Pardoned, 0)],
};
const FIREARM: CaseSpec = CaseSpec {
    years_ago: 11,
    charges: &[(
        "18 Pa.C.S. 6106(a)(1)",
        "Firearms not to be carried without a license",
        F3,
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
            M3,
            Convicted,
            0,
        ),
        ("18 Pa.C.S. 5505", "Public drunkenness", S, Convicted, 0),
    ],
};
const ACCESS_DEVICE_FRAUD: CaseSpec = CaseSpec {
    years_ago: 2,
    charges: &[(
        "18 Pa.C.S. 4106(a)(1)",
        "Access device fraud",
        M1,
        Convicted,
        0,
    )],
};
const RESISTING_ARREST: CaseSpec = CaseSpec {
    years_ago: 7,
    charges: &[("18 Pa.C.S. 5104", "Resisting arrest", M2, Convicted, 0)],
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

/// Builds the demo people with dates relative to `today`, so the demo stays current.
pub fn demo_people(today: Date) -> Vec<PersonRecord> {
    HISTORIES
        .iter()
        .enumerate()
        .map(|(i, history)| {
            let place = &PLACES[i % PLACES.len()];
            let n = i as i64;
            let dob = today - Duration::days(365 * (24 + (n * 7) % 30) + n * 11);
            let cycles = history
                .iter()
                .enumerate()
                .map(|(c, case)| {
                    let decided =
                        today - Duration::days(365 * case.years_ago + 20 + n * 3 + c as i64 * 17);
                    let arrested = decided - Duration::days(75 + n % 40);
                    let year = arrested.year();
                    let court_case = format!(
                        "CP-{}-CR-{:07}-{year}",
                        place.county_code,
                        1000 + n * 37 + c as i64 * 5
                    );
                    Cycle {
                        tracking_number: format!("OTN-D{:03}{:02}", i + 1, c + 1),
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
                                    grade,
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
                jurisdiction: Default::default(),
                person: Person {
                    sid: format!("PA9{:06}", i + 1),
                    first_name: FIRST_NAMES[i].to_owned(),
                    middle_name: None,
                    last_name: LAST_NAMES[i].to_owned(),
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

/// Demo staff: (email, name, organisation, role). Fictional, like the people.
const DEMO_STAFF: [(&str, &str, &str, Role); 3] = [
    (
        "lena.ortiz@legalaid.example.org",
        "Lena Ortiz",
        "Keystone Community Legal Services (demo)",
        Role::LegalAid,
    ),
    (
        "sam.whitaker@records.example.gov",
        "Sam Whitaker",
        "State Central Repository (demo)",
        Role::Reviewer,
    ),
    (
        "alex.morgan@records.example.gov",
        "Alex Morgan",
        "State Central Repository (demo)",
        Role::Admin,
    ),
];

/// The demo person who has shared their record with the demo legal aid worker.
const SHARING_DEMO_PERSON: usize = 0;
/// How long that demo consent lasts from each start, in days.
const SHARING_DEMO_DAYS: i64 = 90;

/// What `serve --demo` tells the operator.
pub struct DemoLoaded {
    pub emails: Vec<String>,
    /// Staff and legal aid accounts: (email, role).
    pub staff: Vec<(String, Role)>,
    /// Set when the password was generated here and must be shown once.
    pub generated_password: Option<String>,
}

/// Imports the demo people and gives each a linked account. Safe to repeat: people are keyed
/// by `sid` and accounts by email. `today` is the portal's (see `crate::clock`).
pub async fn load(
    store: &Store,
    password: Option<String>,
    today: Date,
) -> anyhow::Result<DemoLoaded> {
    let people = demo_people(today);
    store
        .import_extract(
            "demo",
            today,
            people
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, p)| Ok((i + 1, p))),
        )
        .await
        .context("loading the demo people")?;
    let generated_password = password.is_none().then(random_password);
    let password = password
        .or_else(|| generated_password.clone())
        .expect("one is set");
    let mut emails = Vec::new();
    for record in &people {
        let person_id = store
            .person_id_by_sid(&record.person.sid)
            .await?
            .context("demo person was just imported")?;
        let hash = password::hash(password.clone()).await?;
        let email = demo_email(record);
        store
            .upsert_account(NewAccount {
                email: &email,
                password_hash: &hash,
                role: Role::Person,
                person_id: Some(person_id),
                display_name: None,
                organisation: None,
            })
            .await?;
        emails.push(email);
    }
    let mut staff = Vec::new();
    for (email, name, organisation, role) in DEMO_STAFF {
        let hash = password::hash(password.clone()).await?;
        store
            .upsert_account(NewAccount {
                email,
                password_hash: &hash,
                role,
                person_id: None,
                display_name: Some(name),
                organisation: Some(organisation),
            })
            .await?;
        staff.push((email.to_owned(), role));
    }
    share_with_demo_legal_aid(store, &emails[SHARING_DEMO_PERSON], today).await?;
    // Review the demo people the way the state would, so the demo shows cleared, waiting and
    // not-cleared entries. Their notices go to a scratch folder, not to any agency, and are
    // thrown away.
    let notices = std::env::temp_dir().join(format!(
        "myrecord-demo-notices-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    crate::clearance_run::run(
        store,
        crate::packs::catalog_pack(),
        today,
        &notices,
        &crate::clearance_run::quietly,
    )
    .await
    .context("reviewing the demo people for clearance")?;
    let _ = std::fs::remove_dir_all(&notices);
    Ok(DemoLoaded {
        emails,
        staff,
        generated_password,
    })
}

/// One demo person lets the demo legal aid worker see their record, so the client list has
/// someone on it. Renewed at each start; the consent is recorded like any other.
async fn share_with_demo_legal_aid(
    store: &Store,
    person_email: &str,
    today: Date,
) -> anyhow::Result<()> {
    let person = store
        .credentials_by_email(person_email)
        .await?
        .context("demo person has an account")?
        .account;
    let person_id = person.person_id.context("demo person is linked")?;
    let until = today + Duration::days(SHARING_DEMO_DAYS);
    store
        .grant_access(&person, person_id, DEMO_STAFF[0].0, until)
        .await
        .context("sharing a demo record with the demo legal aid worker")?;
    Ok(())
}

fn random_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|i| {
            if i > 0 && i % 5 == 0 {
                '-'
            } else {
                ALPHABET[rng.random_range(0..ALPHABET.len())] as char
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn demo_has_enough_varied_people() {
        let people = demo_people(date!(2026 - 11 - 22));
        assert!(people.len() >= 20);
        let kinds: std::collections::HashSet<_> = people
            .iter()
            .flat_map(|p| p.cycles.iter().flat_map(|c| c.charges.iter()))
            .map(|c| c.disposition.kind)
            .collect();
        for kind in [Convicted, Withdrawn, Pending, Acquitted, Diverted, Pardoned] {
            assert!(kinds.contains(&kind), "{kind:?} is shown somewhere");
        }
        let emails: std::collections::HashSet<_> = people.iter().map(demo_email).collect();
        assert_eq!(emails.len(), people.len(), "emails are unique");
    }

    #[test]
    fn demo_people_pass_the_extract_contract() {
        for (i, person) in demo_people(date!(2026 - 11 - 22)).iter().enumerate() {
            let line = serde_json::to_string(person).unwrap();
            myrecord_clearance::extract::parse_line(i + 1, &line).expect("demo line is valid");
        }
    }

    #[test]
    fn generated_passwords_are_long() {
        let p = random_password();
        assert_eq!(p.chars().count(), 20);
        assert!(password::check_new(&p, &[]).is_ok());
    }
}
