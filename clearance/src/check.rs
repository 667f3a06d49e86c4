//! `clearance check`: streams an extract through a rule pack, one JSON line per charge.
//!
//! The output shape is a stable contract (outside checks compare it byte for byte):
//! `{"sid":…,"tracking_number":…,"seq":…,"status":…,"rule":…,"date":…,"reasons":[…]}`.
//! People are parsed and decided on worker threads in batches; batches are written in input
//! order, so the output never depends on the number of threads.

use crate::engine::{Outcome, Scratch, Status, evaluate_each};
use crate::extract::{ExtractError, parse_line, require_jurisdiction};
use crate::pack::RulePack;
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError, mpsc};
use time::Date;

/// Counts for one run of [`check`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckSummary {
    pub people: u64,
    pub charges: u64,
    pub cleared: u64,
    pub waiting: u64,
    pub not_eligible: u64,
}

impl CheckSummary {
    fn count(&mut self, status: Status) {
        self.charges += 1;
        match status {
            Status::Cleared => self.cleared += 1,
            Status::Waiting => self.waiting += 1,
            Status::NotEligible => self.not_eligible += 1,
        }
    }

    fn add(&mut self, other: &CheckSummary) {
        self.people += other.people;
        self.charges += other.charges;
        self.cleared += other.cleared;
        self.waiting += other.waiting;
        self.not_eligible += other.not_eligible;
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A line of the extract is bad (or unreadable); the error names the line and field.
    #[error(transparent)]
    Extract(#[from] ExtractError),
    #[error("could not write the results: {0}")]
    Write(#[from] io::Error),
}

/// People per batch handed to a worker: large enough that channel traffic is negligible,
/// small enough that a batch's output stays in cache-friendly sizes.
const BATCH_LINES: usize = 256;

/// Decides every charge of every person in `input` and writes one JSON line per charge to
/// `output`, in input order. Stops at the first bad line (lines before it are written).
pub fn check<R: BufRead, W: Write>(
    pack: &RulePack,
    as_of: Date,
    input: R,
    output: W,
) -> Result<CheckSummary, CheckError> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    check_with_workers(pack, as_of, input, output, workers)
}

/// [`check`] with an explicit number of worker threads (1 = all on the calling thread).
pub fn check_with_workers<R: BufRead, W: Write>(
    pack: &RulePack,
    as_of: Date,
    input: R,
    output: W,
    workers: usize,
) -> Result<CheckSummary, CheckError> {
    let mut output = BufWriter::with_capacity(1 << 16, output);
    let result = if workers <= 1 {
        check_sequential(pack, as_of, input, &mut output)
    } else {
        check_parallel(pack, as_of, input, &mut output, workers)
    };
    // Flush what was decided even when a later line is bad: the output is a stream.
    let flushed = output.flush();
    let summary = result?;
    flushed?;
    Ok(summary)
}

fn check_sequential<R: BufRead, W: Write>(
    pack: &RulePack,
    as_of: Date,
    input: R,
    output: &mut W,
) -> Result<CheckSummary, CheckError> {
    let mut summary = CheckSummary::default();
    let mut scratch = Scratch::default();
    for line in numbered_lines(input) {
        let (line_no, bytes) = line?;
        process_line(
            pack,
            as_of,
            line_no,
            &bytes,
            &mut scratch,
            output,
            &mut summary,
        )??;
    }
    Ok(summary)
}

/// One worker's result for one batch: the output up to the first bad line, and that line.
struct BatchDone {
    output: Vec<u8>,
    summary: CheckSummary,
    error: Option<ExtractError>,
}

type Line = Result<(usize, Vec<u8>), ExtractError>;

fn check_parallel<R: BufRead, W: Write>(
    pack: &RulePack,
    as_of: Date,
    input: R,
    output: &mut W,
    workers: usize,
) -> Result<CheckSummary, CheckError> {
    let max_in_flight = workers * 16;
    let (job_tx, job_rx) = mpsc::sync_channel::<(u64, Vec<Line>)>(max_in_flight);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, BatchDone)>();
    // Set when the run stops early, so workers skip what is still queued.
    let stop = AtomicBool::new(false);

    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (job_rx, stop) = (&job_rx, &stop);
            scope.spawn(move || {
                let mut scratch = Scratch::default();
                loop {
                    let job = job_rx.lock().unwrap_or_else(PoisonError::into_inner).recv();
                    let Ok((index, lines)) = job else { break };
                    if stop.load(Ordering::Relaxed) {
                        continue;
                    }
                    let done = process_batch(pack, as_of, lines, &mut scratch);
                    if done_tx.send((index, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);

        let mut writer = OrderedWriter {
            output,
            next: 0,
            waiting: BTreeMap::new(),
            summary: CheckSummary::default(),
        };
        let result = (|| {
            let mut sent = 0u64;
            let mut lines = numbered_lines(input).peekable();
            while lines.peek().is_some() {
                let batch: Vec<Line> = lines.by_ref().take(BATCH_LINES).collect();
                while sent - writer.next >= max_in_flight as u64 {
                    writer.receive(&done_rx)?;
                }
                if job_tx.send((sent, batch)).is_err() {
                    break;
                }
                sent += 1;
            }
            while writer.next < sent {
                writer.receive(&done_rx)?;
            }
            Ok(writer.summary)
        })();
        stop.store(true, Ordering::Relaxed);
        drop(job_tx);
        result
    })
}

/// Puts worker results back in input order as they arrive.
struct OrderedWriter<'w, W: Write> {
    output: &'w mut W,
    next: u64,
    waiting: BTreeMap<u64, BatchDone>,
    summary: CheckSummary,
}

impl<W: Write> OrderedWriter<'_, W> {
    /// Waits for one batch and writes every batch that is now next in line.
    fn receive(&mut self, done: &mpsc::Receiver<(u64, BatchDone)>) -> Result<(), CheckError> {
        // Workers only hang up after a panic, which the thread scope re-raises anyway.
        let (index, batch) = done
            .recv()
            .map_err(|_| io::Error::other("a clearance worker stopped unexpectedly"))?;
        self.waiting.insert(index, batch);
        while let Some(batch) = self.waiting.remove(&self.next) {
            self.next += 1;
            self.output.write_all(&batch.output)?;
            self.summary.add(&batch.summary);
            if let Some(error) = batch.error {
                return Err(error.into());
            }
        }
        Ok(())
    }
}

fn process_batch(
    pack: &RulePack,
    as_of: Date,
    lines: Vec<Line>,
    scratch: &mut Scratch,
) -> BatchDone {
    let mut done = BatchDone {
        output: Vec::with_capacity(lines.len() * 512),
        summary: CheckSummary::default(),
        error: None,
    };
    for line in lines {
        let outcome = line.and_then(|(line_no, bytes)| {
            process_line(
                pack,
                as_of,
                line_no,
                &bytes,
                scratch,
                &mut done.output,
                &mut done.summary,
            )
            .expect("writing to memory cannot fail")
        });
        if let Err(error) = outcome {
            done.error = Some(error);
            break;
        }
    }
    done
}

/// The extract's lines as bytes with their 1-based numbers, ending at the first read error.
/// The UTF-8 check and the blank-line test are left to whoever parses the line (a worker), so
/// the reading thread only splits lines; together they behave exactly like
/// [`crate::extract::read_numbered`].
struct RawLines<R> {
    input: R,
    line_no: usize,
    failed: bool,
}

impl<R: BufRead> Iterator for RawLines<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.failed {
            return None;
        }
        let mut bytes = Vec::new();
        self.line_no += 1;
        match self.input.read_until(b'\n', &mut bytes) {
            Ok(0) => None,
            Ok(_) => {
                if bytes.last() == Some(&b'\n') {
                    bytes.pop();
                    if bytes.last() == Some(&b'\r') {
                        bytes.pop();
                    }
                }
                // A byte-order mark at the start of the file is skipped, as by `read_numbered`.
                if self.line_no == 1 && bytes.starts_with(UTF8_BYTE_ORDER_MARK) {
                    bytes.drain(..UTF8_BYTE_ORDER_MARK.len());
                }
                Some(Ok((self.line_no, bytes)))
            }
            Err(err) => {
                self.failed = true;
                Some(Err(unreadable(self.line_no, &err)))
            }
        }
    }
}

