//! Disputes, from the person's side (or their legal aid worker's): say what is wrong, step by
//! step, add documents, check, send; then the confirmation, "My disputes", each dispute's
//! timeline and documents, and answering a reviewer's request for more information.
//!
//! A dispute is written as a draft (kept in the database, so nothing is lost between steps)
//! and sent once: the draft's id is the idempotency key of the final button.

use super::access::{self, DisputeAccess, DraftAccess};
use super::context::{PageContext, SignedIn};
use super::error::{Refusal, WebError};
use super::forms::{Button, Genuine, Posted};
use super::state::AppState;
use super::uploads::{self, Upload, Uploaded, UploadedFile};
use super::views::disputes::{detail_view, disputed_entry, document_views, kind_tag, summary};
use crate::disputes::{self as rules, DisputeKind, DisputeStatus, EventKind};
use crate::domain::Account;
use crate::mail;
use crate::policy::Action;
use crate::store::StoreError;
use crate::store::disputes::Draft;
use crate::store::documents::LimitReached;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use myrecord_app::model::Field;
use myrecord_app::pages::disputes::{
    DisputeCheckView, DisputeConfirmationView, DisputeDetailsForm, DisputeDocumentsForm,
    DisputeKindForm, DisputeListView,
};
use myrecord_app::paths;
use serde::Deserialize;

/// The largest upload request: one document (10 MiB at most, checked with a clear message
/// at the field) plus the form around it. Anything larger is refused before it is read.
const UPLOAD_BODY_LIMIT: usize = rules::MAX_DOCUMENT_BYTES + 1024 * 1024;

pub fn router() -> Router<AppState> {
    let upload_limit = DefaultBodyLimit::max(UPLOAD_BODY_LIMIT);
    Router::new()
        .route(paths::DISPUTES, get(list))
        .route(paths::DISPUTE_NEW, get(new_form).post(start))
        .route(paths::DRAFT_KIND, get(kind_form))
        .route(paths::DRAFT_DETAILS, get(details_form).post(save_details))
        .route(
            paths::DRAFT_DOCUMENTS,
            get(documents_form).post(upload).layer(upload_limit),
        )
        .route(paths::DRAFT_DOCUMENT, get(draft_document))
        .route(paths::DRAFT_DOCUMENT_REMOVE, post(remove_document))
        .route(paths::DRAFT_CHECK, get(check))
        .route(paths::DRAFT_SUBMIT, post(submit))
        .route(paths::DISPUTE, get(detail))
        .route(paths::DISPUTE_SUBMITTED, get(confirmation))
        .route(paths::DISPUTE_REPLY, post(reply).layer(upload_limit))
        .route(paths::DISPUTE_DOCUMENT, get(document))
}

