//! The authorization matrix: every route, tried by every role and against another person's
//! data, is allowed exactly where the policy says; everything else looks like "not found"
//! (never "forbidden"), and an attempt on someone else's record is written to the audit log.
//!
//! The expected answers are written out here by hand, from the design brief's table of roles,
//! not computed from the policy module they check.

use crate::harness::{Browser, PASSWORD, Page, TestApp};
use axum::http::StatusCode;
use myrecord_server::disputes::DisputeKind;
use myrecord_server::store::accounts::Role;
use myrecord_server::store::disputes::NewDocument;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Actor {
    Anonymous,
    /// Maria: her own record is A.
    PersonA,
    /// Darnell: record B; he is "another person" to everything about A.
    PersonB,
    /// Signed up, nothing linked yet.
    Unlinked,
    /// Legal aid worker whom Maria (A) gave access.
    LegalAidWithConsent,
    /// Legal aid worker nobody gave access.
    LegalAidWithout,
    Reviewer,
    Admin,
}

use Actor::*;

const ACTORS: [Actor; 8] = [
    Anonymous,
    PersonA,
    PersonB,
    Unlinked,
    LegalAidWithConsent,
    LegalAidWithout,
    Reviewer,
    Admin,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// The page or action was served.
    Allowed,
    /// Sent to the start page to sign in.
    SignIn,
    /// Sent to "My record", which explains how to link a record.
    LinkFirst,
    /// 404, exactly like a page that does not exist.
    NotFound,
}

use Outcome::*;

fn classify(page: &Page) -> Outcome {
    match (page.status, page.location()) {
        (StatusCode::NOT_FOUND, _) => NotFound,
        (StatusCode::FORBIDDEN, _) => panic!("a refusal must never say 403"),
        (StatusCode::SEE_OTHER, Some("/?notice=sign-in")) => SignIn,
        (StatusCode::SEE_OTHER, Some("/record")) => LinkFirst,
        (status, _) if status.is_success() || status.is_redirection() => Allowed,
        // A form that reached its handler and was turned back for its content.
        (StatusCode::UNPROCESSABLE_ENTITY, _) => Allowed,
        (status, location) => panic!("unexpected answer {status} {location:?}"),
    }
}

/// What each actor gets on each route, by the design brief's table.
fn expected(route: &str, actor: Actor) -> Outcome {
    let person = matches!(actor, PersonA | PersonB | Unlinked);
    let linked = matches!(actor, PersonA | PersonB);
    if actor == Anonymous {
        return SignIn;
    }
    match route {
        // A person's own record (or the page that explains linking); staff have none.
        "GET /record" | "GET /record/link" | "POST /record/link" => {
            if person {
                Allowed
            } else {
                NotFound
            }
        }
        "GET /record/sharing" | "GET /record/views" => match actor {
            _ if linked => Allowed,
            Unlinked => LinkFirst,
            _ => NotFound,
        },
        "GET /account" | "GET /account/two-step" => Allowed,
        "GET /clients" => {
            if matches!(actor, LegalAidWithConsent | LegalAidWithout) {
                Allowed
            } else {
                NotFound
            }
        }
        // Only the worker Maria chose; not Maria herself through this door, nor anyone else.
        "GET /clients/{A}" => {
            if actor == LegalAidWithConsent {
                Allowed
            } else {
                NotFound
            }
        }
        "GET /clients/{B}" | "GET /clients/{nobody}" => NotFound,
        "GET /admin" | "POST /admin/access-codes" => {
            if actor == Admin {
                Allowed
            } else {
                NotFound
            }
        }
        // Only Maria can take back the consent she gave.
        "POST /record/sharing/{A's grant}/revoke" => match actor {
            PersonA => Allowed,
            Unlinked => LinkFirst,
            _ => NotFound,
        },
        // A person's own disputes; a legal aid worker's for their clients.
        "GET /disputes" => match actor {
            PersonA | PersonB | Unlinked | LegalAidWithConsent | LegalAidWithout => Allowed,
            _ => NotFound,
        },
        // Reporting a mistake in Maria's record: Maria, or the worker she chose.
        "GET /disputes/new?charge={A's charge}" | "GET /disputes/drafts/{A's draft}/check" => {
            match actor {
                PersonA => Allowed,
                LegalAidWithConsent if route.contains("new") => Allowed,
                _ => NotFound,
            }
        }
        // Maria's dispute: Maria, her worker, and reviewers (it is their case).
        "GET /disputes/{A's dispute}" | "GET /disputes/{A's dispute}/documents/{A's document}" => {
            match actor {
                PersonA | LegalAidWithConsent | Reviewer => Allowed,
                _ => NotFound,
            }
        }
        "GET /review" => {
            if actor == Reviewer {
                Allowed
            } else {
                NotFound
            }
        }
        "GET /review/{A's dispute}"
        | "GET /review/{A's dispute}/record"
        | "POST /review/{A's dispute}/request-info" => {
            if actor == Reviewer {
                Allowed
            } else {
                NotFound
            }
        }
        other => panic!("no expectation for {other}"),
    }
}

