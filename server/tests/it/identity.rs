//! Linking a record with a mailed access code, two-step sign-in, lockouts, password reset by
//! email (through a real SMTP server), sharing with legal aid and "who has viewed my record".

use crate::harness::{PASSWORD, Page, STAFF_TOTP_SECRET, TestApp};
use crate::smtp::SmtpServer;
use axum::http::StatusCode;
use myrecord_server::domain::Role;
use myrecord_server::secrets;
use myrecord_server::totp::Secret;
use myrecord_server::web::staff::issue_letter;

const NEW_PASSWORD: &str = "a new and longer passphrase";

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Creates an account through the forms; it has no record linked.
async fn register(app: &TestApp, email: &str) -> crate::harness::Browser {
    app.register(email).await
}

/// A new code for Maria Santos (PA2000001, born 2 July 1979); returns it as printed.
pub(crate) async fn code_for_maria(app: &TestApp) -> String {
    issue_letter(
        &app.state,
        None,
        "PA2000001",
        myrecord_app::i18n::Locale::Es,
    )
    .await
    .unwrap()
    .expect("Maria is in the sample")
    .code
}

async fn link(browser: &mut crate::harness::Browser, code: &str, dob: (&str, &str, &str)) -> Page {
    let token = browser.get("/record/link").await.csrf_token();
    browser
        .post(
            "/record/link",
            &[
                ("code", code),
                ("dob_day", dob.0),
                ("dob_month", dob.1),
                ("dob_year", dob.2),
                ("csrf_token", &token),
            ],
        )
        .await
}

const MARIA_DOB: (&str, &str, &str) = ("2", "7", "1979");

#[tokio::test]
async fn a_letter_s_code_and_the_date_of_birth_link_a_record_once() {
    let app = TestApp::with_sample_people().await;
    let mut browser = register(&app, "maria.new@example.org").await;
    let before = browser.get("/record").await;
    assert!(
        before
            .text()
            .contains("Your record is not linked to this account yet")
    );
    assert!(before.body.contains("href=\"/record/link\""));

    let code = code_for_maria(&app).await;
    assert_eq!(code.len(), 14, "printed in three groups of four: {code}");
    let stored: i64 = app
        .count(&format!(
            "select count(*) from access_code where code_hash = '{}'",
            secrets::hash(&code.replace('-', ""))
        ))
        .await;
    assert_eq!(stored, 1, "only the hash is kept");
    assert_eq!(
        app.count(&format!(
            "select count(*) from access_code where code_hash like '%{}%'",
            &code[..4]
        ))
        .await,
        0,
        "the code itself is nowhere"
    );

    // A wrong date of birth: a plain error next to the field, the tries left, what was
    // typed is kept.
    let wrong = link(&mut browser, &code, ("7", "3", "1979")).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text()
            .contains("The date of birth does not match the record this code is for")
    );
    assert!(
        wrong
            .text()
            .contains("You have 4 more tries before this code stops working.")
    );
    assert!(wrong.body.contains(&format!("value=\"{code}\"")));
    assert!(wrong.body.contains("value=\"1979\""));

    // Typed loosely (lower case, spaces): still the code.
    let typed = code.to_lowercase().replace('-', " ");
    let linked = link(&mut browser, &typed, MARIA_DOB).await;
    assert_eq!(linked.location(), Some("/record?notice=linked"));
    let record = browser.get("/record?notice=linked").await;
    assert!(
        record
            .text()
            .contains("Your record is now linked to this account.")
    );
    assert!(record.text().contains("Hello, Maria."));

    // Single use: nobody else can use it, even with the right date of birth.
    let mut other = register(&app, "someone.else@example.org").await;
    let again = link(&mut other, &code, MARIA_DOB).await;
    assert!(
        again
            .text()
            .contains("This access code has already been used")
    );
    assert!(
        other
            .get("/record")
            .await
            .text()
            .contains("not linked to this account yet")
    );
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'record_linked'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_new_letter_moves_the_record_to_the_new_account() {
    let app = TestApp::with_sample_people().await;
    // The sample's Maria account is linked already; she lost access and got a new letter.
    let mut browser = register(&app, "maria.again@example.org").await;
    let code = code_for_maria(&app).await;
    let linked = link(&mut browser, &code, MARIA_DOB).await;
    assert_eq!(linked.location(), Some("/record?notice=linked"));
    let mut old = app.browser();
    old.sign_in("maria.santos@example.org", PASSWORD).await;
    assert!(
        old.get("/record")
            .await
            .text()
            .contains("not linked to this account yet"),
        "the old account lost the link"
    );
}

