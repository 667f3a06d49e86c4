//! Integration tests: the router in-process against a real database (SQLite by default,
//! PostgreSQL with `MYRECORD_TEST_DB=postgres`). One binary keeps linking fast.

mod harness;
mod healing;

mod account_settings;
mod auth;
mod clearance;
mod cli;
mod dispute_mail;
mod disputes;
mod durability;
mod echo;
mod help;
mod identity;
mod import;
mod language;
mod law_change;
mod matrix;
mod process;
mod races;
mod record;
mod security;
mod shutdown;
mod smtp;
mod statistics;
mod uploads;
