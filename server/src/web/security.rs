//! Headers every response carries (CSP, framing, caching) and the rendering of error pages in
//! the visitor's language.

use super::error::{ConnectionFailed, ErrorPage};
use super::locale;
use super::state::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use myrecord_app::i18n::I18n;
use myrecord_app::model::Viewer;
use myrecord_app::pages::message::MessageView;

/// No script at all, no inline style, nothing from elsewhere, never inside a frame.
/// `connect-src 'self'` gives nothing to an attacker here (only a script could connect, and no
/// script may run), but lets an audit running in the page, such as Lighthouse's, read
/// /robots.txt.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
     base-uri 'none'";

/// Who is reading an error page, noted by [`note_error_reader`] for [`finish_response`].
#[derive(Clone)]
struct ErrorReader {
    nav_role: myrecord_app::model::NavRole,
    csrf_token: String,
}

/// Inside the session layer: when the answer is an error page and someone is signed in, notes
/// their menu and form token, so that a mistyped address does not make the menu vanish.
/// The account is read only for error pages.
pub async fn note_error_reader(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let session = request
        .extensions()
        .get::<tower_sessions::Session>()
        .cloned();
    let mut response = next.run(request).await;
    if response.extensions().get::<ErrorPage>().is_none() {
        return response;
    }
    let Some(session) = session else {
        return response;
    };
    let account = match session.get::<i64>(super::context::ACCOUNT_KEY).await {
        Ok(Some(id)) => state.store.account_by_id(id).await.ok().flatten(),
        _ => None,
    };
    if let Some(account) = account
        && let Ok(csrf_token) = super::csrf::token(&session).await
    {
        response.extensions_mut().insert(ErrorReader {
            nav_role: super::context::nav_role(account.role),
            csrf_token,
        });
    }
    response
}

pub async fn finish_response(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let i18n = I18n::new(locale::from_headers(request.headers()));
    let is_asset = request.uri().path().starts_with("/assets/");
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    // The route's pattern, never the path itself (which may hold an id or a token).
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map_or_else(|| "(no route)".to_owned(), |m| m.as_str().to_owned());
    let started = std::time::Instant::now();
    let mut response = next.run(request).await;
    if response.extensions().get::<ConnectionFailed>().is_some() {
        state.store.connection_failed();
    }
    // Layers answer some failures with a bare status (the request deadline; the session
    // layer when the database would not store a session): give them a page like any other.
    if response.extensions().get::<ErrorPage>().is_none() {
        match response.status() {
            StatusCode::REQUEST_TIMEOUT => {
                response.extensions_mut().insert(ErrorPage::TIMED_OUT);
            }
            StatusCode::INTERNAL_SERVER_ERROR => {
                response.extensions_mut().insert(ErrorPage::UNAVAILABLE);
            }
            _ => {}
        }
    }

    if let Some(page) = response.extensions().get::<ErrorPage>().copied() {
        let reader = response.extensions().get::<ErrorReader>().cloned();
        let viewer = Viewer {
            signed_in: reader.is_some(),
            nav_role: reader.as_ref().map(|r| r.nav_role),
            csrf_token: reader.map(|r| r.csrf_token).unwrap_or_default(),
            current_path: path,
            contacts: state.config.contacts.clone(),
            law_in_force: crate::packs::law_message_of(&state.config.rule_pack),
        };
        let message = MessageView {
            heading: page.heading,
            body: page.body,
        };
        let html = myrecord_app::render(i18n, viewer, message);
        let mut rendered = (page.status, Html(html)).into_response();
        std::mem::swap(rendered.headers_mut(), response.headers_mut());
        rendered.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        rendered.headers_mut().remove(header::CONTENT_LENGTH);
        response = rendered;
    }

    crate::telemetry::request(
        method.as_str(),
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        CONTENT_SECURITY_POLICY,
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(
        headers,
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    );
    if state.config.secure_cookies {
        set(
            headers,
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    // Pages may show a criminal record: no browser or proxy may keep a copy. Only the
    // stylesheet, which is the same for everyone, may be cached.
    if is_asset {
        set(headers, header::CACHE_CONTROL, "public, max-age=3600");
    } else {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    response
}
