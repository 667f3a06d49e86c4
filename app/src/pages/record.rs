//! "My record": the summary, then every arrest with its charges in plain language.

use crate::components::{Notice, Row, Shell, StatusTag, SummaryRow, SummaryRows};
use crate::i18n::{Arg, I18n};
use crate::model::{CaseView, ChargeStatus, ChargeView, EntryRef, Reader, RecordView, Viewer};
use crate::paths;
use leptos::prelude::*;
use myrecord_clearance::decision::Reason;
use time::Date;

/// Who a record page is for: its owner, a legal aid worker (for a client), or a reviewer
/// (through a dispute).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordAudience {
    Own,
    Client {
        banner: ClientBanner,
        person_id: i64,
    },
    Case {
        reference: String,
        person_name: String,
    },
}

/// Shown above a client's record when a legal aid worker reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientBanner {
    pub name: String,
    pub expires_on: Date,
}

#[component]
pub fn RecordPage(
    i18n: I18n,
    viewer: Viewer,
    record: Option<RecordView>,
    audience: RecordAudience,
    notice: Option<&'static str>,
) -> impl IntoView {
    let heading = match &audience {
        RecordAudience::Own => i18n.t("record-heading"),
        RecordAudience::Client { banner, .. } => i18n.t_args(
            "client-record-heading",
            &[("name", Arg::from(banner.name.clone()))],
        ),
        RecordAudience::Case { person_name, .. } => i18n.t_args(
            "client-record-heading",
            &[("name", Arg::from(person_name.clone()))],
        ),
    };
    // Where "Something wrong?" links lead, for those who may dispute this record.
    let dispute_whole = match &audience {
        RecordAudience::Own => Some(paths::DISPUTE_NEW.to_owned()),
        RecordAudience::Client { person_id, .. } => {
            Some(paths::dispute_new_about_person(*person_id))
        }
        RecordAudience::Case { .. } => None,
    };
    let is_own = audience == RecordAudience::Own;
    view! {
        <Shell i18n=i18n viewer=viewer title=heading.clone()>
            <Notice i18n=i18n message=notice />
            {match audience {
                RecordAudience::Own => None,
                RecordAudience::Client { banner, .. } => {
                    let until = i18n.t_args(
                        "client-record-consent",
                        &[
                            ("name", Arg::from(banner.name)),
                            ("date", Arg::from(i18n.date(banner.expires_on))),
                        ],
                    );
                    Some(
                        view! {
                            <a href=paths::CLIENTS class="back-link">{i18n.t("nav-back")}</a>
                            <div class="notification" role="status">
                                <p>{until}</p>
                            </div>
                        }
                            .into_any(),
                    )
                }
                RecordAudience::Case { reference, .. } => {
                    let note = i18n.t_args(
                        "case-record-note",
                        &[("reference", Arg::from(reference.clone()))],
                    );
                    Some(
                        view! {
                            <a href=paths::review_case(&reference) class="back-link">
                                {i18n.t("nav-back")}
                            </a>
                            <div class="notification" role="status">
                                <p>{note}</p>
                            </div>
                        }
                            .into_any(),
                    )
                }
            }}
            <h1 class="heading-xl">{heading}</h1>
            {match record {
                Some(record) => {
                    view! {
                        <LinkedRecord
                            i18n=i18n
                            record=record
                            is_own=is_own
                            dispute_whole=dispute_whole
                        />
                    }
                        .into_any()
                }
                None => view! { <NotLinked i18n=i18n /> }.into_any(),
            }}
        </Shell>
    }
}

#[component]
fn NotLinked(i18n: I18n) -> impl IntoView {
    view! {
        <div class="panel">
            <h2 class="heading-m">{i18n.t("record-not-linked-heading")}</h2>
            <p>{i18n.t("record-not-linked-body")}</p>
            <p>{i18n.t("record-not-linked-code")}</p>
            <p>
                <a href=paths::RECORD_LINK class="button">
                    {i18n.t("record-link-button")}
                </a>
            </p>
            <p>{i18n.t("record-no-letter")}</p>
        </div>
    }
}

