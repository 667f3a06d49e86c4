//! What a dispute is, independent of storage and pages: its kinds and statuses, which status
//! may follow which, its reference number, and the checks on what people send with it.

use rand::Rng;

/// What the person says is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeKind {
    /// This entry is not mine.
    NotMe,
    /// The outcome is wrong or missing.
    OutcomeWrong,
    /// A date is wrong.
    DateWrong,
    /// This should have been cleared.
    ShouldBeCleared,
    /// It appears twice.
    Duplicate,
    Other,
}

impl DisputeKind {
    pub const ALL: [DisputeKind; 6] = [
        DisputeKind::NotMe,
        DisputeKind::OutcomeWrong,
        DisputeKind::DateWrong,
        DisputeKind::ShouldBeCleared,
        DisputeKind::Duplicate,
        DisputeKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DisputeKind::NotMe => "not_me",
            DisputeKind::OutcomeWrong => "outcome_wrong",
            DisputeKind::DateWrong => "date_wrong",
            DisputeKind::ShouldBeCleared => "should_be_cleared",
            DisputeKind::Duplicate => "duplicate",
            DisputeKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<DisputeKind> {
        DisputeKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Kinds that make sense for the whole record rather than one entry.
    pub fn for_whole_record(self) -> bool {
        matches!(self, DisputeKind::ShouldBeCleared | DisputeKind::Other)
    }
}

/// Where a dispute stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeStatus {
    Submitted,
    InReview,
    /// The reviewer asked the person for more; the person can answer.
    InfoRequested,
    /// The record was corrected. Final.
    Corrected,
    /// The reviewer found the record right and said why. Final.
    NotChanged,
}

impl DisputeStatus {
    pub const ALL: [DisputeStatus; 5] = [
        DisputeStatus::Submitted,
        DisputeStatus::InReview,
        DisputeStatus::InfoRequested,
        DisputeStatus::Corrected,
        DisputeStatus::NotChanged,
    ];
    /// Statuses still in the reviewers' queue.
    pub const OPEN: [DisputeStatus; 3] = [
        DisputeStatus::Submitted,
        DisputeStatus::InReview,
        DisputeStatus::InfoRequested,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DisputeStatus::Submitted => "submitted",
            DisputeStatus::InReview => "in_review",
            DisputeStatus::InfoRequested => "info_requested",
            DisputeStatus::Corrected => "corrected",
            DisputeStatus::NotChanged => "not_changed",
        }
    }

    pub fn parse(text: &str) -> Option<DisputeStatus> {
        DisputeStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn is_open(self) -> bool {
        DisputeStatus::OPEN.contains(&self)
    }

    /// The statuses a dispute may be in for it to move to `self`.
    pub fn reachable_from(self) -> &'static [DisputeStatus] {
        use DisputeStatus::*;
        match self {
            Submitted => &[],
            InReview => &[Submitted, InfoRequested],
            InfoRequested => &[Submitted, InReview],
            Corrected | NotChanged => &[Submitted, InReview, InfoRequested],
        }
    }
}

/// What happened at one step of a dispute's timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Submitted,
    ReviewStarted,
    InfoRequested,
    InfoGiven,
    Corrected,
    NotChanged,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Submitted,
        EventKind::ReviewStarted,
        EventKind::InfoRequested,
        EventKind::InfoGiven,
        EventKind::Corrected,
        EventKind::NotChanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Submitted => "submitted",
            EventKind::ReviewStarted => "review_started",
            EventKind::InfoRequested => "info_requested",
            EventKind::InfoGiven => "info_given",
            EventKind::Corrected => "corrected",
            EventKind::NotChanged => "not_changed",
        }
    }

    pub fn parse(text: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The status a dispute is in after this event.
    pub fn status_after(self) -> DisputeStatus {
        match self {
            EventKind::Submitted => DisputeStatus::Submitted,
            EventKind::ReviewStarted | EventKind::InfoGiven => DisputeStatus::InReview,
            EventKind::InfoRequested => DisputeStatus::InfoRequested,
            EventKind::Corrected => DisputeStatus::Corrected,
            EventKind::NotChanged => DisputeStatus::NotChanged,
        }
    }
}

