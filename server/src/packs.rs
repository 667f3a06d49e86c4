//! The built-in rule packs, parsed once and shared for the life of the process.

use myrecord_clearance::domain::Jurisdiction;
use myrecord_clearance::pack::RulePack;
use std::collections::HashMap;
use std::sync::OnceLock;

fn all() -> &'static HashMap<String, RulePack> {
    static PACKS: OnceLock<HashMap<String, RulePack>> = OnceLock::new();
    PACKS.get_or_init(|| {
        RulePack::builtin_ids()
            .map(|id| {
                let pack = RulePack::builtin(id).expect("a listed built-in pack loads");
                (id.to_owned(), pack)
            })
            .collect()
    })
}

/// The built-in pack with this id, e.g. `pa-act56`.
pub fn get(id: &str) -> Option<&'static RulePack> {
    all().get(id)
}

/// The Fluent id naming the law a pack carries (`law-pa-act56`), or the generic
/// `law-unknown` for a pack this build no longer has (an old run's, say).
pub fn law_message_of(id: &str) -> String {
    get(id)
        .map(|pack| pack.law_message().to_owned())
        .unwrap_or_else(|| "law-unknown".to_owned())
}

/// The law in force in a state: its built-in pack that no later one supersedes.
pub fn in_force(jurisdiction: Jurisdiction) -> &'static RulePack {
    let mut current: Vec<&RulePack> = all()
        .values()
        .filter(|pack| pack.jurisdiction() == jurisdiction && pack.superseded_by().is_none())
        .collect();
    current.sort_by_key(|pack| pack.id());
    // A unit test checks that each state has exactly one.
    current[0]
}

/// The pack whose statute catalog names offenses on the record page.
pub fn catalog_pack() -> &'static RulePack {
    get("pa-act56").expect("the pa-act56 pack is built in")
}

/// Ids of every built-in pack, sorted.
pub fn ids() -> Vec<&'static str> {
    let mut ids: Vec<_> = all().keys().map(String::as_str).collect();
    ids.sort_unstable();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_state_has_one_law_in_force() {
        for jurisdiction in Jurisdiction::ALL {
            let current: Vec<_> = ids()
                .into_iter()
                .filter_map(get)
                .filter(|p| p.jurisdiction() == jurisdiction && p.superseded_by().is_none())
                .map(|p| p.id())
                .collect();
            assert_eq!(current.len(), 1, "{jurisdiction}: {current:?}");
            assert_eq!(in_force(jurisdiction).id(), current[0]);
        }
        assert_eq!(in_force(Jurisdiction::Pennsylvania).id(), "pa-cs3");
    }

    #[test]
    fn the_first_pack_is_built_in() {
        assert_eq!(get("pa-act56").map(|p| p.id()), Some("pa-act56"));
        assert!(ids().contains(&"pa-act56"));
        assert!(get("nowhere").is_none());
    }
}
