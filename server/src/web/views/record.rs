//! A stored record as the record pages show it (the person's own, a client's, a case's).

use crate::clock::Clock;
use crate::store::records::{ChargeDecision, Reader, StoredRecord};
use crate::store::{Store, StoreError};
use myrecord_app::model::{
    CaseView, ChargeStatus, ChargeView, CorrectionNote, DecisionView, EntryRef, RecordView,
};
use myrecord_clearance::decision::{Reason, Status};
use myrecord_clearance::engine::history_blockers;
use std::collections::HashMap;

/// For each charge held back by the person's history: the charges that make up that history.
type HeldBack = HashMap<i64, Vec<i64>>;

/// Reads a person's record as `reader` (the read is audited) and shapes it for the record
/// pages, each entry held back by the person's history naming the entries that hold it.
pub async fn read_record_view(
    store: &Store,
    clock: &Clock,
    reader: Reader<'_>,
    person_id: i64,
) -> Result<Option<RecordView>, StoreError> {
    let Some(record) = store.read_record(reader, person_id).await? else {
        return Ok(None);
    };
    let mut view = record_view(record, clock);
    let charges = || view.cases.iter().flat_map(|case| &case.charges);
    let by_history = |charge: &ChargeView| {
        charge
            .decision
            .as_ref()
            .is_some_and(|decision| decision.reasons.contains(&Reason::DisqualifyingHistory))
    };
    // Most records have no entry held back by history: they cost no second read.
    if charges().any(by_history) {
        let held_back = held_back(store, person_id).await?;
        attach_held_back(&mut view, &held_back);
    }
    Ok(Some(view))
}

/// Names, on each entry held back by history, the entries that hold it (from the view's own
/// entries, so each is named as the page names it).
fn attach_held_back(view: &mut RecordView, held_back: &HeldBack) {
    let entries: HashMap<i64, EntryRef> = view
        .cases
        .iter()
        .flat_map(|case| &case.charges)
        .map(|charge| {
            let entry = EntryRef {
                id: charge.id,
                offense_message: charge.offense_message.clone(),
                description: charge.description.clone(),
                disposition_date: charge.disposition_date,
            };
            (charge.id, entry)
        })
        .collect();
    for charge in view.cases.iter_mut().flat_map(|case| &mut case.charges) {
        charge.held_back_by = held_back
            .get(&charge.id)
            .into_iter()
            .flatten()
            .filter_map(|other| entries.get(other).cloned())
            .collect();
    }
}

/// Asks the pack that decided each charge held back by history which charges hold it: the
/// stored decision says only that the history did, and the person should be able to see
/// which convictions those are.
async fn held_back(store: &Store, person_id: i64) -> Result<HeldBack, StoreError> {
    let mut held = HeldBack::new();
    let people = store.people_for_review(person_id, person_id + 1).await?;
    let Some(person) = people.into_iter().next() else {
        return Ok(held);
    };
    for (index, charge) in person.charges.iter().enumerate() {
        let Some(decision) = &charge.decision else {
            continue;
        };
        let pack = decision
            .rule
            .as_deref()
            .and_then(|rule| rule.split('/').next())
            .and_then(crate::packs::get);
        let Some(pack) = pack else {
            continue;
        };
        if decision.reasons.contains(&Reason::DisqualifyingHistory) {
            let others = history_blockers(pack, &person.record, index)
                .into_iter()
                .filter_map(|other| person.charges.get(other))
                .map(|other| other.charge_id)
                .collect();
            held.insert(charge.charge_id, others);
        }
    }
    Ok(held)
}

/// A stored record as the record page shows it, dated by the state's `clock` (entries held
/// back by history are named by [`attach_held_back`]).
fn record_view(record: StoredRecord, clock: &Clock) -> RecordView {
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
                            held_back_by: Vec::new(),
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

fn decision_view(decision: ChargeDecision, clock: &Clock) -> DecisionView {
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
        remedy_message: decision.remedy.map(|remedy| {
            pack.map_or_else(
                || remedy.shared_meaning(),
                |pack| pack.remedy_meaning(remedy),
            )
        }),
        remedy: decision.remedy,
        reduced_to: decision.reduced_to,
        run_date: decision.reviewed_as_of,
        sealed_on: decision.sealed_at.map(|at| clock.local(at).date),
    }
}
