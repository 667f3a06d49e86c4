//! From view data to a whole HTML document: the `Page` trait every page's data implements, and
//! the one function that renders any of them.

use crate::i18n::I18n;
use crate::model::Viewer;
use leptos::prelude::*;

/// Renders a component tree to a whole document. Each page gets its own reactive owner so
/// nothing leaks between requests.
pub(crate) fn document<V: IntoView + RenderHtml>(build: impl FnOnce() -> V) -> String {
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
        impl $crate::render::Page for $data {
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
        impl $crate::render::Page for $data {
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
