//! The authorization matrix: every route, tried by every role and against another person's
//! data, is allowed exactly where the policy says; everything else looks like "not found"
//! (never "forbidden"), and an attempt on someone else's record is written to the audit log.
//!
//! The expected answers are written out here by hand, from the design brief's table of roles,
//! not computed from the policy module they check.

use crate::harness::{Browser, PASSWORD, Page, TestApp};
use axum::http::StatusCode;
use myrecord_server::disputes::DisputeKind;
use myrecord_server::domain::Role;
use myrecord_server::store::documents::{DocumentSource, NewDocument};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Actor {
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

pub(crate) const ACTORS: [Actor; 8] = [
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
    /// Someone else's entry slipped into a form's hidden field: the form comes back with
    /// "this entry is not on the record you can report on" (and the attempt is audited).
    RefusedEntry,
    /// Signed out while writing a dispute: the text just posted comes back (nothing stored
    /// is shown) with the advice to sign in again, so typing is never lost.
    SignInKeepingText,
}

use Outcome::*;

fn classify(page: &Page) -> Outcome {
    match (page.status, page.location()) {
        (StatusCode::NOT_FOUND, _) => NotFound,
        (StatusCode::FORBIDDEN, _) => panic!("a refusal must never say 403"),
        (StatusCode::SEE_OTHER, Some("/?notice=sign-in")) => SignIn,
        (StatusCode::SEE_OTHER, Some("/record")) => LinkFirst,
        (status, _) if status.is_success() || status.is_redirection() => Allowed,
        (StatusCode::UNPROCESSABLE_ENTITY, _)
            if page
                .text()
                .contains("You were signed out because you were inactive") =>
        {
            SignInKeepingText
        }
        (StatusCode::UNPROCESSABLE_ENTITY, _)
            if page
                .text()
                .contains("This entry is not on the record you can report on") =>
        {
            RefusedEntry
        }
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
        return if route == "POST /disputes/drafts/{A's draft}/details" {
            SignInKeepingText
        } else {
            SignIn
        };
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
        "GET /record/sharing" | "POST /record/sharing" | "GET /record/views" => match actor {
            _ if linked => Allowed,
            Unlinked => LinkFirst,
            _ => NotFound,
        },
        // Everyone changes their own password and chooses their language; only people change
        // their email or close their account (staff accounts are the administrators' to
        // change).
        "GET /account/password" | "POST /account/password" | "POST /account/language" => Allowed,
        "GET /account/email"
        | "POST /account/email"
        | "GET /account/close"
        | "POST /account/close" => {
            if person {
                Allowed
            } else {
                NotFound
            }
        }
        "GET /account"
        | "GET /account/two-step"
        | "POST /account/two-step"
        | "POST /account/two-step/recovery-codes" => Allowed,
        // The picture of the secret being set up: only while setting up (the staff here have
        // finished); nobody's but one's own.
        "GET /account/two-step/qr.svg" => {
            if person {
                Allowed
            } else {
                NotFound
            }
        }
        // Only where two-step is optional and on: nobody in this matrix (people here have not
        // turned it on; staff must keep it).
        "POST /account/two-step/off" => NotFound,
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
        // Starting a report on Maria's entry: anyone else gets the form back, refused.
        "POST /disputes/new?charge={A's charge}" => match actor {
            PersonA | LegalAidWithConsent => Allowed,
            _ => RefusedEntry,
        },
        // A draft is its writer's alone: Maria's, not even her worker's.
        "GET /disputes/drafts/{A's draft}/kind"
        | "GET /disputes/drafts/{A's draft}/details"
        | "POST /disputes/drafts/{A's draft}/details"
        | "GET /disputes/drafts/{A's draft}/documents"
        | "POST /disputes/drafts/{A's draft}/documents"
        | "GET /disputes/drafts/{A's draft}/documents/{A's draft document}"
        | "POST /disputes/drafts/{A's draft}/documents/{A's draft document}/remove"
        | "POST /disputes/drafts/{A's draft}/submit" => {
            if actor == PersonA {
                Allowed
            } else {
                NotFound
            }
        }
        // Answering the reviewer: Maria or her worker, who speak for the record.
        "POST /disputes/{A's dispute}/reply" => match actor {
            PersonA | LegalAidWithConsent => Allowed,
            _ => NotFound,
        },
        // Maria's dispute: Maria, her worker, and reviewers (it is their case).
        "GET /disputes/{A's dispute}"
        | "GET /disputes/{A's dispute}/submitted"
        | "GET /disputes/{A's dispute}/documents/{A's document}" => match actor {
            PersonA | LegalAidWithConsent | Reviewer => Allowed,
            _ => NotFound,
        },
        // Sealed entries a run no longer clears: reviewers decide them, nobody else sees them.
        "GET /review" | "GET /review/sealed" | "POST /review/sealed/{flag}" => {
            if actor == Reviewer { Allowed } else { NotFound }
        }
        "GET /review/{A's dispute}"
        | "GET /review/{A's dispute}/record"
        | "POST /review/{A's dispute}/request-info"
        | "POST /review/{A's dispute}/start"
        | "POST /review/{A's dispute}/correct"
        | "POST /review/{A's dispute}/decline" => {
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

pub(crate) struct World {
    pub(crate) app: TestApp,
    flag: i64,
    person_a: i64,
    person_b: i64,
    grant_a: i64,
    charge_a: i64,
    pub(crate) draft_a: String,
    draft_document_a: i64,
    pub(crate) dispute_a: String,
    document_a: i64,
}

pub(crate) async fn world() -> World {
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
        .grant_access(
            &maria,
            person_a,
            "lena@legalaid.example.org",
            time::macros::date!(2099 - 12 - 31),
        )
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
                &app.state.config.storage_limits,
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
            &maria,
            NewDocument {
                file_name: "order.pdf",
                content_type: "application/pdf",
                source: DocumentSource::Bytes(b"%PDF-1.4 matrix"),
            },
            &app.state.config.storage_limits,
        )
        .await
        .unwrap();
    let draft = store.draft("matrix-draft-sent").await.unwrap().unwrap();
    let submitted = store
        .submit_draft(
            &draft,
            &maria,
            "en",
            time::macros::date!(2099 - 01 - 01),
            |_| Vec::new(),
        )
        .await
        .unwrap();
    let document_a = app
        .count("select max(id) from dispute_document where dispute_id is not null")
        .await;
    let draft_document_a = store
        .add_draft_document(
            "matrix-draft-open",
            &maria,
            NewDocument {
                file_name: "letter.pdf",
                content_type: "application/pdf",
                source: DocumentSource::Bytes(b"%PDF-1.4 open draft"),
            },
            &app.state.config.storage_limits,
        )
        .await
        .unwrap();
    // A sealed entry of Maria's that a run no longer clears, waiting for a reviewer.
    sqlx::query(
        "insert into unseal_flag (charge_id, flagged_run_id, flagged_at, status, reasons) \
         values ($1, 1, '2026-11-22T10:00:00Z', 'not_eligible', 'grade_not_covered')",
    )
    .bind(charge_a)
    .execute(app.store.pool())
    .await
    .unwrap();
    let flag = app.count("select max(id) from unseal_flag").await;
    World {
        app,
        flag,
        person_a,
        person_b,
        grant_a,
        charge_a,
        draft_a: "matrix-draft-open".to_owned(),
        draft_document_a,
        dispute_a: submitted.reference,
        document_a,
    }
}

pub(crate) async fn signed_in(world: &World, actor: Actor) -> Browser {
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
            return world.app.register("new.person@example.org").await;
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
    request_with_token(world, browser, route, None).await
}

/// [`request`], with a form token of the caller's choosing instead of the session's own.
async fn request_with_token(
    world: &World,
    browser: &mut Browser,
    route: &str,
    forged_token: Option<&str>,
) -> Page {
    let (method, pattern) = route.split_once(' ').unwrap();
    let path = pattern
        .replace("{A}", &world.person_a.to_string())
        .replace("{B}", &world.person_b.to_string())
        .replace("{nobody}", "987654321")
        .replace("{A's grant}", &world.grant_a.to_string())
        .replace("{A's charge}", &world.charge_a.to_string())
        .replace("{A's draft}", &world.draft_a)
        .replace("{A's draft document}", &world.draft_document_a.to_string())
        .replace("{A's dispute}", &world.dispute_a)
        .replace("{A's document}", &world.document_a.to_string())
        .replace("{flag}", &world.flag.to_string());
    if method == "GET" {
        return browser.get(&path).await;
    }
    // Forms are posted as a browser would: with the session's own token, so only the policy
    // (not the anti-forgery check) decides.
    let token = match forged_token {
        Some(token) => token.to_owned(),
        None => browser.get("/").await.csrf_token(),
    };
    let charge = world.charge_a.to_string();
    let fields: Vec<(&str, &str)> = match pattern {
        "/admin/access-codes" => vec![("sid", "PA2000002")],
        "/account/language" => vec![("language", "vi")],
        "/record/link" => vec![
            ("code", "ACDE-FGHJ-KMNP"),
            ("dob_day", "1"),
            ("dob_month", "1"),
            ("dob_year", "1980"),
        ],
        "/review/{A's dispute}/request-info" => {
            vec![("info_message", "Please send the court order.")]
        }
        "/disputes/new?charge={A's charge}" => vec![("kind", "not_me"), ("charge", &charge)],
        "/disputes/drafts/{A's draft}/details" => vec![("statement", "It was dismissed.")],
        "/register" => vec![
            ("email", "forged.person@example.org"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ],
        "/sign-in" => vec![
            ("email", "maria.santos@example.org"),
            ("password", PASSWORD),
        ],
        "/password-reset" => vec![("email", "maria.santos@example.org")],
        "/review/sealed/{flag}" => vec![("choice", "keep")],
        _ => vec![],
    };
    let mut form = fields;
    form.push(("csrf_token", &token));
    // Forms that carry a document are multipart, as the browser sends them.
    if path.ends_with("/documents") || path.ends_with("/reply") {
        form.push(("message", "The court order is attached."));
        let pdf: &[u8] = b"%PDF-1.4 matrix upload";
        return browser
            .post_multipart(&path, &form, Some(("document", "order.pdf", pdf)))
            .await;
    }
    browser.post(&path, &form).await
}

// In an order where each step leaves the next something to act on; the revoke comes
// last, since it changes what Maria's worker may see. Every route the router has that
// needs a signed-in account is here; the public ones (sign-in, register, reset, language,
// health, the stylesheet, public statistics) are not about anyone's data.
const ROUTES: [&str; 51] = [
    "GET /record",
    "GET /record/link",
    "POST /record/link",
    "GET /record/sharing",
    "POST /record/sharing",
    "GET /record/views",
    "GET /account",
    "GET /account/password",
    "POST /account/password",
    "GET /account/email",
    "POST /account/email",
    "GET /account/close",
    "POST /account/close",
    "GET /account/two-step",
    "GET /account/two-step/qr.svg",
    "POST /account/two-step",
    "POST /account/two-step/recovery-codes",
    "POST /account/two-step/off",
    "GET /clients",
    "GET /clients/{A}",
    "GET /clients/{B}",
    "GET /clients/{nobody}",
    "GET /admin",
    "POST /admin/access-codes",
    "GET /disputes",
    "GET /disputes/new?charge={A's charge}",
    "POST /disputes/new?charge={A's charge}",
    "GET /disputes/drafts/{A's draft}/kind",
    "GET /disputes/drafts/{A's draft}/details",
    "POST /disputes/drafts/{A's draft}/details",
    "GET /disputes/drafts/{A's draft}/documents",
    "POST /disputes/drafts/{A's draft}/documents",
    "GET /disputes/drafts/{A's draft}/documents/{A's draft document}",
    "POST /disputes/drafts/{A's draft}/documents/{A's draft document}/remove",
    "GET /disputes/drafts/{A's draft}/check",
    "POST /disputes/drafts/{A's draft}/submit",
    // Asking Maria for more first, so her dispute's page then offers a reply form (to
    // whom the policy allows).
    "POST /review/{A's dispute}/request-info",
    "GET /disputes/{A's dispute}",
    "GET /disputes/{A's dispute}/submitted",
    "GET /disputes/{A's dispute}/documents/{A's document}",
    "POST /disputes/{A's dispute}/reply",
    "GET /review",
    "GET /review/sealed",
    "POST /review/sealed/{flag}",
    "GET /review/{A's dispute}",
    "GET /review/{A's dispute}/record",
    "POST /review/{A's dispute}/start",
    "POST /review/{A's dispute}/correct",
    "POST /review/{A's dispute}/decline",
    "POST /record/sharing/{A's grant}/revoke",
    // Last: it turns the account's pages to Vietnamese, and answers above are read in English.
    "POST /account/language",
];

#[tokio::test]
async fn every_role_reaches_exactly_what_the_policy_allows() {
    let world = world().await;
    let routes = ROUTES;
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
            let refused = matches!(got, NotFound | RefusedEntry);
            if refused && is_about_someone(route) && denied_after != denied_before + 1 {
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

/// Counts that any state-changing form would move: accounts and their two-step set-up,
/// sessions, consents, codes, drafts and what is written in them, disputes and their steps,
/// corrections, emails and runs.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let queries = [
        "select count(*) from account",
        "select count(*) from account where totp_secret is not null",
        "select count(*) from account where language <> 'en'",
        "select count(*) from session",
        "select count(*) from recovery_code",
        "select count(*) from legal_aid_grant where revoked_at is null",
        "select count(*) from access_code",
        "select count(*) from password_reset",
        "select count(*) from dispute_draft",
        "select coalesce(sum(length(statement)), 0) from dispute_draft",
        "select count(*) from dispute_document",
        "select count(*) from dispute",
        "select count(*) from dispute_event",
        "select count(*) from charge_correction",
        "select count(*) from outbox_email",
        "select count(*) from clearance_run",
        "select count(*) from unseal_flag where decided_at is not null",
    ];
    let mut counts = Vec::new();
    for query in queries {
        counts.push(app.count(query).await);
    }
    counts
}

#[tokio::test]
async fn every_form_refuses_a_forged_token_and_changes_nothing() {
    let world = world().await;
    // Each signs in once: a two-step code is good for one sign-in only.
    let mut browsers = Vec::new();
    for actor in ACTORS {
        browsers.push((actor, signed_in(&world, actor).await));
    }
    // Darnell turns two-step on here, so that someone may turn it off.
    let darnell = world.app.account("darnell.brooks@example.org").await;
    world
        .app
        .store
        .enable_two_step(
            &darnell,
            &world
                .app
                .state
                .config
                .secret_key()
                .seal("JBSWY3DPEHPK3PXP", darnell.id),
            0,
            &[],
        )
        .await
        .unwrap();
    // The forms anyone may post, then every form that needs an account.
    let public_forms = ["POST /sign-in", "POST /register", "POST /password-reset"];
    let forms = ROUTES.iter().filter(|route| route.starts_with("POST "));
    let mut failures = Vec::new();
    for route in public_forms.iter().chain(forms) {
        // The one who may post it, so only the token stands in the way.
        let (actor, browser) = browsers
            .iter_mut()
            .find(|(actor, _)| {
                public_forms.contains(route) && *actor == Anonymous
                    || (*route == "POST /account/two-step/off" && *actor == PersonB)
                    || (!public_forms.contains(route) && expected(route, *actor) == Allowed)
            })
            .expect("someone may post each form");
        let actor = *actor;
        let before = fingerprint(&world.app).await;
        let page = request_with_token(&world, browser, route, Some("forged")).await;
        let refused = page.status == StatusCode::FORBIDDEN
            || (page.status == StatusCode::UNPROCESSABLE_ENTITY
                && page.text().contains("This form expired"));
        if !refused {
            failures.push(format!("{route} as {actor:?}: answered {}", page.status));
        }
        if fingerprint(&world.app).await != before {
            failures.push(format!("{route} as {actor:?}: a forged form changed data"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
