//! Disputes as their pages show them: a line of a list, a dispute's whole story, the entry it
//! is about, its documents. Shared by the person's side and the reviewer's.

use super::record::read_record_view;
use crate::clock::Clock;
use crate::disputes::{DisputeKind, DisputeStatus, EventKind};
use crate::domain::{Account, Role};
use crate::store::disputes::Dispute;
use crate::store::documents::DocumentInfo;
use crate::store::records::Reader;
use crate::store::{Store, StoreError};
use myrecord_app::i18n::Locale;
use myrecord_app::model::{
    DisputeDetailView, DisputeEntry, DisputeEventTag, DisputeKindTag, DisputeStatusTag,
    DisputeSummary, DocumentView, EventView, Field, RecordView,
};
use myrecord_app::paths;

/// A dispute's kind as pages name it.
pub fn kind_tag(kind: DisputeKind) -> DisputeKindTag {
    match kind {
        DisputeKind::NotMe => DisputeKindTag::NotMe,
        DisputeKind::OutcomeWrong => DisputeKindTag::OutcomeWrong,
        DisputeKind::DateWrong => DisputeKindTag::DateWrong,
        DisputeKind::ShouldBeCleared => DisputeKindTag::ShouldBeCleared,
        DisputeKind::Duplicate => DisputeKindTag::Duplicate,
        DisputeKind::Other => DisputeKindTag::Other,
    }
}

/// A dispute's status as pages name it.
pub fn status_tag(status: DisputeStatus) -> DisputeStatusTag {
    match status {
        DisputeStatus::Submitted => DisputeStatusTag::Submitted,
        DisputeStatus::InReview => DisputeStatusTag::InReview,
        DisputeStatus::InfoRequested => DisputeStatusTag::InfoRequested,
        DisputeStatus::Corrected => DisputeStatusTag::Corrected,
        DisputeStatus::NotChanged => DisputeStatusTag::NotChanged,
    }
}

/// A step of a dispute's timeline as pages name it.
pub fn event_tag(event: EventKind) -> DisputeEventTag {
    match event {
        EventKind::Submitted => DisputeEventTag::Submitted,
        EventKind::ReviewStarted => DisputeEventTag::ReviewStarted,
        EventKind::InfoRequested => DisputeEventTag::InfoRequested,
        EventKind::InfoGiven => DisputeEventTag::InfoGiven,
        EventKind::Corrected => DisputeEventTag::Corrected,
        EventKind::NotChanged => DisputeEventTag::NotChanged,
    }
}

/// The entry a dispute is about, as the record page shows it (None for the whole record).
/// Reading it is a view of the person's record, audited as `reader`'s.
pub async fn disputed_entry(
    store: &Store,
    clock: &Clock,
    reader: &Account,
    person_id: i64,
    charge_id: Option<i64>,
) -> Result<Option<DisputeEntry>, StoreError> {
    let Some(charge_id) = charge_id else {
        return Ok(None);
    };
    let record = read_record_view(store, clock, Reader::of(reader), person_id).await?;
    Ok(record.and_then(|record| entry_of(&record, charge_id)))
}

/// One entry of a record, with the arrest it came from.
fn entry_of(record: &RecordView, charge_id: i64) -> Option<DisputeEntry> {
    record.cases.iter().find_map(|case| {
        case.charges
            .iter()
            .find(|c| c.id == charge_id)
            .map(|charge| DisputeEntry {
                charge: charge.clone(),
                arrest_date: case.arrest_date,
                agency_name: case.agency_name.clone(),
            })
    })
}

/// Documents as listed, each with the address it downloads from.
pub fn document_views(
    documents: Vec<DocumentInfo>,
    href: impl Fn(i64) -> String,
) -> Vec<DocumentView> {
    documents
        .into_iter()
        .map(|d| DocumentView {
            href: href(d.id),
            id: d.id,
            file_name: d.file_name,
            size_bytes: d.size_bytes,
        })
        .collect()
}

/// The language a dispute was filed in. Disputes store the tag the portal was shown in, so an
/// unknown tag means one a later version removed; English is the portal's fallback too.
fn language_of(tag: &str) -> Locale {
    Locale::from_tag(tag).unwrap_or(Locale::En)
}

/// A line of a dispute list read by `reader`, dated by the state's `clock`; `today` decides
/// whether it is overdue.
pub fn summary(d: Dispute, reader: &Account, clock: &Clock, today: time::Date) -> DisputeSummary {
    let overdue = d.status.is_open() && d.due_on < today;
    DisputeSummary {
        reference: d.reference,
        kind: kind_tag(d.kind),
        status: status_tag(d.status),
        submitted_on: clock.local(d.submitted_at).date,
        due_on: d.due_on,
        person_name: d.person_name,
        overdue,
        language: language_of(&d.locale),
        filed_by_viewer: d.filed_by_account_id == reader.id,
    }
}

/// The whole story of a dispute, as its page shows it to `viewer`.
pub async fn detail_view(
    store: &Store,
    clock: &Clock,
    viewer: &Account,
    dispute: &Dispute,
) -> Result<DisputeDetailView, StoreError> {
    let events = store
        .dispute_events(dispute.id)
        .await?
        .into_iter()
        .map(|e| EventView {
            at: clock.local(e.occurred_at),
            kind: event_tag(e.kind),
            message: e.message,
            by_reviewer: e.actor_role == Some(Role::Reviewer),
        })
        .collect();
    let documents = store.dispute_documents(dispute.id).await?;
    let entry = disputed_entry(store, clock, viewer, dispute.person_id, dispute.charge_id).await?;
    let filer = store.account_by_id(dispute.filed_by_account_id).await?;
    let filed_by_worker = filer
        .filter(|account| account.role == Role::LegalAid)
        .map(|account| {
            let name = account.display_name.unwrap_or(account.email);
            match account.organisation {
                Some(organisation) => format!("{name}, {organisation}"),
                None => name,
            }
        });
    Ok(DisputeDetailView {
        reference: dispute.reference.clone(),
        kind: kind_tag(dispute.kind),
        status: status_tag(dispute.status),
        person_name: dispute.person_name.clone(),
        person_id: dispute.person_id,
        whole_record: dispute.charge_id.is_none(),
        entry,
        statement: dispute.statement.clone(),
        correct_value: dispute.correct_value.clone(),
        filed_by_worker,
        language: language_of(&dispute.locale),
        submitted_on: clock.local(dispute.submitted_at).date,
        due_on: dispute.due_on,
        events,
        documents: document_views(documents, |id| {
            paths::dispute_document(&dispute.reference, id)
        }),
        can_reply: dispute.status == DisputeStatus::InfoRequested,
        reply: Field::default(),
        reply_error: None,
        reply_document_error: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form submits a tag's value; the server reads it as its own kind: they must agree.
    #[test]
    fn kinds_map_one_to_one_with_the_values_forms_submit() {
        for kind in DisputeKind::ALL {
            assert_eq!(kind_tag(kind).value(), kind.as_str());
        }
    }
}
