//! The start page (what this is, and sign in) and the create-account page.

use crate::Page;
use crate::components::{CsrfField, ErrorSummary, Shell, TextField, form_problems};
use crate::i18n::I18n;
use crate::model::{Field, Viewer};
use crate::paths;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct SignInForm {
    pub email: Field,
    /// Passwords are never sent back to the browser; only their error is kept.
    pub password_error: Option<&'static str>,
    /// An error about the whole form (e.g. wrong email or password).
    pub form_error: Option<&'static str>,
    /// A notice shown above the form (e.g. "you have signed out").
    pub notice: Option<&'static str>,
}

#[derive(Clone, Debug, Default)]
pub struct RegisterForm {
    pub email: Field,
    pub password_error: Option<&'static str>,
    pub confirm_error: Option<&'static str>,
    /// The sign-up was taken: show "check your email" instead of the form (the same whether
    /// or not the address had an account).
    pub sent: bool,
}

#[component]
pub fn StartPage(i18n: I18n, viewer: Viewer, form: SignInForm) -> impl IntoView {
    let signed_in = viewer.signed_in;
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[
        ("email", form.form_error),
        ("email", form.email.error),
        ("password", form.password_error),
    ]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("start-title")>
            {form
                .notice
                .map(|n| {
                    view! {
                        <div class="notification" role="status">
                            <p>{i18n.t(n)}</p>
                        </div>
                    }
                })}
            <h1 class="heading-xl">{i18n.t("start-heading")}</h1>
            <p class="lead">{i18n.t("start-lead")}</p>
            <ul class="list list--bullet">
                <li>{i18n.t("start-can-see")}</li>
                <li>{i18n.t("start-can-cleared")}</li>
                <li>{i18n.t("start-can-when")}</li>
            </ul>
            {if signed_in {
                view! {
                    <p>
                        <a href=paths::RECORD class="button">
                            {i18n.t("start-go-to-record")}
                        </a>
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <h2 class="heading-l">{i18n.t("sign-in-heading")}</h2>
                    <ErrorSummary i18n=i18n problems=problems />
                    <form method="post" action=paths::SIGN_IN novalidate="novalidate" class="form">
                        <CsrfField token=csrf />
                        <TextField
                            i18n=i18n
                            id="email"
                            label="field-email"
                            input_type="email"
                            autocomplete="username"
                            value=form.email.value
                            error=form.email.error.or(form.form_error)
                        />
                        <TextField
                            i18n=i18n
                            id="password"
                            label="field-password"
                            input_type="password"
                            autocomplete="current-password"
                            error=form.password_error
                        />
                        <button type="submit" class="button">
                            {i18n.t("sign-in-submit")}
                        </button>
                    </form>
                    <p>
                        {i18n.t("sign-in-no-account")} " "
                        <a href=paths::REGISTER>{i18n.t("sign-in-create-account")}</a>
                    </p>
                    <p>
                        <a href=paths::PASSWORD_RESET>{i18n.t("sign-in-forgot")}</a>
                    </p>
                }
                    .into_any()
            }}
        </Shell>
    }
}

#[component]
pub fn RegisterPage(i18n: I18n, viewer: Viewer, form: RegisterForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[
        ("email", form.email.error),
        ("password", form.password_error),
        ("password_confirm", form.confirm_error),
    ]);
    let body = if form.sent {
        view! {
            <h1 class="heading-xl">{i18n.t("register-sent-heading")}</h1>
            <div class="panel">
                <p>{i18n.t("register-sent-body")}</p>
            </div>
            <p>{i18n.t("register-sent-spam")}</p>
            <p>
                <a href="/">{i18n.t("nav-home")}</a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <a href="/" class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("register-heading")}</h1>
            <p>{i18n.t("register-lead")}</p>
            <form method="post" action=paths::REGISTER novalidate="novalidate" class="form">
                <CsrfField token=csrf />
                <TextField
                    i18n=i18n
                    id="email"
                    label="field-email"
                    input_type="email"
                    autocomplete="email"
                    value=form.email.value
                    error=form.email.error
                />
                <TextField
                    i18n=i18n
                    id="password"
                    label="field-new-password"
                    hint="field-new-password-hint"
                    input_type="password"
                    autocomplete="new-password"
                    error=form.password_error
                />
                <TextField
                    i18n=i18n
                    id="password_confirm"
                    label="field-password-confirm"
                    input_type="password"
                    autocomplete="new-password"
                    error=form.confirm_error
                />
                <button type="submit" class="button">
                    {i18n.t("register-submit")}
                </button>
            </form>
        }
        .into_any()
    };
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("register-title")>
            {body}
        </Shell>
    }
}

/// The page an emailed sign-up link opens: one button makes the account (a link alone does
/// not, so a mail scanner that opens links makes nothing).
#[component]
pub fn RegisterConfirmPage(i18n: I18n, viewer: Viewer, action: String) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("register-confirm-title")>
            <h1 class="heading-xl">{i18n.t("register-confirm-heading")}</h1>
            <p>{i18n.t("register-confirm-lead")}</p>
            <form method="post" action=action class="form">
                <CsrfField token=csrf />
                <button type="submit" class="button">
                    {i18n.t("register-confirm-submit")}
                </button>
            </form>
        </Shell>
    }
}

impl Page for SignInForm {
    fn view(self, i18n: I18n, viewer: Viewer) -> AnyView {
        view! { <StartPage i18n=i18n viewer=viewer form=self /> }.into_any()
    }
}
impl Page for RegisterForm {
    fn view(self, i18n: I18n, viewer: Viewer) -> AnyView {
        view! { <RegisterPage i18n=i18n viewer=viewer form=self /> }.into_any()
    }
}

/// The page an emailed sign-up link opens; `action` is the link's own address.
pub struct RegisterConfirmView {
    pub action: String,
}

impl Page for RegisterConfirmView {
    fn view(self, i18n: I18n, viewer: Viewer) -> AnyView {
        view! { <RegisterConfirmPage i18n=i18n viewer=viewer action=self.action /> }.into_any()
    }
}
