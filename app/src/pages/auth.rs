//! The start page (what this is, and sign in) and the create-account page.

use crate::components::{
    AgencyContact, ErrorSummary, HomeLink, NewPasswordFields, OwnEmailField, PostForm, Shell,
    SubmitButton, TextField, form_problems,
};
use crate::i18n::{Arg, I18n};
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
    let law_in_force = viewer.law_in_force.clone();
    let viewer_for_contact = viewer.clone();
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
            <p class="lead">
                {i18n.t_args("start-lead", &[("law", Arg::Text(i18n.t(&law_in_force)))])}
            </p>
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
                    <PostForm action=paths::SIGN_IN csrf=csrf>
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
                        <SubmitButton i18n=i18n label="sign-in-submit" />
                    </PostForm>
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
            <AgencyContact i18n=i18n viewer=viewer_for_contact lead="contact-lead-start" />
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
            <HomeLink i18n=i18n />
        }
        .into_any()
    } else {
        view! {
            <a href=paths::HOME class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("register-heading")}</h1>
            <p>{i18n.t("register-lead")}</p>
            <PostForm action=paths::REGISTER csrf=csrf>
                <OwnEmailField i18n=i18n field=form.email />
                <NewPasswordFields
                    i18n=i18n
                    password_error=form.password_error
                    confirm_error=form.confirm_error
                />
                <SubmitButton i18n=i18n label="register-submit" />
            </PostForm>
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
            <PostForm action=action csrf=csrf>
                <SubmitButton i18n=i18n label="register-confirm-submit" />
            </PostForm>
        </Shell>
    }
}

crate::render::page!(SignInForm => StartPage(form));
crate::render::page!(RegisterForm => RegisterPage(form));

/// The page an emailed sign-up link opens; `action` is the link's own address.
pub struct RegisterConfirmView {
    pub action: String,
}

crate::render::page!(RegisterConfirmView => RegisterConfirmPage { action });
