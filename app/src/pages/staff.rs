//! Pages for legal aid workers (their clients) and administrators (record access codes and
//! the letter that carries one).

use crate::components::{Column, SubmitButton, Table, TableRow};
use crate::components::{ErrorSummary, PostForm, Select, Shell, TextField, form_problems};
use crate::i18n::{Arg, I18n, Locale};
use crate::model::{Field, LocalTime, Viewer};
use crate::paths;
use leptos::prelude::*;
use time::Date;

/// One client on a legal aid worker's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientView {
    pub person_id: i64,
    pub name: String,
    /// The last day of access.
    pub expires_on: Date,
}

/// The administrator's form to issue a record access code.
#[derive(Clone, Debug)]
pub struct AccessCodeForm {
    pub sid: Field,
    /// The letter's language after English.
    pub letter_language: Locale,
}

impl Default for AccessCodeForm {
    fn default() -> Self {
        AccessCodeForm {
            sid: Field::default(),
            letter_language: Locale::Es,
        }
    }
}

/// What the administrator's page shows of imports and clearance runs, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OperationsView {
    pub imports: Vec<ImportView>,
    pub runs: Vec<RunView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportView {
    pub source_name: String,
    /// The date the extract is current as of.
    pub data_as_of: Date,
    pub imported_at: LocalTime,
    pub people: i64,
    pub charges: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunView {
    pub id: i64,
    /// Fluent id of the law the rules carry.
    pub law: String,
    /// The date the rules were applied as of.
    pub as_of: Date,
    /// A review of everyone, rather than one person reviewed again after a correction.
    pub everyone: bool,
    pub started_at: LocalTime,
    /// `None` while it runs, or if it stopped before the end.
    pub finished_at: Option<LocalTime>,
    pub people: i64,
    pub charges: i64,
    pub cleared: i64,
    pub newly_sealed: i64,
    pub waiting: i64,
    pub not_cleared: i64,
}

/// A record access code letter, ready to print and mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterView {
    pub full_name: String,
    pub sid: String,
    pub county: Option<String>,
    /// Grouped in fours.
    pub code: String,
    /// The last day the code works.
    pub expires_on: Date,
    /// The day the letter was issued.
    pub issued_on: Date,
    /// Where to go to use the code, e.g. `https://myrecord.example.gov/record/link`.
    pub link_url: String,
    /// The language printed after English (the state may know which the person reads).
    pub second_language: Locale,
}

impl LetterView {
    /// The languages the letter is printed in, one after the other: English, then the
    /// second unless that is English too.
    pub fn languages(&self) -> Vec<Locale> {
        let mut languages = vec![Locale::En];
        if self.second_language != Locale::En {
            languages.push(self.second_language);
        }
        languages
    }
}

#[component]
pub fn ClientsPage(i18n: I18n, viewer: Viewer, clients: Vec<ClientView>) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("clients-title")>
            <h1 class="heading-xl">{i18n.t("clients-heading")}</h1>
            <p>{i18n.t("clients-lead")}</p>
            <Table
                i18n=i18n
                caption="clients-heading"
                empty="clients-none"
                columns=vec![
                    Column::text("clients-name"),
                    Column::text("clients-until"),
                ]
                rows=clients
                    .into_iter()
                    .map(|client| {
                        let name = view! {
                            <a href=paths::client(client.person_id)>{client.name}</a>
                        };
                        TableRow::new(vec![name.into_any(), i18n.date(client.expires_on).into_any()])
                    })
                    .collect()
            />
        </Shell>
    }
}

