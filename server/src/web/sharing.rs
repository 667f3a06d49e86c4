//! A person's control over their own record: linking it with the access code from a letter,
//! sharing it with a legal aid worker (and taking that back), and who has viewed it.

use super::AppState;
use super::auth::email_problem;
use super::context::{PageContext, nav_role};
use super::error::{ErrorPage, Refusal, WebError};
use super::forms::{TokenOnly, form_expired, parse_date_field};
use crate::policy::Action;
use crate::secrets;
use crate::store::access_codes::Redeemed;
use crate::store::grants::GrantError;
use crate::throttle::{self, Key};
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use myrecord_app::model::{
    DateField, Field, GrantView, LinkForm, SHARING_DAYS, SharingView, ViewEntry,
};
use myrecord_clearance::domain::format_date;
use serde::Deserialize;

pub async fn link_form(ctx: PageContext) -> Result<Response, WebError> {
    ctx.authorize(Action::LinkRecord)?;
    Ok(Html(myrecord_app::render_link(
        ctx.i18n,
        ctx.viewer(),
        LinkForm::default(),
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct LinkInput {
    #[serde(default)]
    code: String,
    #[serde(default)]
    dob_day: String,
    #[serde(default)]
    dob_month: String,
    #[serde(default)]
    dob_year: String,
    #[serde(default)]
    csrf_token: String,
}

/// `POST /record/link`: the code from the letter and the date of birth link the record.
pub async fn link(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<LinkInput>, FormRejection>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::LinkRecord)?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut page = LinkForm {
        code: Field::new(input.code.trim()),
        dob: DateField {
            day: input.dob_day.trim().to_owned(),
            month: input.dob_month.trim().to_owned(),
            year: input.dob_year.trim().to_owned(),
            error: None,
        },
    };
    let rejected = |page: LinkForm| {
        let html = myrecord_app::render_link(ctx.i18n, ctx.viewer(), page);
        Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        page.code.error = Some("error-form-expired-retry");
        return rejected(page);
    }
    let code = secrets::normalize_code(&input.code, secrets::ACCESS_CODE_LENGTH);
    if input.code.trim().is_empty() {
        page.code.error = Some("error-access-code-missing");
    } else if code.is_none() {
        page.code.error = Some("error-access-code-format");
    }
    let dob = parse_date_field(&page.dob, state.config.clock.today());
    page.dob.error = dob.err();
    let (Some(code), Ok(dob)) = (code, dob) else {
        return rejected(page);
    };
    let checks = [
        (throttle::ACCESS_CODE_PER_ACCOUNT, Key::Account(account.id)),
        (
            throttle::ACCESS_CODE_PER_ADDRESS,
            Key::Address(ctx.client_ip),
        ),
    ];
    let Some(attempt) = throttle::take(&state.store, &checks).await? else {
        page.code.error = Some("error-too-many-attempts");
        return rejected(page);
    };
    let outcome = state
        .store
        .redeem_access_code(
            account,
            &secrets::hash(&code),
            &format_date(dob),
            &state.config.clock.today_text(),
        )
        .await?;
    page.code.error = match outcome {
        Redeemed::Linked { .. } => {
            attempt.succeeded(&state.store).await?;
            throttle::clear(&state.store, checks[0].0, &checks[0].1).await?;
            return Ok(Redirect::to("/record?notice=linked").into_response());
        }
        Redeemed::NotRecognised => {
            attempt.failed();
            Some("error-access-code-wrong")
        }
        // A real code that no longer works is not a guess: it does not count.
        Redeemed::Expired => {
            attempt.succeeded(&state.store).await?;
            Some("error-access-code-expired")
        }
        Redeemed::AlreadyUsed => {
            attempt.succeeded(&state.store).await?;
            Some("error-access-code-used")
        }
    };
    rejected(page)
}

/// The signed-in person's own record id, once the policy agrees they may `action` on it.
async fn own_person(state: &AppState, ctx: &PageContext, action: Action) -> Result<i64, WebError> {
    let Some(account) = &ctx.account else {
        return Err(WebError::Refused(Refusal::SignIn));
    };
    let Some(person_id) = account.person_id else {
        // Nothing linked yet: the policy still decides (a staff account is turned away).
        ctx.authorize(Action::LinkRecord)?;
        return Err(WebError::Refused(Refusal::LinkFirst));
    };
    ctx.authorize_for_person(state, action, person_id).await?;
    Ok(person_id)
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    notice: String,
}

pub async fn sharing(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let person_id = own_person(&state, &ctx, Action::ManageSharing).await?;
    let notice = match query.notice.as_str() {
        "granted" => Some("notice-access-granted"),
        "revoked" => Some("notice-access-revoked"),
        _ => None,
    };
    let view = SharingView {
        notice,
        ..sharing_view(&state, person_id).await?
    };
    Ok(Html(myrecord_app::render_sharing(ctx.i18n, ctx.viewer(), view)).into_response())
}

async fn sharing_view(state: &AppState, person_id: i64) -> Result<SharingView, WebError> {
    let grants = state
        .store
        .grants_given(person_id, &state.config.clock.today_text())
        .await?
        .into_iter()
        .map(|g| GrantView {
            id: g.id,
            worker_name: g.worker_name.unwrap_or_default(),
            organisation: g.worker_organisation,
            granted_on: state.config.clock.local(&g.granted_at).date,
            expires_on: g.expires_on,
        })
        .collect();
    Ok(SharingView {
        grants,
        ..SharingView::default()
    })
}

#[derive(Deserialize)]
pub struct GrantInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    csrf_token: String,
}

/// `POST /record/sharing`: give a legal aid worker access for a number of days.
pub async fn grant(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<GrantInput>, FormRejection>,
) -> Result<Response, WebError> {
    let person_id = own_person(&state, &ctx, Action::ManageSharing).await?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut view = SharingView {
        email: Field::new(input.email.trim()),
        days: input.days.clone(),
        ..sharing_view(&state, person_id).await?
    };
    let days = input
        .days
        .parse::<i64>()
        .ok()
        .filter(|d| SHARING_DAYS.contains(d));
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        view.email.error = Some("error-form-expired-retry");
    } else {
        view.email.error = email_problem(&input.email);
        if days.is_none() {
            view.days_error = Some("error-sharing-days");
        }
    }
    if view.email.error.is_none()
        && let Some(days) = days
    {
        let account = ctx
            .account
            .as_ref()
            .expect("own_person checked the account");
        let until = format_date(state.config.clock.today() + time::Duration::days(days));
        match state
            .store
            .grant_access(account, person_id, &input.email, &until)
            .await
        {
            Ok(()) => return Ok(Redirect::to("/record/sharing?notice=granted").into_response()),
            Err(GrantError::NoSuchWorker) => view.email.error = Some("error-legal-aid-unknown"),
            Err(GrantError::Store(err)) => return Err(err.into()),
        }
    }
    let html = myrecord_app::render_sharing(ctx.i18n, ctx.viewer(), view);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// `POST /record/sharing/{grant}/revoke`: take a worker's access back.
pub async fn revoke(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(grant_id): Path<i64>,
    form: Result<Form<TokenOnly>, FormRejection>,
) -> Result<Response, WebError> {
    // A grant is always someone's: any refusal here is an attempt on their consent.
    let attempt = || format!("revoke of grant {grant_id}");
    let person_id = match own_person(&state, &ctx, Action::ManageSharing).await {
        Err(WebError::Refused(Refusal::NotFound)) => {
            return Err(ctx.refuse_someone_else_s(&state, attempt()).await);
        }
        other => other?,
    };
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        return Ok(form_expired());
    }
    let account = ctx
        .account
        .as_ref()
        .expect("own_person checked the account");
    if !state
        .store
        .revoke_access(account, person_id, grant_id)
        .await?
    {
        return Err(ctx.refuse_someone_else_s(&state, attempt()).await);
    }
    Ok(Redirect::to("/record/sharing?notice=revoked").into_response())
}

/// `GET /record/views`: everyone who has looked at the person's record, newest first.
pub async fn views(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    let person_id = own_person(&state, &ctx, Action::ViewRecordViews).await?;
    let own_id = ctx.account.as_ref().map(|a| a.id);
    let views = state
        .store
        .record_views(person_id)
        .await?
        .into_iter()
        .map(|v| ViewEntry {
            is_you: Some(v.viewer_account_id) == own_id,
            viewer_name: v.viewer_name,
            organisation: v.viewer_organisation,
            role: nav_role(v.viewer_role),
            at: state.config.clock.local(&v.occurred_at),
        })
        .collect();
    Ok(Html(myrecord_app::render_views(ctx.i18n, ctx.viewer(), views)).into_response())
}
