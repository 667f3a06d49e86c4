//! A dispute shown as received is on disk: 200 people press "Send" at once, the server process
//! is killed (SIGKILL) while those requests are in flight, and after a restart every dispute
//! whose confirmation was sent is there with its document, none twice; sending every draft
//! again (as people retry) makes exactly one dispute per draft.
//!
//! This drives the real `myrecord` binary over real sockets, on the database the suite runs on.

use crate::disputes::PNG;
use crate::harness::fresh_database_url;
use crate::process::{PASSWORD, form, free_port, http, session_cookie, start_server, token};
use sqlx::Row;
use std::collections::BTreeMap;

const SUBMISSIONS: usize = 200;
/// Confirmations received before the server is killed; the rest are still in flight.
const KILL_AFTER: usize = 20;

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
    // Many drafts per person here: the per-account limits are not what this test is about.
    let roomy = [("MYRECORD_MAX_OPEN_DRAFTS", "1000".to_owned())];
    let mut server = start_server(&database_url, port, true, &scratch, &roomy).await;

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
    let mut server = start_server(&database_url, port, false, &scratch, &roomy).await;
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
            "select c.bytes from document_chunk c join dispute_document doc \
             on doc.id = c.document_id join dispute d on d.id = doc.dispute_id \
             where d.reference = $1 order by c.seq",
        )
        .bind(reference)
        .fetch_all(&db)
        .await
        .unwrap()
        .iter()
        .flat_map(|row| row.try_get::<Vec<u8>, _>("bytes").unwrap())
        .collect();
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
