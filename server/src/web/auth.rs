//! Start page, sign in, sign out and create account (post/redirect/get, no JavaScript needed).

use super::AppState;
use super::context::{ACCOUNT_KEY, PageContext};
use super::csrf;
use super::error::{ErrorPage, WebError};
use crate::password::{self, PasswordProblem};
use crate::store::accounts::{Account, CreateAccountError, Role};
use crate::store::audit::AuditAction;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use myrecord_app::model::{Field, RegisterForm, SignInForm};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    notice: String,
}

/// Notices other pages may ask the start page to show, by a fixed name (never free text).
fn notice_message(name: &str) -> Option<&'static str> {
    match name {
        "signed-out" => Some("notice-signed-out"),
        "sign-in" => Some("notice-sign-in-to-see-record"),
        _ => None,
    }
}

pub async fn start(ctx: PageContext, Query(query): Query<StartQuery>) -> Response {
    let form = SignInForm {
        notice: notice_message(&query.notice),
        ..SignInForm::default()
    };
    Html(myrecord_app::render_start(ctx.i18n, ctx.viewer(), form)).into_response()
}

#[derive(Deserialize)]
pub struct SignInInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf_token: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<SignInInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut page = SignInForm {
        email: Field::new(input.email.trim()),
        ..SignInForm::default()
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        page.form_error = Some("error-form-expired-retry");
        return Ok(rejected_sign_in(&ctx, page));
    }
    page.email.error = email_problem(&input.email);
    if input.password.is_empty() {
        page.password_error = Some("error-password-missing");
    }
    if page.email.error.is_some() || page.password_error.is_some() {
        return Ok(rejected_sign_in(&ctx, page));
    }

    let credentials = state.store.credentials_by_email(&input.email).await?;
    let (account, hash) = match credentials {
        Some(c) => (Some(c.account), Some(c.password_hash)),
        None => (None, None),
    };
    let verified = password::verify(input.password, hash).await?;
    let Some(account) = account.filter(|_| verified) else {
        page.form_error = Some("error-sign-in-failed");
        return Ok(rejected_sign_in(&ctx, page));
    };
    start_session(&state, &ctx, &account).await?;
    Ok(Redirect::to("/record").into_response())
}

fn rejected_sign_in(ctx: &PageContext, form: SignInForm) -> Response {
    let html = myrecord_app::render_start(ctx.i18n, ctx.viewer(), form);
    (StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response()
}

/// Signs `account` in: a fresh session id (against session fixation), a fresh form token,
/// and an audit row.
async fn start_session(
    state: &AppState,
    ctx: &PageContext,
    account: &Account,
) -> Result<(), WebError> {
    ctx.session.cycle_id().await?;
    ctx.session.insert(ACCOUNT_KEY, account.id).await?;
    csrf::rotate(&ctx.session).await?;
    state
        .store
        .audit_session_event(account, AuditAction::SignIn)
        .await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct TokenOnly {
    #[serde(default)]
    csrf_token: String,
}

pub async fn sign_out(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<TokenOnly>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        return Ok(ErrorPage::FORM_EXPIRED.into_response());
    }
    if let Some(account) = &ctx.account {
        state
            .store
            .audit_session_event(account, AuditAction::SignOut)
            .await?;
    }
    // Deletes the session from the database, not just the cookie: a copied cookie is dead too.
    ctx.session.flush().await?;
    Ok(Redirect::to("/?notice=signed-out").into_response())
}

pub async fn register_form(ctx: PageContext) -> Response {
    Html(myrecord_app::render_register(
        ctx.i18n,
        ctx.viewer(),
        RegisterForm::default(),
    ))
    .into_response()
}

#[derive(Deserialize)]
pub struct RegisterInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default)]
    csrf_token: String,
}

pub async fn register(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<RegisterInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut page = RegisterForm {
        email: Field::new(input.email.trim()),
        ..RegisterForm::default()
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        page.email.error = Some("error-form-expired-retry");
        return Ok(rejected_register(&ctx, page));
    }
    page.email.error = email_problem(&input.email);
    page.password_error = match password::check_new(&input.password) {
        Ok(()) => None,
        Err(PasswordProblem::Missing) => Some("error-password-missing"),
        Err(PasswordProblem::TooShort) => Some("error-password-too-short"),
        Err(PasswordProblem::TooLong) => Some("error-password-too-long"),
    };
    if page.password_error.is_none() && input.password != input.password_confirm {
        page.confirm_error = Some("error-password-mismatch");
    }
    if page.email.error.is_some() || page.password_error.is_some() || page.confirm_error.is_some() {
        return Ok(rejected_register(&ctx, page));
    }
    let hash = password::hash(input.password).await?;
    match state
        .store
        .create_account(&input.email, &hash, Role::Person, None)
        .await
    {
        Ok(account) => {
            start_session(&state, &ctx, &account).await?;
            Ok(Redirect::to("/record").into_response())
        }
        Err(CreateAccountError::EmailTaken) => {
            page.email.error = Some("error-email-taken");
            Ok(rejected_register(&ctx, page))
        }
        Err(CreateAccountError::Store(err)) => Err(err.into()),
    }
}

fn rejected_register(ctx: &PageContext, form: RegisterForm) -> Response {
    let html = myrecord_app::render_register(ctx.i18n, ctx.viewer(), form);
    (StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response()
}

/// The Fluent id of what is wrong with an email address, if anything. Deliberately loose:
/// one `@`, something on each side, a dot in the domain, no spaces.
fn email_problem(email: &str) -> Option<&'static str> {
    let email = email.trim();
    if email.is_empty() {
        return Some("error-email-missing");
    }
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    (!valid).then_some("error-email-invalid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_checks() {
        assert_eq!(email_problem("  "), Some("error-email-missing"));
        assert_eq!(email_problem("ana@example.org"), None);
        for bad in [
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "a@b@c.org",
        ] {
            assert_eq!(email_problem(bad), Some("error-email-invalid"), "{bad}");
        }
    }

    #[test]
    fn only_known_notices_are_shown() {
        assert_eq!(notice_message("signed-out"), Some("notice-signed-out"));
        assert_eq!(notice_message("<script>"), None);
    }
}
