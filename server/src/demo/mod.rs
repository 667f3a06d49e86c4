//! Synthetic demo people (fictional names, realistic statutes and outcomes of the state being
//! shown) and their accounts, loaded through the same import path as a real extract.

mod california;
mod michigan;
mod pennsylvania;
mod people;

pub use people::{DemoState, demo_people};

use crate::domain::{NewAccount, Role};
use crate::password;
use crate::store::Store;
use anyhow::Context;
use myrecord_clearance::domain::Jurisdiction;
use myrecord_clearance::extract::PersonRecord;
use myrecord_clearance::pack::RulePack;
use time::{Date, Duration};

/// The demo of a state: people whose records exercise that state's law.
pub fn state(jurisdiction: Jurisdiction) -> &'static DemoState {
    match jurisdiction {
        Jurisdiction::Pennsylvania => &pennsylvania::PENNSYLVANIA,
        Jurisdiction::California => &california::CALIFORNIA,
        Jurisdiction::Michigan => &michigan::MICHIGAN,
    }
}

/// Demo accounts sign in as `<first>.<last>@example.org` (lowercase).
pub fn demo_email(record: &PersonRecord) -> String {
    format!(
        "{}.{}@example.org",
        record.person.first_name.to_lowercase(),
        record.person.last_name.to_lowercase()
    )
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
    state: &DemoState,
    pack: &RulePack,
    password: Option<String>,
    today: Date,
) -> anyhow::Result<DemoLoaded> {
    let people = demo_people(state, today);
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
                language: None,
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
                language: None,
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
    crate::clearance_run::run(store, pack, today, &notices, &crate::clearance_run::quietly)
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
        use myrecord_clearance::domain::DispositionKind::*;
        let people = demo_people(state(Jurisdiction::Pennsylvania), date!(2026 - 11 - 22));
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
    fn every_states_demo_people_pass_the_extract_contract() {
        for jurisdiction in Jurisdiction::ALL {
            let offices = crate::contacts::parse(state(jurisdiction).contacts).unwrap();
            assert!(offices.agency.is_some() && !offices.legal_aid.is_empty());
            let people = demo_people(state(jurisdiction), date!(2026 - 11 - 22));
            let emails: std::collections::HashSet<_> = people.iter().map(demo_email).collect();
            assert_eq!(emails.len(), people.len(), "emails are unique");
            for (i, person) in people.iter().enumerate() {
                let line = serde_json::to_string(person).unwrap();
                let read = myrecord_clearance::extract::parse_line(i + 1, &line)
                    .expect("demo line is valid");
                assert_eq!(read.jurisdiction, jurisdiction);
            }
        }
    }

    #[test]
    fn generated_passwords_are_long() {
        let p = random_password();
        assert_eq!(p.chars().count(), 20);
        assert!(password::check_new(&p, &[]).is_ok());
    }
}
