//! Disputes, from the person's side (or their legal aid worker's): say what is wrong, step by
//! step, add documents, check, send; then the confirmation, "My disputes", each dispute's
//! timeline and documents, and answering a reviewer's request for more information.
//!
//! A dispute is written as a draft (kept in the database, so nothing is lost between steps)
//! and sent once: the draft's id is the idempotency key of the final button.

use super::AppState;
use super::context::PageContext;
use super::error::{ErrorPage, Refusal, WebError};
use super::forms::{TokenOnly, form_expired};
use super::record::record_view;
use super::uploads;
use crate::disputes::{self as rules, DisputeKind, DisputeStatus, EventKind};
use crate::domain::Account;
use crate::mail;
use crate::policy::Action;
use crate::store::StoreError;
use crate::store::disputes::{Dispute, Draft};
use crate::store::documents::{DocumentInfo, LimitReached};
use crate::store::records::Reader;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use myrecord_app::model::{
    DisputeDetailView, DisputeDetailsForm, DisputeDocumentsForm, DisputeEntry, DisputeKindForm,
    DisputeSummary, DocumentView, EventView, Field, RecordView,
};
use myrecord_clearance::domain::format_date;
use serde::Deserialize;
use uploads::UploadedFile;

/// The person whose record a new dispute is about: the entry's owner, the person named (a
/// legal aid worker's client), or the signed-in person themselves.
async fn person_for_new_dispute(
    state: &AppState,
    ctx: &PageContext,
    charge: Option<i64>,
    person: Option<i64>,
) -> Result<i64, WebError> {
    let Some(account) = &ctx.account else {
        return Err(WebError::Refused(Refusal::SignIn));
    };
    if let Some(charge) = charge {
        return match state.store.person_of_charge(charge).await? {
            Some(person_id) => Ok(person_id),
            None => Err(ctx
                .refuse_someone_else_s(state, format!("dispute of entry {charge}"))
                .await),
        };
    }
    match person.or(account.person_id) {
        Some(person_id) => Ok(person_id),
        None => {
            ctx.authorize(Action::LinkRecord)?;
            Err(WebError::Refused(Refusal::LinkFirst))
        }
    }
}

/// The entry a dispute is about, as the record page shows it (None for the whole record).
async fn disputed_entry(
    state: &AppState,
    account: &Account,
    person_id: i64,
    charge_id: Option<i64>,
) -> Result<Option<DisputeEntry>, WebError> {
    let Some(charge_id) = charge_id else {
        return Ok(None);
    };
    let reader = Reader {
        account_id: account.id,
        role: account.role.as_str(),
    };
    let record = state
        .store
        .read_record(reader, person_id)
        .await?
        .map(|record| record_view(record, &state.config.clock));
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
                arrest_date: case.arrest_date.clone(),
                agency_name: case.agency_name.clone(),
            })
    })
}

#[derive(Deserialize)]
pub struct NewQuery {
    charge: Option<i64>,
    person: Option<i64>,
}

