//! Per-agency notice files from a clearance run: for each court or police agency (by ORI), a CSV
//! and a JSON file listing the charges it must shield from public view.
//!
//! Rows arrive during the run, chunk by chunk, and are appended to each agency's files, so a run
//! that seals millions of charges never holds its notices in memory.

use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

/// One row of an agency notice: a charge to shield and how the agency finds it.
#[derive(Clone, Debug, Serialize)]
pub struct NoticeRow {
    pub ori: String,
    /// `court` or `arresting_agency`: which of the charge's keepers this ORI is.
    pub holder: &'static str,
    pub sid: String,
    pub last_name: String,
    pub first_name: String,
    pub dob: String,
    pub tracking_number: String,
    pub court_case: Option<String>,
    pub seq: u32,
    pub statute: String,
    pub disposition_date: Option<String>,
    pub rule: Option<String>,
    pub eligible_since: Option<String>,
    /// What to do with the charge: `seal`, `expunge`, `set_aside`, `dismiss_and_seal` or
    /// `reduce` (a later run may ask to expunge what an earlier one sealed).
    pub remedy: &'static str,
}

/// The run a set of notices comes from, repeated at the top of every JSON notice.
#[derive(Clone, Debug, Serialize)]
pub struct RunInfo {
    pub run_id: i64,
    pub rule_pack: String,
    pub law: String,
    pub as_of: String,
}

/// What a run wrote: the folder, and how many agencies and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeSummary {
    pub folder: PathBuf,
    pub agencies: usize,
    pub rows: u64,
}

/// Collects a run's notice rows and writes `<out>/run-<id>-<started>/<ORI>.csv` and `<ORI>.json`.
pub struct NoticeWriter {
    folder: PathBuf,
    run: RunInfo,
    pending: BTreeMap<String, Vec<NoticeRow>>,
    agencies: BTreeSet<String>,
    rows: u64,
}

/// `run-7-20261123T101502Z`: sorts by number, and tells runs of the same number apart.
fn folder_name(run_id: i64, started: time::OffsetDateTime) -> String {
    let format = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    let stamp = started
        .format(&format)
        .expect("a UTC time formats as a compact stamp");
    format!("run-{run_id}-{stamp}")
}

impl NoticeWriter {
    /// Makes the run's folder, named by run number and start time: run numbers start again
    /// with every database (a test database, a restored backup), so the number alone would
    /// collide. Refuses a folder that already holds files: appending to them would mix two
    /// runs' notices.
    pub fn create(out: &Path, run: RunInfo) -> std::io::Result<Self> {
        let folder = out.join(folder_name(run.run_id, time::OffsetDateTime::now_utc()));
        NoticeWriter::create_at(folder, run)
    }

    /// The notice of one charge a reviewer unsealed: `unseal-<flag>-<time>` next to the runs'
    /// folders, with the run that flagged it in its header.
    pub fn create_for_unseal(out: &Path, flag_id: i64, run: RunInfo) -> std::io::Result<Self> {
        let run_folder = folder_name(run.run_id, time::OffsetDateTime::now_utc());
        let stamp = run_folder.rsplit('-').next().unwrap_or_default();
        NoticeWriter::create_at(out.join(format!("unseal-{flag_id}-{stamp}")), run)
    }

