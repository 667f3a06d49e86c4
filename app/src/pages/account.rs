//! The account page, two-step sign-in (setting it up, its recovery codes, and the second step
//! of signing in), and password reset.

use crate::components::{
    ErrorSummary, HomeLink, NewPasswordFields, Notice, OwnEmailField, PostForm, RadioOption,
    Radios, Shell, SubmitButton, SummaryRows, TextField, form_problems,
};
use crate::i18n::{Arg, I18n, Locale};
use crate::model::{Field, NavRole, Viewer};
use crate::paths;
use leptos::prelude::*;

/// The second step of signing in: a code from the authenticator app, or a recovery code.
#[derive(Clone, Debug, Default)]
pub struct TwoStepForm {
    pub code: Field,
}

/// Setting up two-step sign-in: the secret to add to an app, and the first code from it.
#[derive(Clone, Debug, Default)]
pub struct TwoStepSetupForm {
    /// The secret in groups of four, for typing into an app by hand.
    pub secret: String,
    pub code: Field,
    /// The account must set this up before doing anything else (staff, legal aid).
    pub required: bool,
}

/// Two-step sign-in once it is on.
#[derive(Clone, Debug, Default)]
pub struct TwoStepStatus {
    pub recovery_codes_left: i64,
    /// People may turn it off; staff and legal aid may not.
    pub can_turn_off: bool,
    /// The code asked for before turning it off.
    pub code: Field,
}

/// The account page.
#[derive(Clone, Debug)]
pub struct AccountView {
    pub email: String,
    pub role: NavRole,
    pub two_step_enabled: bool,
    /// A person's account already shows their record (no need to offer linking one).
    pub linked: bool,
    /// The language the account chose for its emails and pages.
    pub language: Locale,
    pub notice: Option<&'static str>,
}

/// Asking for a password reset link.
#[derive(Clone, Debug, Default)]
pub struct ResetRequestForm {
    pub email: Field,
    /// The request was taken: show what happens next instead of the form.
    pub sent: bool,
}

/// Choosing a new password from a reset link.
#[derive(Clone, Debug, Default)]
pub struct NewPasswordForm {
    pub password_error: Option<&'static str>,
    pub confirm_error: Option<&'static str>,
}

#[component]
pub fn AccountPage(i18n: I18n, viewer: Viewer, account: AccountView) -> impl IntoView {
    let two_step = if account.two_step_enabled {
        "account-two-step-on"
    } else {
        "account-two-step-off"
    };
    let rows = vec![
        (i18n.t("field-email"), account.email.clone()),
        (i18n.t("account-role"), i18n.t(account.role.message())),
        (i18n.t("account-two-step"), i18n.t(two_step)),
    ];
    let is_person = account.role == NavRole::Person;
    let csrf = viewer.csrf_token.clone();
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("account-title")>
            <Notice i18n=i18n message=account.notice />
            <h1 class="heading-xl">{i18n.t("account-heading")}</h1>
            <SummaryRows rows=rows />
            <ul class="list list--bullet">
                <li>
                    <a href=paths::ACCOUNT_PASSWORD>{i18n.t("change-password-title")}</a>
                </li>
                <li>
                    <a href=paths::TWO_STEP>{i18n.t("account-manage-two-step")}</a>
                </li>
                {is_person
                    .then(|| {
                        view! {
                            <li>
                                <a href=paths::ACCOUNT_EMAIL>{i18n.t("change-email-title")}</a>
                            </li>
                        }
                    })}
                {is_person
                    .then(|| {
                        view! {
                            {(!account.linked)
                                .then(|| {
                                    view! {
                                        <li>
                                            <a href=paths::RECORD_LINK>
                                                {i18n.t("account-link-record")}
                                            </a>
                                        </li>
                                    }
                                })}
                            <li>
                                <a href=paths::SHARING>{i18n.t("account-sharing")}</a>
                            </li>
                            <li>
                                <a href=paths::RECORD_VIEWS>{i18n.t("account-views")}</a>
                            </li>
                        }
                    })}
            </ul>
            {is_person
                .then(|| {
                    view! {
                        <p>
                            <a href=paths::ACCOUNT_CLOSE>{i18n.t("close-account-title")}</a>
                        </p>
                    }
                })}
            <LanguageChoice i18n=i18n csrf=csrf chosen=account.language />
        </Shell>
    }
}

