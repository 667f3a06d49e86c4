//! The public statistics page: counts from the latest review of everyone and from disputes,
//! readable without signing in, and nothing in it about any one person.

use crate::disputes::{correct_as_dismissed, maria_reports_her_marijuana_conviction};
use crate::harness::TestApp;
use axum::http::StatusCode;
use myrecord_server::disputes::DisputeKind;
use myrecord_server::domain::Role;
use time::macros::date;

#[tokio::test]
async fn before_any_review_the_page_says_so_in_both_languages() {
    let app = TestApp::empty().await;
    let mut visitor = app.browser();
    let page = visitor.get("/statistics").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("The state has not reviewed records for clearing yet."));
    assert!(text.contains("Since the first review, 0 charges have been sealed."));
    assert!(text.contains("Nobody has reported a mistake in their record yet."));
    visitor.get("/language?lang=es").await;
    let text = visitor.get("/statistics").await.text();
    assert!(text.contains("El estado todavía no ha revisado los antecedentes para limpiarlos."));
    assert!(text.contains("Nadie ha reportado todavía un error en sus antecedentes."));
}

#[tokio::test]
async fn the_page_counts_the_latest_review_of_everyone_and_the_disputes() {
    let app = TestApp::with_sample_people().await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let notices = std::env::temp_dir().join(format!("myrecord-stats-{}", std::process::id()));
    let pack = myrecord_server::packs::get("pa-act56").unwrap();
    // As of 2010 Maria's 2008 conviction still waits out its ten years; her re-review after
    // the correction below runs as of today and seals it.
    let everyone = myrecord_server::clearance_run::run(
        &app.store,
        pack,
        date!(2010 - 01 - 01),
        &notices,
        &myrecord_server::clearance_run::quietly,
    )
    .await
    .unwrap()
    .counts;
    assert!(everyone.waiting > 0);

    // Maria reports her marijuana conviction was dismissed; the reviewer corrects it, which
    // reviews her again in a run of her own (a run that is not a review of everyone).
    let (_, marijuana, reference) = maria_reports_her_marijuana_conviction(&app).await;
    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let token = sam.get(&format!("/review/{reference}")).await.csrf_token();
    let corrected = correct_as_dismissed(&mut sam, &reference, "Dismissed.", &token).await;
    assert_eq!(corrected.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("select count(*) from clearance_run").await,
        2,
        "the correction reviewed Maria again"
    );
    // A second report, still open and past its deadline.
    let account = app.account("maria.santos@example.org").await;
    app.store
        .create_draft(
            &account,
            account.person_id.unwrap(),
            Some(marijuana),
            DisputeKind::Duplicate,
            "stats-late",
            &app.state.config.storage_limits,
        )
        .await
        .unwrap();
    app.store
        .update_draft_details("stats-late", "Listed twice.", None)
        .await
        .unwrap();
    let late = app.store.draft("stats-late").await.unwrap().unwrap();
    app.store
        .submit_draft(
            &late,
            &account,
            "en",
            time::macros::date!(2020 - 01 - 15),
            |_| Vec::new(),
        )
        .await
        .unwrap();

    let mut visitor = app.browser();
    let page = visitor.get("/statistics").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(
        text.contains(
            "The latest review of everyone's records applied Pennsylvania's Clean Slate law \
             (Act 56 of 2018) as of 1 January 2010."
        ),
        "{text}"
    );
    // The review of everyone, not Maria's re-review of one person: each count sits between
    // its label and the next row's.
    let percent = (everyone.cleared * 200 + everyone.charges) / (2 * everyone.charges);
    let table = format!(
        "How many People with a record {} Charges on those records {} Charges cleared: hidden \
         from public background checks {} Charges that can be cleared later, once their waiting \
         time has passed {} Charges the law does not clear {} {percent}% of all charges are \
         cleared.",
        everyone.people,
        everyone.charges,
        everyone.cleared,
        everyone.waiting,
        everyone.not_eligible
    );
    assert!(text.contains(&table), "{table} in {text}");
    assert_eq!(everyone.people, 3);
    let sealed = app
        .count("select count(*) from charge_decision where sealed_run_id is not null")
        .await;
    // Each seal counted once, whichever run made it: the run of everyone or a re-review.
    assert!(
        sealed > everyone.newly_sealed,
        "Maria's re-review sealed her conviction too"
    );
    assert!(text.contains(&format!(
        "Since the first review, {sealed} charges have been sealed."
    )));
    let disputes = "How many Reports received 2 The record was corrected 1 The record was found \
                    right and not changed 0 Still being reviewed 1 Still being reviewed after the \
                    agency's deadline 1 1 of 1 decided reports (100%) were answered by the \
                    agency's deadline.";
    assert!(text.contains(disputes), "{disputes} in {text}");
    // Counts only: no name, no statement, no case.
    for personal in [
        "Maria",
        "Santos",
        "It was dismissed",
        "Listed twice",
        &reference,
    ] {
        assert!(
            !page.body.contains(personal),
            "{personal} is on the public page"
        );
    }
    let _ = std::fs::remove_dir_all(&notices);
}

#[tokio::test]
async fn every_page_links_to_the_statistics() {
    let app = TestApp::empty().await;
    let start = app.browser().get("/").await;
    assert!(start.body.contains("href=\"/statistics\""));
    assert!(start.text().contains("Clean Slate in numbers"));
}
