//! `GET /help`: what the law in force clears, the words a record uses, and what to do. Public:
//! people read it before they have an account, and it holds nothing about anyone.

use super::context::PageContext;
use super::state::AppState;
use axum::Router;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use myrecord_app::pages::help::HelpView;
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::HELP, get(help))
        .route(paths::CONTACT, get(contact))
}

/// `GET /contact`: where to reach a human. Public, like help.
async fn contact(ctx: PageContext) -> Response {
    ctx.page(myrecord_app::pages::help::ContactView)
}

/// The parts of a pack's plain-language summary, each a Fluent message
/// `help-rules-<pack>-<part>`; every built-in pack has all of them (tested below).
const RULE_SUMMARY_PARTS: [&str; 5] = [
    "pardon",
    "non-conviction",
    "summary",
    "misdemeanor",
    "not-covered",
];

fn rule_summary(pack_id: &str) -> Vec<String> {
    RULE_SUMMARY_PARTS
        .iter()
        .map(|part| format!("help-rules-{pack_id}-{part}"))
        .collect()
}

pub async fn help(State(state): State<AppState>, ctx: PageContext) -> Response {
    let help = HelpView {
        law: crate::packs::law_message_of(&state.config.rule_pack),
        rule_summary: rule_summary(&state.config.rule_pack),
        dispute_days: state.config.dispute_days,
    };
    Html(myrecord_app::render(ctx.i18n, ctx.viewer(), help)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use myrecord_app::i18n::{I18n, Locale};

    #[test]
    fn every_built_in_pack_is_summarised_in_every_language() {
        for pack in crate::packs::ids() {
            for locale in Locale::ALL {
                for id in rule_summary(pack) {
                    assert_ne!(I18n::new(locale).t(&id), id, "{locale:?} misses {id}");
                }
            }
        }
    }
}
