//! "My record": the signed-in person's own record, read through the policy and audited.

use super::AppState;
use super::context::PageContext;
use super::error::{Refusal, WebError};
use crate::policy::Action;
use crate::store::records::ChargeDecision;
use crate::store::records::{Reader, StoredRecord};
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use myrecord_app::model::{
    CaseView, ChargeStatus, ChargeView, CorrectionNote, DecisionView, RecordAudience, RecordView,
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct RecordQuery {
    #[serde(default)]
    notice: String,
}

pub async fn my_record(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<RecordQuery>,
) -> Result<Response, WebError> {
    let Some(account) = &ctx.account else {
        return Err(WebError::Refused(Refusal::SignIn));
    };
    let record = match account.person_id {
        // Nothing linked yet: explain how, if the policy lets this account link a record at
        // all (staff have no record of their own here; they reach records through a case).
        None => {
            ctx.authorize(Action::LinkRecord)?;
            None
        }
        Some(person_id) => {
            let account = ctx
                .authorize_for_person(&state, Action::ViewRecord, person_id)
                .await?;
            let reader = Reader {
                account_id: account.id,
                role: account.role.as_str(),
            };
            state
                .store
                .read_record(reader, person_id)
                .await?
                .map(|record| record_view(record, &state.config.clock))
        }
    };
    let notice = (query.notice == "linked").then_some("notice-record-linked");
    Ok(Html(myrecord_app::render_record(
        ctx.i18n,
        ctx.viewer(),
        record,
        RecordAudience::Own,
        notice,
    ))
    .into_response())
}

/// A stored record as the record page shows it, dated by the state's `clock`.
pub(super) fn record_view(record: StoredRecord, clock: &crate::clock::Clock) -> RecordView {
    let catalog = crate::packs::catalog_pack().catalog();
    RecordView {
        first_name: record.first_name,
        data_as_of: record.data_as_of,
        cases: record
            .cycles
            .into_iter()
            .map(|cycle| {
                let first = cycle.charges.first();
                CaseView {
                    court_case: first.and_then(|c| c.court_case.clone()),
                    court_name: first.and_then(|c| c.court_name.clone()),
                    tracking_number: cycle.tracking_number,
                    arrest_date: cycle.arrest_date,
                    agency_name: cycle.agency_name,
                    charges: cycle
                        .charges
                        .into_iter()
                        .map(|charge| ChargeView {
                            id: charge.id,
                            seq: u32::try_from(charge.seq).unwrap_or_default(),
                            offense_message: catalog
                                .lookup(&charge.statute)
                                .and_then(|entry| entry.offense_message.clone()),
                            statute: charge.statute,
                            description: charge.description,
                            grade: charge.grade,
                            disposition: charge.disposition_type,
                            disposition_date: charge.disposition_date,
                            restitution_owed_cents: charge.restitution_owed_cents,
                            corrected: charge.corrected.map(|c| CorrectionNote {
                                on: clock.local(&c.at).date,
                                reference: c.reference,
                            }),
                            status: charge
                                .decision
                                .as_ref()
                                .map_or(ChargeStatus::NotYetReviewed, |d| status(&d.status)),
                            decision: charge.decision.map(decision_view),
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

fn status(code: &str) -> ChargeStatus {
    match code {
        "cleared" => ChargeStatus::Cleared,
        "waiting" => ChargeStatus::Waiting,
        _ => ChargeStatus::NotCleared,
    }
}

fn decision_view(decision: ChargeDecision) -> DecisionView {
    let pack = crate::packs::get(&decision.rule_pack);
    let law_message = crate::packs::law_message_of(&decision.rule_pack);
    let waiting_message = pack
        .zip(decision.rule.as_deref())
        .and_then(|(pack, rule)| pack.waiting_message(rule))
        .unwrap_or("decision-waiting")
        .to_owned();
    DecisionView {
        reasons: decision.reasons,
        date: decision.date,
        law_message,
        waiting_message,
        run_date: decision.reviewed_as_of,
    }
}
