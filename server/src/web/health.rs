//! Liveness, readiness and Prometheus metrics for operators.

use super::error::ErrorPage;
use super::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HEALTHZ, get(healthz))
        .route(paths::READYZ, get(readyz))
        .route(paths::METRICS, get(metrics))
}

pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database takes a write (one row, kept); answering a read is not enough.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.check_writable().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(err) => {
            tracing::warn!(error = %err, "database not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// `GET /metrics`: Prometheus text, only for a scraper that presents `MYRECORD_METRICS_TOKEN`
/// as a bearer token; anyone else (and everyone, when no token is set) gets "not found". An
/// operator may also (or instead) serve metrics on an address of their own
/// (`MYRECORD_METRICS_ADDR`, see [`metrics_only`]).
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let allowed = match (&state.config.metrics_token, presented) {
        (Some(token), Some(presented)) => {
            super::csrf::constant_time_eq(token.as_bytes(), presented.as_bytes())
        }
        _ => false,
    };
    if !allowed {
        return ErrorPage::NOT_FOUND.into_response();
    }
    prometheus_text(&state).await
}

async fn prometheus_text(state: &AppState) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        crate::telemetry::render(database_gauges(&state.store).await),
    )
        .into_response()
}

/// The database's side of the metrics, read now. A failed read leaves its gauges out (and is
/// logged) rather than failing the scrape.
async fn database_gauges(store: &crate::store::Store) -> crate::telemetry::DatabaseGauges {
    let pool = store.pool();
    let outbox = store
        .outbox_backlog()
        .await
        .inspect_err(|err| tracing::warn!(error = %err, "could not read the outbox for metrics"))
        .ok()
        .map(|b| (b.waiting, b.oldest_seconds));
    let latest_run = store
        .latest_review_of_everyone()
        .await
        .inspect_err(|err| tracing::warn!(error = %err, "could not read the latest run"))
        .ok()
        .flatten()
        .map(|r| (r.counts.cleared, r.counts.waiting, r.counts.not_eligible));
    crate::telemetry::DatabaseGauges {
        pool_size: pool.size(),
        pool_idle: pool.num_idle(),
        pool_max: pool.options().get_max_connections(),
        outbox,
        latest_run,
    }
}

/// The metrics alone, without a token: for `MYRECORD_METRICS_ADDR`, an address only the
/// operator's network reaches.
pub fn metrics_only(state: AppState) -> Router {
    Router::new()
        .route(
            paths::METRICS,
            get(|State(state): State<AppState>| async move { prometheus_text(&state).await }),
        )
        .with_state(state)
}
