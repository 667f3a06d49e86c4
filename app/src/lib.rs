//! Server-rendered Leptos pages for My Record and the translation glue; no SQL lives here.
//!
//! Each `render_*` function turns plain view data into a complete HTML document, so every page
//! works with JavaScript turned off and the server decides everything a person may see.

pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;

use i18n::I18n;
use leptos::prelude::*;
use model::{RecordView, RegisterForm, SignInForm, Viewer};
use pages::auth::{RegisterPage, RegisterPageProps, StartPage, StartPageProps};
use pages::message::{MessagePage, MessagePageProps};
use pages::record::{RecordPage, RecordPageProps};

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

pub fn render_record(i18n: I18n, viewer: Viewer, record: Option<RecordView>) -> String {
    document(|| {
        RecordPage(RecordPageProps {
            i18n,
            viewer,
            record,
        })
    })
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
