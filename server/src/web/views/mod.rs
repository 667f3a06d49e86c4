//! Stored data as the pages show it, for views more than one area builds (records, disputes).
//! Leaf modules: areas use them; they use no area.

pub mod disputes;
pub mod record;
