//! The server heals after the database could not be written for a moment: connections opened
//! (read-only) while it could not are dropped and opened again, `/readyz` tells the truth by
//! trying a write, people see "try again shortly" rather than a server error, and a database
//! that cannot be written at start stops the server at once with a clear message.

use crate::harness::{Browser, PASSWORD, TestApp, backend_name};
use axum::http::StatusCode;
use std::path::PathBuf;
use std::time::Duration;

/// The SQLite file behind a test app's database URL.
fn sqlite_file(url: &str) -> PathBuf {
    PathBuf::from(
        url.trim_start_matches("sqlite://")
            .split('?')
            .next()
            .unwrap(),
    )
}

/// The SQLite file and, while connections are open, its write-ahead log.
fn sqlite_files(url: &str) -> Vec<PathBuf> {
    let file = sqlite_file(url);
    let log = PathBuf::from(format!("{}-wal", file.display()));
    [file, log].into_iter().filter(|p| p.exists()).collect()
}

/// Makes a file unwritable even for root (the tests run as root in CI), or writable again.
fn immutable(path: &std::path::Path, on: bool) {
    let flag = if on { "+i" } else { "-i" };
    let status = std::process::Command::new("chattr")
        .arg(flag)
        .arg(path)
        .status()
        .expect("chattr (e2fsprogs) is installed");
    // SQLite removes its write-ahead log when the last connection closes, which may happen
    // between listing the files and this call; the database file alone then decides.
    assert!(
        status.success() || !path.exists(),
        "chattr {flag} {} (needs root)",
        path.display()
    );
}

/// The database cannot be written: SQLite's file and its log are made immutable; PostgreSQL's
/// database turns read-only for new sessions, and the current ones are ended.
async fn break_writes(app: &TestApp) {
    if backend_name() == "postgres" {
        let name = app.database_url.rsplit('/').next().unwrap().to_owned();
        admin(&format!(
            "alter database {name} set default_transaction_read_only = on"
        ))
        .await;
        admin(&format!(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity \
             where datname = '{name}' and pid <> pg_backend_pid()"
        ))
        .await;
    } else {
        for file in sqlite_files(&app.database_url) {
            immutable(&file, true);
        }
    }
}

async fn mend_writes(database_url: &str) {
    if backend_name() == "postgres" {
        let name = database_url.rsplit('/').next().unwrap().to_owned();
        admin(&format!(
            "alter database {name} reset default_transaction_read_only"
        ))
        .await;
    } else {
        for file in sqlite_files(database_url) {
            immutable(&file, false);
        }
    }
}

/// Makes the database writable again when dropped, so a failing test leaves no file that
/// cannot be deleted.
struct Mend(String);

impl Drop for Mend {
    fn drop(&mut self) {
        if backend_name() != "postgres" {
            let file = sqlite_file(&self.0);
            for path in [
                file.clone(),
                PathBuf::from(format!("{}-wal", file.display())),
            ] {
                let _ = std::process::Command::new("chattr")
                    .arg("-i")
                    .arg(path)
                    .status();
            }
        }
    }
}

async fn admin(sql: &str) {
    let url = std::env::var("MYRECORD_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    sqlx::query(sql).execute(&pool).await.unwrap();
    pool.close().await;
}

/// Opens as many connections as the pool allows at once, so that new ones are made now.
async fn fill_the_pool(app: &TestApp) {
    let mut held = Vec::new();
    for _ in 0..10 {
        match tokio::time::timeout(Duration::from_millis(500), app.store.pool().acquire()).await {
            Ok(Ok(connection)) => held.push(connection),
            _ => break,
        }
    }
}

/// Whether Maria can open the start page and sign in.
async fn signs_in(app: &TestApp) -> bool {
    let mut browser: Browser = app.browser();
    let start = browser.get("/").await;
    if start.status != StatusCode::OK {
        return false;
    }
    let page = browser
        .post(
            "/sign-in",
            &[
                ("email", "maria.santos@example.org"),
                ("password", PASSWORD),
                ("csrf_token", &start.csrf_token()),
            ],
        )
        .await;
    page.location() == Some("/record")
}

#[tokio::test]
async fn a_moment_without_writes_is_healed_and_reported() {
    let app = TestApp::with_sample_people().await;
    assert!(signs_in(&app).await);
    let mut probe = app.browser();
    assert_eq!(probe.get("/readyz").await.status, StatusCode::OK);

    let _mend = Mend(app.database_url.clone());
    break_writes(&app).await;
    fill_the_pool(&app).await;
    // A write is impossible: not ready, and a person trying is told to come back shortly.
    assert_eq!(
        probe.get("/readyz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    let mut person = app.browser();
    let page = person.get("/").await;
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        page.text()
    );
    assert!(
        page.text().contains("Try again in a few minutes"),
        "{}",
        page.text()
    );
    mend_writes(&app.database_url).await;

    // Within a few tries, every sign-in works again.
    let mut results = Vec::new();
    for _ in 0..12 {
        results.push(signs_in(&app).await);
    }
    assert!(
        results[6..].iter().all(|ok| *ok),
        "sign-ins after the database was writable again: {results:?}"
    );
    assert_eq!(probe.get("/readyz").await.status, StatusCode::OK);
}

/// A database that cannot be written at start stops `serve` at once, saying why, instead of
/// starting and failing every sign-in (or waiting half a minute for a connection).
#[tokio::test]
async fn an_unwritable_database_at_start_stops_the_server_with_the_reason() {
    let app = TestApp::empty().await;
    app.store.close().await;
    let _mend = Mend(app.database_url.clone());
    break_writes(&app).await;
    let scratch = std::env::temp_dir().join(format!("myrecord-readonly-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let started = std::time::Instant::now();
    let output = tokio::time::timeout(
        Duration::from_secs(20),
        tokio::process::Command::new(env!("CARGO_BIN_EXE_myrecord"))
            .arg("serve")
            .env("DATABASE_URL", &app.database_url)
            .env("MYRECORD_ADDR", "127.0.0.1:0")
            .env("MYRECORD_SECRET_KEY_FILE", scratch.join("secret.key"))
            .current_dir(&scratch)
            .output(),
    )
    .await
    .expect("serve stops by itself")
    .unwrap();
    mend_writes(&app.database_url).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("the database cannot be written"),
        "{stderr}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}
