//! A person's control over their record: linking it with a letter's access code, sharing it
//! with legal aid, and seeing everyone who has looked at it.

use crate::components::{AgencyContact, Column, SubmitButton, Table, TableRow};
use crate::components::{
    DateInput, ErrorSummary, Notice, PostForm, Radios, Shell, TextField, form_problems,
};
use crate::i18n::{Arg, I18n};
use crate::model::{DateField, Field, LocalTime, NavRole, Viewer};
use crate::paths;
use leptos::prelude::*;
use time::Date;

/// Linking a record with the access code from a letter and a date of birth.
#[derive(Clone, Debug, Default)]
pub struct LinkForm {
    pub code: Field,
    pub dob: DateField,
    /// After a wrong date of birth: how many tries are left before the code stops working.
    pub tries_left: Option<i64>,
}

/// A legal aid worker with access to a person's record, as the person sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantView {
    pub id: i64,
    pub worker_name: String,
    pub organisation: Option<String>,
    pub granted_on: Date,
    /// The last day of access.
    pub expires_on: Date,
}

/// Durations a person can give a legal aid worker, in days.
pub const SHARING_DAYS: [i64; 4] = [30, 90, 180, 365];

/// "Share with legal aid": who has access, and the form to give someone access.
#[derive(Clone, Debug, Default)]
pub struct SharingView {
    pub grants: Vec<GrantView>,
    pub email: Field,
    /// The chosen number of days, as submitted.
    pub days: String,
    pub days_error: Option<&'static str>,
    pub notice: Option<&'static str>,
}

/// One look at a record on "Who has viewed my record".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewEntry {
    /// It was the person themselves.
    pub is_you: bool,
    /// The viewer's name, when the account has one (staff and legal aid do).
    pub viewer_name: Option<String>,
    pub organisation: Option<String>,
    pub role: NavRole,
    pub at: LocalTime,
}

