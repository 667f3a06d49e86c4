//! The HTTP side: one router made of each area's own, and the layers every request passes.
//!
//! Arrows run one way: an area (a page and its handlers) uses the shared pieces here — the
//! request context, access lookups, form extractors, views — which use the policy and the
//! store. No area uses another.

pub mod access;
pub mod account;
pub mod account_settings;
pub mod assets;
pub mod auth;
pub mod context;
pub mod correction;
pub mod csrf;
pub mod disputes;
pub mod error;
pub mod forms;
pub mod health;
pub mod help;
pub mod locale;
pub mod record;
pub mod review;
pub mod security;
pub mod session;
pub mod sharing;
pub mod staff;
pub mod state;
pub mod statistics;
pub mod two_step;
pub mod unseal;
pub mod uploads;
pub mod views;

pub use state::AppState;

use crate::store::sessions::DbSessionStore;
use axum::Router;
use axum::extract::MatchedPath;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use std::time::Duration;
use tower_http::compression::predicate::Predicate as _;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// The log span of a request: its method and route pattern (`/clients/{person}`), never the
/// path itself, which may carry a person's id or a one-time token.
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(no route)", MatchedPath::as_str);
    tracing::info_span!("request", method = %request.method(), route)
}

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "myrecord_session";

/// Every area's pages and the probes.
fn routes() -> Router<AppState> {
    Router::new()
        .merge(auth::router())
        .merge(two_step::router())
        .merge(account::router())
        .merge(account_settings::router())
        .merge(record::router())
        .merge(sharing::router())
        .merge(disputes::router())
        .merge(review::router())
        .merge(unseal::router())
        .merge(staff::router())
        .merge(help::router())
        .merge(statistics::router())
        .merge(locale::router())
        .merge(health::router())
        .merge(assets::router())
}

/// The whole web application; tests drive it in-process without a socket.
pub fn app(state: AppState) -> Router {
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.store.clone()))
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(
            state.config.session_idle_minutes,
        )));
    let request_timeout = Duration::from_secs(state.config.request_timeout_seconds);
    routes()
        .fallback(|| async { error::ErrorPage::NOT_FOUND.into_response() })
        .layer(from_fn_with_state(
            state.clone(),
            security::note_error_reader,
        ))
        .layer(sessions)
        // A request held open (a body trickling in, say) cannot keep a loaded session or a
        // connection forever: the whole request, its body included, has a deadline.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(from_fn_with_state(state.clone(), security::finish_response))
        // The stylesheet and the icon go compressed (gzip or brotli, as the browser accepts).
        // Pages do not: each carries the session's anti-forgery token beside what the visitor
        // typed, and a compressed page's length could leak the token (BREACH). Masking the
        // token per page fixes that, but made every page differ and slowed the SQL injection
        // scan past CI's budget; pages are small, so they stay uncompressed for now.
        .layer(
            tower_http::compression::CompressionLayer::new().compress_when(
                tower_http::compression::predicate::DefaultPredicate::new().and(
                    tower_http::compression::predicate::NotForContentType::new("text/html"),
                ),
            ),
        )
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}