/// Links to what a person can do about their own record.
#[component]
fn OwnRecordLinks(i18n: I18n) -> impl IntoView {
    view! {
        <ul class="list list--inline">
            <li>
                <a href=paths::SHARING>{i18n.t("record-share-link")}</a>
            </li>
            <li>
                <a href=paths::RECORD_VIEWS>{i18n.t("record-views-link")}</a>
            </li>
            <li>
                <a href=paths::DISPUTES>{i18n.t("record-disputes-link")}</a>
            </li>
        </ul>
    }
}

#[component]
fn LinkedRecord(
    i18n: I18n,
    record: RecordView,
    is_own: bool,
    dispute_whole: Option<String>,
) -> impl IntoView {
    let can_dispute = dispute_whole.is_some();
    let reader = if is_own {
        Reader::Person
    } else {
        Reader::Other
    };
    let RecordView {
        first_name,
        data_as_of,
        cases,
    } = record.clone();
    view! {
        {is_own
            .then(|| {
                view! {
                    <p class="lead">
                        {i18n.t_args("record-greeting", &[("name", Arg::from(first_name))])}
                    </p>
                }
            })}
        <Summary i18n=i18n record=record reader=reader />
        <p class="hint">
            {i18n.t_args("record-as-of", &[("date", Arg::from(i18n.date(data_as_of)))])}
        </p>
        <StatusGlossary i18n=i18n reader=reader />
        {is_own.then(|| view! { <OwnRecordLinks i18n=i18n /> })}
        {cases
            .into_iter()
            .map(|case| view! { <Case i18n=i18n case=case can_dispute=can_dispute reader=reader /> })
            .collect_view()}
        {dispute_whole
            .map(|href| {
                view! {
                    <div class="panel panel--quiet">
                        <h2 class="heading-m">
                            {i18n.t_args(
                                "record-wrong-heading",
                                &[("reader", Arg::from(reader.fluent_arg()))],
                            )}
                        </h2>
                        <p>{i18n.t("record-wrong-body")}</p>
                        <p>
                            <a href=href>{i18n.t("record-wrong-link")}</a>
                        </p>
                    </div>
                }
            })}
    }
}

