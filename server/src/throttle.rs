//! Limits on guessing: how many failed sign-ins, two-step codes, record access codes and reset
//! requests an email address, account or network address may make before it has to wait.
//!
//! The answer to a locked-out attempt is the same whether or not the account exists, so the
//! lockout itself reveals nothing.

use crate::store::{Store, StoreError};
use std::net::IpAddr;

/// A limit: at most `max` attempts of one kind per key within `window_seconds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    kind: &'static str,
    pub max: i64,
    pub window_seconds: i64,
}

const FIFTEEN_MINUTES: i64 = 15 * 60;
const ONE_HOUR: i64 = 60 * 60;

/// Wrong passwords for one email address (NIST 800-63B asks for at most 100; we allow 5 per
/// quarter hour, which a person mistyping never reaches and a guesser cannot live with).
pub const SIGN_IN_PER_EMAIL: Limit = Limit {
    kind: "sign-in-email",
    max: 5,
    window_seconds: FIFTEEN_MINUTES,
};
/// Wrong passwords from one network address, across all emails (stops spraying one common
/// password over many accounts; offices behind one address still have room).
pub const SIGN_IN_PER_ADDRESS: Limit = Limit {
    kind: "sign-in-address",
    max: 50,
    window_seconds: FIFTEEN_MINUTES,
};
/// Wrong two-step codes for one account.
pub const TWO_STEP_PER_ACCOUNT: Limit = Limit {
    kind: "two-step-account",
    max: 5,
    window_seconds: FIFTEEN_MINUTES,
};
/// Wrong record access codes or dates of birth for one account.
pub const ACCESS_CODE_PER_ACCOUNT: Limit = Limit {
    kind: "access-code-account",
    max: 5,
    window_seconds: ONE_HOUR,
};
/// Wrong record access codes or dates of birth from one network address.
pub const ACCESS_CODE_PER_ADDRESS: Limit = Limit {
    kind: "access-code-address",
    max: 20,
    window_seconds: ONE_HOUR,
};
/// Password reset requests for one email address (each sends an email).
pub const RESET_PER_EMAIL: Limit = Limit {
    kind: "reset-email",
    max: 3,
    window_seconds: ONE_HOUR,
};
/// Password reset requests from one network address.
pub const RESET_PER_ADDRESS: Limit = Limit {
    kind: "reset-address",
    max: 20,
    window_seconds: ONE_HOUR,
};

/// Requests to change an account's email (each sends two emails).
pub const EMAIL_CHANGE_PER_ACCOUNT: Limit = Limit {
    kind: "email-change-account",
    max: 3,
    window_seconds: ONE_HOUR,
};

/// Sign-ups for one email address (each sends an email).
pub const REGISTER_PER_EMAIL: Limit = Limit {
    kind: "register-email",
    max: 3,
    window_seconds: ONE_HOUR,
};
/// Sign-ups from one network address.
pub const REGISTER_PER_ADDRESS: Limit = Limit {
    kind: "register-address",
    max: 20,
    window_seconds: ONE_HOUR,
};

/// The longest window: attempts older than this are never looked at again.
pub const LONGEST_WINDOW_SECONDS: i64 = ONE_HOUR;

/// What a limit counts: an email (normalized), an account or a network address. Only a hash
/// of it is stored.
pub enum Key<'a> {
    Email(&'a str),
    Account(i64),
    Address(Option<IpAddr>),
}

impl Key<'_> {
    fn text(&self) -> String {
        match self {
            Key::Email(email) => {
                format!("email:{}", crate::domain::normalize_email(email))
            }
            Key::Account(id) => format!("account:{id}"),
            // Requests without a known address (in-process tests, odd proxies) share one key.
            Key::Address(Some(ip)) => format!("address:{ip}"),
            Key::Address(None) => "address:unknown".to_owned(),
        }
    }
}

fn bucket(limit: Limit, key: &Key<'_>) -> String {
    format!("{}:{}", limit.kind, crate::secrets::hash(&key.text()))
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// An attempt counted against its limits before the password or code is checked. Dropping
/// it keeps it counted (the attempt failed); [`Attempt::succeeded`] gives it back.
#[must_use = "an attempt is either kept (failed) or given back with `succeeded`"]
pub struct Attempt {
    rows: Vec<i64>,
}

impl Attempt {
    /// The attempt succeeded: it no longer counts against any limit.
    pub async fn succeeded(self, store: &Store) -> Result<(), StoreError> {
        store.forget_attempt_rows(&self.rows).await
    }

    /// The attempt failed and stays counted.
    pub fn failed(self) {}
}

/// Counts an attempt against every one of `checks` first, in one atomic step, and only then
/// lets the caller check the password or code: `None` when any limit is used up (nothing is
/// counted then, so waiting out the window always works). However many attempts arrive at
/// once, no more than a limit's `max` are ever checked.
pub async fn take(
    store: &Store,
    checks: &[(Limit, Key<'_>)],
) -> Result<Option<Attempt>, StoreError> {
    let now = now();
    let buckets: Vec<(String, i64, i64)> = checks
        .iter()
        .map(|(limit, key)| (bucket(*limit, key), limit.max, now - limit.window_seconds))
        .collect();
    match store.take_attempt(&buckets, now).await? {
        Ok(rows) => Ok(Some(Attempt { rows })),
        Err(full) => {
            crate::telemetry::locked_out(checks[full].0.kind);
            Ok(None)
        }
    }
}

/// Forgets the attempts of `key` under `limit` (after a success).
pub async fn clear(store: &Store, limit: Limit, key: &Key<'_>) -> Result<(), StoreError> {
    store.clear_attempts(&bucket(limit, key)).await
}

/// Drops attempts no window looks at any more (run now and then).
pub async fn forget_old(store: &Store) -> Result<(), StoreError> {
    store
        .forget_attempts_before(now() - LONGEST_WINDOW_SECONDS)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_hold_no_email_or_address_in_clear() {
        let b = bucket(SIGN_IN_PER_EMAIL, &Key::Email("Ana@Example.org"));
        assert!(b.starts_with("sign-in-email:"));
        assert!(!b.to_lowercase().contains("ana"));
        assert_eq!(
            b,
            bucket(SIGN_IN_PER_EMAIL, &Key::Email(" ana@example.org "))
        );
        let ip: IpAddr = "203.0.113.9".parse().unwrap();
        assert!(!bucket(SIGN_IN_PER_ADDRESS, &Key::Address(Some(ip))).contains("203.0"));
    }

    #[test]
    fn every_window_is_covered_by_the_cleanup() {
        for limit in [
            SIGN_IN_PER_EMAIL,
            SIGN_IN_PER_ADDRESS,
            TWO_STEP_PER_ACCOUNT,
            ACCESS_CODE_PER_ACCOUNT,
            ACCESS_CODE_PER_ADDRESS,
            RESET_PER_EMAIL,
            RESET_PER_ADDRESS,
            REGISTER_PER_EMAIL,
            REGISTER_PER_ADDRESS,
        ] {
            assert!(limit.window_seconds <= LONGEST_WINDOW_SECONDS, "{limit:?}");
        }
    }
}
