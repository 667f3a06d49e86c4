//! Two-step sign-in: the second step after the password, setting it up with an authenticator
//! app, recovery codes, and (for people, who chose it) turning it off.

use super::context::PageContext;
use super::error::{Refusal, WebError};
use super::forms::{Button, Genuine, Posted};
use super::session::{self, clear_pending, pending_account};
use super::state::AppState;
use crate::domain::Account;
use crate::policy::{Action, requires_two_step};
use crate::secrets;
use crate::store::audit::{AuditAction, AuditEntry};
use crate::throttle::{self, Key};
use crate::totp::Secret;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::model::Field;
use myrecord_app::pages::account::{
    RecoveryCodesView, TwoStepForm, TwoStepSetupForm, TwoStepStatus,
};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            paths::SIGN_IN_TWO_STEP,
            get(second_step_form).post(second_step),
        )
        .route(paths::TWO_STEP, get(settings).post(enable))
        .route(paths::TWO_STEP_QR, get(qr_code))
        .route(paths::TWO_STEP_RECOVERY_CODES, post(replace_recovery_codes))
        .route(paths::TWO_STEP_OFF, post(disable))
}

/// Back to the start page, which says the time for the second step ran out.
fn second_step_expired() -> Response {
    Redirect::to(&paths::with_notice(paths::HOME, "two-step-expired")).into_response()
}

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
        return Ok(second_step_expired());
    }
    Ok(ctx.page(TwoStepForm::default()))
}

#[derive(Deserialize)]
pub struct CodeInput {
    #[serde(default)]
    code: String,
}

pub async fn second_step(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Posted<CodeInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let Some(account) = pending_account(&state, &ctx).await? else {
        return Ok(second_step_expired());
    };
    let mut page = TwoStepForm {
        code: Field::new(input.code.trim()),
    };
    let rejected = |page: TwoStepForm| ctx.rejected(page);
    if !genuine {
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
    let signed_in = session::start(&state, &ctx, &account).await?;
    Ok(signed_in.redirect_to(session::home_of(&account)))
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
        return Ok(ctx.page(status));
    }
    let form = TwoStepSetupForm {
        secret: secrets::grouped(&setup_secret(&ctx).await?.to_base32()),
        code: Field::default(),
        required: requires_two_step(account.role),
    };
    Ok(ctx.page(form))
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
    form: Posted<CodeInput>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?.clone();
    let (input, genuine) = form.into_parts();
    if account.two_step_enabled {
        return Ok(Redirect::to(paths::TWO_STEP).into_response());
    }
    let secret = setup_secret(&ctx).await?;
    let mut page = TwoStepSetupForm {
        secret: secrets::grouped(&secret.to_base32()),
        code: Field::new(input.code.trim()),
        required: requires_two_step(account.role),
    };
    if !genuine {
        page.code.error = Some("error-form-expired-retry");
        return Ok(ctx.rejected(page));
    }
    if input.code.trim().is_empty() {
        page.code.error = Some("error-two-step-code-missing");
        return Ok(ctx.rejected(page));
    }
    let Some(step) = secret.verify(&input.code, now(), None) else {
        page.code.error = Some("error-two-step-setup-wrong");
        return Ok(ctx.rejected(page));
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
    let codes = codes.iter().map(|c| secrets::grouped(c)).collect();
    Ok(ctx.page(RecoveryCodesView { codes }))
}

/// `POST /account/two-step/recovery-codes`: replace every recovery code with new ones.
pub async fn replace_recovery_codes(
    State(state): State<AppState>,
    ctx: PageContext,
    _: Genuine<Button>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::ManageOwnAccount)?;
    if !account.two_step_enabled {
        return Ok(Redirect::to(paths::TWO_STEP).into_response());
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
    form: Posted<CodeInput>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::TurnOffTwoStep)?.clone();
    let (input, genuine) = form.into_parts();
    let mut status = TwoStepStatus {
        recovery_codes_left: state.store.recovery_codes_left(account.id).await?,
        can_turn_off: true,
        code: Field::new(input.code.trim()),
    };
    let checks = [(throttle::TWO_STEP_PER_ACCOUNT, Key::Account(account.id))];
    if !genuine {
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
        return Ok(ctx.rejected(status));
    }
    state.store.disable_two_step(&account).await?;
    Ok(Redirect::to(&paths::with_notice(paths::ACCOUNT, "two-step-off")).into_response())
}
