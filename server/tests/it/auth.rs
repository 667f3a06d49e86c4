//! Sign in, sign out, create account, sessions.

use crate::harness::{PASSWORD, TestApp};
use axum::http::StatusCode;
use std::time::{Duration, Instant};

#[tokio::test]
async fn signing_in_shows_my_record_and_signing_out_ends_the_session() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    let before = {
        browser.get("/").await;
        browser
            .session_cookie()
            .expect("a visitor gets a session for the form token")
    };
    let response = browser.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), Some("/record"));
    let after = browser.session_cookie().unwrap();
    assert_ne!(
        before, after,
        "signing in issues a new session id (no fixation)"
    );

    let record = browser.get("/record").await;
    assert_eq!(record.status, StatusCode::OK);
    assert!(record.text().contains("Hello, Maria."), "{}", record.text());

    let token = record.csrf_token();
    let out = browser.post("/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location(), Some("/?notice=signed-out"));
    assert!(
        browser
            .get("/?notice=signed-out")
            .await
            .text()
            .contains("You have signed out.")
    );

    // The old session is gone from the server, not just from this browser.
    let mut thief = app.browser();
    thief
        .cookies
        .insert(myrecord_server::web::SESSION_COOKIE.into(), after);
    let stolen = thief.get("/record").await;
    assert_eq!(stolen.status, StatusCode::SEE_OTHER);
    assert_eq!(stolen.location(), Some("/?notice=sign-in"));
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'sign_out'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = TestApp::with_sample_people().await;
    let page = app.browser().get("/").await;
    let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.starts_with("myrecord_session="));
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(
        cookie.contains("Max-Age=1800"),
        "idle timeout of 30 minutes: {cookie}"
    );
}

#[tokio::test]
async fn wrong_password_and_unknown_email_look_the_same() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    let wrong = browser
        .sign_in("maria.santos@example.org", "not her password")
        .await;
    let unknown = browser
        .sign_in("nobody@example.org", "not her password")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    let message = "The email address or password is not right.";
    assert!(wrong.text().contains(message));
    assert!(unknown.text().contains(message));
    // What was typed is kept (except the password).
    assert!(unknown.body.contains("value=\"nobody@example.org\""));
    assert!(!unknown.body.contains("not her password"));
}

#[tokio::test]
async fn unknown_email_costs_a_full_password_check() {
    // Not a benchmark: only that the unknown-email path does the same hashing work, so its
    // time cannot reveal whether an account exists.
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser
        .sign_in("nobody@example.org", "warm up the dummy")
        .await;
    async fn time(browser: &mut crate::harness::Browser, email: &str) -> Duration {
        let start = Instant::now();
        browser.sign_in(email, "wrong password here").await;
        start.elapsed()
    }
    // The fastest of several tries: other tests running at the same time only ever add time,
    // so the minimum shows the work each path really does.
    let mut known = Duration::MAX;
    let mut unknown = Duration::MAX;
    // Four each: with the warm-up, one short of the five failures that lock an email out.
    for _ in 0..4 {
        known = known.min(time(&mut browser, "maria.santos@example.org").await);
        unknown = unknown.min(time(&mut browser, "nobody@example.org").await);
    }
    assert!(
        unknown * 2 > known,
        "unknown email took {unknown:?}, a known one {known:?}"
    );
}

