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
        "My Record follows Pennsylvania's Clean Slate law, as changed in 2020 and 2023.",
        "30 days after the court's decision",
        // Built from the pack in force: its clocks and its remedies, with what each means.
        "sealed 5 years after the conviction",
        "Expunged Expunged means the record is destroyed.",
        "you may answer as if this did not happen (18 Pa.C.S. § 9122.5)",
        "Restitution Money a court ordered to be paid to a victim.",
        // Labels are quoted from the pages they name, so they cannot drift apart.
        "Use \"Something wrong with this entry?\" under any entry",
        "on \"Who has viewed my record\"",
        "The agency must answer within 45 days",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(
        !text.contains("help-") && !text.contains("remedy-"),
        "no message id shows instead of its text"
    );

    visitor.get("/language?lang=es").await;
    let text = visitor.get("/help").await.text();
    for expected in [
        "Qué limpia la ley automáticamente",
        "se sella 5 años después de la condena",
        "Eliminado Eliminado significa que el registro se destruye.",
        "Use «¿Algo está mal en esta parte?» debajo",
        "La agencia debe responder en un plazo de 45 días",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
}

/// Another state's deployment: its law, its summary and its remedies, nothing of Pennsylvania.
#[tokio::test]
async fn help_explains_the_law_in_force_in_other_states() {
    for (pack, expected) in [
        (
            "ca-prop64",
            [
                "My Record follows California's Proposition 64",
                "Dismissed and sealed Dismissed and sealed means the conviction is cancelled",
                "Reduced Reduced means the conviction stays on your record",
            ],
        ),
        (
            "mi-cleanslate",
            [
                "My Record follows Michigan's Clean Slate law (automatic set-aside).",
                "set aside 10 years after the sentence, or after release from prison",
                "Set aside Set aside means the law treats the conviction as if it did not happen.",
            ],
        ),
    ] {
        let app = TestApp::with_settings(&[("MYRECORD_RULE_PACK", pack.to_owned())]).await;
        let mut visitor = app.browser();
        let start = visitor.get("/").await.text();
        assert!(start.contains("many old records are cleared"), "{start}");
        assert!(!start.contains("Pennsylvania"), "{start}");
        let text = visitor.get("/help").await.text();
        for phrase in expected {
            assert!(text.contains(phrase), "{phrase} in {text}");
        }
        assert!(!text.contains("Pennsylvania"), "{text}");
        assert!(
            !text.contains("help-") && !text.contains("remedy-"),
            "{text}"
        );
    }
}

const EXAMPLE_CONTACTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../contacts.example.toml");

#[tokio::test]
async fn people_find_a_phone_number_wherever_they_are_stuck() {
    let app =
        TestApp::with_sample_people_and(&[("MYRECORD_CONTACTS", EXAMPLE_CONTACTS.to_owned())])
            .await;
    let mut visitor = app.browser();
    let start = visitor.get("/").await;
    assert!(
        start.body.contains("href=\"/contact\""),
        "every footer links to the contact page"
    );
    // The start page, help and an error page give the office's number (a link that dials).
    for path in ["/", "/help", "/no-such-page"] {
        let page = visitor.get(path).await;
        assert!(
            page.text().contains("State Criminal Records Office (demo)"),
            "{path}"
        );
        assert!(page.body.contains("href=\"tel:5550100100\""), "{path}");
    }
    // The contact page: the office, and every legal aid organisation with its counties.
    let contact = visitor.get("/contact").await;
    assert_eq!(contact.status, StatusCode::OK);
    let text = contact.text();
    for expected in [
        "Monday to Friday, 8 a.m. to 4:30 p.m.",
        "Keystone Community Legal Services (demo)",
        "Serves Allegheny, Beaver, Washington, Westmoreland",
        "Serves The whole state",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    visitor.get("/language?lang=es").await;
    assert!(
        visitor
            .get("/contact")
            .await
            .text()
            .contains("Atiende Todo el estado")
    );

    // A person who has no letter, and one who just sent a report, see the number too.
    let mut maria = app.browser();
    maria
        .sign_in("maria.santos@example.org", crate::harness::PASSWORD)
        .await;
    let link = maria.get("/record/link").await;
    assert!(
        link.text()
            .contains("To get a letter with a new access code, call")
    );
    assert!(link.body.contains("href=\"tel:5550100100\""));
}

#[tokio::test]
async fn without_contacts_configured_the_contact_page_says_so() {
    let app = TestApp::empty().await;
    let mut visitor = app.browser();
    let contact = visitor.get("/contact").await;
    assert_eq!(contact.status, StatusCode::OK);
    assert!(
        contact
            .text()
            .contains("This portal has not been given the office's contact details yet")
    );
    assert!(!contact.body.contains("href=\"tel:"));
}
