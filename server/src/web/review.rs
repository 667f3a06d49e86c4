//! The agency's side of disputes: the queue by due date, a dispute with its entry, statement
//! and documents, and the decisions: start reviewing, ask for more, correct the entry (old
//! values kept, the person reviewed again for clearance) or decline with a reason.

use super::access::{self, DisputeAccess};
use super::context::{PageContext, Staff};
use super::correction::{CorrectionInput, Step, entry_change, message_problem};
use super::error::WebError;
use super::forms::{Button, Genuine, NoticeQuery, Posted};
use super::state::AppState;
use super::views::disputes::{detail_view, summary};
use super::views::record::read_record_view;
use crate::disputes::{EventKind, clean_text};
use crate::domain::Account;
use crate::policy::Action;
use crate::store::disputes::Dispute;
use crate::store::outbox::OutgoingEmail;
use crate::store::records::Reader;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::model::{DateField, Field};
use myrecord_app::pages::record::{RecordAudience, RecordPageView};
use myrecord_app::pages::review::{
    CorrectionCheckView, CorrectionForm, ReviewCaseView, ReviewQueueView,
};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::REVIEW, get(queue))
        .route(paths::REVIEW_CASE, get(case))
        .route(paths::REVIEW_RECORD, get(case_record))
        .route(paths::REVIEW_START, post(start_review))
        .route(paths::REVIEW_REQUEST_INFO, post(request_info))
        .route(paths::REVIEW_DECLINE, post(decline))
        .route(paths::REVIEW_CORRECT, post(correct))
}

async fn queue(
    State(state): State<AppState>,
    Staff { ctx, account }: Staff,
) -> Result<Response, WebError> {
    ctx.authorize(Action::ListDisputes)?;
    let today = state.config.clock.today();
    let disputes = state
        .store
        .open_disputes()
        .await?
        .into_iter()
        .map(|d| summary(d, &account, &state.config.clock, today))
        .collect();
    Ok(ctx.page(ReviewQueueView { disputes }))
}

/// `GET /review/{reference}`: the dispute and its entry (reading the entry is audited as a
/// view of the person's record).
async fn case(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let access = access::dispute(&state, &ctx, &reference, Action::DecideDispute).await?;
    let notice = match query.notice.as_str() {
        "updated" => Some("notice-dispute-updated"),
        "updated-not-reviewed" => Some("notice-dispute-updated-not-reviewed"),
        "already-decided" => Some("notice-dispute-already-decided"),
        _ => None,
    };
    Ok(ctx.page(case_view(&state, &access, notice).await?))
}

async fn case_view(
    state: &AppState,
    DisputeAccess { account, dispute }: &DisputeAccess,
    notice: Option<&'static str>,
) -> Result<ReviewCaseView, WebError> {
    let detail = detail_view(&state.store, &state.config.clock, account, dispute).await?;
    let correction = match &detail.entry {
        Some(entry) => {
            let c = &entry.charge;
            CorrectionForm {
                disposition: c.disposition.as_str().to_owned(),
                disposition_date: c.disposition_date.map(DateField::of).unwrap_or_default(),
                grade: c.grade.clone(),
                restitution: Field::new(format!(
                    "{}.{:02}",
                    c.restitution_owed_cents / 100,
                    c.restitution_owed_cents % 100
                )),
                ..CorrectionForm::default()
            }
        }
        None => CorrectionForm::default(),
    };
    Ok(ReviewCaseView {
        detail,
        correction,
        info_message: Field::default(),
        decline_message: Field::default(),
        notice,
    })
}

/// `GET /review/{reference}/record`: the person's whole record, through the case (audited).
async fn case_record(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let DisputeAccess { account, dispute } =
        access::dispute(&state, &ctx, &reference, Action::ViewCaseRecord).await?;
    let record = read_record_view(
        &state.store,
        &state.config.clock,
        Reader::of(&account),
        dispute.person_id,
    )
    .await?;
    Ok(ctx.page(RecordPageView {
        record,
        audience: RecordAudience::Case {
            reference: dispute.reference,
            person_name: dispute.person_name,
        },
        notice: None,
    }))
}

/// Emails to whoever may hear that `dispute` moved on (see `crate::mail::readers`).
async fn dispute_emails(
    state: &AppState,
    dispute: &Dispute,
    event: EventKind,
    message: Option<&str>,
) -> Result<Vec<OutgoingEmail>, WebError> {
    Ok(crate::mail::readers::moved_on(
        &state.store,
        &state.config.clock,
        &state.config.public_url,
        dispute,
        event,
        message,
    )
    .await?)
}

/// Records `event` on the dispute (with the reviewer's message and the emails it causes) and
/// goes back to the case page.
async fn advance(
    state: &AppState,
    reviewer: &Account,
    dispute: &Dispute,
    event: EventKind,
    message: Option<&str>,
) -> Result<Response, WebError> {
    let emails = dispute_emails(state, dispute, event, message).await?;
    let applied = state
        .store
        .advance_dispute(dispute, reviewer, event, message, None, &emails)
        .await?;
    state.mail_wakeup.notify_one();
    Ok(back_to_case(dispute, applied))
}

/// The case page again, saying whether the decision was recorded or had been overtaken (by
/// another reviewer deciding first).
fn back_to_case(dispute: &Dispute, applied: bool) -> Response {
    let notice = if applied {
        "updated"
    } else {
        "already-decided"
    };
    let case = paths::review_case(&dispute.reference);
    Redirect::to(&paths::with_notice(&case, notice)).into_response()
}

