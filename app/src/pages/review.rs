//! The agency reviewer's pages: the dispute queue by due date, and one dispute with the entry,
//! what the person said, their documents, and the forms to decide.

use crate::components::{Column, SubmitButton, Table, TableRow};
use crate::components::{
    DateInput, DisputeStatusTag, ErrorSummary, Notice, PostForm, Select, Shell, TextArea,
    TextField, form_problems,
};
use crate::i18n::{Arg, I18n, Locale};
use crate::model::{
    DateField, DisputeDetailView, DisputeStatusTag, DisputeSummary, EntryChange, EntryValue, Field,
    Reader, Viewer,
};
use crate::pages::disputes::DisputeStory;
use crate::pages::record::grade_message;
use crate::paths;
use leptos::prelude::*;

/// The reviewer's correction form, filled with the entry's current values.
#[derive(Clone, Debug, Default)]
pub struct CorrectionForm {
    /// Disposition code.
    pub disposition: String,
    pub disposition_date: DateField,
    /// Grade code.
    pub grade: String,
    /// Restitution still owed, in dollars as typed.
    pub restitution: Field,
    /// Take the entry off the record (not the person's, or listed twice).
    pub strike: bool,
    pub message: Field,
    /// A problem with the correction as a whole (nothing changed).
    pub error: Option<&'static str>,
    /// Back from the check step to change it: the form is shown open.
    pub editing: bool,
}

/// The dispositions a reviewer can choose, as codes.
pub const DISPOSITIONS: [&str; 9] = [
    "convicted",
    "dismissed",
    "withdrawn",
    "nolle_prossed",
    "acquitted",
    "diverted",
    "pardoned",
    "pending",
    "unknown",
];

/// The grades a reviewer can choose.
pub const GRADES: [&str; 9] = ["F1", "F2", "F3", "F", "M1", "M2", "M3", "M", "S"];

/// A dispute as a reviewer works it.
#[derive(Clone, Debug)]
pub struct ReviewCaseView {
    pub detail: DisputeDetailView,
    pub correction: CorrectionForm,
    pub info_message: Field,
    pub decline_message: Field,
    pub notice: Option<&'static str>,
}

#[component]
pub fn ReviewQueuePage(i18n: I18n, viewer: Viewer, disputes: Vec<DisputeSummary>) -> impl IntoView {
    let overdue = disputes.iter().filter(|d| d.overdue).count();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("review-title")>
            <h1 class="heading-xl">{i18n.t("review-heading")}</h1>
            <p>
                <a href=paths::REVIEW_SEALED>{i18n.t("review-sealed-link")}</a>
            </p>
            <p>
                {i18n.t_args(
                    "review-count",
                    &[("count", Arg::from(disputes.len())), ("overdue", Arg::from(overdue))],
                )}
            </p>
            <Table
                i18n=i18n
                caption="review-heading"
                empty="review-none"
                columns=vec![
                    Column::text("review-due"),
                    Column::text("disputes-reference"),
                    Column::text("clients-name"),
                    Column::text("disputes-kind"),
                    Column::text("disputes-status"),
                    Column::text("review-language"),
                ]
                rows=disputes
                    .into_iter()
                    .map(|d| {
                        let due = view! {
                            {i18n.date(d.due_on)}
                            {d
                                .overdue
                                .then(|| {
                                    view! {
                                        " "
                                        <strong class="status-tag status-tag--overdue">
                                            {i18n.t("review-overdue")}
                                        </strong>
                                    }
                                })}
                        };
                        let reference = view! {
                            <a href=paths::review_case(&d.reference)>{d.reference.clone()}</a>
                        };
                        TableRow::new(vec![
                            due.into_any(),
                            reference.into_any(),
                            d.person_name.clone().into_any(),
                            i18n.t(&d.kind.label()).into_any(),
                            view! { <DisputeStatusTag i18n=i18n status=d.status /> }.into_any(),
                            i18n.language_name(d.language).into_any(),
                        ])
                        .marked(d.overdue.then_some("table__row--overdue"))
                    })
                    .collect()
            />
        </Shell>
    }
}

