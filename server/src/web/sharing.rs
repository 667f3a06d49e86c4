//! A person's control over their own record: linking it with the access code from a letter,
//! sharing it with a legal aid worker (and taking that back), and who has viewed it.

use super::access::{OwnRecord, own_record};
use super::context::{PageContext, nav_role};
use super::error::{Refusal, WebError};
use super::forms::{Button, Genuine, NoticeQuery, Posted, email_problem, parse_date_field};
use super::state::AppState;
use crate::policy::Action;
use crate::secrets;
use crate::store::access_codes::Redeemed;
use crate::store::audit::ViewsQuery;
use crate::store::grants::GrantError;
use crate::throttle::{self, Key};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::model::{DateField, Field};
use myrecord_app::pages::sharing::{
    GrantView, LinkForm, SHARING_DAYS, SharingView, ViewEntry, ViewsView,
};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::RECORD_LINK, get(link_form).post(link))
        .route(paths::SHARING, get(sharing).post(grant))
        .route(paths::SHARING_REVOKE, post(revoke))
        .route(paths::RECORD_VIEWS, get(views))
}

async fn link_form(ctx: PageContext) -> Result<Response, WebError> {
    ctx.authorize(Action::LinkRecord)?;
    Ok(ctx.page(LinkForm::default()))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LinkInput {
    code: String,
    dob_day: String,
    dob_month: String,
    dob_year: String,
}

/// `POST /record/link`: the code from the letter and the date of birth link the record.
async fn link(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Posted<LinkInput>,
) -> Result<Response, WebError> {
    let account = ctx.authorize(Action::LinkRecord)?;
    let (input, genuine) = form.into_parts();
    let mut page = LinkForm {
        code: Field::new(input.code.trim()),
        dob: DateField {
            day: input.dob_day.trim().to_owned(),
            month: input.dob_month.trim().to_owned(),
            year: input.dob_year.trim().to_owned(),
            error: None,
        },
        tries_left: None,
    };
    let rejected = |page: LinkForm| Ok(ctx.rejected(page));
    if !genuine {
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
            dob,
            state.config.clock.today(),
        )
        .await?;
    page.code.error = match outcome {
        Redeemed::Linked { .. } => {
            attempt.succeeded(&state.store).await?;
            throttle::clear(&state.store, checks[0].0, &checks[0].1).await?;
            return Ok(Redirect::to(&paths::with_notice(paths::RECORD, "linked")).into_response());
        }
        Redeemed::NotRecognised => {
            attempt.failed();
            Some("error-access-code-wrong")
        }
        Redeemed::WrongDateOfBirth { tries_left } => {
            attempt.failed();
            page.dob.error = Some("error-access-code-date-wrong");
            page.tries_left = Some(tries_left);
            None
        }
        Redeemed::LockedOut => {
            attempt.failed();
            Some("error-access-code-locked")
        }
        Redeemed::Replaced => {
            attempt.succeeded(&state.store).await?;
            Some("error-access-code-replaced")
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

async fn sharing(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let own = own_record(&state, &ctx, Action::ManageSharing).await?;
    let notice = match query.notice.as_str() {
        "granted" => Some("notice-access-granted"),
        "revoked" => Some("notice-access-revoked"),
        _ => None,
    };
    let view = SharingView {
        notice,
        ..sharing_view(&state, own.person_id).await?
    };
    Ok(ctx.page(view))
}

async fn sharing_view(state: &AppState, person_id: i64) -> Result<SharingView, WebError> {
    let grants = state
        .store
        .grants_given(person_id, state.config.clock.today())
        .await?
        .into_iter()
        .map(|g| GrantView {
            id: g.id,
            worker_name: g.worker_name.unwrap_or_default(),
            organisation: g.worker_organisation,
            granted_on: state.config.clock.local(g.granted_at).date,
            expires_on: g.expires_on,
        })
        .collect();
    Ok(SharingView {
        grants,
        ..SharingView::default()
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct GrantInput {
    email: String,
    days: String,
}

/// `POST /record/sharing`: give a legal aid worker access for a number of days.
async fn grant(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Posted<GrantInput>,
) -> Result<Response, WebError> {
    let OwnRecord { account, person_id } = own_record(&state, &ctx, Action::ManageSharing).await?;
    let (input, genuine) = form.into_parts();
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
    if !genuine {
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
        let until = state.config.clock.today() + time::Duration::days(days);
        match state
            .store
            .grant_access(&account, person_id, &input.email, until)
            .await
        {
            Ok(()) => {
                let to = paths::with_notice(paths::SHARING, "granted");
                return Ok(Redirect::to(&to).into_response());
            }
            Err(GrantError::NoSuchWorker) => view.email.error = Some("error-legal-aid-unknown"),
            Err(GrantError::Store(err)) => return Err(err.into()),
        }
    }
    Ok(ctx.rejected(view))
}

/// `POST /record/sharing/{grant}/revoke`: take a worker's access back.
async fn revoke(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(grant_id): Path<i64>,
    _: Genuine<Button>,
) -> Result<Response, WebError> {
    // A grant is always someone's: any refusal here is an attempt on their consent.
    let attempt = || format!("revoke of grant {grant_id}");
    let OwnRecord { account, person_id } =
        match own_record(&state, &ctx, Action::ManageSharing).await {
            Err(WebError::Refused(Refusal::NotFound)) => {
                return Err(ctx.refuse_someone_else_s(&state, attempt()).await);
            }
            other => other?,
        };
    if !state
        .store
        .revoke_access(&account, person_id, grant_id)
        .await?
    {
        return Err(ctx.refuse_someone_else_s(&state, attempt()).await);
    }
    Ok(Redirect::to(&paths::with_notice(paths::SHARING, "revoked")).into_response())
}

/// Looks listed on one page of "Who has viewed my record".
const VIEWS_PER_PAGE: u32 = 25;

/// `?page=` and `?own=` of "Who has viewed my record". Both are read leniently: a page number
/// that is not one shows the first page, past the end the last, rather than an error.
#[derive(Debug, Default, Deserialize)]
pub struct ViewsParams {
    #[serde(default)]
    page: String,
    #[serde(default)]
    own: String,
}

/// `GET /record/views`: who has looked at the person's record, newest first, a page at a time.
/// Other people's looks only unless the person asks for their own too: theirs are most of the
/// list and would bury the ones that matter.
async fn views(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(params): Query<ViewsParams>,
) -> Result<Response, WebError> {
    let OwnRecord { account, person_id } =
        own_record(&state, &ctx, Action::ViewRecordViews).await?;
    let include_own = params.own == "yes";
    let asked: u32 = params.page.parse().unwrap_or(1).max(1);
    let query = |page: u32| ViewsQuery {
        person_id,
        except_account: (!include_own).then_some(account.id),
        offset: i64::from(page - 1) * i64::from(VIEWS_PER_PAGE),
        limit: i64::from(VIEWS_PER_PAGE),
    };
    let mut found = state.store.record_views(query(asked)).await?;
    let per_page = i64::from(VIEWS_PER_PAGE);
    let pages = u32::try_from((found.total + per_page - 1) / per_page)
        .unwrap_or(u32::MAX)
        .max(1);
    let page = asked.min(pages);
    if page != asked {
        found = state.store.record_views(query(page)).await?;
    }
    let views = found
        .views
        .into_iter()
        .map(|v| ViewEntry {
            is_you: v.viewer_account_id == account.id,
            viewer_name: v.viewer_name,
            organisation: v.viewer_organisation,
            role: nav_role(v.viewer_role),
            at: state.config.clock.local(v.occurred_at),
        })
        .collect();
    Ok(ctx.page(ViewsView {
        views,
        page,
        pages,
        total: found.total,
        include_own,
    }))
}
