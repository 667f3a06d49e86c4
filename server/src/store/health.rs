//! Whether the database can be written, and healing after it could not: a connection opened
//! while the database was unwritable (SQLite falls back to read-only; PostgreSQL may hand out
//! read-only sessions) stays so for its whole life, so every connection older than the latest
//! such failure is dropped and opened again when next wanted.

use super::{Store, StoreError, now_text};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// When the pool last saw a connection fail, as milliseconds after `since` plus one (zero:
/// never). Shared by the store and the pool's `before_acquire` check.
#[derive(Debug)]
pub struct PoolHealth {
    since: Instant,
    last_failure: AtomicU64,
}

impl Default for PoolHealth {
    fn default() -> Self {
        PoolHealth {
            since: Instant::now(),
            last_failure: AtomicU64::new(0),
        }
    }
}

impl PoolHealth {
    fn millis(&self, at: Instant) -> u64 {
        u64::try_from(at.saturating_duration_since(self.since).as_millis()).unwrap_or(u64::MAX)
    }

    /// Remembers that a connection failed now.
    pub fn failed(&self) {
        crate::telemetry::connection_failed();
        self.last_failure
            .store(self.millis(Instant::now()) + 1, Ordering::Release);
    }

    /// Whether a connection opened `age` ago predates the latest failure (and so may be one
    /// of the broken ones).
    pub fn predates_failure(&self, age: Duration) -> bool {
        let last = self.last_failure.load(Ordering::Acquire);
        if last == 0 {
            return false;
        }
        let opened = self.millis(Instant::now().checked_sub(age).unwrap_or(self.since));
        opened < last
    }
}

/// Whether `err` means the connection (or the database under it) cannot do its job, rather
/// than that this one statement was wrong: such a connection is not to be trusted again.
pub fn is_connection_failure(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            let code = db.code().unwrap_or_default();
            if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                // Primary result codes (the low byte of the extended one): READONLY, IOERR,
                // CORRUPT, FULL, CANTOPEN, NOTADB.
                code.parse::<i32>()
                    .is_ok_and(|c| matches!(c & 0xff, 8 | 10 | 11 | 13 | 14 | 26))
            } else {
                // SQLSTATE classes: connection exception, operator intervention (shut down),
                // insufficient resources, system error; and a read-only transaction.
                code.starts_with("08")
                    || code.starts_with("57P")
                    || code.starts_with("53")
                    || code.starts_with("58")
                    || code == "25006"
            }
        }
        _ => false,
    }
}

impl StoreError {
    /// Whether this failure is the database's state (unreachable, unwritable), not the
    /// request's: the person is told to try again shortly.
    pub fn is_connection_failure(&self) -> bool {
        matches!(self, StoreError::Database(err) if is_connection_failure(err))
    }
}

impl Store {
    /// Notes a failed statement: a connection failure marks every connection opened before
    /// it for replacement.
    pub fn observe(&self, err: &sqlx::Error) {
        if is_connection_failure(err) {
            self.health.failed();
        }
    }

    /// Notes a connection failure seen elsewhere (a page that failed on one).
    pub fn connection_failed(&self) {
        self.health.failed();
    }

    /// Writes (and keeps) one row, to show that the database takes writes now: for the
    /// readiness probe and at start.
    pub async fn check_writable(&self) -> Result<(), StoreError> {
        let attempt = async {
            let mut tx = self.begin_write().await?;
            sqlx::query("update readiness_probe set written_at = $1 where id = 1")
                .bind(now_text())
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        };
        attempt.await.map_err(|err| {
            self.observe(&err);
            StoreError::Database(err)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_older_than_a_failure_are_replaced() {
        let health = PoolHealth::default();
        assert!(!health.predates_failure(Duration::from_secs(60)));
        std::thread::sleep(Duration::from_millis(20));
        health.failed();
        assert!(health.predates_failure(Duration::from_millis(15)));
        std::thread::sleep(Duration::from_millis(20));
        // Opened after the failure: kept.
        assert!(!health.predates_failure(Duration::from_millis(5)));
    }
}
