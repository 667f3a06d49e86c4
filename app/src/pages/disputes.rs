//! Disputes for the person (and their legal aid worker): what is wrong, tell us more, add
//! documents, check and send, the confirmation, "My disputes" and each dispute's timeline.

use crate::components::{
    AgencyContact, ChangeLink, DisputeStatusTag, ErrorSummary, FileInput, PostForm, Radios, Shell,
    SubmitButton, SummaryRow, SummaryRows, TextArea, TextField, form_problems,
};
use crate::components::{Column, Row, Table, TableRow};
use crate::i18n::{Arg, I18n};
use crate::model::{
    DisputeDetailView, DisputeEntry, DisputeEventTag, DisputeKindTag, DisputeSummary, DocumentView,
    EventView, Field, Reader, Viewer,
};
use crate::pages::record::{entry_rows, offense_name};
use crate::paths;
use leptos::prelude::*;
use time::Date;

/// Step 1: what is wrong.
#[derive(Clone, Debug, Default)]
pub struct DisputeKindForm {
    /// An entry (not the whole record) is disputed: offer the kinds that fit an entry.
    pub about_entry: bool,
    pub charge: Option<i64>,
    pub person: Option<i64>,
    /// Set when changing the answer of a draft from the check page.
    pub draft: Option<String>,
    /// The kind chosen, as submitted (a `DisputeKindTag` value).
    pub kind: String,
    pub entry: Option<DisputeEntry>,
    pub error: Option<&'static str>,
}

/// Step 2: the person's account of it.
#[derive(Clone, Debug, Default)]
pub struct DisputeDetailsForm {
    pub draft: String,
    /// The kind chosen in step 1 (it picks the hint).
    pub kind: Option<DisputeKindTag>,
    pub statement: Field,
    pub correct_value: Field,
    /// A problem with the whole form (it expired, the session ended).
    pub form_error: Option<&'static str>,
}

/// Step 3: documents.
#[derive(Clone, Debug, Default)]
pub struct DisputeDocumentsForm {
    pub draft: String,
    pub documents: Vec<DocumentView>,
    pub error: Option<&'static str>,
}

/// Step 4: check the answers, then send.
#[derive(Clone, Debug)]
pub struct DisputeCheckView {
    pub draft: String,
    pub kind: DisputeKindTag,
    pub entry: Option<DisputeEntry>,
    pub statement: String,
    pub correct_value: Option<String>,
    pub documents: Vec<DocumentView>,
    pub error: Option<&'static str>,
}

/// The entry a dispute is about, or "your whole record".
#[component]
pub fn EntryPanel(i18n: I18n, entry: Option<DisputeEntry>, reader: Reader) -> impl IntoView {
    match entry {
        Some(entry) => {
            let heading = offense_name(i18n, &entry.charge);
            let arrest = i18n.t_args(
                "case-heading",
                &[
                    ("date", Arg::from(i18n.date(entry.arrest_date))),
                    ("agency", Arg::from(entry.agency_name.clone())),
                ],
            );
            view! {
                <div class="panel entry-panel">
                    <p class="entry-panel__label">{i18n.t("dispute-about-entry")}</p>
                    <h2 class="heading-m">{heading}</h2>
                    <p class="hint">{arrest}</p>
                    <SummaryRows rows=entry_rows(i18n, &entry.charge, reader) />
                </div>
            }
            .into_any()
        }
        None => view! {
            <div class="panel entry-panel">
                <p class="entry-panel__label">{i18n.t("dispute-about-whole")}</p>
            </div>
        }
        .into_any(),
    }
}