/// The sentence at the top: how many entries were cleared, are waiting, or were not reviewed.
#[component]
fn Summary(i18n: I18n, record: RecordView, reader: Reader) -> impl IntoView {
    let total = record.charges().count();
    let cleared = record.count(ChargeStatus::Cleared);
    let waiting = record.count(ChargeStatus::Waiting);
    let not_cleared = record.count(ChargeStatus::NotCleared);
    let not_reviewed = record.count(ChargeStatus::NotYetReviewed);
    let whose = || ("reader", Arg::from(reader.fluent_arg()));
    let count = |id: &str, n: usize| i18n.t_args(id, &[("count", Arg::from(n)), whose()]);
    let headline = if total == 0 {
        i18n.t_args("record-summary-empty", &[whose()])
    } else if not_reviewed == total {
        count("record-summary-none-reviewed", total)
    } else {
        i18n.t_args(
            "record-summary-cleared",
            &[
                ("cleared", Arg::from(cleared)),
                ("total", Arg::from(total)),
                whose(),
            ],
        )
    };
    // The entries that cannot be cleared, each a link to where the page says why and what
    // can still be done.
    let not_cleared_links = record
        .charges()
        .filter(|c| c.status == ChargeStatus::NotCleared)
        .map(|c| {
            let href = format!("#{}", entry_anchor(c.id));
            view! {
                <li>
                    <a href=href>{offense_name(i18n, c)}</a>
                </li>
            }
        })
        .collect_view();
    let mut not_cleared_links = Some(not_cleared_links);
    let details = [
        ("record-summary-waiting", waiting),
        ("record-summary-not-cleared", not_cleared),
        ("record-summary-not-reviewed", not_reviewed),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0 && not_reviewed != total)
    .map(|(id, n)| {
        let links = (id == "record-summary-not-cleared")
            .then(|| not_cleared_links.take())
            .flatten()
            .map(|links| view! { <ul class="summary-panel__entries">{links}</ul> });
        view! {
            {count(id, n)}
            {links}
        }
        .into_any()
    })
    .collect::<Vec<_>>();
    view! {
        <div class="summary-panel">
            <h2 class="summary-panel__title">{headline}</h2>
            {(!details.is_empty())
                .then(|| {
                    view! {
                        <ul class="summary-panel__list">
                            {details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </div>
    }
}

/// "What the tags mean": every status tag with one plain sentence.
#[component]
fn StatusGlossary(i18n: I18n, reader: Reader) -> impl IntoView {
    let statuses = [
        ChargeStatus::Cleared,
        ChargeStatus::Waiting,
        ChargeStatus::NotCleared,
        ChargeStatus::NotYetReviewed,
    ];
    view! {
        <details class="details">
            <summary class="details__summary">{i18n.t("record-glossary-title")}</summary>
            <dl class="glossary">
                {statuses
                    .into_iter()
                    .map(|status| {
                        view! {
                            <dt>
                                <StatusTag i18n=i18n status=status />
                            </dt>
                            <dd>
                                {i18n.t_args(
                                    &format!("status-{}-meaning", status.key()),
                                    &[("reader", Arg::from(reader.fluent_arg()))],
                                )}
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
            <p>
                <a href=paths::HELP>{i18n.t("record-help-link")}</a>
            </p>
        </details>
    }
}

#[component]
fn Case(i18n: I18n, case: CaseView, can_dispute: bool, reader: Reader) -> impl IntoView {
    let heading = i18n.t_args(
        "case-heading",
        &[
            ("date", Arg::from(i18n.date(case.arrest_date))),
            ("agency", Arg::from(case.agency_name.clone())),
        ],
    );
    let mut rows = vec![Row::term(
        i18n.t("case-tracking-number"),
        case.tracking_number.clone(),
        "otn",
    )];
    if let Some(court_case) = &case.court_case {
        rows.push(Row::term(
            i18n.t("case-court-case"),
            court_case.clone(),
            "docket",
        ));
    }
    if let Some(court) = &case.court_name {
        rows.push((i18n.t("case-court"), court.clone()).into());
    }
    view! {
        <section class="case">
            <h2 class="heading-l case__heading">{heading}</h2>
            <SummaryRows rows=rows compact=true />
            {case
                .charges
                .into_iter()
                .map(|charge| {
                    view! { <Charge i18n=i18n charge=charge can_dispute=can_dispute reader=reader /> }
                })
                .collect_view()}
        </section>
    }
}

/// The offense in plain words: the catalog's name, else the court's wording.
pub fn offense_name(i18n: I18n, charge: &ChargeView) -> String {
    offense_words(
        i18n,
        charge.offense_message.as_deref(),
        charge.description.as_deref(),
    )
}

fn offense_words(i18n: I18n, message: Option<&str>, description: Option<&str>) -> String {
    match (message, description) {
        (Some(id), _) => i18n.t(id),
        (None, Some(description)) => description.to_owned(),
        (None, None) => i18n.t("charge-offense-unknown"),
    }
}

/// Another entry named for a link to it: its offense and the date of its outcome.
fn entry_ref_name(i18n: I18n, entry: &EntryRef) -> String {
    let offense = offense_words(
        i18n,
        entry.offense_message.as_deref(),
        entry.description.as_deref(),
    );
    match entry.disposition_date {
        Some(date) => i18n.t_args(
            "held-back-entry",
            &[
                ("offense", Arg::from(offense)),
                ("date", Arg::from(i18n.date(date))),
            ],
        ),
        None => offense,
    }
}

/// The id of an entry's article on the record page, for links to it.
fn entry_anchor(charge_id: i64) -> String {
    format!("entry-{charge_id}")
}

/// The rows every description of an entry shows: the law, what happened, and when.
pub fn entry_rows(i18n: I18n, charge: &ChargeView, reader: Reader) -> Vec<Row> {
    let law = i18n.t_args(
        "charge-law-value",
        &[
            ("statute", Arg::from(charge.statute.clone())),
            ("grade", Arg::from(i18n.t(&grade_message(&charge.grade)))),
        ],
    );
    let what_happened = i18n.t_args(
        &format!(
            "disposition-{}",
            charge.disposition.as_str().replace('_', "-")
        ),
        &[("reader", Arg::from(reader.fluent_arg()))],
    );
    let date = charge
        .disposition_date
        .map(|d| i18n.date(d))
        .unwrap_or_else(|| i18n.t("charge-no-date"));
    vec![
        Row::term(i18n.t("charge-law"), law, "grade"),
        Row::term(i18n.t("charge-what-happened"), what_happened, "outcome"),
        (i18n.t("charge-date"), date).into(),
    ]
}

#[component]
fn Charge(i18n: I18n, charge: ChargeView, can_dispute: bool, reader: Reader) -> impl IntoView {
    let offense = offense_name(i18n, &charge);
    let rows = entry_rows(i18n, &charge, reader);
    let corrected = charge.corrected.clone().map(|c| {
        i18n.t_args(
            "charge-corrected",
            &[
                ("date", Arg::from(i18n.date(c.on))),
                ("reference", Arg::from(c.reference)),
            ],
        )
    });
    let dispute_label = i18n.t_args(
        "charge-dispute-label",
        &[("offense", Arg::from(offense.clone()))],
    );
    let dispute_href = paths::dispute_new_about_entry(charge.id);
    // The entries that hold this one back are listed right under the reason that names them,
    // before the line that says when and under which law it was reviewed.
    let mut reasons = clearance_sentences(i18n, &charge, reader);
    let reviewed = if charge.decision.is_some() {
        reasons.pop()
    } else {
        None
    };
    let held_back = (!charge.held_back_by.is_empty()).then(|| {
        view! {
            <p class="charge__reason">{i18n.t("held-back-by")}</p>
            <ul class="list list--bullet">
                {charge
                    .held_back_by
                    .iter()
                    .map(|entry| {
                        view! {
                            <li>
                                <a href=format!("#{}", entry_anchor(entry.id))>
                                    {entry_ref_name(i18n, entry)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    let next_step = (charge.status == ChargeStatus::NotCleared).then(|| {
        let whose = [("reader", Arg::from(reader.fluent_arg()))];
        view! {
            <div class="next-step">
                <h4 class="heading-s">{i18n.t_args("next-step-heading", &whose)}</h4>
                <p>{i18n.t_args("next-step-petition", &whose)}</p>
                <p>
                    {i18n.t_args("next-step-help", &whose)} " "
                    <a href=paths::CONTACT>{i18n.t("contact-legal-aid-link")}</a>
                </p>
            </div>
        }
    });
    view! {
        <article class="charge" id=entry_anchor(charge.id)>
            <div class="charge__header">
                <h3 class="heading-m charge__title">{offense}</h3>
                <StatusTag i18n=i18n status=charge.status />
            </div>
            <SummaryRows rows=rows>
                <SummaryRow key=i18n.t("charge-clearance") term=Some("sealed")>
                    {reasons.into_iter().map(|s| view! { <p class="charge__reason">{s}</p> }).collect_view()}
                    {held_back}
                    {reviewed.map(|s| view! { <p class="charge__reason">{s}</p> })}
                </SummaryRow>
            </SummaryRows>
            {next_step}
            {corrected.map(|text| view! { <p class="charge__corrected">{text}</p> })}
            {can_dispute
                .then(|| {
                    view! {
                        <p class="charge__dispute">
                            <a href=dispute_href aria-label=dispute_label>
                                {i18n.t("charge-dispute")}
                            </a>
                        </p>
                    }
                })}
        </article>
    }
}

/// Fluent id of the sentence explaining a reason (`reason-missing-data`).
pub fn reason_message(reason: Reason) -> String {
    format!("reason-{}", reason.as_str().replace('_', "-"))
}

/// Fluent id of a grade in words (`grade-m2`); codes that are no grade (`grades.toml`) fall
/// back to a generic message.
pub fn grade_message(code: &str) -> String {
    match myrecord_clearance::domain::Grade::parse(code) {
        Ok(grade) => format!("grade-{}", grade.as_str().to_ascii_lowercase()),
        Err(_) => "grade-unknown".to_owned(),
    }
}

/// The plain-language explanation of a charge's clearance status, one sentence per fact.
fn clearance_sentences(i18n: I18n, charge: &ChargeView, reader: Reader) -> Vec<String> {
    let Some(decision) = &charge.decision else {
        return vec![i18n.t("status-not-reviewed-meaning")];
    };
    let date = || Arg::from(decision.date.map(|d| i18n.date(d)).unwrap_or_default());
    let law = Arg::from(i18n.t(&decision.law_message));
    let mut sentences = match (charge.status, decision.remedy) {
        // Laws that name their remedy say what was (or will be) done, in its own words.
        (ChargeStatus::Cleared, Some(remedy)) => {
            let kind = remedy.message_key();
            let grade = Arg::from(
                decision
                    .reduced_to
                    .map(|g| i18n.t(&format!("reduced-grade-{}", g.as_str().to_lowercase())))
                    .unwrap_or_default(),
            );
            match decision.sealed_on {
                Some(done_on) => vec![
                    i18n.t_args(
                        &format!("remedy-done-{kind}"),
                        &[
                            ("date", Arg::from(i18n.date(done_on))),
                            ("law", law.clone()),
                            ("grade", grade),
                        ],
                    ),
                    i18n.t_args("remedy-eligible-since", &[("date", date())]),
                ],
                None => vec![i18n.t_args(
                    &format!("remedy-due-{kind}"),
                    &[("date", date()), ("law", law.clone()), ("grade", grade)],
                )],
            }
        }
        (ChargeStatus::Cleared, None) => match decision.sealed_on {
            Some(sealed_on) => vec![
                i18n.t_args(
                    "decision-sealed",
                    &[
                        ("date", Arg::from(i18n.date(sealed_on))),
                        ("law", law.clone()),
                    ],
                ),
                i18n.t_args("decision-eligible-since", &[("date", date())]),
            ],
            None => vec![i18n.t_args(
                "decision-cleared",
                &[("date", date()), ("law", law.clone())],
            )],
        },
        (ChargeStatus::Waiting, _) => vec![i18n.t_args(
            &decision.waiting_message,
            &[("date", date()), ("reader", Arg::from(reader.fluent_arg()))],
        )],
        (ChargeStatus::NotCleared, _) => decision
            .reasons
            .iter()
            .map(|reason| {
                i18n.t_args(
                    &reason_message(*reason),
                    &[("reader", Arg::from(reader.fluent_arg()))],
                )
            })
            .collect(),
        (ChargeStatus::NotYetReviewed, _) => vec![i18n.t("status-not-reviewed-meaning")],
    };
    if let Some(meaning) = &decision.remedy_message
        && matches!(charge.status, ChargeStatus::Cleared | ChargeStatus::Waiting)
    {
        sentences.push(i18n.t(meaning));
    }
    // A cleared sentence already names the law; the others name it with the review date.
    let run_date = Arg::from(i18n.date(decision.run_date));
    sentences.push(if charge.status == ChargeStatus::Cleared {
        i18n.t_args("decision-reviewed", &[("date", run_date)])
    } else {
        i18n.t_args("decision-run", &[("law", law), ("date", run_date)])
    });
    sentences
}

/// A record, for its owner, a legal aid worker or a reviewer (`audience`).
pub struct RecordPageView {
    pub record: Option<RecordView>,
    pub audience: RecordAudience,
    pub notice: Option<&'static str>,
}

crate::render::page!(RecordPageView => RecordPage { record, audience, notice });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_an_engine_can_give_has_a_sentence_in_every_locale() {
        use crate::i18n::Locale;
        for locale in Locale::ALL {
            let i18n = I18n::new(locale);
            for reason in Reason::ALL {
                let id = reason_message(reason);
                let said = i18n.t_args(&id, &[("reader", Arg::from("self"))]);
                assert_ne!(
                    said,
                    id,
                    "{locale:?} has no sentence for {}",
                    reason.as_str()
                );
            }
        }
    }

    #[test]
    fn grade_messages_cover_every_grade() {
        assert_eq!(grade_message("M2"), "grade-m2");
        assert_eq!(grade_message("S"), "grade-s");
        assert_eq!(grade_message("I"), "grade-i");
        assert_eq!(grade_message("Q"), "grade-unknown");
        // Every grade of grades.toml is said in words in every language.
        use crate::i18n::Locale;
        for locale in Locale::ALL {
            let i18n = I18n::new(locale);
            for grade in myrecord_clearance::domain::Grade::all() {
                let id = grade_message(grade.as_str());
                assert_ne!(i18n.t(&id), id, "{locale:?} has no words for {grade}");
            }
        }
    }
}
