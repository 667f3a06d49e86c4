//! Legal aid workers' client list, and the administrator's record access codes and letters.

use super::context::{PageContext, Staff};
use super::error::{Refusal, WebError};
use super::forms::Posted;
use super::state::AppState;
use super::views::record::read_record_view;
use crate::domain::Account;
use crate::policy::Action;
use crate::secrets;
use crate::store::records::Reader;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use myrecord_app::i18n::Locale;
use myrecord_app::model::Field;
use myrecord_app::pages::record::{ClientBanner, RecordAudience, RecordPageView};
use myrecord_app::pages::staff::{
    AccessCodeForm, AdminView, ClientView, ClientsView, ImportView, LetterView, OperationsView,
    RunView,
};
use myrecord_app::paths;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::CLIENTS, get(clients))
        .route(paths::CLIENT, get(client_record))
        .route(paths::ADMIN, get(admin))
        .route(paths::ADMIN_ACCESS_CODES, post(issue_access_code))
}

async fn clients(
    State(state): State<AppState>,
    Staff { ctx, .. }: Staff,
) -> Result<Response, WebError> {
    let worker = ctx.authorize(Action::ListClients)?;
    let clients = state
        .store
        .clients_of(worker, state.config.clock.today())
        .await?
        .into_iter()
        .map(|g| ClientView {
            person_id: g.person_id,
            name: g.person_name,
            expires_on: g.expires_on,
        })
        .collect();
    Ok(ctx.page(ClientsView { clients }))
}

/// `GET /clients/{person}`: a client's record, while their consent lasts (audited).
async fn client_record(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(person_id): Path<i64>,
) -> Result<Response, WebError> {
    let worker = ctx
        .authorize_for_person(&state, Action::ViewClientRecord, person_id)
        .await?;
    let grant = state
        .store
        .clients_of(worker, state.config.clock.today())
        .await?
        .into_iter()
        .find(|g| g.person_id == person_id)
        .ok_or(WebError::Refused(Refusal::NotFound))?;
    let record = read_record_view(
        &state.store,
        &state.config.clock,
        Reader::of(worker),
        person_id,
    )
    .await?;
    let banner = ClientBanner {
        name: grant.person_name,
        expires_on: grant.expires_on,
    };
    Ok(ctx.page(RecordPageView {
        record,
        audience: RecordAudience::Client { banner, person_id },
        notice: None,
    }))
}

async fn admin(
    State(state): State<AppState>,
    Staff { ctx, .. }: Staff,
) -> Result<Response, WebError> {
    ctx.authorize(Action::IssueAccessCode)?;
    let page = admin_page(&state, &ctx, AccessCodeForm::default()).await?;
    Ok(ctx.page(page))
}

/// The administrator's page: the access code form, then the history of imports and runs.
async fn admin_page(
    state: &AppState,
    ctx: &PageContext,
    form: AccessCodeForm,
) -> Result<AdminView, WebError> {
    ctx.authorize(Action::ViewOperations)?;
    let clock = &state.config.clock;
    let imports = state
        .store
        .recent_imports()
        .await?
        .into_iter()
        .map(|import| ImportView {
            source_name: import.source_name,
            data_as_of: import.data_as_of,
            imported_at: clock.local(import.imported_at),
            people: import.people,
            charges: import.charges,
        })
        .collect();
    let runs = state
        .store
        .recent_runs()
        .await?
        .into_iter()
        .map(|run| RunView {
            id: run.id,
            law: crate::packs::law_message_of(&run.rule_pack),
            as_of: run.as_of,
            everyone: run.everyone,
            started_at: clock.local(run.started_at),
            finished_at: run.finished_at.map(|at| clock.local(at)),
            people: run.counts.people,
            charges: run.counts.charges,
            cleared: run.counts.cleared,
            newly_sealed: run.counts.newly_sealed,
            waiting: run.counts.waiting,
            not_cleared: run.counts.not_eligible,
        })
        .collect();
    Ok(AdminView {
        form,
        operations: OperationsView { imports, runs },
    })
}

#[derive(Deserialize)]
struct IssueInput {
    #[serde(default)]
    sid: String,
    #[serde(default)]
    letter_language: String,
}

/// `POST /admin/access-codes`: a new code for a person, shown once as a letter to print.
/// The letter is the answer to the post itself: the code exists nowhere else, not even in the
/// session, and reloading the page issues a new code (which revokes this one).
async fn issue_access_code(
    State(state): State<AppState>,
    Staff { ctx, .. }: Staff,
    form: Posted<IssueInput>,
) -> Result<Response, WebError> {
    let admin = ctx.authorize(Action::IssueAccessCode)?;
    let (input, genuine) = form.into_parts();
    // Only an altered form names a language not offered: Spanish, as before there was a choice.
    let letter_language = Locale::from_tag(&input.letter_language).unwrap_or(Locale::Es);
    let mut form = AccessCodeForm {
        sid: Field::new(input.sid.trim()),
        letter_language,
    };
    if !genuine {
        form.sid.error = Some("error-form-expired-retry");
    } else if input.sid.trim().is_empty() {
        form.sid.error = Some("error-sid-missing");
    } else {
        match issue_letter(&state, Some(admin), input.sid.trim(), letter_language).await? {
            Some(letter) => return Ok(ctx.page(letter)),
            None => form.sid.error = Some("error-sid-unknown"),
        }
    }
    let page = admin_page(&state, &ctx, form).await?;
    Ok(ctx.rejected(page))
}

/// Issues a code for the person with `sid` and returns the letter that carries it (in English
/// and `second_language`), or `None` when nobody has that `sid`. Shared by the admin page and
/// `myrecord access-code issue`.
pub async fn issue_letter(
    state: &AppState,
    issued_by: Option<&Account>,
    sid: &str,
    second_language: Locale,
) -> Result<Option<LetterView>, WebError> {
    let code = secrets::access_code();
    let today = state.config.clock.today();
    let expires_on = today + time::Duration::days(state.config.access_code_days);
    let Some(issued) = state
        .store
        .issue_access_code(sid, &code, &secrets::hash(&code), expires_on, issued_by)
        .await?
    else {
        return Ok(None);
    };
    let a = &issued.addressee;
    let full_name = [
        Some(&a.first_name),
        a.middle_name.as_ref(),
        Some(&a.last_name),
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect::<Vec<_>>()
    .join(" ");
    Ok(Some(LetterView {
        full_name,
        sid: a.sid.clone(),
        county: a.county.clone(),
        code: secrets::grouped(&issued.code),
        expires_on: issued.expires_on,
        issued_on: today,
        link_url: format!("{}{}", state.config.public_url, paths::RECORD_LINK),
        second_language,
    }))
}