#[tokio::test]
async fn codes_expire_and_a_new_code_replaces_the_old_one() {
    let app = TestApp::with_sample_people().await;
    let mut browser = register(&app, "maria.new@example.org").await;
    let first = code_for_maria(&app).await;
    let second = code_for_maria(&app).await;
    let replaced = link(&mut browser, &first, MARIA_DOB).await;
    assert!(
        replaced
            .text()
            .contains("This access code no longer works because a newer letter was sent to you"),
        "the first code was revoked by the second"
    );

    sqlx::query("update access_code set expires_on = '2020-01-01'")
        .execute(app.store.pool())
        .await
        .unwrap();
    let expired = link(&mut browser, &second, MARIA_DOB).await;
    assert!(expired.text().contains("This access code has expired"));
}

#[tokio::test]
async fn wrong_dates_of_birth_use_up_a_code() {
    let app = TestApp::with_sample_people().await;
    let code = code_for_maria(&app).await;
    // Five wrong guesses from five accounts (each account has its own limit).
    for i in 0..5 {
        let mut guesser = register(&app, &format!("guesser{i}@example.org")).await;
        let page = link(&mut guesser, &code, ("1", "1", &format!("{}", 1970 + i))).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        let text = page.text();
        match 4 - i {
            0 => assert!(
                text.contains("This access code no longer works: the date of birth was entered wrongly too many times"),
                "the fifth wrong date says at once that the code is used up: {text}"
            ),
            1 => assert!(text.contains("You have 1 more try. If the date of birth is wrong again, this code stops working")),
            left => assert!(text.contains(&format!("You have {left} more tries"))),
        }
        assert!(
            !text.contains("wait 15 minutes"),
            "the code is not waiting: {text}"
        );
    }
    // Later, with the right date, the person is told the code no longer works, not that
    // something is "not right".
    let mut maria = register(&app, "maria.new@example.org").await;
    let page = link(&mut maria, &code, MARIA_DOB).await;
    assert!(
        page.text().contains(
            "This access code no longer works: the date of birth was entered wrongly too many times"
        ),
        "the code is revoked after five wrong dates of birth"
    );
    assert_eq!(
        app.count("select count(*) from audit_event where action = 'access_code_failed'")
            .await,
        5
    );
}

#[tokio::test]
async fn code_entry_is_limited_per_account() {
    let app = TestApp::with_sample_people().await;
    let mut browser = register(&app, "guesser@example.org").await;
    for _ in 0..5 {
        let page = link(&mut browser, "ACDE-FGHJ-KMNP", MARIA_DOB).await;
        assert!(page.text().contains("We do not know this access code"));
    }
    let code = code_for_maria(&app).await;
    let locked = link(&mut browser, &code, MARIA_DOB).await;
    assert!(locked.text().contains("There have been too many tries"));
    assert!(
        browser
            .get("/record")
            .await
            .text()
            .contains("not linked to this account yet")
    );
}

#[tokio::test]
async fn link_form_mistakes_are_explained_at_their_fields() {
    let app = TestApp::with_sample_people().await;
    let mut browser = register(&app, "maria.new@example.org").await;
    let page = link(&mut browser, "ABC", ("31", "2", "1979")).await;
    let text = page.text();
    assert!(text.contains("There is a problem"));
    assert!(text.contains("The access code has 12 letters and numbers"));
    assert!(text.contains("Enter a real date"));
    assert!(page.body.contains("href=\"#code\"") && page.body.contains("href=\"#dob\""));
    let page = link(&mut browser, "", ("", "", "")).await;
    assert!(
        page.text()
            .contains("Enter the access code from your letter")
    );
    assert!(page.text().contains("Enter your date of birth"));
}

