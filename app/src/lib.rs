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
pub mod paths;

use i18n::I18n;
use leptos::prelude::*;
use model::Viewer;
use pages::staff::LetterView;

/// Renders a component tree to a whole document. Each page gets its own reactive owner so
/// nothing leaks between requests.
fn document<V: IntoView + RenderHtml>(build: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    let body = owner.with(|| build().to_html());
    format!("<!DOCTYPE html>{body}")
}

/// A page: its view data, which knows the component that shows it. Each lives beside its
/// page in `pages/`; adding a page adds a type there, nothing here.
pub trait Page {
    fn view(self, i18n: I18n, viewer: Viewer) -> AnyView;
}

/// `impl Page` for view data that its page component takes whole, as one property
/// (`page!(TwoStepForm => TwoStepSignInPage(form))`), or field by field, each field a property
/// of the same name (`page!(ClientsView => ClientsPage { clients })`).
macro_rules! page {
    ($data:ty => $page:ident($prop:ident)) => {
        impl $crate::Page for $data {
            fn view(
                self,
                i18n: $crate::i18n::I18n,
                viewer: $crate::model::Viewer,
            ) -> leptos::prelude::AnyView {
                use leptos::prelude::*;
                view! { <$page i18n=i18n viewer=viewer $prop=self /> }.into_any()
            }
        }
    };
    ($data:ty => $page:ident { $($field:ident),+ }) => {
        impl $crate::Page for $data {
            fn view(
                self,
                i18n: $crate::i18n::I18n,
                viewer: $crate::model::Viewer,
            ) -> leptos::prelude::AnyView {
                use leptos::prelude::*;
                view! { <$page i18n=i18n viewer=viewer $($field=self.$field)+ /> }.into_any()
            }
        }
    };
}
pub(crate) use page;

/// Renders a page to a whole HTML document for `viewer`, in `i18n`'s language.
pub fn render(i18n: I18n, viewer: Viewer, page: impl Page) -> String {
    document(|| page.view(i18n, viewer))
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
