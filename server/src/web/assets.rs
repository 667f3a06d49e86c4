//! The stylesheet, the icon and robots.txt, compiled into the binary so the server needs no
//! files beside it.

use super::state::AppState;
use axum::Router;
use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::STYLESHEET, get(stylesheet))
        .route(paths::FAVICON, get(favicon))
        .route(paths::ROBOTS, get(robots))
}

async fn favicon() -> Response {
    (
        [(header::CONTENT_TYPE, "image/svg+xml")],
        Body::from(include_str!("../../../style/favicon.svg")),
    )
        .into_response()
}

/// Search engines may list the public pages (start, help, the numbers, contact) and nothing
/// else: every other page is about someone and needs signing in anyway.
const ROBOTS_TXT: &str = "User-agent: *\n\
                          Allow: /$\n\
                          Allow: /help$\n\
                          Allow: /statistics$\n\
                          Allow: /contact$\n\
                          Allow: /assets/\n\
                          Disallow: /\n";

async fn robots() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        ROBOTS_TXT,
    )
        .into_response()
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        Body::from(include_str!("../../../style/site.css")),
    )
        .into_response()
}
