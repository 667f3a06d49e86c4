//! Errors in handlers become a plain-language page; the cause goes to the log, never the page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A page that only says one thing, rendered in the visitor's language by
/// [`super::security::finish_response`], which knows the request's locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorPage {
    pub status: StatusCode,
    pub heading: &'static str,
    pub body: &'static str,
}

impl ErrorPage {
    pub const NOT_FOUND: ErrorPage = ErrorPage {
        status: StatusCode::NOT_FOUND,
        heading: "error-not-found-heading",
        body: "error-not-found-body",
    };
    pub const SERVER_ERROR: ErrorPage = ErrorPage {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        heading: "error-server-heading",
        body: "error-server-body",
    };
    pub const FORM_EXPIRED: ErrorPage = ErrorPage {
        status: StatusCode::FORBIDDEN,
        heading: "error-form-expired-heading",
        body: "error-form-expired-body",
    };
    pub const BAD_REQUEST: ErrorPage = ErrorPage {
        status: StatusCode::BAD_REQUEST,
        heading: "error-bad-request-heading",
        body: "error-bad-request-body",
    };
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Anything that went wrong inside a handler that the person cannot fix.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("session: {0}")]
    Session(#[from] tower_sessions::session::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        // Only the error's own text is logged: it names tables and causes, not people.
        tracing::error!(error = %self, "request failed");
        ErrorPage::SERVER_ERROR.into_response()
    }
}
