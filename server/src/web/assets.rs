//! The stylesheet, compiled into the binary so the server needs no files beside it.

use super::state::AppState;
use axum::Router;
use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new().route(paths::STYLESHEET, get(stylesheet))
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        Body::from(include_str!("../../../style/site.css")),
    )
        .into_response()
}
