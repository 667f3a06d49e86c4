//! A dispute shown as received is on disk: 200 people press "Send" at once, the server process
//! is killed (SIGKILL) while those requests are in flight, and after a restart every dispute
//! whose confirmation was sent is there with its document, none twice; sending every draft
//! again (as people retry) makes exactly one dispute per draft.
//!
//! This drives the real `myrecord` binary over real sockets, on the database the suite runs on.

use crate::disputes::PNG;
use crate::harness::fresh_database_url;
use sqlx::Row;
use std::collections::{BTreeMap, HashMap};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::process::{Child, Command};

const PASSWORD: &str = "durability test passphrase";
const SUBMISSIONS: usize = 200;
/// Confirmations received before the server is killed; the rest are still in flight.
const KILL_AFTER: usize = 20;

/// An HTTP/1.1 response: status, headers (lower-case names), body.
struct Response {
    status: u16,
    headers: HashMap<String, String>,
    body: String,
}

/// One request on its own connection (a browser tab, as far as the server can tell).
async fn http(
    port: u16,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<(&str, Vec<u8>)>,
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    let body = match body {
        Some((content_type, bytes)) => {
            head.push_str(&format!(
                "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
                bytes.len()
            ));
            bytes
        }
        None => Vec::new(),
    };
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&body).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no complete response"))?;
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Ok(Response {
        status,
        headers,
        body: body.to_owned(),
    })
}

fn form(fields: &[(&str, &str)]) -> (&'static str, Vec<u8>) {
    let encoded = fields
        .iter()
        .map(|(k, v)| {
            let value: String = v
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={value}")
        })
        .collect::<Vec<_>>()
        .join("&");
    ("application/x-www-form-urlencoded", encoded.into_bytes())
}

fn token(body: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = body.find(marker).expect("a form token") + marker.len();
    body[start..start + 64].to_owned()
}

fn session_cookie(response: &Response) -> String {
    let set = &response.headers["set-cookie"];
    set.split(';').next().unwrap().to_owned()
}

async fn start_server(
    database_url: &str,
    port: u16,
    demo: bool,
    scratch: &std::path::Path,
) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_myrecord"));
    command
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("MYRECORD_ADDR", format!("127.0.0.1:{port}"))
        .env("MYRECORD_DEMO_PASSWORD", PASSWORD)
        .env("MYRECORD_NOTICES_DIR", scratch.join("notices"))
        .env("MYRECORD_SECRET_KEY_FILE", scratch.join("secret.key"))
        .env_remove("MYRECORD_SMTP_URL")
        .env("RUST_LOG", "error")
        .current_dir(scratch)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true);
    if demo {
        command.arg("--demo");
    }
    let child = command.spawn().expect("the binary starts");
    for _ in 0..300 {
        if let Ok(r) = http(port, "GET", "/healthz", None, None).await
            && r.status == 200
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not come up");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A draft ready to send: whose session, its address, its token, and its document's bytes.
struct Ready {
    cookie: String,
    draft: String,
    token: String,
    document: Vec<u8>,
}

async fn prepare(port: u16, cookie: &str, charge: i64, n: usize) -> Ready {
    let page = http(
        port,
        "GET",
        &format!("/disputes/new?charge={charge}"),
        Some(cookie),
        None,
    )
    .await
    .unwrap();
    assert_eq!(page.status, 200);
    let token = token(&page.body);
    let started = http(
        port,
        "POST",
        "/disputes/new",
        Some(cookie),
        Some(form(&[
            ("kind", "other"),
            ("charge", &charge.to_string()),
            ("csrf_token", &token),
        ])),
    )
    .await
    .unwrap();
    let details = started.headers["location"].clone();
    let draft = details.trim_end_matches("/details").to_owned();
    let saved = http(
        port,
        "POST",
        &details,
        Some(cookie),
        Some(form(&[
            ("statement", &format!("Report number {n}.")),
            ("csrf_token", &token),
        ])),
    )
    .await
    .unwrap();
    assert_eq!(saved.status, 303);
    // A document that tells the drafts apart.
    let mut document = PNG.to_vec();
    document.extend_from_slice(format!("draft {n}").as_bytes());
    let boundary = "durabilityboundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"photo {n}.png\"\r\n\
         Content-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&document);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let uploaded = http(
        port,
        "POST",
        &format!("{draft}/documents"),
        Some(cookie),
        Some((&content_type, body)),
    )
    .await
    .unwrap();
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    Ready {
        cookie: cookie.to_owned(),
        draft,
        token,
        document,
    }
}

