//! Switching the law in force: a dry run reports what a run under the new pack would change and
//! writes nothing; the real run keeps every seal, seals what is newly eligible, expunges what
//! was only sealed when the new law says so (telling each agency), and is idempotent; the
//! record page says what was done and what it means, in English and Spanish.

use crate::clearance::scratch_folder;
use crate::harness::{PASSWORD, TestApp};
use myrecord_server::clearance_dry_run::{DecisionCount, dry_run};
use myrecord_server::clearance_run::{RunSummary, quietly, run};
use myrecord_server::domain::Role;
use myrecord_server::store::clearance::RunCounts;
use serde_json::{Value, json};
use time::macros::date;

const AS_OF: time::Date = date!(2026 - 11 - 22);

fn charge(seq: u32, statute: &str, grade: &str, kind: &str, date: Option<&str>) -> Value {
    json!({
        "seq": seq, "statute": statute, "grade": grade,
        "court": { "ori": "PA051013J", "name": "Philadelphia Municipal Court" },
        "disposition": { "type": kind, "date": date },
        "sentence": null, "restitution_owed_cents": 0,
    })
}

fn person(sid: &str, cycles: Vec<(&str, Vec<Value>)>) -> String {
    let cycles: Vec<Value> = cycles
        .into_iter()
        .enumerate()
        .map(|(i, (arrested, charges))| {
            json!({
                "tracking_number": format!("{sid}-{}", i + 1), "arrest_date": arrested,
                "agency": { "ori": "PAPEP0000", "name": "Philadelphia Police Department" },
                "charges": charges,
            })
        })
        .collect();
    json!({
        "person": { "sid": sid, "first_name": "Jo", "middle_name": null, "last_name": sid,
                    "aliases": [], "dob": "1980-01-01", "sex": null, "race": null,
                    "county": null },
        "cycles": cycles,
    })
    .to_string()
}

/// Three people whose records the two laws decide differently (worked by hand from
/// rules/pa-act56.md and rules/pa-cs3.md, as of 2026-11-22):
/// - PA7000001: a pardoned felony (sealed under Act 56, expunged under the law in force); a
///   2019 summary (10 years under Act 56: waiting; 5 under the law in force: cleared); a 2012
///   M2 (cleared and sealed under both).
/// - PA7000002: a withdrawn charge (sealed under both); a 2014 drug felony with a short
///   sentence (not covered by Act 56; a qualifying offense now, cleared 2024).
/// - PA7000003: a conditional pardon (sealed under both: no upgrade); a charge pending since
///   2016 under a statute the catalog does not know.
fn extract() -> String {
    let mut conditional = charge(1, "18 Pa.C.S. 3502", "F2", "pardoned", Some("2016-05-05"));
    conditional["disposition"]["conditional"] = json!(true);
    people(
        charge(1, "18 Pa.C.S. 3921", "M2", "withdrawn", Some("2020-01-10")),
        conditional,
    )
}

/// The three people, with PA7000002's first charge and PA7000003's first as given.
fn people(withdrawn: Value, conditional: Value) -> String {
    let mut drug = charge(
        1,
        "35 P.S. 780-113(a)(30)",
        "F",
        "convicted",
        Some("2014-01-01"),
    );
    drug["sentence"] = json!({ "incarceration_days": 90, "incarceration_max_days": 365 });
    [
        person(
            "PA7000001",
            vec![
                (
                    "2010-01-01",
                    vec![charge(
                        1,
                        "18 Pa.C.S. 3502",
                        "F2",
                        "pardoned",
                        Some("2015-01-01"),
                    )],
                ),
                (
                    "2019-01-01",
                    vec![charge(
                        1,
                        "18 Pa.C.S. 3929",
                        "S",
                        "convicted",
                        Some("2019-03-01"),
                    )],
                ),
                (
                    "2012-01-01",
                    vec![charge(
                        1,
                        "18 Pa.C.S. 3921",
                        "M2",
                        "convicted",
                        Some("2012-06-01"),
                    )],
                ),
            ],
        ),
        person(
            "PA7000002",
            vec![("2019-12-01", vec![withdrawn]), ("2013-06-01", vec![drug])],
        ),
        person(
            "PA7000003",
            vec![
                ("2016-01-01", vec![conditional]),
                (
                    "2016-01-01",
                    vec![charge(1, "18 Pa.C.S. 9999", "M2", "pending", None)],
                ),
            ],
        ),
    ]
    .join("\n")
}

