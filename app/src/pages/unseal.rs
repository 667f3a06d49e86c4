//! Sealed entries to check: what a clearance run no longer clears, for a reviewer to unseal
//! (the agencies are told) or keep sealed. Nothing here changes without a reviewer.

use crate::components::{PostForm, Shell, StatusTag, SummaryRow};
use crate::i18n::{Arg, I18n};
use crate::model::{ChargeStatus, Viewer};
use crate::pages::record::reason_message;
use crate::paths;
use leptos::prelude::*;
use myrecord_clearance::decision::Reason;
use time::Date;

/// One flagged entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedFlagView {
    pub id: i64,
    pub person_name: String,
    pub sid: String,
    pub tracking_number: String,
    pub statute: String,
    pub description: Option<String>,
    pub disposition_date: Option<Date>,
    /// `<pack>/<rule>` it was sealed under.
    pub sealed_rule: Option<String>,
    pub flagged_on: Date,
    /// What the law in force says now, and why.
    pub status: ChargeStatus,
    pub reasons: Vec<Reason>,
}

/// The list of flagged entries.
pub struct SealedReviewView {
    pub flags: Vec<SealedFlagView>,
    pub notice: Option<&'static str>,
}

#[component]
pub fn SealedReviewPage(
    i18n: I18n,
    viewer: Viewer,
    flags: Vec<SealedFlagView>,
    notice: Option<&'static str>,
) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("unseal-title")>
            {notice
                .map(|n| {
                    view! {
                        <div class="notification" role="status">
                            <p>{i18n.t(n)}</p>
                        </div>
                    }
                })}
            <h1 class="heading-xl">{i18n.t("unseal-heading")}</h1>
            <p class="lead">{i18n.t("unseal-lead")}</p>
            {flags.is_empty().then(|| view! { <p>{i18n.t("unseal-none")}</p> })}
            {flags
                .into_iter()
                .map(|flag| {
                    let heading_id = format!("flag-{}", flag.id);
                    let labelled_by = heading_id.clone();
                    let entry = flag.description.clone().unwrap_or_else(|| flag.statute.clone());
                    view! {
                        <article class="charge" aria-labelledby=labelled_by>
                            <h2 class="heading-m" id=heading_id>
                                {entry}
                            </h2>
                            <dl class="summary-list">
                                <SummaryRow key=i18n.t("unseal-person")>
                                    {format!("{} ({})", flag.person_name, flag.sid)}
                                </SummaryRow>
                                <SummaryRow key=i18n.t("unseal-entry")>
                                    {format!("{} · {}", flag.statute, flag.tracking_number)}
                                    {flag.disposition_date.map(|d| format!(" · {}", i18n.date(d)))}
                                </SummaryRow>
                                <SummaryRow key=i18n.t("unseal-sealed-under")>
                                    {flag.sealed_rule.clone().unwrap_or_default()}
                                </SummaryRow>
                                <SummaryRow key=i18n.t("unseal-now")>
                                    <StatusTag i18n=i18n status=flag.status />
                                    {flag
                                        .reasons
                                        .iter()
                                        .map(|reason| {
                                            let id = reason_message(*reason);
                                            view! {
                                                <p>
                                                    {i18n.t_args(&id, &[("reader", Arg::from("other"))])}
                                                </p>
                                            }
                                        })
                                        .collect_view()}
                                </SummaryRow>
                                <SummaryRow key=i18n.t("unseal-flagged-on")>
                                    {i18n.date(flag.flagged_on)}
                                </SummaryRow>
                            </dl>
                            <PostForm
                                action=paths::review_sealed_decide(flag.id)
                                csrf=csrf.clone()
                                class="form"
                            >
                                <button
                                    type="submit"
                                    class="button button--warning"
                                    name="choice"
                                    value="unseal"
                                >
                                    {i18n.t("unseal-unseal")}
                                </button>
                                <button
                                    type="submit"
                                    class="button button--secondary"
                                    name="choice"
                                    value="keep"
                                >
                                    {i18n.t("unseal-keep")}
                                </button>
                            </PostForm>
                        </article>
                    }
                })
                .collect_view()}
            <p>
                <a href=paths::REVIEW>{i18n.t("unseal-back")}</a>
            </p>
        </Shell>
    }
}

crate::render::page!(SealedReviewView => SealedReviewPage { flags, notice });
