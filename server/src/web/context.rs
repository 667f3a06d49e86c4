//! What every page handler needs about the request: language, session, who is signed in, and
//! the anti-forgery token for its forms.

use super::error::WebError;
use super::{AppState, csrf, locale};
use crate::store::accounts::Account;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use myrecord_app::i18n::I18n;
use myrecord_app::model::Viewer;
use tower_sessions::Session;

/// Session key holding the signed-in account's id.
pub const ACCOUNT_KEY: &str = "account_id";

pub struct PageContext {
    pub i18n: I18n,
    pub session: Session,
    pub account: Option<Account>,
    pub csrf_token: String,
    pub path: String,
}

impl PageContext {
    /// The layout's view of this request.
    pub fn viewer(&self) -> Viewer {
        Viewer {
            signed_in: self.account.is_some(),
            csrf_token: self.csrf_token.clone(),
            current_path: self.path.clone(),
        }
    }

    /// Whether a posted form carries this session's token.
    pub async fn form_is_genuine(&self, submitted: &str) -> Result<bool, WebError> {
        Ok(csrf::verify(&self.session, submitted).await?)
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let i18n = I18n::new(locale::from_headers(&parts.headers));
        let session =
            Session::from_request_parts(parts, state)
                .await
                .map_err(|(status, message)| {
                    tracing::error!(%status, message, "session layer missing");
                    WebError::Internal(anyhow::anyhow!("session layer missing")).into_response()
                })?;
        let load = async {
            let account = match session.get::<i64>(ACCOUNT_KEY).await? {
                Some(id) => state.store.account_by_id(id).await?,
                None => None,
            };
            let csrf_token = csrf::token(&session).await?;
            Ok::<_, WebError>((account, csrf_token))
        };
        let (account, csrf_token) = load.await.map_err(IntoResponse::into_response)?;
        Ok(PageContext {
            i18n,
            session,
            account,
            csrf_token,
            path: parts.uri.path().to_owned(),
        })
    }
}
