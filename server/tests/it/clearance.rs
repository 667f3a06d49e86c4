//! `clearance run` over the database and `clearance check` through the real binary.

use crate::harness::{PASSWORD, SAMPLE, TestApp};
use myrecord_server::clearance_run::{RunSummary, run};
use myrecord_server::store::clearance::RunCounts;
use std::path::{Path, PathBuf};
use time::Date;
use time::macros::date;

pub(crate) fn scratch_folder() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "myrecord-notices-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn run_as_of(app: &TestApp, as_of: Date, notices: &Path) -> RunSummary {
    let pack = myrecord_server::packs::get("pa-act56").unwrap();
    run(
        &app.store,
        pack,
        as_of,
        notices,
        &myrecord_server::clearance_run::quietly,
    )
    .await
    .expect("the run succeeds")
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_run_decides_seals_and_notifies_each_agency() {
    let app = TestApp::with_sample_people().await;
    let out = scratch_folder();
    let summary = run_as_of(&app, date!(2026 - 11 - 22), &out).await;
    assert_eq!(
        summary.counts,
        RunCounts {
            people: 3,
            charges: 6,
            cleared: 4,
            newly_sealed: 4,
            upgraded: 0,
            flagged: 0,
            waiting: 0,
            not_eligible: 2,
        }
    );
    assert_eq!(summary.decisions_written, 6);
    assert_eq!(app.count("select count(*) from charge_decision").await, 6);
    assert_eq!(
        app.count("select count(*) from charge_decision where sealed_run_id is not null")
            .await,
        4
    );
    let run_row = app
        .count("select count(*) from clearance_run where finished_at is not null and cleared = 4")
        .await;
    assert_eq!(run_row, 1);
    assert_eq!(
        app.count(&format!(
            "select count(*) from audit_event where action = 'charges_sealed' \
             and actor_account_id is null and detail = 'run {}: 4 charges sealed'",
            summary.run_id
        ))
        .await,
        1,
        "the seals are audited"
    );

    // One CSV and one JSON per court and per police agency holding a sealed charge.
    assert_eq!(summary.notices.agencies, 5);
    assert_eq!(
        summary.notices.rows, 8,
        "each sealed charge: its court and its police"
    );
    let folder = &summary.notices.folder;
    assert_eq!(
        files_in(folder),
        [
            "PA0020100.csv",
            "PA0020100.json",
            "PA002013J.csv",
            "PA002013J.json",
            "PA002015J.csv",
            "PA002015J.json",
            "PA051013J.csv",
            "PA051013J.json",
            "PAPEP0000.csv",
            "PAPEP0000.json"
        ]
    );
    let csv = std::fs::read_to_string(folder.join("PA051013J.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[0].starts_with("ori,holder,sid,last_name,first_name,dob,tracking_number"));
    assert!(
        lines[0].ends_with("rule,eligible_since,remedy"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("PA051013J,court,PA2000001,Santos,Maria,1979-07-02,OTN-20001"));
    assert!(
        lines[1].ends_with("pa-act56/misdemeanor,2018-08-20,seal"),
        "{}",
        lines[1]
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("PA002015J.json")).unwrap())
            .unwrap();
    assert_eq!(json["ori"], "PA002015J");
    assert_eq!(json["run"]["rule_pack"], "pa-act56");
    assert_eq!(json["charges"].as_array().unwrap().len(), 1);
    assert_eq!(json["charges"][0]["rule"], "pa-act56/summary");
    assert_eq!(json["charges"][0]["eligible_since"], "2024-03-15");
}

#[tokio::test]
async fn repeating_a_run_changes_nothing() {
    let app = TestApp::with_sample_people().await;
    let out = scratch_folder();
    let first = run_as_of(&app, date!(2026 - 11 - 22), &out).await;
    let second = run_as_of(&app, date!(2026 - 11 - 22), &out).await;
    assert_eq!(
        second.counts,
        RunCounts {
            newly_sealed: 0,
            ..first.counts.clone()
        }
    );
    assert_eq!(second.decisions_written, 0, "same input, same decisions");
    assert_eq!(
        second.notices.rows, 0,
        "nothing newly sealed, nothing to notify"
    );
    assert_eq!(app.count("select count(*) from charge_decision").await, 6);
    assert_eq!(
        app.count("select count(*) from charge_decision where run_id <> (select min(id) from clearance_run)")
            .await,
        0,
        "every decision still names the run that made it"
    );
}

/// Maria's sample line with her 2008 conviction made a second-degree misdemeanor decided on
/// 2020-05-31 (eligible 2030-05-31, if no new conviction restarts the clock).
fn maria_with_a_recent_misdemeanor() -> String {
    SAMPLE
        .lines()
        .next()
        .unwrap()
        .replace(
            "\"grade\":\"M\",\"court_case\":\"MC-51-CR-0004411-2008\"",
            "\"grade\":\"M2\",\"court_case\":\"MC-51-CR-0004411-2008\"",
        )
        .replace(
            "\"date\":\"2008-08-20\"},\"sentence\":{",
            "\"date\":\"2020-05-31\"},\"sentence\":{",
        )
}

#[tokio::test]
async fn waiting_charges_are_reviewed_again_and_cleared_when_due() {
    let app = TestApp::empty().await;
    // A second-degree misdemeanor decided 2020-05-31: eligible 2030-05-31.
    app.import(&maria_with_a_recent_misdemeanor()).await;
    let out = scratch_folder();
    let early = run_as_of(&app, date!(2026 - 11 - 22), &out).await;
    assert_eq!(early.counts.waiting, 1);
    let later = run_as_of(&app, date!(2030 - 05 - 31), &out).await;
    assert_eq!(later.counts.waiting, 0);
    assert_eq!(later.counts.newly_sealed, 1);
    assert_eq!(
        later.decisions_written, 1,
        "only the charge whose decision changed"
    );
    assert_eq!(
        app.count("select count(*) from charge_decision where status = 'cleared' and decision_date = '2030-05-31'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_sealed_charge_is_never_deleted_by_a_later_import() {
    let app = TestApp::with_sample_people().await;
    run_as_of(&app, date!(2026 - 11 - 22), &scratch_folder()).await;
    // Maria's newer extract no longer lists her 2008 arrest at all.
    let maria = SAMPLE.lines().next().unwrap();
    let cut = maria.find(",\"cycles\":").unwrap();
    app.import(&format!("{},\"cycles\":[]}}", &maria[..cut]))
        .await;
    assert_eq!(
        app.count("select count(*) from charge_decision where sealed_run_id is not null")
            .await,
        4,
        "sealed charges stay"
    );
    assert_eq!(app.count("select count(*) from arrest_cycle").await, 4);
}

#[tokio::test]
async fn the_record_page_explains_each_decision() {
    let app = TestApp::with_sample_people().await;
    run_as_of(&app, date!(2026 - 11 - 22), &scratch_folder()).await;
    let mut browser = app.browser();
    browser.accept_language = Some("en");
    browser
        .sign_in("darnell.brooks@example.org", PASSWORD)
        .await;
    let text = browser.get("/record").await.text();
    assert!(
        text.contains("2 of 3 entries on your record were cleared."),
        "{text}"
    );
    assert!(text.contains("1 entry cannot be cleared automatically."));
    // The summary links to that entry, which says what can still be done and who can help.
    let page = browser.get("/record").await;
    let anchor = page
        .body
        .split("href=\"#entry-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the summary links to the entry not cleared");
    assert!(page.body.contains(&format!("id=\"entry-{anchor}\"")));
    assert!(text.contains("What you can still do"));
    assert!(text.contains("A court may still seal or expunge it if you ask (a petition)"));
    assert!(page.body.contains("href=\"/contact\""));
    assert!(text.contains("Restitution is still owed on this case."));
    // Sealed on the day the review ran, not on the day it became eligible (which was years
    // before the review, when nothing was hidden yet).
    let ran_on = app.state.config.clock.today();
    let in_english = myrecord_app::i18n::I18n::new(myrecord_app::i18n::Locale::En).date(ran_on);
    assert!(
        text.contains(&format!("Sealed on {in_english} under")),
        "{text}"
    );
    assert!(text.contains("The law allowed sealing it from 15 March 2024"));
    assert!(!text.contains("Sealed on 15 March 2024"));
    assert!(text.contains("Reviewed on 22 November 2026."));
    assert!(
        text.contains("Retail theft"),
        "offense in plain words from the catalog"
    );

    browser.get("/language?lang=es&next=/record").await;
    let spanish = browser.get("/record").await.text();
    assert!(
        spanish.contains("Se limpiaron 2 de las 3 entradas de su historial."),
        "{spanish}"
    );
    assert!(spanish.contains("Todavía se debe una restitución en este caso."));
    let in_spanish = myrecord_app::i18n::I18n::new(myrecord_app::i18n::Locale::Es).date(ran_on);
    assert!(spanish.contains(&format!("Sellado el {in_spanish}")));
    assert!(spanish.contains("La ley permitía sellarlo desde el 15 de marzo de 2024"));
}

#[tokio::test]
async fn a_status_the_portal_does_not_know_is_an_error_not_a_quiet_not_cleared() {
    let app = TestApp::with_sample_people().await;
    run_as_of(&app, date!(2026 - 11 - 22), &scratch_folder()).await;
    sqlx::query("update charge_decision set status = 'perhaps' where status = 'cleared'")
        .execute(app.store.pool())
        .await
        .unwrap();
    let mut browser = app.browser();
    browser
        .sign_in("darnell.brooks@example.org", PASSWORD)
        .await;
    let page = browser.get("/record").await;
    assert_eq!(page.status, axum::http::StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        !page.text().contains("cannot be cleared"),
        "{}",
        page.text()
    );
}

#[tokio::test]
async fn a_waiting_entry_says_what_its_date_depends_on_and_when_it_was_last_reviewed() {
    let app = TestApp::with_sample_people().await;
    // Maria: a second-degree misdemeanor (ten years, restarted by a new conviction) and a
    // charge withdrawn twelve days before the run (thirty days, nothing can restart it).
    let maria = maria_with_a_recent_misdemeanor().replace(
        "\"date\":\"2008-08-20\"},\"sentence\":null",
        "\"date\":\"2026-11-10\"},\"sentence\":null",
    );
    app.import(&maria).await;
    let out = scratch_folder();
    run_as_of(&app, date!(2026 - 11 - 22), &out).await;
    let mut browser = app.browser();
    browser.accept_language = Some("en");
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let text = browser.get("/record").await.text();
    assert!(
        text.contains(
            "This can be cleared on 31 May 2030 if you are not convicted before then of an \
             offense that can carry a year or more in prison."
        ),
        "{text}"
    );
    assert!(text.contains(
        "This will be cleared on 10 December 2026: the law waits 30 days after a case ends \
         without a conviction."
    ));
    assert!(!text.contains("no new convictions"));
    assert!(text.contains("on 22 November 2026."));

    // A later run changes neither decision, yet it reviewed them: the page says so.
    let later = run_as_of(&app, date!(2026 - 11 - 30), &out).await;
    assert_eq!(later.decisions_written, 0);
    let text = browser.get("/record").await.text();
    assert!(text.contains("on 30 November 2026."), "{text}");
    assert!(!text.contains("on 22 November 2026."));

    browser.get("/language?lang=es&next=/record").await;
    let spanish = browser.get("/record").await.text();
    assert!(
        spanish.contains("Esto se puede limpiar el 31 de mayo de 2030 si antes de esa fecha"),
        "{spanish}"
    );
    assert!(spanish.contains("Esto se limpiará el 10 de diciembre de 2026"));
}

#[test]
fn clearance_check_prints_the_contract_for_the_sample() {
    let sample = std::env::temp_dir().join(format!("sample-{}.jsonl", std::process::id()));
    std::fs::write(&sample, SAMPLE).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args([
            "clearance",
            "check",
            "--rules",
            "pa-act56",
            "--as-of",
            "2026-11-22",
        ])
        .arg(&sample)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = [
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":1,"status":"cleared","rule":"pa-act56/misdemeanor","date":"2018-08-20","reasons":[]}"#,
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":2,"status":"cleared","rule":"pa-act56/non-conviction","date":"2008-09-19","reasons":[]}"#,
        r#"{"sid":"PA2000002","tracking_number":"OTN-20002","seq":1,"status":"cleared","rule":"pa-act56/summary","date":"2024-03-15","reasons":[]}"#,
        r#"{"sid":"PA2000002","tracking_number":"OTN-20003","seq":1,"status":"not_eligible","rule":"pa-act56/misdemeanor","date":null,"reasons":["restitution_owed"]}"#,
        r#"{"sid":"PA2000002","tracking_number":"OTN-20003","seq":2,"status":"cleared","rule":"pa-act56/non-conviction","date":"2022-02-19","reasons":[]}"#,
        r#"{"sid":"PA2000003","tracking_number":"OTN-20004","seq":1,"status":"not_eligible","rule":null,"date":null,"reasons":["not_final"]}"#,
    ];
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn clearance_check_rejects_bad_input_with_a_line_number() {
    let bad = std::env::temp_dir().join(format!("bad-{}.jsonl", std::process::id()));
    let second = SAMPLE.lines().nth(1).unwrap().replace("\"S\"", "\"Q\"");
    std::fs::write(
        &bad,
        format!("{}\n{second}\n", SAMPLE.lines().next().unwrap()),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args([
            "clearance",
            "check",
            "--rules",
            "pa-act56",
            "--as-of",
            "2026-11-22",
        ])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("grade"), "{stderr}");
    let unknown_pack = std::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args([
            "clearance",
            "check",
            "--rules",
            "nowhere",
            "--as-of",
            "2026-11-22",
        ])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!unknown_pack.status.success());
    let stderr = String::from_utf8_lossy(&unknown_pack.stderr);
    assert!(
        stderr.contains("available: ca-prop64, mi-cleanslate, pa-act56, pa-cs3"),
        "{stderr}"
    );
}

/// Runs `myrecord clearance check --rules <rules> --as-of 2026-11-22 <file>`.
fn clearance_check(rules: &str, file: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args([
            "clearance",
            "check",
            "--rules",
            rules,
            "--as-of",
            "2026-11-22",
        ])
        .arg(file)
        .output()
        .unwrap()
}

/// The law in force: the same sample, worked by hand from rules/pa-cs3.md. The ungraded
/// marijuana misdemeanor clears 7 years on (2015), the summary 5 (2019), and every line
/// carries its remedy.
#[test]
fn clearance_check_under_the_law_in_force_adds_the_remedy() {
    let sample = std::env::temp_dir().join(format!("sample-cs3-{}.jsonl", std::process::id()));
    std::fs::write(&sample, SAMPLE).unwrap();
    let output = clearance_check("pa-cs3", &sample);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = [
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":1,"status":"cleared","rule":"pa-cs3/misdemeanor","date":"2015-08-20","reasons":[],"remedy":"seal"}"#,
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":2,"status":"cleared","rule":"pa-cs3/non-conviction","date":"2008-09-19","reasons":[],"remedy":"seal"}"#,
        r#"{"sid":"PA2000002","tracking_number":"OTN-20002","seq":1,"status":"cleared","rule":"pa-cs3/summary","date":"2019-03-15","reasons":[],"remedy":"seal"}"#,
        r#"{"sid":"PA2000002","tracking_number":"OTN-20003","seq":1,"status":"not_eligible","rule":"pa-cs3/misdemeanor","date":null,"reasons":["restitution_owed"],"remedy":null}"#,
        r#"{"sid":"PA2000002","tracking_number":"OTN-20003","seq":2,"status":"cleared","rule":"pa-cs3/non-conviction","date":"2022-02-19","reasons":[],"remedy":"seal"}"#,
        r#"{"sid":"PA2000003","tracking_number":"OTN-20004","seq":1,"status":"not_eligible","rule":null,"date":null,"reasons":["not_final"],"remedy":null}"#,
    ];
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);

    // A Pennsylvania extract is not California's: refused, naming the field.
    let refused = clearance_check("ca-prop64", &sample);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("line 1") && stderr.contains("line is PA, pack ca-prop64 is CA"),
        "{stderr}"
    );
}

/// A state's law is a file: a pack written outside the binary runs with no change to the
/// program, and a mistake in it is reported with where it is.
#[test]
fn clearance_check_runs_a_pack_from_a_file() {
    let dir = std::env::temp_dir().join(format!("own-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pack = dir.join("pa-quick.toml");
    std::fs::write(
        &pack,
        r#"
id = "pa-quick"
law_citation = "A fictional law for this test"
law_message = "law-unknown"

[[rule]]
id = "dropped"
when = [{ disposition = ["withdrawn", "nolle_prossed"] }]
wait = { days = 1, from = "disposition" }
remedy = "expunge"

[[rule]]
id = "summary"
when = [{ disposition = ["convicted"], grade = ["S"], statute = ["18 Pa.C.S. 3929"] }]
wait = { years = 3, from = "disposition" }
remedy = "seal"
"#,
    )
    .unwrap();
    let sample = dir.join("sample.jsonl");
    std::fs::write(&sample, SAMPLE).unwrap();
    let output = clearance_check(pack.to_str().unwrap(), &sample);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<_> = stdout.lines().collect();
    assert_eq!(
        lines[1],
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":2,"status":"cleared","rule":"pa-quick/dropped","date":"2008-08-21","reasons":[],"remedy":"expunge"}"#
    );
    assert_eq!(
        lines[2],
        r#"{"sid":"PA2000002","tracking_number":"OTN-20002","seq":1,"status":"cleared","rule":"pa-quick/summary","date":"2017-03-15","reasons":[],"remedy":"seal"}"#
    );
    assert_eq!(
        lines[0],
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":1,"status":"not_eligible","rule":null,"date":null,"reasons":["no_rule"],"remedy":null}"#
    );

    std::fs::write(&pack, "id = \"pa-quick\"\nlaw_citation = \"x\"\nlaw_message = \"law-unknown\"\n[[rule]]\nid = \"a\"\nwhen = [{ disposition = [\"convicted\"], grade = [\"S\"] }]\nwait = { years = 1, from = \"sentence\" }\nremedy = \"erase\"\n").unwrap();
    let broken = clearance_check(pack.to_str().unwrap(), &sample);
    assert!(!broken.status.success());
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(
        stderr.contains("rule[0].remedy") && stderr.contains("not a remedy"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn the_administrator_sees_each_import_and_run_with_its_counts() {
    let app = TestApp::with_sample_people().await;
    let admin = app
        .staff(
            myrecord_server::domain::Role::Admin,
            "alex@records.example.gov",
            "Alex Morgan",
        )
        .await;
    let mut browser = app.browser();
    browser.sign_in_staff(&admin.email).await;
    let before = browser.get("/admin").await.text();
    assert!(
        before.contains("No clearance run has been made yet."),
        "{before}"
    );

    let out = scratch_folder();
    run_as_of(&app, date!(2026 - 11 - 22), &out).await;
    let maria = app
        .count("select id from person where sid = 'PA2000001'")
        .await;
    let pack = myrecord_server::packs::get("pa-act56").unwrap();
    myrecord_server::clearance_run::run_for_person(
        &app.store,
        pack,
        date!(2026 - 11 - 23),
        &out,
        maria,
    )
    .await
    .unwrap();

    let page = browser.get("/admin").await;
    assert_eq!(page.status, axum::http::StatusCode::OK);
    let text = page.text();
    // The import of the sample: its file, its date, its counts.
    assert!(text.contains("test 1 November 2026"), "{text}");
    let import_row = &text[text
        .find("test 1 November 2026")
        .expect("the import is listed")
        ..text.find("Clearance runs").unwrap()];
    assert!(
        import_row.trim_end().ends_with(" 3 6"),
        "three people, six charges: {import_row}"
    );
    // Newest first: Maria's re-review, then the run over everyone.
    let one = text
        .find("One person, after a correction")
        .expect("the re-review is listed");
    let everyone = text.find("Everyone").expect("the run is listed");
    assert!(one < everyone);
    assert!(
        text.contains("Pennsylvania's Clean Slate law (Act 56 of 2018), as of 22 November 2026")
    );
    assert!(
        text.contains("3 people, 6 charges: 4 cleared (4 newly sealed), 0 waiting, 2 not cleared")
    );
    assert!(text.contains("1 person, 2 charges"), "{text}");
    // Counts and dates only: nobody's record is on this page.
    assert!(!text.contains("Maria") && !text.contains("Santos"));

    // Nobody else sees it.
    let reviewer = app
        .staff(
            myrecord_server::domain::Role::Reviewer,
            "sam@records.example.gov",
            "Sam Whitaker",
        )
        .await;
    let mut sam = app.browser();
    sam.sign_in_staff(&reviewer.email).await;
    assert_eq!(
        sam.get("/admin").await.status,
        axum::http::StatusCode::NOT_FOUND
    );
    let _ = std::fs::remove_dir_all(&out);
}
