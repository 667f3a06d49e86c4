//! `GET /statistics`: public numbers on automatic clearance and disputes. No sign-in: the
//! page holds counts only (see `store::statistics`), so the policy has nothing to decide.

use super::context::PageContext;
use super::error::WebError;
use super::state::AppState;
use crate::clock::Clock;
use crate::store::statistics::{DisputeCounts, LatestReview};
use axum::Router;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use myrecord_app::pages::statistics::{DisputeNumbers, ReviewNumbers, StatisticsView};
use myrecord_app::paths;

pub fn router() -> Router<AppState> {
    Router::new().route(paths::STATISTICS, get(statistics))
}

pub async fn statistics(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let stats = match state.statistics.fresh() {
        Some(stats) => stats,
        None => {
            let stats = count(&state).await?;
            state.statistics.keep(&stats);
            stats
        }
    };
    // Counting every seal reads the whole decision table, and the numbers change only when
    // records are reviewed or a dispute is decided: each app server counts at most once a
    // minute (see `AppState::statistics`).
    Ok(Html(myrecord_app::render(ctx.i18n, ctx.viewer(), stats)).into_response())
}

async fn count(state: &AppState) -> Result<StatisticsView, WebError> {
    let clock = &state.config.clock;
    let latest_review = state.store.latest_review_of_everyone().await?;
    let sealed_in_all = state.store.charges_sealed_in_all().await?;
    let disputes = state.store.dispute_counts(clock.today()).await?;
    Ok(StatisticsView {
        latest_review: latest_review.map(review_numbers),
        sealed_in_all,
        disputes: dispute_numbers(disputes, clock),
    })
}

fn review_numbers(run: LatestReview) -> ReviewNumbers {
    ReviewNumbers {
        law: crate::packs::law_message_of(&run.rule_pack),
        as_of: run.as_of,
        people: run.counts.people,
        charges: run.counts.charges,
        cleared: run.counts.cleared,
        waiting: run.counts.waiting,
        not_cleared: run.counts.not_eligible,
    }
}

/// A dispute was answered on time when the state's calendar still read its deadline (or
/// earlier) at the moment it was decided.
fn dispute_numbers(counts: DisputeCounts, clock: &Clock) -> DisputeNumbers {
    let decided_on_time = counts
        .decided
        .iter()
        .filter(|(due_on, decided_at)| clock.date_of(*decided_at) <= *due_on)
        .count();
    DisputeNumbers {
        received: counts.received,
        corrected: counts.corrected,
        not_changed: counts.not_changed,
        decided_on_time: i64::try_from(decided_on_time).unwrap_or(i64::MAX),
        open: counts.open,
        overdue: counts.overdue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_time_is_judged_by_the_state_calendar() {
        use time::macros::{date, datetime};
        let clock = Clock::new("America/New_York").unwrap();
        let counts = DisputeCounts {
            received: 3,
            corrected: 2,
            not_changed: 1,
            decided: vec![
                // 9 p.m. in New York on the due date: UTC has already moved on, yet on time.
                (date!(2026 - 11 - 23), datetime!(2026-11-24 02:00 UTC)),
                // Well before the deadline.
                (date!(2026 - 11 - 23), datetime!(2026-11-01 15:00 UTC)),
                // Just after midnight in New York the next day: late.
                (date!(2026 - 11 - 23), datetime!(2026-11-24 05:30 UTC)),
            ],
            ..DisputeCounts::default()
        };
        let numbers = dispute_numbers(counts, &clock);
        assert_eq!(numbers.decided_on_time, 2);
        assert_eq!((numbers.corrected, numbers.not_changed), (2, 1));
    }
}
