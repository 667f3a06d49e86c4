//! Stopping the server (SIGTERM) is graceful: a request in flight is answered, and the mail
//! worker finishes the message it is sending and marks it sent, so it is not sent twice.

use crate::harness::fresh_database_url;
use crate::process::{form, free_port, http, session_cookie, start_server, token};
use crate::smtp::SmtpServer;
use sqlx::Row;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_finishes_the_request_in_flight_and_the_email_being_sent() {
    let smtp = SmtpServer::start_with_ack_delay(Duration::from_secs(2)).await;
    let database_url = fresh_database_url().await;
    let scratch = std::env::temp_dir().join(format!(
        "myrecord-shutdown-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    std::fs::create_dir_all(&scratch).unwrap();
    let port = free_port();
    let mut server = start_server(
        &database_url,
        port,
        true,
        &scratch,
        &[("MYRECORD_SMTP_URL", smtp.url())],
    )
    .await;
    let email = "ana.quintero@example.org";

    // A reset request: its email goes to the (slow) relay.
    let start = http(port, "GET", "/password-reset", None, None)
        .await
        .unwrap();
    let (cookie, csrf) = (session_cookie(&start), token(&start.body));
    let asked = http(
        port,
        "POST",
        "/password-reset",
        Some(&cookie),
        Some(form(&[("email", email), ("csrf_token", &csrf)])),
    )
    .await
    .unwrap();
    assert_eq!(asked.status, 303);

    // A second request under way: headers sent, its body not yet.
    let (_, body) = form(&[("email", email), ("csrf_token", &csrf)]);
    let mut held = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    held.write_all(
        format!(
            "POST /password-reset HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
             Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;

    // The relay has the message and has not acknowledged it yet: stop the server now.
    smtp.wait_for(1).await;
    let pid = server.id().unwrap().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    tokio::time::sleep(Duration::from_millis(200)).await;

    // The request in flight is still answered.
    held.write_all(&body).await.unwrap();
    let mut answer = String::new();
    held.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");

    let exit = tokio::time::timeout(Duration::from_secs(20), server.wait())
        .await
        .expect("the server stops by itself")
        .unwrap();
    assert!(exit.success(), "{exit:?}");
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&database_url).await.unwrap();
    let sent: i64 = sqlx::query("select count(*) from outbox_email where sent_at is not null")
        .fetch_one(&db)
        .await
        .unwrap()
        .try_get(0)
        .unwrap();
    assert_eq!(
        sent, 1,
        "the message being sent was finished and marked sent"
    );
    db.close().await;
}
