//! What must hold when requests overlap: a session ended while another request of it is under
//! way stays ended; limits on guessing and on storage hold for simultaneous requests, not only
//! for one after another.

use crate::harness::{PASSWORD, TestApp};
use std::time::Duration;

/// A request that loaded the session before its owner signed out must not write the session
/// back when it ends: the old cookie would read the record again.
#[tokio::test]
async fn a_session_ended_during_a_request_stays_ended() {
    let app = TestApp::with_sample_people().await;
    let mut victim = app.browser();
    victim.sign_in("maria.santos@example.org", PASSWORD).await;
    // The token from a page that leaves the session as it is; the held post below is then
    // the first to put the two-step set-up's secret in it.
    let token = victim.get("/record").await.csrf_token();
    let stolen = victim.clone();

    // A post that changes the session (the two-step set-up keeps its secret there), its body
    // held back until after the sign-out.
    let (body, answer) = stolen.post_held("/account/two-step");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let signed_out = victim.post("/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(signed_out.location(), Some("/?notice=signed-out"));
    body.send(format!("code=123456&csrf_token={token}").into_bytes())
        .await
        .unwrap();
    drop(body);
    answer.await.unwrap();

    let mut thief = stolen.clone();
    let record = thief.get("/record").await;
    assert_eq!(
        record.location(),
        Some("/?notice=sign-in"),
        "the old cookie works again"
    );
    assert_eq!(
        app.count("select count(*) from session where account_id is not null")
            .await,
        0
    );
}

/// Sessions ended by a password reset stay ended too, though a request of theirs finishes
/// afterwards.
#[tokio::test]
async fn a_reset_ends_sessions_for_good() {
    let app = TestApp::with_sample_people().await;
    let mut victim = app.browser();
    victim.sign_in("maria.santos@example.org", PASSWORD).await;
    let token = victim.get("/record").await.csrf_token();
    let (body, answer) = victim.post_held("/account/two-step");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let maria = app.account("maria.santos@example.org").await;
    let hash = myrecord_server::password::hash("a brand new passphrase".to_owned())
        .await
        .unwrap();
    app.store
        .create_password_reset(
            &maria,
            "reset-token-hash",
            time::OffsetDateTime::now_utc().unix_timestamp() + 600,
            myrecord_server::store::outbox::OutgoingEmail {
                to: maria.email.clone(),
                subject: "s".into(),
                body: "b".into(),
                reader: None,
            },
        )
        .await
        .unwrap();
    assert!(
        app.store
            .complete_password_reset(
                &maria,
                "reset-token-hash",
                time::OffsetDateTime::now_utc().unix_timestamp(),
                &hash
            )
            .await
            .unwrap()
    );
    body.send(format!("code=123456&csrf_token={token}").into_bytes())
        .await
        .unwrap();
    drop(body);
    answer.await.unwrap();
    let record = victim.get("/record").await;
    assert_eq!(record.location(), Some("/?notice=sign-in"));
}

/// Sends `n` copies of one form post at once from `browser`'s session (each with its own
/// answer), and returns the answers' visible texts.
async fn all_at_once(
    browser: &crate::harness::Browser,
    uri: &str,
    form: &[(&str, &str)],
    n: usize,
) -> Vec<String> {
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let mut copy = browser.clone();
            let uri = uri.to_owned();
            let form: Vec<(String, String)> = form
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            tokio::spawn(async move {
                let form: Vec<(&str, &str)> =
                    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                copy.post(&uri, &form).await.text()
            })
        })
        .collect();
    let mut texts = Vec::new();
    for task in tasks {
        texts.push(task.await.unwrap());
    }
    texts
}

/// Fifty guesses at one account's password at the same moment — the right one among them —
/// get no more checks than the limit of five: the rest are told to wait, unchecked.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_password_guesses_get_at_most_the_limit() {
    let app = TestApp::with_sample_people().await;
    let mut attacker = app.browser();
    let token = attacker.get("/").await.csrf_token();
    let wrong = [
        ("email", "maria.santos@example.org"),
        ("password", "not the password at all"),
        ("csrf_token", token.as_str()),
    ];
    let right = [
        ("email", "maria.santos@example.org"),
        ("password", PASSWORD),
        ("csrf_token", token.as_str()),
    ];
    let (mut answers, right_answers) = tokio::join!(
        all_at_once(&attacker, "/sign-in", &wrong, 49),
        all_at_once(&attacker, "/sign-in", &right, 1),
    );
    answers.extend(right_answers);
    let checked = app
        .count("select count(*) from audit_event where action in ('sign_in', 'sign_in_failed')")
        .await;
    assert!(checked <= 5, "{checked} passwords were checked (limit 5)");
    let turned_away = answers
        .iter()
        .filter(|t| t.contains("There have been too many tries"))
        .count();
    assert!(
        turned_away >= 45,
        "only {turned_away} of 50 were turned away"
    );
}

/// Forty record access codes tried at once by one account: at most five are looked up.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_access_code_guesses_get_at_most_the_limit() {
    let app = TestApp::with_sample_people().await;
    app.register("guesser@example.org").await;
    let mut guesser = app.browser();
    guesser.sign_in("guesser@example.org", PASSWORD).await;
    let token = guesser.get("/record/link").await.csrf_token();
    let answers = all_at_once(
        &guesser,
        "/record/link",
        &[
            ("code", "ACDE-FGHJ-KMNP"),
            ("dob_day", "1"),
            ("dob_month", "1"),
            ("dob_year", "1980"),
            ("csrf_token", &token),
        ],
        40,
    )
    .await;
    let checked = answers
        .iter()
        .filter(|t| !t.contains("There have been too many tries"))
        .count();
    assert!(checked <= 5, "{checked} codes were checked (limit 5)");
}

