//! Integration tests: the router in-process against a real database (SQLite by default,
//! PostgreSQL with `MYRECORD_TEST_DB=postgres`). One binary keeps linking fast.

mod harness;

mod auth;
mod clearance;
mod import;
mod language;
mod record;
mod security;
