//! Two-step sign-in: the second step after the password, setting it up with an authenticator
//! app, recovery codes, and (for people, who chose it) turning it off.

use super::AppState;
use super::context::PageContext;
use super::error::{ErrorPage, Refusal, WebError};
use super::forms::{TokenOnly, form_expired};
use super::session::{self, clear_pending, pending_account};
use crate::domain::Account;
use crate::policy::{Action, requires_two_step};
use crate::secrets;
use crate::store::audit::{AuditAction, AuditEntry};
use crate::throttle::{self, Key};
use crate::totp::Secret;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use myrecord_app::model::{Field, TwoStepForm, TwoStepSetupForm, TwoStepStatus};
use serde::Deserialize;

/// The secret being set up, until the first code from the app confirms it.
const SETUP_SECRET: &str = "two_step_setup_secret";

/// Recovery codes handed out at a time.
const RECOVERY_CODES: usize = 10;

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

pub async fn second_step_form(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    if pending_account(&state, &ctx).await?.is_none() {
        return Ok(Redirect::to("/?notice=two-step-expired").into_response());
    }
    Ok(Html(myrecord_app::render_two_step_sign_in(
        ctx.i18n,
        ctx.viewer(),
        TwoStepForm::default(),
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct CodeInput {
    #[serde(default)]
    code: String,
    #[serde(default)]
    csrf_token: String,
}

pub async fn second_step(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<CodeInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let Some(account) = pending_account(&state, &ctx).await? else {
        return Ok(Redirect::to("/?notice=two-step-expired").into_response());
    };
    let mut page = TwoStepForm {
        code: Field::new(input.code.trim()),
    };
    let rejected = |page: TwoStepForm| {
        let html = myrecord_app::render_two_step_sign_in(ctx.i18n, ctx.viewer(), page);
        (StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response()
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        page.code.error = Some("error-form-expired-retry");
        return Ok(rejected(page));
    }
    if input.code.trim().is_empty() {
        page.code.error = Some("error-two-step-code-missing");
        return Ok(rejected(page));
    }
    let checks = [(throttle::TWO_STEP_PER_ACCOUNT, Key::Account(account.id))];
    let Some(attempt) = throttle::take(&state.store, &checks).await? else {
        page.code.error = Some("error-too-many-attempts");
        return Ok(rejected(page));
    };
    if !code_is_right(&state, &account, &input.code).await? {
        attempt.failed();
        crate::telemetry::sign_in_failed();
        state
            .store
            .audit(
                AuditEntry::by(&account, AuditAction::SignInFailed, None)
                    .with_detail("wrong two-step code"),
            )
            .await?;
        page.code.error = Some("error-two-step-code-wrong");
        return Ok(rejected(page));
    }
    attempt.succeeded(&state.store).await?;
    throttle::clear(&state.store, checks[0].0, &checks[0].1).await?;
    clear_pending(&ctx).await?;
    session::start(&state, &ctx, &account).await?;
    Ok(Redirect::to(session::home_of(&account)).into_response())
}

/// Whether `typed` is the app's current code (not used before) or an unused recovery code.
/// Either is used up by this check.
async fn code_is_right(state: &AppState, account: &Account, typed: &str) -> Result<bool, WebError> {
    if let Some(stored) = state.store.two_step_secret(account.id).await?
        && let Some(base32) = state.config.secret_key().open(&stored.sealed, account.id)
        && let Some(secret) = Secret::from_base32(&base32)
        && let Some(step) = secret.verify(typed, now(), stored.last_step)
    {
        return Ok(state.store.use_two_step_step(account.id, step).await?);
    }
    match secrets::normalize_code(typed, secrets::RECOVERY_CODE_LENGTH) {
        Some(code) => Ok(state
            .store
            .use_recovery_code(account, &secrets::hash(&code))
            .await?),
        None => Ok(false),
    }
}

/// `GET /account/two-step`: set it up, or, once on, its status.
pub async fn settings(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?;
    if account.two_step_enabled {
        let status = TwoStepStatus {
            recovery_codes_left: state.store.recovery_codes_left(account.id).await?,
            can_turn_off: !requires_two_step(account.role),
            code: Field::default(),
        };
        return Ok(Html(myrecord_app::render_two_step_status(
            ctx.i18n,
            ctx.viewer(),
            status,
        ))
        .into_response());
    }
    let form = TwoStepSetupForm {
        secret: setup_secret(&ctx).await?.to_base32(),
        code: Field::default(),
        required: requires_two_step(account.role),
    };
    Ok(Html(render_setup(&ctx, form)).into_response())
}

fn render_setup(ctx: &PageContext, mut form: TwoStepSetupForm) -> String {
    form.secret = secrets::grouped(&form.secret);
    myrecord_app::render_two_step_setup(ctx.i18n, ctx.viewer(), form)
}

/// The secret being set up in this session, made on first use.
async fn setup_secret(ctx: &PageContext) -> Result<Secret, WebError> {
    if let Some(text) = ctx.session.get::<String>(SETUP_SECRET).await?
        && let Some(secret) = Secret::from_base32(&text)
    {
        return Ok(secret);
    }
    let secret = Secret::generate();
    ctx.session.insert(SETUP_SECRET, secret.to_base32()).await?;
    Ok(secret)
}

/// `GET /account/two-step/qr.svg`: the secret being set up as a QR code for the app to scan.
pub async fn qr_code(ctx: PageContext) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?;
    let Some(text) = ctx.session.get::<String>(SETUP_SECRET).await? else {
        return Err(WebError::Refused(Refusal::NotFound));
    };
    let secret = Secret::from_base32(&text).ok_or(WebError::Refused(Refusal::NotFound))?;
    let uri = secret.provisioning_uri(&ctx.i18n.t("service-name"), &account.email);
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|e| anyhow::anyhow!("QR code: {e}"))?
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

/// `POST /account/two-step`: the first code from the app confirms the secret.
pub async fn enable(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<CodeInput>, FormRejection>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?.clone();
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if account.two_step_enabled {
        return Ok(Redirect::to("/account/two-step").into_response());
    }
    let secret = setup_secret(&ctx).await?;
    let mut page = TwoStepSetupForm {
        secret: secret.to_base32(),
        code: Field::new(input.code.trim()),
        required: requires_two_step(account.role),
    };
    let rejected = |page| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Html(render_setup(&ctx, page)),
        )
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        page.code.error = Some("error-form-expired-retry");
        return Ok(rejected(page).into_response());
    }
    if input.code.trim().is_empty() {
        page.code.error = Some("error-two-step-code-missing");
        return Ok(rejected(page).into_response());
    }
    let Some(step) = secret.verify(&input.code, now(), None) else {
        page.code.error = Some("error-two-step-setup-wrong");
        return Ok(rejected(page).into_response());
    };
    let codes = new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| secrets::hash(c)).collect();
    state
        .store
        .enable_two_step(
            &account,
            &state
                .config
                .secret_key()
                .seal(&secret.to_base32(), account.id),
            step,
            &hashes,
        )
        .await?;
    ctx.session.remove::<String>(SETUP_SECRET).await?;
    show_recovery_codes_once(&ctx, codes).await
}

fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| secrets::recovery_code())
        .collect()
}