async fn start_review(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    _: Genuine<Button>,
) -> Result<Response, WebError> {
    let DisputeAccess { account, dispute } =
        access::dispute(&state, &ctx, &reference, Action::DecideDispute).await?;
    advance(&state, &account, &dispute, EventKind::ReviewStarted, None).await
}

#[derive(Deserialize)]
struct MessageInput {
    /// Each form names its box after itself, so error links on the page go to the right one.
    #[serde(default, alias = "info_message", alias = "decline_message")]
    message: String,
}

/// `POST …/request-info` and `POST …/decline`: a message to the person, then the status.
async fn with_message(
    state: AppState,
    ctx: PageContext,
    reference: String,
    form: Posted<MessageInput>,
    event: EventKind,
) -> Result<Response, WebError> {
    let access = access::dispute(&state, &ctx, &reference, Action::DecideDispute).await?;
    let (input, genuine) = form.into_parts();
    let message = clean_text(&input.message);
    let message = message.trim();
    let missing = if event == EventKind::InfoRequested {
        "error-review-request-missing"
    } else {
        "error-review-reason-missing"
    };
    let problem = if genuine {
        message_problem(message, missing)
    } else {
        Some("error-form-expired-retry")
    };
    if let Some(problem) = problem {
        let mut view = case_view(&state, &access, None).await?;
        let field = Field {
            value: message.to_owned(),
            error: Some(problem),
        };
        if event == EventKind::InfoRequested {
            view.info_message = field;
        } else {
            view.decline_message = field;
        }
        return Ok(ctx.rejected(view));
    }
    advance(
        &state,
        &access.account,
        &access.dispute,
        event,
        Some(message),
    )
    .await
}

async fn request_info(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Posted<MessageInput>,
) -> Result<Response, WebError> {
    with_message(state, ctx, reference, form, EventKind::InfoRequested).await
}

async fn decline(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Posted<MessageInput>,
) -> Result<Response, WebError> {
    with_message(state, ctx, reference, form, EventKind::NotChanged).await
}

/// `POST …/correct`: changes the entry (old values kept), marks the dispute corrected, tells
/// the person, and reviews their record again with the rule pack in force.
async fn correct(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Posted<CorrectionInput>,
) -> Result<Response, WebError> {
    let access = access::dispute(&state, &ctx, &reference, Action::DecideDispute).await?;
    let (input, genuine) = form.into_parts();
    // The case page holds the entry as it stands: what the form changes is read against it,
    // and it is the page shown again if the form has problems.
    let mut view = case_view(&state, &access, None).await?;
    let step = input.step();
    if step == Step::Edit {
        view.correction = input.for_editing();
        return Ok(ctx.page(view));
    }
    let entry = view.detail.entry.as_ref().map(|entry| &entry.charge);
    let correction = match input.parse(entry, genuine, state.config.clock.today()) {
        Ok(correction) => correction,
        Err(form) => {
            view.correction = *form;
            return Ok(ctx.rejected(view));
        }
    };
    if step == Step::Check {
        let changes = match entry {
            Some(charge) => correction
                .changes
                .iter()
                .map(|c| entry_change(charge, c))
                .collect(),
            None => Vec::new(),
        };
        return Ok(ctx.page(CorrectionCheckView {
            reference: access.dispute.reference.clone(),
            person_name: access.dispute.person_name.clone(),
            changes,
            message: correction.message,
            form: correction.form,
        }));
    }
    let DisputeAccess { account, dispute } = access;
    let message = correction.message.as_str();
    let emails = dispute_emails(&state, &dispute, EventKind::Corrected, Some(message)).await?;
    let changes = &correction.changes;
    let applied = match dispute.charge_id {
        Some(charge_id) => {
            state
                .store
                .correct_entry(&dispute, &account, charge_id, changes, message, &emails)
                .await?
        }
        // A whole-record dispute: the reviewer says what was done; no entry changes here.
        None => {
            let event = EventKind::Corrected;
            state
                .store
                .advance_dispute(&dispute, &account, event, Some(message), None, &emails)
                .await?
        }
    };
    state.mail_wakeup.notify_one();
    if applied && !changes.is_empty() && !review_again(&state, dispute.person_id).await {
        // The correction stands; tell the reviewer the decisions wait for the next run.
        let case = paths::review_case(&dispute.reference);
        let to = paths::with_notice(&case, "updated-not-reviewed");
        return Ok(Redirect::to(&to).into_response());
    }
    Ok(back_to_case(&dispute, applied))
}

/// Reviews the person again with the rule pack in force, so a correction that changes what
/// the rules read changes their decisions now, not at the next scheduled run. A failure here
/// leaves the correction in place; the next run reviews them anyway. False if it failed.
async fn review_again(state: &AppState, person_id: i64) -> bool {
    let Some(pack) = crate::packs::get(&state.config.rule_pack) else {
        tracing::error!("the configured rule pack is missing");
        return false;
    };
    match crate::clearance_run::run_for_person(
        &state.store,
        pack,
        state.config.clock.today(),
        &state.config.notices_dir,
        person_id,
    )
    .await
    {
        Ok(_) => true,
        Err(err) => {
            tracing::error!(error = %err, "could not review a corrected record again");
            false
        }
    }
}
