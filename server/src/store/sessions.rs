//! Sessions kept in the database, so any number of app servers can share them and signing out
//! removes the session everywhere at once.

use super::Store;
use async_trait::async_trait;
use sqlx::Row;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

/// A `tower-sessions` store over the `session` table.
#[derive(Clone, Debug)]
pub struct DbSessionStore {
    store: Store,
}

impl DbSessionStore {
    pub fn new(store: Store) -> Self {
        DbSessionStore { store }
    }
}

impl DbSessionStore {
    /// A database failure as the session layer's error, noted first so that a broken
    /// connection is replaced (see `store::health`).
    fn backend(&self, err: sqlx::Error) -> session_store::Error {
        self.store.observe(&err);
        session_store::Error::Backend(err.to_string())
    }
}

fn encode(record: &Record) -> session_store::Result<String> {
    serde_json::to_string(record).map_err(|e| session_store::Error::Encode(e.to_string()))
}

/// Session key holding the signed-in account's id.
pub const ACCOUNT_KEY: &str = "account_id";

/// The signed-in account of a session, kept in its own column so that every session of an
/// account can be ended at once (after a password reset).
fn account_of(record: &Record) -> Option<i64> {
    record
        .data
        .get(ACCOUNT_KEY)
        .and_then(|value| value.as_i64())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are random 128-bit numbers; on the vanishingly rare collision, draw another
        // rather than overwrite someone else's session.
        loop {
            let inserted = sqlx::query(
                "insert into session (id, data, expiry_date, account_id) \
                 values ($1, $2, $3, $4) on conflict (id) do nothing",
            )
            .bind(record.id.to_string())
            .bind(encode(record)?)
            .bind(record.expiry_date.unix_timestamp())
            .bind(account_of(record))
            .execute(self.store.pool())
            .await
            .map_err(|e| self.backend(e))?;
            if inserted.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    /// Updates a session that still exists, and never brings back one that is gone. A request
    /// that loaded its session before the person signed out (or before a password reset ended
    /// every session) saves it when it finishes: an upsert would write the signed-in session
    /// back, and the old cookie would work again. New sessions come through `create`.
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        sqlx::query(
            "update session set data = $1, expiry_date = $2, account_id = $3 where id = $4",
        )
        .bind(encode(record)?)
        .bind(record.expiry_date.unix_timestamp())
        .bind(account_of(record))
        .bind(record.id.to_string())
        .execute(self.store.pool())
        .await
        .map_err(|e| self.backend(e))?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let row = sqlx::query("select data from session where id = $1 and expiry_date > $2")
            .bind(id.to_string())
            .bind(now)
            .fetch_optional(self.store.pool())
            .await
            .map_err(|e| self.backend(e))?;
        row.map(|row| {
            let data: String = row.try_get("data").map_err(|e| self.backend(e))?;
            serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))
        })
        .transpose()
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("delete from session where id = $1")
            .bind(id.to_string())
            .execute(self.store.pool())
            .await
            .map_err(|e| self.backend(e))?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        sqlx::query("delete from session where expiry_date <= $1")
            .bind(now)
            .execute(self.store.pool())
            .await
            .map_err(|e| self.backend(e))?;
        Ok(())
    }
}
