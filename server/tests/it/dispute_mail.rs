//! News of a dispute reaches only those who may see the dispute now: decided through the
//! policy when the news is written, and again just before it is sent.

use crate::disputes::{reference_of, submit};
use crate::harness::{Browser, PASSWORD, TestApp};
use crate::smtp::SmtpServer;
use myrecord_server::domain::{Account, Role};

/// Lena (legal aid, with Maria's consent) reports a mistake in Maria's record: returns her
/// browser and the dispute's reference.
async fn lena_files_for_maria(app: &TestApp) -> (Account, Browser, String) {
    let (lena, mut worker, person) = app.lena_with_marias_consent().await;
    let token = worker
        .get(&format!("/disputes/new?person={person}"))
        .await
        .csrf_token();
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
    let draft = details.trim_end_matches("/details").to_owned();
    let reference = reference_of(&submit(&mut worker, &draft).await);
    (lena, worker, reference)
}

async fn maria_revokes_everyone(app: &TestApp) {
    let maria = app.account("maria.santos@example.org").await;
    let mut browser = app.browser();
    browser.sign_in(&maria.email, PASSWORD).await;
    let sharing = browser.get("/record/sharing").await;
    let at = sharing.body.find("/record/sharing/").unwrap() + "/record/sharing/".len();
    let grant: String = sharing.body[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    browser
        .post(
            &format!("/record/sharing/{grant}/revoke"),
            &[("csrf_token", &sharing.csrf_token())],
        )
        .await;
}

async fn sam_asks_for_more(app: &TestApp, reference: &str) {
    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let token = sam.get(&format!("/review/{reference}")).await.csrf_token();
    sam.post(
        &format!("/review/{reference}/request-info"),
        &[
            (
                "info_message",
                "Please send the court docket MC-51-CR-0012345-2008.",
            ),
            ("csrf_token", &token),
        ],
    )
    .await;
}

fn recipients(messages: &[crate::smtp::Received]) -> Vec<String> {
    let mut to: Vec<String> = messages.iter().flat_map(|m| m.recipients.clone()).collect();
    to.sort();
    to
}

/// After Maria takes her consent back, the reviewer's "more information needed" (which names
/// her and a docket number) goes to Maria only, not to the worker who filed it.
#[tokio::test]
async fn a_worker_whose_consent_ended_hears_nothing_more() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::with_sample_people_and(&[("MYRECORD_SMTP_URL", smtp.url())]).await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let (_, _, reference) = lena_files_for_maria(&app).await;
    assert_eq!(
        recipients(&smtp.wait_for(2).await),
        ["lena@legalaid.example.org", "maria.santos@example.org"]
    );
    maria_revokes_everyone(&app).await;
    sam_asks_for_more(&app, &reference).await;
    let messages = smtp.wait_for(3).await;
    assert_eq!(recipients(&messages[2..]), ["maria.santos@example.org"]);
    // The worker marks the last one sent just after the relay took it: wait for that, then
    // nothing else waits to be sent.
    for _ in 0..50 {
        if app
            .count("select count(*) from outbox_email where sent_at is null")
            .await
            == 0
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.count("select count(*) from outbox_email where sent_at is null")
            .await,
        0,
        "nothing else waits to be sent"
    );
    assert_eq!(smtp.messages().len(), 3);
}

/// News written while the worker still had access, but sent after the consent ended, is
/// dropped by the mail worker, not delivered.
#[tokio::test]
async fn news_queued_before_access_ended_is_not_sent_after() {
    let smtp = SmtpServer::start().await;
    // No relay yet: the two "received" emails wait in the outbox.
    let app = TestApp::with_sample_people().await;
    let (_, _, _reference) = lena_files_for_maria(&app).await;
    assert_eq!(
        app.count("select count(*) from outbox_email where sent_at is null")
            .await,
        2
    );
    maria_revokes_everyone(&app).await;
    let config = myrecord_server::config::Config::from_lookup(|name| match name {
        "MYRECORD_SMTP_URL" => Some(smtp.url()),
        _ => None,
    })
    .unwrap();
    let mailer = myrecord_server::mail::Mailer::from_config(&config)
        .unwrap()
        .unwrap();
    let sent = myrecord_server::mail::deliver_due(&app.store, &mailer)
        .await
        .unwrap();
    assert_eq!(sent, 1);
    assert_eq!(recipients(&smtp.messages()), ["maria.santos@example.org"]);
    assert_eq!(
        app.text(
            "select a.email from outbox_email o join account a on a.id = o.reader_account_id \
             where o.withdrawn_at is not null"
        )
        .await,
        "lena@legalaid.example.org"
    );
}

/// Once Maria's record moves to another account (a new letter, linked there), her old
/// account hears nothing more about the record's disputes, though it filed one.
#[tokio::test]
async fn the_account_a_record_moved_away_from_hears_nothing_more() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::with_sample_people_and(&[("MYRECORD_SMTP_URL", smtp.url())]).await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let charge = crate::disputes::charge_id(&mut maria, "Having a small amount of marijuana").await;
    let draft =
        crate::disputes::start_dispute(&mut maria, charge, "outcome_wrong", "It was dismissed.")
            .await;
    let reference = reference_of(&submit(&mut maria, &draft).await);
    smtp.wait_for(1).await;

    // A new letter, used from a new account: the record moves there.
    let new_account = app.person_without_record("maria.new@example.org").await;
    let code = crate::identity::code_for_maria(&app).await;
    let mut fresh = app.browser();
    fresh.sign_in(&new_account.email, PASSWORD).await;
    let token = fresh.get("/record/link").await.csrf_token();
    let linked = fresh
        .post(
            "/record/link",
            &[
                ("code", &code),
                ("dob_day", "2"),
                ("dob_month", "7"),
                ("dob_year", "1979"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(linked.location(), Some("/record?notice=linked"));

    sam_asks_for_more(&app, &reference).await;
    let messages = smtp.wait_for(2).await;
    assert_eq!(recipients(&messages[1..]), ["maria.new@example.org"]);
    assert_eq!(smtp.messages().len(), 2);
}
