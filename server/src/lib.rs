//! My Record's server: configuration, the web app, the store, import and the command line.

pub mod clearance_dry_run;
pub mod clearance_run;
pub mod cli;
pub mod clock;
pub mod config;
pub mod contacts;
pub mod corrections;
pub mod demo;
pub mod disputes;
pub mod domain;
pub mod mail;
pub mod notices;
pub mod packs;
pub mod password;
pub mod policy;
pub mod private_files;
pub mod secret_box;
pub mod secrets;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod throttle;
pub mod totp;
pub mod web;
