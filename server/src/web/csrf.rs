//! Anti-forgery tokens: one random token per session, required on every form post.

use rand::RngCore;
use tower_sessions::Session;

const KEY: &str = "csrf_token";

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The session's token, created on first use.
pub async fn token(session: &Session) -> Result<String, tower_sessions::session::Error> {
    if let Some(token) = session.get::<String>(KEY).await? {
        return Ok(token);
    }
    let token = new_token();
    session.insert(KEY, &token).await?;
    Ok(token)
}

/// Replaces the token, e.g. at sign-in, so a token seen before signing in is worthless after.
pub async fn rotate(session: &Session) -> Result<String, tower_sessions::session::Error> {
    let token = new_token();
    session.insert(KEY, &token).await?;
    Ok(token)
}

/// Whether `submitted` is this session's token. Compared in constant time.
pub async fn verify(
    session: &Session,
    submitted: &str,
) -> Result<bool, tower_sessions::session::Error> {
    let Some(expected) = session.get::<String>(KEY).await? else {
        return Ok(false);
    };
    Ok(constant_time_eq(expected.as_bytes(), submitted.as_bytes()))
}

/// Whether two byte strings are equal, in time that does not depend on where they differ.
pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_different() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
    }

    #[test]
    fn compares_exactly() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
        assert!(!constant_time_eq(b"", b"a"));
    }
}