/// Routes whose refusal is an attempt on someone else's data, which must be audited.
fn is_about_someone(route: &str) -> bool {
    route.contains("/clients/{") || route.contains("{A's")
}

struct World {
    app: TestApp,
    person_a: i64,
    person_b: i64,
    grant_a: i64,
    charge_a: i64,
    draft_a: String,
    dispute_a: String,
    document_a: i64,
}

async fn world() -> World {
    let app = TestApp::with_sample_people().await;
    app.staff(Role::LegalAid, "lena@legalaid.example.org", "Lena Ortiz")
        .await;
    app.staff(Role::LegalAid, "otto@legalaid.example.org", "Otto Brandt")
        .await;
    app.staff(Role::Reviewer, "sam@records.example.gov", "Sam Whitaker")
        .await;
    app.staff(Role::Admin, "alex@records.example.gov", "Alex Morgan")
        .await;
    let maria = app.account("maria.santos@example.org").await;
    let person_a = maria.person_id.unwrap();
    let person_b = app
        .account("darnell.brooks@example.org")
        .await
        .person_id
        .unwrap();
    app.store
        .grant_access(&maria, person_a, "lena@legalaid.example.org", "2099-12-31")
        .await
        .unwrap();
    let grant_a = app.count("select max(id) from legal_aid_grant").await;
    // Maria has a dispute (with a document) and a draft she has not sent.
    let charge_a = app
        .count(&format!(
            "select min(ch.id) from charge ch join arrest_cycle c on c.id = ch.cycle_id \
             where c.person_id = {person_a}"
        ))
        .await;
    let store = &app.store;
    for draft in ["matrix-draft-sent", "matrix-draft-open"] {
        store
            .create_draft(
                &maria,
                person_a,
                Some(charge_a),
                DisputeKind::OutcomeWrong,
                draft,
            )
            .await
            .unwrap();
        store
            .update_draft_details(draft, "The outcome is wrong.", None)
            .await
            .unwrap();
    }
    store
        .add_draft_document(
            "matrix-draft-sent",
            NewDocument {
                file_name: "order.pdf",
                content_type: "application/pdf",
                content: b"%PDF-1.4 matrix",
            },
        )
        .await
        .unwrap();
    let draft = store.draft("matrix-draft-sent").await.unwrap().unwrap();
    let submitted = store
        .submit_draft(&draft, &maria, "en", "2099-01-01", |_| Vec::new())
        .await
        .unwrap();
    let document_a = app
        .count("select max(id) from dispute_document where dispute_id is not null")
        .await;
    World {
        app,
        person_a,
        person_b,
        grant_a,
        charge_a,
        draft_a: "matrix-draft-open".to_owned(),
        dispute_a: submitted.reference,
        document_a,
    }
}

async fn signed_in(world: &World, actor: Actor) -> Browser {
    let mut browser = world.app.browser();
    let signed = match actor {
        Anonymous => {
            browser.get("/").await;
            return browser;
        }
        PersonA => browser.sign_in("maria.santos@example.org", PASSWORD).await,
        PersonB => {
            browser
                .sign_in("darnell.brooks@example.org", PASSWORD)
                .await
        }
        Unlinked => {
            let token = browser.get("/register").await.csrf_token();
            browser
                .post(
                    "/register",
                    &[
                        ("email", "new.person@example.org"),
                        ("password", PASSWORD),
                        ("password_confirm", PASSWORD),
                        ("csrf_token", &token),
                    ],
                )
                .await
        }
        LegalAidWithConsent => browser.sign_in_staff("lena@legalaid.example.org").await,
        LegalAidWithout => browser.sign_in_staff("otto@legalaid.example.org").await,
        Reviewer => browser.sign_in_staff("sam@records.example.gov").await,
        Admin => browser.sign_in_staff("alex@records.example.gov").await,
    };
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{actor:?} signs in");
    browser
}

