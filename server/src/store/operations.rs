//! The history of imports and clearance runs, for the administrator's page: counts and dates,
//! never anyone's record.

use super::clearance::RunCounts;
use super::columns;
use super::{Store, StoreError};
use sqlx::Row;
use sqlx::any::AnyRow;
use time::{Date, OffsetDateTime};

/// How many of each the administrator's page lists, newest first.
pub const HISTORY_LENGTH: i64 = 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// The extract's file name.
    pub source_name: String,
    /// ISO date the extract's data is current as of.
    pub data_as_of: Date,
    /// RFC 3339.
    pub imported_at: OffsetDateTime,
    pub people: i64,
    pub charges: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunRow {
    pub id: i64,
    pub rule_pack: String,
    pub as_of: Date,
    /// RFC 3339.
    pub started_at: OffsetDateTime,
    /// `None` while it runs, or if it stopped before the end.
    pub finished_at: Option<OffsetDateTime>,
    /// A review of everyone, rather than one person reviewed again after a correction.
    pub everyone: bool,
    /// As the run left them (zeros if it did not finish).
    pub counts: RunCounts,
}

fn import_from_row(row: &AnyRow) -> Result<ImportRow, sqlx::Error> {
    Ok(ImportRow {
        source_name: row.try_get("source_name")?,
        data_as_of: columns::date(row, "data_as_of")?,
        imported_at: columns::instant(row, "imported_at")?,
        people: row.try_get("people")?,
        charges: row.try_get("charges")?,
    })
}

fn run_from_row(row: &AnyRow) -> Result<RunRow, sqlx::Error> {
    Ok(RunRow {
        id: row.try_get("id")?,
        rule_pack: row.try_get("rule_pack")?,
        as_of: columns::date(row, "as_of")?,
        started_at: columns::instant(row, "started_at")?,
        finished_at: columns::optional_instant(row, "finished_at")?,
        everyone: row.try_get::<i64, _>("everyone")? != 0,
        counts: RunCounts::from_row(row)?,
    })
}

impl Store {
    pub async fn recent_imports(&self) -> Result<Vec<ImportRow>, StoreError> {
        let rows = sqlx::query(
            "select source_name, data_as_of, imported_at, people, charges from import_batch \
             order by id desc limit $1",
        )
        .bind(HISTORY_LENGTH)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(import_from_row).collect::<Result<_, _>>()?)
    }

    pub async fn recent_runs(&self) -> Result<Vec<RunRow>, StoreError> {
        let rows = sqlx::query(
            "select id, rule_pack, as_of, started_at, finished_at, everyone, people, charges, \
             cleared, newly_sealed, waiting, not_eligible from clearance_run \
             order by id desc limit $1",
        )
        .bind(HISTORY_LENGTH)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(run_from_row).collect::<Result<_, _>>()?)
    }
}
