//! What every page handler needs about the request: language, session, who is signed in, where
//! the request comes from, the anti-forgery token for its forms, and the policy's answer. The
//! `SignedIn` and `Staff` extractors refuse a request without the account they promise.

use super::error::{Refusal, WebError};
use super::state::AppState;
use super::{csrf, locale};
use crate::domain::Relation;
use crate::domain::{Account, Role};
use crate::policy::{self, Action, Decision};
use crate::store::audit::{AuditAction, AuditEntry};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use myrecord_app::Page;
use myrecord_app::i18n::I18n;
use myrecord_app::model::{NavRole, Viewer};
use std::net::{IpAddr, SocketAddr};
use tower_sessions::Session;

pub use crate::store::sessions::ACCOUNT_KEY;

pub struct PageContext {
    pub i18n: I18n,
    pub session: Session,
    pub account: Option<Account>,
    pub csrf_token: String,
    pub path: String,
    /// The visitor's network address, for throttling (never logged, stored only hashed).
    pub client_ip: Option<IpAddr>,
    /// Where to reach a human (the deployment's configuration), for the pages that say so.
    pub contacts: std::sync::Arc<myrecord_app::model::Contacts>,
    /// Fluent id naming the law in force.
    pub law_in_force: String,
}

impl PageContext {
    /// The layout's view of this request.
    pub fn viewer(&self) -> Viewer {
        Viewer {
            signed_in: self.account.is_some(),
            nav_role: self.account.as_ref().map(|a| nav_role(a.role)),
            csrf_token: self.csrf_token.clone(),
            current_path: self.path.clone(),
            contacts: self.contacts.clone(),
            law_in_force: self.law_in_force.clone(),
        }
    }

    /// `page` for this request, as a whole document.
    pub fn page(&self, page: impl Page) -> Response {
        Html(myrecord_app::render(self.i18n, self.viewer(), page)).into_response()
    }

    /// `page` again, answering a form that was turned back for what it holds (422).
    pub fn rejected(&self, page: impl Page) -> Response {
        (StatusCode::UNPROCESSABLE_ENTITY, self.page(page)).into_response()
    }

    /// Whether a posted form carries this session's token (for multipart forms, which the
    /// form extractors do not read).
    pub async fn form_is_genuine(&self, submitted: &str) -> Result<bool, WebError> {
        Ok(csrf::verify(&self.session, submitted).await?)
    }

    /// Asks the policy whether the signed-in account may do `action`, which concerns nobody's
    /// record in particular. Returns the account when it may.
    pub fn authorize(&self, action: Action) -> Result<&Account, WebError> {
        debug_assert!(!action.concerns_a_person(), "{action:?} needs a person");
        let Some(account) = self.account.as_ref() else {
            return Err(refusal(Decision::SignInFirst));
        };
        match policy::decide(Some(account), action, Relation::default()) {
            Decision::Allow => Ok(account),
            refused => Err(refusal(refused)),
        }
    }

    /// Asks the policy whether the signed-in account may do `action` about `person_id`'s
    /// record. A denial is written to the audit log (someone asked for data that is not
    /// theirs) and answered as "not found".
    pub async fn authorize_for_person(
        &self,
        state: &AppState,
        action: Action,
        person_id: i64,
    ) -> Result<&Account, WebError> {
        let Some(account) = self.account.as_ref() else {
            return Err(WebError::Refused(Refusal::SignIn));
        };
        let relation = state
            .store
            .relation(account, person_id, state.config.clock.today())
            .await?;
        match policy::decide(Some(account), action, relation) {
            Decision::Allow => Ok(account),
            Decision::Deny => Err(self
                .refuse_someone_else_s(state, format!("{action:?} of person {person_id}"))
                .await),
            refused => Err(refusal(refused)),
        }
    }

    /// Whether the signed-in account may do `action` about `person_id`, without refusing or
    /// recording anything: for deciding what a page offers (a reply form, say).
    pub async fn may(
        &self,
        state: &AppState,
        action: Action,
        person_id: i64,
    ) -> Result<bool, WebError> {
        let Some(account) = self.account.as_ref() else {
            return Ok(false);
        };
        let relation = state
            .store
            .relation(account, person_id, state.config.clock.today())
            .await?;
        Ok(policy::decide(Some(account), action, relation) == Decision::Allow)
    }

    /// Turns away a request for data that is not the signed-in account's to see, writing the
    /// attempt to the audit log. The answer is "not found", as for something that does not
    /// exist. `what` describes the attempt without personal data (ids, not names).
    pub async fn refuse_someone_else_s(&self, state: &AppState, what: String) -> WebError {
        let Some(account) = &self.account else {
            return WebError::Refused(Refusal::SignIn);
        };
        // Ids go in the detail, not the subject column: they may be made up, and the subject
        // column must name a real person.
        let entry = AuditEntry::by(account, AuditAction::AccessDenied, None)
            .with_detail(format!("{what} at {}", self.path));
        match state.store.audit(entry).await {
            Ok(()) => WebError::Refused(Refusal::NotFound),
            Err(err) => err.into(),
        }
    }
}