#[component]
pub fn LinkPage(i18n: I18n, viewer: Viewer, form: LinkForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let viewer_for_contact = viewer.clone();
    let problems = form_problems(&[("code", form.code.error), ("dob", form.dob.error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("link-title")>
            <a href=paths::RECORD class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("link-heading")}</h1>
            <p>{i18n.t("link-lead")}</p>
            <PostForm action=paths::RECORD_LINK csrf=csrf>
                <TextField
                    i18n=i18n
                    id="code"
                    label="field-access-code"
                    hint="field-access-code-hint"
                    input_type="text"
                    autocomplete="off"
                    value=form.code.value
                    error=form.code.error
                />
                <DateInput
                    i18n=i18n
                    id="dob"
                    legend="field-dob"
                    hint="field-dob-hint"
                    value=form.dob
                    birthday=true
                />
                {form
                    .tries_left
                    .map(|tries| {
                        view! {
                            <p class="warning-text" id="dob-tries">
                                <strong>
                                    {i18n.t_args("link-tries-left", &[("tries", Arg::Number(tries))])}
                                </strong>
                            </p>
                        }
                    })}
                <SubmitButton i18n=i18n label="link-submit" />
            </PostForm>
            <h2 class="heading-m">{i18n.t("link-no-letter-heading")}</h2>
            <p>{i18n.t("link-no-letter-body")}</p>
            <AgencyContact i18n=i18n viewer=viewer_for_contact lead="contact-lead-letter" />
        </Shell>
    }
}

#[component]
pub fn SharingPage(i18n: I18n, viewer: Viewer, sharing: SharingView) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("email", sharing.email.error), ("days", sharing.days_error)]);
    let options = SHARING_DAYS
        .iter()
        .map(|days| {
            (
                days.to_string(),
                i18n.t_args("sharing-days-option", &[("days", Arg::Number(*days))]),
            )
        })
        .collect::<Vec<_>>();
    let grants = sharing.grants.clone();
    view! {
        <Shell i18n=i18n viewer=viewer.clone() title=i18n.t("sharing-title")>
            <a href=paths::RECORD class="back-link">{i18n.t("nav-back")}</a>
            <Notice i18n=i18n message=sharing.notice />
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("sharing-heading")}</h1>
            <p>{i18n.t("sharing-lead")}</p>
            <h2 class="heading-l">{i18n.t("sharing-current-heading")}</h2>
            {if grants.is_empty() {
                view! { <p>{i18n.t("sharing-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="grant-list">
                        {grants
                            .into_iter()
                            .map(|grant| {
                                let who = match &grant.organisation {
                                    Some(org) => format!("{} ({org})", grant.worker_name),
                                    None => grant.worker_name.clone(),
                                };
                                let until = i18n.t_args(
                                    "sharing-until",
                                    &[
                                        ("since", Arg::from(i18n.date(grant.granted_on))),
                                        ("until", Arg::from(i18n.date(grant.expires_on))),
                                    ],
                                );
                                let label = i18n.t_args(
                                    "sharing-revoke-label",
                                    &[("name", Arg::from(grant.worker_name.clone()))],
                                );
                                view! {
                                    <li class="grant-list__item">
                                        <p class="grant-list__who">{who}</p>
                                        <p>{until}</p>
                                        <PostForm
                                            action=paths::sharing_revoke(grant.id)
                                            csrf=viewer.csrf_token.clone()
                                            class="inline-form"
                                        >
                                            <button
                                                type="submit"
                                                class="button button--warning"
                                                aria-label=label
                                            >
                                                {i18n.t("sharing-revoke")}
                                            </button>
                                        </PostForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <h2 class="heading-l">{i18n.t("sharing-add-heading")}</h2>
            <PostForm action=paths::SHARING csrf=csrf>
                <TextField
                    i18n=i18n
                    id="email"
                    label="field-legal-aid-email"
                    hint="field-legal-aid-email-hint"
                    input_type="email"
                    autocomplete="off"
                    value=sharing.email.value
                    error=sharing.email.error
                />
                <Radios
                    i18n=i18n
                    name="days"
                    legend="field-sharing-days"
                    options=options
                    selected=sharing.days
                    error=sharing.days_error
                />
                <SubmitButton i18n=i18n label="sharing-submit" />
            </PostForm>
        </Shell>
    }
}

#[component]
pub fn ViewsPage(i18n: I18n, viewer: Viewer, views: ViewsView) -> impl IntoView {
    let ViewsView {
        views: entries,
        page,
        pages,
        total,
        include_own,
    } = views;
    let count = if include_own {
        "views-count-all"
    } else {
        "views-count-others"
    };
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("views-title")>
            <a href=paths::RECORD class="back-link">{i18n.t("nav-back")}</a>
            <h1 class="heading-xl">{i18n.t("views-heading")}</h1>
            <p>{i18n.t("views-lead")}</p>
            // A plain GET form, so the choice works without JavaScript and can be bookmarked.
            <form method="get" action=paths::RECORD_VIEWS class="form-inline">
                <div class="form-group checkbox">
                    <input
                        class="checkbox__input"
                        type="checkbox"
                        id="own"
                        name="own"
                        value="yes"
                        checked=include_own
                    />
                    <label class="checkbox__label" for="own">
                        {i18n.t("views-include-own")}
                    </label>
                </div>
                <button type="submit" class="button button--secondary">
                    {i18n.t("views-show")}
                </button>
            </form>
            {(total > 0).then(|| view! { <p>{i18n.t_args(count, &[("count", Arg::from(total))])}</p> })}
            <Table
                i18n=i18n
                caption="views-heading"
                empty=if include_own { "views-none" } else { "views-none-others" }
                columns=vec![
                    Column::text("views-when"),
                    Column::text("views-who"),
                    Column::text("views-role"),
                    Column::text("views-organisation"),
                ]
                rows=entries
                    .into_iter()
                    .map(|entry| {
                        let who = match (&entry.is_you, &entry.viewer_name) {
                            (true, _) => i18n.t("views-you"),
                            (false, Some(name)) => name.clone(),
                            (false, None) => i18n.t("views-unnamed"),
                        };
                        TableRow::new(vec![
                            i18n.date_time(&entry.at).into_any(),
                            who.into_any(),
                            i18n.t(entry.role.message()).into_any(),
                            entry.organisation.clone().unwrap_or_default().into_any(),
                        ])
                    })
                    .collect()
            />
            <Pages i18n=i18n page=page pages=pages include_own=include_own />
        </Shell>
    }
}

/// Newer and older pages of the list, with where the reader is.
#[component]
fn Pages(i18n: I18n, page: u32, pages: u32, include_own: bool) -> impl IntoView {
    (pages > 1).then(|| {
        let position = i18n.t_args(
            "views-page-of",
            &[("page", Arg::from(page)), ("pages", Arg::from(pages))],
        );
        view! {
            <nav class="pagination" aria-label=i18n.t("views-pages")>
                {(page > 1)
                    .then(|| {
                        view! {
                            <a href=paths::record_views_page(page - 1, include_own) rel="prev">
                                {i18n.t("views-newer")}
                            </a>
                        }
                    })}
                <span class="pagination__position">{position}</span>
                {(page < pages)
                    .then(|| {
                        view! {
                            <a href=paths::record_views_page(page + 1, include_own) rel="next">
                                {i18n.t("views-older")}
                            </a>
                        }
                    })}
            </nav>
        }
    })
}

crate::render::page!(LinkForm => LinkPage(form));
crate::render::page!(SharingView => SharingPage(sharing));

/// One page of "Who has viewed my record".
#[derive(Clone, Debug)]
pub struct ViewsView {
    pub views: Vec<ViewEntry>,
    /// Counted from 1.
    pub page: u32,
    /// At least 1, even when the list is empty.
    pub pages: u32,
    /// Looks listed across all pages.
    pub total: i64,
    /// The person's own looks are listed too.
    pub include_own: bool,
}

crate::render::page!(ViewsView => ViewsPage(views));
