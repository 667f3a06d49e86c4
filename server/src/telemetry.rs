//! What an operator can alert on: Prometheus metrics, recorded through the `metrics` crate and
//! rendered by its Prometheus exporter. Labels are route patterns, statuses and kinds — never
//! a path, an address or anything about a person.
//!
//! The recorder is process-wide (the `metrics` macros write to it from anywhere); gauges that
//! describe the database (pool, outbox, latest review) are read when the page is scraped.

use metrics::{counter, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Duration;

static RECORDER: OnceLock<PrometheusHandle> = OnceLock::new();

/// Seconds: from a quick page to the request deadline.
const REQUEST_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0,
];
/// Seconds: a one-person re-review to a state-wide run.
const RUN_BUCKETS: &[f64] = &[0.1, 1.0, 10.0, 60.0, 300.0, 1800.0, 7200.0];

/// Installs the process's recorder (once; later calls reuse it) and returns its handle.
pub fn install() -> &'static PrometheusHandle {
    RECORDER.get_or_init(|| {
        PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("myrecord_http_request_duration_seconds".to_owned()),
                REQUEST_BUCKETS,
            )
            .and_then(|b| {
                b.set_buckets_for_metric(
                    Matcher::Full("myrecord_clearance_run_duration_seconds".to_owned()),
                    RUN_BUCKETS,
                )
            })
            .expect("bucket lists are not empty")
            .install_recorder()
            .expect("no other metrics recorder is installed")
    })
}

/// One answered request: its method, route pattern (`/disputes/{reference}`), status class.
pub fn request(method: &str, route: &str, status: u16, took: Duration) {
    let class = match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    };
    histogram!(
        "myrecord_http_request_duration_seconds",
        "method" => method.to_owned(),
        "route" => route.to_owned(),
        "status" => class,
    )
    .record(took.as_secs_f64());
}

/// A wrong password (or two-step code) was checked.
pub fn sign_in_failed() {
    counter!("myrecord_sign_in_failures_total").increment(1);
}

/// An attempt was turned away by the limit of `kind` (`sign-in-email`, `access-code-account`, …).
pub fn locked_out(kind: &'static str) {
    counter!("myrecord_lockouts_total", "limit" => kind).increment(1);
}

/// A database connection failed (broken, unwritable, or none free in time).
pub fn connection_failed() {
    counter!("myrecord_db_connection_failures_total").increment(1);
}

/// The mail worker's outcomes.
pub fn email_sent() {
    counter!("myrecord_email_sent_total").increment(1);
}
pub fn email_failed() {
    counter!("myrecord_email_send_failures_total").increment(1);
}
pub fn email_withdrawn() {
    counter!("myrecord_email_withdrawn_total").increment(1);
}

/// A clearance run (state-wide, or one person again) finished.
pub fn clearance_run(
    everyone: bool,
    took: Duration,
    cleared: i64,
    waiting: i64,
    not_eligible: i64,
) {
    let scope = if everyone { "everyone" } else { "one_person" };
    histogram!("myrecord_clearance_run_duration_seconds", "scope" => scope)
        .record(took.as_secs_f64());
    for (status, n) in [
        ("cleared", cleared),
        ("waiting", waiting),
        ("not_eligible", not_eligible),
    ] {
        counter!("myrecord_clearance_decisions_total", "scope" => scope, "status" => status)
            .increment(u64::try_from(n).unwrap_or(0));
    }
}

/// What the database looks like at a scrape, read by the caller (so this module needs no
/// store): the connection pool, the outbox, the latest state-wide review.
#[derive(Clone, Copy, Debug, Default)]
pub struct DatabaseGauges {
    pub pool_size: u32,
    pub pool_idle: usize,
    pub pool_max: u32,
    /// Messages waiting, and how long the oldest has waited (seconds); `None` if unread.
    pub outbox: Option<(i64, i64)>,
    /// The latest review of everyone: cleared, waiting, not eligible.
    pub latest_run: Option<(i64, i64, i64)>,
}

/// The page Prometheus scrapes: what was recorded, with the database's gauges as given.
pub fn render(gauges: DatabaseGauges) -> String {
    let idle = gauges.pool_idle as f64;
    gauge!("myrecord_db_pool_connections", "state" => "idle").set(idle);
    gauge!("myrecord_db_pool_connections", "state" => "in_use")
        .set(f64::from(gauges.pool_size) - idle);
    gauge!("myrecord_db_pool_max_connections").set(f64::from(gauges.pool_max));
    if let Some((waiting, oldest_seconds)) = gauges.outbox {
        gauge!("myrecord_outbox_backlog").set(waiting as f64);
        gauge!("myrecord_outbox_oldest_waiting_seconds").set(oldest_seconds as f64);
    }
    if let Some((cleared, waiting, not_eligible)) = gauges.latest_run {
        for (status, n) in [
            ("cleared", cleared),
            ("waiting", waiting),
            ("not_eligible", not_eligible),
        ] {
            gauge!("myrecord_clearance_latest_run_charges", "status" => status).set(n as f64);
        }
    }
    install().render()
}
