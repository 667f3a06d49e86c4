//! Changing the password or the email one signs in with, and closing the account.
//!
//! Each change asks for the current password first, and a wrong one counts against the same
//! limit as a wrong password at sign-in: an open session is not a way around that limit.

use super::context::{PageContext, SignedIn};
use super::error::{ErrorPage, WebError};
use super::forms::{Button, Genuine, Posted, email_problem, password_message};
use super::locale;
use super::state::AppState;
use crate::domain::{Account, normalize_email};
use crate::policy::Action;
use crate::store::account_changes::EmailChangeOutcome;
use crate::throttle::{self, Key};
use crate::{mail, password, secrets};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::i18n::{I18n, Locale};
use myrecord_app::model::Field;
use myrecord_app::pages::account_settings::{
    ChangeEmailForm, ChangePasswordForm, CloseAccountForm, ConfirmEmailView,
};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            paths::ACCOUNT_PASSWORD,
            get(password_form).post(change_password),
        )
        .route(
            paths::ACCOUNT_EMAIL,
            get(email_form).post(request_email_change),
        )
        .route(
            paths::ACCOUNT_EMAIL_CONFIRM,
            get(confirm_email_form).post(confirm_email),
        )
        .route(paths::ACCOUNT_CLOSE, get(close_form).post(close_account))
        .route(paths::ACCOUNT_LANGUAGE, post(choose_language))
}

#[derive(Deserialize)]
pub struct LanguageInput {
    #[serde(default)]
    language: String,
}

/// `POST /account/language`: keeps the chosen language on the account (its emails are written
/// in it) and shows the pages in it from now on in this browser. A language the portal does
/// not offer can only come from an altered form: it changes nothing.
async fn choose_language(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    Genuine(input): Genuine<LanguageInput>,
) -> Result<Response, WebError> {
    ctx.authorize(Action::ChooseLanguage)?;
    let Some(language) = Locale::from_tag(&input.language) else {
        return Ok(Redirect::to(paths::ACCOUNT).into_response());
    };
    state.store.set_language(&account, language).await?;
    let mut response =
        Redirect::to(&paths::with_notice(paths::ACCOUNT, "language-saved")).into_response();
    locale::remember(&mut response, language, state.config.secure_cookies);
    Ok(response)
}

/// How long the link to confirm a new email works.
const EMAIL_LINK_SECONDS: i64 = 24 * 60 * 60;

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Checks `typed` against the account's password, counted like a sign-in attempt. `Err` holds
/// the message for the password field.
async fn check_current_password(
    state: &AppState,
    ctx: &PageContext,
    account: &Account,
    typed: String,
) -> Result<Result<(), &'static str>, WebError> {
    if typed.is_empty() {
        return Ok(Err("error-current-password-missing"));
    }
    let checks = [
        (throttle::SIGN_IN_PER_EMAIL, Key::Email(&account.email)),
        (throttle::SIGN_IN_PER_ADDRESS, Key::Address(ctx.client_ip)),
    ];
    let Some(attempt) = throttle::take(&state.store, &checks).await? else {
        return Ok(Err("error-too-many-attempts"));
    };
    let hash = state
        .store
        .credentials_by_email(&account.email)
        .await?
        .map(|credentials| credentials.password_hash);
    if password::verify(typed, hash).await? {
        attempt.succeeded(&state.store).await?;
        Ok(Ok(()))
    } else {
        attempt.failed();
        crate::telemetry::sign_in_failed();
        Ok(Err("error-current-password-wrong"))
    }
}

