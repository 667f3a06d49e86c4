//! Every address of the portal, named once. The server's routers take the patterns (with
//! `{name}` for each part that varies); pages and handlers build links with the functions of
//! the same name, so a renamed route cannot leave a dead link behind.

/// Fills a pattern's `{…}` parts, in order.
fn fill(pattern: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    for value in values {
        let (Some(open), Some(close)) = (rest.find('{'), rest.find('}')) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

// Public pages and probes.
pub const HOME: &str = "/";
pub const HELP: &str = "/help";
pub const CONTACT: &str = "/contact";
pub const STATISTICS: &str = "/statistics";
pub const LANGUAGE: &str = "/language";
pub const STYLESHEET: &str = "/assets/site.css";
pub const FAVICON: &str = "/assets/favicon.svg";
pub const ROBOTS: &str = "/robots.txt";
pub const HEALTHZ: &str = "/healthz";
pub const READYZ: &str = "/readyz";
pub const METRICS: &str = "/metrics";

/// The help page's explanation of a word on the record (`help-word-<stem>`).
pub fn help_word(stem: &str) -> String {
    format!("{HELP}#word-{stem}")
}

// Signing in and out, creating an account, resetting a password.
pub const SIGN_IN: &str = "/sign-in";
pub const SIGN_IN_TWO_STEP: &str = "/sign-in/two-step";
pub const SIGN_OUT: &str = "/sign-out";
pub const REGISTER: &str = "/register";
pub const REGISTER_CONFIRM: &str = "/register/confirm/{token}";
pub const PASSWORD_RESET: &str = "/password-reset";
pub const PASSWORD_RESET_LINK: &str = "/password-reset/{token}";

pub fn register_confirm(token: &str) -> String {
    fill(REGISTER_CONFIRM, &[token])
}

pub fn password_reset_link(token: &str) -> String {
    fill(PASSWORD_RESET_LINK, &[token])
}

// The account.
pub const ACCOUNT: &str = "/account";
pub const ACCOUNT_PASSWORD: &str = "/account/password";
pub const ACCOUNT_EMAIL: &str = "/account/email";
pub const ACCOUNT_EMAIL_CONFIRM: &str = "/account/email/confirm/{token}";
pub const ACCOUNT_CLOSE: &str = "/account/close";
pub const ACCOUNT_LANGUAGE: &str = "/account/language";

pub fn account_email_confirm(token: &str) -> String {
    fill(ACCOUNT_EMAIL_CONFIRM, &[token])
}
pub const TWO_STEP: &str = "/account/two-step";
pub const TWO_STEP_QR: &str = "/account/two-step/qr.svg";
pub const TWO_STEP_RECOVERY_CODES: &str = "/account/two-step/recovery-codes";
pub const TWO_STEP_OFF: &str = "/account/two-step/off";

// A person's own record.
pub const RECORD: &str = "/record";
pub const RECORD_LINK: &str = "/record/link";
pub const SHARING: &str = "/record/sharing";
pub const SHARING_REVOKE: &str = "/record/sharing/{grant}/revoke";
pub const RECORD_VIEWS: &str = "/record/views";

/// One page of "Who has viewed my record"; `include_own` adds the person's own looks.
pub fn record_views_page(page: u32, include_own: bool) -> String {
    let own = if include_own { "&own=yes" } else { "" };
    format!("{RECORD_VIEWS}?page={page}{own}")
}

pub fn sharing_revoke(grant: i64) -> String {
    fill(SHARING_REVOKE, &[&grant.to_string()])
}

// Legal aid and administration.
pub const CLIENTS: &str = "/clients";
pub const CLIENT: &str = "/clients/{person}";
pub const ADMIN: &str = "/admin";
pub const ADMIN_ACCESS_CODES: &str = "/admin/access-codes";

pub fn client(person_id: i64) -> String {
    fill(CLIENT, &[&person_id.to_string()])
}

// Disputes, from the person's side.
pub const DISPUTES: &str = "/disputes";
pub const DISPUTE_NEW: &str = "/disputes/new";
pub const DRAFT_KIND: &str = "/disputes/drafts/{draft}/kind";
pub const DRAFT_DETAILS: &str = "/disputes/drafts/{draft}/details";
pub const DRAFT_DOCUMENTS: &str = "/disputes/drafts/{draft}/documents";
pub const DRAFT_DOCUMENT: &str = "/disputes/drafts/{draft}/documents/{document}";
pub const DRAFT_DOCUMENT_REMOVE: &str = "/disputes/drafts/{draft}/documents/{document}/remove";
pub const DRAFT_CHECK: &str = "/disputes/drafts/{draft}/check";
pub const DRAFT_SUBMIT: &str = "/disputes/drafts/{draft}/submit";
pub const DISPUTE: &str = "/disputes/{reference}";
pub const DISPUTE_SUBMITTED: &str = "/disputes/{reference}/submitted";
pub const DISPUTE_REPLY: &str = "/disputes/{reference}/reply";
pub const DISPUTE_DOCUMENT: &str = "/disputes/{reference}/documents/{document}";

/// Step 1 of a report about one entry.
pub fn dispute_new_about_entry(charge_id: i64) -> String {
    format!("{DISPUTE_NEW}?charge={charge_id}")
}

/// Step 1 of a report about a whole record (a legal aid worker's client's).
pub fn dispute_new_about_person(person_id: i64) -> String {
    format!("{DISPUTE_NEW}?person={person_id}")
}

pub fn draft_kind(draft: &str) -> String {
    fill(DRAFT_KIND, &[draft])
}
pub fn draft_details(draft: &str) -> String {
    fill(DRAFT_DETAILS, &[draft])
}
pub fn draft_documents(draft: &str) -> String {
    fill(DRAFT_DOCUMENTS, &[draft])
}
pub fn draft_document(draft: &str, document: i64) -> String {
    fill(DRAFT_DOCUMENT, &[draft, &document.to_string()])
}
pub fn draft_document_remove(draft: &str, document: i64) -> String {
    fill(DRAFT_DOCUMENT_REMOVE, &[draft, &document.to_string()])
}
pub fn draft_check(draft: &str) -> String {
    fill(DRAFT_CHECK, &[draft])
}
pub fn draft_submit(draft: &str) -> String {
    fill(DRAFT_SUBMIT, &[draft])
}
pub fn dispute(reference: &str) -> String {
    fill(DISPUTE, &[reference])
}
pub fn dispute_submitted(reference: &str) -> String {
    fill(DISPUTE_SUBMITTED, &[reference])
}
pub fn dispute_reply(reference: &str) -> String {
    fill(DISPUTE_REPLY, &[reference])
}
pub fn dispute_document(reference: &str, document: i64) -> String {
    fill(DISPUTE_DOCUMENT, &[reference, &document.to_string()])
}

// Disputes, from the agency's side.
pub const REVIEW: &str = "/review";
pub const REVIEW_CASE: &str = "/review/{reference}";
pub const REVIEW_RECORD: &str = "/review/{reference}/record";
pub const REVIEW_START: &str = "/review/{reference}/start";
pub const REVIEW_REQUEST_INFO: &str = "/review/{reference}/request-info";
pub const REVIEW_DECLINE: &str = "/review/{reference}/decline";
pub const REVIEW_CORRECT: &str = "/review/{reference}/correct";
/// Sealed entries a clearance run no longer clears, for a reviewer to unseal or keep.
pub const REVIEW_SEALED: &str = "/review/sealed";
pub const REVIEW_SEALED_DECIDE: &str = "/review/sealed/{flag}";

pub fn review_sealed_decide(flag: i64) -> String {
    fill(REVIEW_SEALED_DECIDE, &[&flag.to_string()])
}

pub fn review_case(reference: &str) -> String {
    fill(REVIEW_CASE, &[reference])
}
pub fn review_record(reference: &str) -> String {
    fill(REVIEW_RECORD, &[reference])
}
pub fn review_start(reference: &str) -> String {
    fill(REVIEW_START, &[reference])
}
pub fn review_request_info(reference: &str) -> String {
    fill(REVIEW_REQUEST_INFO, &[reference])
}
pub fn review_decline(reference: &str) -> String {
    fill(REVIEW_DECLINE, &[reference])
}
pub fn review_correct(reference: &str) -> String {
    fill(REVIEW_CORRECT, &[reference])
}

/// `path` with `?notice=<name>`: a page that shows a notice by a fixed name.
pub fn with_notice(path: &str, notice: &str) -> String {
    format!("{path}?notice={notice}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_fill_in_order() {
        assert_eq!(dispute("MR-ABCD-EFGH"), "/disputes/MR-ABCD-EFGH");
        assert_eq!(draft_document("d1", 7), "/disputes/drafts/d1/documents/7");
        assert_eq!(
            draft_document_remove("d1", 7),
            "/disputes/drafts/d1/documents/7/remove"
        );
        assert_eq!(sharing_revoke(3), "/record/sharing/3/revoke");
        assert_eq!(dispute_new_about_entry(9), "/disputes/new?charge=9");
        assert_eq!(with_notice(RECORD, "linked"), "/record?notice=linked");
    }
}