#[component]
pub fn AdminPage(
    i18n: I18n,
    viewer: Viewer,
    form: AccessCodeForm,
    operations: OperationsView,
) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("sid", form.sid.error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("admin-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("admin-heading")}</h1>
            <h2 class="heading-l">{i18n.t("admin-code-heading")}</h2>
            <p>{i18n.t("admin-code-lead")}</p>
            <PostForm action=paths::ADMIN_ACCESS_CODES csrf=csrf>
                <TextField
                    i18n=i18n
                    id="sid"
                    label="field-sid"
                    hint="field-sid-hint"
                    input_type="text"
                    autocomplete="off"
                    value=form.sid.value
                    error=form.sid.error
                />
                <Select
                    i18n=i18n
                    id="letter_language"
                    label="field-letter-language"
                    options=Locale::ALL
                        .into_iter()
                        .filter(|locale| *locale != Locale::En)
                        .map(|locale| {
                            let name = i18n.language_name(locale);
                            let endonym = I18n::new(locale).t("language-endonym");
                            (locale.tag().to_owned(), format!("{endonym} ({name})"))
                        })
                        .collect()
                    selected=form.letter_language.tag().to_owned()
                />
                <SubmitButton i18n=i18n label="admin-code-submit" />
            </PostForm>
            <Imports i18n=i18n imports=operations.imports />
            <Runs i18n=i18n runs=operations.runs />
        </Shell>
    }
}

/// The latest imports of the state's extract (`myrecord import`).
#[component]
fn Imports(i18n: I18n, imports: Vec<ImportView>) -> impl IntoView {
    view! {
        <h2 class="heading-l">{i18n.t("admin-imports-heading")}</h2>
        <p>{i18n.t("admin-imports-lead")}</p>
        <Table
            i18n=i18n
            caption="admin-imports-heading"
            empty="admin-imports-none"
            columns=vec![
                Column::text("admin-imports-file"),
                Column::text("admin-imports-as-of"),
                Column::text("admin-imports-when"),
                Column::number("admin-people"),
                Column::number("admin-charges"),
            ]
            rows=imports
                .into_iter()
                .map(|import| {
                    TableRow::new(vec![
                        import.source_name.into_any(),
                        i18n.date(import.data_as_of).into_any(),
                        i18n.date_time(&import.imported_at).into_any(),
                        i18n.count(import.people).into_any(),
                        i18n.count(import.charges).into_any(),
                    ])
                })
                .collect()
        />
    }
}

/// The latest clearance runs: scheduled reviews of everyone, and re-reviews after corrections.
#[component]
fn Runs(i18n: I18n, runs: Vec<RunView>) -> impl IntoView {
    view! {
        <h2 class="heading-l">{i18n.t("admin-runs-heading")}</h2>
        <p>{i18n.t("admin-runs-lead")}</p>
        <Table
            i18n=i18n
            caption="admin-runs-heading"
            empty="admin-runs-none"
            columns=vec![
                Column::text("admin-runs-run"),
                Column::text("admin-runs-rules"),
                Column::text("admin-runs-when"),
                Column::text("admin-runs-counts"),
            ]
            rows=runs.into_iter().map(|run| run_row(i18n, run)).collect()
        />
    }
}

fn run_row(i18n: I18n, run: RunView) -> TableRow {
    let scope = if run.everyone {
        "admin-runs-everyone"
    } else {
        "admin-runs-one-person"
    };
    let finished = match &run.finished_at {
        Some(at) => i18n.t_args(
            "admin-runs-finished",
            &[("when", Arg::Text(i18n.date_time(at)))],
        ),
        None => i18n.t("admin-runs-unfinished"),
    };
    let counts = i18n.t_args(
        "admin-runs-count-values",
        &[
            ("people_n", Arg::Number(run.people)),
            ("people", Arg::Text(i18n.count(run.people))),
            ("charges_n", Arg::Number(run.charges)),
            ("charges", Arg::Text(i18n.count(run.charges))),
            ("cleared", Arg::Text(i18n.count(run.cleared))),
            ("sealed", Arg::Text(i18n.count(run.newly_sealed))),
            ("waiting", Arg::Text(i18n.count(run.waiting))),
            ("not_cleared", Arg::Text(i18n.count(run.not_cleared))),
        ],
    );
    let rules = i18n.t_args(
        "admin-runs-rules-value",
        &[
            ("law", Arg::Text(i18n.t(&run.law))),
            ("date", Arg::Text(i18n.date(run.as_of))),
        ],
    );
    let started = i18n.t_args(
        "admin-runs-started",
        &[("when", Arg::Text(i18n.date_time(&run.started_at)))],
    );
    TableRow::new(vec![
        view! { {run.id}<br />{i18n.t(scope)} }.into_any(),
        rules.into_any(),
        view! { {started}<br />{finished} }.into_any(),
        counts.into_any(),
    ])
}

