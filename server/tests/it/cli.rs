//! The administrator's commands, run as the real `myrecord` binary against the test database:
//! `user create` and `access-code issue`.

use crate::harness::{PASSWORD, TestApp};
use std::process::Command;

fn myrecord(app: &TestApp, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_myrecord"))
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("MYRECORD_PUBLIC_URL", "https://myrecord.example.gov")
        .env_remove("MYRECORD_SMTP_URL")
        .env("RUST_LOG", "error")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test]
async fn user_create_makes_a_staff_account_that_sets_its_own_password() {
    let app = TestApp::with_sample_people().await;
    let out = myrecord(
        &app,
        &[
            "user",
            "create",
            "--role",
            "reviewer",
            "--email",
            "Sam.Whitaker@records.example.gov",
            "--name",
            "Sam Whitaker",
            "--organisation",
            "State Central Repository",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let link = stdout
        .split_whitespace()
        .find(|w| w.starts_with("https://myrecord.example.gov/password-reset/"))
        .expect("prints the link");
    assert_eq!(
        app.count("select count(*) from outbox_email where to_address = 'sam.whitaker@records.example.gov'")
            .await,
        1,
        "the welcome email waits in the outbox"
    );

    // The link sets the password; the account must then set up two-step sign-in.
    let path = link.trim_start_matches("https://myrecord.example.gov");
    let mut browser = app.browser();
    let token = browser.get(path).await.csrf_token();
    let page = browser
        .post(
            path,
            &[
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(page.location(), Some("/?notice=password-changed"));
    let page = browser
        .sign_in("sam.whitaker@records.example.gov", PASSWORD)
        .await;
    assert_eq!(page.location(), Some("/account/two-step"));

    let again = myrecord(
        &app,
        &[
            "user",
            "create",
            "--role",
            "reviewer",
            "--email",
            "sam.whitaker@records.example.gov",
            "--name",
            "Sam",
            "--organisation",
            "X",
        ],
    );
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("--email: an account with this email already exists"));
    let person = myrecord(
        &app,
        &[
            "user",
            "create",
            "--role",
            "person",
            "--email",
            "a@example.org",
            "--name",
            "A",
            "--organisation",
            "B",
        ],
    );
    assert!(text(&person.stderr).contains("--role: use legal_aid, reviewer or admin"));
}

#[tokio::test]
async fn access_code_issue_writes_a_letter_and_keeps_only_the_hash() {
    let app = TestApp::with_sample_people().await;
    let letter = std::env::temp_dir().join(format!("myrecord-letter-{}.html", std::process::id()));
    let out = myrecord(
        &app,
        &[
            "access-code",
            "issue",
            "--sid",
            "PA2000003",
            "--letter",
            letter.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&letter).unwrap();
    std::fs::remove_file(&letter).unwrap();
    assert!(html.contains("Dear Linh Nguyen,"));
    assert!(html.contains("https://myrecord.example.gov/record/link"));
    assert!(html.contains("<style>"), "prints the same anywhere");
    let start = html.find("letter__code\">").unwrap() + "letter__code\">".len();
    let code = &html[start..start + 14];
    assert!(
        !text(&out.stdout).contains(code),
        "the code is only in the letter"
    );
    assert_eq!(
        app.count(&format!(
            "select count(*) from access_code where code_hash = '{}'",
            myrecord_server::secrets::hash(&code.replace('-', ""))
        ))
        .await,
        1
    );

    let unknown = myrecord(&app, &["access-code", "issue", "--sid", "PA0000000"]);
    assert!(!unknown.status.success());
    assert!(text(&unknown.stderr).contains("nobody in the database has the state id"));
}
