//! Anti-forgery tokens: one random token per session, required on every form post.
//!
//! Pages carry the token masked afresh each time (a random pad, then the token XOR the pad),
//! so no two responses hold the same secret bytes: compressed pages cannot leak it by their
//! length (the BREACH attack), and a token copied from one page still works on any form.

use rand::RngCore;
use tower_sessions::Session;

const KEY: &str = "csrf_token";

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The session's token, created on first use, masked for one page.
pub async fn token(session: &Session) -> Result<String, tower_sessions::session::Error> {
    if let Some(token) = session.get::<String>(KEY).await? {
        return Ok(masked(&token));
    }
    let token = new_token();
    session.insert(KEY, &token).await?;
    Ok(masked(&token))
}

/// `token` (hex) as a page shows it: a random pad of the same length, then token XOR pad.
fn masked(token: &str) -> String {
    let secret = from_hex(token).unwrap_or_default();
    let mut pad = vec![0u8; secret.len()];
    rand::rng().fill_bytes(&mut pad);
    let mixed: Vec<u8> = secret.iter().zip(&pad).map(|(s, p)| s ^ p).collect();
    format!("{}{}", to_hex(&pad), to_hex(&mixed))
}

/// The token a masked one carries; `None` when it is not a masked token at all.
fn unmasked(submitted: &str) -> Option<String> {
    let bytes = from_hex(submitted)?;
    if bytes.len() % 2 != 0 {
        return None;
    }
    let (pad, mixed) = bytes.split_at(bytes.len() / 2);
    let secret: Vec<u8> = pad.iter().zip(mixed).map(|(p, m)| p ^ m).collect();
    Some(to_hex(&secret))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// Replaces the token, e.g. at sign-in, so a token seen before signing in is worthless after.
pub async fn rotate(session: &Session) -> Result<String, tower_sessions::session::Error> {
    let token = new_token();
    session.insert(KEY, &token).await?;
    Ok(masked(&token))
}

/// Whether `submitted` is this session's token. Compared in constant time.
pub async fn verify(
    session: &Session,
    submitted: &str,
) -> Result<bool, tower_sessions::session::Error> {
    let Some(expected) = session.get::<String>(KEY).await? else {
        return Ok(false);
    };
    let Some(submitted) = unmasked(submitted) else {
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
    fn a_masked_token_differs_every_time_and_unmasks_to_the_token() {
        let token = new_token();
        let (a, b) = (masked(&token), masked(&token));
        assert_ne!(a, b, "no two pages carry the same bytes");
        assert!(!a.contains(&token));
        assert_eq!(unmasked(&a).as_deref(), Some(token.as_str()));
        assert_eq!(unmasked(&b).as_deref(), Some(token.as_str()));
        // The bare token, or anything that is not hex of even length, is not accepted.
        assert_ne!(unmasked(&token).as_deref(), Some(token.as_str()));
        assert_eq!(unmasked("xyz"), None);
        assert_eq!(unmasked("é"), None);
    }

    #[test]
    fn compares_exactly() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
        assert!(!constant_time_eq(b"", b"a"));
    }
}