async fn run_under(app: &TestApp, pack: &str) -> RunSummary {
    let pack = myrecord_server::packs::get(pack).unwrap();
    run(&app.store, pack, AS_OF, &scratch_folder(), &quietly)
        .await
        .expect("the run succeeds")
}

fn count(rule: &str, status: &'static str, remedy: &'static str, charges: u64) -> DecisionCount {
    DecisionCount {
        rule: rule.to_owned(),
        status,
        remedy,
        charges,
    }
}

#[tokio::test]
async fn a_dry_run_reports_what_the_law_in_force_would_change_and_writes_nothing() {
    let app = TestApp::empty().await;
    app.import(&extract()).await;
    let act56 = run_under(&app, "pa-act56").await;
    assert_eq!(
        act56.counts,
        RunCounts {
            people: 3,
            charges: 7,
            cleared: 4,
            newly_sealed: 4,
            upgraded: 0,
            flagged: 0,
            waiting: 1,
            not_eligible: 2,
        }
    );
    let stored = "select count(*) from charge_decision";
    let runs = "select count(*) from clearance_run";
    let audit = "select count(*) from audit_event";
    let before = (
        app.count(stored).await,
        app.count(runs).await,
        app.count(audit).await,
    );

    let pack = myrecord_server::packs::get("pa-cs3").unwrap();
    let report = dry_run(&app.store, pack, AS_OF, 5, &quietly).await.unwrap();
    assert_eq!(report.people, 3);
    assert_eq!(report.charges, 7);
    assert_eq!(report.newly_cleared, 2, "the summary and the drug felony");
    assert_eq!(report.remedy_upgrades, 1, "the unconditional pardon");
    assert_eq!(report.losing_eligibility.sealed, 0);
    assert_eq!(report.losing_eligibility.not_sealed, 0);
    assert_eq!(
        report.decisions,
        [
            count("-", "not_eligible", "-", 1),
            count("pa-cs3/drug-felony", "cleared", "seal", 1),
            count("pa-cs3/misdemeanor", "cleared", "seal", 1),
            count("pa-cs3/non-conviction", "cleared", "seal", 1),
            count("pa-cs3/pardon", "cleared", "expunge", 1),
            count("pa-cs3/pardon", "cleared", "seal", 1),
            count("pa-cs3/summary", "cleared", "seal", 1),
        ]
    );
    let quality = &report.data_quality;
    assert_eq!(quality.unknown_statutes, 1);
    assert_eq!(
        quality.statutes_not_in_catalog[0].statute,
        "18 Pa.C.S. 9999"
    );
    assert_eq!(quality.non_final_older, 1, "pending since 2016");
    assert_eq!(quality.missing_data, 0);
    let after = (
        app.count(stored).await,
        app.count(runs).await,
        app.count(audit).await,
    );
    assert_eq!(before, after, "a dry run writes nothing");

    // The command prints the same and writes it as JSON on request.
    let report_file = scratch_folder().join("report.json");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args([
            "clearance",
            "run",
            "--rules",
            "pa-cs3",
            "--as-of",
            "2026-11-22",
            "--dry-run",
            "--report",
        ])
        .arg(&report_file)
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("nothing was written"), "{stdout}");
    assert!(
        stdout.contains("remedy upgrades (sealed, now expunged): 1"),
        "{stdout}"
    );
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(&report_file).unwrap()).unwrap();
    assert_eq!(json["newly_cleared"], 2);
    assert_eq!(json["remedy_upgrades"], 1);
    assert_eq!(
        json["data_quality"]["statutes_not_in_catalog"][0]["statute"],
        "18 Pa.C.S. 9999"
    );
    assert_eq!(json["decisions"].as_array().unwrap().len(), 7);
    assert_eq!(
        (
            app.count(stored).await,
            app.count(runs).await,
            app.count(audit).await
        ),
        before,
        "nor does the command"
    );
    // --report without --dry-run is refused: a real run's report is its output.
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args([
            "clearance",
            "run",
            "--rules",
            "pa-cs3",
            "--report",
            "x.json",
        ])
        .env("DATABASE_URL", &app.database_url)
        .output()
        .unwrap();
    assert!(!refused.status.success());
}

