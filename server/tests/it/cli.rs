//! The administrator's commands, run as the real `myrecord` binary against the test database:
//! `user create` and `access-code issue`.

use crate::harness::{PASSWORD, TestApp};
use axum::http::StatusCode;
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

/// A file's permission bits.
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
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
    // People create their own accounts: the command offers only the other roles.
    assert!(!person.status.success());
    assert!(
        text(&person.stderr).contains("[possible values: legal_aid, reviewer, admin]"),
        "{}",
        text(&person.stderr)
    );
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
    assert_eq!(mode(&letter), 0o600, "the letter holds a working code");
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

#[tokio::test]
async fn user_reset_two_step_lets_a_locked_out_reviewer_set_it_up_again() {
    let app = TestApp::with_sample_people().await;
    let sam = app
        .staff(
            myrecord_server::domain::Role::Reviewer,
            "sam@records.example.gov",
            "Sam Whitaker",
        )
        .await;
    let mut signed_in = app.browser();
    signed_in.sign_in_staff(&sam.email).await;
    assert_eq!(signed_in.get("/review").await.status, StatusCode::OK);

    let unknown = myrecord(
        &app,
        &["user", "reset-two-step", "--email", "nobody@example.gov"],
    );
    assert!(!unknown.status.success());
    assert!(text(&unknown.stderr).contains("--email: no account has this email address"));

    let out = myrecord(
        &app,
        &[
            "user",
            "reset-two-step",
            "--email",
            "Sam@records.example.gov",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("required for their role before anything else"));
    // Every session of the account ended; the reset is audited as the command line's doing.
    assert_ne!(signed_in.get("/review").await.status, StatusCode::OK);
    assert_eq!(
        app.count(&format!(
            "select count(*) from audit_event where action = 'two_step_reset' \
             and actor_account_id is null and detail = 'account {}'",
            sam.id
        ))
        .await,
        1
    );
    assert!(!app.account(&sam.email).await.two_step_enabled);
    // Signing in with the password alone leads to setting two-step sign-in up, and nowhere else.
    let mut again = app.browser();
    let page = again.sign_in(&sam.email, PASSWORD).await;
    assert_eq!(page.location(), Some("/account/two-step"));
    assert_eq!(again.get("/review").await.status, StatusCode::SEE_OTHER);
}

/// The database (with its pending reset links), its folder and the agency notices (which
/// name people) are readable by the server's own user only.
#[tokio::test]
async fn data_files_are_the_server_s_alone() {
    let scratch = std::env::temp_dir().join(format!(
        "myrecord-modes-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    let database = scratch.join("data/myrecord.db");
    let store = myrecord_server::store::Store::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    store.close().await;
    assert_eq!(mode(&scratch.join("data")), 0o700);
    assert_eq!(mode(&database), 0o600);

    let app = TestApp::with_sample_people().await;
    let notices = scratch.join("notices");
    let out = myrecord(
        &app,
        &[
            "clearance",
            "run",
            "--rules",
            "pa-act56",
            "--as-of",
            "2026-11-22",
            "--notices",
            notices.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let run = std::fs::read_dir(&notices)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(mode(&run), 0o700);
    let files: Vec<_> = std::fs::read_dir(&run)
        .unwrap()
        .map(|f| f.unwrap().path())
        .collect();
    assert!(!files.is_empty());
    for file in files {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    std::fs::remove_dir_all(scratch).unwrap();
}

#[tokio::test]
async fn an_import_refuses_lines_of_another_state_than_the_law_in_force() {
    let app = TestApp::empty().await;
    let folder = tempfile::tempdir().unwrap();
    let extract = folder.path().join("extract.jsonl");
    let pennsylvania = concat!(
        r#"{"person":{"sid":"PA7000001","first_name":"Eve","last_name":"Lund","aliases":[],"#,
        r#""dob":"1980-01-01"},"cycles":[]}"#
    );
    let michigan = concat!(
        r#"{"jurisdiction":"MI","person":{"sid":"MI7000002","first_name":"Ola","#,
        r#""last_name":"Berg","aliases":[],"dob":"1981-01-01"},"cycles":[]}"#
    );
    std::fs::write(&extract, format!("{pennsylvania}\n{michigan}\n")).unwrap();
    let out = myrecord(&app, &["import", extract.to_str().unwrap()]);
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("line 2: jurisdiction: line is MI, pack pa-cs3 is PA"),
        "{said}"
    );
    assert_eq!(
        app.count("select count(*) from person").await,
        0,
        "nothing is imported"
    );
    // A line that says PA, or nothing, is read as before.
    let said_pa = pennsylvania.replacen(r#"{"person""#, r#"{"jurisdiction":"PA","person""#, 1);
    std::fs::write(&extract, format!("{said_pa}\n")).unwrap();
    let out = myrecord(&app, &["import", extract.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(app.count("select count(*) from person").await, 1);
}
