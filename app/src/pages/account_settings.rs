//! Changing what one signs in with (password, email) and closing the account. Each asks for
//! the current password: a session left open on a shared computer must not be enough.

use crate::components::{
    ErrorSummary, NewPasswordFields, OwnEmailField, PostForm, Shell, SubmitButton, TextField,
    form_problems,
};
use crate::i18n::{Arg, I18n};
use crate::model::{Field, Viewer};
use crate::paths;
use leptos::prelude::*;

/// Changing the password, knowing the current one.
#[derive(Clone, Debug, Default)]
pub struct ChangePasswordForm {
    pub current_error: Option<&'static str>,
    pub password_error: Option<&'static str>,
    pub confirm_error: Option<&'static str>,
}

/// Asking to sign in with another email.
#[derive(Clone, Debug, Default)]
pub struct ChangeEmailForm {
    pub current_email: String,
    pub email: Field,
    pub current_error: Option<&'static str>,
}

/// The page a confirmation link opens: the new email, and the button that makes it the one.
#[derive(Clone, Debug)]
pub struct ConfirmEmailView {
    pub action: String,
    pub new_email: String,
}

/// Closing the account: what goes, what stays, and the password to confirm.
#[derive(Clone, Debug, Default)]
pub struct CloseAccountForm {
    pub current_error: Option<&'static str>,
}

/// The current password, as every change here asks for it first.
#[component]
fn CurrentPasswordField(i18n: I18n, error: Option<&'static str>) -> impl IntoView {
    view! {
        <TextField
            i18n=i18n
            id="current_password"
            label="field-current-password"
            input_type="password"
            autocomplete="current-password"
            error=error
        />
    }
}

#[component]
pub fn ChangePasswordPage(i18n: I18n, viewer: Viewer, form: ChangePasswordForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[
        ("current_password", form.current_error),
        ("password", form.password_error),
        ("password_confirm", form.confirm_error),
    ]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("change-password-title")>
            <a href=paths::ACCOUNT class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("change-password-title")}</h1>
            <p>{i18n.t("change-password-lead")}</p>
            <PostForm action=paths::ACCOUNT_PASSWORD csrf=csrf>
                <CurrentPasswordField i18n=i18n error=form.current_error />
                <NewPasswordFields
                    i18n=i18n
                    password_error=form.password_error
                    confirm_error=form.confirm_error
                />
                <SubmitButton i18n=i18n label="change-password-submit" />
            </PostForm>
        </Shell>
    }
}

#[component]
pub fn ChangeEmailPage(i18n: I18n, viewer: Viewer, form: ChangeEmailForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[
        ("email", form.email.error),
        ("current_password", form.current_error),
    ]);
    let current = i18n.t_args(
        "change-email-current",
        &[("email", Arg::from(form.current_email.clone()))],
    );
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("change-email-title")>
            <a href=paths::ACCOUNT class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("change-email-title")}</h1>
            <p>{current}</p>
            <p>{i18n.t("change-email-lead")}</p>
            <PostForm action=paths::ACCOUNT_EMAIL csrf=csrf>
                <OwnEmailField i18n=i18n field=form.email label="field-new-email" />
                <CurrentPasswordField i18n=i18n error=form.current_error />
                <SubmitButton i18n=i18n label="change-email-submit" />
            </PostForm>
        </Shell>
    }
}

#[component]
pub fn ConfirmEmailPage(i18n: I18n, viewer: Viewer, confirm: ConfirmEmailView) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let lead = i18n.t_args(
        "confirm-email-lead",
        &[("email", Arg::from(confirm.new_email.clone()))],
    );
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("confirm-email-title")>
            <h1 class="heading-xl">{i18n.t("confirm-email-title")}</h1>
            <p>{lead}</p>
            <PostForm action=confirm.action csrf=csrf>
                <SubmitButton i18n=i18n label="confirm-email-submit" />
            </PostForm>
        </Shell>
    }
}

#[component]
pub fn CloseAccountPage(i18n: I18n, viewer: Viewer, form: CloseAccountForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("current_password", form.current_error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("close-account-title")>
            <a href=paths::ACCOUNT class="back-link">{i18n.t("nav-back")}</a>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("close-account-title")}</h1>
            <h2 class="heading-m">{i18n.t("close-account-goes-heading")}</h2>
            <ul class="list list--bullet">
                <li>{i18n.t("close-account-goes-sign-in")}</li>
                <li>{i18n.t("close-account-goes-sharing")}</li>
                <li>{i18n.t("close-account-goes-drafts")}</li>
                <li>{i18n.t("close-account-goes-email")}</li>
            </ul>
            <h2 class="heading-m">{i18n.t("close-account-stays-heading")}</h2>
            <ul class="list list--bullet">
                <li>{i18n.t("close-account-stays-record")}</li>
                <li>{i18n.t("close-account-stays-disputes")}</li>
                <li>{i18n.t("close-account-stays-audit")}</li>
            </ul>
            <p>{i18n.t("close-account-again")}</p>
            <PostForm action=paths::ACCOUNT_CLOSE csrf=csrf>
                <CurrentPasswordField i18n=i18n error=form.current_error />
                <button type="submit" class="button button--warning">
                    {i18n.t("close-account-submit")}
                </button>
            </PostForm>
        </Shell>
    }
}

crate::render::page!(ChangePasswordForm => ChangePasswordPage(form));
crate::render::page!(ChangeEmailForm => ChangeEmailPage(form));
crate::render::page!(ConfirmEmailView => ConfirmEmailPage(confirm));
crate::render::page!(CloseAccountForm => CloseAccountPage(form));