async fn password_form(SignedIn { ctx, .. }: SignedIn) -> Result<Response, WebError> {
    ctx.authorize(Action::ChangePassword)?;
    Ok(ctx.page(ChangePasswordForm::default()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangePasswordInput {
    current_password: String,
    password: String,
    password_confirm: String,
}

/// `POST /account/password`: a new password, every session ended (this one too), and the
/// person signs in again with it.
async fn change_password(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    form: Posted<ChangePasswordInput>,
) -> Result<Response, WebError> {
    ctx.authorize(Action::ChangePassword)?;
    let (input, genuine) = form.into_parts();
    let mut page = ChangePasswordForm::default();
    if !genuine {
        page.current_error = Some("error-form-expired-retry");
        return Ok(ctx.rejected(page));
    }
    page.password_error = password::check_new(&input.password, &[&account.email])
        .err()
        .map(password_message);
    if page.password_error.is_none() && input.password != input.password_confirm {
        page.confirm_error = Some("error-password-mismatch");
    }
    // The current password is checked last: a new password with a problem costs no attempt.
    // A missing one is said at once, with the rest.
    if input.current_password.is_empty() {
        page.current_error = Some("error-current-password-missing");
    } else if page.password_error.is_none() && page.confirm_error.is_none() {
        page.current_error = check_current_password(&state, &ctx, &account, input.current_password)
            .await?
            .err();
    }
    if page.current_error.is_some() || page.password_error.is_some() || page.confirm_error.is_some()
    {
        return Ok(ctx.rejected(page));
    }
    let hash = password::hash(input.password).await?;
    state.store.change_password(&account, &hash).await?;
    ctx.session.flush().await?;
    Ok(Redirect::to(&paths::with_notice(paths::HOME, "password-changed")).into_response())
}

async fn email_form(SignedIn { ctx, account }: SignedIn) -> Result<Response, WebError> {
    ctx.authorize(Action::ChangeOwnEmail)?;
    Ok(ctx.page(ChangeEmailForm {
        current_email: account.email.clone(),
        ..ChangeEmailForm::default()
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangeEmailInput {
    email: String,
    current_password: String,
}

/// `POST /account/email`: sends a link to the new address and a warning to the current one.
/// The page says the same whether or not the new address has an account of its own (that
/// address is told instead), so the form cannot be used to find out who has an account.
async fn request_email_change(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    form: Posted<ChangeEmailInput>,
) -> Result<Response, WebError> {
    ctx.authorize(Action::ChangeOwnEmail)?;
    let (input, genuine) = form.into_parts();
    let new_email = normalize_email(&input.email);
    let mut page = ChangeEmailForm {
        current_email: account.email.clone(),
        email: Field::new(input.email.trim()),
        current_error: None,
    };
    if !genuine {
        page.email.error = Some("error-form-expired-retry");
        return Ok(ctx.rejected(page));
    }
    page.email.error = email_problem(&input.email)
        .or_else(|| (new_email == account.email).then_some("error-email-unchanged"));
    if input.current_password.is_empty() {
        page.current_error = Some("error-current-password-missing");
    } else if page.email.error.is_none() {
        page.current_error = check_current_password(&state, &ctx, &account, input.current_password)
            .await?
            .err();
    }
    if page.email.error.is_none() && page.current_error.is_none() {
        let checks = [(throttle::EMAIL_CHANGE_PER_ACCOUNT, Key::Account(account.id))];
        match throttle::take(&state.store, &checks).await? {
            Some(attempt) => attempt.failed(),
            None => page.email.error = Some("error-too-many-email-changes"),
        }
    }
    if page.email.error.is_some() || page.current_error.is_some() {
        return Ok(ctx.rejected(page));
    }
    // Each email in the language of the account that owns the address it goes to.
    let i18n = I18n::new(account.email_language());
    let public_url = &state.config.public_url;
    let warning = mail::messages::email_change_warning(i18n, &account.email, public_url);
    if let Some(owner) = state.store.credentials_by_email(&new_email).await? {
        let taken = mail::messages::email_change_taken(
            I18n::new(owner.account.email_language()),
            &new_email,
        );
        state.store.queue_email(&warning).await?;
        state.store.queue_email(&taken).await?;
    } else {
        let token = secrets::link_token();
        let link = format!("{public_url}{}", paths::account_email_confirm(&token));
        let emails = [
            mail::messages::email_change_link(i18n, &new_email, &link),
            warning,
        ];
        let expires_at = now() + EMAIL_LINK_SECONDS;
        state
            .store
            .request_email_change(
                &account,
                &new_email,
                &secrets::hash(&token),
                expires_at,
                &emails,
            )
            .await?;
    }
    state.mail_wakeup.notify_one();
    Ok(Redirect::to(&paths::with_notice(paths::ACCOUNT, "email-link-sent")).into_response())
}

fn link_not_working() -> Response {
    ErrorPage {
        status: StatusCode::NOT_FOUND,
        heading: "confirm-email-invalid-heading",
        body: "confirm-email-invalid-body",
    }
    .into_response()
}

/// `GET /account/email/confirm/{token}`: asks before changing anything, because mail scanners
/// open links in emails on their own.
async fn confirm_email_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let Some(new_email) = state
        .store
        .email_change_for(&secrets::hash(&token), now())
        .await?
    else {
        return Ok(link_not_working());
    };
    let action = ctx.path.clone();
    Ok(ctx.page(ConfirmEmailView { action, new_email }))
}

/// `POST /account/email/confirm/{token}`: the link's own secret is the proof, so this works
/// signed in or not (the link may be opened on another device).
async fn confirm_email(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(token): Path<String>,
    form: Posted<Button>,
) -> Result<Response, WebError> {
    let (_, genuine) = form.into_parts();
    if !genuine {
        return Err(WebError::FormExpired);
    }
    match state
        .store
        .confirm_email_change(&secrets::hash(&token), now())
        .await?
    {
        EmailChangeOutcome::Changed { .. } => {
            let to = if ctx.account.is_some() {
                paths::ACCOUNT
            } else {
                paths::HOME
            };
            Ok(Redirect::to(&paths::with_notice(to, "email-changed")).into_response())
        }
        EmailChangeOutcome::Taken => Ok(ErrorPage {
            status: StatusCode::CONFLICT,
            heading: "confirm-email-taken-heading",
            body: "confirm-email-taken-body",
        }
        .into_response()),
        EmailChangeOutcome::NotWorking => Ok(link_not_working()),
    }
}

async fn close_form(SignedIn { ctx, .. }: SignedIn) -> Result<Response, WebError> {
    ctx.authorize(Action::CloseOwnAccount)?;
    Ok(ctx.page(CloseAccountForm::default()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseAccountInput {
    current_password: String,
}

/// `POST /account/close`: closes the account, signs out, and says what happens next.
async fn close_account(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    form: Posted<CloseAccountInput>,
) -> Result<Response, WebError> {
    ctx.authorize(Action::CloseOwnAccount)?;
    let (input, genuine) = form.into_parts();
    let current_error = if genuine {
        check_current_password(&state, &ctx, &account, input.current_password)
            .await?
            .err()
    } else {
        Some("error-form-expired-retry")
    };
    let page = CloseAccountForm { current_error };
    if page.current_error.is_some() {
        return Ok(ctx.rejected(page));
    }
    let goodbye =
        mail::messages::account_closed(I18n::new(account.email_language()), &account.email);
    state.store.close_account(&account, &goodbye).await?;
    state.mail_wakeup.notify_one();
    ctx.session.flush().await?;
    Ok(Redirect::to(&paths::with_notice(paths::HOME, "account-closed")).into_response())
}