#[tokio::test]
async fn the_law_in_force_keeps_seals_seals_the_newly_eligible_and_expunges_pardons_once() {
    let app = TestApp::empty().await;
    app.import(&extract()).await;
    let act56 = run_under(&app, "pa-act56").await;
    let sealed_by_act56: Vec<String> = sealed_charges(&app).await;
    assert_eq!(sealed_by_act56.len(), 4);

    let cs3 = run_under(&app, "pa-cs3").await;
    assert_eq!(
        cs3.counts,
        RunCounts {
            people: 3,
            charges: 7,
            cleared: 6,
            newly_sealed: 2,
            upgraded: 1,
            flagged: 0,
            waiting: 0,
            not_eligible: 1,
        }
    );
    assert_eq!(
        cs3.decisions_written, 3,
        "two new seals and one expungement"
    );
    // Every seal made under Act 56 stands, with the run that made it.
    let still_sealed = sealed_charges(&app).await;
    for seal in &sealed_by_act56 {
        assert!(still_sealed.contains(seal), "{seal} is still sealed");
    }
    assert_eq!(still_sealed.len(), 6);
    assert_eq!(
        app.text(
            "select d.rule || ' ' || d.remedy || ' ' || cast(d.sealed_run_id as text) \
             from charge_decision d join charge ch on ch.id = d.charge_id \
             join arrest_cycle c on c.id = ch.cycle_id where c.tracking_number = 'PA7000001-1'"
        )
        .await,
        format!("pa-cs3/pardon expunge {}", act56.run_id),
        "expunged, still counted as sealed by the first run"
    );
    // The conditional pardon stays as Act 56 sealed it.
    assert_eq!(
        app.text(
            "select d.rule from charge_decision d join charge ch on ch.id = d.charge_id \
             join arrest_cycle c on c.id = ch.cycle_id where c.tracking_number = 'PA7000003-1'"
        )
        .await,
        "pa-act56/pardon"
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from audit_event where action = 'charges_upgraded' \
             and detail = 'run {}: 1 sealed charges given a stronger remedy'",
            cs3.run_id
        ))
        .await,
        1
    );
    // Each agency is told: the court and the police, for two seals and one expungement.
    assert_eq!(cs3.notices.rows, 6);
    let court: Value = serde_json::from_str(
        &std::fs::read_to_string(cs3.notices.folder.join("PA051013J.json")).unwrap(),
    )
    .unwrap();
    let remedies: Vec<(&str, &str)> = court["charges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["tracking_number"].as_str().unwrap(),
                c["remedy"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        remedies,
        [
            ("PA7000001-1", "expunge"),
            ("PA7000001-2", "seal"),
            ("PA7000002-2", "seal"),
        ]
    );

    // Again: nothing changes, nobody is told twice.
    let again = run_under(&app, "pa-cs3").await;
    assert_eq!(again.decisions_written, 0);
    assert_eq!(again.counts.newly_sealed, 0);
    assert_eq!(again.counts.upgraded, 0);
    assert_eq!(again.notices.rows, 0);
}

async fn sealed_charges(app: &TestApp) -> Vec<String> {
    let mut sealed = Vec::new();
    for tracking in [
        "PA7000001-1",
        "PA7000001-2",
        "PA7000001-3",
        "PA7000002-1",
        "PA7000002-2",
        "PA7000003-1",
        "PA7000003-2",
    ] {
        let run = app
            .text(&format!(
                "select coalesce(cast(d.sealed_run_id as text), '') from charge_decision d \
                 join charge ch on ch.id = d.charge_id join arrest_cycle c on c.id = \
                 ch.cycle_id where c.tracking_number = '{tracking}'"
            ))
            .await;
        if !run.is_empty() {
            sealed.push(format!("{tracking} by run {run}"));
        }
    }
    sealed
}

