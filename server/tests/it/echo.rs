//! Everything typed into a form comes back escaped. The forms are not listed by hand: each
//! role walks the pages it can reach (from every route of the authorization matrix, then every
//! link), and every form with a text box found on the way is posted with markup in each box —
//! with a forged token (the "form expired" page keeps what was typed), with the session's own
//! token, and from a browser that is not signed in.

use crate::harness::{Browser, Page, TestApp};
use crate::matrix::{ACTORS, Actor, World, signed_in, world};
use axum::http::StatusCode;
use scraper::{Html, Selector};
use std::collections::{BTreeSet, VecDeque};

/// Markup that would end a text box and start live markup if echoed raw.
const PAYLOAD: &str = "</textarea><b>x</b>&";
/// The same, escaped once (as text and as a double-quoted attribute alike).
const ESCAPED: &str = "&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;&amp;";
const LIVE_MARKUP: &str = "<b>x</b>";

/// A form found on a page: where it posts, how, and what it sends.
#[derive(Clone, Debug)]
struct FoundForm {
    found_on: String,
    action: String,
    multipart: bool,
    /// Fields sent as the page filled them (hidden values, the first choice of each list).
    fixed: Vec<(String, String)>,
    /// Boxes a person types into (text areas and text-like inputs), which get the markup.
    typed: Vec<String>,
    /// Whether any typed box is one whose value the page may show again (not a password).
    echoes: bool,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn forms_of(found_on: &str, html: &str) -> Vec<FoundForm> {
    let document = Html::parse_document(html);
    let mut forms = Vec::new();
    for form in document.select(&selector("form")) {
        let method = form.value().attr("method").unwrap_or("get");
        if !method.eq_ignore_ascii_case("post") {
            continue;
        }
        let action = form.value().attr("action").unwrap_or(found_on).to_owned();
        let multipart = form.value().attr("enctype") == Some("multipart/form-data");
        let mut fixed = Vec::new();
        let mut typed = Vec::new();
        let mut echoes = false;
        let mut chosen = BTreeSet::new();
        for field in form.select(&selector("input, textarea, select")) {
            let element = field.value();
            let Some(name) = element.attr("name") else {
                continue;
            };
            match (element.name(), element.attr("type").unwrap_or("text")) {
                ("textarea", _) => {
                    typed.push(name.to_owned());
                    echoes = true;
                }
                ("select", _) => {
                    if let Some(option) = field.select(&selector("option")).next() {
                        let value = option.value().attr("value").unwrap_or_default();
                        fixed.push((name.to_owned(), value.to_owned()));
                    }
                }
                ("input", "hidden") => fixed.push((
                    name.to_owned(),
                    element.attr("value").unwrap_or_default().to_owned(),
                )),
                ("input", "radio") if chosen.insert(name.to_owned()) => {
                    let value = element.attr("value").unwrap_or_default();
                    fixed.push((name.to_owned(), value.to_owned()));
                }
                ("input", "text" | "email" | "search" | "tel" | "url" | "number") => {
                    typed.push(name.to_owned());
                    echoes = true;
                }
                ("input", "password") => typed.push(name.to_owned()),
                _ => {}
            }
        }
        if !typed.is_empty() {
            forms.push(FoundForm {
                found_on: found_on.to_owned(),
                action,
                multipart,
                fixed,
                typed,
                echoes,
            });
        }
    }
    forms
}

fn links_of(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    document
        .select(&selector("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split('#').next().unwrap_or(href).to_owned())
        .collect()
}

/// Pages not worth walking into: downloads, pictures, the language switch (it only
/// redirects), and the stylesheet.
fn worth_walking(path: &str) -> bool {
    !(path.starts_with("/language")
        || path.starts_with("/assets/")
        || path.contains("/documents/")
        || path.ends_with(".svg"))
}

/// Every page of the matrix's routes a browser can open, then every link from them.
async fn walk(world: &World, browser: &mut Browser, seeds: &[String]) -> Vec<(String, Page)> {
    let mut queue: VecDeque<String> = seeds.iter().cloned().collect();
    let mut seen = BTreeSet::new();
    let mut pages = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || !worth_walking(&path) || seen.len() > 200 {
            continue;
        }
        let page = browser.get(&path).await;
        let _ = world;
        if page.status != StatusCode::OK {
            continue;
        }
        for link in links_of(&page.body) {
            queue.push_back(link);
        }
        pages.push((path, page));
    }
    pages
}

async fn post(browser: &mut Browser, form: &FoundForm, token: Option<&str>) -> Page {
    let own_token;
    let token = match token {
        Some(token) => token,
        None => {
            own_token = browser.get("/").await.csrf_token();
            &own_token
        }
    };
    let mut fields: Vec<(&str, &str)> = form
        .fixed
        .iter()
        .filter(|(name, _)| name != "csrf_token")
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    fields.extend(form.typed.iter().map(|name| (name.as_str(), PAYLOAD)));
    fields.push(("csrf_token", token));
    if form.multipart {
        browser
            .post_multipart(&form.action, &fields, Some(("document", "", b"")))
            .await
    } else {
        browser.post(&form.action, &fields).await
    }
}

/// The page a post leads to: itself, or where it redirects.
async fn landing(browser: &mut Browser, page: Page) -> Page {
    match page.location().map(str::to_owned) {
        Some(location) if page.status.is_redirection() && location.starts_with('/') => {
            browser.get(&location).await
        }
        _ => page,
    }
}

fn seeds(world: &World) -> Vec<String> {
    [
        "/",
        "/register",
        "/password-reset",
        "/record",
        "/record/link",
        "/record/sharing",
        "/account",
        "/account/two-step",
        "/clients",
        "/admin",
        "/disputes",
        "/review",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([
        format!("/disputes/drafts/{}/details", world.draft_a),
        format!("/disputes/drafts/{}/documents", world.draft_a),
        format!("/disputes/{}", world.dispute_a),
        format!("/review/{}", world.dispute_a),
    ])
    .collect()
}

#[tokio::test]
async fn every_form_gives_typed_markup_back_escaped() {
    let world = world().await;
    // Each signs in once: a two-step code is good for one sign-in only.
    let mut browsers = Vec::new();
    for actor in ACTORS {
        browsers.push((actor, signed_in(&world, actor).await));
    }
    // The reviewer asks Maria for more, so her dispute's page offers the reply form.
    let reviewer = &mut browsers
        .iter_mut()
        .find(|(actor, _)| *actor == Actor::Reviewer)
        .unwrap()
        .1;
    let case = reviewer.get(&format!("/review/{}", world.dispute_a)).await;
    let asked = reviewer
        .post(
            &format!("/review/{}/request-info", world.dispute_a),
            &[
                ("info_message", "Please send the court order."),
                ("csrf_token", &case.csrf_token()),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);

    let mut failures = Vec::new();
    let mut found: Vec<FoundForm> = Vec::new();
    let mut echoed = 0;
    for (actor, browser) in &mut browsers {
        let actor = *actor;
        for (path, page) in walk(&world, browser, &seeds(&world)).await {
            if page.body.contains(LIVE_MARKUP) {
                failures.push(format!("{actor:?}: {path} shows live markup"));
            }
            for form in forms_of(&path, &page.body) {
                // A forged token: the form comes back, everything typed kept — escaped.
                let refused = post(browser, &form, Some("forged")).await;
                if refused.body.contains(LIVE_MARKUP) {
                    failures.push(format!("{actor:?}: {} (forged) echoes raw", form.action));
                }
                if refused.status == StatusCode::UNPROCESSABLE_ENTITY && form.echoes {
                    if refused.body.contains(ESCAPED) {
                        echoed += 1;
                    } else {
                        failures.push(format!(
                            "{actor:?}: {} (forged) dropped what was typed",
                            form.action
                        ));
                    }
                }
                // The session's own token: refused for its content, or stored and shown.
                let answered = post(browser, &form, None).await;
                let shown = landing(browser, answered).await;
                if shown.body.contains(LIVE_MARKUP) {
                    failures.push(format!("{actor:?}: {} shows live markup", form.action));
                }
                found.push(form);
            }
        }
    }
    // Signed out (or the session timed out while typing): the same forms, the same care.
    let app: &TestApp = &world.app;
    for form in &found {
        let mut stranger = app.browser();
        let page = post(&mut stranger, form, None).await;
        if page.body.contains(LIVE_MARKUP) {
            failures.push(format!(
                "signed out: {} (from {}) echoes raw",
                form.action, form.found_on
            ));
        }
        if page.status == StatusCode::UNPROCESSABLE_ENTITY && form.echoes {
            echoed += usize::from(page.body.contains(ESCAPED));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The walk really found the forms that take text: a person's dispute details and reply,
    // the reviewer's three, sharing, linking, two-step, sign-in, registration and reset.
    let actions: BTreeSet<&str> = found.iter().map(|f| f.action.as_str()).collect();
    for needed in [
        format!("/disputes/drafts/{}/details", world.draft_a),
        format!("/disputes/{}/reply", world.dispute_a),
        format!("/review/{}/request-info", world.dispute_a),
        format!("/review/{}/decline", world.dispute_a),
        format!("/review/{}/correct", world.dispute_a),
    ] {
        assert!(actions.contains(needed.as_str()), "not found: {needed}");
    }
    assert!(echoed >= 10, "only {echoed} forms echoed what was typed");
}
