//! The help page: public, in both languages, about the law in force and this portal's settings.

use crate::harness::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn help_explains_the_law_the_words_and_the_deadline_in_both_languages() {
    let app = TestApp::with_settings(&[("MYRECORD_DISPUTE_DAYS", "45".to_owned())]).await;
    let mut visitor = app.browser();
    let start = visitor.get("/").await;
    assert!(
        start.body.contains("href=\"/help\""),
        "every footer links to help"
    );

    let page = visitor.get("/help").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    for expected in [
        "My Record follows Pennsylvania's Clean Slate law (Act 56 of 2018).",
        "30 days after the court's decision",
        "Restitution Money a court ordered to be paid to a victim.",
        // Labels are quoted from the pages they name, so they cannot drift apart.
        "Use \"Something wrong with this entry?\" under any entry",
        "on \"Who has viewed my record\"",
        "The agency must answer within 45 days",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(
        !text.contains("help-"),
        "no message id shows instead of its text"
    );

    visitor.get("/language?lang=es").await;
    let text = visitor.get("/help").await.text();
    for expected in [
        "Qué sella la ley automáticamente",
        "Use «¿Algo está mal en esta parte?» debajo",
        "La agencia debe responder en un plazo de 45 días",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
}
