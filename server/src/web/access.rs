//! Policy-backed lookups that hand back what they checked: the account together with the
//! thing it may touch (its own record, a dispute, a draft). A handler holding one of these
//! values has passed the policy; it never has to look the account up again.

use super::context::PageContext;
use super::error::{Refusal, WebError};
use super::state::AppState;
use crate::disputes::looks_like_reference;
use crate::domain::Account;
use crate::policy::Action;
use crate::store::disputes::{Dispute, Draft};
use myrecord_app::paths;

/// The signed-in person and their own record, which the policy lets them `action` on.
pub struct OwnRecord {
    pub account: Account,
    pub person_id: i64,
}

/// The signed-in account and a dispute the policy lets it `action` on.
pub struct DisputeAccess {
    pub account: Account,
    pub dispute: Dispute,
}

/// The signed-in account and its own unsent draft, about a person it may still speak for.
pub struct DraftAccess {
    pub account: Account,
    pub draft: Draft,
}

/// The signed-in person's own record, once the policy agrees they may `action` on it. A person
/// with no record linked yet is sent to link one; staff are turned away by the policy.
pub async fn own_record(
    state: &AppState,
    ctx: &PageContext,
    action: Action,
) -> Result<OwnRecord, WebError> {
    let Some(account) = &ctx.account else {
        return Err(WebError::Refused(Refusal::SignIn));
    };
    let Some(person_id) = account.person_id else {
        ctx.authorize(Action::LinkRecord)?;
        return Err(WebError::Refused(Refusal::LinkFirst));
    };
    let account = ctx
        .authorize_for_person(state, action, person_id)
        .await?
        .clone();
    Ok(OwnRecord { account, person_id })
}

/// A dispute by its reference, once the policy lets the signed-in account `action` on it.
/// Unknown and forbidden references look the same.
pub async fn dispute(
    state: &AppState,
    ctx: &PageContext,
    reference: &str,
    action: Action,
) -> Result<DisputeAccess, WebError> {
    if ctx.account.is_none() {
        return Err(WebError::Refused(Refusal::SignIn));
    }
    let found = if looks_like_reference(reference) {
        state.store.dispute_by_reference(reference).await?
    } else {
        None
    };
    let Some(dispute) = found else {
        return Err(ctx
            .refuse_someone_else_s(state, "a dispute that does not exist".to_owned())
            .await);
    };
    let account = ctx
        .authorize_for_person(state, action, dispute.person_id)
        .await?
        .clone();
    Ok(DisputeAccess { account, dispute })
}

/// The signed-in account's own draft, still not sent, about a person it may still speak for.
/// Anything else is "not found" (and audited).
pub async fn own_draft(
    state: &AppState,
    ctx: &PageContext,
    draft_id: &str,
) -> Result<DraftAccess, WebError> {
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
    let account = ctx
        .authorize_for_person(state, Action::FileDispute, draft.person_id)
        .await?
        .clone();
    Ok(DraftAccess { account, draft })
}

/// [`own_draft`], while the draft can still be changed. A draft already sent leads to its
/// dispute's confirmation instead of being changed (or sent) again.
pub async fn editable_draft(
    state: &AppState,
    ctx: &PageContext,
    draft_id: &str,
) -> Result<DraftAccess, WebError> {
    let access = own_draft(state, ctx, draft_id).await?;
    if access.draft.submitted_dispute_id.is_none() {
        return Ok(access);
    }
    match state.store.reference_of_draft(&access.draft.id).await? {
        Some(reference) => Err(WebError::SeeOther(paths::dispute_submitted(&reference))),
        None => Ok(access),
    }
}
