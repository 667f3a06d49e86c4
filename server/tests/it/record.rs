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
