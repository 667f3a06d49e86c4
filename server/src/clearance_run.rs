//! `clearance run`: applies a rule pack to everyone in the database, stores each charge's
//! decision, seals newly cleared charges and writes the agencies' notices.
//!
//! People are read in chunks of ids, each chunk in its own transaction, so memory stays flat and
//! the portal keeps working during a run. A decision is written only when it changed and a
//! sealed charge is never reviewed again, so repeating a run gives the same result and writes
//! nothing new.

use crate::notices::{NoticeRow, NoticeSummary, NoticeWriter, RunInfo};
use crate::store::clearance::{ChargeState, PersonForReview, RunCounts, StoredDecision};
use crate::store::{Backend, Store};
use anyhow::Context;
use myrecord_clearance::decision::Remedy;
use myrecord_clearance::domain::format_date;
use myrecord_clearance::engine::{Decision, Status, evaluate};
use myrecord_clearance::extract::{Charge, Cycle};
use myrecord_clearance::pack::RulePack;
use std::path::Path;
use time::Date;

/// People per transaction: large enough to amortise round trips, small enough that a chunk of
/// decisions is a few megabytes at most.
const PEOPLE_PER_CHUNK: i64 = 2_000;

#[derive(Debug)]
pub struct RunSummary {
    pub run_id: i64,
    pub counts: RunCounts,
    /// Decisions written because they were new or changed.
    pub decisions_written: u64,
    pub notices: NoticeSummary,
}

/// The stored form of an engine decision.
pub fn stored(decision: &Decision) -> StoredDecision {
    StoredDecision {
        status: decision.status,
        rule: decision.rule.clone(),
        date: decision.date,
        reasons: decision.reasons.clone(),
        remedy: decision.remedy,
        reduced_to: decision.reduced_to,
    }
}

/// What the rules decided for one chunk of people, waiting to be written.
#[derive(Default)]
struct ChunkOutcome {
    people: u64,
    counts: RunCounts,
    /// Decisions that are new or differ from the stored ones (a cleared one seals its charge).
    /// Charges already sealed are never among them.
    changed: Vec<(i64, StoredDecision)>,
    /// Sealed charges that this law clears with a stronger remedy, with their new decision.
    upgraded: Vec<(i64, StoredDecision)>,
    /// Sealed charges this law no longer clears, with the decision it gives: flagged for a
    /// reviewer, never unsealed by the run.
    to_flag: Vec<(i64, StoredDecision)>,
    notices: Vec<NoticeRow>,
}

/// Applies the rules to a chunk of people. Pure: no database, no files.
fn review_chunk(pack: &RulePack, as_of: Date, chunk: &[PersonForReview]) -> ChunkOutcome {
    let mut outcome = ChunkOutcome {
        people: chunk.len() as u64,
        ..ChunkOutcome::default()
    };
    let counts = &mut outcome.counts;
    for person in chunk {
        let decisions = evaluate(pack, &person.record, as_of);
        counts.people += 1;
        let charges = person
            .record
            .cycles
            .iter()
            .flat_map(|cycle| cycle.charges.iter().map(move |charge| (cycle, charge)));
        for ((state, decision), (cycle, charge)) in
            person.charges.iter().zip(&decisions).zip(charges)
        {
            counts.charges += 1;
            if state.sealed {
                // Sealed by an earlier run: it stays sealed and cleared, with its decision.
                // If this law no longer clears it, a reviewer is asked (a run never unseals);
                // if it clears it with a stronger remedy (expunges what was sealed), the
                // decision is replaced and the agencies are told.
                counts.cleared += 1;
                if decision.status != Status::Cleared {
                    outcome.to_flag.push((state.charge_id, stored(decision)));
                }
                if upgrades(state.decision.as_ref(), decision) {
                    counts.upgraded += 1;
                    outcome
                        .notices
                        .extend(notice_rows(person, state, decision, cycle, charge));
                    outcome.upgraded.push((state.charge_id, stored(decision)));
                }
                continue;
            }
            match decision.status {
                Status::Cleared => {
                    counts.cleared += 1;
                    counts.newly_sealed += 1;
                    outcome
                        .notices
                        .extend(notice_rows(person, state, decision, cycle, charge));
                }
                Status::Waiting => counts.waiting += 1,
                Status::NotEligible => counts.not_eligible += 1,
            }
            let new = stored(decision);
            if state.decision.as_ref() != Some(&new) {
                outcome.changed.push((state.charge_id, new));
            }
        }
    }
    outcome
}

