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

#[tokio::test]
async fn an_entry_held_back_by_other_convictions_names_and_links_them() {
    let app = TestApp::with_sample_people().await;
    // A misdemeanor and, in a later case, a felony: the felony holds the misdemeanor back.
    app.import(concat!(
        r#"{"person":{"sid":"PA2000009","first_name":"Ray","last_name":"Okafor","aliases":[],"#,
        r#""dob":"1975-02-03"},"cycles":["#,
        r#"{"tracking_number":"OTN-29001","arrest_date":"2010-01-05","#,
        r#""agency":{"ori":"PAPEP0000","name":"Philadelphia Police Department"},"charges":["#,
        r#"{"seq":1,"statute":"18 Pa.C.S. 3929","grade":"M2","#,
        r#""disposition":{"type":"convicted","date":"2010-05-04"},"restitution_owed_cents":0}]},"#,
        r#"{"tracking_number":"OTN-29002","arrest_date":"2011-09-01","#,
        r#""agency":{"ori":"PAPEP0000","name":"Philadelphia Police Department"},"charges":["#,
        r#"{"seq":1,"statute":"18 Pa.C.S. 3921(a)","grade":"F3","#,
        r#""disposition":{"type":"convicted","date":"2012-01-10"},"restitution_owed_cents":0},"#,
        r#"{"seq":2,"statute":"18 Pa.C.S. 3925","grade":"M2","#,
        r#""disposition":{"type":"dismissed","date":"2012-01-10"},"restitution_owed_cents":0}]}]}"#,
        "\n"
    ))
    .await;
    let ray = app
        .count("select id from person where sid = 'PA2000009'")
        .await;
    let out = tempfile::tempdir().unwrap();
    myrecord_server::clearance_run::run_for_person(
        &app.store,
        myrecord_server::packs::get("pa-act56").unwrap(),
        time::macros::date!(2026 - 11 - 22),
        out.path(),
        ray,
    )
    .await
    .unwrap();
    let account = app.person_without_record("ray.okafor@example.org").await;
    sqlx::query("update account set person_id = $1 where id = $2")
        .bind(ray)
        .bind(account.id)
        .execute(app.store.pool())
        .await
        .unwrap();
    let felony = app
        .count(
            "select ch.id from charge ch join arrest_cycle c on c.id = ch.cycle_id \
                where c.tracking_number = 'OTN-29002' and ch.seq = 1",
        )
        .await;

    let mut browser = app.browser();
    browser.sign_in("ray.okafor@example.org", PASSWORD).await;
    let page = browser.get("/record").await;
    let text = page.text();
    assert!(
        text.contains("Other convictions on your record stop this entry from being cleared"),
        "{text}"
    );
    assert!(
        text.contains("These are the convictions that stop it:"),
        "{text}"
    );
    let listed = format!(
        "These are the convictions that stop it:</p><ul class=\"list list--bullet\">\
         <li><a href=\"#entry-{felony}\">"
    );
    assert!(
        page.body.contains(&listed),
        "the felony is linked: {}",
        page.body
    );
    assert!(page.body.contains(&format!("id=\"entry-{felony}\"")));
    assert!(
        text.contains("Theft (taking someone else's property), 10 January 2012 Reviewed under"),
        "the list sits under the reason, before the review line: {text}"
    );
}
