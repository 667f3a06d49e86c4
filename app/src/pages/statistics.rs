//! The public statistics page: what automatic clearance did, and how disputes are answered.

use crate::components::Shell;
use crate::i18n::{Arg, I18n};
use crate::model::{DisputeNumbers, ReviewNumbers, StatisticsView, Viewer};
use leptos::prelude::*;

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

/// One row of a numbers table: what is counted, and how many.
fn row(i18n: I18n, label: &str, n: i64) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{i18n.t(label)}</th>
            <td class="table__cell--numeric">{i18n.count(n)}</td>
        </tr>
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
                    ("date", Arg::Text(i18n.date(&review.as_of))),
                    ("law", Arg::Text(i18n.t(&review.law))),
                ],
            )}
        </p>
        <table class="table">
            <caption class="visually-hidden">{i18n.t("statistics-clearance-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("statistics-what")}</th>
                    <th scope="col" class="table__cell--numeric">{i18n.t("statistics-how-many")}</th>
                </tr>
            </thead>
            <tbody>
                {row(i18n, "statistics-people", review.people)}
                {row(i18n, "statistics-charges", review.charges)}
                {row(i18n, "statistics-cleared", review.cleared)}
                {row(i18n, "statistics-waiting", review.waiting)}
                {row(i18n, "statistics-not-cleared", review.not_cleared)}
            </tbody>
        </table>
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
        <table class="table">
            <caption class="visually-hidden">{i18n.t("statistics-disputes-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("statistics-what")}</th>
                    <th scope="col" class="table__cell--numeric">{i18n.t("statistics-how-many")}</th>
                </tr>
            </thead>
            <tbody>
                {row(i18n, "statistics-disputes-received", disputes.received)}
                {row(i18n, "statistics-disputes-corrected", disputes.corrected)}
                {row(i18n, "statistics-disputes-not-changed", disputes.not_changed)}
                {row(i18n, "statistics-disputes-open", disputes.open)}
                {row(i18n, "statistics-disputes-overdue", disputes.overdue)}
            </tbody>
        </table>
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
