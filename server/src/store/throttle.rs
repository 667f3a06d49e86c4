//! Failed attempts, counted per bucket over a sliding window, for throttling and lockout.
//! Buckets are kept in the database so that every app server sees the same counts, and they
//! hold only a hash of the email address or network address they are about.

use super::{Store, StoreError};
use sqlx::Row;

impl Store {
    /// Records one failed attempt in `bucket` at `now` (Unix seconds).
    pub async fn record_attempt(&self, bucket: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query("insert into attempt (bucket, at) values ($1, $2)")
            .bind(bucket)
            .bind(now)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// How many attempts `bucket` has had since `since`, and when the latest was.
    pub async fn attempts_since(
        &self,
        bucket: &str,
        since: i64,
    ) -> Result<(i64, Option<i64>), StoreError> {
        let row = sqlx::query(
            "select count(*) as n, max(at) as latest from attempt where bucket = $1 and at > $2",
        )
        .bind(bucket)
        .bind(since)
        .fetch_one(self.pool())
        .await?;
        Ok((row.try_get("n")?, row.try_get("latest")?))
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
