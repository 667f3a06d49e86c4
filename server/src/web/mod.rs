//! The HTTP side: the router every page and probe hangs off, and its shared state.

pub mod auth;
pub mod context;
pub mod csrf;
pub mod error;
pub mod health;
pub mod locale;
pub mod record;
pub mod security;

use crate::config::Config;
use crate::store::Store;
use crate::store::sessions::DbSessionStore;
use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use std::sync::Arc;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    pub metrics: Arc<health::Metrics>,
}

impl AppState {
    pub fn new(store: Store, config: Config) -> Self {
        AppState {
            store,
            config: Arc::new(config),
            metrics: Arc::default(),
        }
    }
}

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "myrecord_session";

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
    Router::new()
        .route("/", get(auth::start))
        .route("/sign-in", post(auth::sign_in))
        .route("/sign-out", post(auth::sign_out))
        .route("/register", get(auth::register_form).post(auth::register))
        .route("/record", get(record::my_record))
        .route("/language", get(locale::switch))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(health::metrics))
        .route("/assets/site.css", get(security::stylesheet))
        .fallback(|| async { error::ErrorPage::NOT_FOUND.into_response() })
        .layer(sessions)
        .layer(from_fn_with_state(state.clone(), security::finish_response))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