#[tokio::test]
async fn sign_in_errors_are_shown_at_the_fields() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    let token = browser.get("/").await.csrf_token();
    let page = browser
        .post(
            "/sign-in",
            &[
                ("email", "not-an-email"),
                ("password", ""),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = page.text();
    assert!(text.contains("There is a problem"));
    assert!(text.contains("Enter an email address in the correct format"));
    assert!(text.contains("Enter your password"));
    assert!(
        page.body.contains("href=\"#email\""),
        "summary links to the field"
    );
    assert!(
        page.body.contains("value=\"not-an-email\""),
        "typed email is kept"
    );
}

#[tokio::test]
async fn creating_an_account_confirms_the_address_and_explains_how_to_link_a_record() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    let token = browser.get("/register").await.csrf_token();
    let short = browser
        .post(
            "/register",
            &[
                ("email", "new.person@example.org"),
                ("password", "short"),
                ("password_confirm", "short"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.text().contains("at least 12 characters"));
    assert!(short.body.contains("value=\"new.person@example.org\""));

    let mismatch = browser
        .post(
            "/register",
            &[
                ("email", "new.person@example.org"),
                ("password", "a long enough passphrase"),
                ("password_confirm", "a different passphrase"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(mismatch.text().contains("The two passwords do not match"));

    let sent = browser
        .post(
            "/register",
            &[
                ("email", "New.Person@Example.org"),
                ("password", "a long enough passphrase"),
                ("password_confirm", "a long enough passphrase"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(sent.location(), Some("/register?sent=1"));
    assert!(
        browser
            .get("/register?sent=1")
            .await
            .text()
            .contains("Check your email")
    );
    // No account until the emailed link is used, and then through a button (a mail scanner
    // opening the link makes nothing).
    assert_eq!(
        app.count("select count(*) from account where email = 'new.person@example.org'")
            .await,
        0
    );
    let body = app
        .email_to("New.Person@Example.org", "/register/confirm/")
        .await;
    let link = crate::harness::link_path(&body, "/register/confirm/");
    let confirm = browser.get(&link).await;
    assert!(confirm.text().contains("Finish creating your account"));
    assert_eq!(
        app.count("select count(*) from account where email = 'new.person@example.org'")
            .await,
        0
    );
    let created = browser
        .post(&link, &[("csrf_token", &confirm.csrf_token())])
        .await;
    assert_eq!(created.location(), Some("/record"));
    let record = browser.get("/record").await;
    assert!(
        record
            .text()
            .contains("Your record is not linked to this account yet")
    );
    // The link works once.
    let mut replay = app.browser();
    let again = replay.get(&link).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(again.text().contains("This link does not work"));
}

/// Registration says the same whether or not the address has an account (on this site, an
/// account says the person has a record); the address's owner is told by email instead.
#[tokio::test]
async fn registering_a_known_address_looks_the_same_and_emails_its_owner() {
    let app = TestApp::with_sample_people().await;
    let answer = |email: &'static str| {
        let mut browser = app.browser();
        async move {
            let token = browser.get("/register").await.csrf_token();
            let page = browser
                .post(
                    "/register",
                    &[
                        ("email", email),
                        ("password", "another long passphrase"),
                        ("password_confirm", "another long passphrase"),
                        ("csrf_token", &token),
                    ],
                )
                .await;
            (page.status, page.location().map(str::to_owned), page.text())
        }
    };
    let known = answer("maria.santos@example.org").await;
    let unknown = answer("someone.new@example.org").await;
    assert_eq!(known, unknown);
    let body = app
        .email_to("maria.santos@example.org", "already an account")
        .await;
    assert!(body.contains("/password-reset"), "{body}");
    assert_eq!(
        app.count("select count(*) from account where email = 'maria.santos@example.org'")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "select count(*) from pending_registration where email = 'maria.santos@example.org'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn an_idle_session_expires_on_the_server() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(browser.get("/record").await.status, StatusCode::OK);
    // Pretend the idle timeout passed: the server must refuse the session, whatever the
    // browser still holds.
    sqlx::query("update session set expiry_date = 0")
        .execute(app.store.pool())
        .await
        .unwrap();
    let page = browser.get("/record").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/?notice=sign-in"));
}

/// The idle timeout slides: a person active now and then is not signed out at the end of the
/// first window. The deadline moves (with the cookie) once less than half of it remains,
/// not on every request.
#[tokio::test]
async fn the_idle_timeout_slides_while_the_person_is_active() {
    let app =
        TestApp::with_sample_people_and(&[("MYRECORD_SESSION_IDLE_MINUTES", "1".to_owned())]).await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let first = browser.get("/record").await;
    assert_eq!(first.status, StatusCode::OK);
    let expiry = || app.count("select expiry_date from session where account_id is not null");
    let now = || time::OffsetDateTime::now_utc().unix_timestamp();

    // Early in the window: nothing is written, no new cookie.
    let before = expiry().await;
    let early = browser.get("/record").await;
    assert!(early.headers.get("set-cookie").is_none());
    assert_eq!(expiry().await, before);

    // Forty seconds later (as the database sees it): less than half the minute remains.
    let data = app
        .text("select data from session where account_id is not null")
        .await;
    // Edited as text: the session id is a 128-bit number a JSON value would round.
    let at = data
        .find("\"seen_at\":")
        .expect("the session has been seen")
        + 10;
    let end = at + data[at..].find(|c: char| !c.is_ascii_digit()).unwrap();
    let data = format!("{}{}{}", &data[..at], now() - 40, &data[end..]);
    sqlx::query("update session set data = $1, expiry_date = $2 where account_id is not null")
        .bind(data)
        .bind(now() + 20)
        .execute(app.store.pool())
        .await
        .unwrap();
    let later = browser.get("/record").await;
    assert_eq!(later.status, StatusCode::OK);
    let cookie = later
        .headers
        .get("set-cookie")
        .expect("the cookie is renewed");
    assert!(
        cookie.to_str().unwrap().contains("Max-Age=60"),
        "{cookie:?}"
    );
    let moved = expiry().await;
    assert!(
        moved >= now() + 55,
        "the deadline moved to a full minute away"
    );
}