/// [`crate::extract::BYTE_ORDER_MARK`] as UTF-8 bytes.
const UTF8_BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

fn numbered_lines<R: BufRead>(input: R) -> RawLines<R> {
    RawLines {
        input,
        line_no: 0,
        failed: false,
    }
}

fn unreadable(line: usize, err: &dyn std::fmt::Display) -> ExtractError {
    ExtractError {
        line,
        field: "-".to_owned(),
        message: format!("could not be read: {err}"),
    }
}

/// Parses and decides one person. The outer error is the output's, the inner the line's.
fn process_line<W: Write>(
    pack: &RulePack,
    as_of: Date,
    line_no: usize,
    bytes: &[u8],
    scratch: &mut Scratch,
    output: &mut W,
    summary: &mut CheckSummary,
) -> io::Result<Result<(), ExtractError>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        // The same words `BufRead::lines` uses, so both readers report a bad line alike.
        return Ok(Err(unreadable(
            line_no,
            &"stream did not contain valid UTF-8",
        )));
    };
    if text.trim().is_empty() {
        return Ok(Ok(()));
    }
    let record = match parse_line(line_no, text) {
        Ok(record) => record,
        Err(error) => return Ok(Err(error)),
    };
    if let Err(error) = require_jurisdiction(line_no, &record, pack.jurisdiction(), pack.id()) {
        return Ok(Err(error));
    }
    summary.people += 1;
    let sid = &record.person.sid;
    let mut written = Ok(());
    evaluate_each(pack, &record, as_of, scratch, |cycle, charge, outcome| {
        summary.count(outcome.status);
        if written.is_ok() {
            written = write_decision(
                output,
                sid,
                &cycle.tracking_number,
                charge.seq,
                &outcome,
                pack.declares_remedies(),
            );
        }
    });
    written.map(Ok)
}

