//! The one place that talks to the database: connection, migrations and every query.
//!
//! Queries go through sqlx's `Any` driver so the same code runs on SQLite (the embedded default)
//! and PostgreSQL (production). Values are kept to the types both share: 64-bit integers and
//! text (dates as ISO 8601, instants as RFC 3339 UTC).

pub mod access_codes;
pub mod account_changes;
pub mod accounts;
pub mod audit;
pub mod clearance;
pub(crate) mod columns;
pub mod disputes;
pub mod documents;
pub mod grants;
pub mod health;
pub mod import;
pub mod operations;
pub mod outbox;
pub mod records;
pub mod registrations;
pub mod resets;
pub mod sessions;
pub mod statistics;
pub mod throttle;
pub mod two_step;
pub mod unseal;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Connection, Executor};
use std::path::Path;
use std::time::Duration;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported DATABASE_URL: use sqlite://… or postgres://…")]
    UnsupportedUrl,
    #[error("could not create the database folder {0}: {1}")]
    CreateFolder(String, std::io::Error),
    /// The database opened but does not take writes (a read-only file or folder, a full disk,
    /// a read-only PostgreSQL server).
    #[error(
        "the database cannot be written ({0}); check that its file and folder belong to the \
         user running My Record and that the disk has room, or that the PostgreSQL server \
         accepts writes"
    )]
    NotWritable(sqlx::Error),
    /// A write that would pass one of an account's storage limits (nothing was written).
    #[error("storage limit reached: {0:?}")]
    LimitReached(documents::LimitReached),
    /// An uploaded document's spool file could not be read back.
    #[error("could not read an uploaded document's spool file: {0}")]
    Spool(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    health: std::sync::Arc<health::PoolHealth>,
}

