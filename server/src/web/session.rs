//! Starting a signed-in session, in one or two steps: who is half signed in while their
//! second step is due, the fresh session that a sign-in makes (bringing the account's
//! language), and where each account goes next. Shared by sign-in, account creation, the
//! two-step page and password resets.

use super::context::{ACCOUNT_KEY, PageContext};
use super::csrf;
use super::error::WebError;
use super::locale;
use super::state::AppState;
use crate::domain::{Account, Role};
use crate::store::audit::{AuditAction, AuditEntry};
use axum::response::{IntoResponse, Redirect, Response};
use myrecord_app::i18n::Locale;

/// Session keys: the account whose password was right but whose second step is still due,
/// and since when (Unix seconds).
const PENDING_ACCOUNT: &str = "two_step_account_id";
const PENDING_SINCE: &str = "two_step_since";
/// How long the second step may wait after the password.
const SECOND_STEP_SECONDS: i64 = 5 * 60;

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// After a right password: remember who is half signed in, on a fresh session id.
pub async fn begin_second_step(ctx: &PageContext, account: &Account) -> Result<(), WebError> {
    ctx.session.cycle_id().await?;
    ctx.session.insert(PENDING_ACCOUNT, account.id).await?;
    ctx.session.insert(PENDING_SINCE, now()).await?;
    Ok(())
}

/// The account waiting for its second step, if the wait has not run out.
pub async fn pending_account(
    state: &AppState,
    ctx: &PageContext,
) -> Result<Option<Account>, WebError> {
    let id = ctx.session.get::<i64>(PENDING_ACCOUNT).await?;
    let since = ctx.session.get::<i64>(PENDING_SINCE).await?;
    match (id, since) {
        (Some(id), Some(since)) if now() - since <= SECOND_STEP_SECONDS => {
            Ok(state.store.account_by_id(id).await?)
        }
        _ => Ok(None),
    }
}

pub async fn clear_pending(ctx: &PageContext) -> Result<(), WebError> {
    ctx.session.remove::<i64>(PENDING_ACCOUNT).await?;
    ctx.session.remove::<i64>(PENDING_SINCE).await?;
    Ok(())
}

/// A session just started. The answer is built from it, so that the account's language comes
/// along: its pages are in the language it chose from the first one, on any device.
#[must_use = "answer with `redirect_to`, which carries the account's language"]
pub struct SessionStarted {
    language: Locale,
    secure_cookies: bool,
}

impl SessionStarted {
    pub fn redirect_to(self, path: &str) -> Response {
        let mut response = Redirect::to(path).into_response();
        locale::remember(&mut response, self.language, self.secure_cookies);
        response
    }
}

/// Signs `account` in: a fresh session id (against session fixation), a fresh form token,
/// and an audit row. An account that has chosen a language brings it to this browser; one
/// that has not adopts the language it signed in with.
pub async fn start(
    state: &AppState,
    ctx: &PageContext,
    account: &Account,
) -> Result<SessionStarted, WebError> {
    ctx.session.cycle_id().await?;
    ctx.session.insert(ACCOUNT_KEY, account.id).await?;
    csrf::rotate(&ctx.session).await?;
    state
        .store
        .audit(AuditEntry::by(account, AuditAction::SignIn, None))
        .await?;
    let language = match account.language {
        Some(chosen) => chosen,
        None => {
            state.store.set_language(account, ctx.i18n.locale).await?;
            ctx.i18n.locale
        }
    };
    Ok(SessionStarted {
        language,
        secure_cookies: state.config.secure_cookies,
    })
}

/// Where an account goes after signing in: its main page, or for staff and legal aid who have
/// not set it up yet, two-step sign-in.
pub fn home_of(account: &Account) -> &'static str {
    if crate::policy::requires_two_step(account.role) && !account.two_step_enabled {
        return "/account/two-step";
    }
    match account.role {
        Role::Person => "/record",
        Role::LegalAid => "/clients",
        Role::Reviewer => "/review",
        Role::Admin => "/admin",
    }
}