#[tokio::test]
async fn wrong_passwords_lock_the_email_out_without_saying_whether_it_exists() {
    let app = TestApp::with_sample_people().await;
    for email in ["maria.santos@example.org", "nobody@example.org"] {
        let mut browser = app.browser();
        for _ in 0..5 {
            let page = browser.sign_in(email, "not the right password").await;
            assert!(
                page.text()
                    .contains("The email address or password is not right")
            );
        }
        let locked = browser.sign_in(email, PASSWORD).await;
        assert_eq!(locked.status, StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        assert!(
            locked.text().contains("There have been too many tries"),
            "{email}"
        );
    }
    // Another person's sign-in from elsewhere is not affected.
    let mut darnell = app.browser();
    darnell.client = "198.51.100.4:40000".parse().unwrap();
    let page = darnell
        .sign_in("darnell.brooks@example.org", PASSWORD)
        .await;
    assert_eq!(page.location(), Some("/record"));
    assert_eq!(
        app.count(
            "select count(*) from audit_event where action = 'sign_in_failed' \
             and actor_account_id is not null"
        )
        .await,
        5,
        "failures against the real account are audited"
    );
    // An unknown email costs the same work (an audit row without an actor), so the time an
    // answer takes does not tell whether the account exists.
    assert_eq!(
        app.count(
            "select count(*) from audit_event where action = 'sign_in_failed' \
             and actor_account_id is null"
        )
        .await,
        5
    );
}

#[tokio::test]
async fn one_address_cannot_spray_passwords_over_many_accounts() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    for i in 0..50 {
        browser
            .sign_in(&format!("person{i}@example.org"), "summer2026summer")
            .await;
    }
    let page = browser.sign_in("maria.santos@example.org", PASSWORD).await;
    assert!(page.text().contains("There have been too many tries"));
    let mut elsewhere = app.browser();
    elsewhere.client = "198.51.100.4:40000".parse().unwrap();
    let page = elsewhere
        .sign_in("maria.santos@example.org", PASSWORD)
        .await;
    assert_eq!(page.location(), Some("/record"));
}