/// Session key: when the session last moved its idle deadline (Unix seconds).
const SEEN_AT: &str = "seen_at";

/// Slides the idle deadline of an active session. The deadline (and the cookie's age) only
/// move when a session is saved, and saving on every request would write the database every
/// time: so the session is touched, and saved, only once less than half the window remains.
async fn keep_alive(session: &Session, idle_minutes: i64) -> Result<(), WebError> {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let half_window = idle_minutes * 60 / 2;
    let seen = session.get::<i64>(SEEN_AT).await?;
    if seen.is_none_or(|seen| now - seen >= half_window) {
        session.insert(SEEN_AT, now).await?;
    }
    Ok(())
}

/// A request from a signed-in account; anyone else is sent to sign in.
pub struct SignedIn {
    pub ctx: PageContext,
    pub account: Account,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let ctx = PageContext::from_request_parts(parts, state).await?;
        let Some(account) = ctx.account.clone() else {
            return Err(WebError::Refused(Refusal::SignIn).into_response());
        };
        Ok(SignedIn { ctx, account })
    }
}

/// A request from a staff or legal aid account that has set up two-step sign-in. Such an
/// account without it is sent to set it up; a person's account is told "not found".
pub struct Staff {
    pub ctx: PageContext,
    pub account: Account,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let SignedIn { ctx, account } = SignedIn::from_request_parts(parts, state).await?;
        let refusal = if !policy::requires_two_step(account.role) {
            Some(Refusal::NotFound)
        } else if !account.two_step_enabled {
            Some(Refusal::SetUpTwoStep)
        } else {
            None
        };
        match refusal {
            Some(refusal) => Err(WebError::Refused(refusal).into_response()),
            None => Ok(Staff { ctx, account }),
        }
    }
}

fn refusal(decision: Decision) -> WebError {
    WebError::Refused(match decision {
        Decision::SignInFirst => Refusal::SignIn,
        Decision::SetUpTwoStepFirst => Refusal::SetUpTwoStep,
        Decision::Allow | Decision::Deny => Refusal::NotFound,
    })
}

/// The menu (and role name) the pages use for an account's role.
pub fn nav_role(role: Role) -> NavRole {
    match role {
        Role::Person => NavRole::Person,
        Role::LegalAid => NavRole::LegalAid,
        Role::Reviewer => NavRole::Reviewer,
        Role::Admin => NavRole::Admin,
    }
}

/// The client's address: the socket's peer, or, behind a trusted reverse proxy, the address
/// the proxy saw (the last entry of `X-Forwarded-For`, the one the proxy itself added).
fn client_ip(parts: &Parts, behind_proxy: bool) -> Option<IpAddr> {
    if behind_proxy
        && let Some(forwarded) = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .next_back()
            .and_then(|last| last.trim().parse().ok())
    {
        return Some(forwarded);
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
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
            keep_alive(&session, state.config.session_idle_minutes).await?;
            Ok::<_, WebError>((account, csrf_token))
        };
        let (account, csrf_token) = load.await.map_err(IntoResponse::into_response)?;
        Ok(PageContext {
            i18n,
            session,
            account,
            csrf_token,
            path: parts.uri.path().to_owned(),
            client_ip: client_ip(parts, state.config.behind_proxy),
            contacts: state.config.contacts.clone(),
            law_in_force: crate::packs::law_message_of(&state.config.rule_pack),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    fn parts(forwarded: Option<&str>, peer: Option<&str>) -> Parts {
        let mut builder = Request::builder().uri("/");
        if let Some(value) = forwarded {
            builder = builder.header("x-forwarded-for", value);
        }
        let (mut parts, ()) = builder.body(()).unwrap().into_parts();
        if let Some(peer) = peer {
            parts
                .extensions
                .insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        }
        parts
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_proxy() {
        let p = parts(Some("203.0.113.9, 198.51.100.7"), Some("10.0.0.2:5000"));
        assert_eq!(client_ip(&p, true), Some("198.51.100.7".parse().unwrap()));
        assert_eq!(client_ip(&p, false), Some("10.0.0.2".parse().unwrap()));
        let p = parts(Some("not an address"), Some("10.0.0.2:5000"));
        assert_eq!(client_ip(&p, true), Some("10.0.0.2".parse().unwrap()));
        assert_eq!(client_ip(&parts(None, None), false), None);
    }
}