/// The letter, in English and in the language chosen, one after the other: the state may not
/// know which language the person reads, and a letter cannot be switched.
#[component]
pub fn LetterPage(i18n: I18n, viewer: Viewer, letter: LetterView) -> impl IntoView {
    let print_hint = i18n.t_args(
        "letter-print-hint",
        &[(
            "language",
            Arg::from(i18n.language_name(letter.second_language)),
        )],
    );
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("letter-title")>
            <div class="no-print">
                <h1 class="heading-xl">{i18n.t("letter-heading")}</h1>
                <div class="notification" role="status">
                    <p>{i18n.t("letter-shown-once")}</p>
                </div>
                <p class="hint">{print_hint}</p>
                <p>
                    <a href=paths::ADMIN>{i18n.t("letter-back")}</a>
                </p>
            </div>
            {letter
                .languages()
                .into_iter()
                .map(|locale| {
                    view! { <LetterBody i18n=I18n::new(locale) letter=letter.clone() /> }
                })
                .collect_view()}
        </Shell>
    }
}

#[component]
fn LetterBody(i18n: I18n, letter: LetterView) -> impl IntoView {
    let greeting = i18n.t_args(
        "letter-greeting",
        &[("name", Arg::from(letter.full_name.clone()))],
    );
    let expires = i18n.t_args(
        "letter-expires",
        &[("date", Arg::from(i18n.date(letter.expires_on)))],
    );
    let go_to = i18n.t_args(
        "letter-step-go",
        &[("link", Arg::from(letter.link_url.clone()))],
    );
    let reference = i18n.t_args(
        "letter-reference",
        &[
            ("sid", Arg::from(letter.sid.clone())),
            ("date", Arg::from(i18n.date(letter.issued_on))),
        ],
    );
    view! {
        <article class="letter" lang=i18n.locale.tag() dir=i18n.locale.direction().attribute()>
            <p class="letter__sender">{i18n.t("letter-sender")}</p>
            <p class="letter__reference">{reference}</p>
            <p class="letter__address">
                {letter.full_name.clone()}
                {letter.county.clone().map(|county| view! { <br />{county} })}
            </p>
            <h2 class="heading-l">{i18n.t("letter-subject")}</h2>
            <p>{greeting}</p>
            <p>{i18n.t("letter-why")}</p>
            <p class="letter__code-label">{i18n.t("letter-code-label")}</p>
            <p class="letter__code">{letter.code.clone()}</p>
            <p>{expires}</p>
            <ol class="list list--number">
                <li>{go_to}</li>
                <li>{i18n.t("letter-step-account")}</li>
                <li>{i18n.t("letter-step-code")}</li>
            </ol>
            <p>{i18n.t("letter-keep-safe")}</p>
            <p>{i18n.t("letter-not-expected")}</p>
        </article>
    }
}

/// A whole document with only the letter in both languages, for printing outside the portal.
pub fn letter_file(letter: LetterView) -> impl IntoView {
    let title = I18n::new(crate::i18n::Locale::En).t("letter-title");
    view! {
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <title>{title}</title>
            </head>
            <body>
                {letter
                    .languages()
                    .into_iter()
                    .map(|locale| {
                        view! { <LetterBody i18n=I18n::new(locale) letter=letter.clone() /> }
                    })
                    .collect_view()}
            </body>
        </html>
    }
}

crate::render::page!(LetterView => LetterPage(letter));

/// A legal aid worker's clients.
pub struct ClientsView {
    pub clients: Vec<ClientView>,
}

crate::render::page!(ClientsView => ClientsPage { clients });

/// The administrator's page: the access code form and the operations history.
pub struct AdminView {
    pub form: AccessCodeForm,
    pub operations: OperationsView,
}

crate::render::page!(AdminView => AdminPage { form, operations });

/// The letter alone as a file to print (from the command line): both its languages, with the
/// stylesheet inside, so it prints the same wherever it is opened.
pub fn letter_file_document(letter: LetterView) -> String {
    let body = crate::render::document(|| letter_file(letter));
    body.replacen(
        "</head>",
        &format!(
            "<style>{}</style></head>",
            include_str!("../../../style/site.css")
        ),
        1,
    )
}