/// Fifty two-step codes at once after a right password: at most five are checked.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_two_step_guesses_get_at_most_the_limit() {
    let app = TestApp::with_sample_people().await;
    app.staff(
        myrecord_server::domain::Role::Reviewer,
        "sam@records.example.gov",
        "Sam Whitaker",
    )
    .await;
    let mut browser = app.browser();
    let first = browser.sign_in("sam@records.example.gov", PASSWORD).await;
    assert_eq!(first.location(), Some("/sign-in/two-step"));
    let token = browser.get("/sign-in/two-step").await.csrf_token();
    all_at_once(
        &browser,
        "/sign-in/two-step",
        &[("code", "000000"), ("csrf_token", &token)],
        50,
    )
    .await;
    let checked = app
        .count("select count(*) from audit_event where action = 'sign_in_failed'")
        .await;
    assert!(checked <= 5, "{checked} codes were checked (limit 5)");
}

/// Starts `n` drafts for Maria's first entry through the store, as if she had: their ids.
async fn maria_drafts(app: &TestApp, n: usize) -> Vec<String> {
    let maria = app.account("maria.santos@example.org").await;
    let person = maria.person_id.unwrap();
    let mut ids = Vec::new();
    for i in 0..n {
        let id = format!("race-draft-{i}");
        app.store
            .create_draft(
                &maria,
                person,
                None,
                myrecord_server::disputes::DisputeKind::Other,
                &id,
                &app.state.config.storage_limits,
            )
            .await
            .unwrap();
        ids.push(id);
    }
    ids
}

/// Uploads `copies` documents of `size` bytes at once to each of `drafts`.
async fn upload_all_at_once(
    browser: &crate::harness::Browser,
    drafts: &[String],
    copies: usize,
    size: usize,
) {
    let token = browser.clone().get("/record").await.csrf_token();
    let mut document = crate::disputes::PDF.to_vec();
    document.resize(size, b'x');
    let mut tasks = Vec::new();
    for draft in drafts {
        for _ in 0..copies {
            let mut copy = browser.clone();
            let (uri, token, document) = (
                format!("/disputes/drafts/{draft}/documents"),
                token.clone(),
                document.clone(),
            );
            tasks.push(tokio::spawn(async move {
                copy.post_multipart(
                    &uri,
                    &[("csrf_token", &token)],
                    Some(("document", "court order.pdf", &document)),
                )
                .await
                .status
            }));
        }
    }
    for task in tasks {
        task.await.unwrap();
    }
}

/// Thirty documents sent to one draft at once: the draft keeps ten.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_uploads_stop_at_ten_documents_a_draft() {
    let app = TestApp::with_sample_people().await;
    let drafts = maria_drafts(&app, 1).await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    upload_all_at_once(&maria, &drafts, 30, 2_000).await;
    assert_eq!(app.count("select count(*) from dispute_document").await, 10);
}

/// An account's documents stop at its limits however they arrive: a megabyte in all here,
/// twenty documents of 200 kB sent at once to four drafts.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_uploads_stop_at_the_account_s_limits() {
    let app = TestApp::with_sample_people_and(&[("MYRECORD_MAX_STORAGE_MB", "1".to_owned())]).await;
    let drafts = maria_drafts(&app, 4).await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    upload_all_at_once(&maria, &drafts[..2], 10, 200_000).await;
    let bytes = app
        .count("select cast(coalesce(sum(size_bytes), 0) as bigint) from dispute_document")
        .await;
    assert!(bytes <= 1024 * 1024, "{bytes} bytes kept (limit 1 MiB)");
    // Five of 200,000 bytes fit in a mebibyte; a sixth would not.
    assert_eq!(app.count("select count(*) from dispute_document").await, 5);
    // And the chunks hold exactly the documents kept.
    assert_eq!(
        app.count("select cast(coalesce(sum(length(bytes)), 0) as bigint) from document_chunk")
            .await,
        bytes
    );
    // The next one is refused with a reason at the field.
    let token = maria.get("/record").await.csrf_token();
    let mut one_more = crate::disputes::PDF.to_vec();
    one_more.resize(200_000, b'x');
    let refused = maria
        .post_multipart(
            &format!("/disputes/drafts/{}/documents", drafts[3]),
            &[("csrf_token", &token)],
            Some(("document", "one more.pdf", &one_more)),
        )
        .await;
    assert!(
        refused
            .text()
            .contains("This account cannot keep any more documents"),
        "{}",
        refused.text()
    );
}

/// Twenty reports started at once: no more than the open-draft limit are kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_new_reports_stop_at_the_open_draft_limit() {
    let app =
        TestApp::with_sample_people_and(&[("MYRECORD_MAX_OPEN_DRAFTS", "3".to_owned())]).await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let charge = crate::disputes::charge_id(&mut maria, "Having a small amount of marijuana").await;
    let token = maria
        .get(&format!("/disputes/new?charge={charge}"))
        .await
        .csrf_token();
    let answers = all_at_once(
        &maria,
        "/disputes/new",
        &[
            ("kind", "other"),
            ("charge", &charge.to_string()),
            ("csrf_token", &token),
        ],
        20,
    )
    .await;
    assert_eq!(app.count("select count(*) from dispute_draft").await, 3);
    assert!(
        answers
            .iter()
            .any(|t| t.contains("You have started as many reports as you can"))
    );
}
