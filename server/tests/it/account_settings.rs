//! Changing one's password and email, and closing one's account, through the pages and a real
//! SMTP server.

use crate::harness::{Browser, PASSWORD, TestApp, link_path};
use crate::smtp::{Received, SmtpServer};
use axum::http::StatusCode;
use myrecord_server::domain::Role;

const NEW_PASSWORD: &str = "seven green lanterns at dusk";

async fn app_with_mail(smtp: &SmtpServer) -> TestApp {
    TestApp::with_sample_people_and(&[
        ("MYRECORD_SMTP_URL", smtp.url()),
        (
            "MYRECORD_PUBLIC_URL",
            "https://myrecord.example.gov".to_owned(),
        ),
    ])
    .await
}

async fn maria(app: &TestApp) -> Browser {
    let mut browser = app.browser();
    let signed = browser.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    browser
}

/// The message among `received` sent to `to`.
fn to<'a>(received: &'a [Received], to: &str) -> &'a Received {
    received
        .iter()
        .find(|m| m.recipients.iter().any(|r| r == to))
        .unwrap_or_else(|| panic!("an email to {to}"))
}

#[tokio::test]
async fn a_password_is_changed_only_with_the_current_one_and_every_session_ends() {
    let app = TestApp::with_sample_people().await;
    let mut browser = maria(&app).await;
    let mut elsewhere = maria(&app).await;
    let token = browser.get("/account/password").await.csrf_token();

    let wrong = browser
        .post(
            "/account/password",
            &[
                ("current_password", "not my password"),
                ("password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text()
            .contains("This is not your current password. Check it and try again.")
    );
    assert!(
        wrong.body.contains("href=\"#current_password\""),
        "at its field"
    );
    let mismatch = browser
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("password", NEW_PASSWORD),
                ("password_confirm", "something else"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(mismatch.text().contains("The two passwords do not match"));

    let changed = browser
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(changed.location(), Some("/?notice=password-changed"));
    for session in [&mut browser, &mut elsewhere] {
        assert_eq!(
            session.get("/record").await.location(),
            Some("/?notice=sign-in"),
            "every session ended"
        );
    }
    let mut again = app.browser();
    let old = again.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = again
        .sign_in("maria.santos@example.org", NEW_PASSWORD)
        .await;
    assert_eq!(new.location(), Some("/record"));
}

#[tokio::test]
async fn guessing_the_current_password_shares_the_sign_in_limit() {
    let app = TestApp::with_sample_people().await;
    let mut browser = maria(&app).await;
    let token = browser.get("/account/close").await.csrf_token();
    for _ in 0..5 {
        let page = browser
            .post(
                "/account/close",
                &[("current_password", "a guess"), ("csrf_token", &token)],
            )
            .await;
        assert!(page.text().contains("This is not your current password"));
    }
    // The sixth, even right, is turned away: the account stays open.
    let page = browser
        .post(
            "/account/close",
            &[("current_password", PASSWORD), ("csrf_token", &token)],
        )
        .await;
    assert!(
        page.text().contains("There have been too many tries"),
        "{}",
        page.text()
    );
    assert_eq!(
        app.count("select count(*) from account where closed_at is not null")
            .await,
        0
    );
}

#[tokio::test]
async fn a_new_email_is_used_only_once_confirmed_from_the_new_address() {
    let smtp = SmtpServer::start().await;
    let app = app_with_mail(&smtp).await;
    let mut browser = maria(&app).await;
    let form = browser.get("/account/email").await;
    assert!(
        form.text()
            .contains("You sign in with maria.santos@example.org.")
    );
    let token = form.csrf_token();

    let same = browser
        .post(
            "/account/email",
            &[
                ("email", "Maria.Santos@example.org"),
                ("current_password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(same.text().contains("This is already your email."));
    let bad = browser
        .post(
            "/account/email",
            &[
                ("email", "maria at home"),
                ("current_password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("value=\"maria at home\""),
        "what was typed is kept"
    );

    let asked = browser
        .post(
            "/account/email",
            &[
                ("email", "maria.new@example.org"),
                ("current_password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(asked.location(), Some("/account?notice=email-link-sent"));
    let received = smtp.wait_for(2).await;
    let warning = to(&received, "maria.santos@example.org").text();
    assert!(warning.contains("asked to change its email"), "{warning}");
    let link = to(&received, "maria.new@example.org").link();
    let path = link_path(&link, "/account/email/confirm/");
    // Until the link is used, nothing changed.
    assert_eq!(
        app.text("select email from account where email like 'maria%'")
            .await,
        "maria.santos@example.org"
    );

    // Opened on another device, signed out: it asks first, then changes the email.
    let mut phone = app.browser();
    let confirm = phone.get(&path).await;
    assert!(
        confirm
            .text()
            .contains("Use maria.new@example.org to sign in to My Record from now on?")
    );
    let done = phone
        .post(&path, &[("csrf_token", &confirm.csrf_token())])
        .await;
    assert_eq!(done.location(), Some("/?notice=email-changed"));
    let again = phone
        .post(&path, &[("csrf_token", &confirm.csrf_token())])
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "a link works once");

    let mut fresh = app.browser();
    let old = fresh.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new = fresh.sign_in("maria.new@example.org", PASSWORD).await;
    assert_eq!(new.location(), Some("/record"));
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'email_changed'")
            .await,
        1
    );

    // An address with its own account is told so; the page says what it always says.
    let token = browser.get("/account/email").await.csrf_token();
    let taken = browser
        .post(
            "/account/email",
            &[
                ("email", "darnell.brooks@example.org"),
                ("current_password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(taken.location(), Some("/account?notice=email-link-sent"));
    let received = smtp.wait_for(4).await;
    let told = to(&received[2..], "darnell.brooks@example.org").text();
    assert!(told.contains("already has its own account"), "{told}");
    assert_eq!(
        app.count(
            "select count(*) from email_change where new_email = 'darnell.brooks@example.org'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_closed_account_cannot_sign_in_and_its_record_and_reports_stay_with_the_state() {
    let smtp = SmtpServer::start().await;
    let app = app_with_mail(&smtp).await;
    let (_, mut lena, maria_id) = app.lena_with_marias_consent().await;
    let mut browser = maria(&app).await;
    let page = browser.get("/account/close").await;
    let text = page.text();
    assert!(text.contains("What closing does") && text.contains("What stays"));
    assert!(text.contains("It is kept by the state"), "{text}");
    let token = page.csrf_token();
    let disputes_before = app.count("select count(*) from dispute").await;

    let wrong = browser
        .post(
            "/account/close",
            &[("current_password", ""), ("csrf_token", &token)],
        )
        .await;
    assert!(wrong.text().contains("Enter your current password"));
    let closed = browser
        .post(
            "/account/close",
            &[("current_password", PASSWORD), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(closed.location(), Some("/?notice=account-closed"));
    assert_eq!(
        browser.get("/record").await.location(),
        Some("/?notice=sign-in")
    );
    let received = smtp.wait_for(1).await;
    let goodbye = to(&received, "maria.santos@example.org").text();
    assert!(
        goodbye.contains("Your My Record account is closed"),
        "{goodbye}"
    );

    let mut again = app.browser();
    let refused = again.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Her worker can no longer see the record; the record and the reports are still there.
    assert_eq!(
        lena.get(&format!("/clients/{maria_id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from person where id = {maria_id}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count("select count(*) from dispute").await,
        disputes_before
    );
    assert_eq!(
        app.count("select count(*) from account where email = 'maria.santos@example.org'")
            .await,
        0,
        "the address is no longer kept on the account"
    );
    // The address is free to start again: signing up sends a sign-up link, not "you already
    // have an account".
    let mut newcomer = app.browser();
    let token = newcomer.get("/register").await.csrf_token();
    let sent = newcomer
        .post(
            "/register",
            &[
                ("email", "maria.santos@example.org"),
                ("password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(sent.location(), Some("/register?sent=1"));
    let received = smtp.wait_for(2).await;
    assert!(
        received[1].link().contains("/register/confirm/"),
        "{}",
        received[1].text()
    );
}

#[tokio::test]
async fn staff_change_their_password_but_not_their_email_nor_close_their_account() {
    let app = TestApp::with_sample_people().await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    let mut sam = app.browser();
    sam.sign_in_staff("sam@records.example.gov").await;
    let account = sam.get("/account").await;
    assert!(account.body.contains("href=\"/account/password\""));
    assert!(!account.body.contains("href=\"/account/email\""));
    assert!(!account.body.contains("href=\"/account/close\""));
    assert_eq!(
        sam.get("/account/close").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn two_accounts_confirming_one_new_address_at_once_end_with_one_owner() {
    use myrecord_server::store::account_changes::EmailChangeOutcome;
    let app = TestApp::with_sample_people().await;
    let far_future = time::OffsetDateTime::now_utc().unix_timestamp() + 3600;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let ids = [
        app.account("maria.santos@example.org").await.id,
        app.account("darnell.brooks@example.org").await.id,
    ];
    for round in 0..5 {
        let wanted = format!("shared.{round}@example.org");
        let mut hashes = Vec::new();
        for id in ids {
            let account = app.store.account_by_id(id).await.unwrap().unwrap();
            let hash = format!("round-{round}-{}", account.id);
            app.store
                .request_email_change(&account, &wanted, &hash, far_future, &[])
                .await
                .unwrap();
            hashes.push(hash);
        }
        let (first, second) = tokio::join!(
            app.store.confirm_email_change(&hashes[0], now),
            app.store.confirm_email_change(&hashes[1], now),
        );
        let mut outcomes = [first.unwrap(), second.unwrap()];
        outcomes.sort_by_key(|o| matches!(o, EmailChangeOutcome::Taken));
        assert_eq!(
            outcomes,
            [
                EmailChangeOutcome::Changed {
                    new_email: wanted.clone()
                },
                EmailChangeOutcome::Taken
            ],
            "round {round}"
        );
        assert_eq!(
            app.count(&format!(
                "select count(*) from account where email = '{wanted}'"
            ))
            .await,
            1
        );
        // Give the address back, so both accounts race again next round.
        sqlx::query("update account set email = $1 where email = $2")
            .bind(format!("back.{round}@example.org"))
            .bind(&wanted)
            .execute(app.store.pool())
            .await
            .unwrap();
    }
}