async fn request(world: &World, browser: &mut Browser, route: &str) -> Page {
    let (method, pattern) = route.split_once(' ').unwrap();
    let path = pattern
        .replace("{A}", &world.person_a.to_string())
        .replace("{B}", &world.person_b.to_string())
        .replace("{nobody}", "987654321")
        .replace("{A's grant}", &world.grant_a.to_string())
        .replace("{A's charge}", &world.charge_a.to_string())
        .replace("{A's draft}", &world.draft_a)
        .replace("{A's dispute}", &world.dispute_a)
        .replace("{A's document}", &world.document_a.to_string());
    if method == "GET" {
        return browser.get(&path).await;
    }
    // Forms are posted as a browser would: with the session's own token, so only the policy
    // (not the anti-forgery check) decides.
    let token = browser.get("/").await.csrf_token();
    let fields: Vec<(&str, &str)> = match pattern {
        "/admin/access-codes" => vec![("sid", "PA2000002")],
        "/record/link" => vec![
            ("code", "ACDE-FGHJ-KMNP"),
            ("dob_day", "1"),
            ("dob_month", "1"),
            ("dob_year", "1980"),
        ],
        "/review/{A's dispute}/request-info" => {
            vec![("info_message", "Please send the court order.")]
        }
        _ => vec![],
    };
    let mut form = fields;
    form.push(("csrf_token", &token));
    browser.post(&path, &form).await
}

#[tokio::test]
async fn every_role_reaches_exactly_what_the_policy_allows() {
    let world = world().await;
    // The revoke comes last: when Maria is allowed it, it changes what the others could see.
    // ("8 actors x 24 routes".)
    let routes = [
        "GET /record",
        "GET /record/link",
        "POST /record/link",
        "GET /record/sharing",
        "GET /record/views",
        "GET /account",
        "GET /account/two-step",
        "GET /clients",
        "GET /clients/{A}",
        "GET /clients/{B}",
        "GET /clients/{nobody}",
        "GET /admin",
        "POST /admin/access-codes",
        "GET /disputes",
        "GET /disputes/new?charge={A's charge}",
        "GET /disputes/drafts/{A's draft}/check",
        // Asking Maria for more first, so her dispute's page then offers a reply form (to
        // whom the policy allows).
        "POST /review/{A's dispute}/request-info",
        "GET /disputes/{A's dispute}",
        "GET /disputes/{A's dispute}/documents/{A's document}",
        "GET /review",
        "GET /review/{A's dispute}",
        "GET /review/{A's dispute}/record",
        "POST /record/sharing/{A's grant}/revoke",
    ];
    let mut browsers = Vec::new();
    for actor in ACTORS {
        browsers.push((actor, signed_in(&world, actor).await));
    }
    let mut failures = Vec::new();
    for route in routes {
        // Maria last, so a successful revoke does not change the others' answers.
        for (actor, browser) in browsers.iter_mut().rev() {
            let denied_before = world
                .app
                .count("select count(*) from audit_event where action = 'access_denied'")
                .await;
            let page = request(&world, browser, route).await;
            let got = classify(&page);
            let want = expected(route, *actor);
            if got != want {
                failures.push(format!("{route} as {actor:?}: got {got:?}, want {want:?}"));
            }
            let denied_after = world
                .app
                .count("select count(*) from audit_event where action = 'access_denied'")
                .await;
            if got == NotFound && is_about_someone(route) && denied_after != denied_before + 1 {
                failures.push(format!("{route} as {actor:?}: refusal not audited"));
            }
            if got == Allowed && denied_after != denied_before {
                failures.push(format!(
                    "{route} as {actor:?}: allowed, yet a refusal was audited"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn the_matrix_is_the_same_on_every_refusal_path() {
    // A made-up id and another person's real id get the same answer, byte for byte apart
    // from the anti-forgery token, so a refusal reveals nothing about what exists.
    let world = world().await;
    let mut otto = signed_in(&world, LegalAidWithout).await;
    let real = request(&world, &mut otto, "GET /clients/{A}").await;
    let made_up = request(&world, &mut otto, "GET /clients/{nobody}").await;
    assert_eq!(real.status, StatusCode::NOT_FOUND);
    assert_eq!(real.text(), made_up.text());
}
