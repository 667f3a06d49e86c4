//! One module per page (or pair of closely related pages).

pub mod auth;
pub mod message;
pub mod record;
