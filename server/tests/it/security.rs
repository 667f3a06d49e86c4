//! Security headers, caching, anti-forgery tokens and probes.

use crate::harness::{PASSWORD, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    for path in [
        "/",
        "/record",
        "/register",
        "/no-such-page",
        "/assets/site.css",
        "/healthz",
    ] {
        let page = browser.get(path).await;
        let header = |name: &str| {
            page.headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert!(!csp.contains("script-src"), "no script may run: {path}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
        let cache = header("cache-control");
        if path.starts_with("/assets/") {
            assert!(cache.starts_with("public"), "{path}: {cache}");
        } else {
            assert_eq!(cache, "no-store", "{path}");
        }
    }
}

#[tokio::test]
async fn pages_carry_no_script() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    for path in ["/", "/record", "/register"] {
        let page = browser.get(path).await;
        assert!(!page.body.contains("<script"), "{path} has a script");
        assert!(!page.body.contains(" style="), "{path} has inline style");
    }
}

#[tokio::test]
async fn forms_without_the_session_token_are_refused() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.get("/").await;
    let forged = browser
        .post(
            "/sign-in",
            &[
                ("email", "maria.santos@example.org"),
                ("password", PASSWORD),
                ("csrf_token", "0"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(forged.text().contains("This form expired"));
    assert!(
        forged.body.contains("value=\"maria.santos@example.org\""),
        "typed email kept"
    );
    assert!(
        browser.get("/record").await.status == StatusCode::SEE_OTHER,
        "not signed in"
    );

    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let sign_out = browser.post("/sign-out", &[("csrf_token", "forged")]).await;
    assert_eq!(sign_out.status, StatusCode::FORBIDDEN);
    assert_eq!(
        browser.get("/record").await.status,
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn a_token_from_before_sign_in_is_useless_after() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    let old_token = browser.get("/").await.csrf_token();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let page = browser
        .post("/sign-out", &[("csrf_token", &old_token)])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn probes_answer_and_metrics_are_not_public() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    assert_eq!(browser.get("/healthz").await.body, "ok");
    assert_eq!(browser.get("/readyz").await.body, "ready");
    // No token set: /metrics does not exist for anyone.
    assert_eq!(browser.get("/metrics").await.status, StatusCode::NOT_FOUND);
}

/// With a token, a scraper reads what an operator alerts on: request latency by route
/// pattern, sign-in failures and lockouts, the connection pool, the outbox.
#[tokio::test]
async fn metrics_tell_an_operator_what_to_alert_on() {
    let token = "scraper-token-0123456789abcdef";
    let app =
        TestApp::with_sample_people_and(&[("MYRECORD_METRICS_TOKEN", token.to_owned())]).await;
    let mut browser = app.browser();
    for _ in 0..6 {
        browser
            .sign_in("maria.santos@example.org", "not the password at all")
            .await;
    }
    browser.get("/no-such-page").await;
    assert_eq!(browser.get("/metrics").await.status, StatusCode::NOT_FOUND);
    let scrape = |bearer: &'static str| {
        let router = app.router.clone();
        async move {
            use tower::ServiceExt;
            let request = axum::http::Request::builder()
                .uri("/metrics")
                .header("authorization", format!("Bearer {bearer}"))
                .body(axum::body::Body::empty())
                .unwrap();
            let response = router.oneshot(request).await.unwrap();
            let status = response.status();
            let bytes = http_body_util::BodyExt::collect(response.into_body())
                .await
                .unwrap()
                .to_bytes();
            (status, String::from_utf8_lossy(&bytes).into_owned())
        }
    };
    assert_eq!(
        scrape("wrong-token-0123456789abcdef").await.0,
        StatusCode::NOT_FOUND
    );
    let (status, text) = scrape(token).await;
    assert_eq!(status, StatusCode::OK);
    for expected in [
        "myrecord_http_request_duration_seconds_bucket{method=\"POST\",route=\"/sign-in\",status=\"4xx\"",
        "myrecord_http_request_duration_seconds_count{method=\"GET\",route=\"(no route)\",status=\"4xx\"}",
        "myrecord_sign_in_failures_total",
        "myrecord_lockouts_total{limit=\"sign-in-email\"}",
        "myrecord_db_pool_connections{state=\"in_use\"}",
        "myrecord_db_pool_max_connections",
        "myrecord_outbox_backlog",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    // Nothing personal: no email address or path with an id.
    assert!(!text.contains("maria") && !text.contains("example.org"));
    // On the operator's own address (MYRECORD_METRICS_ADDR) no token is asked.
    use tower::ServiceExt;
    let own = myrecord_server::web::health::metrics_only(app.state.clone())
        .oneshot(
            axum::http::Request::builder()
                .uri("/metrics")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::OK);
}

/// A request whose body never finishes is cut off at the deadline with a page that says so,
/// instead of holding its session and connection open.
#[tokio::test]
async fn a_request_held_open_times_out() {
    let app =
        TestApp::with_sample_people_and(&[("MYRECORD_REQUEST_TIMEOUT_SECONDS", "1".to_owned())])
            .await;
    let mut browser = app.browser();
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let (body, answer) = browser.post_held("/account/two-step");
    body.send(b"code=12".to_vec()).await.unwrap();
    let started = std::time::Instant::now();
    let page = tokio::time::timeout(std::time::Duration::from_secs(10), answer)
        .await
        .expect("the server answers by its deadline")
        .unwrap();
    assert_eq!(page.status, StatusCode::REQUEST_TIMEOUT);
    assert!(
        page.text().contains("That took too long"),
        "{}",
        page.text()
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    drop(body);
}

/// A document is offered back under a name that says what it is (from its content, not the
/// name it came with), and neither names nor statements keep characters that hide or reorder
/// text (NUL, ESC, a right-to-left override).
#[tokio::test]
async fn names_and_statements_cannot_disguise_themselves() {
    let app = TestApp::with_sample_people().await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let charge = crate::disputes::charge_id(&mut maria, "Having a small amount of marijuana").await;
    let draft = crate::disputes::start_dispute(
        &mut maria,
        charge,
        "outcome_wrong",
        "Dismissed\u{0}\u{1b}[2J on \u{202E}0202 yraunaJ.\r\nSecond line.",
    )
    .await;
    let statement = app.text("select statement from dispute_draft").await;
    assert_eq!(statement, "Dismissed[2J on 0202 yraunaJ.\nSecond line.");

    let token = maria.get(&format!("{draft}/documents")).await.csrf_token();
    for name in ["x.html", "report\u{202E}lmth.pdf"] {
        maria
            .post_multipart(
                &format!("{draft}/documents"),
                &[("csrf_token", &token)],
                Some(("document", name, crate::disputes::PDF)),
            )
            .await;
    }
    let page = maria.get(&format!("{draft}/documents")).await;
    let mut dispositions = Vec::new();
    let ids: Vec<i64> = sqlx::query("select id from dispute_document order by id")
        .fetch_all(app.store.pool())
        .await
        .unwrap()
        .iter()
        .map(|row| sqlx::Row::try_get(row, "id").unwrap())
        .collect();
    for id in ids {
        let download = maria.get(&format!("{draft}/documents/{id}")).await;
        dispositions.push(
            download.headers["content-disposition"]
                .to_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(
        dispositions,
        [
            "attachment; filename=\"x.pdf\"; filename*=UTF-8''x.pdf",
            "attachment; filename=\"reportlmth.pdf\"; filename*=UTF-8''reportlmth.pdf",
        ]
    );
    assert!(!page.body.contains('\u{202E}') && page.text().contains("x.pdf"));
}

/// Text that is not UTF-8 is refused plainly, not stored with "�" in place of what was typed.
#[tokio::test]
async fn forms_that_are_not_utf8_are_refused_plainly() {
    let app = TestApp::with_sample_people().await;
    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let charge = crate::disputes::charge_id(&mut maria, "Having a small amount of marijuana").await;
    let draft =
        crate::disputes::start_dispute(&mut maria, charge, "outcome_wrong", "First words.").await;
    let token = maria.get(&format!("{draft}/details")).await.csrf_token();
    let page = maria
        .post_encoded(
            &format!("{draft}/details"),
            format!("statement=caf%E9+au+lait&correct_value=&csrf_token={token}").as_bytes(),
        )
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.text().contains("We could not read what you sent"),
        "{}",
        page.text()
    );
    assert_eq!(
        app.text("select statement from dispute_draft").await,
        "First words."
    );
}

/// The stylesheet goes compressed to browsers that accept it; pages do not (they carry the
/// form token beside typed text, which compression could leak by length: BREACH).
#[tokio::test]
async fn assets_are_compressed_and_pages_are_not() {
    use tower::ServiceExt;
    let app = TestApp::empty().await;
    let fetch = |path: &'static str, encoding: &'static str| {
        let router = app.router.clone();
        async move {
            router
                .oneshot(
                    axum::http::Request::builder()
                        .uri(path)
                        .header("accept-encoding", encoding)
                        .body(axum::body::Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap()
        }
    };
    for encoding in ["br", "gzip"] {
        let css = fetch("/assets/site.css", encoding).await;
        assert_eq!(css.headers()["content-encoding"], encoding);
        let page = fetch("/", encoding).await;
        assert!(
            page.headers().get("content-encoding").is_none(),
            "{encoding}"
        );
    }
}

/// Search engines may read the public pages only; every page has a description and an icon.
#[tokio::test]
async fn robots_see_only_the_public_pages_and_pages_describe_themselves() {
    let app = TestApp::empty().await;
    let mut visitor = app.browser();
    let robots = visitor.get("/robots.txt").await;
    assert_eq!(robots.status, StatusCode::OK);
    for line in [
        "Allow: /help$",
        "Allow: /statistics$",
        "Allow: /contact$",
        "Disallow: /",
    ] {
        assert!(robots.body.contains(line), "{line}");
    }
    let icon = visitor.get("/assets/favicon.svg").await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.headers["content-type"], "image/svg+xml");
    let start = visitor.get("/").await;
    assert!(
        start
            .body
            .contains("<meta name=\"description\" content=\"See your criminal record")
    );
    assert!(start.body.contains("rel=\"icon\""));
}

/// A signed-in person who mistypes an address keeps their menu, and can still sign out.
#[tokio::test]
async fn a_missing_page_keeps_the_menu_of_whoever_is_signed_in() {
    let app = TestApp::with_sample_people().await;
    let mut anonymous = app.browser();
    let page = anonymous.get("/no-such-page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("action=\"/sign-out\""));

    let mut maria = app.browser();
    maria.sign_in("maria.santos@example.org", PASSWORD).await;
    let page = maria.get("/no-such-page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        page.body.contains("href=\"/disputes\""),
        "the person's menu"
    );
    assert!(page.body.contains("action=\"/sign-out\""));
    let signed_out = maria
        .post("/sign-out", &[("csrf_token", &page.csrf_token())])
        .await;
    assert_eq!(
        signed_out.status,
        StatusCode::SEE_OTHER,
        "the sign-out form works"
    );
    assert_eq!(
        maria.get("/record").await.location(),
        Some("/?notice=sign-in")
    );
}