/// The person whose record a new dispute is about: the entry's owner, the person named (a
/// legal aid worker's client), or the signed-in person themselves.
async fn person_for_new_dispute(
    state: &AppState,
    ctx: &PageContext,
    account: &Account,
    charge: Option<i64>,
    person: Option<i64>,
) -> Result<i64, WebError> {
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

/// The entry of `person_id`'s record with `charge_id`, read as `reader` (audited).
async fn entry(
    state: &AppState,
    reader: &Account,
    person_id: i64,
    charge_id: Option<i64>,
) -> Result<Option<myrecord_app::model::DisputeEntry>, WebError> {
    let clock = &state.config.clock;
    Ok(disputed_entry(&state.store, clock, reader, person_id, charge_id).await?)
}

#[derive(Deserialize)]
struct NewQuery {
    charge: Option<i64>,
    person: Option<i64>,
}

/// `GET /disputes/new`: step 1, what is wrong.
async fn new_form(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    Query(query): Query<NewQuery>,
) -> Result<Response, WebError> {
    let person_id =
        person_for_new_dispute(&state, &ctx, &account, query.charge, query.person).await?;
    let account = ctx
        .authorize_for_person(&state, Action::FileDispute, person_id)
        .await?;
    let entry = entry(&state, account, person_id, query.charge).await?;
    if query.charge.is_some() && entry.is_none() {
        return Err(ctx
            .refuse_someone_else_s(&state, format!("dispute of entry {:?}", query.charge))
            .await);
    }
    Ok(ctx.page(DisputeKindForm {
        about_entry: query.charge.is_some(),
        charge: query.charge,
        person: Some(person_id),
        entry,
        ..DisputeKindForm::default()
    }))
}

#[derive(Deserialize)]
struct KindInput {
    #[serde(default)]
    kind: String,
    charge: Option<i64>,
    person: Option<i64>,
    /// Present when changing the answer of an existing draft.
    draft: Option<String>,
}

/// `POST /disputes/new`: starts a draft (or changes its answer to step 1).
async fn start(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    form: Posted<KindInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let resolved = async {
        let person_id =
            person_for_new_dispute(&state, &ctx, &account, input.charge, input.person).await?;
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
            return Ok(ctx.rejected(DisputeKindForm {
                about_entry: true,
                kind: input.kind.clone(),
                error: Some("error-dispute-entry-unknown"),
                ..DisputeKindForm::default()
            }));
        }
        Err(err) => return Err(err),
    };
    let entry = entry(&state, &account, person_id, input.charge).await?;
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
    if !genuine {
        form.error = Some("error-form-expired-retry");
    } else if input.charge.is_some() && entry.is_none() {
        // The entry was taken off the record (struck) since the page was shown.
        form.error = Some("error-dispute-entry-unknown");
    } else if kind.is_none_or(|k| input.charge.is_none() && !k.for_whole_record()) {
        form.error = Some("error-dispute-kind-missing");
    }
    let (Some(kind), None) = (kind, form.error) else {
        return Ok(ctx.rejected(form));
    };
    if let Some(draft_id) = input.draft {
        let DraftAccess { draft, .. } = access::editable_draft(&state, &ctx, &draft_id).await?;
        state.store.update_draft_kind(&draft.id, kind).await?;
        return Ok(Redirect::to(&paths::draft_check(&draft.id)).into_response());
    }
    let draft_id = crate::secrets::link_token();
    let limits = &state.config.storage_limits;
    match state
        .store
        .create_draft(&account, person_id, input.charge, kind, &draft_id, limits)
        .await
    {
        Ok(()) => Ok(Redirect::to(&paths::draft_details(&draft_id)).into_response()),
        Err(StoreError::LimitReached(_)) => {
            form.error = Some("error-dispute-too-many-drafts");
            Ok(ctx.rejected(form))
        }
        Err(err) => Err(err.into()),
    }
}

/// A draft's kind as its form shows it (empty before one was chosen).
fn kind_of(draft: &Draft) -> String {
    draft
        .kind
        .map(|k| k.as_str().to_owned())
        .unwrap_or_default()
}

/// `GET /disputes/drafts/{draft}/kind`: step 1 again, to change the answer.
async fn kind_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let DraftAccess { account, draft } = access::editable_draft(&state, &ctx, &draft_id).await?;
    let entry = entry(&state, &account, draft.person_id, draft.charge_id).await?;
    Ok(ctx.page(DisputeKindForm {
        about_entry: draft.charge_id.is_some(),
        charge: draft.charge_id,
        person: Some(draft.person_id),
        kind: kind_of(&draft),
        draft: Some(draft.id),
        entry,
        error: None,
    }))
}