/// The language the account is written to in, as radio buttons each naming its language in
/// that language (and marked as such, so a screen reader pronounces it).
#[component]
fn LanguageChoice(i18n: I18n, csrf: String, chosen: Locale) -> impl IntoView {
    view! {
        <section aria-labelledby="language-heading" class="account-language">
            <h2 class="heading-l" id="language-heading">
                {i18n.t("account-language-heading")}
            </h2>
            <p>{i18n.t("account-language-lead")}</p>
            <PostForm action=paths::ACCOUNT_LANGUAGE csrf=csrf>
                <Radios
                    i18n=i18n
                    name="language"
                    legend="account-language-field"
                    options=Locale::ALL.map(|locale| RadioOption {
                        value: locale.tag().to_owned(),
                        label: I18n::new(locale).t("language-endonym"),
                        language: Some(locale),
                    })
                    selected=chosen.tag().to_owned()
                    error=None
                />
                <SubmitButton i18n=i18n label="account-language-save" />
            </PostForm>
        </section>
    }
}

/// Turning two-step sign-in on: scan the code (or type the key), then enter the first code.
#[component]
pub fn TwoStepSetupPage(i18n: I18n, viewer: Viewer, form: TwoStepSetupForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("code", form.code.error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("two-step-setup-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("two-step-setup-heading")}</h1>
            {form
                .required
                .then(|| {
                    view! {
                        <div class="notification" role="status">
                            <p>{i18n.t("two-step-required")}</p>
                        </div>
                    }
                })}
            <p>{i18n.t("two-step-setup-lead")}</p>
            <ol class="list list--number">
                <li>{i18n.t("two-step-setup-step-app")}</li>
                <li>
                    {i18n.t("two-step-setup-step-scan")}
                    <img
                        class="qr-code"
                        src=paths::TWO_STEP_QR
                        alt=i18n.t("two-step-qr-alt")
                        width="200"
                        height="200"
                    />
                    <p>{i18n.t("two-step-setup-or-type")}</p>
                    <p class="secret-key">
                        <code>{form.secret}</code>
                    </p>
                </li>
                <li>{i18n.t("two-step-setup-step-code")}</li>
            </ol>
            <PostForm action=paths::TWO_STEP csrf=csrf>
                <TextField
                    i18n=i18n
                    id="code"
                    label="field-two-step-code"
                    hint="field-two-step-code-hint"
                    input_type="text"
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    value=form.code.value
                    error=form.code.error
                />
                <SubmitButton i18n=i18n label="two-step-setup-submit" />
            </PostForm>
        </Shell>
    }
}

/// Two-step sign-in is on: recovery codes left, new codes, and (for people) turning it off.
#[component]
pub fn TwoStepStatusPage(i18n: I18n, viewer: Viewer, status: TwoStepStatus) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let csrf_off = viewer.csrf_token.clone();
    let problems = form_problems(&[("code", status.code.error)]);
    let left = i18n.t_args(
        "two-step-codes-left",
        &[("count", Arg::Number(status.recovery_codes_left))],
    );
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("two-step-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("two-step-heading")}</h1>
            <p>{i18n.t("two-step-is-on")}</p>
            <h2 class="heading-l">{i18n.t("two-step-recovery-heading")}</h2>
            <p>{left}</p>
            <PostForm action=paths::TWO_STEP_RECOVERY_CODES csrf=csrf>
                <button type="submit" class="button button--secondary">
                    {i18n.t("two-step-new-codes")}
                </button>
            </PostForm>
            {status
                .can_turn_off
                .then(|| {
                    view! {
                        <h2 class="heading-l">{i18n.t("two-step-off-heading")}</h2>
                        <p>{i18n.t("two-step-off-lead")}</p>
                        <PostForm
                            action=paths::TWO_STEP_OFF
                            csrf=csrf_off
                        >
                            <TextField
                                i18n=i18n
                                id="code"
                                label="field-two-step-code"
                                input_type="text"
                                autocomplete="one-time-code"
                                inputmode="numeric"
                                value=status.code.value
                                error=status.code.error
                            />
                            <button type="submit" class="button button--warning">
                                {i18n.t("two-step-off-submit")}
                            </button>
                        </PostForm>
                    }
                })}
        </Shell>
    }
}

