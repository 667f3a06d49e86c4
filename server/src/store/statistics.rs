//! Aggregate numbers for the public statistics page. Only counts leave here: no query reads a
//! name, a date of birth or a statement, so nothing on that page can point to a person.

use super::clearance::RunCounts;
use super::columns;
use super::{Store, StoreError};
use crate::disputes::DisputeStatus;
use sqlx::Row;
use time::Date;

/// The counts of the latest finished run over everyone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LatestReview {
    pub rule_pack: String,
    /// ISO date the rules were applied as of.
    pub as_of: Date,
    pub counts: RunCounts,
}

/// Dispute counts by where they stand. `decided` pairs each decided dispute's deadline with
/// the instant it was decided, for the caller to read in the state's
/// time zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DisputeCounts {
    pub received: i64,
    pub open: i64,
    pub corrected: i64,
    pub not_changed: i64,
    pub decided: Vec<(Date, time::OffsetDateTime)>,
    /// Open disputes whose deadline is before `today`.
    pub overdue: i64,
}

impl Store {
    pub async fn latest_review_of_everyone(&self) -> Result<Option<LatestReview>, StoreError> {
        let row = sqlx::query(
            "select rule_pack, as_of, people, charges, cleared, newly_sealed, waiting, \
             not_eligible \
             from clearance_run where everyone = 1 and finished_at is not null \
             order by id desc limit 1",
        )
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(LatestReview {
            rule_pack: row.try_get("rule_pack")?,
            as_of: columns::date(&row, "as_of")?,
            counts: RunCounts::from_row(&row)?,
        }))
    }

    /// Charges sealed since the first run, counted on the decisions themselves: a run that
    /// stopped part-way kept the seals it committed but never wrote its counts. This reads
    /// the whole decision table (about 0.3 s at 4 million charges), so the page caches it.
    pub async fn charges_sealed_in_all(&self) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "select count(*) as sealed from charge_decision where sealed_run_id is not null",
        )
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("sealed")?)
    }

    /// How many disputes were received and where they stand; `today` is an ISO date.
    pub async fn dispute_counts(&self, today: Date) -> Result<DisputeCounts, StoreError> {
        let mut counts = DisputeCounts::default();
        let rows = sqlx::query(
            "select status, count(*) as n, \
             cast(coalesce(sum(case when due_on < $1 then 1 else 0 end), 0) as bigint) as late \
             from dispute group by status",
        )
        .bind(columns::date_text(today))
        .fetch_all(self.pool())
        .await?;
        for row in rows {
            let status: String = row.try_get("status")?;
            let n: i64 = row.try_get("n")?;
            counts.received += n;
            match DisputeStatus::parse(&status) {
                Some(DisputeStatus::Corrected) => counts.corrected += n,
                Some(DisputeStatus::NotChanged) => counts.not_changed += n,
                _ => {
                    counts.open += n;
                    counts.overdue += row.try_get::<i64, _>("late")?;
                }
            }
        }
        counts.decided = sqlx::query(
            "select due_on, decided_at from dispute where decided_at is not null order by id",
        )
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| {
            Ok((
                columns::date(row, "due_on")?,
                columns::instant(row, "decided_at")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()?;
        Ok(counts)
    }
}