async fn details_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let DraftAccess { draft, .. } = access::editable_draft(&state, &ctx, &draft_id).await?;
    Ok(ctx.page(DisputeDetailsForm {
        kind: draft.kind.map(kind_tag),
        draft: draft.id,
        statement: Field::new(draft.statement.unwrap_or_default()),
        correct_value: Field::new(draft.correct_value.unwrap_or_default()),
        form_error: None,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DetailsInput {
    statement: String,
    correct_value: String,
}

/// `POST …/details`: what happened, in the person's words. A form that comes back after the
/// session ended is shown again with everything typed, never thrown away.
async fn save_details(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
    form: Posted<DetailsInput>,
) -> Result<Response, WebError> {
    let (input, genuine) = form.into_parts();
    let (statement, correct_value) = (
        rules::clean_text(&input.statement),
        rules::clean_text(&input.correct_value),
    );
    let (statement, correct_value) = (statement.trim(), correct_value.trim());
    let mut form = DisputeDetailsForm {
        draft: draft_id.clone(),
        kind: None,
        statement: Field::new(statement),
        correct_value: Field::new(correct_value),
        form_error: None,
    };
    if ctx.account.is_none() {
        // Signed out while typing (the session timed out): show the text again, with the
        // reason, rather than losing it on the way to the sign-in page.
        form.form_error = Some("error-dispute-signed-out");
        return Ok(ctx.rejected(form));
    }
    let DraftAccess { draft, .. } = access::editable_draft(&state, &ctx, &draft_id).await?;
    form.kind = draft.kind.map(kind_tag);
    if !genuine {
        form.form_error = Some("error-form-expired-retry");
        return Ok(ctx.rejected(form));
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
        return Ok(ctx.rejected(form));
    }
    let correct_value = (!correct_value.is_empty()).then_some(correct_value);
    state
        .store
        .update_draft_details(&draft.id, statement, correct_value)
        .await?;
    Ok(Redirect::to(&paths::draft_documents(&draft.id)).into_response())
}

/// The Fluent id that tells the person which of their storage limits a document would pass.
fn limit_message(limit: LimitReached) -> &'static str {
    match limit {
        LimitReached::DocumentsOnDraft => "error-document-too-many",
        LimitReached::DocumentsOfAccount | LimitReached::BytesOfAccount => "error-document-no-room",
        LimitReached::OpenDrafts => "error-dispute-too-many-drafts",
    }
}

/// A draft's documents, each with its own download address.
async fn draft_documents(
    state: &AppState,
    draft: &Draft,
) -> Result<Vec<myrecord_app::model::DocumentView>, WebError> {
    let documents = state.store.draft_documents(&draft.id).await?;
    Ok(document_views(documents, |id| {
        paths::draft_document(&draft.id, id)
    }))
}

async fn documents_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let DraftAccess { draft, .. } = access::editable_draft(&state, &ctx, &draft_id).await?;
    Ok(ctx.page(documents_step(&state, &draft, None).await?))
}

async fn documents_step(
    state: &AppState,
    draft: &Draft,
    error: Option<&'static str>,
) -> Result<DisputeDocumentsForm, WebError> {
    Ok(DisputeDocumentsForm {
        draft: draft.id.clone(),
        documents: draft_documents(state, draft).await?,
        error,
    })
}

/// `POST …/documents`: one document at a time (a plain file input works without JavaScript).
/// "Continue" sends the same form, so a document chosen and not yet added is stored, not
/// lost; with none chosen it simply goes on.
async fn upload(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
    Uploaded(form): Uploaded,
) -> Result<Response, WebError> {
    let DraftAccess { account, draft } = access::editable_draft(&state, &ctx, &draft_id).await?;
    let (upload, genuine) = form.into_parts();
    let problem = if !genuine {
        Some("error-form-expired-retry")
    } else {
        upload.document_problem
    };
    let stored = match (problem, upload.file) {
        (Some(problem), _) => Err(problem),
        (None, None) if upload.continuing => Ok(()),
        (None, None) => Err("error-document-missing"),
        (None, Some(file)) => {
            let limits = &state.config.storage_limits;
            match state
                .store
                .add_draft_document(&draft.id, &account, file.as_new_document(), limits)
                .await
            {
                Ok(_) => Ok(()),
                Err(StoreError::LimitReached(limit)) => Err(limit_message(limit)),
                Err(err) => return Err(err.into()),
            }
        }
    };
    match stored {
        Ok(()) if upload.continuing => {
            Ok(Redirect::to(&paths::draft_check(&draft.id)).into_response())
        }
        Ok(()) => Ok(Redirect::to(&paths::draft_documents(&draft.id)).into_response()),
        Err(problem) => Ok(ctx.rejected(documents_step(&state, &draft, Some(problem)).await?)),
    }
}

async fn remove_document(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((draft_id, document_id)): Path<(String, i64)>,
    _: Genuine<Button>,
) -> Result<Response, WebError> {
    let DraftAccess { draft, .. } = access::editable_draft(&state, &ctx, &draft_id).await?;
    if !state
        .store
        .remove_draft_document(&draft.id, document_id)
        .await?
    {
        return Err(WebError::Refused(Refusal::NotFound));
    }
    Ok(Redirect::to(&paths::draft_documents(&draft.id)).into_response())
}

async fn draft_document(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((draft_id, document_id)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let DraftAccess { draft, .. } = access::own_draft(&state, &ctx, &draft_id).await?;
    let document = state
        .store
        .draft_document(&draft.id, document_id)
        .await?
        .ok_or(WebError::Refused(Refusal::NotFound))?;
    Ok(uploads::as_attachment(document))
}

/// `GET …/check`: every answer, each with a way to change it, and the button that sends.
async fn check(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
) -> Result<Response, WebError> {
    let access = access::editable_draft(&state, &ctx, &draft_id).await?;
    match check_step(&state, &access, None).await? {
        Ok(view) => Ok(ctx.page(view)),
        Err(missing_step) => Ok(missing_step),
    }
}

/// The check page's view; or, for a draft missing an answer (someone skipped a step by
/// address), the way back to that step.
async fn check_step(
    state: &AppState,
    DraftAccess { account, draft }: &DraftAccess,
    error: Option<&'static str>,
) -> Result<Result<DisputeCheckView, Response>, WebError> {
    let (Some(kind), Some(_)) = (draft.kind, &draft.statement) else {
        return Ok(Err(
            Redirect::to(&paths::draft_details(&draft.id)).into_response()
        ));
    };
    let entry = entry(state, account, draft.person_id, draft.charge_id).await?;
    Ok(Ok(DisputeCheckView {
        draft: draft.id.clone(),
        kind: kind_tag(kind),
        entry,
        statement: draft.statement.clone().unwrap_or_default(),
        correct_value: draft.correct_value.clone(),
        documents: draft_documents(state, draft).await?,
        error,
    }))
}

/// `POST …/submit`: sends the dispute, once, however many times the button is pressed.
async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(draft_id): Path<String>,
    form: Posted<Button>,
) -> Result<Response, WebError> {
    let access = access::editable_draft(&state, &ctx, &draft_id).await?;
    if let Posted::Expired(_) = form {
        return match check_step(&state, &access, Some("error-dispute-form-expired")).await? {
            Ok(view) => Ok(ctx.rejected(view)),
            Err(missing_step) => Ok(missing_step),
        };
    }
    let DraftAccess { account, draft } = access;
    if draft.kind.is_none() || draft.statement.is_none() {
        return Ok(Redirect::to(&paths::draft_details(&draft.id)).into_response());
    }
    let due_on = state.config.clock.today() + time::Duration::days(state.config.dispute_days);
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
        .submit_draft(&draft, &account, i18n.locale.tag(), due_on, |reference| {
            mail::readers::to_each(&readers, draft.person_id, |reader_i18n, to| {
                mail::messages::dispute_received(reader_i18n, to, reference, due_on, &public_url)
            })
        })
        .await?;
    if submitted.new {
        state.mail_wakeup.notify_one();
    }
    Ok(Redirect::to(&paths::dispute_submitted(&submitted.reference)).into_response())
}

async fn confirmation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let DisputeAccess { dispute, .. } =
        access::dispute(&state, &ctx, &reference, Action::ViewDispute).await?;
    Ok(ctx.page(DisputeConfirmationView {
        reference: dispute.reference,
        due_on: dispute.due_on,
    }))
}

