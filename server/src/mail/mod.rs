//! Email. Handlers never talk to SMTP: they queue a message in the same transaction as what it
//! is about (see `store::outbox`) and wake the worker, so a slow or broken relay never slows a
//! page or loses a message.
//!
//! `messages` writes each email; `readers` decides, through the policy, who may hear news of a
//! dispute; `worker` sends what is queued.

pub mod messages;
pub mod readers;
pub mod worker;

pub use worker::{Mailer, deliver_due, spawn_worker};