#[tokio::test]
async fn the_record_page_says_what_was_done_under_which_law_and_what_it_means() {
    let app = TestApp::empty().await;
    app.import(&extract()).await;
    run_under(&app, "pa-act56").await;
    run_under(&app, "pa-cs3").await;
    let person = app
        .store
        .person_id_by_sid("PA7000001")
        .await
        .unwrap()
        .unwrap();
    app.person_account("jo@example.org", Some(person)).await;
    let mut browser = app.browser();
    browser.sign_in("jo@example.org", PASSWORD).await;
    let text = browser.get("/record").await.text();
    let law = "Pennsylvania's Clean Slate law, as changed in 2020 and 2023.";
    assert!(text.contains("Expunged on "), "{text}");
    assert!(text.contains(&format!("under {law}")), "{text}");
    assert!(
        text.contains("Expunged means the record is destroyed."),
        "{text}"
    );
    assert!(
        text.contains("you may answer as if this did not happen (18 Pa.C.S. § 9122.5)"),
        "{text}"
    );
    // The misdemeanor sealed under Act 56 keeps that law's words.
    assert!(
        text.contains("under Pennsylvania's Clean Slate law (Act 56 of 2018)"),
        "{text}"
    );

    browser.get("/language?lang=es&next=/record").await;
    let spanish = browser.get("/record").await.text();
    assert!(
        spanish.contains("según la ley Clean Slate de Pensilvania, con los cambios de 2020 y 2023"),
        "{spanish}"
    );
    assert!(spanish.contains("Eliminado el "), "{spanish}");
    assert!(spanish.contains("(18 Pa.C.S. § 9122.5)"), "{spanish}");
}

/// The extract the state sends later: PA7000002's withdrawn charge (sealed) is now a
/// conviction for an M1, and PA7000003's conditional pardon (sealed) is now pending. Neither is
/// cleared any more, nor is PA7000002's drug felony (with the M1 that person now has two
/// convictions over two years); none may be unsealed without a reviewer.
fn later_extract() -> String {
    people(
        charge(1, "18 Pa.C.S. 3921", "M1", "convicted", Some("2020-01-10")),
        charge(1, "18 Pa.C.S. 3502", "F2", "pending", None),
    )
}