/// `GET /disputes`: a person's disputes, or for a legal aid worker the disputes about clients
/// who still give them access, whoever filed them (the worker should not file the same mistake
/// twice, nor miss what the reviewer asked the client).
async fn list(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
) -> Result<Response, WebError> {
    let disputes = if let Some(person_id) = account.person_id {
        ctx.authorize_for_person(&state, Action::ViewDispute, person_id)
            .await?;
        state.store.disputes_of_person(person_id).await?
    } else if ctx.authorize(Action::ListClients).is_ok() {
        state
            .store
            .disputes_of_clients(&account, state.config.clock.today())
            .await?
    } else {
        // A person with no record linked has none; staff are turned away.
        ctx.authorize(Action::LinkRecord)?;
        Vec::new()
    };
    let today = state.config.clock.today();
    let disputes = disputes
        .into_iter()
        .map(|d| summary(d, &account, &state.config.clock, today))
        .collect();
    Ok(ctx.page(DisputeListView {
        disputes,
        show_names: account.person_id.is_none(),
    }))
}

async fn detail(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let DisputeAccess { account, dispute } =
        access::dispute(&state, &ctx, &reference, Action::ViewDispute).await?;
    let mut view = detail_view(&state.store, &state.config.clock, &account, &dispute).await?;
    // Only the person or their legal aid worker answers; reviewers work it from their queue.
    view.can_reply = view.can_reply
        && ctx
            .may(&state, Action::FileDispute, dispute.person_id)
            .await?;
    Ok(ctx.page(view))
}

