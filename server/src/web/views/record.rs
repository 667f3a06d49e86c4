//! A stored record as the record pages show it (the person's own, a client's, a case's).

use crate::store::records::{ChargeDecision, StoredRecord};
use myrecord_app::model::{
    CaseView, ChargeStatus, ChargeView, CorrectionNote, DecisionView, RecordView,
};
use myrecord_clearance::decision::Status;

/// A stored record as the record page shows it, dated by the state's `clock`.
pub fn record_view(record: StoredRecord, clock: &crate::clock::Clock) -> RecordView {
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
                            disposition: charge.disposition,
                            disposition_date: charge.disposition_date,
                            restitution_owed_cents: charge.restitution_owed_cents,
                            corrected: charge.corrected.map(|c| CorrectionNote {
                                on: clock.local(c.at).date,
                                reference: c.reference,
                            }),
                            status: charge
                                .decision
                                .as_ref()
                                .map_or(ChargeStatus::NotYetReviewed, |d| status(d.status)),
                            decision: charge.decision.map(|d| decision_view(d, clock)),
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

fn status(status: Status) -> ChargeStatus {
    match status {
        Status::Cleared => ChargeStatus::Cleared,
        Status::Waiting => ChargeStatus::Waiting,
        Status::NotEligible => ChargeStatus::NotCleared,
    }
}

fn decision_view(decision: ChargeDecision, clock: &crate::clock::Clock) -> DecisionView {
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
        sealed_on: decision.sealed_at.map(|at| clock.local(at).date),
    }
}