    fn create_at(folder: PathBuf, run: RunInfo) -> std::io::Result<Self> {
        // Notices name people: the run's folder and files are the server's own user's.
        crate::private_files::create_folder(&folder)?;
        if std::fs::read_dir(&folder)?.next().is_some() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                format!(
                    "{} already holds notices of another run; move them away or choose \
                     another --notices folder",
                    folder.display()
                ),
            ));
        }
        Ok(NoticeWriter {
            folder,
            run,
            pending: BTreeMap::new(),
            agencies: BTreeSet::new(),
            rows: 0,
        })
    }

    pub fn add(&mut self, row: NoticeRow) {
        self.pending.entry(row.ori.clone()).or_default().push(row);
    }

    /// Appends the rows collected so far to their agencies' files.
    pub fn flush(&mut self) -> std::io::Result<()> {
        for (ori, rows) in std::mem::take(&mut self.pending) {
            let stem = safe_file_stem(&ori);
            let new_agency = self.agencies.insert(ori);
            let append = |name: String| {
                crate::private_files::open(
                    &self.folder.join(name),
                    OpenOptions::new().create(true).append(true),
                )
                .map(BufWriter::new)
            };
            let mut csv = csv::WriterBuilder::new()
                .has_headers(new_agency)
                .from_writer(append(format!("{stem}.csv"))?);
            // Charges go to a JSON Lines part file; `finish` wraps them into one document.
            let mut part = append(format!("{stem}.json.part"))?;
            for row in &rows {
                csv.serialize(row).map_err(std::io::Error::other)?;
                serde_json::to_writer(&mut part, row)?;
                part.write_all(b"\n")?;
            }
            csv.flush()?;
            part.flush()?;
            self.rows += rows.len() as u64;
        }
        Ok(())
    }

    /// Writes the remaining rows and turns each agency's part file into its JSON notice.
    pub fn finish(mut self) -> std::io::Result<NoticeSummary> {
        self.flush()?;
        for ori in &self.agencies {
            let stem = safe_file_stem(ori);
            let part_path = self.folder.join(format!("{stem}.json.part"));
            let mut json = BufWriter::new(crate::private_files::open(
                &self.folder.join(format!("{stem}.json")),
                OpenOptions::new().write(true).create(true).truncate(true),
            )?);
            let header = serde_json::json!({
                "ori": ori,
                "run": self.run,
                "action": "apply each charge's remedy: seal (shield from public access, keep it), expunge (destroy it), set_aside or dismiss_and_seal (as the law says), reduce (record the lower grade), unseal (public again)",
            });
            // The header is written without its closing brace so the charges can follow.
            let header = serde_json::to_string(&header)?;
            write!(json, "{},\"charges\":[", &header[..header.len() - 1])?;
            for (i, line) in BufReader::new(File::open(&part_path)?).lines().enumerate() {
                if i > 0 {
                    json.write_all(b",")?;
                }
                json.write_all(line?.as_bytes())?;
            }
            json.write_all(b"]}\n")?;
            json.flush()?;
            std::fs::remove_file(part_path)?;
        }
        Ok(NoticeSummary {
            folder: self.folder,
            agencies: self.agencies.len(),
            rows: self.rows,
        })
    }
}

/// ORIs are letters and digits; anything else is replaced so a bad ORI cannot name a path.
fn safe_file_stem(ori: &str) -> String {
    let stem: String = ori
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() {
        "unknown".to_owned()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_mixes_two_runs_in_one_folder() {
        let out = std::env::temp_dir().join(format!("myrecord-notices-{}", std::process::id()));
        let run = RunInfo {
            run_id: 1,
            rule_pack: "pa-act56".into(),
            law: "law".into(),
            as_of: "2026-11-22".into(),
        };
        let folder = out.join("run-1");
        let first = NoticeWriter::create_at(folder.clone(), run.clone()).unwrap();
        std::fs::write(first.folder.join("PA0000000.csv"), "x").unwrap();
        let err = NoticeWriter::create_at(folder, run).err().expect("refused");
        assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
        std::fs::remove_dir_all(out).unwrap();
    }

    #[test]
    fn folders_of_runs_with_one_number_differ_by_start_time() {
        let started = time::macros::datetime!(2026-11-23 10:15:02 UTC);
        assert_eq!(folder_name(7, started), "run-7-20261123T101502Z");
        assert_ne!(
            folder_name(7, started),
            folder_name(7, started + time::Duration::seconds(1))
        );
    }

    #[test]
    fn ori_file_names_stay_in_the_folder() {
        assert_eq!(safe_file_stem("PA051013J"), "PA051013J");
        assert_eq!(safe_file_stem("../etc/passwd"), "___etc_passwd");
        assert_eq!(safe_file_stem(""), "unknown");
    }
}
