//! Server-rendered Leptos pages for My Record and the translation glue; no SQL lives here.
//!
//! Each `render_*` function turns plain view data into a complete HTML document, so every page
//! works with JavaScript turned off and the server decides everything a person may see.

// Leptos describes a page as one deeply nested type; the larger forms (a reviewer's decision
// forms) need more room than the compiler's default to compute its layout.
#![recursion_limit = "256"]

pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;

use i18n::I18n;
use leptos::prelude::*;
use model::{
    AccessCodeForm, AccountView, ClientView, DisputeCheckView, DisputeDetailView,
    DisputeDetailsForm, DisputeDocumentsForm, DisputeKindForm, DisputeSummary, HelpView,
    LetterView, LinkForm, NewPasswordForm, OperationsView, RecordAudience, RecordView,
    RegisterForm, ResetRequestForm, ReviewCaseView, SharingView, SignInForm, StatisticsView,
    TwoStepForm, TwoStepSetupForm, TwoStepStatus, ViewEntry, Viewer,
};
use pages::account::*;
use pages::auth::{
    RegisterConfirmPage, RegisterConfirmPageProps, RegisterPage, RegisterPageProps, StartPage,
    StartPageProps,
};
use pages::disputes::*;
use pages::help::{HelpPage, HelpPageProps};
use pages::message::{MessagePage, MessagePageProps};
use pages::record::{RecordPage, RecordPageProps};
use pages::review::*;
use pages::sharing::*;
use pages::staff::*;
use pages::statistics::{StatisticsPage, StatisticsPageProps};

/// Renders a component tree to a whole document. Each page gets its own reactive owner so
/// nothing leaks between requests.
fn document<V: IntoView + RenderHtml>(build: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    let body = owner.with(|| build().to_html());
    format!("<!DOCTYPE html>{body}")
}

pub fn render_start(i18n: I18n, viewer: Viewer, form: SignInForm) -> String {
    document(|| StartPage(StartPageProps { i18n, viewer, form }))
}

pub fn render_register(i18n: I18n, viewer: Viewer, form: RegisterForm) -> String {
    document(|| RegisterPage(RegisterPageProps { i18n, viewer, form }))
}

pub fn render_register_confirm(i18n: I18n, viewer: Viewer, action: String) -> String {
    document(|| {
        RegisterConfirmPage(RegisterConfirmPageProps {
            i18n,
            viewer,
            action,
        })
    })
}

/// A record, for its owner, a legal aid worker or a reviewer (`audience`).
pub fn render_record(
    i18n: I18n,
    viewer: Viewer,
    record: Option<RecordView>,
    audience: RecordAudience,
    notice: Option<&'static str>,
) -> String {
    document(|| {
        RecordPage(RecordPageProps {
            i18n,
            viewer,
            record,
            audience,
            notice,
        })
    })
}

pub fn render_account(i18n: I18n, viewer: Viewer, account: AccountView) -> String {
    document(|| {
        AccountPage(AccountPageProps {
            i18n,
            viewer,
            account,
        })
    })
}

pub fn render_two_step_setup(i18n: I18n, viewer: Viewer, form: TwoStepSetupForm) -> String {
    document(|| TwoStepSetupPage(TwoStepSetupPageProps { i18n, viewer, form }))
}

pub fn render_two_step_status(i18n: I18n, viewer: Viewer, status: TwoStepStatus) -> String {
    document(|| {
        TwoStepStatusPage(TwoStepStatusPageProps {
            i18n,
            viewer,
            status,
        })
    })
}

pub fn render_recovery_codes(i18n: I18n, viewer: Viewer, codes: Vec<String>) -> String {
    document(|| {
        RecoveryCodesPage(RecoveryCodesPageProps {
            i18n,
            viewer,
            codes,
        })
    })
}

pub fn render_two_step_sign_in(i18n: I18n, viewer: Viewer, form: TwoStepForm) -> String {
    document(|| TwoStepSignInPage(TwoStepSignInPageProps { i18n, viewer, form }))
}

pub fn render_reset_request(i18n: I18n, viewer: Viewer, form: ResetRequestForm) -> String {
    document(|| ResetRequestPage(ResetRequestPageProps { i18n, viewer, form }))
}

/// The new-password form; `action` is the link's own address (it carries the token).
pub fn render_new_password(
    i18n: I18n,
    viewer: Viewer,
    action: String,
    form: NewPasswordForm,
) -> String {
    document(|| {
        NewPasswordPage(NewPasswordPageProps {
            i18n,
            viewer,
            action,
            form,
        })
    })
}

pub fn render_link(i18n: I18n, viewer: Viewer, form: LinkForm) -> String {
    document(|| LinkPage(LinkPageProps { i18n, viewer, form }))
}