#[component]
pub fn ReviewCasePage(i18n: I18n, viewer: Viewer, case: ReviewCaseView) -> impl IntoView {
    let detail = case.detail.clone();
    let reference = detail.reference.clone();

    let title = i18n.t_args(
        "dispute-detail-heading",
        &[("reference", Arg::from(reference.clone()))],
    );
    let c = case.correction.clone();
    let problems = form_problems(&[
        ("correction", c.error),
        ("disposition_date", c.disposition_date.error),
        ("restitution", c.restitution.error),
        ("correct_message", c.message.error),
        ("info_message", case.info_message.error),
        ("decline_message", case.decline_message.error),
    ]);
    let open = detail.status.is_open();
    let person = i18n.t_args(
        "review-person",
        &[("name", Arg::from(detail.person_name.clone()))],
    );
    let csrf = viewer.csrf_token.clone();
    view! {
        <Shell i18n=i18n viewer=viewer title=title.clone()>
            <a href=paths::REVIEW class="back-link">{i18n.t("nav-back")}</a>
            <Notice i18n=i18n message=case.notice />
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{title}</h1>
            <p>
                <DisputeStatusTag i18n=i18n status=detail.status />
            </p>
            <p class="lead">{person}</p>
            <p>
                <a href=paths::review_record(&reference)>{i18n.t("review-whole-record")}</a>
            </p>
            <DisputeStory i18n=i18n detail=detail.clone() reader=Reader::Other />
            {open.then(|| view! { <AnswerLanguage i18n=i18n language=detail.language /> })}
            {open.then(|| view! { <DecisionForms i18n=i18n case=case.clone() csrf=csrf.clone() /> })}
        </Shell>
    }
}

/// Asks the reviewer to answer in the language the dispute was filed in: the person reads the
/// reviewer's messages exactly as written, and the portal does not translate them.
#[component]
fn AnswerLanguage(i18n: I18n, language: Locale) -> impl IntoView {
    view! {
        <div class="panel" id="answer-language">
            <p>
                {i18n.t_args(
                    "review-write-in",
                    &[("language", Arg::from(i18n.language_name(language)))],
                )}
            </p>
        </div>
    }
}