fn write_decision<W: Write>(
    out: &mut W,
    sid: &str,
    tracking_number: &str,
    seq: u32,
    outcome: &Outcome<'_>,
    with_remedy: bool,
) -> io::Result<()> {
    out.write_all(b"{\"sid\":")?;
    serde_json::to_writer(&mut *out, sid)?;
    out.write_all(b",\"tracking_number\":")?;
    serde_json::to_writer(&mut *out, tracking_number)?;
    write!(
        out,
        ",\"seq\":{seq},\"status\":\"{}\",\"rule\":",
        outcome.status.as_str()
    )?;
    match outcome.rule {
        Some(rule) => serde_json::to_writer(&mut *out, rule)?,
        None => out.write_all(b"null")?,
    }
    out.write_all(b",\"date\":")?;
    match outcome.date {
        Some(date) => write!(
            out,
            "\"{:04}-{:02}-{:02}\"",
            date.year(),
            u8::from(date.month()),
            date.day()
        )?,
        None => out.write_all(b"null")?,
    }
    out.write_all(b",\"reasons\":[")?;
    for (i, reason) in outcome.reasons.as_slice().iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        write!(out, "\"{}\"", reason.as_str())?;
    }
    out.write_all(b"]")?;
    // Only packs that name remedies add the keys: pa-act56's lines stay as they always were.
    if with_remedy {
        match outcome.remedy {
            Some(remedy) => write!(out, ",\"remedy\":\"{}\"", remedy.as_str())?,
            None => out.write_all(b",\"remedy\":null")?,
        }
        if let Some(grade) = outcome.reduced_to {
            write!(out, ",\"reduced_to\":\"{}\"", grade.as_str())?;
        }
    }
    out.write_all(b"}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const SAMPLE: &str = include_str!("../testdata/extract-sample.jsonl");
    const AS_OF: Date = date!(2026 - 11 - 22);

    /// Worked out by hand from rules/pa-act56.md:
    /// - PA2000001: (a)(31) is an ungraded M with 30 days from the catalog, so a covered
    ///   misdemeanor; no conviction of a year or more, so 2008-08-20 + 10 years. The withdrawn
    ///   charge clears 30 days after 2008-08-20.
    /// - PA2000002: the summary retail theft clears 10 years after 2014-03-15 (rule 3 has no
    ///   history test). The M2 theft owes restitution; the person has no felony, one conviction
    ///   of a year or more (the theft, 730 days) and none over two years, so restitution is the
    ///   only reason. The nolle prossed charge clears 30 days after 2022-01-20.
    /// - PA2000003: pending, so not final.
    const SAMPLE_DECISIONS: &str = concat!(
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":1,"status":"cleared","rule":"pa-act56/misdemeanor","date":"2018-08-20","reasons":[]}"#,
        "\n",
        r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":2,"status":"cleared","rule":"pa-act56/non-conviction","date":"2008-09-19","reasons":[]}"#,
        "\n",
        r#"{"sid":"PA2000002","tracking_number":"OTN-20002","seq":1,"status":"cleared","rule":"pa-act56/summary","date":"2024-03-15","reasons":[]}"#,
        "\n",
        r#"{"sid":"PA2000002","tracking_number":"OTN-20003","seq":1,"status":"not_eligible","rule":"pa-act56/misdemeanor","date":null,"reasons":["restitution_owed"]}"#,
        "\n",
        r#"{"sid":"PA2000002","tracking_number":"OTN-20003","seq":2,"status":"cleared","rule":"pa-act56/non-conviction","date":"2022-02-19","reasons":[]}"#,
        "\n",
        r#"{"sid":"PA2000003","tracking_number":"OTN-20004","seq":1,"status":"not_eligible","rule":null,"date":null,"reasons":["not_final"]}"#,
        "\n",
    );

    fn pa() -> RulePack {
        RulePack::builtin("pa-act56").unwrap()
    }

    fn run(input: &str, workers: usize) -> (Result<CheckSummary, CheckError>, String) {
        let mut out = Vec::new();
        let result = check_with_workers(&pa(), AS_OF, input.as_bytes(), &mut out, workers);
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn sample_extract_gives_exactly_the_expected_lines() {
        for workers in [1, 2, 3] {
            let (result, out) = run(SAMPLE, workers);
            assert_eq!(out, SAMPLE_DECISIONS, "{workers} workers");
            assert_eq!(
                result.unwrap(),
                CheckSummary {
                    people: 3,
                    charges: 6,
                    cleared: 4,
                    waiting: 0,
                    not_eligible: 2,
                }
            );
        }
        let mut out = Vec::new();
        check(&pa(), AS_OF, SAMPLE.as_bytes(), &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), SAMPLE_DECISIONS);
    }

    #[test]
    fn sample_extract_decisions_match_the_engine() {
        use crate::engine::{Reason, evaluate};
        let records: Vec<_> = crate::extract::read_extract(SAMPLE.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        let theft = &evaluate(&pa(), &records[1], AS_OF)[1];
        assert_eq!(theft.tracking_number, "OTN-20003");
        assert_eq!(theft.status, Status::NotEligible);
        assert_eq!(theft.reasons, [Reason::RestitutionOwed]);
        let dui = &evaluate(&pa(), &records[2], AS_OF)[0];
        assert_eq!((dui.rule.as_deref(), dui.date), (None, None));
        assert_eq!(dui.reasons, [Reason::NotFinal]);
    }

    #[test]
    fn waiting_decisions_carry_their_date_and_reason() {
        let mut out = Vec::new();
        check_with_workers(&pa(), date!(2018 - 08 - 19), SAMPLE.as_bytes(), &mut out, 1).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out.lines().next().unwrap(),
            r#"{"sid":"PA2000001","tracking_number":"OTN-20001","seq":1,"status":"waiting","rule":"pa-act56/misdemeanor","date":"2018-08-20","reasons":["waiting_period"]}"#
        );
    }

    #[test]
    fn a_line_of_another_state_is_refused_with_its_number() {
        let lines: Vec<&str> = SAMPLE.lines().collect();
        // Its grades made Michigan's, so only the jurisdiction is wrong.
        let michigan = ["M1", "M2", "M3", "S"]
            .iter()
            .fold(lines[1].to_owned(), |line, grade| {
                line.replace(&format!(r#""grade":"{grade}""#), r#""grade":"M""#)
            })
            .replacen(r#"{"person""#, r#"{"jurisdiction":"MI","person""#, 1);
        let input = format!("{}\n{michigan}\n", lines[0]);
        for workers in [1, 2] {
            let (result, _) = run(&input, workers);
            let Err(CheckError::Extract(err)) = result else {
                panic!("a Michigan line under pa-act56 is refused");
            };
            assert_eq!((err.line, err.field.as_str()), (2, "jurisdiction"));
            assert_eq!(err.message, "line is MI, pack pa-act56 is PA");
        }
        // Saying PA out loud is the same as saying nothing.
        let explicit = lines[0].replacen(r#"{"person""#, r#"{"jurisdiction":"PA","person""#, 1);
        let (said, said_out) = run(&format!("{explicit}\n"), 1);
        let (unsaid, unsaid_out) = run(&format!("{}\n", lines[0]), 1);
        assert!(said.is_ok() && unsaid.is_ok());
        assert_eq!(said_out, unsaid_out);
    }

    #[test]
    fn rejects_a_bad_line_with_its_number_and_field() {
        let lines: Vec<&str> = SAMPLE.lines().collect();
        let bad = lines[1].replace(r#""grade":"M2""#, r#""grade":"M9""#);
        let input = format!("{}\n\n{bad}\n{}\n", lines[0], lines[2]);
        for workers in [1, 2] {
            let (result, out) = run(&input, workers);
            let Err(CheckError::Extract(err)) = result else {
                panic!("expected an extract error, got {result:?}");
            };
            assert_eq!(err.line, 3, "blank lines count");
            assert_eq!(err.field, "cycles[1].charges[0].grade");
            assert!(err.to_string().starts_with("line 3: "), "{err}");
            // The people before the bad line were already streamed out; none after it.
            assert_eq!(out.lines().count(), 2, "{workers} workers");
        }
    }

    #[test]
    fn rejects_a_bad_line_in_a_later_batch_and_stops_there() {
        let line = SAMPLE.lines().next().unwrap();
        let mut input = String::new();
        for i in 0..(BATCH_LINES * 5) {
            if i == BATCH_LINES * 3 + 7 {
                input.push_str("{not json\n");
            } else {
                input.push_str(&line.replace("PA2000001", &format!("PA{i:07}")));
                input.push('\n');
            }
        }
        let (result, out) = run(&input, 2);
        let Err(CheckError::Extract(err)) = result else {
            panic!("expected an extract error, got {result:?}");
        };
        assert_eq!(err.line, BATCH_LINES * 3 + 8);
        assert_eq!(out.lines().count(), (BATCH_LINES * 3 + 7) * 2);
    }

    #[test]
    fn parallel_output_keeps_input_order_across_batches() {
        let mut input = String::new();
        for i in 0..(BATCH_LINES * 7 + 13) {
            let line = SAMPLE.lines().nth(i % 3).unwrap();
            input.push_str(&line.replacen("\"sid\":\"PA200000", &format!("\"sid\":\"X{i}-"), 1));
            input.push('\n');
        }
        let (sequential, expected) = run(&input, 1);
        for workers in [2, 4] {
            let (parallel, out) = run(&input, workers);
            assert!(out == expected, "{workers} workers reorder the output");
            assert_eq!(parallel.unwrap(), *sequential.as_ref().unwrap());
        }
        assert_eq!(sequential.unwrap().people, (BATCH_LINES * 7 + 13) as u64);
    }

    #[test]
    fn crlf_line_endings_and_blank_lines_are_accepted() {
        let input = format!("\r\n{}\r\n   \r\n", SAMPLE.lines().next().unwrap());
        for workers in [1, 2] {
            let (result, out) = run(&input, workers);
            assert_eq!(result.unwrap().people, 1);
            assert_eq!(out.lines().count(), 2);
        }
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_skipped_like_the_import_does() {
        let first = SAMPLE.lines().next().unwrap();
        let (plain, expected) = run(&format!("{first}\n"), 1);
        for workers in [1, 2] {
            let (marked, out) = run(&format!("\u{FEFF}{first}\n"), workers);
            assert_eq!(marked.unwrap().people, plain.as_ref().unwrap().people);
            assert!(
                out == expected,
                "the same decisions, with or without the mark"
            );
        }
    }

    #[test]
    fn rejects_a_line_that_is_not_utf8_like_the_import_does() {
        let mut input = SAMPLE.lines().next().unwrap().as_bytes().to_vec();
        input.extend_from_slice(b"\n{\"person\":\xff}\n");
        let expected = crate::extract::read_extract(&input[..])
            .find_map(Result::err)
            .unwrap();
        for workers in [1, 2] {
            let mut out = Vec::new();
            let result = check_with_workers(&pa(), AS_OF, &input[..], &mut out, workers);
            let Err(CheckError::Extract(err)) = result else {
                panic!("expected an extract error, got {result:?}");
            };
            assert_eq!(err, expected);
            assert_eq!(err.line, 2);
        }
    }

    #[test]
    fn empty_input_writes_nothing() {
        let (result, out) = run("\n\n", 2);
        assert_eq!(result.unwrap(), CheckSummary::default());
        assert!(out.is_empty());
    }

    #[test]
    fn identifiers_are_json_escaped() {
        let line = SAMPLE
            .lines()
            .nth(2)
            .unwrap()
            .replace("OTN-20004", "OTN-\\\"20004\\\\");
        let (_, out) = run(&line, 1);
        assert!(
            out.contains(r#""tracking_number":"OTN-\"20004\\","#),
            "{out}"
        );
        let parsed: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(parsed["tracking_number"], "OTN-\"20004\\");
    }
}