/// Turns two-step sign-in on through the pages; returns the secret and the recovery codes.
async fn set_up_two_step(browser: &mut crate::harness::Browser) -> (Secret, Vec<String>) {
    let setup = browser.get("/account/two-step").await;
    assert!(setup.text().contains("Set up two-step sign-in"));
    let key = between(&setup.body, "<code>", "</code>").replace('-', "");
    let secret = Secret::from_base32(&key).expect("the page shows the key");
    let qr = browser.get("/account/two-step/qr.svg").await;
    assert_eq!(qr.headers["content-type"], "image/svg+xml");
    assert!(qr.body.contains("<svg"));

    let token = setup.csrf_token();
    let wrong = browser
        .post(
            "/account/two-step",
            &[("code", "000000"), ("csrf_token", &token)],
        )
        .await;
    assert!(wrong.text().contains("The code is not right"));
    let code = secret.code_at(now());
    let done = browser
        .post(
            "/account/two-step",
            &[("code", &code), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.text().contains("Your recovery codes"));
    let codes: Vec<String> = done
        .body
        .match_indices("<li><code>")
        .map(|(i, _)| between(&done.body[i..], "<code>", "</code>"))
        .collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

fn between(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).expect("start marker") + start.len();
    let to = text[from..].find(end).expect("end marker") + from;
    text[from..to].to_owned()
}

#[tokio::test]
async fn two_step_sign_in_with_an_app_code_or_a_recovery_code() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let (secret, recovery) = set_up_two_step(&mut browser).await;
    assert_eq!(
        app.count("select count(*) from recovery_code where used_at is null")
            .await,
        10
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from recovery_code where code_hash = '{}'",
            secrets::hash(&recovery[0].replace('-', ""))
        ))
        .await,
        1,
        "recovery codes are kept as hashes"
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from account where totp_secret like 'v1:%' \
             and totp_secret not like '%{}%'",
            secret.to_base32()
        ))
        .await,
        1,
        "the two-step key is stored sealed, never as it is"
    );

    // Signing in now needs the second step; the password alone gets nowhere.
    let mut later = app.browser();
    let first = later.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(first.location(), Some("/sign-in/two-step"));
    assert_eq!(later.get("/record").await.status, StatusCode::SEE_OTHER);
    let token = later.get("/sign-in/two-step").await.csrf_token();
    let wrong = later
        .post(
            "/sign-in/two-step",
            &[("code", "123456"), ("csrf_token", &token)],
        )
        .await;
    assert!(wrong.text().contains("The code is not right"));
    // The code of the next 30-second step is accepted too (a phone's clock a little fast).
    let ahead = secret.code_at(now() + 30);
    let ok = later
        .post(
            "/sign-in/two-step",
            &[("code", &ahead), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(ok.location(), Some("/record"));

    // The same code cannot be used again, nor one from two steps ago.
    let mut replay = app.browser();
    replay.sign_in("maria.santos@example.org", PASSWORD).await;
    let token = replay.get("/sign-in/two-step").await.csrf_token();
    let page = replay
        .post(
            "/sign-in/two-step",
            &[("code", &ahead), ("csrf_token", &token)],
        )
        .await;
    assert!(
        page.text().contains("The code is not right"),
        "replayed code refused"
    );
    let old = secret.code_at(now() - 90);
    let page = replay
        .post(
            "/sign-in/two-step",
            &[("code", &old), ("csrf_token", &token)],
        )
        .await;
    assert!(
        page.text().contains("The code is not right"),
        "old code refused"
    );

    // A recovery code works once.
    let page = replay
        .post(
            "/sign-in/two-step",
            &[("code", &recovery[0]), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(page.location(), Some("/record"));
    let mut again = app.browser();
    again.sign_in("maria.santos@example.org", PASSWORD).await;
    let token = again.get("/sign-in/two-step").await.csrf_token();
    let page = again
        .post(
            "/sign-in/two-step",
            &[("code", &recovery[0]), ("csrf_token", &token)],
        )
        .await;
    assert!(page.text().contains("The code is not right"));
    let status = replay.get("/account/two-step").await;
    assert!(status.text().contains("You have 9 recovery codes left"));
}

#[tokio::test]
async fn wrong_two_step_codes_are_limited() {
    let app = TestApp::with_sample_people().await;
    let worker = app
        .staff(Role::LegalAid, "lena@legalaid.example.org", "Lena Ortiz")
        .await;
    let mut browser = app.browser();
    browser.sign_in(&worker.email, PASSWORD).await;
    let token = browser.get("/sign-in/two-step").await.csrf_token();
    for _ in 0..5 {
        browser
            .post(
                "/sign-in/two-step",
                &[("code", "000000"), ("csrf_token", &token)],
            )
            .await;
    }
    let code = Secret::from_base32(STAFF_TOTP_SECRET)
        .unwrap()
        .code_at(now());
    let page = browser
        .post(
            "/sign-in/two-step",
            &[("code", &code), ("csrf_token", &token)],
        )
        .await;
    assert!(page.text().contains("There have been too many tries"));
}

#[tokio::test]
async fn staff_must_set_up_two_step_before_anything_else() {
    let app = TestApp::with_sample_people().await;
    let hash = myrecord_server::password::hash(PASSWORD.to_owned())
        .await
        .unwrap();
    app.store
        .create_account(
            myrecord_server::domain::NewAccount {
                email: "new.admin@records.example.gov",
                password_hash: &hash,
                role: Role::Admin,
                person_id: None,
                display_name: Some("New Admin"),
                organisation: Some("Records"),
                language: None,
            },
            None,
        )
        .await
        .unwrap();
    let mut browser = app.browser();
    let page = browser
        .sign_in("new.admin@records.example.gov", PASSWORD)
        .await;
    assert_eq!(page.location(), Some("/account/two-step"));
    for path in ["/admin", "/clients", "/record"] {
        let page = browser.get(path).await;
        assert_eq!(page.location(), Some("/account/two-step"), "{path}");
    }
    let setup = browser.get("/account/two-step").await;
    assert!(setup.text().contains("must use two-step sign-in"));
    set_up_two_step(&mut browser).await;
    assert_eq!(browser.get("/admin").await.status, StatusCode::OK);
    // Staff cannot turn it off again.
    let status = browser.get("/account/two-step").await;
    assert!(!status.body.contains("/account/two-step/off"));
    let refused = browser
        .post(
            "/account/two-step/off",
            &[("code", "000000"), ("csrf_token", &status.csrf_token())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_password_reset_link_arrives_by_email_and_works_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::with_sample_people_and(&[
        ("MYRECORD_SMTP_URL", smtp.url()),
        (
            "MYRECORD_PUBLIC_URL",
            "https://myrecord.example.gov".to_owned(),
        ),
    ])
    .await;
    // Maria is signed in somewhere else; the reset will end that session.
    let mut elsewhere = app.browser();
    elsewhere
        .sign_in("maria.santos@example.org", PASSWORD)
        .await;
    assert_eq!(elsewhere.get("/record").await.status, StatusCode::OK);

    let maria = app.account("maria.santos@example.org").await;
    app.store
        .set_language(&maria, myrecord_app::i18n::Locale::Es)
        .await
        .unwrap();
    let mut browser = app.browser();
    browser.accept_language = Some("es");
    let token = browser.get("/password-reset").await.csrf_token();
    for email in ["maria.santos@example.org", "nobody@example.org"] {
        let page = browser
            .post(
                "/password-reset",
                &[("email", email), ("csrf_token", &token)],
            )
            .await;
        assert_eq!(
            page.location(),
            Some("/password-reset?sent=1"),
            "same answer for {email}"
        );
    }
    let sent = browser.get("/password-reset?sent=1").await;
    assert!(sent.text().contains("Si existe una cuenta con ese correo"));

    let mail = smtp.wait_for(1).await;
    assert_eq!(
        mail.len(),
        1,
        "nothing is sent to an address without an account"
    );
    assert_eq!(mail[0].recipients, ["maria.santos@example.org"]);
    assert!(
        mail[0]
            .text()
            .contains("Alguien pidió cambiar la contraseña"),
        "in the account's language"
    );
    let link = mail[0].link();
    assert!(
        link.starts_with("https://myrecord.example.gov/password-reset/"),
        "{link}"
    );
    let path = link.trim_start_matches("https://myrecord.example.gov");
    let cleared = "select count(*) from outbox_email where sent_at is not null and body = ''";
    for _ in 0..100 {
        if app.count(cleared).await == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.count(cleared).await,
        1,
        "a sent email's body (and its link) is not kept"
    );

    let form = browser.get(path).await;
    assert_eq!(form.status, StatusCode::OK);
    let token = form.csrf_token();
    let common = browser
        .post(
            path,
            &[
                ("password", "qwerty123456"),
                ("password_confirm", "qwerty123456"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(common.text().contains("Esta contraseña es muy común"));
    let done = browser
        .post(
            path,
            &[
                ("password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(done.location(), Some("/?notice=password-changed"));
    assert_eq!(
        elsewhere.get("/record").await.status,
        StatusCode::SEE_OTHER,
        "every other session ended"
    );
    assert_eq!(
        browser.get(path).await.status,
        StatusCode::NOT_FOUND,
        "used once"
    );
    let page = browser.sign_in("maria.santos@example.org", PASSWORD).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = browser
        .sign_in("maria.santos@example.org", NEW_PASSWORD)
        .await;
    assert_eq!(page.location(), Some("/record"));
}

#[tokio::test]
async fn reset_requests_are_limited() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    let token = browser.get("/password-reset").await.csrf_token();
    for _ in 0..3 {
        let page = browser
            .post(
                "/password-reset",
                &[
                    ("email", "maria.santos@example.org"),
                    ("csrf_token", &token),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
    let page = browser
        .post(
            "/password-reset",
            &[
                ("email", "maria.santos@example.org"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(page.text().contains("We have already sent several links"));
    assert_eq!(
        app.count_eventually("select count(*) from outbox_email", 3)
            .await,
        3,
        "queued without SMTP, sent once it is set up"
    );
}

#[tokio::test]
async fn sharing_with_legal_aid_shows_the_record_and_the_viewer() {
    let app = TestApp::with_sample_people().await;
    let worker = app
        .staff(Role::LegalAid, "lena@legalaid.example.org", "Lena Ortiz")
        .await;
    let maria = app.account("maria.santos@example.org").await;
    let maria_id = maria.person_id.unwrap();

    let mut person = app.browser();
    person.sign_in("maria.santos@example.org", PASSWORD).await;
    person.get("/record").await;
    let sharing = person.get("/record/sharing").await;
    assert!(
        sharing
            .text()
            .contains("No legal aid worker can see your record.")
    );
    let token = sharing.csrf_token();
    let unknown = person
        .post(
            "/record/sharing",
            &[
                ("email", "stranger@example.org"),
                ("days", "30"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(
        unknown
            .text()
            .contains("We could not find a legal aid worker")
    );
    assert!(
        unknown.body.contains("value=\"stranger@example.org\""),
        "typed email kept"
    );
    let no_days = person
        .post(
            "/record/sharing",
            &[("email", &worker.email), ("csrf_token", &token)],
        )
        .await;
    assert!(
        no_days
            .text()
            .contains("Choose how long they can see your record")
    );
    let granted = person
        .post(
            "/record/sharing",
            &[
                ("email", &worker.email),
                ("days", "90"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(granted.location(), Some("/record/sharing?notice=granted"));

    let mut lena = app.browser();
    let home = lena.sign_in_staff(&worker.email).await;
    assert_eq!(home.location(), Some("/clients"));
    let clients = lena.get("/clients").await;
    assert!(clients.text().contains("Maria Santos"));
    let record = lena.get(&format!("/clients/{maria_id}")).await;
    assert_eq!(record.status, StatusCode::OK);
    assert!(record.text().contains("Record of Maria Santos"));
    assert!(record.text().contains("Having a small amount of marijuana"));
    // Written about the client, not to the worker.
    let text = record.text();
    assert!(text.contains("This record has 2 entries."), "{text}");
    assert!(text.contains("The person was found guilty or pleaded guilty"));
    assert!(!text.contains("Your record") && !text.contains("You were found"));

    let views = person.get("/record/views?own=yes").await;
    let text = views.text();
    assert!(text.contains("Lena Ortiz"), "{text}");
    assert!(text.contains("Legal aid worker"));
    assert!(text.contains("Test Organisation"));
    assert!(text.contains("You"), "her own look is listed when she asks");
    // Each look is dated in the portal's time zone (America/New_York unless configured).
    let first_look = app
        .text("select min(occurred_at) from audit_event where action = 'record_viewed'")
        .await;
    let local = first_look
        .parse::<jiff::Timestamp>()
        .unwrap()
        .in_tz("America/New_York")
        .unwrap();
    let shown = format!(
        "at {:02}:{:02} {}",
        local.hour(),
        local.minute(),
        if local.offset().seconds() == -5 * 3600 {
            "EST"
        } else {
            "EDT"
        }
    );
    assert!(text.contains(&shown), "{shown} in {text}");
    assert!(!text.contains("UTC"));

    // Taking consent back closes the record to the worker at once.
    let sharing = person.get("/record/sharing").await;
    let grant_id = between(&sharing.body, "/record/sharing/", "/revoke");
    let revoked = person
        .post(
            &format!("/record/sharing/{grant_id}/revoke"),
            &[("csrf_token", &sharing.csrf_token())],
        )
        .await;
    assert_eq!(revoked.location(), Some("/record/sharing?notice=revoked"));
    let denied = lena.get(&format!("/clients/{maria_id}")).await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    assert!(!lena.get("/clients").await.text().contains("Maria Santos"));
}

#[tokio::test]
async fn the_audit_log_cannot_be_changed() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    browser.get("/record").await;
    let rows = app.count("select count(*) from audit_event").await;
    assert!(rows >= 2);
    for sql in [
        "update audit_event set actor_role = 'admin'",
        "delete from audit_event",
    ] {
        let result = sqlx::query(sql).execute(app.store.pool()).await;
        assert!(result.is_err(), "{sql} was refused");
    }
    assert_eq!(app.count("select count(*) from audit_event").await, rows);
}

#[tokio::test]
async fn the_access_code_letter_is_shown_once_to_an_administrator() {
    let app = TestApp::with_sample_people().await;
    let admin = app
        .staff(Role::Admin, "alex@records.example.gov", "Alex Morgan")
        .await;
    let mut browser = app.browser();
    let home = browser.sign_in_staff(&admin.email).await;
    assert_eq!(home.location(), Some("/admin"));
    let form = browser.get("/admin").await;
    let token = form.csrf_token();
    let unknown = browser
        .post(
            "/admin/access-codes",
            &[("sid", "PA9999999"), ("csrf_token", &token)],
        )
        .await;
    assert!(
        unknown
            .text()
            .contains("No one in the records has this state identification number")
    );
    assert!(unknown.body.contains("value=\"PA9999999\""));
    // What was chosen is kept when the form comes back.
    let kept = browser
        .post(
            "/admin/access-codes",
            &[
                ("sid", "PA9999999"),
                ("letter_language", "vi"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(kept.body.contains("<option value=\"vi\" selected"));
    let letter = browser
        .post(
            "/admin/access-codes",
            &[("sid", "PA2000001"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(letter.status, StatusCode::OK);
    let text = letter.text();
    assert!(text.contains("Dear Maria Luisa Santos,"));
    assert!(
        text.contains("Estimado/a Maria Luisa Santos:"),
        "the Spanish half, the language a letter has after English unless another is chosen"
    );
    assert!(text.contains("/record/link"));
    let in_korean = browser
        .post(
            "/admin/access-codes",
            &[
                ("sid", "PA2000001"),
                ("letter_language", "ko"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert!(
        in_korean
            .body
            .contains("<article lang=\"ko\" dir=\"ltr\" class=\"letter\"")
    );
    assert!(!in_korean.text().contains("Estimado/a"));
    assert!(in_korean.text().contains("Dear Maria Luisa Santos,"));
    assert_eq!(
        app.count(
            "select count(*) from audit_event where action = 'access_code_issued' \
             and actor_account_id is not null"
        )
        .await,
        2
    );
}

#[tokio::test]
async fn the_account_page_offers_linking_only_to_someone_without_a_record() {
    let app = TestApp::with_sample_people().await;
    let mut linked = app.browser();
    linked.sign_in("maria.santos@example.org", PASSWORD).await;
    let account = linked.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(
        !account.body.contains("href=\"/record/link\""),
        "already linked"
    );
    // The two-step code is digits: phones show the number keypad.
    let setup = linked.get("/account/two-step").await;
    assert!(setup.body.contains("inputmode=\"numeric\""));
    let mut unlinked = register(&app, "new.person@example.org").await;
    assert!(
        unlinked
            .get("/account")
            .await
            .body
            .contains("href=\"/record/link\"")
    );
}

/// The rows of the table on a page, as HTML.
fn table_rows(page: &Page) -> Vec<String> {
    let body = page.body.split("<tbody").nth(1).unwrap_or_default();
    body.split("<tr").skip(1).map(str::to_owned).collect()
}

#[tokio::test]
async fn who_viewed_my_record_lists_other_people_first_a_page_at_a_time() {
    let app = TestApp::with_sample_people().await;
    let (_, mut lena, maria_id) = app.lena_with_marias_consent().await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    for _ in 0..26 {
        assert_eq!(
            lena.get(&format!("/clients/{maria_id}")).await.status,
            StatusCode::OK
        );
    }
    for _ in 0..3 {
        maria.get("/record").await;
    }

    // By default only other people's looks: 26 of them, 25 on the first page.
    let first = maria.get("/record/views").await;
    let text = first.text();
    assert!(
        text.contains("Other people looked at your record 26 times."),
        "{text}"
    );
    assert!(text.contains("Page 1 of 2"), "{text}");
    let rows = table_rows(&first);
    assert_eq!(rows.len(), 25);
    assert!(rows.iter().all(|row| row.contains("Lena Ortiz")));
    assert!(first.body.contains("href=\"/record/views?page=2\""));
    assert!(
        !first.body.contains("rel=\"prev\""),
        "no newer page before the first"
    );
    let second = maria.get("/record/views?page=2").await;
    assert_eq!(table_rows(&second).len(), 1);
    assert!(second.text().contains("Page 2 of 2"));
    assert!(second.body.contains("href=\"/record/views?page=1\""));

    // Her own looks when she asks: newest first, so hers (the latest) lead the list.
    let all = maria.get("/record/views?own=yes").await;
    let text = all.text();
    assert!(
        text.contains("Your record was looked at 29 times, counting your own looks."),
        "{text}"
    );
    let rows = table_rows(&all);
    assert!(
        rows[..3].iter().all(|row| row.contains(">You<")),
        "{rows:?}"
    );
    assert!(rows[3].contains("Lena Ortiz"));
    assert!(
        all.body
            .contains("href=\"/record/views?page=2&amp;own=yes\"")
    );

    // A page number that is not one shows the first page; one past the end, the last.
    let odd = maria.get("/record/views?page=abc").await;
    assert_eq!(odd.status, StatusCode::OK);
    assert!(odd.text().contains("Page 1 of 2"));
    let past = maria.get("/record/views?page=99").await;
    assert!(past.text().contains("Page 2 of 2"));
    assert_eq!(table_rows(&past).len(), 1);
}
