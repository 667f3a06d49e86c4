//! Importing an extract: all or nothing, bad lines named, re-imports update in place.

use crate::harness::{SAMPLE, TestApp};
use myrecord_clearance::extract::read_numbered;
use myrecord_server::store::import::ImportError;

#[tokio::test]
async fn a_bad_line_rejects_the_whole_file_with_its_line_number() {
    let app = TestApp::empty().await;
    let lines: Vec<&str> = SAMPLE.lines().collect();
    let bad = lines[2].replace("\"grade\":\"M\"", "\"grade\":\"X9\"");
    let extract = format!("{}\n{}\n{}\n", lines[0], lines[1], bad);
    let result = app
        .store
        .import_extract(
            "bad.jsonl",
            time::macros::date!(2026 - 11 - 01),
            read_numbered(extract.as_bytes()),
        )
        .await;
    let Err(ImportError::Rejected { listed: errors, .. }) = result else {
        panic!("expected a rejection, got {result:?}");
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 3);
    assert_eq!(errors[0].field, "cycles[0].charges[0].grade");
    assert_eq!(
        app.count("select count(*) from person").await,
        0,
        "nothing imported"
    );
    assert_eq!(app.count("select count(*) from charge").await, 0);
    assert_eq!(app.count("select count(*) from import_batch").await, 0);
}

#[tokio::test]
async fn every_bad_line_is_reported_and_duplicates_are_caught() {
    let app = TestApp::empty().await;
    let lines: Vec<&str> = SAMPLE.lines().collect();
    let extract = format!("{}\nnot json\n\n{}\n{}\n", lines[0], lines[0], lines[1]);
    let Err(ImportError::Rejected { listed: errors, .. }) = app
        .store
        .import_extract(
            "bad.jsonl",
            time::macros::date!(2026 - 11 - 01),
            read_numbered(extract.as_bytes()),
        )
        .await
    else {
        panic!("expected a rejection");
    };
    let described: Vec<String> = errors
        .iter()
        .map(|e| format!("{}:{}", e.line, e.field))
        .collect();
    assert_eq!(described, ["2:-", "4:person.sid"]);
    assert!(errors[1].message.contains("already appeared on line 1"));
    assert_eq!(app.count("select count(*) from person").await, 0);
}

#[tokio::test]
async fn reimporting_updates_people_without_duplicates() {
    let app = TestApp::empty().await;
    app.import(SAMPLE).await;
    assert_eq!(app.count("select count(*) from person").await, 3);
    assert_eq!(app.count("select count(*) from charge").await, 6);

    // Darnell's newer extract: his 2021 case now shows restitution paid and one charge less.
    let darnell = SAMPLE.lines().nth(1).unwrap();
    let updated = darnell
        .replace(
            "\"restitution_owed_cents\":45000",
            "\"restitution_owed_cents\":0",
        )
        .replace(",{\"seq\":2,\"statute\":\"18 Pa.C.S. 3925\"", "]}]}\u{0}");
    let updated = updated.split('\u{0}').next().unwrap().to_owned();
    app.import(&updated).await;
    assert_eq!(app.count("select count(*) from person").await, 3);
    assert_eq!(app.count("select count(*) from arrest_cycle").await, 4);
    assert_eq!(app.count("select count(*) from charge").await, 5);
    assert_eq!(
        app.count("select count(*) from charge where restitution_owed_cents > 0")
            .await,
        0
    );
}

/// Thirty bad lines: twenty are listed, and the count says thirty.
#[tokio::test]
async fn every_bad_line_is_counted_though_only_the_first_are_listed() {
    let app = TestApp::empty().await;
    let extract = "not json\n".repeat(30);
    let Err(ImportError::Rejected { listed, total }) = app
        .store
        .import_extract(
            "bad.jsonl",
            time::macros::date!(2026 - 11 - 01),
            read_numbered(extract.as_bytes()),
        )
        .await
    else {
        panic!("expected a rejection");
    };
    assert_eq!((listed.len(), total), (20, 30));
}

/// An empty file (or one of blank lines) is said to be empty, not imported as nobody.
#[tokio::test]
async fn an_empty_extract_is_refused_as_empty() {
    let app = TestApp::empty().await;
    for extract in ["", "\n\n   \n"] {
        let result = app
            .store
            .import_extract(
                "empty.jsonl",
                time::macros::date!(2026 - 11 - 01),
                read_numbered(extract.as_bytes()),
            )
            .await;
        assert!(matches!(result, Err(ImportError::Empty)), "{result:?}");
    }
    assert_eq!(app.count("select count(*) from import_batch").await, 0);
}

/// A file saved with a byte-order mark (as some exports do) imports like any other.
#[tokio::test]
async fn a_byte_order_mark_does_not_stop_an_import() {
    let app = TestApp::empty().await;
    let extract = format!("\u{FEFF}{SAMPLE}");
    app.store
        .import_extract(
            "bom.jsonl",
            time::macros::date!(2026 - 11 - 01),
            read_numbered(extract.as_bytes()),
        )
        .await
        .unwrap();
    assert_eq!(app.count("select count(*) from person").await, 3);
}