/// Whether `decision` expunges a charge its stored decision only sealed (no remedy named, as
/// under pa-act56, means sealed). Only expungement outranks: every other remedy leaves the
/// record in some form, and a seal is never taken back by a run.
pub fn upgrades(stored: Option<&StoredDecision>, decision: &Decision) -> bool {
    decision.status == Status::Cleared
        && decision.remedy == Some(Remedy::Expunge)
        && stored.is_some_and(|s| s.remedy != Some(Remedy::Expunge))
}

/// Connections that write decisions at the same time. PostgreSQL spreads them over its cores;
/// SQLite allows one writer at a time anyway.
fn writers_for(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 1,
        Backend::Postgres => 2,
    }
}

/// How far a run has got, told as it goes: the command line turns it into a bar; a re-review
/// from a web request and the tests ignore it ([`quietly`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The run will review this many people.
    Planned { people: u64 },
    /// This many more people are reviewed and their decisions committed.
    Reviewed { people: u64 },
}

/// A progress callback that ignores progress.
pub fn quietly(_: Progress) {}

/// Reviews everyone in the database.
pub async fn run(
    store: &Store,
    pack: &RulePack,
    as_of: Date,
    notices_folder: &Path,
    progress: &(dyn Fn(Progress) + Sync),
) -> anyhow::Result<RunSummary> {
    refuse_other_states(store, pack).await?;
    let span = store.person_id_span().await?;
    run_over(store, pack, as_of, notices_folder, progress, span, true).await
}

/// A run applies one state's law to that state's records: another state's pack would seal (or
/// flag) charges on rules that are not theirs. Checked before anything is written.
pub async fn refuse_other_states(store: &Store, pack: &RulePack) -> anyhow::Result<()> {
    let ours = pack.jurisdiction().as_str();
    let others: Vec<String> = store
        .jurisdictions()
        .await?
        .into_iter()
        .filter(|state| state != ours)
        .collect();
    if others.is_empty() {
        Ok(())
    } else {
        anyhow::bail!(
            "the database holds records from {}, and the rule pack {} is {ours}'s law; \
             run that state's pack, on that state's database",
            others.join(", "),
            pack.id()
        )
    }
}

/// Reviews one person again (after a correction to their record): a run of its own, with its
/// decisions, seals and notices, exactly as the scheduled run would have made them.
pub async fn run_for_person(
    store: &Store,
    pack: &RulePack,
    as_of: Date,
    notices_folder: &Path,
    person_id: i64,
) -> anyhow::Result<RunSummary> {
    let span = (person_id, person_id, 1);
    run_over(store, pack, as_of, notices_folder, &quietly, span, false).await
}

/// Reviews the people with ids from `lowest` to `highest` (`people` of them, for progress);
/// `everyone` when that is the whole database.
async fn run_over(
    store: &Store,
    pack: &RulePack,
    as_of: Date,
    notices_folder: &Path,
    progress: &(dyn Fn(Progress) + Sync),
    (lowest, highest, people): (i64, i64, i64),
    everyone: bool,
) -> anyhow::Result<RunSummary> {
    let started = std::time::Instant::now();
    let run_id = store
        .begin_run(pack.id(), as_of, (lowest, highest), everyone)
        .await?;
    let as_of_text = format_date(as_of);
    progress(Progress::Planned {
        people: u64::try_from(people).unwrap_or(0),
    });
    let writer = NoticeWriter::create(
        notices_folder,
        RunInfo {
            run_id,
            rule_pack: pack.id().to_owned(),
            law: pack.law_citation().to_owned(),
            as_of: as_of_text.clone(),
        },
    );
    let writer = match writer {
        Ok(writer) => writer,
        Err(err) => {
            // Nothing was decided: leave no half-begun run behind.
            store.abandon_run(run_id).await?;
            return Err(anyhow::Error::new(err).context("creating the notices folder"));
        }
    };
    let notices = OrderedNotices::start(writer);

    // Chunks are read and reviewed on one connection while earlier ones are written on others,
    // so the database reads and writes at once.
    let writers = writers_for(store.backend());
    let (sender, receiver) = tokio::sync::mpsc::channel::<(usize, ChunkOutcome)>(writers + 1);
    let receiver = tokio::sync::Mutex::new(receiver);
    let reviewer = async move {
        let mut from = lowest;
        let mut index = 0;
        while from <= highest {
            let to = (from + PEOPLE_PER_CHUNK).min(highest + 1);
            let chunk = store.people_for_review(from, to).await?;
            let outcome = review_chunk(pack, as_of, &chunk);
            if sender.send((index, outcome)).await.is_err() {
                break; // A writer stopped; its error is reported below.
            }
            from = to;
            index += 1;
        }
        Ok::<_, anyhow::Error>(())
    };
    let writer = || async {
        let mut counts = RunCounts::default();
        let mut decisions_written = 0u64;
        loop {
            let next = receiver.lock().await.recv().await;
            let Some((index, outcome)) = next else {
                break;
            };
            let mut tx = store.begin_write().await?;
            store
                .write_decisions(&mut tx, run_id, &outcome.changed)
                .await?;
            store
                .upgrade_decisions(&mut tx, run_id, &outcome.upgraded)
                .await?;
            let flagged = store
                .flag_for_unseal(&mut tx, run_id, &outcome.to_flag)
                .await?;
            tx.commit().await?;
            // Notices are written only for what is committed, so a failed chunk sends none.
            notices.send(index, outcome.notices);
            counts.absorb(&outcome.counts);
            counts.flagged += i64::try_from(flagged).unwrap_or(i64::MAX);
            decisions_written += (outcome.changed.len() + outcome.upgraded.len()) as u64;
            progress(Progress::Reviewed {
                people: outcome.people,
            });
        }
        Ok::<_, anyhow::Error>((counts, decisions_written))
    };
    let written = futures_util::future::try_join_all((0..writers).map(|_| writer()));
    let reviewed_and_written = tokio::try_join!(reviewer, written);
    // Whatever was committed gets its notices, even when the run stopped on an error.
    let notices = notices.finish().context("writing the agency notices")?;
    let ((), totals) = reviewed_and_written?;
    let mut counts = RunCounts::default();
    let mut decisions_written = 0;
    for (writer_counts, writer_decisions) in totals {
        counts.absorb(&writer_counts);
        decisions_written += writer_decisions;
    }
    store.finish_run(run_id, &counts).await?;
    crate::telemetry::clearance_run(
        everyone,
        started.elapsed(),
        counts.cleared,
        counts.waiting,
        counts.not_eligible,
    );
    Ok(RunSummary {
        run_id,
        counts,
        decisions_written,
        notices,
    })
}

