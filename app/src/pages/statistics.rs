//! The public statistics page: what automatic clearance did, and how disputes are answered.

use crate::components::Shell;
use crate::components::{Column, Table, TableRow};
use crate::i18n::{Arg, I18n};
use crate::model::Viewer;
use leptos::prelude::*;
use time::Date;

/// The public statistics page: counts only, nothing about any one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatisticsView {
    /// The latest review of everyone's records; `None` before the first run.
    pub latest_review: Option<ReviewNumbers>,
    /// Charges sealed since the first run.
    pub sealed_in_all: i64,
    pub disputes: DisputeNumbers,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewNumbers {
    /// Fluent id of the law the rules carry (`law-pa-act56`).
    pub law: String,
    /// The date the rules were applied as of.
    pub as_of: Date,
    pub people: i64,
    pub charges: i64,
    pub cleared: i64,
    pub waiting: i64,
    pub not_cleared: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DisputeNumbers {
    pub received: i64,
    pub corrected: i64,
    pub not_changed: i64,
    /// Decided on or before their deadline, in the state's calendar.
    pub decided_on_time: i64,
    pub open: i64,
    pub overdue: i64,
}

#[component]
pub fn StatisticsPage(i18n: I18n, viewer: Viewer, stats: StatisticsView) -> impl IntoView {
    view! {
        <Shell i18n=i18n viewer=viewer title=i18n.t("statistics-title")>
            <h1 class="heading-xl">{i18n.t("statistics-heading")}</h1>
            <p class="lead">{i18n.t("statistics-lead")}</p>
            <h2 class="heading-l">{i18n.t("statistics-clearance-heading")}</h2>
            {match stats.latest_review {
                Some(review) => view! { <LatestReview i18n=i18n review=review /> }.into_any(),
                None => view! { <p>{i18n.t("statistics-no-review")}</p> }.into_any(),
            }}
            <p>
                {i18n.t_args(
                    "statistics-sealed-in-all",
                    &[
                        ("count", Arg::Number(stats.sealed_in_all)),
                        ("number", Arg::Text(i18n.count(stats.sealed_in_all))),
                    ],
                )}
            </p>
            <h2 class="heading-l">{i18n.t("statistics-disputes-heading")}</h2>
            <Disputes i18n=i18n disputes=stats.disputes />
            <p class="hint">{i18n.t("statistics-privacy")}</p>
        </Shell>
    }
}

/// A table of counts: what was counted, and how many. `caption` names it for screen readers
/// (the paragraph before it says the same to everyone).
#[component]
fn CountsTable(i18n: I18n, caption: &'static str, rows: Vec<(&'static str, i64)>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, n)| TableRow::new(vec![i18n.t(label).into_any(), i18n.count(n).into_any()]))
        .collect();
    view! {
        <Table
            i18n=i18n
            caption=caption
            columns=vec![Column::text("statistics-what"), Column::number("statistics-how-many")]
            rows=rows
            row_headings=true
        />
    }
}

#[component]
fn LatestReview(i18n: I18n, review: ReviewNumbers) -> impl IntoView {
    let share = percent(review.cleared, review.charges);
    view! {
        <p>
            {i18n.t_args(
                "statistics-latest-review",
                &[
                    ("date", Arg::Text(i18n.date(review.as_of))),
                    ("law", Arg::Text(i18n.t(&review.law))),
                ],
            )}
        </p>
        <CountsTable
            i18n=i18n
            caption="statistics-clearance-caption"
            rows=vec![
                ("statistics-people", review.people),
                ("statistics-charges", review.charges),
                ("statistics-cleared", review.cleared),
                ("statistics-waiting", review.waiting),
                ("statistics-not-cleared", review.not_cleared),
            ]
        />
        <p>
            {i18n.t_args("statistics-cleared-share", &[("percent", Arg::Number(share))])}
        </p>
    }
}

#[component]
fn Disputes(i18n: I18n, disputes: DisputeNumbers) -> impl IntoView {
    if disputes.received == 0 {
        return view! { <p>{i18n.t("statistics-no-disputes")}</p> }.into_any();
    }
    let decided = disputes.corrected + disputes.not_changed;
    view! {
        <CountsTable
            i18n=i18n
            caption="statistics-disputes-caption"
            rows=vec![
                ("statistics-disputes-received", disputes.received),
                ("statistics-disputes-corrected", disputes.corrected),
                ("statistics-disputes-not-changed", disputes.not_changed),
                ("statistics-disputes-open", disputes.open),
                ("statistics-disputes-overdue", disputes.overdue),
            ]
        />
        {(decided > 0)
            .then(|| {
                view! {
                    <p>
                        {i18n.t_args(
                            "statistics-disputes-on-time",
                            &[
                                ("on_time", Arg::Text(i18n.count(disputes.decided_on_time))),
                                ("decided", Arg::Text(i18n.count(decided))),
                                ("percent", Arg::Number(percent(disputes.decided_on_time, decided))),
                            ],
                        )}
                    </p>
                }
            })}
    }
    .into_any()
}

/// `part` as a whole-number percentage of `whole`, rounded half up (0 when `whole` is 0).
fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        return 0;
    }
    (part.saturating_mul(200) + whole) / (2 * whole)
}

crate::render::page!(StatisticsView => StatisticsPage(stats));

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_round_half_up_and_survive_zero() {
        assert_eq!(percent(2_447_673, 4_003_635), 61);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(1, 200), 1);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(3, 3), 100);
    }
}