#[component]
pub fn DisputeKindPage(i18n: I18n, viewer: Viewer, form: DisputeKindForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("kind", form.error)]);
    let kinds: &[DisputeKindTag] = if form.about_entry {
        &DisputeKindTag::FOR_ENTRY
    } else {
        &DisputeKindTag::FOR_WHOLE_RECORD
    };
    let options = kinds
        .iter()
        .map(|k| (k.value().to_owned(), i18n.t(&k.label())))
        .collect::<Vec<_>>();
    let back = match &form.draft {
        Some(draft) => paths::draft_check(draft),
        None => paths::RECORD.to_owned(),
    };
    // Only the kind's first error belongs at the field; an expired form shows it too.
    let field_error = form.error;
    let reader = viewer.reader();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("dispute-kind-title")>
            <a href=back class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <span class="caption">{i18n.t("dispute-caption")}</span>
            <h1 class="heading-xl">{i18n.t("dispute-kind-heading")}</h1>
            <EntryPanel i18n=i18n entry=form.entry.clone() reader=reader />
            <PostForm action=paths::DISPUTE_NEW csrf=csrf>
                {form.charge.map(|c| view! { <input type="hidden" name="charge" value=c.to_string() /> })}
                {form.person.map(|p| view! { <input type="hidden" name="person" value=p.to_string() /> })}
                {form.draft.clone().map(|d| view! { <input type="hidden" name="draft" value=d /> })}
                <Radios
                    i18n=i18n
                    name="kind"
                    legend="dispute-kind-legend"
                    options=options
                    selected=form.kind
                    error=field_error
                />
                <SubmitButton i18n=i18n label="dispute-continue" />
            </PostForm>
        </Shell>
    }
}

#[component]
pub fn DisputeDetailsPage(i18n: I18n, viewer: Viewer, form: DisputeDetailsForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[
        ("statement", form.form_error),
        ("statement", form.statement.error),
        ("correct_value", form.correct_value.error),
    ]);
    let hint = match form.kind {
        None => "dispute-statement-hint".to_owned(),
        Some(kind) => format!("dispute-statement-hint-{}", kind.value().replace('_', "-")),
    };
    let action = paths::draft_details(&form.draft);
    let back = paths::draft_check(&form.draft);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("dispute-details-title")>
            <a href=back class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <span class="caption">{i18n.t("dispute-caption")}</span>
            <h1 class="heading-xl">{i18n.t("dispute-details-heading")}</h1>
            <p class="hint">{i18n.t(&hint)}</p>
            <PostForm action=action csrf=csrf>
                <TextArea
                    i18n=i18n
                    id="statement"
                    label="field-dispute-statement"
                    hint="field-dispute-statement-hint"
                    value=form.statement.value
                    error=form.statement.error
                    rows=8
                />
                <TextField
                    i18n=i18n
                    id="correct_value"
                    label="field-dispute-correct-value"
                    hint="field-dispute-correct-value-hint"
                    input_type="text"
                    autocomplete="off"
                    value=form.correct_value.value
                    error=form.correct_value.error
                />
                <SubmitButton i18n=i18n label="dispute-continue" />
            </PostForm>
        </Shell>
    }
}

