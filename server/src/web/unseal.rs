//! `GET /review/sealed` and `POST /review/sealed/{flag}`: sealed entries a clearance run no
//! longer clears. A reviewer unseals one (the decision the law now gives replaces the seal,
//! the agencies get an "unseal" notice, all audited) or keeps it sealed; nothing is undone
//! without them.

use super::context::Staff;
use super::error::{Refusal, WebError};
use super::forms::{Genuine, NoticeQuery};
use super::state::AppState;
use crate::notices::{NoticeRow, NoticeWriter, RunInfo};
use crate::policy::Action;
use crate::store::records::Reader;
use crate::store::unseal::{UnsealChoice, UnsealFlag, UnsealedCharge};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::model::ChargeStatus;
use myrecord_app::pages::unseal::{SealedFlagView, SealedReviewView};
use myrecord_app::paths;
use myrecord_clearance::decision::Status;
use myrecord_clearance::domain::format_date;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::REVIEW_SEALED, get(list))
        .route(paths::REVIEW_SEALED_DECIDE, post(decide))
}

async fn list(
    State(state): State<AppState>,
    Staff { ctx, account }: Staff,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    ctx.authorize(Action::DecideUnseal)?;
    let flags = state
        .store
        .open_unseal_flags(Reader::of(&account))
        .await?
        .into_iter()
        .map(|flag| flag_view(flag, &state))
        .collect();
    let notice = match query.notice.as_str() {
        "unsealed" => Some("unseal-done-unsealed"),
        "kept" => Some("unseal-done-kept"),
        "already-decided" => Some("unseal-done-already"),
        _ => None,
    };
    Ok(ctx.page(SealedReviewView { flags, notice }))
}

fn flag_view(flag: UnsealFlag, state: &AppState) -> SealedFlagView {
    SealedFlagView {
        id: flag.id,
        person_name: flag.person_name,
        sid: flag.sid,
        tracking_number: flag.tracking_number,
        statute: flag.statute,
        description: flag.description,
        disposition_date: flag.disposition_date,
        sealed_rule: flag.sealed_rule,
        flagged_on: state.config.clock.local(flag.flagged_at).date,
        status: match flag.status {
            Status::Cleared => ChargeStatus::Cleared,
            Status::Waiting => ChargeStatus::Waiting,
            Status::NotEligible => ChargeStatus::NotCleared,
        },
        reasons: flag.reasons,
    }
}

#[derive(Deserialize)]
struct DecideInput {
    #[serde(default)]
    choice: String,
}

async fn decide(
    State(state): State<AppState>,
    Staff { ctx, account }: Staff,
    Path(flag): Path<String>,
    Genuine(input): Genuine<DecideInput>,
) -> Result<Response, WebError> {
    ctx.authorize(Action::DecideUnseal)?;
    let choice = match input.choice.as_str() {
        "unseal" => UnsealChoice::Unseal,
        "keep" => UnsealChoice::KeepSealed,
        _ => return Err(WebError::BadRequest),
    };
    // An id that is not a number is no flag, like one that does not exist.
    let Ok(flag_id) = flag.parse::<i64>() else {
        return Err(WebError::Refused(Refusal::NotFound));
    };
    let reviewer = (account.id, account.role.as_str());
    let notice = match state.store.decide_unseal(flag_id, reviewer, choice).await? {
        None => "already-decided",
        Some(None) => "kept",
        Some(Some(unsealed)) => {
            write_unseal_notice(&state, flag_id, &unsealed)?;
            "unsealed"
        }
    };
    let to = format!("{}?notice={notice}", paths::REVIEW_SEALED);
    Ok(Redirect::to(&to).into_response())
}

/// Tells the court and the police that the charge is public again.
fn write_unseal_notice(
    state: &AppState,
    flag_id: i64,
    charge: &UnsealedCharge,
) -> Result<(), WebError> {
    let pack = crate::packs::get(&state.config.rule_pack);
    let run = RunInfo {
        run_id: charge.flagged_run_id,
        rule_pack: state.config.rule_pack.clone(),
        law: pack
            .map(|p| p.law_citation().to_owned())
            .unwrap_or_default(),
        as_of: format_date(state.config.clock.today()),
    };
    let mut writer = NoticeWriter::create_for_unseal(&state.config.notices_dir, flag_id, run)
        .map_err(|e| WebError::Internal(e.into()))?;
    let row = |ori: &str, holder: &'static str| NoticeRow {
        ori: ori.to_owned(),
        holder,
        sid: charge.sid.clone(),
        last_name: charge.last_name.clone(),
        first_name: charge.first_name.clone(),
        dob: format_date(charge.dob),
        tracking_number: charge.tracking_number.clone(),
        court_case: charge.court_case.clone(),
        seq: charge.seq,
        statute: charge.statute.clone(),
        disposition_date: charge.disposition_date.map(format_date),
        rule: charge.rule.clone(),
        eligible_since: None,
        remedy: "unseal",
    };
    if let Some(court) = &charge.court_ori {
        writer.add(row(court, "court"));
    }
    writer.add(row(&charge.agency_ori, "arresting_agency"));
    writer.finish().map_err(|e| WebError::Internal(e.into()))?;
    Ok(())
}
