//! My Record's server: configuration, the web app, the store, import and the command line.

pub mod cli;
pub mod config;
pub mod demo;
pub mod password;
pub mod policy;
pub mod store;
pub mod web;