/// Symbols of a reference number: no look-alikes (see `secrets`).
const REFERENCE_SYMBOLS: &[u8] = b"ACDEFGHJKMNPQRTWXY346789";

/// A new reference number, `MR-` and two groups of four (24^8, about 2^37, of them): short
/// enough to read out on the phone, too many to guess, and useless without signing in.
pub fn new_reference() -> String {
    let mut rng = rand::rng();
    let mut symbol = || REFERENCE_SYMBOLS[rng.random_range(0..REFERENCE_SYMBOLS.len())] as char;
    let first: String = (0..4).map(|_| symbol()).collect();
    let second: String = (0..4).map(|_| symbol()).collect();
    format!("MR-{first}-{second}")
}

/// Whether `text` has the shape of a reference number (checked before any lookup).
pub fn looks_like_reference(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 12
        && text.starts_with("MR-")
        && bytes[7] == b'-'
        && bytes[3..7]
            .iter()
            .chain(&bytes[8..])
            .all(|b| REFERENCE_SYMBOLS.contains(b))
}

/// The longest statement and suggested correction accepted (in characters).
pub const MAX_STATEMENT_CHARS: usize = 5_000;
pub const MAX_CORRECT_VALUE_CHARS: usize = 500;
/// The largest document accepted, and how many a dispute (or a reply) may carry.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_DOCUMENTS: usize = 10;
/// Days a draft nobody sent is kept after it was last changed.
pub const KEEP_UNSENT_DRAFT_DAYS: i64 = 30;

/// Drafts last changed before this instant are abandoned: housekeeping deletes them.
pub fn abandoned_before(now: time::OffsetDateTime) -> time::OffsetDateTime {
    now - time::Duration::days(KEEP_UNSENT_DRAFT_DAYS)
}

/// The kind of a document, read from its first bytes (never from its name): PDF, JPEG or PNG.
/// `None` for anything else.
pub fn sniff_document_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// Bidirectional overrides, embeddings and isolates: invisible, yet they reorder the text
/// around them (`report<RLO>lmth.pdf` shows as `reportfdp.html`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters a file name never needs and that can disguise one: bidirectional controls and
/// marks, zero-width characters and the byte-order mark.
fn is_invisible_in_names(c: char) -> bool {
    is_bidi_control(c)
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2065}' | '\u{061C}' | '\u{FEFF}')
}

/// A file name as sent by a browser, made safe to show and to offer back as a download name,
/// and named for what the file really is: no folders, no control, invisible or quoting
/// characters, at most 100 characters, never empty, and the extension of `content_type` (the
/// type found in the content) in place of whatever extension it came with.
pub fn document_name(sent: &str, content_type: &str) -> String {
    let base = sent.rsplit(['/', '\\']).next().unwrap_or(sent);
    let cleaned: String = base
        .chars()
        .filter(|c| {
            !c.is_control()
                && !is_invisible_in_names(*c)
                && !matches!(c, '"' | '<' | '>' | ';' | '%')
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim(),
        _ => cleaned,
    };
    let stem = if stem.is_empty() { "document" } else { stem };
    format!("{stem}.{}", extension_of(content_type))
}

/// The extension a document of `content_type` is saved with, so the download name always
/// matches what the file really is.
pub fn extension_of(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "bin",
    }
}

