//! Reusable pieces of markup: page shell, error summary, form fields, status tags.

use crate::i18n::{DatePart, I18n, Locale};
use crate::model::{ChargeStatus, DateField, NavRole, Viewer};
use crate::paths;
use leptos::prelude::*;

/// The list of languages, each named in itself, behind a button that names the page's
/// language. A `<details>` element: it opens without JavaScript, and eight names stay out of
/// the way on a narrow phone until asked for. Each link goes through the switcher and comes
/// back to this page.
#[component]
fn LanguageMenu(i18n: I18n, current_path: String) -> impl IntoView {
    view! {
        <details class="language-menu">
            <summary class="language-menu__button">
                <svg class="language-menu__icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                    <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
                    <path
                        d="M2 12h20M12 2c3 3 4.5 6.5 4.5 10S15 19 12 22M12 2C9 5 7.5 8.5 7.5 12S9 19 12 22"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                    />
                </svg>
                <span>{i18n.t("language-menu-label")}</span>
                " "
                <span class="language-menu__current">{i18n.t("language-endonym")}</span>
            </summary>
            <ul class="language-menu__list">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        let href = format!(
                            "{}?lang={}&next={}",
                            paths::LANGUAGE,
                            locale.tag(),
                            encode_query(&current_path),
                        );
                        let current = (locale == i18n.locale).then_some("true");
                        view! {
                            <li>
                                <a
                                    href=href
                                    lang=locale.tag()
                                    hreflang=locale.tag()
                                    dir=locale.direction().attribute()
                                    aria-current=current
                                    class="language-menu__link"
                                >
                                    {I18n::new(locale).t("language-endonym")}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// The document around every page: head, skip link, header with navigation and the language
/// switcher, main content, footer.
#[component]
pub fn Shell(i18n: I18n, viewer: Viewer, title: String, children: Children) -> impl IntoView {
    let full_title = format!("{title} – {}", i18n.t("service-name"));
    view! {
        <html lang=i18n.locale.tag() dir=i18n.locale.direction().attribute()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{full_title}</title>
                <meta name="description" content=i18n.t("meta-description") />
                <link rel="icon" href=paths::FAVICON type="image/svg+xml" />
                <link rel="stylesheet" href=paths::STYLESHEET />
            </head>
            <body>
                <a href="#main" class="skip-link">{i18n.t("layout-skip-to-content")}</a>
                <header class="site-header">
                    <div class="site-header__inner">
                        <a href=paths::HOME class="site-header__name">{i18n.t("service-name")}</a>
                        <nav class="site-header__nav" aria-label=i18n.t("layout-nav-label")>
                            <ul class="site-header__list">
                                {viewer
                                    .nav_role
                                    .map(|role| {
                                        view! {
                                            {nav_links(role)
                                                .into_iter()
                                                .map(|(href, message)| {
                                                    view! {
                                                        <li>
                                                            <a href=href class="site-header__link">
                                                                {i18n.t(message)}
                                                            </a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                            <li>
                                                <form method="post" action=paths::SIGN_OUT class="inline-form">
                                                    <CsrfField token=viewer.csrf_token.clone() />
                                                    <button type="submit" class="link-button">
                                                        {i18n.t("nav-sign-out")}
                                                    </button>
                                                </form>
                                            </li>
                                        }
                                    })}
                            </ul>
                        </nav>
                        <LanguageMenu i18n=i18n current_path=viewer.current_path.clone() />
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
                        <ul class="list--inline">
                            <li>
                                <a href=paths::HELP>{i18n.t("footer-help")}</a>
                            </li>
                            <li>
                                <a href=paths::STATISTICS>{i18n.t("footer-statistics")}</a>
                            </li>
                            <li>
                                <a href=paths::CONTACT>{i18n.t("footer-contact")}</a>
                            </li>
                        </ul>
                    </div>
                </footer>
            </body>
        </html>
    }
}

/// An office's name, phone (a link that dials on a phone), address, hours and web address,
/// each where the configuration gives it.
#[component]
pub fn OfficeCard(
    i18n: I18n,
    office: crate::model::Office,
    /// A legal aid organisation: say which counties it serves (all, when none are listed).
    #[prop(optional)]
    serves_counties: bool,
) -> impl IntoView {
    let dial = office.phone.as_ref().map(|phone| {
        format!(
            "tel:{}",
            phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        )
    });
    let line = |label: &'static str, value: Option<AnyView>| {
        value.map(|value| view! { <SummaryRow key=i18n.t(label)>{value}</SummaryRow> })
    };
    let phone = office
        .phone
        .clone()
        .zip(dial)
        .map(|(phone, dial)| view! { <a href=dial>{phone}</a> }.into_any());
    let web = office.web.clone().map(|web| {
        let text = web.clone();
        view! { <a href=web>{text}</a> }.into_any()
    });
    let counties = serves_counties.then(|| {
        if office.counties.is_empty() {
            i18n.t("contact-whole-state").into_any()
        } else {
            office.counties.join(", ").into_any()
        }
    });
    view! {
        <div class="office">
            <h3 class="heading-s">{office.name.clone()}</h3>
            <dl class="summary-list summary-list--compact">
                {line("contact-phone", phone)}
                {line("contact-hours", office.hours.clone().map(IntoAny::into_any))}
                {line("contact-address", office.address.clone().map(IntoAny::into_any))}
                {line("contact-web", web)}
                {line("contact-counties", counties)}
            </dl>
        </div>
    }
}

/// The state's criminal records office, under a heading, with what it can do for the person
/// (`lead`, a Fluent id); nothing when the deployment has not configured it.
#[component]
pub fn AgencyContact(i18n: I18n, viewer: Viewer, lead: &'static str) -> impl IntoView {
    viewer.contacts.agency.clone().map(|office| {
        view! {
            <section class="contact" aria-labelledby="agency-contact-heading">
                <h2 class="heading-m" id="agency-contact-heading">
                    {i18n.t("contact-agency-heading")}
                </h2>
                <p>{i18n.t(lead)}</p>
                <OfficeCard i18n=i18n office=office />
                <p>
                    <a href=paths::CONTACT>{i18n.t("contact-legal-aid-link")}</a>
                </p>
            </section>
        }
    })
}

/// The menu of each role: where it can go, and the Fluent id of each link.
fn nav_links(role: NavRole) -> Vec<(&'static str, &'static str)> {
    let mut links = match role {
        NavRole::Person => vec![
            (paths::RECORD, "nav-my-record"),
            (paths::DISPUTES, "nav-disputes"),
        ],
        NavRole::LegalAid => vec![
            (paths::CLIENTS, "nav-clients"),
            (paths::DISPUTES, "nav-disputes"),
        ],
        NavRole::Reviewer => vec![(paths::REVIEW, "nav-review")],
        NavRole::Admin => vec![(paths::ADMIN, "nav-admin")],
    };
    links.push((paths::ACCOUNT, "nav-account"));
    links
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

/// A link back to the start page, at the end of a page that says one thing.
#[component]
pub fn HomeLink(i18n: I18n) -> impl IntoView {
    view! {
        <p>
            <a href=paths::HOME>{i18n.t("nav-home")}</a>
        </p>
    }
}

/// The button that sends a form, its words from the message `label`.
#[component]
pub fn SubmitButton(i18n: I18n, label: &'static str) -> impl IntoView {
    view! {
        <button type="submit" class="button">
            {i18n.t(label)}
        </button>
    }
}

/// A form that posts to `action`, carrying the anti-forgery field. The server checks every
/// answer and says what is wrong beside the field (`novalidate`: the browser's own bubbles
/// are not translated and vanish without JavaScript's help). `multipart` for file uploads.
#[component]
pub fn PostForm(
    #[prop(into)] action: String,
    csrf: String,
    #[prop(default = "form")] class: &'static str,
    #[prop(optional)] multipart: bool,
    #[prop(optional)] id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let enctype = multipart.then_some("multipart/form-data");
    view! {
        <form method="post" action=action novalidate="novalidate" class=class enctype=enctype id=id>
            <CsrfField token=csrf />
            {children()}
        </form>
    }
}

/// A new password and the same again, as sign-up and every password change ask for them.
#[component]
pub fn NewPasswordFields(
    i18n: I18n,
    password_error: Option<&'static str>,
    confirm_error: Option<&'static str>,
) -> impl IntoView {
    view! {
        <TextField
            i18n=i18n
            id="password"
            label="field-new-password"
            hint="field-new-password-hint"
            input_type="password"
            autocomplete="new-password"
            error=password_error
        />
        <TextField
            i18n=i18n
            id="password_confirm"
            label="field-password-confirm"
            input_type="password"
            autocomplete="new-password"
            error=confirm_error
        />
    }
}

/// A column of a [`Table`]: the message id of its heading, and whether it holds numbers
/// (which line up on the right).
#[derive(Clone, Copy)]
pub struct Column {
    pub heading: &'static str,
    pub numeric: bool,
}

impl Column {
    pub const fn text(heading: &'static str) -> Column {
        Column {
            heading,
            numeric: false,
        }
    }

    pub const fn number(heading: &'static str) -> Column {
        Column {
            heading,
            numeric: true,
        }
    }
}

/// One row of a [`Table`]: a cell per column, in the columns' order.
pub struct TableRow {
    pub cells: Vec<AnyView>,
    /// A class that marks the whole row (`table__row--overdue`).
    pub class: Option<&'static str>,
}

impl TableRow {
    pub fn new(cells: Vec<AnyView>) -> TableRow {
        TableRow { cells, class: None }
    }

    pub fn marked(self, class: Option<&'static str>) -> TableRow {
        TableRow { class, ..self }
    }
}

/// Rows under column headings, or the sentence `empty` when there are none. `caption` names
/// the table for screen readers (the heading above it says the same to everyone). With
/// `row_headings`, each row's first cell heads its row. On a narrow screen a table of more
/// than two columns stacks each row into a card, every cell under its column's heading
/// (`data-label`, shown by the stylesheet), so nothing is wider than a phone.
#[component]
pub fn Table(
    i18n: I18n,
    caption: &'static str,
    columns: Vec<Column>,
    rows: Vec<TableRow>,
    #[prop(optional)] empty: Option<&'static str>,
    #[prop(optional)] row_headings: bool,
) -> impl IntoView {
    if rows.is_empty()
        && let Some(empty) = empty
    {
        return view! { <p>{i18n.t(empty)}</p> }.into_any();
    }
    let headings: Vec<String> = columns.iter().map(|c| i18n.t(c.heading)).collect();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .zip(columns.iter().zip(&headings))
                .enumerate()
                .map(|(index, (cell, (column, heading)))| {
                    let label = heading.clone();
                    let class = column.numeric.then_some("table__cell--numeric");
                    if row_headings && index == 0 {
                        view! { <th scope="row" data-label=label class=class>{cell}</th> }
                            .into_any()
                    } else {
                        view! { <td data-label=label class=class>{cell}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr class=row.class>{cells}</tr> }
        })
        .collect_view();
    // Two columns fit a phone side by side; wider tables stack.
    let class = if columns.len() > 2 {
        "table table--stacking"
    } else {
        "table"
    };
    view! {
        <table class=class>
            <caption class="visually-hidden">{i18n.t(caption)}</caption>
            <thead>
                <tr>
                    {columns
                        .iter()
                        .zip(headings)
                        .map(|(column, heading)| {
                            let class = column.numeric.then_some("table__cell--numeric");
                            view! { <th scope="col" class=class>{heading}</th> }
                        })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}

/// One problem listed in the error summary: the field it belongs to and the message id.
pub struct Problem {
    pub field_id: &'static str,
    pub message: &'static str,
}

/// The problems of a form, from (field id, its error if any) pairs, in the order given.
pub fn form_problems(fields: &[(&'static str, Option<&'static str>)]) -> Vec<Problem> {
    fields
        .iter()
        .filter_map(|(field_id, error)| error.map(|message| Problem { field_id, message }))
        .collect()
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

/// The pieces every labelled field shares: its wrapper's class (red bar when in error), the
/// ids of its hint and error message, and the `aria-describedby` that ties them to the input.
struct FieldParts {
    group_class: &'static str,
    hint_id: String,
    error_id: String,
    described_by: Option<String>,
}

fn field_parts(id: &str, has_hint: bool, error: Option<&'static str>) -> FieldParts {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [
        has_hint.then(|| hint_id.clone()),
        error.map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    FieldParts {
        group_class: if error.is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        },
        hint_id,
        error_id,
        described_by: (!described_by.is_empty()).then_some(described_by),
    }
}

/// The message next to a field that says what is wrong, with a prefix for screen readers.
#[component]
fn FieldError(i18n: I18n, id: String, error: Option<&'static str>) -> impl IntoView {
    error.map(|e| {
        view! {
            <p class="error-message" id=id>
                <span class="visually-hidden">{i18n.t("form-error-prefix")}</span>
                {i18n.t(e)}
            </p>
        }
    })
}

/// A field's hint, when it has one.
#[component]
fn FieldHint(i18n: I18n, id: String, hint: Option<&'static str>) -> impl IntoView {
    hint.map(|h| view! { <p class="hint" id=id>{i18n.t(h)}</p> })
}

/// A field's frame: its label, hint and error message above the control (the children), in a
/// group marked when the answer is wrong.
#[component]
fn LabelledField(
    i18n: I18n,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    error: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let parts = field_parts(id, hint.is_some(), error);
    view! {
        <div class=parts.group_class>
            <label class="label" for=id>
                {i18n.t(label)}
            </label>
            <FieldHint i18n=i18n id=parts.hint_id hint=hint />
            <FieldError i18n=i18n id=parts.error_id error=error />
            {children()}
        </div>
    }
}

/// The person's own email address, as sign-up and a password reset ask for it.
#[component]
pub fn OwnEmailField(
    i18n: I18n,
    field: crate::model::Field,
    #[prop(default = "field-email")] label: &'static str,
) -> impl IntoView {
    view! {
        <TextField
            i18n=i18n
            id="email"
            label=label
            input_type="email"
            autocomplete="email"
            value=field.value
            error=field.error
        />
    }
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
    /// `numeric` brings up the number keypad on phones (for digits-only codes).
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let parts = field_parts(id, hint.is_some(), error);
    let input_class = if error.is_some() {
        "input input--error"
    } else {
        "input"
    };
    // Passwords are never echoed back into the page.
    let value = (input_type != "password").then_some(value);
    view! {
        <LabelledField i18n=i18n id=id label=label hint=hint error=error>
            <input
                class=input_class
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                value=value
                aria-describedby=parts.described_by
                aria-invalid=error.map(|_| "true")
            />
        </LabelledField>
    }
}

/// A date as three boxes (day, month, year) in one fieldset, GOV.UK style: easier to type
/// and to read back than a date picker, and it works without JavaScript. The boxes are named
/// `{id}_day`, `{id}_month` and `{id}_year`; the first one carries `id` for error links.
#[component]
pub fn DateInput(
    i18n: I18n,
    id: &'static str,
    legend: &'static str,
    hint: &'static str,
    value: DateField,
    /// A date of birth: lets the browser offer the one it knows.
    #[prop(optional)]
    birthday: bool,
) -> impl IntoView {
    let parts = field_parts(id, true, value.error);
    let input_class = if value.error.is_some() {
        "input input--error date-input__input"
    } else {
        "input date-input__input"
    };
    let invalid = value.error.map(|_| "true");
    let boxes = i18n.locale.date_parts();
    let first = boxes[0];
    let boxes = boxes.map(|part| {
        let (suffix, label, typed, width, autocomplete) = match part {
            DatePart::Day => ("day", "field-date-day", value.day.clone(), "2", "bday-day"),
            DatePart::Month => (
                "month",
                "field-date-month",
                value.month.clone(),
                "month",
                "bday-month",
            ),
            DatePart::Year => (
                "year",
                "field-date-year",
                value.year.clone(),
                "4",
                "bday-year",
            ),
        };
        let name = format!("{id}_{suffix}");
        // The first box carries the field's id, which the error summary links to.
        let input_id = if part == first {
            id.to_owned()
        } else {
            name.clone()
        };
        let autocomplete = if birthday { autocomplete } else { "off" };
        // A month may be written as a word ("October", "oct"), so it is not numeric-only.
        let inputmode = (part != DatePart::Month).then_some("numeric");
        view! {
            <div class=format!("date-input__item date-input__item--{width}")>
                <label class="label" for=input_id.clone()>
                    {i18n.t(label)}
                </label>
                <input
                    class=input_class
                    id=input_id
                    name=name
                    type="text"
                    inputmode=inputmode
                    autocomplete=autocomplete
                    value=typed
                    aria-invalid=invalid
                />
            </div>
        }
    });
    view! {
        <div class=parts.group_class>
            <fieldset class="fieldset" role="group" aria-describedby=parts.described_by>
                <legend class="fieldset__legend">{i18n.t(legend)}</legend>
                <FieldHint i18n=i18n id=parts.hint_id hint=Some(hint) />
                <FieldError i18n=i18n id=parts.error_id error=value.error />
                <div class="date-input">{boxes.into_iter().collect_view()}</div>
            </fieldset>
        </div>
    }
}

/// One radio button: the value it submits and its label (text). A label in another language
/// than the page (a language named in itself) says which, so screen readers pronounce it.
pub struct RadioOption {
    pub value: String,
    pub label: String,
    pub language: Option<Locale>,
}

impl From<(String, String)> for RadioOption {
    fn from((value, label): (String, String)) -> RadioOption {
        RadioOption {
            value,
            label,
            language: None,
        }
    }
}

/// A choice of one option from a few, as radio buttons in a fieldset.
#[component]
pub fn Radios(
    i18n: I18n,
    name: &'static str,
    legend: &'static str,
    options: impl IntoIterator<Item = impl Into<RadioOption>>,
    selected: String,
    #[prop(optional_no_strip)] error: Option<&'static str>,
) -> impl IntoView {
    let parts = field_parts(name, false, error);
    view! {
        <div class=parts.group_class>
            <fieldset class="fieldset" aria-describedby=parts.described_by>
                <legend class="fieldset__legend">{i18n.t(legend)}</legend>
                <FieldError i18n=i18n id=parts.error_id error=error />
                <div class="radios">
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, option)| {
                            let RadioOption { value, label, language } = option.into();
                            // The first option carries the group's id, so error links land on it.
                            let id = if i == 0 { name.to_owned() } else { format!("{name}-{i}") };
                            let checked = value == selected;
                            view! {
                                <div class="radios__item">
                                    <input
                                        class="radios__input"
                                        id=id.clone()
                                        name=name
                                        type="radio"
                                        value=value
                                        checked=checked
                                    />
                                    <label
                                        class="radios__label"
                                        for=id
                                        lang=language.map(Locale::tag)
                                        dir=language.map(|l| l.direction().attribute())
                                    >
                                        {label}
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// A labelled multi-line text box with its error message next to it.
#[component]
pub fn TextArea(
    i18n: I18n,
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] value: String,
    #[prop(optional_no_strip)] error: Option<&'static str>,
    #[prop(default = 6)] rows: u32,
) -> impl IntoView {
    let parts = field_parts(id, hint.is_some(), error);
    let input_class = if error.is_some() {
        "textarea input--error"
    } else {
        "textarea"
    };
    // Leptos writes a textarea's children as raw text (as it does for <script> and <style>),
    // so a value holding `</textarea>` would end the box and become live markup: escape it
    // here. The browser decodes the entities back to what was typed.
    let value = html_escape::encode_text(&value).into_owned();
    view! {
        <LabelledField i18n=i18n id=id label=label hint=hint error=error>
            <textarea
                class=input_class
                id=id
                name=id
                rows=rows.to_string()
                aria-describedby=parts.described_by
                aria-invalid=error.map(|_| "true")
            >
                {value}
            </textarea>
        </LabelledField>
    }
}

/// A labelled drop-down list. `options` pairs each submitted value with its label (text).
#[component]
pub fn Select(
    i18n: I18n,
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <label class="label" for=id>
                {i18n.t(label)}
            </label>
            <select class="select" id=id name=id>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! {
                            <option value=value selected=is_selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A file chooser for one document, with its error message next to it.
#[component]
pub fn FileInput(
    i18n: I18n,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    #[prop(optional_no_strip)] error: Option<&'static str>,
) -> impl IntoView {
    let parts = field_parts(id, true, error);
    view! {
        <LabelledField i18n=i18n id=id label=label hint=Some(hint) error=error>
            <input
                class="file-input"
                id=id
                name=id
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby=parts.described_by
                aria-invalid=error.map(|_| "true")
            />
        </LabelledField>
    }
}

/// Where a dispute stands, as a coloured label.
#[component]
pub fn DisputeStatusTag(i18n: I18n, status: crate::model::DisputeStatusTag) -> impl IntoView {
    let key = status.key();
    let class = format!("status-tag dispute-tag dispute-tag--{key}");
    view! { <strong class=class>{i18n.t(&format!("dispute-status-{key}"))}</strong> }
}

/// Key/value rows (GOV.UK summary list), values already in words, followed by any rows given
/// as children ([`SummaryRow`]s whose values are more than words). `compact` drops the lines
/// between rows (for short facts under a heading).
#[component]
pub fn SummaryRows(
    rows: impl IntoIterator<Item = impl Into<Row>>,
    #[prop(optional)] compact: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let class = if compact {
        "summary-list summary-list--compact"
    } else {
        "summary-list"
    };
    view! {
        <dl class=class>
            {rows
                .into_iter()
                .map(|row| {
                    let Row { key, value, term } = row.into();
                    view! { <SummaryRow key=key term=term>{value}</SummaryRow> }
                })
                .collect_view()}
            {children.map(|children| children())}
        </dl>
    }
}

/// The link at the end of a summary row that goes back to change its answer: `text` shows,
/// `label` says to screen readers what it changes.
pub struct ChangeLink {
    pub href: String,
    pub text: String,
    pub label: String,
}

/// One row of a summary list: a label and its value, and where the label is a word the help
/// page explains, that word's stem there (`help-word-<stem>`): the label links to it.
pub struct Row {
    pub key: String,
    pub value: String,
    pub term: Option<&'static str>,
}

impl Row {
    pub fn term(key: String, value: String, term: &'static str) -> Row {
        Row {
            key,
            value,
            term: Some(term),
        }
    }
}

impl From<(String, String)> for Row {
    fn from((key, value): (String, String)) -> Row {
        Row {
            key,
            value,
            term: None,
        }
    }
}

/// One row of a summary list: `key`, the value (the children), and a [`ChangeLink`] if the
/// answer can be changed. With a `term`, the key links to the help page's explanation of it.
#[component]
pub fn SummaryRow(
    key: String,
    #[prop(optional)] change: Option<ChangeLink>,
    #[prop(optional_no_strip)] term: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let actions = change.map(|link| {
        view! {
            <dd class="summary-list__actions">
                <a href=link.href aria-label=link.label>{link.text}</a>
            </dd>
        }
    });
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">
                {match term {
                    Some(stem) => {
                        view! {
                            <a href=paths::help_word(stem) class="term-link">
                                {key}
                            </a>
                        }
                            .into_any()
                    }
                    None => key.into_any(),
                }}
            </dt>
            <dd class="summary-list__value summary-list__value--text">{children()}</dd>
            {actions}
        </div>
    }
}

/// A short message at the top of a page ("Your record is now linked").
#[component]
pub fn Notice(i18n: I18n, message: Option<&'static str>) -> impl IntoView {
    message.map(|m| {
        view! {
            <div class="notification" role="status">
                <p>{i18n.t(m)}</p>
            </div>
        }
    })
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

    fn html(build: impl FnOnce() -> AnyView) -> String {
        let owner = Owner::new();
        owner.with(|| build().to_html())
    }

    /// Every element whose text Leptos writes raw (textarea, and title should it ever) must
    /// carry what a person typed escaped once: never live markup, never double-escaped.
    #[test]
    fn text_people_typed_comes_back_escaped_once() {
        let typed = "</textarea><b>x</b>&amp;";
        let i18n = I18n::new(Locale::En);
        let area = html(|| {
            view! { <TextArea i18n=i18n id="statement" label="service-name" value=typed.to_owned() /> }
                .into_any()
        });
        assert!(!area.contains("<b>x</b>"), "{area}");
        assert!(
            area.contains(">&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;&amp;amp;</textarea>"),
            "{area}"
        );
        let title = html(|| view! { <title>{typed.to_owned()}</title> }.into_any());
        assert!(!title.contains("<b>x</b>"), "{title}");
    }

    #[test]
    fn encodes_paths_for_query_values() {
        assert_eq!(encode_query("/record"), "/record");
        assert_eq!(encode_query("/a b?c=d&e"), "/a%20b%3Fc%3Dd%26e");
    }
}
