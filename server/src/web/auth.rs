//! Start page, sign in, sign out and create account (post/redirect/get, no JavaScript needed).

use super::context::PageContext;
use super::error::{ErrorPage, WebError};
use super::forms::{Button, Genuine, Posted};
use super::forms::{email_problem, password_message};
use super::session;
use super::state::AppState;
use crate::mail;
use crate::password;
use crate::store::audit::{AuditAction, AuditEntry};
use crate::store::registrations::Confirmed;
use crate::throttle::{self, Key};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::model::Field;
use myrecord_app::pages::auth::{RegisterConfirmView, RegisterForm, SignInForm};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HOME, get(start))
        .route(paths::SIGN_IN, post(sign_in))
        .route(paths::SIGN_OUT, post(sign_out))
        .route(paths::REGISTER, get(register_form).post(register))
        .route(paths::REGISTER_CONFIRM, get(confirm_form).post(confirm))
}

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
        "password-changed" => Some("notice-password-changed"),
        "account-closed" => Some("notice-account-closed"),
        "email-changed" => Some("notice-email-changed"),
        "two-step-expired" => Some("notice-two-step-expired"),
        _ => None,
    }
}

pub async fn start(ctx: PageContext, Query(query): Query<StartQuery>) -> Response {
    let form = SignInForm {
        notice: notice_message(&query.notice),
        ..SignInForm::default()
    };
    ctx.page(form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInInput {
    email: String,
    password: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Posted<SignInInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let mut page = SignInForm {
        email: Field::new(input.email.trim()),
        ..SignInForm::default()
    };
    if !genuine {
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

    // Each attempt is counted before the password is checked, in one step with the check of
    // the limit, so simultaneous guesses cannot slip past it. Locked-out emails and addresses
    // get the same answer whether or not the account exists, and are not even checked.
    let checks = [
        (throttle::SIGN_IN_PER_EMAIL, Key::Email(&input.email)),
        (throttle::SIGN_IN_PER_ADDRESS, Key::Address(ctx.client_ip)),
    ];
    let Some(attempt) = throttle::take(&state.store, &checks).await? else {
        page.form_error = Some("error-too-many-attempts");
        return Ok(rejected_sign_in(&ctx, page));
    };
    let credentials = state.store.credentials_by_email(&input.email).await?;
    let (account, hash) = match credentials {
        Some(c) => (Some(c.account), Some(c.password_hash)),
        None => (None, None),
    };
    let verified = password::verify(input.password, hash).await?;
    let account = match account {
        Some(account) if verified => account,
        known => {
            attempt.failed();
            crate::telemetry::sign_in_failed();
            // A known and an unknown email do the same work (one audit row each), so the
            // time the answer takes does not tell which it was.
            let entry = match &known {
                Some(account) => AuditEntry::by(account, AuditAction::SignInFailed, None),
                None => AuditEntry::anonymous(AuditAction::SignInFailed)
                    .with_detail("no account has this email"),
            };
            state.store.audit(entry).await?;
            page.form_error = Some("error-sign-in-failed");
            return Ok(rejected_sign_in(&ctx, page));
        }
    };
    attempt.succeeded(&state.store).await?;
    throttle::clear(&state.store, throttle::SIGN_IN_PER_EMAIL, &checks[0].1).await?;
    if account.two_step_enabled {
        session::begin_second_step(&ctx, &account).await?;
        return Ok(Redirect::to(paths::SIGN_IN_TWO_STEP).into_response());
    }
    let signed_in = session::start(&state, &ctx, &account).await?;
    Ok(signed_in.redirect_to(session::home_of(&account)))
}

fn rejected_sign_in(ctx: &PageContext, form: SignInForm) -> Response {
    ctx.rejected(form)
}

pub async fn sign_out(
    State(state): State<AppState>,
    ctx: PageContext,
    _: Genuine<Button>,
) -> Result<Response, WebError> {
    if let Some(account) = &ctx.account {
        state
            .store
            .audit(AuditEntry::by(account, AuditAction::SignOut, None))
            .await?;
    }
    // Deletes the session from the database, not just the cookie: a copied cookie is dead too.
    ctx.session.flush().await?;
    Ok(Redirect::to(&paths::with_notice(paths::HOME, "signed-out")).into_response())
}

#[derive(Deserialize)]
pub struct SentQuery {
    #[serde(default)]
    sent: Option<String>,
}

pub async fn register_form(ctx: PageContext, Query(query): Query<SentQuery>) -> Response {
    let form = RegisterForm {
        sent: query.sent.is_some(),
        ..RegisterForm::default()
    };
    ctx.page(form)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterInput {
    email: String,
    password: String,
    password_confirm: String,
}

/// How long an emailed sign-up link works.
const REGISTRATION_LINK_SECONDS: i64 = 24 * 60 * 60;

/// `POST /register`: answers "check your email" whether or not the address has an account,
/// after the same work either way; what happens next (a sign-up link, or "you already have an
/// account") is decided after the answer has gone, so its time tells nothing either.
pub async fn register(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Posted<RegisterInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let mut page = RegisterForm {
        email: Field::new(input.email.trim()),
        ..RegisterForm::default()
    };
    if !genuine {
        page.email.error = Some("error-form-expired-retry");
        return Ok(rejected_register(&ctx, page));
    }
    page.email.error = email_problem(&input.email);
    page.password_error = password::check_new(&input.password, &[&input.email])
        .err()
        .map(password_message);
    if page.password_error.is_none() && input.password != input.password_confirm {
        page.confirm_error = Some("error-password-mismatch");
    }
    if page.email.error.is_some() || page.password_error.is_some() || page.confirm_error.is_some() {
        return Ok(rejected_register(&ctx, page));
    }
    let checks = [
        (throttle::REGISTER_PER_EMAIL, Key::Email(&input.email)),
        (throttle::REGISTER_PER_ADDRESS, Key::Address(ctx.client_ip)),
    ];
    match throttle::take(&state.store, &checks).await? {
        Some(attempt) => attempt.failed(),
        None => {
            page.email.error = Some("error-too-many-registrations");
            return Ok(rejected_register(&ctx, page));
        }
    }
    let hash = password::hash(input.password).await?;
    let (i18n, email) = (ctx.i18n, input.email.trim().to_owned());
    tokio::spawn(async move {
        if let Err(err) = start_registration(&state, i18n, &email, &hash).await {
            tracing::error!(error = %err, "could not answer a sign-up");
        }
    });
    Ok(Redirect::to(&format!("{}?sent=1", paths::REGISTER)).into_response())
}

/// Emails the address a link that makes its account, or, when it has one already, how to
/// sign in.
async fn start_registration(
    state: &AppState,
    i18n: myrecord_app::i18n::I18n,
    email: &str,
    password_hash: &str,
) -> Result<(), crate::store::StoreError> {
    if let Some(existing) = state.store.credentials_by_email(email).await? {
        // In the language the account chose, not the one the sign-up form was filled in.
        let i18n = myrecord_app::i18n::I18n::new(existing.account.email_language());
        let message = mail::messages::account_exists(i18n, email, &state.config.public_url);
        state.store.queue_email(&message).await?;
    } else {
        let token = crate::secrets::link_token();
        let link = format!(
            "{}{}",
            state.config.public_url,
            paths::register_confirm(&token)
        );
        let expires_at =
            time::OffsetDateTime::now_utc().unix_timestamp() + REGISTRATION_LINK_SECONDS;
        state
            .store
            .create_pending_registration(
                email,
                password_hash,
                &crate::secrets::hash(&token),
                expires_at,
                &mail::messages::registration_link(i18n, email, &link),
            )
            .await?;
    }
    state.mail_wakeup.notify_one();
    Ok(())
}

fn rejected_register(ctx: &PageContext, form: RegisterForm) -> Response {
    ctx.rejected(form)
}

/// The page for a sign-up link that does not work (used, expired or mistyped).
fn registration_link_not_working() -> Response {
    ErrorPage {
        status: StatusCode::NOT_FOUND,
        heading: "register-link-invalid-heading",
        body: "register-link-invalid-body",
    }
    .into_response()
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// `GET /register/confirm/{token}`: the button that makes the account.
pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let works = state
        .store
        .pending_registration_works(&crate::secrets::hash(&token), now())
        .await?;
    if !works {
        return Ok(registration_link_not_working());
    }
    let action = ctx.path.clone();
    Ok(ctx.page(RegisterConfirmView { action }))
}

/// `POST /register/confirm/{token}`: makes the account and signs it in.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
    _: Genuine<Button>,
) -> Result<Response, WebError> {
    match state
        .store
        .confirm_registration(&crate::secrets::hash(&token), now(), ctx.i18n.locale)
        .await?
    {
        Confirmed::Created(account) => {
            let signed_in = session::start(&state, &ctx, &account).await?;
            Ok(signed_in.redirect_to(paths::RECORD))
        }
        Confirmed::EmailTaken | Confirmed::NotWorking => Ok(registration_link_not_working()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_notices_are_shown() {
        assert_eq!(notice_message("signed-out"), Some("notice-signed-out"));
        assert_eq!(notice_message("<script>"), None);
    }
}
