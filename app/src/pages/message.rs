//! Pages that only say one thing: not found, something went wrong.

use crate::components::{AgencyContact, HomeLink, Shell};
use crate::i18n::I18n;
use crate::model::Viewer;
use leptos::prelude::*;

/// A heading and a paragraph, both Fluent ids.
#[component]
pub fn MessagePage(
    i18n: I18n,
    viewer: Viewer,
    heading: &'static str,
    body: &'static str,
) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer.clone() title=i18n.t(heading)>
            <h1 class="heading-xl">{i18n.t(heading)}</h1>
            <p>{i18n.t(body)}</p>
            <HomeLink i18n=i18n />
            <AgencyContact i18n=i18n viewer=viewer lead="contact-lead-error" />
        </Shell>
    }
}

/// A page with a heading and one paragraph (both Fluent ids): not found, server error, …
pub struct MessageView {
    pub heading: &'static str,
    pub body: &'static str,
}

crate::render::page!(MessageView => MessagePage { heading, body });