/// The forms to decide an open dispute: start, correct, ask for more, decline.
#[component]
fn DecisionForms(i18n: I18n, case: ReviewCaseView, csrf: String) -> impl IntoView {
    let detail = case.detail.clone();
    let reference = detail.reference.clone();
    let c = case.correction.clone();
    let dispositions = DISPOSITIONS
        .iter()
        .map(|d| {
            (
                (*d).to_owned(),
                i18n.t(&format!("disposition-name-{}", d.replace('_', "-"))),
            )
        })
        .collect::<Vec<_>>();
    let grades = GRADES
        .iter()
        .map(|g| {
            (
                (*g).to_owned(),
                format!("{g}: {}", i18n.t(&grade_message(g))),
            )
        })
        .collect::<Vec<_>>();
    let has_entry = detail.entry.is_some();
    view! {
                        <h2 class="heading-l">{i18n.t("review-decide-heading")}</h2>
                        {(detail.status == DisputeStatusTag::Submitted)
                            .then(|| {
                                view! {
                                    <PostForm action=paths::review_start(&reference) csrf=csrf.clone()>
                                        <button type="submit" class="button button--secondary">
                                            {i18n.t("review-start")}
                                        </button>
                                    </PostForm>
                                }
                            })}
                        <details
                            class="details"
                            id="correct"
                            open=c.editing || c.error.is_some() || c.message.error.is_some()
                        >
                            <summary class="details__summary">{i18n.t("review-correct-heading")}</summary>
                            <PostForm
                                action=paths::review_correct(&reference)
                                csrf=csrf.clone()
                                id="correction"
                            >
                                {has_entry
                                    .then(|| {
                                        view! {
                                            <p class="hint">{i18n.t("review-correct-hint")}</p>
                                            <Select
                                                i18n=i18n
                                                id="disposition"
                                                label="field-review-disposition"
                                                options=dispositions.clone()
                                                selected=c.disposition.clone()
                                            />
                                            <DateInput
                                                i18n=i18n
                                                id="disposition_date"
                                                legend="field-review-disposition-date"
                                                hint="field-review-disposition-date-hint"
                                                value=c.disposition_date.clone()
                                            />
                                            <Select
                                                i18n=i18n
                                                id="grade"
                                                label="field-review-grade"
                                                options=grades.clone()
                                                selected=c.grade.clone()
                                            />
                                            <TextField
                                                i18n=i18n
                                                id="restitution"
                                                label="field-review-restitution"
                                                hint="field-review-restitution-hint"
                                                input_type="text"
                                                autocomplete="off"
                                                value=c.restitution.value.clone()
                                                error=c.restitution.error
                                            />
                                            <div class="form-group checkbox">
                                                <input
                                                    class="checkbox__input"
                                                    type="checkbox"
                                                    id="strike"
                                                    name="strike"
                                                    value="yes"
                                                    checked=c.strike
                                                />
                                                <label class="checkbox__label" for="strike">
                                                    {i18n.t("field-review-strike")}
                                                </label>
                                            </div>
                                        }
                                    })}
                                <TextArea
                                    i18n=i18n
                                    id="correct_message"
                                    label="field-review-correction-message"
                                    hint="field-review-message-hint"
                                    value=c.message.value.clone()
                                    error=c.message.error
                                    rows=4
                                />
                                <SubmitButton i18n=i18n label="review-correct-submit" />
                            </PostForm>
                        </details>
                        <MessageForm
                            i18n=i18n
                            csrf=csrf.clone()
                            action=paths::review_request_info(&reference)
                            id="info_message"
                            heading="review-info-heading"
                            label="field-review-info-message"
                            submit="review-info-submit"
                            button_class="button button--secondary"
                            field=case.info_message.clone()
                        />
                        <MessageForm
                            i18n=i18n
                            csrf=csrf
                            action=paths::review_decline(&reference)
                            id="decline_message"
                            heading="review-decline-heading"
                            label="field-review-decline-message"
                            submit="review-decline-submit"
                            button_class="button button--warning"
                            field=case.decline_message.clone()
                        />
    }
    .into_any()
}

/// A decision that is a message to the person (ask for more; decline), folded away until
/// opened, or open when it came back with a problem.
#[component]
fn MessageForm(
    i18n: I18n,
    csrf: String,
    action: String,
    id: &'static str,
    heading: &'static str,
    label: &'static str,
    submit: &'static str,
    button_class: &'static str,
    field: Field,
) -> impl IntoView {
    view! {
        <details class="details" open=field.error.is_some()>
            <summary class="details__summary">{i18n.t(heading)}</summary>
            <PostForm action=action csrf=csrf>
                <TextArea
                    i18n=i18n
                    id=id
                    label=label
                    hint="field-review-message-hint"
                    value=field.value
                    error=field.error
                    rows=4
                />
                <button type="submit" class=button_class>
                    {i18n.t(submit)}
                </button>
            </PostForm>
        </details>
    }
}

crate::render::page!(ReviewCaseView => ReviewCasePage(case));

/// The check step of a correction: each change as it is now and as it will be, the message to
/// the person, and the buttons to apply it or go back and change it.
#[derive(Clone, Debug)]
pub struct CorrectionCheckView {
    pub reference: String,
    pub person_name: String,
    pub changes: Vec<EntryChange>,
    pub message: String,
    /// The form as typed, carried in hidden fields to the next step.
    pub form: CorrectionForm,
}

crate::render::page!(CorrectionCheckView => CorrectionCheckPage(check));

