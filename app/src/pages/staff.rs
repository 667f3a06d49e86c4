//! Pages for legal aid workers (their clients) and administrators (record access codes and
//! the letter that carries one).

use crate::components::{CsrfField, ErrorSummary, Shell, TextField, form_problems};
use crate::i18n::{Arg, I18n};
use crate::model::{AccessCodeForm, ClientView, LetterView, Viewer};
use leptos::prelude::*;

#[component]
pub fn ClientsPage(i18n: I18n, viewer: Viewer, clients: Vec<ClientView>) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("clients-title")>
            <h1 class="heading-xl">{i18n.t("clients-heading")}</h1>
            <p>{i18n.t("clients-lead")}</p>
            {if clients.is_empty() {
                view! { <p>{i18n.t("clients-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <caption class="visually-hidden">{i18n.t("clients-heading")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("clients-name")}</th>
                                <th scope="col">{i18n.t("clients-until")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {clients
                                .into_iter()
                                .map(|client| {
                                    view! {
                                        <tr>
                                            <td>
                                                <a href=format!(
                                                    "/clients/{}",
                                                    client.person_id,
                                                )>{client.name}</a>
                                            </td>
                                            <td>{i18n.date(&client.expires_on)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
                    .into_any()
            }}
        </Shell>
    }
}

#[component]
pub fn AdminPage(i18n: I18n, viewer: Viewer, form: AccessCodeForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("sid", form.sid.error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("admin-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("admin-heading")}</h1>
            <h2 class="heading-l">{i18n.t("admin-code-heading")}</h2>
            <p>{i18n.t("admin-code-lead")}</p>
            <form method="post" action="/admin/access-codes" novalidate="novalidate" class="form">
                <CsrfField token=csrf />
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
                <button type="submit" class="button">
                    {i18n.t("admin-code-submit")}
                </button>
            </form>
        </Shell>
    }
}

/// The letter, in English and in Spanish on the same sheet: the state does not know which
/// language the person reads, and a letter cannot be switched.
#[component]
pub fn LetterPage(i18n: I18n, viewer: Viewer, letter: LetterView) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("letter-title")>
            <div class="no-print">
                <h1 class="heading-xl">{i18n.t("letter-heading")}</h1>
                <div class="notification" role="status">
                    <p>{i18n.t("letter-shown-once")}</p>
                </div>
                <p class="hint">{i18n.t("letter-print-hint")}</p>
                <p>
                    <a href="/admin">{i18n.t("letter-back")}</a>
                </p>
            </div>
            {crate::i18n::Locale::ALL
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
        &[("date", Arg::from(i18n.date(&letter.expires_on)))],
    );
    let go_to = i18n.t_args(
        "letter-step-go",
        &[("link", Arg::from(letter.link_url.clone()))],
    );
    let reference = i18n.t_args(
        "letter-reference",
        &[
            ("sid", Arg::from(letter.sid.clone())),
            ("date", Arg::from(i18n.date(&letter.issued_on))),
        ],
    );
    view! {
        <article class="letter" lang=i18n.locale.tag()>
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
                {crate::i18n::Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! { <LetterBody i18n=I18n::new(locale) letter=letter.clone() /> }
                    })
                    .collect_view()}
            </body>
        </html>
    }
}
