//! The account page, and choosing a new password through a one-time link sent by email.

use super::AppState;
use super::auth::{email_problem, password_message};
use super::context::{PageContext, nav_role};
use super::error::{ErrorPage, WebError};
use crate::policy::Action;
use crate::throttle::{self, Key};
use crate::{mail, password, secrets};
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use myrecord_app::model::{AccountView, Field, NewPasswordForm, ResetRequestForm};
use serde::Deserialize;

/// How long a reset link works.
const RESET_LINK_SECONDS: i64 = 60 * 60;

#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    notice: String,
}

pub async fn account(
    ctx: PageContext,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?;
    let notice = match query.notice.as_str() {
        "two-step-off" => Some("notice-two-step-off"),
        _ => None,
    };
    let view = AccountView {
        email: account.email.clone(),
        role: nav_role(account.role),
        two_step_enabled: account.two_step_enabled,
        notice,
    };
    Ok(Html(myrecord_app::render_account(ctx.i18n, ctx.viewer(), view)).into_response())
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
    Html(myrecord_app::render_reset_request(
        ctx.i18n,
        ctx.viewer(),
        form,
    ))
    .into_response()
}

#[derive(Deserialize)]
pub struct ResetInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    csrf_token: String,
}

/// `POST /password-reset`: sends a link if the account exists, and says the same either way.
pub async fn request_reset(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<ResetInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut page = ResetRequestForm {
        email: Field::new(input.email.trim()),
        sent: false,
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
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
        let html = myrecord_app::render_reset_request(ctx.i18n, ctx.viewer(), page);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    // Whether the account exists is looked up after the answer has gone, so the time the
    // answer takes is the same either way.
    let (i18n, email) = (ctx.i18n, input.email.trim().to_owned());
    tokio::spawn(async move {
        if let Err(err) = send_reset_link(&state, i18n, &email).await {
            tracing::error!(error = %err, "could not answer a password reset request");
        }
    });
    Ok(Redirect::to("/password-reset?sent=1").into_response())
}

/// Emails a reset link to the account with this address, if there is one.
async fn send_reset_link(
    state: &AppState,
    i18n: myrecord_app::i18n::I18n,
    email: &str,
) -> Result<(), crate::store::StoreError> {
    let Some(credentials) = state.store.credentials_by_email(email).await? else {
        return Ok(());
    };
    let account = credentials.account;
    let token = secrets::link_token();
    let link = format!("{}/password-reset/{token}", state.config.public_url);
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
    let html = myrecord_app::render_new_password(
        ctx.i18n,
        ctx.viewer(),
        ctx.path.clone(),
        NewPasswordForm::default(),
    );
    Ok(Html(html).into_response())
}

#[derive(Deserialize)]
pub struct NewPasswordInput {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default)]
    csrf_token: String,
}

pub async fn set_new_password(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
    form: Result<Form<NewPasswordInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let token_hash = secrets::hash(&token);
    let Some(account) = state
        .store
        .password_reset_account(&token_hash, now())
        .await?
    else {
        return Ok(link_not_working());
    };
    let mut page = NewPasswordForm::default();
    if !ctx.form_is_genuine(&input.csrf_token).await? {
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
        let html =
            myrecord_app::render_new_password(ctx.i18n, ctx.viewer(), ctx.path.clone(), page);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    let hash = password::hash(input.password).await?;
    if !state
        .store
        .complete_password_reset(&account, &token_hash, now(), &hash)
        .await?
    {
        return Ok(link_not_working());
    }
    Ok(Redirect::to("/?notice=password-changed").into_response())
}