#[tokio::test]
async fn a_seal_the_law_no_longer_gives_waits_for_a_reviewer_who_unseals_or_keeps_it() {
    let app = TestApp::empty().await;
    app.import(&extract()).await;
    run_under(&app, "pa-cs3").await;
    app.import(&later_extract()).await;

    let run = run_under(&app, "pa-cs3").await;
    assert_eq!(run.counts.flagged, 3);
    assert_eq!(run.counts.newly_sealed, 0);
    assert_eq!(
        app.count(
            "select count(*) from charge_decision where sealed_run_id is not null \
             and status = 'cleared'"
        )
        .await,
        6,
        "nothing is unsealed by a run"
    );
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'seals_flagged'")
            .await,
        1
    );
    // Again: the open flags are not doubled.
    assert_eq!(run_under(&app, "pa-cs3").await.counts.flagged, 0);
    assert_eq!(app.count("select count(*) from unseal_flag").await, 3);

    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let queue = sam.get("/review").await;
    assert!(queue.body.contains("href=\"/review/sealed\""));
    let list = sam.get("/review/sealed").await;
    let text = list.text();
    // The list shows entries of two people's records: each sees the look in "who viewed".
    assert_eq!(
        app.count(
            "select count(distinct subject_person_id) from audit_event \
             where action = 'record_viewed' and actor_role = 'reviewer'"
        )
        .await,
        2
    );
    assert!(text.contains("Sealed entries to check"), "{text}");
    assert!(text.contains("Jo PA7000002 (PA7000002)"), "{text}");
    assert!(text.contains("pa-cs3/non-conviction"), "{text}");
    assert!(
        text.contains("Convictions of this grade are not cleared automatically by the law."),
        "{text}"
    );
    assert!(text.contains("Jo PA7000003 (PA7000003)"), "{text}");
    assert_eq!(
        text.matches("Jo PA7000002 (PA7000002)").count(),
        2,
        "{text}"
    );
    assert!(
        text.contains("Other convictions on this record stop this entry"),
        "{text}"
    );
    let flag = |tracking: &str| {
        format!(
            "select f.id from unseal_flag f join charge ch on ch.id = f.charge_id \
             join arrest_cycle c on c.id = ch.cycle_id where c.tracking_number = '{tracking}'"
        )
    };
    let conviction = app.count(&flag("PA7000002-1")).await;
    let pending = app.count(&flag("PA7000003-1")).await;

    // Keep one sealed: audited, and the same decision is not flagged again.
    let token = list.csrf_token();
    let kept = sam
        .post(
            &format!("/review/sealed/{pending}"),
            &[("choice", "keep"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(kept.location(), Some("/review/sealed?notice=kept"));
    assert_eq!(
        app.count(&format!(
            "select count(*) from audit_event where action = 'charge_kept_sealed' \
             and detail = 'flag {pending}'"
        ))
        .await,
        1
    );
    assert_eq!(run_under(&app, "pa-cs3").await.counts.flagged, 0);

    // Unseal the other: the law's decision replaces the seal, the agencies are told.
    let unsealed = sam
        .post(
            &format!("/review/sealed/{conviction}"),
            &[("choice", "unseal"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(unsealed.location(), Some("/review/sealed?notice=unsealed"));
    assert_eq!(
        app.text(
            "select d.status || ' ' || d.reasons || ' ' || \
             coalesce(cast(d.sealed_run_id as text), 'unsealed') \
             from charge_decision d join charge ch on ch.id = d.charge_id \
             join arrest_cycle c on c.id = ch.cycle_id where c.tracking_number = 'PA7000002-1'"
        )
        .await,
        "not_eligible grade_not_covered unsealed"
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from audit_event where action = 'charge_unsealed' \
             and actor_role = 'reviewer' and detail = 'flag {conviction}'"
        ))
        .await,
        1
    );
    let notices = &app.state.config.notices_dir;
    let folder = std::fs::read_dir(notices)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("unseal-{conviction}-"))
        })
        .expect("an unseal notice folder");
    let court = std::fs::read_to_string(folder.join("PA051013J.csv")).unwrap();
    assert!(
        court.lines().nth(1).unwrap().ends_with(",unseal"),
        "{court}"
    );
    assert!(folder.join("PAPEP0000.json").exists());

    // Decided already: a second answer changes nothing.
    let again = sam
        .post(
            &format!("/review/sealed/{conviction}"),
            &[("choice", "keep"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(
        again.location(),
        Some("/review/sealed?notice=already-decided")
    );
    let done = sam.get("/review/sealed?notice=unsealed").await.text();
    assert!(done.contains("The entry is unsealed."), "{done}");
    assert_eq!(
        app.count("select count(*) from unseal_flag where decided_at is null")
            .await,
        1,
        "the drug felony still waits"
    );
}

#[tokio::test]
async fn two_reviewers_deciding_one_flag_at_once_make_one_decision() {
    let app = TestApp::empty().await;
    app.import(&extract()).await;
    run_under(&app, "pa-cs3").await;
    app.import(&later_extract()).await;
    run_under(&app, "pa-cs3").await;
    let sam = app
        .staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let flag = app.count("select min(id) from unseal_flag").await;
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            app.store.decide_unseal(
                flag,
                (sam.id, "reviewer"),
                myrecord_server::store::unseal::UnsealChoice::Unseal
            ),
            app.store.decide_unseal(
                flag,
                (sam.id, "reviewer"),
                myrecord_server::store::unseal::UnsealChoice::KeepSealed
            ),
        );
        let decided = [a.unwrap(), b.unwrap()]
            .into_iter()
            .filter(Option::is_some)
            .count();
        assert!(decided <= 1, "one decision at most");
    }
    assert_eq!(
        app.count("select count(*) from unseal_flag where decided_at is not null")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "select count(*) from audit_event where action in \
             ('charge_unsealed', 'charge_kept_sealed')"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn another_states_law_is_refused_before_anything_is_written() {
    let app = TestApp::empty().await;
    app.import(&extract()).await;
    let california = myrecord_server::packs::get("ca-prop64").unwrap();
    let refused = run(&app.store, california, AS_OF, &scratch_folder(), &quietly)
        .await
        .expect_err("a Pennsylvania database is not California's");
    assert!(
        refused
            .to_string()
            .contains("holds records from PA, and the rule pack ca-prop64 is CA's law"),
        "{refused}"
    );
    let dry = dry_run(&app.store, california, AS_OF, 5, &quietly).await;
    assert!(dry.is_err());
    assert_eq!(app.count("select count(*) from clearance_run").await, 0);
    assert_eq!(app.count("select count(*) from charge_decision").await, 0);
}
