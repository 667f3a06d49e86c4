//! Reusable pieces of markup: page shell, error summary, form fields, status tags.

use crate::i18n::{I18n, Locale};
use crate::model::{ChargeStatus, Viewer};
use leptos::prelude::*;

/// The document around every page: head, skip link, header with navigation and the language
/// switcher, main content, footer.
#[component]
pub fn Shell(i18n: I18n, viewer: Viewer, title: String, children: Children) -> impl IntoView {
    let other = Locale::ALL
        .into_iter()
        .filter(|l| *l != i18n.locale)
        .collect::<Vec<_>>();
    let full_title = format!("{title} – {}", i18n.t("service-name"));
    view! {
        <html lang=i18n.locale.tag()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{full_title}</title>
                <link rel="stylesheet" href="/assets/site.css" />
            </head>
            <body>
                <a href="#main" class="skip-link">{i18n.t("layout-skip-to-content")}</a>
                <header class="site-header">
                    <div class="site-header__inner">
                        <a href="/" class="site-header__name">{i18n.t("service-name")}</a>
                        <nav class="site-header__nav" aria-label=i18n.t("layout-nav-label")>
                            <ul class="site-header__list">
                                {viewer
                                    .signed_in
                                    .then(|| {
                                        view! {
                                            <li>
                                                <a href="/record" class="site-header__link">
                                                    {i18n.t("nav-my-record")}
                                                </a>
                                            </li>
                                            <li>
                                                <form method="post" action="/sign-out" class="inline-form">
                                                    <CsrfField token=viewer.csrf_token.clone() />
                                                    <button type="submit" class="link-button">
                                                        {i18n.t("nav-sign-out")}
                                                    </button>
                                                </form>
                                            </li>
                                        }
                                    })}
                                {other
                                    .into_iter()
                                    .map(|locale| {
                                        let href = format!(
                                            "/language?lang={}&next={}",
                                            locale.tag(),
                                            encode_query(&viewer.current_path),
                                        );
                                        view! {
                                            <li>
                                                <a
                                                    href=href
                                                    lang=locale.tag()
                                                    hreflang=locale.tag()
                                                    class="site-header__link language-switch"
                                                >
                                                    {I18n::new(locale).t("language-endonym")}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </nav>
                    </div>
                </header>
                <div class="width-container">
                    <main id="main" class="main">
                        {children()}
                    </main>
                </div>
                <footer class="site-footer">
                    <div class="width-container">
                        <p>{i18n.t("layout-footer-synthetic")}</p>
                    </div>
                </footer>
            </body>
        </html>
    }
}

/// Percent-encodes a path for use as a query value (only what a path can contain).
fn encode_query(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The hidden anti-forgery field every state-changing form carries.
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf_token" value=token /> }
}

/// One problem listed in the error summary: the field it belongs to and the message id.
pub struct Problem {
    pub field_id: &'static str,
    pub message: &'static str,
}

/// The box at the top of a form listing every problem, each linking to its field.
#[component]
pub fn ErrorSummary(i18n: I18n, problems: Vec<Problem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">
                    {i18n.t("form-error-summary-title")}
                </h2>
                <ul class="error-summary__list">
                    {problems
                        .into_iter()
                        .map(|p| {
                            view! {
                                <li>
                                    <a href=format!("#{}", p.field_id)>{i18n.t(p.message)}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A labelled text input with its error message next to it.
#[component]
pub fn TextField(
    i18n: I18n,
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    input_type: &'static str,
    autocomplete: &'static str,
    #[prop(optional)] value: String,
    #[prop(optional_no_strip)] error: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [
        hint.map(|_| hint_id.clone()),
        error.map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let group_class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let input_class = if error.is_some() {
        "input input--error"
    } else {
        "input"
    };
    // Passwords are never echoed back into the page.
    let value = (input_type != "password").then_some(value);
    view! {
        <div class=group_class>
            <label class="label" for=id>
                {i18n.t(label)}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{i18n.t(h)}</p> })}
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id=error_id.clone()>
                            <span class="visually-hidden">{i18n.t("form-error-prefix")}</span>
                            {i18n.t(e)}
                        </p>
                    }
                })}
            <input
                class=input_class
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                spellcheck="false"
                value=value
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                aria-invalid=error.map(|_| "true")
            />
        </div>
    }
}

/// A coloured label naming a charge's clearance status.
#[component]
pub fn StatusTag(i18n: I18n, status: ChargeStatus) -> impl IntoView {
    let class = format!("status-tag status-tag--{}", status.key());
    view! { <strong class=class>{i18n.t(&format!("status-{}", status.key()))}</strong> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_paths_for_query_values() {
        assert_eq!(encode_query("/record"), "/record");
        assert_eq!(encode_query("/a b?c=d&e"), "/a%20b%3Fc%3Dd%26e");
    }
}