/// A list of documents, each a download link with its size.
#[component]
pub fn DocumentList(i18n: I18n, documents: Vec<DocumentView>) -> impl IntoView {
    view! {
        <ul class="document-list">
            {documents
                .into_iter()
                .map(|d| {
                    let size = i18n.t_args(
                        "document-size",
                        &[("kb", Arg::Number(((d.size_bytes + 1023) / 1024).max(1)))],
                    );
                    view! {
                        <li class="document-list__item">
                            <a href=d.href>{d.file_name}</a>
                            " "
                            <span class="hint">{size}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn DisputeDocumentsPage(
    i18n: I18n,
    viewer: Viewer,
    form: DisputeDocumentsForm,
) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("document", form.error)]);
    let draft = form.draft.clone();
    let documents = form.documents.clone();
    view! {
        <Shell i18n=i18n viewer=viewer.clone() title=i18n.t("dispute-documents-title")>
            <a href=paths::draft_details(&draft) class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <span class="caption">{i18n.t("dispute-caption")}</span>
            <h1 class="heading-xl">{i18n.t("dispute-documents-heading")}</h1>
            <p>{i18n.t("dispute-documents-lead")}</p>
            {(!documents.is_empty())
                .then(|| {
                    view! {
                        <h2 class="heading-m">{i18n.t("dispute-documents-added")}</h2>
                        <ul class="document-list">
                            {documents
                                .into_iter()
                                .map(|d| {
                                    let label = i18n.t_args(
                                        "dispute-document-remove-label",
                                        &[("name", Arg::from(d.file_name.clone()))],
                                    );
                                    view! {
                                        <li class="document-list__item">
                                            <a href=d.href.clone()>{d.file_name.clone()}</a>
                                            <PostForm
                                                action=format!("{}/remove", d.href)
                                                csrf=viewer.csrf_token.clone()
                                                class="inline-form"
                                            >
                                                <button
                                                    type="submit"
                                                    class="link-button link-button--dark"
                                                    aria-label=label
                                                >
                                                    {i18n.t("dispute-document-remove")}
                                                </button>
                                            </PostForm>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <PostForm
                action=paths::draft_documents(&draft)
                csrf=csrf
                multipart=true
            >
                <FileInput
                    i18n=i18n
                    id="document"
                    label="field-document"
                    hint="field-document-hint"
                    error=form.error
                />
                <button type="submit" class="button button--secondary">
                    {i18n.t("dispute-document-add")}
                </button>
                <p class="hint">{i18n.t("dispute-documents-continue-hint")}</p>
                // The same form: a document chosen and not yet added goes with it.
                <button type="submit" name="next" value="check" class="button">
                    {i18n.t("dispute-continue")}
                </button>
            </PostForm>
        </Shell>
    }
}

/// "Change" beside an answer on the check page, which goes back to the step that asked it.
fn change_link(i18n: I18n, href: String, what: &str) -> ChangeLink {
    ChangeLink {
        href,
        text: i18n.t("dispute-change"),
        label: i18n.t_args(
            "dispute-change-label",
            &[("what", Arg::from(what.to_owned()))],
        ),
    }
}

#[component]
pub fn DisputeCheckPage(i18n: I18n, viewer: Viewer, view_data: DisputeCheckView) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let draft = view_data.draft.clone();
    let problems = form_problems(&[("submit", view_data.error)]);
    let kind_change = paths::draft_kind(&draft);
    let rows = vec![
        (
            i18n.t("dispute-check-kind"),
            i18n.t(&view_data.kind.label()),
            kind_change,
        ),
        (
            i18n.t("dispute-check-statement"),
            view_data.statement.clone(),
            paths::draft_details(&draft),
        ),
        (
            i18n.t("dispute-check-correct-value"),
            view_data
                .correct_value
                .clone()
                .unwrap_or_else(|| i18n.t("dispute-check-none")),
            paths::draft_details(&draft),
        ),
    ];
    let documents = view_data.documents.clone();
    let reader = viewer.reader();
    let change_documents = change_link(
        i18n,
        paths::draft_documents(&draft),
        &i18n.t("dispute-check-documents"),
    );
    // Every row here has a link to change its answer, so they come as children.
    let no_plain_rows: Vec<Row> = Vec::new();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("dispute-check-title")>
            <a href=paths::draft_documents(&draft) class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <span class="caption">{i18n.t("dispute-caption")}</span>
            <h1 class="heading-xl">{i18n.t("dispute-check-heading")}</h1>
            <EntryPanel i18n=i18n entry=view_data.entry.clone() reader=reader />
            <SummaryRows rows=no_plain_rows>
                {rows
                    .into_iter()
                    .map(|(key, value, href)| {
                        let change = change_link(i18n, href, &key);
                        view! { <SummaryRow key=key change=change>{value}</SummaryRow> }
                    })
                    .collect_view()}
                <SummaryRow
                    key=i18n.t("dispute-check-documents")
                    change=change_documents
                >
                    {if documents.is_empty() {
                        view! { <p>{i18n.t("dispute-check-none")}</p> }.into_any()
                    } else {
                        view! { <DocumentList i18n=i18n documents=documents /> }.into_any()
                    }}
                </SummaryRow>
            </SummaryRows>
            <h2 class="heading-m">{i18n.t("dispute-check-send-heading")}</h2>
            <p>{i18n.t("dispute-check-send-body")}</p>
            <PostForm action=paths::draft_submit(&draft) csrf=csrf>
                <button type="submit" class="button" id="submit">
                    {i18n.t("dispute-submit")}
                </button>
            </PostForm>
        </Shell>
    }
}

#[component]
pub fn DisputeConfirmationPage(
    i18n: I18n,
    viewer: Viewer,
    reference: String,
    due_on: Date,
) -> impl IntoView {
    let next = i18n.t_args(
        "dispute-confirmation-next",
        &[("date", Arg::from(i18n.date(due_on)))],
    );
    let viewer_for_contact = viewer.clone();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("dispute-confirmation-title")>
            <div class="confirmation-panel">
                <h1 class="confirmation-panel__title">{i18n.t("dispute-confirmation-heading")}</h1>
                <p class="confirmation-panel__body">
                    {i18n.t("dispute-confirmation-reference")}
                    <br />
                    <strong class="confirmation-panel__reference">{reference.clone()}</strong>
                </p>
            </div>
            <h2 class="heading-m">{i18n.t("dispute-confirmation-next-heading")}</h2>
            <p>{next}</p>
            <p>{i18n.t("dispute-confirmation-email")}</p>
            <p>
                <a href=paths::dispute(&reference)>{i18n.t("dispute-confirmation-follow")}</a>
            </p>
            <AgencyContact i18n=i18n viewer=viewer_for_contact lead="contact-lead-dispute" />
        </Shell>
    }
}

#[component]
pub fn DisputeListPage(
    i18n: I18n,
    viewer: Viewer,
    disputes: Vec<DisputeSummary>,
    show_names: bool,
) -> impl IntoView {
    // A legal aid worker's list names each client; a person's own list does not need to.
    let columns: Vec<Column> = [
        Some("disputes-reference"),
        show_names.then_some("clients-name"),
    ]
    .into_iter()
    .flatten()
    .chain(show_names.then_some("disputes-filed-by"))
    .chain(["disputes-kind", "disputes-sent", "disputes-status"])
    .map(Column::text)
    .collect();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("disputes-title")>
            <h1 class="heading-xl">{i18n.t("disputes-heading")}</h1>
            <p>{i18n.t(if show_names { "disputes-lead-clients" } else { "disputes-lead" })}</p>
            <Table
                i18n=i18n
                caption="disputes-heading"
                empty=if show_names { "disputes-none-clients" } else { "disputes-none" }
                columns=columns
                rows=disputes
                    .into_iter()
                    .map(|d| {
                        let reference = view! {
                            <a href=paths::dispute(&d.reference)>{d.reference.clone()}</a>
                        };
                        let name = show_names.then(|| d.person_name.clone().into_any());
                        let filer = show_names
                            .then(|| {
                                i18n.t(if d.filed_by_viewer {
                                    "disputes-filed-by-you"
                                } else {
                                    "disputes-filed-by-client"
                                })
                                .into_any()
                            });
                        let rest = [
                            i18n.t(&d.kind.label()).into_any(),
                            i18n.date(d.submitted_on).into_any(),
                            view! { <DisputeStatusTag i18n=i18n status=d.status /> }.into_any(),
                        ];
                        TableRow::new(
                            std::iter::once(reference.into_any())
                                .chain(name)
                                .chain(filer)
                                .chain(rest)
                                .collect(),
                        )
                    })
                    .collect()
            />
            <p>
                {if show_names {
                    view! { <a href=paths::CLIENTS>{i18n.t("disputes-from-clients")}</a> }.into_any()
                } else {
                    view! { <a href=paths::RECORD>{i18n.t("disputes-from-record")}</a> }.into_any()
                }}
            </p>
        </Shell>
    }
}

/// The timeline of a dispute, oldest first.
#[component]
pub fn Timeline(i18n: I18n, events: Vec<EventView>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {events
                .into_iter()
                .map(|e| {
                    let title = i18n.t(&format!("dispute-event-{}", e.kind.key()));
                    view! {
                        <li class="timeline__item">
                            <h3 class="timeline__title">{title}</h3>
                            <p class="timeline__date hint">{i18n.date_time(&e.at)}</p>
                            {e
                                .message
                                .map(|m| {
                                    let label = if e.by_reviewer {
                                        i18n.t("dispute-event-reviewer-said")
                                    } else {
                                        i18n.t("dispute-event-you-said")
                                    };
                                    view! {
                                        <p class="timeline__said">{label}</p>
                                        <blockquote class="timeline__message">{m}</blockquote>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The story of a dispute, as both the person and the reviewer see it: the entry, what was
/// said, the documents and the timeline.
#[component]
pub fn DisputeStory(i18n: I18n, detail: DisputeDetailView, reader: Reader) -> impl IntoView {
    let rows = dispute_rows(i18n, &detail, reader);
    view! {
        <EntryPanel i18n=i18n entry=detail.entry.clone() reader=reader />
        <SummaryRows rows=rows />
        {(!detail.documents.is_empty())
            .then(|| {
                view! {
                    <h2 class="heading-m">{i18n.t("dispute-check-documents")}</h2>
                    <DocumentList i18n=i18n documents=detail.documents.clone() />
                }
            })}
        <h2 class="heading-l">{i18n.t("dispute-timeline-heading")}</h2>
        <Timeline i18n=i18n events=detail.events.clone() />
    }
    .into_any()
}

/// What was said and when.
fn dispute_rows(i18n: I18n, d: &DisputeDetailView, reader: Reader) -> Vec<(String, String)> {
    let whose = [("reader", Arg::from(reader.fluent_arg()))];
    let mut rows = vec![(i18n.t("dispute-check-kind"), i18n.t(&d.kind.label()))];
    // A report a legal aid worker filed is theirs: say so, and do not call it "what you told us".
    match &d.filed_by_worker {
        Some(worker) => {
            rows.push((i18n.t_args("dispute-filed-by", &whose), worker.clone()));
            rows.push((i18n.t("dispute-statement-worker"), d.statement.clone()));
        }
        None => rows.push((
            i18n.t_args("dispute-statement-person", &whose),
            d.statement.clone(),
        )),
    }
    if let Some(value) = &d.correct_value {
        rows.push((i18n.t("dispute-check-correct-value"), value.clone()));
    }
    rows.push((i18n.t("disputes-sent"), i18n.date(d.submitted_on)));
    rows.push((i18n.t("dispute-due"), i18n.date(d.due_on)));
    rows
}

#[component]
pub fn DisputeDetailPage(i18n: I18n, viewer: Viewer, detail: DisputeDetailView) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let reader = viewer.reader();
    let title = i18n.t_args(
        "dispute-detail-heading",
        &[("reference", Arg::from(detail.reference.clone()))],
    );
    let problems = form_problems(&[
        ("message", detail.reply_error),
        ("document", detail.reply_document_error),
    ]);
    let action = paths::dispute_reply(&detail.reference);
    view! {
        <Shell i18n=i18n viewer=viewer title=title.clone()>
            <a href=paths::DISPUTES class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{title}</h1>
            <p>
                <DisputeStatusTag i18n=i18n status=detail.status />
            </p>
            <p class="lead">
                {i18n.t(&format!("dispute-status-{}-meaning", detail.status.key()))}
            </p>
            {detail
                .can_reply
                .then(|| {
                    // The question comes first, then the box to answer it (the timeline
                    // further down holds it too, but a phone would scroll far to find it).
                    let question = detail
                        .events
                        .iter()
                        .rev()
                        .find(|event| event.kind == DisputeEventTag::InfoRequested)
                        .and_then(|event| event.message.clone())
                        .map(|message| {
                            view! {
                                <h2 class="heading-m">{i18n.t("dispute-question-heading")}</h2>
                                <blockquote class="reviewer-question">{message}</blockquote>
                            }
                        });
                    let reply = detail.reply.value.clone();
                    let (reply_error, document_error) = (
                        detail.reply_error,
                        detail.reply_document_error,
                    );
                    view! {
                        <div class="panel">
                            {question}
                            <h2 class="heading-m">{i18n.t("dispute-reply-heading")}</h2>
                            <PostForm
                                action=action
                                csrf=csrf
                                multipart=true
                            >
                                <TextArea
                                    i18n=i18n
                                    id="message"
                                    label="field-dispute-reply"
                                    value=reply
                                    error=reply_error
                                />
                                <FileInput
                                    i18n=i18n
                                    id="document"
                                    label="field-document-optional"
                                    hint="field-document-hint"
                                    error=document_error
                                />
                                <SubmitButton i18n=i18n label="dispute-reply-submit" />
                            </PostForm>
                        </div>
                    }
                })}
            <DisputeStory i18n=i18n detail=detail.clone() reader=reader />
        </Shell>
    }
}

crate::render::page!(DisputeKindForm => DisputeKindPage(form));
crate::render::page!(DisputeDetailsForm => DisputeDetailsPage(form));
crate::render::page!(DisputeDocumentsForm => DisputeDocumentsPage(form));
crate::render::page!(DisputeCheckView => DisputeCheckPage(view_data));
crate::render::page!(DisputeDetailView => DisputeDetailPage(detail));

/// The confirmation after sending: the reference and the agency's deadline.
pub struct DisputeConfirmationView {
    pub reference: String,
    pub due_on: Date,
}

crate::render::page!(DisputeConfirmationView => DisputeConfirmationPage { reference, due_on });

/// "My disputes"; `show_names` for a legal aid worker, whose list spans clients.
pub struct DisputeListView {
    pub disputes: Vec<DisputeSummary>,
    pub show_names: bool,
}

crate::render::page!(DisputeListView => DisputeListPage { disputes, show_names });
