//! "My record": the signed-in person's own record, read through the policy and audited.

use super::context::SignedIn;
use super::error::WebError;
use super::forms::NoticeQuery;
use super::state::AppState;
use super::views::record::read_record_view;
use crate::policy::Action;
use crate::store::records::Reader;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use myrecord_app::pages::record::{RecordAudience, RecordPageView};
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new().route(paths::RECORD, get(my_record))
}

async fn my_record(
    State(state): State<AppState>,
    SignedIn { ctx, account }: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
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
            read_record_view(
                &state.store,
                &state.config.clock,
                Reader::of(account),
                person_id,
            )
            .await?
        }
    };
    let notice = (query.notice == "linked").then_some("notice-record-linked");
    Ok(ctx.page(RecordPageView {
        record,
        audience: RecordAudience::Own,
        notice,
    }))
}
