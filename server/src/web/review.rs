//! The agency's side of disputes: the queue by due date, a dispute with its entry, statement
//! and documents, and the decisions: start reviewing, ask for more, correct the entry (old
//! values kept, the person reviewed again for clearance) or decline with a reason.

use super::AppState;
use super::context::PageContext;
use super::disputes::{detail_view, dispute_for, summary};
use super::error::{ErrorPage, WebError};
use super::forms::{TokenOnly, form_expired, parse_date_field};
use super::record::record_view;
use crate::disputes::{DisputeStatus, EventKind, MAX_STATEMENT_CHARS};
use crate::domain::Account;
use crate::policy::Action;
use crate::store::disputes::{Dispute, FieldChange};
use crate::store::records::Reader;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use myrecord_app::model::{
    CorrectionForm, DISPOSITIONS, DateField, Field, GRADES, RecordAudience, ReviewCaseView,
};
use myrecord_clearance::domain::format_date;
use serde::Deserialize;

pub async fn queue(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    ctx.authorize(Action::ListDisputes)?;
    let today = state.config.clock.today_text();
    let disputes = state
        .store
        .open_disputes()
        .await?
        .into_iter()
        .map(|d| summary(d, &state.config.clock, &today))
        .collect();
    Ok(Html(myrecord_app::render_review_queue(
        ctx.i18n,
        ctx.viewer(),
        disputes,
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    notice: String,
}

/// `GET /review/{reference}`: the dispute and its entry (reading the entry is audited as a
/// view of the person's record).
pub async fn case(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::DecideDispute).await?;
    let notice = match query.notice.as_str() {
        "updated" => Some("notice-dispute-updated"),
        "updated-not-reviewed" => Some("notice-dispute-updated-not-reviewed"),
        "already-decided" => Some("notice-dispute-already-decided"),
        _ => None,
    };
    let view = case_view(&state, &ctx, &dispute, notice).await?;
    Ok(Html(myrecord_app::render_review_case(
        ctx.i18n,
        ctx.viewer(),
        view,
    ))
    .into_response())
}

async fn case_view(
    state: &AppState,
    ctx: &PageContext,
    dispute: &Dispute,
    notice: Option<&'static str>,
) -> Result<ReviewCaseView, WebError> {
    let reviewer = ctx
        .account
        .as_ref()
        .expect("dispute_for checked the account");
    let detail = detail_view(state, reviewer, dispute).await?;
    let correction = match &detail.entry {
        Some(entry) => {
            let c = &entry.charge;
            let mut date = DateField::default();
            if let Some(iso) = &c.disposition_date {
                let mut parts = iso.splitn(3, '-');
                date.year = parts.next().unwrap_or_default().to_owned();
                date.month = parts
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches('0')
                    .to_owned();
                date.day = parts
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches('0')
                    .to_owned();
            }
            CorrectionForm {
                disposition: c.disposition.clone(),
                disposition_date: date,
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
pub async fn case_record(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::ViewCaseRecord).await?;
    let reviewer = ctx
        .account
        .as_ref()
        .expect("dispute_for checked the account");
    let reader = Reader {
        account_id: reviewer.id,
        role: reviewer.role.as_str(),
    };
    let record = state
        .store
        .read_record(reader, dispute.person_id)
        .await?
        .map(|record| record_view(record, &state.config.clock));
    let audience = RecordAudience::Case {
        reference: dispute.reference,
        person_name: dispute.person_name,
    };
    let html = myrecord_app::render_record(ctx.i18n, ctx.viewer(), record, audience, None);
    Ok(Html(html).into_response())
}

/// Emails to whoever may hear about `dispute`'s new status (see `crate::dispute_mail`).
async fn dispute_emails(
    state: &AppState,
    dispute: &Dispute,
    what: &str,
    message: Option<&str>,
) -> Result<Vec<crate::store::outbox::OutgoingEmail>, WebError> {
    Ok(crate::mail::readers::status_changed(
        &state.store,
        &state.config.clock,
        &state.config.public_url,
        dispute,
        what,
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
    let emails = dispute_emails(state, dispute, event.status_after().as_str(), message).await?;
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
    Redirect::to(&format!("/review/{}?notice={notice}", dispute.reference)).into_response()
}

pub async fn start_review(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Result<Form<TokenOnly>, FormRejection>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::DecideDispute).await?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        return Ok(form_expired());
    }
    let reviewer = ctx
        .account
        .clone()
        .expect("dispute_for checked the account");
    advance(&state, &reviewer, &dispute, EventKind::ReviewStarted, None).await
}

#[derive(Deserialize)]
pub struct MessageInput {
    /// Each form names its box after itself, so error links on the page go to the right one.
    #[serde(default, alias = "info_message", alias = "decline_message")]
    message: String,
    #[serde(default)]
    csrf_token: String,
}

/// The problem with a reviewer's message to the person, if any.
fn message_problem(message: &str, missing: &'static str) -> Option<&'static str> {
    if message.is_empty() {
        Some(missing)
    } else if message.chars().count() > MAX_STATEMENT_CHARS {
        Some("error-dispute-statement-too-long")
    } else {
        None
    }
}

/// `POST …/request-info` and `POST …/decline`: a message to the person, then the status.
async fn with_message(
    state: AppState,
    ctx: PageContext,
    reference: String,
    form: Result<Form<MessageInput>, FormRejection>,
    event: EventKind,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::DecideDispute).await?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let message = crate::disputes::clean_text(&input.message);
    let message = message.trim();
    let missing = if event == EventKind::InfoRequested {
        "error-review-request-missing"
    } else {
        "error-review-reason-missing"
    };
    let problem = if !ctx.form_is_genuine(&input.csrf_token).await? {
        Some("error-form-expired-retry")
    } else {
        message_problem(message, missing)
    };
    if let Some(problem) = problem {
        let mut view = case_view(&state, &ctx, &dispute, None).await?;
        let field = Field {
            value: message.to_owned(),
            error: Some(problem),
        };
        if event == EventKind::InfoRequested {
            view.info_message = field;
        } else {
            view.decline_message = field;
        }
        let html = myrecord_app::render_review_case(ctx.i18n, ctx.viewer(), view);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    let reviewer = ctx
        .account
        .clone()
        .expect("dispute_for checked the account");
    advance(&state, &reviewer, &dispute, event, Some(message)).await
}

pub async fn request_info(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Result<Form<MessageInput>, FormRejection>,
) -> Result<Response, WebError> {
    with_message(state, ctx, reference, form, EventKind::InfoRequested).await
}

pub async fn decline(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Result<Form<MessageInput>, FormRejection>,
) -> Result<Response, WebError> {
    with_message(state, ctx, reference, form, EventKind::NotChanged).await
}

#[derive(Deserialize)]
pub struct CorrectionInput {
    #[serde(default)]
    disposition: String,
    #[serde(default)]
    disposition_date_day: String,
    #[serde(default)]
    disposition_date_month: String,
    #[serde(default)]
    disposition_date_year: String,
    #[serde(default)]
    grade: String,
    #[serde(default)]
    restitution: String,
    #[serde(default)]
    strike: Option<String>,
    #[serde(default, rename = "correct_message")]
    message: String,
    #[serde(default)]
    csrf_token: String,
}

/// Dollars as typed ("45", "45.5", "1,045.00") in cents.
fn parse_dollars(text: &str) -> Option<i64> {
    let cleaned: String = text.trim().trim_start_matches('$').replace(',', "");
    let (whole, cents) = match cleaned.split_once('.') {
        Some((w, c)) if c.len() <= 2 && !c.is_empty() => (w, format!("{c:0<2}")),
        Some(_) => return None,
        None => (cleaned.as_str(), "00".to_owned()),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let cents: i64 = cents.parse().ok()?;
    whole.checked_mul(100)?.checked_add(cents)
}

/// `POST …/correct`: changes the entry (old values kept), marks the dispute corrected, tells
/// the person, and reviews their record again with the rule pack in force.
pub async fn correct(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    form: Result<Form<CorrectionInput>, FormRejection>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::DecideDispute).await?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let mut view = case_view(&state, &ctx, &dispute, None).await?;
    let message = crate::disputes::clean_text(&input.message);
    let message = message.trim();
    let mut form = CorrectionForm {
        disposition: input.disposition.clone(),
        disposition_date: DateField {
            day: input.disposition_date_day.trim().to_owned(),
            month: input.disposition_date_month.trim().to_owned(),
            year: input.disposition_date_year.trim().to_owned(),
            error: None,
        },
        grade: input.grade.clone(),
        restitution: Field::new(input.restitution.trim()),
        strike: input.strike.is_some(),
        message: Field::new(message),
        error: None,
    };
    let genuine = ctx.form_is_genuine(&input.csrf_token).await?;
    let changes = match &view.detail.entry {
        Some(entry) if genuine => changes_to(&entry.charge, &mut form, state.config.clock.today()),
        _ => Vec::new(),
    };
    if !genuine {
        form.error = Some("error-form-expired-retry");
    } else {
        form.message.error = message_problem(message, "error-review-correction-missing");
        if view.detail.entry.is_some()
            && changes.is_empty()
            && form.error.is_none()
            && form.disposition_date.error.is_none()
            && form.restitution.error.is_none()
        {
            form.error = Some("error-review-nothing-changed");
        }
    }
    let has_problem = form.error.is_some()
        || form.message.error.is_some()
        || form.disposition_date.error.is_some()
        || form.restitution.error.is_some();
    if has_problem {
        view.correction = form;
        let html = myrecord_app::render_review_case(ctx.i18n, ctx.viewer(), view);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    let reviewer = ctx
        .account
        .clone()
        .expect("dispute_for checked the account");
    let emails = dispute_emails(
        &state,
        &dispute,
        DisputeStatus::Corrected.as_str(),
        Some(message),
    )
    .await?;
    let applied = match dispute.charge_id {
        Some(charge_id) => {
            state
                .store
                .correct_entry(&dispute, &reviewer, charge_id, &changes, message, &emails)
                .await?
        }
        // A whole-record dispute: the reviewer says what was done; no entry changes here.
        None => {
            state
                .store
                .advance_dispute(
                    &dispute,
                    &reviewer,
                    EventKind::Corrected,
                    Some(message),
                    None,
                    &emails,
                )
                .await?
        }
    };
    state.mail_wakeup.notify_one();
    if applied && !changes.is_empty() && !review_again(&state, dispute.person_id).await {
        // The correction stands; tell the reviewer the decisions wait for the next run.
        return Ok(Redirect::to(&format!(
            "/review/{}?notice=updated-not-reviewed",
            dispute.reference
        ))
        .into_response());
    }
    Ok(back_to_case(&dispute, applied))
}

/// What the correction form changes in `charge`; problems are set on the form's fields.
fn changes_to(
    charge: &myrecord_app::model::ChargeView,
    form: &mut CorrectionForm,
    today: time::Date,
) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    if form.strike {
        changes.push(FieldChange {
            field: "struck_at",
            new_value: Some(crate::store::now_text()),
        });
        return changes;
    }
    if DISPOSITIONS.contains(&form.disposition.as_str()) && form.disposition != charge.disposition {
        changes.push(FieldChange {
            field: "disposition_type",
            new_value: Some(form.disposition.clone()),
        });
    }
    let date = &form.disposition_date;
    let blank = date.day.is_empty() && date.month.is_empty() && date.year.is_empty();
    let new_date = if blank {
        None
    } else {
        match parse_date_field(date, today) {
            Ok(d) => Some(format_date(d)),
            Err(problem) => {
                form.disposition_date.error = Some(problem);
                charge.disposition_date.clone()
            }
        }
    };
    if form.disposition_date.error.is_none() && new_date != charge.disposition_date {
        changes.push(FieldChange {
            field: "disposition_date",
            new_value: new_date,
        });
    }
    if GRADES.contains(&form.grade.as_str()) && form.grade != charge.grade {
        changes.push(FieldChange {
            field: "grade",
            new_value: Some(form.grade.clone()),
        });
    }
    match parse_dollars(&form.restitution.value) {
        Some(cents) if cents != charge.restitution_owed_cents => changes.push(FieldChange {
            field: "restitution_owed_cents",
            new_value: Some(cents.to_string()),
        }),
        Some(_) => {}
        None => form.restitution.error = Some("error-review-restitution"),
    }
    changes
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_are_read_as_people_type_them() {
        assert_eq!(parse_dollars("45"), Some(4500));
        assert_eq!(parse_dollars("$1,045.5"), Some(104_550));
        assert_eq!(parse_dollars("0.07"), Some(7));
        assert_eq!(parse_dollars(" 0 "), Some(0));
        for bad in ["", "abc", "1.234", "-5", "4.", "1e3"] {
            assert_eq!(parse_dollars(bad), None, "{bad}");
        }
    }
}