/// Writes notices on a thread of its own, chunk by chunk in the order the chunks were read
/// (writers commit them in any order), so the files are the same whatever the timing.
struct OrderedNotices {
    sender: std::sync::mpsc::Sender<(usize, Vec<NoticeRow>)>,
    thread: std::thread::JoinHandle<std::io::Result<NoticeSummary>>,
}

impl OrderedNotices {
    fn start(mut writer: NoticeWriter) -> OrderedNotices {
        let (sender, receiver) = std::sync::mpsc::channel::<(usize, Vec<NoticeRow>)>();
        let thread = std::thread::spawn(move || {
            let mut waiting = std::collections::BTreeMap::new();
            let mut next = 0;
            for (index, rows) in receiver {
                waiting.insert(index, rows);
                while let Some(rows) = waiting.remove(&next) {
                    for row in rows {
                        writer.add(row);
                    }
                    writer.flush()?;
                    next += 1;
                }
            }
            // After a failed chunk some later ones may wait for it forever: write them too.
            for row in waiting.into_values().flatten() {
                writer.add(row);
            }
            writer.finish()
        });
        OrderedNotices { sender, thread }
    }

    fn send(&self, index: usize, rows: Vec<NoticeRow>) {
        // The thread only stops early on a write error, which `finish` reports.
        let _ = self.sender.send((index, rows));
    }

    fn finish(self) -> std::io::Result<NoticeSummary> {
        drop(self.sender);
        self.thread
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the notice writer panicked")))
    }
}

/// A newly sealed charge, once for its court and once for the police agency that arrested.
fn notice_rows(
    person: &PersonForReview,
    state: &ChargeState,
    decision: &Decision,
    cycle: &Cycle,
    charge: &Charge,
) -> Vec<NoticeRow> {
    let p = &person.record.person;
    let row = |ori: &str, holder: &'static str| NoticeRow {
        ori: ori.to_owned(),
        holder,
        sid: p.sid.clone(),
        last_name: p.last_name.clone(),
        first_name: p.first_name.clone(),
        dob: format_date(p.dob),
        tracking_number: cycle.tracking_number.clone(),
        court_case: state.court_case.clone(),
        seq: charge.seq,
        statute: charge.statute.clone(),
        disposition_date: charge.disposition.date.map(format_date),
        rule: decision.rule.clone(),
        eligible_since: decision.date.map(format_date),
        // What the agency must do; a law that names no remedy seals.
        remedy: decision.remedy.unwrap_or(Remedy::Seal).as_str(),
    };
    let mut rows = Vec::with_capacity(2);
    if let Some(court) = &state.court_ori {
        rows.push(row(court, "court"));
    }
    rows.push(row(&cycle.agency.ori, "arresting_agency"));
    rows
}
