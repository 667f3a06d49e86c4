//! The clearance domain: the record extract format, rule packs and the engine that applies them.
//! No web or database code lives here, so a rule pack can be tested on its own.

pub mod check;
pub mod decision;
pub mod domain;
pub mod engine;
pub mod extract;
pub mod pack;
