//! One-time secrets handed to people (record access codes, reset links, recovery codes): how
//! they are drawn, how people may type them back, and the hash that is all the database keeps.
//!
//! These secrets are long and random, so a fast hash (SHA-256) is enough to keep them safe at
//! rest and lets the database find a secret by its hash; passwords, which people choose, get
//! argon2 instead (see `password`).

use rand::Rng;
use sha2::{Digest, Sha256};

/// Letters and digits that cannot be mistaken for one another on paper or on a phone screen
/// (no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V): 24 symbols.
const READABLE: &[u8] = b"ACDEFGHJKMNPQRTWXY346789";

/// Characters of a record access code. 24^12 is about 2^55 codes; with the date of birth as a
/// second check and a few tries per code, guessing is hopeless.
pub const ACCESS_CODE_LENGTH: usize = 12;

/// Characters of a recovery code (about 2^46 each).
pub const RECOVERY_CODE_LENGTH: usize = 10;

/// The hex SHA-256 of a secret, as stored.
pub fn hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random token for links (256 bits, hex).
pub fn link_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill(&mut bytes);
    hex(&bytes)
}

fn readable(length: usize) -> String {
    let mut rng = rand::rng();
    (0..length)
        .map(|_| READABLE[rng.random_range(0..READABLE.len())] as char)
        .collect()
}

/// Groups a code in fours for printing: `ACDE-FGHJ-KMNP`.
pub fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).expect("codes are ASCII"))
        .collect::<Vec<_>>()
        .join("-")
}

/// A new record access code, ungrouped (store its [`hash`], print it [`grouped`]).
pub fn access_code() -> String {
    readable(ACCESS_CODE_LENGTH)
}

/// A new recovery code, ungrouped.
pub fn recovery_code() -> String {
    readable(RECOVERY_CODE_LENGTH)
}

/// What a person typed, turned back into a code: case, spaces and dashes do not matter.
/// `None` when it cannot be a code of `length` characters.
pub fn normalize_code(typed: &str, length: usize) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = code.len() == length && code.bytes().all(|b| READABLE.contains(&b));
    valid.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_readable_symbols() {
        for _ in 0..100 {
            let code = access_code();
            assert_eq!(code.len(), ACCESS_CODE_LENGTH);
            assert!(code.bytes().all(|b| READABLE.contains(&b)), "{code}");
        }
        assert_ne!(access_code(), access_code());
    }

    #[test]
    fn typed_codes_are_forgiving_about_case_spaces_and_dashes() {
        let code = "ACDEFGHJKMNP";
        assert_eq!(grouped(code), "ACDE-FGHJ-KMNP");
        for typed in ["acde-fghj-kmnp", " ACDE FGHJ KMNP ", "acdefghjkmnp"] {
            assert_eq!(
                normalize_code(typed, ACCESS_CODE_LENGTH).as_deref(),
                Some(code)
            );
        }
        assert_eq!(normalize_code("ACDE-FGHJ-KMN", ACCESS_CODE_LENGTH), None);
        assert_eq!(normalize_code("ACDE-FGHJ-KMNS", ACCESS_CODE_LENGTH), None);
        assert_eq!(normalize_code("", ACCESS_CODE_LENGTH), None);
    }

    #[test]
    fn hashes_are_stable_hex() {
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(link_token().len(), 64);
    }
}
