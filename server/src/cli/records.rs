//! Commands about records: importing an extract, checking it against a rule pack, and the
//! clearance run over the database (with a progress bar on the terminal).

use crate::clearance_run::Progress;
use crate::config::Config;
use crate::store::Store;
use crate::store::import::ImportError;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use myrecord_clearance::domain::format_date;
use myrecord_clearance::extract::require_jurisdiction;
use myrecord_clearance::pack::RulePack;
use std::path::Path;
use time::Date;

pub(super) async fn import(config: Config, file: &Path, as_of: Option<Date>) -> anyhow::Result<()> {
    let data_as_of = as_of.unwrap_or_else(|| config.clock.today());
    let reader = std::io::BufReader::new(
        std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?,
    );
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let source = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Lines of another state than the law in force are refused with the rest of the file.
    let pack = crate::packs::get(&config.rule_pack).context("the configured rule pack")?;
    let records = myrecord_clearance::extract::read_numbered(reader).map(|item| {
        item.and_then(|(line, record)| {
            require_jurisdiction(line, &record, pack.jurisdiction(), pack.id())?;
            Ok((line, record))
        })
    });
    let result = store.import_extract(&source, data_as_of, records).await;
    store.close().await;
    match result {
        Ok(summary) => {
            println!(
                "Imported {} people with {} charges (import {}).",
                summary.people, summary.charges, summary.batch_id
            );
            Ok(())
        }
        Err(ImportError::Rejected { listed, total }) => {
            eprintln!("{}: nothing was imported, because:", file.display());
            for error in &listed {
                eprintln!("  {error}");
            }
            if total > listed.len() {
                anyhow::bail!(
                    "the extract has {total} bad lines (the first {} are listed above)",
                    listed.len()
                )
            }
            anyhow::bail!(
                "the extract has {total} bad line{}",
                if total == 1 { "" } else { "s" }
            )
        }
        Err(ImportError::Empty) => anyhow::bail!(
            "{}: the file holds no people (it is empty, or has only blank lines); nothing was \
             imported",
            file.display()
        ),
        Err(ImportError::Store(err)) => Err(err.into()),
    }
}

pub(super) fn clearance_check(pack: &RulePack, as_of: Date, file: &Path) -> anyhow::Result<()> {
    let input = std::io::BufReader::with_capacity(
        1 << 20,
        std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?,
    );
    let stdout = std::io::stdout();
    myrecord_clearance::check::check(pack, as_of, input, stdout.lock())
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    Ok(())
}

pub(super) async fn clearance_run(
    config: Config,
    pack: &RulePack,
    as_of: Option<Date>,
    notices: &Path,
) -> anyhow::Result<()> {
    let as_of = as_of.unwrap_or_else(|| config.clock.today());
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let bar = progress_bar();
    let started = std::time::Instant::now();
    let summary =
        crate::clearance_run::run(&store, pack, as_of, notices, &|progress| match progress {
            Progress::Planned { people } => bar.set_length(people),
            Progress::Reviewed { people } => bar.inc(people),
        })
        .await?;
    bar.finish_and_clear();
    store.close().await;
    let c = &summary.counts;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "Clearance run {} ({}, as of {}) finished in {seconds:.1} s.",
        summary.run_id,
        pack.id(),
        format_date(as_of)
    );
    println!(
        "  {} people, {} charges ({:.0} charges/s)",
        c.people,
        c.charges,
        c.charges as f64 / seconds.max(0.001)
    );
    println!(
        "  cleared {} (newly sealed {}), waiting {}, not eligible {}",
        c.cleared, c.newly_sealed, c.waiting, c.not_eligible
    );
    println!(
        "  sealed charges given a stronger remedy: {}; sealed charges no longer cleared, \
         flagged for a reviewer: {}",
        c.upgraded, c.flagged
    );
    println!("  decisions written: {}", summary.decisions_written);
    println!(
        "  notices: {} agencies, {} rows in {}",
        summary.notices.agencies,
        summary.notices.rows,
        summary.notices.folder.display()
    );
    Ok(())
}

pub(super) async fn clearance_dry_run(
    config: Config,
    pack: &RulePack,
    as_of: Option<Date>,
    report_file: Option<&Path>,
    stale_years: u32,
) -> anyhow::Result<()> {
    let as_of = as_of.unwrap_or_else(|| config.clock.today());
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let bar = progress_bar();
    let report = crate::clearance_dry_run::dry_run(&store, pack, as_of, stale_years, &|progress| {
        match progress {
            Progress::Planned { people } => bar.set_length(people),
            Progress::Reviewed { people } => bar.inc(people),
        }
    })
    .await?;
    bar.finish_and_clear();
    store.close().await;
    print!("{}", report_text(&report));
    if let Some(file) = report_file {
        let json = serde_json::to_string_pretty(&report)?;
        std::fs::write(file, json + "\n")
            .with_context(|| format!("writing the report to {}", file.display()))?;
        println!("Report written to {}.", file.display());
    }
    Ok(())
}

/// The dry run's report as the terminal shows it.
fn report_text(r: &crate::clearance_dry_run::DryRunReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let q = &r.data_quality;
    let _ = writeln!(
        out,
        "Dry run under {} as of {}: nothing was written.\n  {} people, {} charges\n  \
         would newly clear (and seal): {}\n  remedy upgrades (sealed, now expunged): {}\n  \
         would lose eligibility: {} sealed (flagged for a reviewer, not unsealed), {} not \
         sealed\n  decisions by rule, status and remedy:",
        r.rule_pack,
        r.as_of,
        r.people,
        r.charges,
        r.newly_cleared,
        r.remedy_upgrades,
        r.losing_eligibility.sealed,
        r.losing_eligibility.not_sealed,
    );
    for d in &r.decisions {
        let _ = writeln!(
            out,
            "    {:<34} {:<13} {:<17} {:>10}",
            d.rule, d.status, d.remedy, d.charges
        );
    }
    let _ = writeln!(
        out,
        "  data quality:\n    statutes not in the catalog: {} ({} charges)",
        q.unknown_statutes, q.charges_with_unknown_statutes
    );
    for s in &q.statutes_not_in_catalog {
        let _ = writeln!(out, "      {:<40} {:>10}", s.statute, s.charges);
    }
    let _ = writeln!(
        out,
        "    charges not final, arrested more than {} years ago: {}\n    decisions blocked \
         by missing data: {}",
        q.stale_after_years, q.non_final_older, q.missing_data
    );
    out
}

/// A progress bar on the terminal (hidden when stderr is not one): people done, rate, time left.
fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} people \
             ({per_sec}, {eta} left)",
        )
        .expect("the template is valid"),
    );
    bar
}
