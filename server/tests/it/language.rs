//! Eight languages on every page; the choice is remembered in a cookie, and on the account for
//! its emails.

use crate::harness::{PASSWORD, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn first_visit_follows_accept_language() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    browser.accept_language = Some("es-MX,es;q=0.9,en;q=0.5");
    let page = browser.get("/").await;
    assert!(page.body.contains("<html lang=\"es\""));
    assert!(
        page.text()
            .contains("Vea sus antecedentes penales en palabras sencillas")
    );
    browser.accept_language = Some("en-US");
    assert!(browser.get("/").await.body.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn switching_language_is_remembered_and_returns_to_the_page() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.accept_language = Some("en-US");
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let english = browser.get("/record").await;
    assert!(
        english
            .body
            .contains("href=\"/language?lang=es&amp;next=/record\"")
    );

    let switched = browser.get("/language?lang=es&next=/record").await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(switched.location(), Some("/record"));
    assert_eq!(browser.cookies.get("lang").map(String::as_str), Some("es"));

    let spanish = browser.get("/record").await;
    let text = spanish.text();
    assert!(spanish.body.contains("<html lang=\"es\""));
    assert!(text.contains("Hola, Maria."), "{text}");
    assert!(text.contains("La fiscalía retiró el cargo. No es una condena."));
    assert!(text.contains("20 de agosto de 2008"));
    assert!(text.contains("Sin revisar"));
    assert!(!text.contains("Not yet reviewed"));

    browser.get("/language?lang=en&next=/record").await;
    assert!(
        browser
            .get("/record")
            .await
            .text()
            .contains("Hello, Maria.")
    );
}

#[tokio::test]
async fn the_switcher_never_sends_people_elsewhere() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    let page = browser
        .get("/language?lang=es&next=https://evil.example/")
        .await;
    assert_eq!(page.location(), Some("/"));
    let unknown = browser.get("/language?lang=xx&next=/").await;
    assert_eq!(unknown.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.cookies.get("lang").map(String::as_str), Some("es"));
}

#[tokio::test]
async fn error_pages_are_translated_too() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    browser.accept_language = Some("es");
    let page = browser.get("/no-such-page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text().contains("No se encontró la página"));
}

#[tokio::test]
async fn arabic_pages_run_right_to_left_and_every_language_is_named_in_itself() {
    let app = TestApp::empty().await;
    let mut browser = app.browser();
    browser.accept_language = Some("ar-EG,ar;q=0.9");
    let arabic = browser.get("/").await;
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    browser.accept_language = Some("zh-CN");
    let chinese = browser.get("/").await;
    assert!(chinese.body.contains("<html lang=\"zh-Hans\" dir=\"ltr\""));
    // The menu lists all eight, each marked with its language, as links that work without
    // JavaScript and come back to this page.
    for (tag, name) in [
        ("en", "English"),
        ("es", "Español"),
        ("zh-Hans", "简体中文"),
        ("vi", "Tiếng Việt"),
        ("ko", "한국어"),
        ("tl", "Tagalog"),
        ("ru", "Русский"),
        ("ar", "العربية"),
    ] {
        let link = format!("href=\"/language?lang={tag}&amp;next=/\" lang=\"{tag}\"");
        assert!(chinese.body.contains(&link), "{link}");
        assert!(chinese.text().contains(name), "{name}");
    }
}

#[tokio::test]
async fn the_account_keeps_its_language_for_its_emails_and_its_pages() {
    let app = TestApp::with_sample_people().await;
    let mut browser = app.browser();
    browser.accept_language = Some("en-US");
    browser.sign_in("maria.santos@example.org", PASSWORD).await;
    let account_page = browser.get("/account").await;
    assert!(account_page.body.contains("value=\"en\" checked"));
    let chosen = browser
        .post(
            "/account/language",
            &[
                ("language", "vi"),
                ("csrf_token", &account_page.csrf_token()),
            ],
        )
        .await;
    assert_eq!(chosen.location(), Some("/account?notice=language-saved"));
    assert_eq!(browser.cookies.get("lang").map(String::as_str), Some("vi"));
    let maria = app.account("maria.santos@example.org").await;
    assert_eq!(maria.language, Some(myrecord_app::i18n::Locale::Vi));
    let saved = browser.get("/account?notice=language-saved").await;
    assert!(saved.body.contains("<html lang=\"vi\""));
    assert!(saved.body.contains("value=\"vi\" checked"));

    // A reset asked for from an English page is still written in Vietnamese.
    let mut elsewhere = app.browser();
    elsewhere.accept_language = Some("en-US");
    let token = elsewhere.get("/password-reset").await.csrf_token();
    elsewhere
        .post(
            "/password-reset",
            &[
                ("email", "maria.santos@example.org"),
                ("csrf_token", &token),
            ],
        )
        .await;
    let vietnamese = myrecord_app::i18n::I18n::new(myrecord_app::i18n::Locale::Vi);
    let first_line = vietnamese.t_args("email-reset-body", &[("link", "-".into())]);
    let first_line = first_line.lines().next().unwrap();
    app.email_to("maria.santos@example.org", first_line).await;

    // Signing in on another device brings the account's language with it.
    let mut new_device = app.browser();
    new_device.accept_language = Some("en-US");
    new_device
        .sign_in("maria.santos@example.org", PASSWORD)
        .await;
    assert_eq!(
        new_device.cookies.get("lang").map(String::as_str),
        Some("vi")
    );
    assert!(
        new_device
            .get("/record")
            .await
            .body
            .contains("<html lang=\"vi\"")
    );

    // A language the portal does not offer changes nothing.
    let token = browser.get("/account").await.csrf_token();
    browser
        .post(
            "/account/language",
            &[("language", "xx"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(
        app.account("maria.santos@example.org").await.language,
        Some(myrecord_app::i18n::Locale::Vi)
    );
}
