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

const STYLESHEET: &str = include_str!("../../../style/site.css");

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        Body::from(STYLESHEET),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::STYLESHEET;

    /// Arabic pages mirror by `dir="rtl"` alone: spacing, borders and alignment are written
    /// with logical properties (`margin-inline-start`, `text-align: start`), never with left
    /// or right, which would stay put when the page turns around.
    #[test]
    fn the_stylesheet_says_start_and_end_not_left_and_right() {
        let physical: Vec<_> = STYLESHEET
            .lines()
            .filter(|line| !line.trim_start().starts_with("/*"))
            .filter(|line| line.contains("left") || line.contains("right"))
            .collect();
        assert!(physical.is_empty(), "{physical:#?}");
    }
}