/// `GET /disputes/new`: step 1, what is wrong.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<NewQuery>,
) -> Result<Response, WebError> {
    let person_id = person_for_new_dispute(&state, &ctx, query.charge, query.person).await?;
    let account = ctx
        .authorize_for_person(&state, Action::FileDispute, person_id)
        .await?;
    let entry = disputed_entry(&state, account, person_id, query.charge).await?;
    if query.charge.is_some() && entry.is_none() {
        return Err(ctx
            .refuse_someone_else_s(&state, format!("dispute of entry {:?}", query.charge))
            .await);
    }
    let form = DisputeKindForm {
        about_entry: query.charge.is_some(),
        charge: query.charge,
        person: Some(person_id),
        entry,
        ..DisputeKindForm::default()
    };
    Ok(Html(myrecord_app::render_dispute_kind(
        ctx.i18n,
        ctx.viewer(),
        form,
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct KindInput {
    #[serde(default)]
    kind: String,
    charge: Option<i64>,
    person: Option<i64>,
    /// Present when changing the answer of an existing draft.
    draft: Option<String>,
    #[serde(default)]
    csrf_token: String,
}

/// `POST /disputes/new`: starts a draft (or changes its answer to step 1).
pub async fn start(
    State(state): State<AppState>,
    ctx: PageContext,
    form: Result<Form<KindInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let resolved = async {
        let person_id = person_for_new_dispute(&state, &ctx, input.charge, input.person).await?;
        let account = ctx
            .authorize_for_person(&state, Action::FileDispute, person_id)
            .await?
            .clone();
        Ok::<_, WebError>((person_id, account))
    }
    .await;
    let (person_id, account) = match resolved {
        Ok(resolved) => resolved,
        // Someone else's entry (or none) in the hidden field: the refusal is audited above;
        // the person gets the form back with the reason, and their choice kept.
        Err(WebError::Refused(Refusal::NotFound)) if input.charge.is_some() => {
            let form = DisputeKindForm {
                about_entry: true,
                kind: input.kind.clone(),
                error: Some("error-dispute-entry-unknown"),
                ..DisputeKindForm::default()
            };
            let html = myrecord_app::render_dispute_kind(ctx.i18n, ctx.viewer(), form);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
        Err(err) => return Err(err),
    };
    let entry = disputed_entry(&state, &account, person_id, input.charge).await?;
    let mut form = DisputeKindForm {
        about_entry: input.charge.is_some(),
        charge: input.charge,
        person: Some(person_id),
        draft: input.draft.clone(),
        kind: input.kind.clone(),
        entry: entry.clone(),
        error: None,
    };
    let kind = DisputeKind::parse(&input.kind);
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        form.error = Some("error-form-expired-retry");
    } else if input.charge.is_some() && entry.is_none() {
        // The entry was taken off the record (struck) since the page was shown.
        form.error = Some("error-dispute-entry-unknown");
    } else if kind.is_none_or(|k| input.charge.is_none() && !k.for_whole_record()) {
        form.error = Some("error-dispute-kind-missing");
    }
    let (Some(kind), None) = (kind, form.error) else {
        let html = myrecord_app::render_dispute_kind(ctx.i18n, ctx.viewer(), form);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    };
    let draft_id = match input.draft {
        Some(draft_id) => {
            let draft = editable_draft(&state, &ctx, &draft_id).await?;
            state.store.update_draft_kind(&draft.id, kind).await?;
            return Ok(
                Redirect::to(&format!("/disputes/drafts/{}/check", draft.id)).into_response(),
            );
        }
        None => crate::secrets::link_token(),
    };
    let limits = &state.config.storage_limits;
    match state
        .store
        .create_draft(&account, person_id, input.charge, kind, &draft_id, limits)
        .await
    {
        Ok(()) => {}
        Err(StoreError::LimitReached(_)) => {
            form.error = Some("error-dispute-too-many-drafts");
            let html = myrecord_app::render_dispute_kind(ctx.i18n, ctx.viewer(), form);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
        Err(err) => return Err(err.into()),
    }
    Ok(Redirect::to(&format!("/disputes/drafts/{draft_id}/details")).into_response())
}

/// `GET /disputes/drafts/{draft}/kind`: step 1 again, to change the answer.
pub async fn kind_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    let account = ctx.account.as_ref().expect("own_draft checked the account");
    let form = DisputeKindForm {
        about_entry: draft.charge_id.is_some(),
        charge: draft.charge_id,
        person: Some(draft.person_id),
        draft: Some(draft.id.clone()),
        kind: draft
            .kind
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        entry: disputed_entry(&state, account, draft.person_id, draft.charge_id).await?,
        error: None,
    };
    Ok(Html(myrecord_app::render_dispute_kind(
        ctx.i18n,
        ctx.viewer(),
        form,
    ))
    .into_response())
}

/// The signed-in account's own draft, still not sent, about a person it may still speak for.
/// Anything else is "not found" (and audited). A draft already sent leads to its dispute.
async fn own_draft(state: &AppState, ctx: &PageContext, draft_id: &str) -> Result<Draft, WebError> {
    let Some(account) = &ctx.account else {
        return Err(WebError::Refused(Refusal::SignIn));
    };
    let draft = match state.store.draft(draft_id).await? {
        Some(draft) if draft.account_id == account.id => draft,
        _ => {
            return Err(ctx
                .refuse_someone_else_s(state, "a dispute draft".to_owned())
                .await);
        }
    };
    ctx.authorize_for_person(state, Action::FileDispute, draft.person_id)
        .await?;
    Ok(draft)
}

/// The signed-in account's own draft, while it can still be changed. A draft already sent
/// leads to its dispute's confirmation instead of being changed (or sent) again.
async fn editable_draft(
    state: &AppState,
    ctx: &PageContext,
    draft_id: &str,
) -> Result<Draft, WebError> {
    let draft = own_draft(state, ctx, draft_id).await?;
    if draft.submitted_dispute_id.is_none() {
        return Ok(draft);
    }
    match state.store.reference_of_draft(&draft.id).await? {
        Some(reference) => Err(WebError::SeeOther(format!(
            "/disputes/{reference}/submitted"
        ))),
        None => Ok(draft),
    }
}

pub async fn details_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    let form = DisputeDetailsForm {
        draft: draft.id.clone(),
        kind: draft
            .kind
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        statement: Field::new(draft.statement.unwrap_or_default()),
        correct_value: Field::new(draft.correct_value.unwrap_or_default()),
        form_error: None,
    };
    Ok(Html(myrecord_app::render_dispute_details(
        ctx.i18n,
        ctx.viewer(),
        form,
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct DetailsInput {
    #[serde(default)]
    statement: String,
    #[serde(default)]
    correct_value: String,
    #[serde(default)]
    csrf_token: String,
}

/// `POST …/details`: what happened, in the person's words. A form that comes back after the
/// session ended is shown again with everything typed, never thrown away.
pub async fn save_details(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
    form: Result<Form<DetailsInput>, FormRejection>,
) -> Result<Response, WebError> {
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    let (statement, correct_value) = (
        rules::clean_text(&input.statement),
        rules::clean_text(&input.correct_value),
    );
    let (statement, correct_value) = (statement.trim(), correct_value.trim());
    let mut form = DisputeDetailsForm {
        draft: draft_id.clone(),
        kind: String::new(),
        statement: Field::new(statement),
        correct_value: Field::new(correct_value),
        form_error: None,
    };
    let rejected = |form: DisputeDetailsForm| {
        let html = myrecord_app::render_dispute_details(ctx.i18n, ctx.viewer(), form);
        Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
    };
    if ctx.account.is_none() {
        // Signed out while typing (the session timed out): show the text again, with the
        // reason, rather than losing it on the way to the sign-in page.
        form.form_error = Some("error-dispute-signed-out");
        return rejected(form);
    }
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    form.kind = draft
        .kind
        .map(|k| k.as_str().to_owned())
        .unwrap_or_default();
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        form.form_error = Some("error-form-expired-retry");
        return rejected(form);
    }
    form.statement.error = if statement.is_empty() {
        Some("error-dispute-statement-missing")
    } else if statement.chars().count() > rules::MAX_STATEMENT_CHARS {
        Some("error-dispute-statement-too-long")
    } else {
        None
    };
    if correct_value.chars().count() > rules::MAX_CORRECT_VALUE_CHARS {
        form.correct_value.error = Some("error-dispute-correct-value-too-long");
    }
    if form.statement.error.is_some() || form.correct_value.error.is_some() {
        return rejected(form);
    }
    let correct_value = (!correct_value.is_empty()).then_some(correct_value);
    state
        .store
        .update_draft_details(&draft.id, statement, correct_value)
        .await?;
    Ok(Redirect::to(&format!("/disputes/drafts/{}/documents", draft.id)).into_response())
}

/// The Fluent id that tells the person which of their storage limits a document would pass.
fn limit_message(limit: LimitReached) -> &'static str {
    match limit {
        LimitReached::DocumentsOnDraft => "error-document-too-many",
        LimitReached::DocumentsOfAccount | LimitReached::BytesOfAccount => "error-document-no-room",
        LimitReached::OpenDrafts => "error-dispute-too-many-drafts",
    }
}

fn document_views(documents: Vec<DocumentInfo>, link_base: &str) -> Vec<DocumentView> {
    documents
        .into_iter()
        .map(|d| DocumentView {
            href: format!("{link_base}/{}", d.id),
            id: d.id,
            file_name: d.file_name,
            size_bytes: d.size_bytes,
        })
        .collect()
}

pub async fn documents_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    render_documents(&state, &ctx, &draft, None, StatusCode::OK).await
}

async fn render_documents(
    state: &AppState,
    ctx: &PageContext,
    draft: &Draft,
    error: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let documents = state.store.draft_documents(&draft.id).await?;
    let form = DisputeDocumentsForm {
        draft: draft.id.clone(),
        documents: document_views(
            documents,
            &format!("/disputes/drafts/{}/documents", draft.id),
        ),
        error,
    };
    let html = myrecord_app::render_dispute_documents(ctx.i18n, ctx.viewer(), form);
    Ok((status, Html(html)).into_response())
}

/// `POST …/documents`: one document at a time (a plain file input works without JavaScript).
pub async fn upload(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    let rejected = |error| {
        render_documents(
            &state,
            &ctx,
            &draft,
            Some(error),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let upload = uploads::read(multipart).await;
    if !ctx.form_is_genuine(&upload.csrf_token).await? {
        return rejected("error-form-expired-retry").await;
    }
    if let Some(problem) = upload.document_problem {
        return rejected(problem).await;
    }
    let Some(file) = upload.file else {
        return rejected("error-document-missing").await;
    };
    let account = ctx.account.as_ref().expect("own_draft checked the account");
    let stored = state
        .store
        .add_draft_document(
            &draft.id,
            account,
            file.as_new_document(),
            &state.config.storage_limits,
        )
        .await;
    match stored {
        Ok(_) => {}
        Err(StoreError::LimitReached(limit)) => return rejected(limit_message(limit)).await,
        Err(err) => return Err(err.into()),
    }
    Ok(Redirect::to(&format!("/disputes/drafts/{}/documents", draft.id)).into_response())
}

pub async fn remove_document(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((draft_id, document_id)): Path<(String, i64)>,
    form: Result<Form<TokenOnly>, FormRejection>,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        return Ok(form_expired());
    }
    if !state
        .store
        .remove_draft_document(&draft.id, document_id)
        .await?
    {
        return Err(WebError::Refused(Refusal::NotFound));
    }
    Ok(Redirect::to(&format!("/disputes/drafts/{}/documents", draft.id)).into_response())
}

pub async fn draft_document(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((draft_id, document_id)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let draft = own_draft(&state, &ctx, &draft_id).await?;
    let document = state
        .store
        .draft_document(&draft.id, document_id)
        .await?
        .ok_or(WebError::Refused(Refusal::NotFound))?;
    Ok(uploads::as_attachment(document))
}

/// `GET …/check`: every answer, each with a way to change it, and the button that sends.
pub async fn check(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    render_check(&state, &ctx, &draft, None, StatusCode::OK).await
}

async fn render_check(
    state: &AppState,
    ctx: &PageContext,
    draft: &Draft,
    error: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, WebError> {
    // A draft missing an answer (someone skipped a step by address) goes back to that step.
    if draft.kind.is_none() || draft.statement.is_none() {
        return Ok(Redirect::to(&format!("/disputes/drafts/{}/details", draft.id)).into_response());
    }
    let account = ctx.account.as_ref().expect("own_draft checked the account");
    let entry = disputed_entry(state, account, draft.person_id, draft.charge_id).await?;
    let documents = state.store.draft_documents(&draft.id).await?;
    let view = myrecord_app::model::DisputeCheckView {
        draft: draft.id.clone(),
        kind: draft
            .kind
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        entry,
        statement: draft.statement.clone().unwrap_or_default(),
        correct_value: draft.correct_value.clone(),
        documents: document_views(
            documents,
            &format!("/disputes/drafts/{}/documents", draft.id),
        ),
        error,
    };
    let html = myrecord_app::render_dispute_check(ctx.i18n, ctx.viewer(), view);
    Ok((status, Html(html)).into_response())
}

#[derive(Deserialize)]
pub struct SubmitInput {
    #[serde(default)]
    csrf_token: String,
}

/// `POST …/submit`: sends the dispute, once, however many times the button is pressed.
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
    form: Result<Form<SubmitInput>, FormRejection>,
) -> Result<Response, WebError> {
    let draft = editable_draft(&state, &ctx, &draft_id).await?;
    let Ok(Form(input)) = form else {
        return Ok(ErrorPage::BAD_REQUEST.into_response());
    };
    if !ctx.form_is_genuine(&input.csrf_token).await? {
        return render_check(
            &state,
            &ctx,
            &draft,
            Some("error-dispute-form-expired"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if draft.kind.is_none() || draft.statement.is_none() {
        return Ok(Redirect::to(&format!("/disputes/drafts/{}/details", draft.id)).into_response());
    }
    let account = ctx.account.clone().expect("own_draft checked the account");
    let due_on =
        format_date(state.config.clock.today() + time::Duration::days(state.config.dispute_days));
    let readers = mail::readers::readers(
        &state.store,
        &state.config.clock,
        draft.person_id,
        account.id,
    )
    .await?;
    let i18n = ctx.i18n;
    let public_url = state.config.public_url.clone();
    let submitted = state
        .store
        .submit_draft(&draft, &account, i18n.locale.tag(), &due_on, |reference| {
            mail::readers::to_each(&readers, draft.person_id, |to| {
                mail::messages::dispute_received(i18n, to, reference, &due_on, &public_url)
            })
        })
        .await?;
    if submitted.new {
        state.mail_wakeup.notify_one();
    }
    Ok(Redirect::to(&format!("/disputes/{}/submitted", submitted.reference)).into_response())
}

/// A dispute by its reference, once the policy lets the signed-in account `action` on it.
/// Unknown and forbidden references look the same.
pub(super) async fn dispute_for(
    state: &AppState,
    ctx: &PageContext,
    reference: &str,
    action: Action,
) -> Result<Dispute, WebError> {
    if ctx.account.is_none() {
        return Err(WebError::Refused(Refusal::SignIn));
    }
    let found = if rules::looks_like_reference(reference) {
        state.store.dispute_by_reference(reference).await?
    } else {
        None
    };
    let Some(dispute) = found else {
        return Err(ctx
            .refuse_someone_else_s(state, "a dispute that does not exist".to_owned())
            .await);
    };
    ctx.authorize_for_person(state, action, dispute.person_id)
        .await?;
    Ok(dispute)
}

pub async fn confirmation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::ViewDispute).await?;
    let html = myrecord_app::render_dispute_confirmation(
        ctx.i18n,
        ctx.viewer(),
        dispute.reference,
        dispute.due_on,
    );
    Ok(Html(html).into_response())
}

/// `GET /disputes`: a person's disputes, or the ones a legal aid worker sent for clients who
/// still give them access.
pub async fn list(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    let Some(account) = ctx.account.clone() else {
        return Err(WebError::Refused(Refusal::SignIn));
    };
    let disputes = if let Some(person_id) = account.person_id {
        ctx.authorize_for_person(&state, Action::ViewDispute, person_id)
            .await?;
        state.store.disputes_of_person(person_id).await?
    } else if ctx.authorize(Action::ListClients).is_ok() {
        state
            .store
            .disputes_filed_for_clients(&account, &state.config.clock.today_text())
            .await?
    } else {
        // A person with no record linked has none; staff are turned away.
        ctx.authorize(Action::LinkRecord)?;
        Vec::new()
    };
    let today = state.config.clock.today_text();
    let summaries = disputes
        .into_iter()
        .map(|d| summary(d, &state.config.clock, &today))
        .collect();
    let show_names = account.person_id.is_none();
    let html = myrecord_app::render_dispute_list(ctx.i18n, ctx.viewer(), summaries, show_names);
    Ok(Html(html).into_response())
}

/// A line of a dispute list, dated by the state's `clock`; `today` (ISO) decides whether it
/// is overdue.
pub(super) fn summary(d: Dispute, clock: &crate::clock::Clock, today: &str) -> DisputeSummary {
    let overdue = d.status.is_open() && d.due_on.as_str() < today;
    DisputeSummary {
        reference: d.reference,
        kind: d.kind.as_str().to_owned(),
        status: d.status.as_str().to_owned(),
        submitted_on: clock.local(&d.submitted_at).date,
        due_on: d.due_on,
        person_name: d.person_name,
        overdue,
    }
}

/// The whole story of a dispute, as its page shows it.
pub(super) async fn detail_view(
    state: &AppState,
    viewer: &Account,
    dispute: &Dispute,
) -> Result<DisputeDetailView, WebError> {
    let events = state
        .store
        .dispute_events(dispute.id)
        .await?
        .into_iter()
        .map(|e| EventView {
            at: state.config.clock.local(&e.occurred_at),
            kind: e.kind.as_str().to_owned(),
            message: e.message,
            by_reviewer: e.actor_role.as_deref() == Some("reviewer"),
        })
        .collect();
    let documents = state.store.dispute_documents(dispute.id).await?;
    let entry = disputed_entry(state, viewer, dispute.person_id, dispute.charge_id).await?;
    Ok(DisputeDetailView {
        reference: dispute.reference.clone(),
        kind: dispute.kind.as_str().to_owned(),
        status: dispute.status.as_str().to_owned(),
        person_name: dispute.person_name.clone(),
        person_id: dispute.person_id,
        whole_record: dispute.charge_id.is_none(),
        entry,
        statement: dispute.statement.clone(),
        correct_value: dispute.correct_value.clone(),
        submitted_on: state.config.clock.local(&dispute.submitted_at).date,
        due_on: dispute.due_on.clone(),
        events,
        documents: document_views(
            documents,
            &format!("/disputes/{}/documents", dispute.reference),
        ),
        can_reply: dispute.status == DisputeStatus::InfoRequested,
        reply: Field::default(),
        reply_error: None,
        reply_document_error: None,
    })
}

pub async fn detail(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::ViewDispute).await?;
    let account = ctx
        .account
        .as_ref()
        .expect("dispute_for checked the account");
    let mut view = detail_view(&state, account, &dispute).await?;
    // Only the person or their legal aid worker answers; reviewers work it from their queue.
    view.can_reply = view.can_reply
        && ctx
            .may(&state, Action::FileDispute, dispute.person_id)
            .await?;
    Ok(Html(myrecord_app::render_dispute_detail(
        ctx.i18n,
        ctx.viewer(),
        view,
    ))
    .into_response())
}

/// `POST /disputes/{reference}/reply`: the answer to a request for more information, with an
/// optional document. The dispute goes back to the reviewer.
pub async fn reply(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::FileDispute).await?;
    let account = ctx
        .account
        .clone()
        .expect("dispute_for checked the account");
    let upload = uploads::read(multipart).await;
    let message = upload.message.trim().to_owned();
    let mut error = None;
    if !ctx.form_is_genuine(&upload.csrf_token).await? {
        error = Some("error-form-expired-retry");
    } else if upload.message_problem.is_some() {
        error = upload.message_problem;
    } else if message.is_empty() {
        error = Some("error-dispute-reply-missing");
    } else if message.chars().count() > rules::MAX_STATEMENT_CHARS {
        error = Some("error-dispute-statement-too-long");
    } else if dispute.status != DisputeStatus::InfoRequested {
        error = Some("error-dispute-not-waiting");
    }
    if error.is_some() || upload.document_problem.is_some() {
        return reply_refused(
            &state,
            &ctx,
            &account,
            &dispute,
            message,
            error,
            upload.document_problem,
        )
        .await;
    }
    let document = upload.file.as_ref().map(UploadedFile::as_new_document);
    // The dispute goes back to review: a status change, so the person hears of it too, and
    // the reviewer who asked learns the answer is in.
    let (store, clock, public_url) = (&state.store, &state.config.clock, &state.config.public_url);
    let mut emails =
        mail::readers::status_changed(store, clock, public_url, &dispute, "info_given", None)
            .await?;
    emails.extend(mail::readers::answer_arrived(store, clock, public_url, &dispute).await?);
    let advanced = state
        .store
        .advance_dispute(
            &dispute,
            &account,
            EventKind::InfoGiven,
            Some(&message),
            document.as_ref().map(|d| (d, &state.config.storage_limits)),
            &emails,
        )
        .await;
    match advanced {
        Ok(_) => {}
        Err(StoreError::LimitReached(limit)) => {
            let problem = Some(limit_message(limit));
            return reply_refused(&state, &ctx, &account, &dispute, message, None, problem).await;
        }
        Err(err) => return Err(err.into()),
    }
    state.mail_wakeup.notify_one();
    Ok(Redirect::to(&format!("/disputes/{}", dispute.reference)).into_response())
}

/// The dispute's page again with the reply form as it was sent, and what was wrong with it.
async fn reply_refused(
    state: &AppState,
    ctx: &PageContext,
    account: &Account,
    dispute: &Dispute,
    message: String,
    error: Option<&'static str>,
    document_error: Option<&'static str>,
) -> Result<Response, WebError> {
    let mut view = detail_view(state, account, dispute).await?;
    view.reply = Field::new(message);
    view.reply_error = error;
    view.reply_document_error = document_error;
    view.can_reply = true;
    let html = myrecord_app::render_dispute_detail(ctx.i18n, ctx.viewer(), view);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// `GET /disputes/{reference}/documents/{id}`: a document, to whoever may see the dispute,
/// always as a download (never shown inside the site).
pub async fn document(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((reference, document_id)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let dispute = dispute_for(&state, &ctx, &reference, Action::ViewDispute).await?;
    let document = state
        .store
        .dispute_document(dispute.id, document_id)
        .await?
        .ok_or(WebError::Refused(Refusal::NotFound))?;
    Ok(uploads::as_attachment(document))
}