/// New recovery codes, shown this once as the answer to the post that made them: only their
/// hashes are kept anywhere, the session included.
async fn show_recovery_codes_once(
    ctx: &PageContext,
    codes: Vec<String>,
) -> Result<Response, WebError> {
    let grouped = codes.iter().map(|c| secrets::grouped(c)).collect();
    Ok(Html(myrecord_app::render_recovery_codes(
        ctx.i18n,
        ctx.viewer(),
        grouped,
    ))
    .into_response())
}

/// `POST /account/two-step/recovery-codes`: replace every recovery code with new ones.
pub async fn replace_recovery_codes(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<TokenOnly>, FormRejection>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        return Ok(form_expired());
    }
    if !account.two_step_enabled {
        return Ok(Redirect::to("/account/two-step").into_response());
    }
    let codes = new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| secrets::hash(c)).collect();
    state.store.new_recovery_codes(account, &hashes).await?;
    show_recovery_codes_once(&ctx, codes).await
}

/// `POST /account/two-step/off`: a person turns it off with a current code.
pub async fn disable(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<CodeInput>, FormRejection>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::TurnOffTwoStep)?.clone();
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut status = TwoStepStatus {
        recovery_codes_left: state.store.recovery_codes_left(account.id).await?,
        can_turn_off: true,
        code: Field::new(input.code.trim()),
    };
    let checks = [(throttle::TWO_STEP_PER_ACCOUNT, Key::Account(account.id))];
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        status.code.error = Some("error-form-expired-retry");
    } else if input.code.trim().is_empty() {
        status.code.error = Some("error-two-step-code-missing");
    } else {
        match throttle::take(&state.store, &checks).await? {
            None => status.code.error = Some("error-too-many-attempts"),
            Some(attempt) if code_is_right(&state, &account, &input.code).await? => {
                attempt.succeeded(&state.store).await?;
            }
            Some(attempt) => {
                attempt.failed();
                status.code.error = Some("error-two-step-code-wrong");
            }
        }
    }
    if status.code.error.is_some() {
        let html = myrecord_app::render_two_step_status(ctx.i18n, ctx.viewer(), status);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    state.store.disable_two_step(&account).await?;
    Ok(Redirect::to("/account?notice=two-step-off").into_response())
}
