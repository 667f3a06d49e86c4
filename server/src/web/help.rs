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

/// The page is built from the pack in force: its summary of the law, and each remedy it can
/// give with what that means (in the pack's words where it has its own).
pub async fn help(State(state): State<AppState>, ctx: PageContext) -> Response {
    let pack = crate::packs::get(&state.config.rule_pack);
    let help = HelpView {
        law: crate::packs::law_message_of(&state.config.rule_pack),
        rule_summary: pack.map_or_else(Vec::new, |pack| pack.summary_messages().to_vec()),
        remedies: pack.map_or_else(Vec::new, |pack| {
            pack.remedies()
                .into_iter()
                .map(|remedy| {
                    let name = format!("remedy-name-{}", remedy.message_key());
                    (name, pack.remedy_meaning(remedy))
                })
                .collect()
        }),
        dispute_days: state.config.dispute_days,
    };
    Html(myrecord_app::render(ctx.i18n, ctx.viewer(), help)).into_response()
}

#[cfg(test)]
mod tests {
    use myrecord_app::i18n::{I18n, Locale};

    #[test]
    fn every_built_in_pack_is_summarised_and_its_remedies_explained_in_every_language() {
        use myrecord_clearance::decision::Remedy;
        for id in crate::packs::ids() {
            let pack = crate::packs::get(id).unwrap();
            let generic = Remedy::ALL.map(Remedy::shared_meaning).to_vec();
            let names = Remedy::ALL
                .map(|r| format!("remedy-name-{}", r.message_key()))
                .to_vec();
            let pack_words = Remedy::ALL
                .into_iter()
                .filter_map(|r| pack.remedy_message(r).map(str::to_owned));
            for locale in Locale::ALL {
                let messages = pack
                    .summary_messages()
                    .iter()
                    .cloned()
                    .chain(generic.iter().cloned())
                    .chain(names.iter().cloned())
                    .chain(pack_words.clone());
                for message in messages {
                    let said = I18n::new(locale).t(&message);
                    assert_ne!(said, message, "{locale:?} misses {message}");
                }
            }
        }
    }
}