/// Sends a draft; the reference when the confirmation came back.
async fn send(port: u16, ready: &Ready) -> Option<String> {
    let response = http(
        port,
        "POST",
        &format!("{}/submit", ready.draft),
        Some(&ready.cookie),
        Some(form(&[("csrf_token", &ready.token)])),
    )
    .await
    .ok()?;
    let location = response.headers.get("location")?;
    let reference = location
        .strip_prefix("/disputes/")?
        .strip_suffix("/submitted")?;
    (response.status == 303).then(|| reference.to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_disputes_survive_a_killed_server() {
    let database_url = fresh_database_url().await;
    let scratch = std::env::temp_dir().join(format!(
        "myrecord-durability-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    std::fs::create_dir_all(&scratch).unwrap();
    let port = free_port();
    let mut server = start_server(&database_url, port, true, &scratch).await;

    // Every demo person signs in; their entries are shared out among 200 drafts.
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&database_url).await.unwrap();
    let rows = sqlx::query(
        "select a.email, ch.id as charge_id from account a \
         join arrest_cycle c on c.person_id = a.person_id \
         join charge ch on ch.cycle_id = c.id order by a.email, ch.id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    let mut charges_of: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for row in &rows {
        charges_of
            .entry(row.try_get("email").unwrap())
            .or_default()
            .push(row.try_get("charge_id").unwrap());
    }
    let mut people = Vec::new();
    for (email, charges) in &charges_of {
        let start = http(port, "GET", "/", None, None).await.unwrap();
        let cookie = session_cookie(&start);
        let signed_in = http(
            port,
            "POST",
            "/sign-in",
            Some(&cookie),
            Some(form(&[
                ("email", email),
                ("password", PASSWORD),
                ("csrf_token", &token(&start.body)),
            ])),
        )
        .await
        .unwrap();
        assert_eq!(signed_in.status, 303, "{email} signs in");
        people.push((session_cookie(&signed_in), charges.clone()));
    }
    let mut drafts = Vec::new();
    for n in 0..SUBMISSIONS {
        let (cookie, charges) = &people[n % people.len()];
        drafts.push(prepare(port, cookie, charges[n % charges.len()], n).await);
    }
    let drafts = std::sync::Arc::new(drafts);

    // All 200 at once; the server is killed as soon as 20 confirmations have come back.
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
    for i in 0..SUBMISSIONS {
        let (drafts, sender) = (drafts.clone(), sender.clone());
        tokio::spawn(async move {
            let _ = sender.send((i, send(port, &drafts[i]).await));
        });
    }
    drop(sender);
    let mut acknowledged: BTreeMap<usize, String> = BTreeMap::new();
    let mut answered = 0;
    while let Some((i, reference)) = receiver.recv().await {
        answered += 1;
        if let Some(reference) = reference {
            acknowledged.insert(i, reference);
            if acknowledged.len() == KILL_AFTER {
                server.start_kill().unwrap(); // SIGKILL: no shutdown, no flushing.
                server.wait().await.unwrap();
            }
        }
    }
    eprintln!("confirmed before the kill: {}", acknowledged.len());
    assert_eq!(answered, SUBMISSIONS);
    assert!(acknowledged.len() >= KILL_AFTER);
    assert!(
        acknowledged.len() < SUBMISSIONS,
        "the kill must come while submissions are in flight ({} of {SUBMISSIONS} confirmed)",
        acknowledged.len()
    );

    // After a restart, every confirmed dispute is there, with its document, once.
    let mut server = start_server(&database_url, port, false, &scratch).await;
    for (i, reference) in &acknowledged {
        let row = sqlx::query(
            "select d.draft_id, count(*) as documents from dispute d \
             join dispute_document doc on doc.dispute_id = d.id \
             where d.reference = $1 group by d.draft_id",
        )
        .bind(reference)
        .fetch_optional(&db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("confirmed dispute {reference} survived"));
        let draft: String = row.try_get("draft_id").unwrap();
        assert!(
            drafts[*i].draft.ends_with(&draft),
            "{reference} is draft {i}"
        );
        assert_eq!(row.try_get::<i64, _>("documents").unwrap(), 1);
        let content: Vec<u8> = sqlx::query(
            "select doc.content from dispute_document doc join dispute d on d.id = doc.dispute_id \
             where d.reference = $1",
        )
        .bind(reference)
        .fetch_one(&db)
        .await
        .unwrap()
        .try_get("content")
        .unwrap();
        assert_eq!(
            content, drafts[*i].document,
            "{reference}'s document is intact"
        );
    }

    // People retry: every draft sent again gives one dispute, the confirmed ones their own.
    for (i, ready) in drafts.iter().enumerate() {
        let reference = send(port, ready)
            .await
            .expect("a confirmation after the restart");
        if let Some(first) = acknowledged.get(&i) {
            assert_eq!(&reference, first, "draft {i} keeps its reference");
        }
    }
    let count = |sql: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query(sql)
                .fetch_one(&db)
                .await
                .unwrap()
                .try_get::<i64, _>(0)
                .unwrap()
        }
    };
    assert_eq!(
        count("select count(*) from dispute").await,
        SUBMISSIONS as i64
    );
    assert_eq!(
        count("select count(distinct draft_id) from dispute").await,
        SUBMISSIONS as i64,
        "none twice"
    );
    assert_eq!(
        count("select count(*) from dispute_document where dispute_id is not null").await,
        SUBMISSIONS as i64
    );
    server.start_kill().unwrap();
    server.wait().await.unwrap();
    db.close().await;
    let _ = std::fs::remove_dir_all(&scratch);
}
