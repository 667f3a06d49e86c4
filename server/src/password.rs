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

/// Why a new password is not accepted (NIST 800-63B: length, not composition rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    Missing,
    TooShort,
    TooLong,
}

pub fn check_new(password: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length == 0 {
        Err(PasswordProblem::Missing)
    } else if length < MIN_LENGTH {
        Err(PasswordProblem::TooShort)
    } else if length > MAX_LENGTH {
        Err(PasswordProblem::TooLong)
    } else {
        Ok(())
    }
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
        assert_eq!(check_new(""), Err(PasswordProblem::Missing));
        assert_eq!(check_new("short pass"), Err(PasswordProblem::TooShort));
        // Counted in characters, not bytes: 12 accented letters are long enough.
        assert_eq!(check_new("ñññññññññññ"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new("ññññññññññññ"), Ok(()));
        assert_eq!(check_new(&"x".repeat(129)), Err(PasswordProblem::TooLong));
    }
}
