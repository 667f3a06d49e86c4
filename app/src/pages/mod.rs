//! One module per page (or pair of closely related pages).

pub mod account;
pub mod account_settings;
pub mod auth;
pub mod disputes;
pub mod help;
pub mod message;
pub mod record;
pub mod review;
pub mod sharing;
pub mod staff;
pub mod statistics;
pub mod unseal;
