//! The HTTP side: the router every page and probe hangs off, and its shared state.

pub mod account;
pub mod auth;
pub mod context;
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
pub mod statistics;
pub mod two_step;
pub mod uploads;

use crate::config::Config;
use crate::store::Store;
use crate::store::sessions::DbSessionStore;
use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath};
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Wakes the mail worker after a handler queued an email (see `crate::mail`).
    pub mail_wakeup: Arc<Notify>,
    /// The public statistics, counted at most once a minute.
    pub statistics: Arc<statistics::StatisticsCache>,
}

impl AppState {
    pub fn new(store: Store, config: Config) -> Self {
        crate::telemetry::install();
        AppState {
            store,
            config: Arc::new(config),
            mail_wakeup: Arc::default(),
            statistics: Arc::default(),
        }
    }
}

/// The log span of a request: its method and route pattern (`/clients/{person}`), never the
/// path itself, which may carry a person's id or a one-time token.
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(no route)", MatchedPath::as_str);
    tracing::info_span!("request", method = %request.method(), route)
}

/// The largest upload request: one document (10 MiB at most, checked with a clear message
/// at the field) plus the form around it. Anything larger is refused before it is read.
const UPLOAD_BODY_LIMIT: usize = crate::disputes::MAX_DOCUMENT_BYTES + 1024 * 1024;

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
    let request_timeout = Duration::from_secs(state.config.request_timeout_seconds);
    Router::new()
        .route("/", get(auth::start))
        .route("/sign-in", post(auth::sign_in))
        .route(
            "/sign-in/two-step",
            get(two_step::second_step_form).post(two_step::second_step),
        )
        .route("/sign-out", post(auth::sign_out))
        .route("/register", get(auth::register_form).post(auth::register))
        .route(
            "/register/confirm/{token}",
            get(auth::confirm_form).post(auth::confirm),
        )
        .route(
            "/password-reset",
            get(account::reset_form).post(account::request_reset),
        )
        .route(
            "/password-reset/{token}",
            get(account::new_password_form).post(account::set_new_password),
        )
        .route("/account", get(account::account))
        .route(
            "/account/two-step",
            get(two_step::settings).post(two_step::enable),
        )
        .route("/account/two-step/qr.svg", get(two_step::qr_code))
        .route(
            "/account/two-step/recovery-codes",
            post(two_step::replace_recovery_codes),
        )
        .route("/account/two-step/off", post(two_step::disable))
        .route("/record", get(record::my_record))
        .route("/record/link", get(sharing::link_form).post(sharing::link))
        .route(
            "/record/sharing",
            get(sharing::sharing).post(sharing::grant),
        )
        .route("/record/sharing/{grant}/revoke", post(sharing::revoke))
        .route("/record/views", get(sharing::views))
        .route("/clients", get(staff::clients))
        .route("/clients/{person}", get(staff::client_record))
        .route("/admin", get(staff::admin))
        .route("/admin/access-codes", post(staff::issue_access_code))
        .route("/disputes", get(disputes::list))
        .route(
            "/disputes/new",
            get(disputes::new_form).post(disputes::start),
        )
        .route("/disputes/drafts/{draft}/kind", get(disputes::kind_form))
        .route(
            "/disputes/drafts/{draft}/details",
            get(disputes::details_form).post(disputes::save_details),
        )
        .route(
            "/disputes/drafts/{draft}/documents",
            get(disputes::documents_form)
                .post(disputes::upload)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/disputes/drafts/{draft}/documents/{document}",
            get(disputes::draft_document),
        )
        .route(
            "/disputes/drafts/{draft}/documents/{document}/remove",
            post(disputes::remove_document),
        )
        .route("/disputes/drafts/{draft}/check", get(disputes::check))
        .route("/disputes/drafts/{draft}/submit", post(disputes::submit))
        .route("/disputes/{reference}", get(disputes::detail))
        .route(
            "/disputes/{reference}/submitted",
            get(disputes::confirmation),
        )
        .route(
            "/disputes/{reference}/reply",
            post(disputes::reply).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/disputes/{reference}/documents/{document}",
            get(disputes::document),
        )
        .route("/review", get(review::queue))
        .route("/review/{reference}", get(review::case))
        .route("/review/{reference}/record", get(review::case_record))
        .route("/review/{reference}/start", post(review::start_review))
        .route(
            "/review/{reference}/request-info",
            post(review::request_info),
        )
        .route("/review/{reference}/decline", post(review::decline))
        .route("/review/{reference}/correct", post(review::correct))
        .route("/language", get(locale::switch))
        .route("/statistics", get(statistics::statistics))
        .route("/help", get(help::help))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(health::metrics))
        .route("/assets/site.css", get(security::stylesheet))
        .fallback(|| async { error::ErrorPage::NOT_FOUND.into_response() })
        .layer(axum::middleware::from_fn(forms::refuse_unreadable_forms))
        .layer(sessions)
        // A request held open (a body trickling in, say) cannot keep a loaded session or a
        // connection forever: the whole request, its body included, has a deadline.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(from_fn_with_state(state.clone(), security::finish_response))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}