/// Text a person typed (a statement, a reply, a reviewer's message) as it is kept: line breaks
/// as `\n`, and no other control characters (NUL, ESC, …) or bidirectional controls, which
/// would hide or reorder what a reader sees.
pub fn clean_text(typed: &str) -> String {
    typed
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| (*c == '\n' || *c == '\t' || !c.is_control()) && !is_bidi_control(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_statuses_round_trip() {
        for kind in DisputeKind::ALL {
            assert_eq!(DisputeKind::parse(kind.as_str()), Some(kind));
        }
        for status in DisputeStatus::ALL {
            assert_eq!(DisputeStatus::parse(status.as_str()), Some(status));
        }
        for event in EventKind::ALL {
            assert_eq!(EventKind::parse(event.as_str()), Some(event));
        }
        assert_eq!(DisputeKind::parse("not me"), None);
    }

    #[test]
    fn decided_disputes_stay_decided() {
        use DisputeStatus::*;
        for target in DisputeStatus::ALL {
            for from in [Corrected, NotChanged] {
                assert!(
                    !target.reachable_from().contains(&from),
                    "{from:?} -> {target:?}"
                );
            }
        }
        assert!(InReview.reachable_from().contains(&InfoRequested));
        assert!(Corrected.reachable_from().contains(&Submitted));
    }

    #[test]
    fn references_are_readable_and_checked() {
        for _ in 0..50 {
            let reference = new_reference();
            assert!(looks_like_reference(&reference), "{reference}");
        }
        assert_ne!(new_reference(), new_reference());
        for bad in [
            "",
            "MR-ACDE-FGH",
            "MR-ACDE-FGHI",
            "XX-ACDE-FGHJ",
            "MR-ACDEFFGHJ",
            "MR-acde-fghj",
        ] {
            assert!(!looks_like_reference(bad), "{bad}");
        }
    }

    #[test]
    fn documents_are_known_by_their_content_not_their_name() {
        assert_eq!(
            sniff_document_type(b"%PDF-1.7\n..."),
            Some("application/pdf")
        );
        assert_eq!(
            sniff_document_type(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some("image/jpeg")
        );
        assert_eq!(
            sniff_document_type(b"\x89PNG\r\n\x1a\n\0\0"),
            Some("image/png")
        );
        assert_eq!(sniff_document_type(b"<html>not a pdf</html>"), None);
        assert_eq!(sniff_document_type(b"MZ\x90\0"), None);
        assert_eq!(sniff_document_type(b""), None);
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(
            document_name("C:\\Users\\ana\\court order.pdf", "application/pdf"),
            "court order.pdf"
        );
        let png = "image/png";
        assert_eq!(document_name("../../etc/passwd", png), "passwd.png");
        assert_eq!(document_name("a\"b<c>\n.png", png), "abc.png");
        assert_eq!(document_name("...", png), "document.png");
        assert_eq!(document_name(&"x".repeat(300), png).len(), 104);
        // Named for what the content is, not for what the name says.
        assert_eq!(document_name("x.html", "application/pdf"), "x.pdf");
        assert_eq!(document_name("scan.JPEG", "image/jpeg"), "scan.jpg");
        assert_eq!(document_name("letter", "application/pdf"), "letter.pdf");
        // A right-to-left override cannot disguise the name, nor a zero-width space.
        assert_eq!(
            document_name("report\u{202E}lmth.pdf", "application/pdf"),
            "reportlmth.pdf"
        );
        assert_eq!(document_name("a\u{200B}b.pdf", "application/pdf"), "ab.pdf");
    }

    #[test]
    fn typed_text_keeps_its_lines_and_loses_hidden_controls() {
        assert_eq!(clean_text("one\r\ntwo\rthree"), "one\ntwo\nthree");
        assert_eq!(clean_text("a\0b\x1b[31mc"), "ab[31mc");
        assert_eq!(clean_text("paid \u{202E}0001$"), "paid 0001$");
        assert_eq!(clean_text("tab\there"), "tab\there");
        // Joiners are part of some scripts' spelling: kept.
        assert_eq!(clean_text("می\u{200C}خواهم"), "می\u{200C}خواهم");
    }
}
