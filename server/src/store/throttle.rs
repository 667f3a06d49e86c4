//! Attempts, counted per bucket over a sliding window, for throttling and lockout.
//! Buckets are kept in the database so that every app server sees the same counts, and they
//! hold only a hash of the email address or network address they are about.

use super::{Backend, Store, StoreError};
use sqlx::Row;

impl Store {
    /// Counts one attempt in each of `buckets` — `(bucket, max, since)` — unless one of them
    /// already has `max` attempts since `since`; then nothing is counted and `None` comes back.
    /// Counting comes before the caller checks the password or code, and count and check are
    /// one transaction: however many attempts arrive at once, at most `max` of them get
    /// through. SQLite serializes write transactions (see [`Store::begin_write`]); PostgreSQL
    /// takes a lock per bucket for the length of the transaction.
    ///
    /// Returns the ids of the rows written, so that a successful attempt can be given back
    /// ([`Store::forget_attempt_rows`]), or the index of the first bucket that was full.
    pub async fn take_attempt(
        &self,
        buckets: &[(String, i64, i64)],
        now: i64,
    ) -> Result<Result<Vec<i64>, usize>, StoreError> {
        let mut tx = self.begin_write().await?;
        if self.backend() == Backend::Postgres {
            // In one order everywhere, so two transactions never wait for each other's locks.
            let mut names: Vec<&str> = buckets.iter().map(|(b, _, _)| b.as_str()).collect();
            names.sort_unstable();
            names.dedup();
            for name in names {
                sqlx::query(
                    "select count(*) from (select pg_advisory_xact_lock(hashtextextended($1, 0))) \
                     as held",
                )
                .bind(name)
                .fetch_one(&mut *tx)
                .await?;
            }
        }
        for (index, (bucket, max, since)) in buckets.iter().enumerate() {
            let used: i64 =
                sqlx::query("select count(*) from attempt where bucket = $1 and at > $2")
                    .bind(bucket)
                    .bind(since)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get(0)?;
            if used >= *max {
                tx.rollback().await?;
                return Ok(Err(index));
            }
        }
        let mut ids = Vec::with_capacity(buckets.len());
        for (bucket, _, _) in buckets {
            let id: i64 =
                sqlx::query("insert into attempt (bucket, at) values ($1, $2) returning id")
                    .bind(bucket)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get(0)?;
            ids.push(id);
        }
        tx.commit().await?;
        Ok(Ok(ids))
    }

    /// Gives back attempts taken by [`Store::take_attempt`] (the attempt succeeded).
    pub async fn forget_attempt_rows(&self, ids: &[i64]) -> Result<(), StoreError> {
        for id in ids {
            sqlx::query("delete from attempt where id = $1")
                .bind(id)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// Forgets a bucket's attempts (after a success).
    pub async fn clear_attempts(&self, bucket: &str) -> Result<(), StoreError> {
        sqlx::query("delete from attempt where bucket = $1")
            .bind(bucket)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Drops attempts older than `before`, which no window looks at any more.
    pub async fn forget_attempts_before(&self, before: i64) -> Result<(), StoreError> {
        sqlx::query("delete from attempt where at < $1")
            .bind(before)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