pub fn render_sharing(i18n: I18n, viewer: Viewer, sharing: SharingView) -> String {
    document(|| {
        SharingPage(SharingPageProps {
            i18n,
            viewer,
            sharing,
        })
    })
}

pub fn render_views(i18n: I18n, viewer: Viewer, views: Vec<ViewEntry>) -> String {
    document(|| {
        ViewsPage(ViewsPageProps {
            i18n,
            viewer,
            views,
        })
    })
}

pub fn render_help(i18n: I18n, viewer: Viewer, help: HelpView) -> String {
    document(|| HelpPage(HelpPageProps { i18n, viewer, help }))
}

pub fn render_statistics(i18n: I18n, viewer: Viewer, stats: StatisticsView) -> String {
    document(|| {
        StatisticsPage(StatisticsPageProps {
            i18n,
            viewer,
            stats,
        })
    })
}

pub fn render_clients(i18n: I18n, viewer: Viewer, clients: Vec<ClientView>) -> String {
    document(|| {
        ClientsPage(ClientsPageProps {
            i18n,
            viewer,
            clients,
        })
    })
}

pub fn render_admin(
    i18n: I18n,
    viewer: Viewer,
    form: AccessCodeForm,
    operations: OperationsView,
) -> String {
    document(|| {
        AdminPage(AdminPageProps {
            i18n,
            viewer,
            form,
            operations,
        })
    })
}

pub fn render_letter(i18n: I18n, viewer: Viewer, letter: LetterView) -> String {
    document(|| {
        LetterPage(LetterPageProps {
            i18n,
            viewer,
            letter,
        })
    })
}

/// The letter alone as a file to print (from the command line): both languages, with the
/// stylesheet inside, so it prints the same wherever it is opened.
pub fn render_letter_file(letter: LetterView) -> String {
    let body = document(|| pages::staff::letter_file(letter));
    body.replacen(
        "</head>",
        &format!(
            "<style>{}</style></head>",
            include_str!("../../style/site.css")
        ),
        1,
    )
}

/// A page with a heading and one paragraph (both Fluent ids): not found, server error, …
pub fn render_message(
    i18n: I18n,
    viewer: Viewer,
    heading: &'static str,
    body: &'static str,
) -> String {
    document(|| {
        MessagePage(MessagePageProps {
            i18n,
            viewer,
            heading,
            body,
        })
    })
}

pub fn render_dispute_kind(i18n: I18n, viewer: Viewer, form: DisputeKindForm) -> String {
    document(|| DisputeKindPage(DisputeKindPageProps { i18n, viewer, form }))
}

pub fn render_dispute_details(i18n: I18n, viewer: Viewer, form: DisputeDetailsForm) -> String {
    document(|| DisputeDetailsPage(DisputeDetailsPageProps { i18n, viewer, form }))
}

pub fn render_dispute_documents(i18n: I18n, viewer: Viewer, form: DisputeDocumentsForm) -> String {
    document(|| DisputeDocumentsPage(DisputeDocumentsPageProps { i18n, viewer, form }))
}

pub fn render_dispute_check(i18n: I18n, viewer: Viewer, view_data: DisputeCheckView) -> String {
    document(|| {
        DisputeCheckPage(DisputeCheckPageProps {
            i18n,
            viewer,
            view_data,
        })
    })
}

pub fn render_dispute_confirmation(
    i18n: I18n,
    viewer: Viewer,
    reference: String,
    due_on: String,
) -> String {
    document(|| {
        DisputeConfirmationPage(DisputeConfirmationPageProps {
            i18n,
            viewer,
            reference,
            due_on,
        })
    })
}

/// "My disputes"; `show_names` for a legal aid worker, whose list spans clients.
pub fn render_dispute_list(
    i18n: I18n,
    viewer: Viewer,
    disputes: Vec<DisputeSummary>,
    show_names: bool,
) -> String {
    document(|| {
        DisputeListPage(DisputeListPageProps {
            i18n,
            viewer,
            disputes,
            show_names,
        })
    })
}

pub fn render_dispute_detail(i18n: I18n, viewer: Viewer, detail: DisputeDetailView) -> String {
    document(|| {
        DisputeDetailPage(DisputeDetailPageProps {
            i18n,
            viewer,
            detail,
        })
    })
}

pub fn render_review_queue(i18n: I18n, viewer: Viewer, disputes: Vec<DisputeSummary>) -> String {
    document(|| {
        ReviewQueuePage(ReviewQueuePageProps {
            i18n,
            viewer,
            disputes,
        })
    })
}

pub fn render_review_case(i18n: I18n, viewer: Viewer, case: ReviewCaseView) -> String {
    document(|| ReviewCasePage(ReviewCasePageProps { i18n, viewer, case }))
}
