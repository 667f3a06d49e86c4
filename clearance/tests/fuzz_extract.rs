//! Fuzzing the extract reader and the check behind `clearance check`: whatever a file holds —
//! random bytes, or a real extract with its bytes and values mangled — reading it and deciding
//! its charges never panics; a bad line is an error with its line number, nothing else.
//!
//! `cargo test` runs a few hundred cases; CI runs many more in release mode for a few minutes
//! (`scripts/fuzz`, which sets `PROPTEST_CASES`).

use myrecord_clearance::check::check;
use myrecord_clearance::extract::read_numbered;
use myrecord_clearance::pack::RulePack;
use proptest::prelude::*;
use std::sync::OnceLock;

const SAMPLE: &str = include_str!("../../server/tests/fixtures/extract-sample.jsonl");

fn packs() -> &'static Vec<RulePack> {
    static PACKS: OnceLock<Vec<RulePack>> = OnceLock::new();
    PACKS.get_or_init(|| {
        RulePack::builtin_ids()
            .map(|id| RulePack::builtin(id).expect("a built-in pack loads"))
            .collect()
    })
}

/// Reads `input` as the import does and decides it as `clearance check` does, with every
/// built-in pack: both must end in a value or an error, never a panic. Every error names a
/// line of the input.
fn read_and_check(input: &[u8]) {
    let lines = input.split(|b| *b == b'\n').count();
    for result in read_numbered(input) {
        if let Err(error) = result {
            assert!(error.line >= 1 && error.line <= lines, "{error:?}");
        }
    }
    let as_of = time::macros::date!(2026 - 11 - 22);
    for pack in packs() {
        let mut out = Vec::new();
        let _ = check(pack, as_of, input, &mut out);
        assert!(std::str::from_utf8(&out).is_ok(), "the output is text");
    }
}

/// Values that test the edges of each field's type: wrong types, empty, huge, negative,
/// impossible dates, strings that are not what they claim.
fn odd_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("null".to_owned()),
        Just("\"\"".to_owned()),
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        Just("true".to_owned()),
        Just("-1".to_owned()),
        Just("0".to_owned()),
        Just("9223372036854775807".to_owned()),
        Just("-9223372036854775808".to_owned()),
        Just("1e308".to_owned()),
        Just("\"2019-02-29\"".to_owned()),
        Just("\"2020-02-29\"".to_owned()),
        Just("\"0000-01-01\"".to_owned()),
        Just("\"9999-12-31\"".to_owned()),
        Just("\"-2020-01-01\"".to_owned()),
        Just("\"2020-13-40\"".to_owned()),
        Just("\"F1\"".to_owned()),
        Just("\"pending\"".to_owned()),
        Just("\"\\u0000\"".to_owned()),
        Just("\"\\ud800\"".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[a-zA-Z0-9 .()-]{0,12}".prop_map(|s| format!("\"{s}\"")),
    ]
}

/// Edits applied to a real extract line.
#[derive(Debug, Clone)]
enum Edit {
    /// Replace the value after the n-th `":` with an odd one.
    Value(usize, String),
    /// Delete a byte range.
    Cut(usize, usize),
    /// Insert bytes.
    Insert(usize, Vec<u8>),
    /// Cut the line short.
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), odd_value()).prop_map(|(n, v)| Edit::Value(n, v)),
        1 => (any::<usize>(), 0usize..8).prop_map(|(at, len)| Edit::Cut(at, len)),
        1 => (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..6))
            .prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        1 => any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(line: &str, edits: &[Edit]) -> Vec<u8> {
    let mut bytes = line.as_bytes().to_vec();
    for edit in edits {
        match edit {
            Edit::Value(n, value) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let keys: Vec<usize> = text.match_indices("\":").map(|(i, _)| i + 2).collect();
                if keys.is_empty() {
                    continue;
                }
                let start = keys[n % keys.len()];
                // The old value ends at the next `,` or `}` or `]` outside a string (roughly:
                // good enough to make a plausible mangled line).
                let rest = &text[start..];
                let end = if let Some(quoted) = rest.strip_prefix('"') {
                    quoted.find('"').map_or(rest.len(), |i| i + 2)
                } else {
                    rest.find([',', '}', ']']).unwrap_or(rest.len())
                };
                bytes = format!("{}{}{}", &text[..start], value, &rest[end..]).into_bytes();
            }
            Edit::Cut(at, len) => {
                let at = at % (bytes.len() + 1);
                let end = (at + len).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Insert(at, inserted) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, inserted.iter().copied());
            }
            Edit::Truncate(at) => bytes.truncate(at % (bytes.len() + 1)),
        }
    }
    bytes
}

proptest! {
    #[test]
    fn random_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..600)) {
        read_and_check(&input);
    }

    #[test]
    fn mangled_extracts_never_panic(
        edits in proptest::collection::vec(
            (0usize..3, proptest::collection::vec(edit(), 1..5)),
            1..4,
        )
    ) {
        let lines: Vec<&str> = SAMPLE.lines().collect();
        let mut input = Vec::new();
        for (which, line_edits) in &edits {
            input.extend(apply(lines[*which], line_edits));
            input.push(b'\n');
        }
        // The untouched lines too, so a mangled person sits among good ones.
        for line in &lines {
            input.extend_from_slice(line.as_bytes());
            input.push(b'\n');
        }
        read_and_check(&input);
    }
}