/// `POST /disputes/{reference}/reply`: the answer to a request for more information, with an
/// optional document. The dispute goes back to the reviewer.
async fn reply(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(reference): Path<String>,
    Uploaded(form): Uploaded,
) -> Result<Response, WebError> {
    let access = access::dispute(&state, &ctx, &reference, Action::FileDispute).await?;
    let (upload, genuine): (Upload, bool) = form.into_parts();
    let message = upload.message.trim().to_owned();
    let dispute = &access.dispute;
    let error = if !genuine {
        Some("error-form-expired-retry")
    } else if upload.message_problem.is_some() {
        upload.message_problem
    } else if message.is_empty() {
        Some("error-dispute-reply-missing")
    } else if message.chars().count() > rules::MAX_STATEMENT_CHARS {
        Some("error-dispute-statement-too-long")
    } else if dispute.status != DisputeStatus::InfoRequested {
        Some("error-dispute-not-waiting")
    } else {
        None
    };
    if error.is_some() || upload.document_problem.is_some() {
        let refused = (error, upload.document_problem);
        return reply_refused(&state, &ctx, &access, message, refused).await;
    }
    let document = upload.file.as_ref().map(UploadedFile::as_new_document);
    // The dispute goes back to review: a status change, so the person hears of it too, and
    // the reviewer who asked learns the answer is in.
    let (store, clock, public_url) = (&state.store, &state.config.clock, &state.config.public_url);
    let mut emails = mail::readers::moved_on(
        store,
        clock,
        public_url,
        dispute,
        EventKind::InfoGiven,
        None,
    )
    .await?;
    emails.extend(mail::readers::answer_arrived(store, clock, public_url, dispute).await?);
    let advanced = state
        .store
        .advance_dispute(
            dispute,
            &access.account,
            EventKind::InfoGiven,
            Some(&message),
            document.as_ref().map(|d| (d, &state.config.storage_limits)),
            &emails,
        )
        .await;
    match advanced {
        Ok(_) => {}
        Err(StoreError::LimitReached(limit)) => {
            let refused = (None, Some(limit_message(limit)));
            return reply_refused(&state, &ctx, &access, message, refused).await;
        }
        Err(err) => return Err(err.into()),
    }
    state.mail_wakeup.notify_one();
    Ok(Redirect::to(&paths::dispute(&dispute.reference)).into_response())
}

/// The dispute's page again with the reply form as it was sent, and what was wrong with it:
/// (the message's problem, the document's).
async fn reply_refused(
    state: &AppState,
    ctx: &PageContext,
    DisputeAccess { account, dispute }: &DisputeAccess,
    message: String,
    (error, document_error): (Option<&'static str>, Option<&'static str>),
) -> Result<Response, WebError> {
    let mut view = detail_view(&state.store, &state.config.clock, account, dispute).await?;
    view.reply = Field::new(message);
    view.reply_error = error;
    view.reply_document_error = document_error;
    view.can_reply = true;
    Ok(ctx.rejected(view))
}

/// `GET /disputes/{reference}/documents/{id}`: a document, to whoever may see the dispute,
/// always as a download (never shown inside the site).
async fn document(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((reference, document_id)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let DisputeAccess { dispute, .. } =
        access::dispute(&state, &ctx, &reference, Action::ViewDispute).await?;
    let document = state
        .store
        .dispute_document(dispute.id, document_id)
        .await?
        .ok_or(WebError::Refused(Refusal::NotFound))?;
    Ok(uploads::as_attachment(document))
}
