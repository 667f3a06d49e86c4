//! English and Spanish on every page; the choice is remembered in a cookie.

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
