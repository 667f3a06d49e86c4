//! Server-rendered Leptos pages for My Record and the translation glue; no SQL lives here.
//!
//! [`render`] turns any page's view data (a [`Page`], defined beside its page in `pages/`) into
//! a complete HTML document, so every page works with JavaScript turned off and the server
//! decides everything a person may see.

// Leptos describes a page as one deeply nested type; the larger forms (a reviewer's decision
// forms) need more room than the compiler's default to compute its layout.
#![recursion_limit = "256"]

pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod paths;
mod render;

pub use pages::staff::letter_file_document as render_letter_file;
pub use render::{Page, render};