/// New recovery codes, shown once.
#[component]
pub fn RecoveryCodesPage(i18n: I18n, viewer: Viewer, codes: Vec<String>) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("recovery-codes-title")>
            <h1 class="heading-xl">{i18n.t("recovery-codes-heading")}</h1>
            <p>{i18n.t("recovery-codes-lead")}</p>
            <ul class="recovery-codes">
                {codes
                    .into_iter()
                    .map(|code| {
                        view! {
                            <li>
                                <code>{code}</code>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>{i18n.t("recovery-codes-once")}</p>
            <p>
                <a href=paths::ACCOUNT class="button">
                    {i18n.t("recovery-codes-done")}
                </a>
            </p>
        </Shell>
    }
}

/// The second step of signing in.
#[component]
pub fn TwoStepSignInPage(i18n: I18n, viewer: Viewer, form: TwoStepForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("code", form.code.error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("two-step-sign-in-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("two-step-sign-in-heading")}</h1>
            <PostForm action=paths::SIGN_IN_TWO_STEP csrf=csrf>
                <TextField
                    i18n=i18n
                    id="code"
                    label="field-two-step-code"
                    hint="field-two-step-sign-in-hint"
                    input_type="text"
                    autocomplete="one-time-code"
                    value=form.code.value
                    error=form.code.error
                />
                <SubmitButton i18n=i18n label="two-step-sign-in-submit" />
            </PostForm>
        </Shell>
    }
}

/// Asking for a link to choose a new password.
#[component]
pub fn ResetRequestPage(i18n: I18n, viewer: Viewer, form: ResetRequestForm) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[("email", form.email.error)]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("reset-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("reset-heading")}</h1>
            {if form.sent {
                view! {
                    <div class="panel">
                        <p>{i18n.t("reset-sent")}</p>
                    </div>
                    <HomeLink i18n=i18n />
                }
                    .into_any()
            } else {
                view! {
                    <p>{i18n.t("reset-lead")}</p>
                    <PostForm action=paths::PASSWORD_RESET csrf=csrf>
                        <OwnEmailField i18n=i18n field=form.email />
                        <SubmitButton i18n=i18n label="reset-submit" />
                    </PostForm>
                }
                    .into_any()
            }}
        </Shell>
    }
}

/// Choosing a new password (the link's token is in the address).
#[component]
pub fn NewPasswordPage(
    i18n: I18n,
    viewer: Viewer,
    action: String,
    form: NewPasswordForm,
) -> impl IntoView {
    let csrf = viewer.csrf_token.clone();
    let problems = form_problems(&[
        ("password", form.password_error),
        ("password_confirm", form.confirm_error),
    ]);
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("new-password-title")>
            <ErrorSummary i18n=i18n problems=problems />
            <h1 class="heading-xl">{i18n.t("new-password-heading")}</h1>
            <PostForm action=action csrf=csrf>
                <NewPasswordFields
                    i18n=i18n
                    password_error=form.password_error
                    confirm_error=form.confirm_error
                />
                <SubmitButton i18n=i18n label="new-password-submit" />
            </PostForm>
        </Shell>
    }
}

crate::render::page!(AccountView => AccountPage(account));
crate::render::page!(TwoStepSetupForm => TwoStepSetupPage(form));
crate::render::page!(TwoStepStatus => TwoStepStatusPage(status));
crate::render::page!(TwoStepForm => TwoStepSignInPage(form));
crate::render::page!(ResetRequestForm => ResetRequestPage(form));

/// New recovery codes, shown once.
pub struct RecoveryCodesView {
    pub codes: Vec<String>,
}

crate::render::page!(RecoveryCodesView => RecoveryCodesPage { codes });

/// The new-password form of a reset link; `action` is the link's own address (it carries
/// the token).
pub struct NewPasswordView {
    pub action: String,
    pub form: NewPasswordForm,
}

crate::render::page!(NewPasswordView => NewPasswordPage { action, form });
