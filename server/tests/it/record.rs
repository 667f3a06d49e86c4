//! "My record": only the signed-in person's own record, in plain language, audited.

use crate::harness::{PASSWORD, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn my_record_shows_only_my_entries_in_plain_language() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser
        .sign_in("darnell.brooks@example.org", PASSWORD)
        .await;
    let page = browser.get("/record").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    // His two arrests, grouped, with plain-language outcomes.
    assert!(
        text.contains("OTN-20002") && text.contains("OTN-20003"),
        "{text}"
    );
    assert!(text.contains("Arrest on 3 February 2014 by Pittsburgh Bureau of Police"));
    assert!(text.contains("The prosecutor dropped the charge (nolle prosequi)."));
    assert!(text.contains("summary offense (the least serious kind"));
    assert!(text.contains("Your record has 3 entries. None of them has been reviewed"));
    assert!(text.contains("This information is current as of 1 November 2026."));
    assert!(text.contains("Not yet reviewed"));
    // Nobody else's.
    for other in ["OTN-20001", "OTN-20004", "Santos", "Nguyen"] {
        assert!(!text.contains(other), "{other} must not appear");
    }
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'record_viewed'")
            .await,
        1,
        "the view was audited"
    );
}

#[tokio::test]
async fn my_record_needs_a_signed_in_person() {
    let app = TestApp::with_sample_people().await;
    let page = app.browser().get("/record").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/?notice=sign-in"));
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'record_viewed'")
            .await,
        0
    );
}

#[tokio::test]
async fn pending_cases_say_no_decision_yet() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.sign_in("linh.nguyen@example.org", PASSWORD).await;
    let text = browser.get("/record").await.text();
    assert!(text.contains("The case is still open. No decision has been made yet."));
    assert!(text.contains("No decision yet"));
    assert!(text.contains("Your record has 1 entry."));
}

/// A record view reads and then writes its audit row in one transaction. Another connection
/// writing in between (the mail worker marking an email sent) must make it wait, not fail:
/// on SQLite a transaction begun plainly gets "database is locked" at its first write.
#[tokio::test]
async fn a_read_then_write_transaction_waits_for_another_writer_instead_of_failing() {
    let app = TestApp::with_sample_people().await;
    let write = |detail: &'static str| {
        sqlx::query(
            "insert into audit_event (occurred_at, action, detail) \
             values ('2026-11-23T00:00:00Z', 'sign_out', $1)",
        )
        .bind(detail)
    };
    let mut tx = app.store.begin_write().await.unwrap();
    sqlx::query("select count(*) from person")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let other = {
        let store = app.store.clone();
        tokio::spawn(async move { write("other").execute(store.pool()).await.map(|_| ()) })
    };
    // Give the other writer time to try while this transaction holds its snapshot.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    write("this")
        .execute(&mut *tx)
        .await
        .expect("the write after a read succeeds");
    tx.commit().await.unwrap();
    other
        .await
        .unwrap()
        .expect("the other writer goes ahead once this one is done");
    assert_eq!(
        app.count("select count(*) from audit_event where detail in ('this', 'other')")
            .await,
        2
    );
}
