//! Disputes end to end in the router: a person reports a mistake step by step with a document,
//! a reviewer asks for more, corrects the entry (old value kept, the person reviewed again for
//! clearance), and every status change reaches the person by email through a real SMTP server.

use crate::harness::{Browser, PASSWORD, Page, SAMPLE, TestApp};
use crate::smtp::SmtpServer;
use axum::http::StatusCode;
use myrecord_server::domain::Role;

/// The smallest PDF header and a PNG signature: enough for the content check.
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

fn between(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).expect("start marker") + start.len();
    let to = text[from..].find(end).expect("end marker") + from;
    text[from..to].to_owned()
}

/// The id of the first entry on the signed-in person's record that has this wording.
pub async fn charge_id(browser: &mut Browser, offense: &str) -> i64 {
    let record = browser.get("/record").await;
    let at = record
        .body
        .find(offense)
        .expect("the entry is on the record");
    between(&record.body[at..], "/disputes/new?charge=", "\"")
        .parse()
        .unwrap()
}

/// Steps 1 and 2 for an entry: returns the draft's path (`/disputes/drafts/<id>`).
pub async fn start_dispute(
    browser: &mut Browser,
    charge: i64,
    kind: &str,
    statement: &str,
) -> String {
    let token = browser
        .get(&format!("/disputes/new?charge={charge}"))
        .await
        .csrf_token();
    let page = browser
        .post(
            "/disputes/new",
            &[
                ("kind", kind),
                ("charge", &charge.to_string()),
                ("csrf_token", &token),
            ],
        )
        .await;
    let details = page.location().expect("to step 2").to_owned();
    let draft = details.trim_end_matches("/details").to_owned();
    let page = browser
        .post(
            &details,
            &[
                ("statement", statement),
                ("correct_value", ""),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(page.location(), Some(format!("{draft}/documents").as_str()));
    draft
}

/// Maria signs in and reports that her marijuana conviction was dismissed: her browser, the
/// entry's id and the report's reference.
pub async fn maria_reports_her_marijuana_conviction(app: &TestApp) -> (Browser, i64, String) {
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let marijuana = charge_id(&mut maria, "Having a small amount of marijuana").await;
    let draft = start_dispute(&mut maria, marijuana, "outcome_wrong", "It was dismissed.").await;
    let reference = reference_of(&submit(&mut maria, &draft).await);
    (maria, marijuana, reference)
}

/// The reviewer's correction of Maria's 2008 conviction: the court dismissed it.
pub async fn correct_as_dismissed(
    reviewer: &mut Browser,
    reference: &str,
    message: &str,
    token: &str,
) -> Page {
    reviewer
        .post(
            &format!("/review/{reference}/correct"),
            &[
                ("disposition", "dismissed"),
                ("disposition_date_day", "20"),
                ("disposition_date_month", "8"),
                ("disposition_date_year", "2008"),
                ("grade", "M"),
                ("restitution", "0.00"),
                ("correct_message", message),
                ("step", "apply"),
                ("csrf_token", token),
            ],
        )
        .await
}

pub async fn submit(browser: &mut Browser, draft: &str) -> Page {
    let token = browser.get(&format!("{draft}/check")).await.csrf_token();
    browser
        .post(&format!("{draft}/submit"), &[("csrf_token", &token)])
        .await
}

pub fn reference_of(page: &Page) -> String {
    let location = page.location().expect("to the confirmation");
    between(location, "/disputes/", "/submitted")
}

async fn app_with_mail(smtp: &SmtpServer) -> TestApp {
    let app = TestApp::with_sample_people_and(&[
        ("MYRECORD_SMTP_URL", smtp.url()),
        (
            "MYRECORD_PUBLIC_URL",
            "https://myrecord.example.gov".to_owned(),
        ),
    ])
    .await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    app
}

#[tokio::test]
async fn a_reported_mistake_is_corrected_and_the_person_sees_it() {
    let smtp = SmtpServer::start().await;
    let app = app_with_mail(&smtp).await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let charge = charge_id(&mut maria, "Having a small amount of marijuana").await;

    // Step 1: what is wrong (nothing chosen is explained at the field).
    let kind_page = maria.get(&format!("/disputes/new?charge={charge}")).await;
    assert_eq!(kind_page.status, StatusCode::OK);
    assert!(kind_page.text().contains("The entry you are reporting:"));
    let token = kind_page.csrf_token();
    let none = maria
        .post(
            "/disputes/new",
            &[("charge", &charge.to_string()), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.text().contains("Choose what is wrong"));
    let step2 = maria
        .post(
            "/disputes/new",
            &[
                ("kind", "outcome_wrong"),
                ("charge", &charge.to_string()),
                ("csrf_token", &token),
            ],
        )
        .await;
    let details = step2.location().unwrap().to_owned();
    let draft = details.trim_end_matches("/details").to_owned();

    // Step 2: an empty statement is refused, and the suggested correction is kept.
    let empty = maria
        .post(
            &details,
            &[
                ("statement", "  "),
                ("correct_value", "Dismissed"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(empty.text().contains("Tell us what is wrong"));
    assert!(empty.body.contains("value=\"Dismissed\""));
    let statement = "The judge dismissed this charge at my hearing; I have the court order.";
    let step3 = maria
        .post(
            &details,
            &[
                ("statement", statement),
                ("correct_value", "Dismissed"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(
        step3.location(),
        Some(format!("{draft}/documents").as_str())
    );

    // Step 3: a file named .pdf that is not a PDF is refused; a real one is kept.
    let documents = format!("{draft}/documents");
    let fake = maria
        .post_multipart(
            &documents,
            &[("csrf_token", &token)],
            Some(("document", "order.pdf", b"<html>not a pdf</html>")),
        )
        .await;
    assert_eq!(fake.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        fake.text()
            .contains("The document must be a PDF, JPG or PNG file")
    );
    let added = maria
        .post_multipart(
            &documents,
            &[("csrf_token", &token)],
            Some(("document", "court order.pdf", PDF)),
        )
        .await;
    assert_eq!(added.location(), Some(documents.as_str()));
    assert!(
        maria
            .get(&documents)
            .await
            .text()
            .contains("court order.pdf")
    );
    // "Continue" sends the same form: a second document chosen but not added yet is kept,
    // and the person goes on to the check page. Continuing with none chosen just goes on.
    let check_path = format!("{draft}/check");
    let continued = maria
        .post_multipart(
            &documents,
            &[("csrf_token", &token), ("next", "check")],
            Some(("document", "second page.pdf", PDF)),
        )
        .await;
    assert_eq!(continued.location(), Some(check_path.as_str()));
    let nothing_chosen = maria
        .post_multipart(
            &documents,
            &[("csrf_token", &token), ("next", "check")],
            None,
        )
        .await;
    assert_eq!(nothing_chosen.location(), Some(check_path.as_str()));

    // Step 4: check, then send twice (a double click): one dispute.
    let check = maria.get(&format!("{draft}/check")).await;
    let text = check.text();
    assert!(text.contains("The outcome is wrong or missing"));
    assert!(text.contains(statement));
    assert!(text.contains("court order.pdf"));
    assert!(text.contains("second page.pdf"));
    // The same form posted twice, as a double click does.
    let token = check.csrf_token();
    let submit_path = format!("{draft}/submit");
    let first = maria.post(&submit_path, &[("csrf_token", &token)]).await;
    let second = maria.post(&submit_path, &[("csrf_token", &token)]).await;
    let reference = reference_of(&first);
    assert_eq!(
        reference_of(&second),
        reference,
        "the same dispute both times"
    );
    assert_eq!(app.count("select count(*) from dispute").await, 1);
    assert_eq!(
        app.count("select count(*) from dispute_document where dispute_id is not null")
            .await,
        2,
        "both documents went with the dispute"
    );
    let confirmation = maria.get(first.location().unwrap()).await;
    assert!(confirmation.text().contains("Report sent"));
    assert!(confirmation.text().contains(&reference));
    let received = smtp.wait_for(1).await;
    assert_eq!(received[0].recipients, ["maria.santos@example.org"]);
    assert!(received[0].text().contains(&reference));
    // Editing steps of a sent draft lead to its dispute, not to a second one.
    assert_eq!(
        maria.get(&format!("{draft}/details")).await.location(),
        first.location()
    );

    // The reviewer's queue and case page; the document downloads as an attachment.
    let mut sam = app.browser();
    assert_eq!(
        sam.sign_in_staff("sam@records.example.gov")
            .await
            .location(),
        Some("/review")
    );
    let queue = sam.get("/review").await;
    assert!(queue.text().contains(&reference));
    assert!(queue.text().contains("Maria Santos"));
    let case = sam.get(&format!("/review/{reference}")).await;
    assert!(case.text().contains(statement));
    let document_path = between(
        &case.body,
        &format!("/disputes/{reference}/documents/"),
        "\"",
    );
    let download = sam
        .get(&format!("/disputes/{reference}/documents/{document_path}"))
        .await;
    assert_eq!(download.bytes, PDF);
    assert_eq!(download.headers["content-type"], "application/pdf");
    let disposition = download.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");

    // More information asked for; Maria answers with a photo.
    let token = case.csrf_token();
    let ask = sam
        .post(
            &format!("/review/{reference}/request-info"),
            &[
                (
                    "info_message",
                    "Please send the last page of the court order.",
                ),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(
        ask.location(),
        Some(format!("/review/{reference}?notice=updated").as_str())
    );
    let mail = smtp.wait_for(2).await;
    assert!(
        mail[1]
            .text()
            .contains("Please send the last page of the court order.")
    );
    let page = maria.get(&format!("/disputes/{reference}")).await;
    assert!(page.text().contains("More information needed"));
    // The question stands above the box that answers it, not only down in the timeline.
    let question = page
        .body
        .find("Please send the last page of the court order.")
        .expect("the question is on the page");
    let answer_box = page.body.find("<textarea").expect("the answer box");
    assert!(
        question < answer_box,
        "the question comes before the answer box"
    );
    // A document that is not a PDF, JPG or PNG is refused at its field; the answer is kept.
    let refused = maria
        .post_multipart(
            &format!("/disputes/{reference}/reply"),
            &[
                ("message", "Here is the last page."),
                ("csrf_token", &page.csrf_token()),
            ],
            Some(("document", "page 3.png", b"GIF89a not a png")),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    assert!(text.contains("The document must be a PDF, JPG or PNG file"));
    assert!(
        refused.body.contains(">Here is the last page.</textarea>"),
        "what the person typed is kept"
    );
    assert!(
        refused.body.contains("href=\"#document\""),
        "the error summary points at the document field"
    );
    let reply = maria
        .post_multipart(
            &format!("/disputes/{reference}/reply"),
            &[
                ("message", "Here is the last page."),
                ("csrf_token", &page.csrf_token()),
            ],
            Some(("document", "page 3.png", PNG)),
        )
        .await;
    assert_eq!(
        reply.location(),
        Some(format!("/disputes/{reference}").as_str())
    );
    assert_eq!(
        app.count("select count(*) from dispute_document where event_id is not null")
            .await,
        1,
        "the photo belongs to the answer"
    );
    let mail = smtp.wait_for(4).await;
    assert!(
        mail[2]
            .text()
            .contains("we received your answer about report"),
        "back in review is a status change the person hears of"
    );
    // The reviewer who asked hears the answer is in, with a link to the case and nothing of
    // what the person wrote.
    assert_eq!(mail[3].recipients, ["sam@records.example.gov"]);
    let to_reviewer = mail[3].text();
    assert!(
        to_reviewer.contains(&format!("dispute {reference} has arrived")),
        "{to_reviewer}"
    );
    assert_eq!(
        mail[3].link(),
        format!("{}/review/{reference}", app.state.config.public_url)
    );
    assert!(!to_reviewer.contains("Here is the last page") && !to_reviewer.contains("Maria"));

    // The correction: the outcome becomes "dismissed"; the old value is kept.
    let case = sam.get(&format!("/review/{reference}")).await;
    assert!(case.text().contains("Here is the last page."));
    assert!(
        case.text()
            .contains("The person was found guilty or pleaded guilty"),
        "the reviewer reads about the person, not as them"
    );
    let runs_before = app.count("select count(*) from clearance_run").await;
    let corrected = correct_as_dismissed(
        &mut sam,
        &reference,
        "The court order shows the charge was dismissed.",
        &case.csrf_token(),
    )
    .await;
    assert_eq!(
        corrected.location(),
        Some(format!("/review/{reference}?notice=updated").as_str())
    );
    assert_eq!(
        app.count(
            "select count(*) from charge_correction where field = 'disposition_type' \
             and old_value = 'convicted' and new_value = 'dismissed'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("select count(*) from clearance_run").await,
        runs_before + 1,
        "the person was reviewed again with the rule pack in force"
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from charge_decision where charge_id = {charge} \
             and rule = 'pa-cs3/non-conviction' and status = 'cleared' \
             and remedy = 'seal'"
        ))
        .await,
        1,
        "a dismissed charge is cleared under the non-conviction rule"
    );
    let mail = smtp.wait_for(5).await;
    assert!(
        mail[4]
            .text()
            .contains("The court order shows the charge was dismissed.")
    );

    let record = maria.get("/record").await.text();
    assert!(
        record.contains("The court dismissed the charge."),
        "{record}"
    );
    assert!(record.contains(&format!("after dispute {reference}")));
    let page = maria.get(&format!("/disputes/{reference}")).await.text();
    assert!(page.contains("Corrected"));
    assert!(page.contains("The court order shows the charge was dismissed."));
    assert!(maria.get("/disputes").await.text().contains(&reference));

    // A decided dispute cannot be decided again.
    let again = sam
        .post(
            &format!("/review/{reference}/decline"),
            &[
                ("decline_message", "No."),
                ("csrf_token", &case.csrf_token()),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!(
            "select count(*) from dispute where reference = '{reference}' and status = 'corrected'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn bad_input_is_explained_at_its_field_and_nothing_typed_is_lost() {
    let app = TestApp::with_sample_people().await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let charge = charge_id(&mut maria, "Having a small amount of marijuana").await;
    let draft = start_dispute(&mut maria, charge, "date_wrong", "The date is wrong.").await;
    let details = format!("{draft}/details");
    let long = "x".repeat(5_001);

    let token = maria.get(&details).await.csrf_token();
    let too_long = maria
        .post(
            &details,
            &[
                ("statement", &long),
                ("correct_value", "1 May 2008"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(
        too_long
            .text()
            .contains("This must be 5,000 characters or fewer")
    );
    assert!(too_long.body.contains(&long), "the text is kept");

    // An expired form (a stale token) keeps the text.
    let typed = "The arrest date should be 1 May, not 11 April.";
    let expired = maria
        .post(
            &details,
            &[
                ("statement", typed),
                ("correct_value", ""),
                ("csrf_token", "stale"),
            ],
        )
        .await;
    assert!(expired.text().contains("This form expired"));
    assert!(expired.text().contains(typed));

    // Signed out while typing (the session ended): the text comes back, with the reason.
    let mut signed_out = app.browser();
    let page = signed_out
        .post(
            &details,
            &[
                ("statement", typed),
                ("correct_value", ""),
                ("csrf_token", "whatever"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text()
            .contains("You were signed out because you were inactive")
    );
    assert!(page.text().contains(typed));

    // Documents: too big, none chosen.
    let documents = format!("{draft}/documents");
    let token = maria.get(&documents).await.csrf_token();
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let page = maria
        .post_multipart(
            &documents,
            &[("csrf_token", &token)],
            Some(("document", "big.pdf", &big)),
        )
        .await;
    assert!(
        page.text()
            .contains("The document must be smaller than 10 MB")
    );
    let page = maria
        .post_multipart(
            &documents,
            &[("csrf_token", &token)],
            Some(("document", "", b"")),
        )
        .await;
    assert!(page.text().contains("Choose a document to add"));

    // Another person's entry, slipped into the form: an error at the top, and audited.
    let darnell_charge = app
        .count(
            "select min(ch.id) from charge ch join arrest_cycle c on c.id = ch.cycle_id \
             join person p on p.id = c.person_id where p.sid = 'PA2000002'",
        )
        .await;
    let denied_before = app
        .count("select count(*) from audit_event where action = 'access_denied'")
        .await;
    let page = maria
        .post(
            "/disputes/new",
            &[
                ("kind", "not_me"),
                ("charge", &darnell_charge.to_string()),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text()
            .contains("This entry is not on the record you can report on")
    );
    let radio = &page.body[page.body.find("value=\"not_me\"").unwrap()..];
    assert!(
        radio[..radio.find('>').unwrap()].contains("checked"),
        "the choice is kept"
    );
    let page = maria
        .get(&format!("/disputes/new?charge={darnell_charge}"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'access_denied'")
            .await,
        denied_before + 2
    );
    // Someone else's draft is not found either.
    let mut darnell = app.browser();
    darnell
        .sign_in("darnell.brooks@example.org", PASSWORD)
        .await;
    assert_eq!(darnell.get(&details).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn legal_aid_reports_for_a_client_and_reviewers_decline_with_a_reason() {
    let smtp = SmtpServer::start().await;
    let app = app_with_mail(&smtp).await;
    let (_, mut worker, person) = app.lena_with_marias_consent().await;
    let client = worker.get(&format!("/clients/{person}")).await;
    assert!(
        client
            .body
            .contains(&format!("/disputes/new?person={person}"))
    );
    // The worker reads the client's record, not their own.
    assert!(
        client
            .text()
            .contains("Is something wrong with this record?")
    );
    assert!(!client.text().contains("with your record"));
    // Their list of disputes sends them to their clients, not to a record they do not have.
    let list = worker.get("/disputes").await;
    assert!(list.body.contains("href=\"/clients\""));
    assert!(
        list.text()
            .contains("Report a mistake from a client's record")
    );
    assert!(!list.text().contains("from your record"));
    let page = worker.get(&format!("/disputes/new?person={person}")).await;
    assert!(
        page.text()
            .contains("You are reporting something about the whole record.")
    );
    let token = page.csrf_token();
    let details = worker
        .post(
            "/disputes/new",
            &[
                ("kind", "should_be_cleared"),
                ("person", &person.to_string()),
                ("csrf_token", &token),
            ],
        )
        .await
        .location()
        .unwrap()
        .to_owned();
    let draft = details.trim_end_matches("/details").to_owned();
    worker
        .post(
            &details,
            &[
                ("statement", "Her 2008 conviction is older than ten years."),
                ("correct_value", ""),
                ("csrf_token", &token),
            ],
        )
        .await;
    let sent = submit(&mut worker, &draft).await;
    let reference = reference_of(&sent);
    let list = worker.get("/disputes").await.text();
    assert!(list.contains(&reference) && list.contains("Maria Santos"));
    let received = smtp.wait_for(2).await;
    let mut to: Vec<_> = received.iter().flat_map(|m| m.recipients.clone()).collect();
    to.sort();
    assert_eq!(
        to,
        ["lena@legalaid.example.org", "maria.santos@example.org"]
    );

    let mut person_browser = app.browser();
    person_browser
        .sign_in("maria.santos@example.org", PASSWORD)
        .await;
    assert!(
        person_browser
            .get("/disputes")
            .await
            .text()
            .contains(&reference)
    );
    // Maria sees who filed it for her; the worker's words are not called hers.
    let story = person_browser
        .get(&format!("/disputes/{reference}"))
        .await
        .text();
    assert!(
        story.contains("Filed for you by Lena Ortiz, Test Organisation"),
        "{story}"
    );
    assert!(story.contains("What the legal aid worker told us"));
    assert!(!story.contains("What you told us"));

    // Maria reports a mistake herself: her worker sees it beside their own, marked as hers,
    // so the same mistake is not reported twice.
    let marijuana = charge_id(&mut person_browser, "Having a small amount of marijuana").await;
    let draft = start_dispute(
        &mut person_browser,
        marijuana,
        "outcome_wrong",
        "It was dismissed.",
    )
    .await;
    let own = reference_of(&submit(&mut person_browser, &draft).await);
    let list = worker.get("/disputes").await;
    let row_of = |reference: &str| {
        list.body
            .split("<tr")
            .find(|row| row.contains(reference))
            .unwrap_or_else(|| panic!("the worker's list shows {reference}: {}", list.body))
            .to_owned()
    };
    assert!(
        row_of(&reference).contains(">You<"),
        "{}",
        row_of(&reference)
    );
    assert!(row_of(&own).contains(">Your client<"), "{}", row_of(&own));
    let theirs = worker.get(&format!("/disputes/{own}")).await.text();
    assert!(
        theirs.contains("What the person told us It was dismissed."),
        "{theirs}"
    );
    assert!(!theirs.contains("What you told us"), "{theirs}");

    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let case = sam.get(&format!("/review/{reference}")).await;
    let token = case.csrf_token();
    let started = sam
        .post(
            &format!("/review/{reference}/start"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let no_reason = sam
        .post(
            &format!("/review/{reference}/decline"),
            &[("decline_message", ""), ("csrf_token", &token)],
        )
        .await;
    assert!(
        no_reason
            .text()
            .contains("Give the reason the record is not changed")
    );
    let reason = "The 2008 conviction was cleared already; the 2022 case is too recent.";
    sam.post(
        &format!("/review/{reference}/decline"),
        &[("decline_message", reason), ("csrf_token", &token)],
    )
    .await;
    let page = person_browser
        .get(&format!("/disputes/{reference}"))
        .await
        .text();
    assert!(
        page.contains("Not changed") && page.contains(reason),
        "{page}"
    );
    // A reviewer reaches the whole record only through the case, and it is audited.
    let views_before = app
        .count("select count(*) from audit_event where action = 'record_viewed'")
        .await;
    let record = sam.get(&format!("/review/{reference}/record")).await;
    assert!(
        record
            .text()
            .contains(&format!("because of dispute {reference}"))
    );
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'record_viewed'")
            .await,
        views_before + 1
    );
    // Consent taken back: the worker no longer sees the client's dispute.
    let sharing = person_browser.get("/record/sharing").await;
    let grant = between(&sharing.body, "/record/sharing/", "/revoke");
    person_browser
        .post(
            &format!("/record/sharing/{grant}/revoke"),
            &[("csrf_token", &sharing.csrf_token())],
        )
        .await;
    assert_eq!(
        worker.get(&format!("/disputes/{reference}")).await.status,
        StatusCode::NOT_FOUND
    );
    let list = worker.get("/disputes").await.text();
    assert!(!list.contains(&reference) && !list.contains(&own), "{list}");
}

#[tokio::test]
async fn corrections_survive_the_next_import_and_struck_entries_are_kept() {
    let app = TestApp::with_sample_people().await;
    let sam = app
        .staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let marijuana = charge_id(&mut maria, "Having a small amount of marijuana").await;
    let paraphernalia = charge_id(&mut maria, "Having drug paraphernalia").await;
    let first = start_dispute(&mut maria, marijuana, "outcome_wrong", "It was dismissed.").await;
    let first = reference_of(&submit(&mut maria, &first).await);
    let second = start_dispute(&mut maria, paraphernalia, "not_me", "This is not my case.").await;
    let second = reference_of(&submit(&mut maria, &second).await);

    let mut reviewer = app.browser();
    reviewer.sign_in_staff(&sam.email).await;
    let token = reviewer.get(&format!("/review/{first}")).await.csrf_token();
    let base = [
        ("disposition_date_day", "20"),
        ("disposition_date_month", "8"),
        ("disposition_date_year", "2008"),
        ("grade", "M"),
        ("restitution", "0"),
        ("step", "apply"),
        ("csrf_token", token.as_str()),
    ];
    let mut fields = base.to_vec();
    fields.extend([
        ("disposition", "dismissed"),
        ("correct_message", "Dismissed, per the court."),
    ]);
    reviewer
        .post(&format!("/review/{first}/correct"), &fields)
        .await;
    let mut fields = base.to_vec();
    fields.extend([
        ("disposition", "withdrawn"),
        ("strike", "yes"),
        ("correct_message", "Removed: another person's case."),
    ]);
    reviewer
        .post(&format!("/review/{second}/correct"), &fields)
        .await;

    let record = maria.get("/record").await.text();
    assert!(record.contains("The court dismissed the charge."));
    assert!(
        !record.contains("Having drug paraphernalia"),
        "the struck entry is not shown"
    );

    // The next extract still says "convicted" and still lists the struck entry.
    app.import(SAMPLE).await;
    let record = maria.get("/record").await.text();
    assert!(
        record.contains("The court dismissed the charge."),
        "the correction holds"
    );
    assert!(!record.contains("Having drug paraphernalia"));
    assert_eq!(
        app.count(&format!(
            "select count(*) from charge where id = {paraphernalia} and struck_at is not null"
        ))
        .await,
        1,
        "the struck entry is kept, not deleted"
    );
}

#[tokio::test]
async fn a_correction_stands_and_the_reviewer_is_told_when_the_record_cannot_be_reviewed_again() {
    // A file where the notices folder should be: the re-review cannot write its notices.
    let blocked = std::env::temp_dir().join(format!(
        "myrecord-blocked-notices-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    std::fs::write(&blocked, "not a folder").unwrap();
    let app =
        TestApp::with_sample_people_and(&[("MYRECORD_NOTICES_DIR", blocked.display().to_string())])
            .await;
    let sam = app
        .staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let (mut maria, _, reference) = maria_reports_her_marijuana_conviction(&app).await;

    let mut reviewer = app.browser();
    reviewer.sign_in_staff(&sam.email).await;
    let token = reviewer
        .get(&format!("/review/{reference}"))
        .await
        .csrf_token();
    let corrected = correct_as_dismissed(
        &mut reviewer,
        &reference,
        "Dismissed, per the court.",
        &token,
    )
    .await;
    let to = corrected.location().expect("back to the case").to_owned();
    assert_eq!(
        to,
        format!("/review/{reference}?notice=updated-not-reviewed")
    );
    assert!(
        reviewer
            .get(&to)
            .await
            .text()
            .contains("the next clearance run will do it")
    );
    assert!(
        maria
            .get("/record")
            .await
            .text()
            .contains("The court dismissed the charge."),
        "the correction stands"
    );
    assert_eq!(
        app.count("select count(*) from clearance_run").await,
        0,
        "no half-begun run is left behind"
    );
    std::fs::remove_file(blocked).unwrap();
}

#[tokio::test]
async fn a_person_who_reads_spanish_files_and_hears_back_in_spanish() {
    let smtp = SmtpServer::start().await;
    let app = app_with_mail(&smtp).await;
    let mut maria = app.browser();
    maria.accept_language = Some("es");
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let marijuana = charge_id(&mut maria, "Tener una pequeña cantidad de marihuana").await;
    let kind = maria
        .get(&format!("/disputes/new?charge={marijuana}"))
        .await;
    assert!(kind.text().contains("¿Qué está mal?"), "{}", kind.text());
    let draft = start_dispute(&mut maria, marijuana, "outcome_wrong", "Fue desestimado.").await;
    let check = maria.get(&format!("{draft}/check")).await.text();
    assert!(check.contains("Revise sus respuestas"), "{check}");
    let confirmation = submit(&mut maria, &draft).await;
    let reference = reference_of(&confirmation);
    let page = maria
        .get(&format!("/disputes/{reference}/submitted"))
        .await
        .text();
    assert!(page.contains("Reclamo enviado"), "{page}");

    let received = smtp.wait_for(1).await;
    let text = received[0].text();
    assert!(
        text.contains("Recibimos su reclamo de un error en unos antecedentes penales"),
        "{text}"
    );
    assert!(text.contains(&reference));

    // The reviewer works in English; the person still hears back in the language they used.
    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let queue = sam.get("/review").await.body;
    let row = queue
        .split("<tr")
        .find(|row| row.contains(&reference))
        .unwrap_or_else(|| panic!("the queue lists {reference}: {queue}"));
    assert!(
        row.contains("Spanish"),
        "the queue names the language: {row}"
    );
    let case = sam.get(&format!("/review/{reference}")).await;
    assert!(
        case.text().contains(
            "This report was filed in Spanish. Write your messages and the reason for your \
             decision in Spanish"
        ),
        "the reviewer is asked, in English, to answer in Spanish: {}",
        case.text()
    );
    let token = case.csrf_token();
    sam.post(
        &format!("/review/{reference}/decline"),
        &[
            ("decline_message", "The court record shows a conviction."),
            ("csrf_token", &token),
        ],
    )
    .await;
    let received = smtp.wait_for(2).await;
    let text = received[1].text();
    assert!(text.contains("no cambió el historial"), "{text}");
    assert!(text.contains("The court record shows a conviction."));
    let page = maria.get(&format!("/disputes/{reference}")).await.text();
    assert!(page.contains("Sin cambios"), "{page}");
}

#[tokio::test]
async fn the_queue_puts_the_nearest_deadline_first_and_flags_overdue_ones() {
    // Kiritimati is 14 hours ahead of UTC: for most of every day its date is not UTC's, so a
    // deadline counted from UTC's date would be caught.
    let app = TestApp::with_sample_people_and(&[
        ("MYRECORD_DISPUTE_DAYS", "7".to_owned()),
        ("MYRECORD_TIME_ZONE", "Pacific/Kiritimati".to_owned()),
    ])
    .await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let (mut maria, marijuana, filed_today) = maria_reports_her_marijuana_conviction(&app).await;
    let today_there = jiff::Zoned::now()
        .in_tz("Pacific/Kiritimati")
        .unwrap()
        .date();
    let in_a_week = today_there.checked_add(jiff::Span::new().days(7)).unwrap();
    assert_eq!(
        app.count(&format!(
            "select count(*) from dispute where reference = '{filed_today}' \
             and due_on = '{in_a_week}'"
        ))
        .await,
        1,
        "the deadline is MYRECORD_DISPUTE_DAYS after filing, in the portal's time zone"
    );
    // And it was sent today by that calendar, not by UTC's.
    let sent_on = today_there.strftime("%-d %B %Y").to_string();
    let mine = maria.get("/disputes").await.text();
    assert!(mine.contains(&format!("{filed_today} ")), "{mine}");
    assert!(mine.contains(&sent_on), "{sent_on} in {mine}");

    // Two more, filed earlier: one past its deadline, one far from it.
    let account = app.account("maria.santos@example.org").await;
    let mut references = Vec::new();
    for (draft_id, due_on) in [
        ("queue-late", time::macros::date!(2020 - 01 - 15)),
        ("queue-later", time::macros::date!(2099 - 01 - 15)),
    ] {
        app.store
            .create_draft(
                &account,
                account.person_id.unwrap(),
                Some(marijuana),
                myrecord_server::disputes::DisputeKind::Duplicate,
                draft_id,
                &app.state.config.storage_limits,
            )
            .await
            .unwrap();
        app.store
            .update_draft_details(draft_id, "Listed twice.", None)
            .await
            .unwrap();
        let draft = app.store.draft(draft_id).await.unwrap().unwrap();
        let submitted = app
            .store
            .submit_draft(&draft, &account, "en", due_on, |_| Vec::new())
            .await
            .unwrap();
        references.push(submitted.reference);
    }
    let (late, later) = (&references[0], &references[1]);

    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let queue = sam.get("/review").await.body;
    assert!(queue.contains("3 open disputes, 1 overdue."), "{queue}");
    let at = |reference: &str| queue.find(reference).expect("listed");
    assert!(at(late) < at(&filed_today) && at(&filed_today) < at(later));
    // The overdue flag sits in the late dispute's row, and only there.
    let late_row = &queue[queue[..at(late)].rfind("<tr").unwrap()..at(late)];
    assert!(late_row.contains("Overdue"), "{late_row}");
    assert_eq!(queue.matches("status-tag--overdue").count(), 1);
}

#[tokio::test]
async fn drafts_left_unsent_for_a_month_are_deleted_with_their_documents() {
    let app = TestApp::with_sample_people().await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let marijuana = charge_id(&mut maria, "Having a small amount of marijuana").await;
    let mut drafts = Vec::new();
    for statement in ["Walked away.", "Still writing.", "Sent long ago."] {
        let draft = start_dispute(&mut maria, marijuana, "other", statement).await;
        let token = maria.get(&format!("{draft}/documents")).await.csrf_token();
        maria
            .post_multipart(
                &format!("{draft}/documents"),
                &[("csrf_token", &token)],
                Some(("document", "order.pdf", PDF)),
            )
            .await;
        drafts.push(draft.rsplit('/').next().unwrap().to_owned());
    }
    submit(&mut maria, &format!("/disputes/drafts/{}", drafts[2])).await;
    // The first and the sent one were last touched 31 days ago.
    for id in [&drafts[0], &drafts[2]] {
        sqlx::query("update dispute_draft set updated_at = '2000-01-01T00:00:00Z' where id = $1")
            .bind(id.as_str())
            .execute(app.store.pool())
            .await
            .unwrap();
    }

    let abandoned = myrecord_server::disputes::abandoned_before(time::OffsetDateTime::now_utc());
    let forgotten = app.store.forget_abandoned_drafts(abandoned).await.unwrap();
    assert_eq!(forgotten, 1);
    assert_eq!(app.count("select count(*) from dispute_draft").await, 2);
    assert_eq!(
        app.count(&format!(
            "select count(*) from dispute_document where draft_id = '{}'",
            drafts[0]
        ))
        .await,
        0,
        "its documents went with it"
    );
    assert_eq!(
        app.count("select count(*) from dispute_document").await,
        2,
        "the draft still being written and the sent dispute keep theirs"
    );
    let page = maria
        .get(&format!("/disputes/drafts/{}/details", drafts[0]))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_correction_is_checked_old_against_new_before_it_changes_the_record() {
    let app = TestApp::with_sample_people().await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let (mut maria, _, reference) = maria_reports_her_marijuana_conviction(&app).await;

    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let token = sam.get(&format!("/review/{reference}")).await.csrf_token();
    let corrections = "select count(*) from charge_correction";
    let before = app.count(corrections).await;
    let message = "The court dismissed it on 20 August 2008.";
    let fields = |step: &'static str| {
        vec![
            ("disposition", "dismissed"),
            ("disposition_date_day", "20"),
            ("disposition_date_month", "8"),
            ("disposition_date_year", "2008"),
            ("grade", "M"),
            ("restitution", "0"),
            ("correct_message", message),
            ("step", step),
            ("csrf_token", token.as_str()),
        ]
    };

    // The form's button leads to the check: each change old → new, and nothing changed yet.
    let check = sam
        .post(&format!("/review/{reference}/correct"), &fields("check"))
        .await;
    assert_eq!(check.status, StatusCode::OK);
    let text = check.text();
    assert!(text.contains("Check the correction"), "{text}");
    assert!(text.contains("Nothing is changed yet."), "{text}");
    assert!(
        text.contains("Outcome Convicted Dismissed"),
        "the outcome, now and after: {text}"
    );
    assert!(text.contains(message));
    assert_eq!(
        app.count(corrections).await,
        before,
        "a check changes nothing"
    );
    assert!(check.body.contains("name=\"step\" value=\"apply\""));

    // Back to change it: the case page, the form open and filled as typed.
    let edit = sam
        .post(&format!("/review/{reference}/correct"), &fields("edit"))
        .await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(
        edit.body.contains("<details id=\"correct\" open"),
        "{}",
        edit.body
    );
    assert!(edit.body.contains(message));
    assert!(edit.body.contains("<option value=\"dismissed\" selected"));
    assert_eq!(app.count(corrections).await, before);

    // Applied only from the check page.
    let applied = sam
        .post(&format!("/review/{reference}/correct"), &fields("apply"))
        .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER);
    assert!(app.count(corrections).await > before);
    assert!(
        maria
            .get("/record")
            .await
            .text()
            .contains("The court dismissed the charge.")
    );
}