impl Store {
    /// Connects, creating an SQLite file (and its folder) when missing, and applies migrations.
    pub async fn connect(database_url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let (backend, url) = if database_url.starts_with("sqlite:") {
            (Backend::Sqlite, prepare_sqlite_url(database_url)?)
        } else if database_url.starts_with("postgres:") || database_url.starts_with("postgresql:") {
            (Backend::Postgres, database_url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        // One connection first, on its own: a database that cannot be opened says so at once
        // instead of after the pool's wait for a connection.
        sqlx::AnyConnection::connect(&url).await?.close().await?;
        let health = std::sync::Arc::new(health::PoolHealth::default());
        let pool_health = health.clone();
        let options = AnyPoolOptions::new()
            .max_connections(match backend {
                // One writer at a time is all SQLite allows; a few readers keep pages fast.
                Backend::Sqlite => 4,
                Backend::Postgres => 10,
            })
            .acquire_timeout(Duration::from_secs(10))
            // A connection older than the latest connection failure may be broken (opened
            // read-only while the database could not be written, say): open a new one.
            .before_acquire(move |_connection, meta| {
                let keep = !pool_health.predates_failure(meta.age);
                Box::pin(async move { Ok(keep) })
            });
        let options = match backend {
            Backend::Sqlite => options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    // WAL lets pages read while an import writes; foreign keys are off by
                    // default in SQLite and the schema relies on them.
                    conn.execute(
                        "pragma journal_mode = wal; pragma foreign_keys = on; \
                         pragma busy_timeout = 10000; pragma synchronous = normal;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => options,
        };
        let pool = options.connect(&url).await?;
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&pool).await.map_err(|err| match err {
            sqlx::migrate::MigrateError::Execute(err)
            | sqlx::migrate::MigrateError::ExecuteMigration(err, _)
                if health::is_connection_failure(&err) =>
            {
                StoreError::NotWritable(err)
            }
            other => other.into(),
        })?;
        let store = Store {
            pool,
            backend,
            health,
        };
        // Better to stop now with the reason than to start and fail every sign-in.
        store.check_writable().await.map_err(|err| match err {
            StoreError::Database(err) => StoreError::NotWritable(err),
            other => other,
        })?;
        Ok(store)
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a transaction that reads and then writes would otherwise fail with
    /// "database is locked" whenever another connection committed in between, without waiting
    /// out the busy timeout (a record view's audit row while the mail worker marks an email
    /// sent, say). PostgreSQL locks rows, not the database, and needs no such care.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// Updates the query planner's statistics after a bulk change (an import), so later
    /// queries on the grown tables get index-using plans.
    pub async fn refresh_statistics(&self) -> Result<(), StoreError> {
        let sql = match self.backend {
            Backend::Sqlite => "pragma optimize",
            Backend::Postgres => "analyze person, person_alias, arrest_cycle, charge",
        };
        sqlx::query(sql).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Makes sure the SQLite file's folder exists and asks SQLite to create the file if missing.
fn prepare_sqlite_url(url: &str) -> Result<String, StoreError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = rest.split('?').next().unwrap_or(rest);
    if path != ":memory:" {
        // The database holds records and pending reset links: owner-only, made so before
        // SQLite opens it (its log files take the database file's permissions).
        if let Some(parent) = Path::new(path).parent()
            && !parent.as_os_str().is_empty()
        {
            crate::private_files::create_folder(parent)
                .map_err(|e| StoreError::CreateFolder(parent.display().to_string(), e))?;
        }
        if !Path::new(path).exists() && !url.contains("mode=ro") {
            crate::private_files::touch(Path::new(path))
                .map_err(|e| StoreError::CreateFolder(path.to_owned(), e))?;
        }
    }
    if url.contains("mode=") {
        Ok(url.to_owned())
    } else if url.contains('?') {
        Ok(format!("{url}&mode=rwc"))
    } else {
        Ok(format!("{url}?mode=rwc"))
    }
}

impl Backend {
    /// Placeholders for `count` parameters numbered from `first`: `$first, …` on PostgreSQL,
    /// anonymous `?, …` on SQLite. SQLite looks up a named parameter by scanning every name,
    /// which makes binding the thousands of parameters of a multi-row statement quadratic;
    /// anonymous ones bind in order for free. A statement must use one style throughout.
    pub(crate) fn placeholders(self, first: usize, count: usize) -> String {
        let one = |i: usize| match self {
            Backend::Sqlite => "?".to_owned(),
            Backend::Postgres => format!("${i}"),
        };
        (first..first + count)
            .map(one)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `(…), (…)` for a multi-row `values` list of `rows` rows of `columns` columns, with its
    /// parameters numbered from `first`.
    pub(crate) fn values_clause(self, first: usize, rows: usize, columns: usize) -> String {
        (0..rows)
            .map(|row| format!("({})", self.placeholders(first + row * columns, columns)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The current instant as RFC 3339 UTC text, the form every `*_at` column holds.
/// Whether a database error is a broken unique constraint: a value another writer took
/// between a check and a write (a reference number drawn twice, an email taken meanwhile).
pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

pub fn now_text() -> String {
    columns::instant_text(time::OffsetDateTime::now_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_row_placeholders() {
        let pg = Backend::Postgres;
        assert_eq!(pg.placeholders(2, 3), "$2, $3, $4");
        assert_eq!(pg.values_clause(1, 2, 3), "($1, $2, $3), ($4, $5, $6)");
        assert_eq!(Backend::Sqlite.values_clause(1, 2, 2), "(?, ?), (?, ?)");
    }

    #[test]
    fn sqlite_urls_ask_for_creation() {
        let dir = std::env::temp_dir().join("myrecord-url-test");
        let url = format!("sqlite://{}/x.db", dir.display());
        assert_eq!(prepare_sqlite_url(&url).unwrap(), format!("{url}?mode=rwc"));
        assert!(dir.is_dir());
        let with_mode = format!("{url}?mode=ro");
        assert_eq!(prepare_sqlite_url(&with_mode).unwrap(), with_mode);
    }
}