#[component]
pub fn CorrectionCheckPage(
    i18n: I18n,
    viewer: Viewer,
    check: CorrectionCheckView,
) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let action = paths::review_correct(&check.reference);
    let title = i18n.t("review-check-title");
    let person = i18n.t_args(
        "review-person",
        &[("name", Arg::from(check.person_name.clone()))],
    );
    let rows = check
        .changes
        .iter()
        .map(|change| {
            TableRow::new(vec![
                i18n.t(change.field).into_any(),
                entry_value(i18n, &change.before).into_any(),
                view! { <strong>{entry_value(i18n, &change.after)}</strong> }.into_any(),
            ])
        })
        .collect::<Vec<_>>();
    let has_changes = !rows.is_empty();
    let message = check.message.clone();
    let (apply_fields, edit_fields) = (check.form.clone(), check.form);
    view! {
        <Shell i18n=i18n viewer=viewer title=title.clone()>
            <h1 class="heading-xl">{title}</h1>
            <p class="lead">{person}</p>
            <p>
                {i18n.t_args(
                    "review-check-lead",
                    &[("reference", Arg::from(check.reference.clone()))],
                )}
            </p>
            {has_changes
                .then(|| {
                    view! {
                        <Table
                            i18n=i18n
                            caption="review-check-changes"
                            empty="review-check-changes"
                            columns=vec![
                                Column::text("review-check-field"),
                                Column::text("review-check-now"),
                                Column::text("review-check-after"),
                            ]
                            rows=rows
                        />
                    }
                })}
            <h2 class="heading-m">{i18n.t("field-review-correction-message")}</h2>
            <p class="quoted-text">{message}</p>
            <PostForm action=action.clone() csrf=csrf.clone()>
                <CorrectionFields form=apply_fields />
                <input type="hidden" name="step" value="apply" />
                <SubmitButton i18n=i18n label="review-check-apply" />
            </PostForm>
            <PostForm action=action csrf=csrf>
                <CorrectionFields form=edit_fields />
                <input type="hidden" name="step" value="edit" />
                <button type="submit" class="button button--secondary">
                    {i18n.t("review-check-edit")}
                </button>
            </PostForm>
        </Shell>
    }
}

/// The correction form's values as hidden fields, so the next step posts what was checked.
#[component]
fn CorrectionFields(form: CorrectionForm) -> impl IntoView {
    let date = form.disposition_date;
    view! {
        <input type="hidden" name="disposition" value=form.disposition />
        <input type="hidden" name="disposition_date_day" value=date.day />
        <input type="hidden" name="disposition_date_month" value=date.month />
        <input type="hidden" name="disposition_date_year" value=date.year />
        <input type="hidden" name="grade" value=form.grade />
        <input type="hidden" name="restitution" value=form.restitution.value />
        {form.strike.then(|| view! { <input type="hidden" name="strike" value="yes" /> })}
        <input type="hidden" name="correct_message" value=form.message.value />
    }
}

/// A value of an entry in words.
fn entry_value(i18n: I18n, value: &EntryValue) -> String {
    match value {
        EntryValue::Disposition(kind) => i18n.t(&format!(
            "disposition-name-{}",
            kind.as_str().replace('_', "-")
        )),
        EntryValue::Date(Some(date)) => i18n.date(*date),
        EntryValue::Date(None) => i18n.t("review-check-no-date"),
        EntryValue::Grade(grade) => format!("{grade}: {}", i18n.t(&grade_message(grade))),
        EntryValue::Dollars(cents) => i18n.dollars(*cents),
        EntryValue::OnRecord(true) => i18n.t("review-check-on-record"),
        EntryValue::OnRecord(false) => i18n.t("review-check-struck"),
    }
}

/// The reviewers' queue.
pub struct ReviewQueueView {
    pub disputes: Vec<DisputeSummary>,
}

crate::render::page!(ReviewQueueView => ReviewQueuePage { disputes });
