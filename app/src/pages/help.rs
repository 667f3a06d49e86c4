//! The help page: what the law in force clears, the words a record uses, and what to do.

use crate::components::{AgencyContact, OfficeCard, Shell};
use crate::i18n::{Arg, I18n};
use crate::model::Viewer;
use leptos::prelude::*;

/// The help page: the law in force and its summary, and the dispute deadline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpView {
    /// Fluent id of the law in force (`law-pa-act56`).
    pub law: String,
    /// Fluent ids of the plain-language summary of what that law clears, in order.
    pub rule_summary: Vec<String>,
    /// Each remedy the law gives: Fluent ids of its name and of what it means.
    pub remedies: Vec<(String, String)>,
    /// The agency's deadline to answer a dispute, in days.
    pub dispute_days: i64,
}

/// The words explained, as Fluent id stems: `help-word-<stem>` and `help-word-<stem>-meaning`.
const WORDS: [&str; 12] = [
    "charge",
    "outcome",
    "conviction",
    "non-conviction",
    "grade",
    "maximum",
    "sealed",
    "waiting",
    "restitution",
    "sid",
    "otn",
    "docket",
];

#[component]
pub fn HelpPage(i18n: I18n, viewer: Viewer, help: HelpView) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer.clone() title=i18n.t("help-title")>
            <h1 class="heading-xl">{i18n.t("help-heading")}</h1>
            <p class="lead">{i18n.t("help-lead")}</p>

            <h2 class="heading-l">{i18n.t("help-rules-heading")}</h2>
            <p>{i18n.t_args("help-rules-lead", &[("law", Arg::Text(i18n.t(&help.law)))])}</p>
            <ul class="list--bullet">
                {help
                    .rule_summary
                    .iter()
                    .map(|id| view! { <li>{i18n.t(id)}</li> })
                    .collect_view()}
            </ul>
            <p>{i18n.t("help-rules-petition")}</p>

            {(!help.remedies.is_empty())
                .then(|| {
                    view! {
                        <h2 class="heading-l">{i18n.t("help-remedies-heading")}</h2>
                        <p>
                            {i18n
                                .t_args(
                                    "help-remedies-lead",
                                    &[("law", Arg::Text(i18n.t(&help.law)))],
                                )}
                        </p>
                        <dl class="glossary">
                            {help
                                .remedies
                                .iter()
                                .map(|(name, meaning)| {
                                    view! {
                                        <dt>{i18n.t(name)}</dt>
                                        <dd>{i18n.t(meaning)}</dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    }
                })}

            <h2 class="heading-l">{i18n.t("help-words-heading")}</h2>
            <dl class="glossary">
                {WORDS
                    .iter()
                    .map(|stem| {
                        view! {
                            <dt id=format!("word-{stem}")>{i18n.t(&format!("help-word-{stem}"))}</dt>
                            <dd>{i18n.t(&format!("help-word-{stem}-meaning"))}</dd>
                        }
                    })
                    .collect_view()}
            </dl>

            <h2 class="heading-l">{i18n.t("help-wrong-heading")}</h2>
            <p>{i18n.t_args("help-wrong-text", &[("days", Arg::Number(help.dispute_days))])}</p>

            <AgencyContact i18n=i18n viewer=viewer.clone() lead="contact-lead-help" />

            <h2 class="heading-l">{i18n.t("help-more-heading")}</h2>
            <p>{i18n.t("help-more-legal-aid")}</p>
            <p>{i18n.t("help-more-privacy")}</p>
            <p>{i18n.t("help-more-not-advice")}</p>
        </Shell>
    }
}

crate::render::page!(HelpView => HelpPage(help));

/// "Contact": where a person can reach a human (the deployment's configuration).
pub struct ContactView;

impl crate::Page for ContactView {
    fn view(self, i18n: I18n, viewer: Viewer) -> AnyView {
        view! { <ContactPage i18n=i18n viewer=viewer /> }.into_any()
    }
}

#[component]
pub fn ContactPage(i18n: I18n, viewer: Viewer) -> impl IntoView {
    let contacts = viewer.contacts.clone();
    let agency = match contacts.agency.clone() {
        Some(office) => view! {
            <p>{i18n.t("contact-agency-lead")}</p>
            <OfficeCard i18n=i18n office=office />
        }
        .into_any(),
        None => view! { <p>{i18n.t("contact-agency-none")}</p> }.into_any(),
    };
    let legal_aid = if contacts.legal_aid.is_empty() {
        view! { <p>{i18n.t("contact-legal-aid-none")}</p> }.into_any()
    } else {
        contacts
            .legal_aid
            .iter()
            .cloned()
            .map(|office| view! { <OfficeCard i18n=i18n office=office serves_counties=true /> })
            .collect_view()
            .into_any()
    };
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("contact-title")>
            <h1 class="heading-xl">{i18n.t("contact-heading")}</h1>
            <p class="lead">{i18n.t("contact-lead")}</p>
            <h2 class="heading-l">{i18n.t("contact-agency-heading")}</h2>
            {agency}
            <h2 class="heading-l">{i18n.t("contact-legal-aid-heading")}</h2>
            <p>{i18n.t("contact-legal-aid-lead")}</p>
            {legal_aid}
        </Shell>
    }
}
