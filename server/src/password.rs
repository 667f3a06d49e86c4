//! Password hashing (argon2id with OWASP's parameters) and the rules a new password must meet.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

/// argon2id, 19 MiB, 2 iterations, 1 lane: OWASP's recommended minimum.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("OWASP parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes on a blocking thread: a hash takes tens of milliseconds and must not stall the
/// async workers serving other people.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        hasher()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))
    })
    .await?
}

/// Checks a password against a stored hash. With no hash (unknown email) it checks against a
/// dummy hash instead, so a wrong email and a wrong password take the same time.
pub async fn verify(password: String, stored_hash: Option<String>) -> anyhow::Result<bool> {
    let known = stored_hash.is_some();
    let hash = match stored_hash {
        Some(hash) => hash,
        None => dummy_hash().to_owned(),
    };
    let matches = tokio::task::spawn_blocking(move || {
        hasher()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok()
    })
    .await?;
    Ok(known && matches)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hasher()
            .hash_password(b"no account has this password")
            .expect("hashing a constant works")
            .to_string()
    })
}

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

/// Why a new password is not accepted. NIST SP 800-63B: a minimum length (a passphrase of a
/// few words is the easy way to reach it), no composition rules, and no password that is known
/// to be common or that is built from the account's own details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    Missing,
    TooShort,
    TooLong,
    /// On the bundled list of passwords seen most often in breaches.
    Common,
    /// The email address, its name part or the service's name, perhaps with a few digits.
    FromContext,
}

/// Checks a new password. `context` holds words tied to this account (its email address).
pub fn check_new(password: &str, context: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length == 0 {
        return Err(PasswordProblem::Missing);
    }
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let folded = fold(password);
    if common_passwords().contains(password.to_lowercase().as_str())
        || common_passwords().contains(folded.as_str())
    {
        return Err(PasswordProblem::Common);
    }
    let core = folded.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    let mut words = vec!["myrecord".to_owned(), "myrecordpassword".to_owned()];
    for item in context {
        let item = fold(item);
        if let Some((name, _)) = item.split_once('@') {
            words.push(name.to_owned());
        }
        words.push(item);
    }
    if words
        .iter()
        .any(|w| !w.is_empty() && (core == w || folded == *w))
    {
        return Err(PasswordProblem::FromContext);
    }
    Ok(())
}

/// Lowercase with spaces removed, so "Correct Horse" and "correcthorse" compare equal.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The bundled list (see the header of `server/data/common-passwords.txt` for its source).
fn common_passwords() -> &'static std::collections::HashSet<&'static str> {
    static LIST: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_argon2id() {
        let hash = hash("correct horse battery".into()).await.unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            verify("correct horse battery".into(), Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(
            !verify("wrong horse battery".into(), Some(hash))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn unknown_accounts_never_verify() {
        assert!(
            !verify("no account has this password".into(), None)
                .await
                .unwrap()
        );
    }

    #[test]
    fn length_rules() {
        assert_eq!(check_new("", &[]), Err(PasswordProblem::Missing));
        assert_eq!(check_new("short pass", &[]), Err(PasswordProblem::TooShort));
        // Counted in characters, not bytes: 12 accented letters are long enough.
        assert_eq!(
            check_new("ñññññññññññ", &[]),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(check_new("ñandú ñandú ñ", &[]), Ok(()));
        assert_eq!(
            check_new(&"x".repeat(129), &[]),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn common_passwords_are_refused() {
        assert!(common_passwords().len() > 40_000);
        for common in [
            "qwerty123456",
            "QWERTY123456",
            "1q2w3e4r5t6y",
            "password1234",
        ] {
            assert_eq!(
                check_new(common, &[]),
                Err(PasswordProblem::Common),
                "{common}"
            );
        }
        assert_eq!(
            check_new("qwerty 123456", &[]),
            Err(PasswordProblem::Common),
            "spaces do not hide a common password"
        );
        assert_eq!(check_new("correct horse battery staple", &[]), Ok(()));
    }

    #[test]
    fn the_account_s_own_details_are_refused() {
        let context = ["Ana.Quintero@example.org"];
        for weak in [
            "ana.quintero@example.org",
            "ana.quintero",
            "ana.quintero2024",
            "MyRecord2026!",
            "my record password",
        ] {
            assert_eq!(
                check_new(weak, &context),
                Err(PasswordProblem::FromContext),
                "{weak}"
            );
        }
        assert_eq!(check_new("ana quintero walks home", &context), Ok(()));
    }
}
