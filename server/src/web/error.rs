//! Errors in handlers become a plain-language page; the cause goes to the log, never the page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use myrecord_app::paths;

/// A page that only says one thing, rendered in the visitor's language by
/// [`super::security::finish_response`], which knows the request's locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorPage {
    pub status: StatusCode,
    pub heading: &'static str,
    pub body: &'static str,
}

impl ErrorPage {
    const fn new(status: StatusCode, heading: &'static str, body: &'static str) -> ErrorPage {
        ErrorPage {
            status,
            heading,
            body,
        }
    }

    pub const NOT_FOUND: ErrorPage = ErrorPage::new(
        StatusCode::NOT_FOUND,
        "error-not-found-heading",
        "error-not-found-body",
    );
    pub const SERVER_ERROR: ErrorPage = ErrorPage::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "error-server-heading",
        "error-server-body",
    );
    /// The database cannot be reached or written just now.
    pub const UNAVAILABLE: ErrorPage = ErrorPage::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "error-unavailable-heading",
        "error-unavailable-body",
    );
    pub const FORM_EXPIRED: ErrorPage = ErrorPage::new(
        StatusCode::FORBIDDEN,
        "error-form-expired-heading",
        "error-form-expired-body",
    );
    pub const TIMED_OUT: ErrorPage = ErrorPage::new(
        StatusCode::REQUEST_TIMEOUT,
        "error-timeout-heading",
        "error-timeout-body",
    );
    /// A form whose text is not UTF-8 (nothing of it was used).
    pub const UNREADABLE_TEXT: ErrorPage = ErrorPage::new(
        StatusCode::BAD_REQUEST,
        "error-unreadable-text-heading",
        "error-unreadable-text-body",
    );
    pub const BAD_REQUEST: ErrorPage = ErrorPage::new(
        StatusCode::BAD_REQUEST,
        "error-bad-request-heading",
        "error-bad-request-body",
    );
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Marks a response whose request failed on a broken database connection, so that the
/// response layer (which has the store) can have such connections replaced.
#[derive(Clone, Copy, Debug)]
pub struct ConnectionFailed;

/// Why the policy turned a request away, and so where the visitor goes instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not signed in: the start page, which asks them to sign in.
    SignIn,
    /// A staff account without two-step sign-in: its setup page.
    SetUpTwoStep,
    /// Not allowed: "page not found", exactly as for something that does not exist.
    NotFound,
    /// A person whose record is not linked yet: "My record", which explains how to link it.
    LinkFirst,
}

/// Anything that stops a handler: a refusal by the policy, or a failure the person cannot fix.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("refused: {0:?}")]
    Refused(Refusal),
    /// What was asked for is done already and lives at this address (a dispute already sent).
    #[error("see {0}")]
    SeeOther(String),
    /// A request the handler cannot read (a form without the fields it needs).
    #[error("bad request")]
    BadRequest,
    /// A form (with nothing typed to keep) posted with an old anti-forgery token.
    #[error("form expired")]
    FormExpired,
    /// A form whose text is not UTF-8.
    #[error("form text is not UTF-8")]
    UnreadableText,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("session: {0}")]
    Session(#[from] tower_sessions::session::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for WebError {
    fn from(err: sqlx::Error) -> Self {
        WebError::Store(err.into())
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Refused(Refusal::SignIn) => {
                Redirect::to(&paths::with_notice(paths::HOME, "sign-in")).into_response()
            }
            WebError::Refused(Refusal::SetUpTwoStep) => {
                Redirect::to(paths::TWO_STEP).into_response()
            }
            WebError::Refused(Refusal::NotFound) => ErrorPage::NOT_FOUND.into_response(),
            WebError::Refused(Refusal::LinkFirst) => Redirect::to(paths::RECORD).into_response(),
            WebError::SeeOther(path) => Redirect::to(&path).into_response(),
            WebError::BadRequest => ErrorPage::BAD_REQUEST.into_response(),
            WebError::FormExpired => ErrorPage::FORM_EXPIRED.into_response(),
            WebError::UnreadableText => ErrorPage::UNREADABLE_TEXT.into_response(),
            WebError::Store(err) if err.is_connection_failure() => {
                tracing::error!(error = %err, "the database failed");
                let mut response = ErrorPage::UNAVAILABLE.into_response();
                response.extensions_mut().insert(ConnectionFailed);
                response
            }
            failure => {
                // Only the error's own text is logged: it names tables and causes, not people.
                tracing::error!(error = %failure, "request failed");
                ErrorPage::SERVER_ERROR.into_response()
            }
        }
    }
}
