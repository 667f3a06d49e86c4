//! The account page, and choosing a new password through a one-time link sent by email.

use super::context::{PageContext, nav_role};
use super::error::{ErrorPage, WebError};
use super::forms::{NoticeQuery, Posted, email_problem, password_message};
use super::state::AppState;
use crate::policy::Action;
use crate::throttle::{self, Key};
use crate::{mail, password, secrets};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use myrecord_app::model::Field;
use myrecord_app::pages::account::{
    AccountView, NewPasswordForm, NewPasswordView, ResetRequestForm,
};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::ACCOUNT, get(account))
        .route(paths::PASSWORD_RESET, get(reset_form).post(request_reset))
        .route(
            paths::PASSWORD_RESET_LINK,
            get(new_password_form).post(set_new_password),
        )
}

/// How long a reset link works.
const RESET_LINK_SECONDS: i64 = 60 * 60;

pub async fn account(
    ctx: PageContext,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?;
    let notice = match query.notice.as_str() {
        "two-step-off" => Some("notice-two-step-off"),
        "email-link-sent" => Some("notice-email-link-sent"),
        "email-changed" => Some("notice-email-changed"),
        "language-saved" => Some("account-language-saved"),
        _ => None,
    };
    let view = AccountView {
        email: account.email.clone(),
        role: nav_role(account.role),
        two_step_enabled: account.two_step_enabled,
        linked: account.person_id.is_some(),
        language: account.language.unwrap_or(ctx.i18n.locale),
        notice,
    };
    Ok(ctx.page(view))
}

#[derive(Deserialize)]
pub struct SentQuery {
    #[serde(default)]
    sent: Option<String>,
}

pub async fn reset_form(ctx: PageContext, Query(query): Query<SentQuery>) -> Response {
    let form = ResetRequestForm {
        sent: query.sent.is_some(),
        ..ResetRequestForm::default()
    };
    ctx.page(form)
}

#[derive(Deserialize)]
pub struct ResetInput {
    #[serde(default)]
    email: String,
}

/// `POST /password-reset`: sends a link if the account exists, and says the same either way.
pub async fn request_reset(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Posted<ResetInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let mut page = ResetRequestForm {
        email: Field::new(input.email.trim()),
        sent: false,
    };
    if !genuine {
        page.email.error = Some("error-form-expired-retry");
    } else {
        page.email.error = email_problem(&input.email);
    }
    let checks = [
        (throttle::RESET_PER_EMAIL, Key::Email(&input.email)),
        (throttle::RESET_PER_ADDRESS, Key::Address(ctx.client_ip)),
    ];
    // Every request counts (each may send an email), counted in the same step as the check.
    if page.email.error.is_none() {
        match throttle::take(&state.store, &checks).await? {
            Some(attempt) => attempt.failed(),
            None => page.email.error = Some("error-too-many-resets"),
        }
    }
    if page.email.error.is_some() {
        return Ok(ctx.rejected(page));
    }
    // Whether the account exists is looked up after the answer has gone, so the time the
    // answer takes is the same either way.
    let email = input.email.trim().to_owned();
    tokio::spawn(async move {
        if let Err(err) = send_reset_link(&state, &email).await {
            tracing::error!(error = %err, "could not answer a password reset request");
        }
    });
    Ok(Redirect::to(&format!("{}?sent=1", paths::PASSWORD_RESET)).into_response())
}

/// Emails a reset link to the account with this address, if there is one, in its language.
async fn send_reset_link(state: &AppState, email: &str) -> Result<(), crate::store::StoreError> {
    let Some(credentials) = state.store.credentials_by_email(email).await? else {
        return Ok(());
    };
    let account = credentials.account;
    let token = secrets::link_token();
    let link = format!(
        "{}{}",
        state.config.public_url,
        paths::password_reset_link(&token)
    );
    let i18n = myrecord_app::i18n::I18n::new(account.email_language());
    let message = mail::messages::password_reset(i18n, &account.email, &link);
    let expires_at = time::OffsetDateTime::now_utc().unix_timestamp() + RESET_LINK_SECONDS;
    state
        .store
        .create_password_reset(&account, &secrets::hash(&token), expires_at, message)
        .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}

/// The page for a reset link that does not work (used, expired or mistyped).
fn link_not_working() -> Response {
    ErrorPage {
        status: StatusCode::NOT_FOUND,
        heading: "reset-link-invalid-heading",
        body: "reset-link-invalid-body",
    }
    .into_response()
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

pub async fn new_password_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    if state
        .store
        .password_reset_account(&secrets::hash(&token), now())
        .await?
        .is_none()
    {
        return Ok(link_not_working());
    }
    let action = ctx.path.clone();
    Ok(ctx.page(NewPasswordView {
        action,
        form: NewPasswordForm::default(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPasswordInput {
    password: String,
    password_confirm: String,
}

pub async fn set_new_password(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
    form: Posted<NewPasswordInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let token_hash = secrets::hash(&token);
    let Some(account) = state
        .store
        .password_reset_account(&token_hash, now())
        .await?
    else {
        return Ok(link_not_working());
    };
    let mut page = NewPasswordForm::default();
    if !genuine {
        page.password_error = Some("error-form-expired-retry");
    } else {
        page.password_error = password::check_new(&input.password, &[&account.email])
            .err()
            .map(password_message);
        if page.password_error.is_none() && input.password != input.password_confirm {
            page.confirm_error = Some("error-password-mismatch");
        }
    }
    if page.password_error.is_some() || page.confirm_error.is_some() {
        let action = ctx.path.clone();
        return Ok(ctx.rejected(NewPasswordView { action, form: page }));
    }
    let hash = password::hash(input.password).await?;
    if !state
        .store
        .complete_password_reset(&account, &token_hash, now(), &hash)
        .await?
    {
        return Ok(link_not_working());
    }
    Ok(Redirect::to(&paths::with_notice(paths::HOME, "password-changed")).into_response())
}
