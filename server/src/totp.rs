//! Time-based one-time passwords (RFC 6238, the codes authenticator apps show): HMAC-SHA1,
//! 30-second steps, 6 digits, which is what every common app expects.

use hmac::{Hmac, Mac};
use rand::Rng;
use sha1::Sha1;

const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
/// Codes from one step before or after are accepted too, for clocks that drift a little and
/// for people who type slowly.
const ALLOWED_DRIFT_STEPS: i64 = 1;

/// A shared secret (20 random bytes, the size RFC 4226 recommends), kept base32-encoded.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

// The secret is what an attacker would need to make codes: never print it.
impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl Secret {
    pub fn generate() -> Secret {
        let mut bytes = vec![0u8; 20];
        rand::rng().fill(&mut bytes[..]);
        Secret(bytes)
    }

    /// The base32 text people type into an app by hand (and the form kept in the database).
    pub fn to_base32(&self) -> String {
        data_encoding::BASE32_NOPAD.encode(&self.0)
    }

    pub fn from_base32(text: &str) -> Option<Secret> {
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        data_encoding::BASE32_NOPAD
            .decode(cleaned.trim_end_matches('=').as_bytes())
            .ok()
            .filter(|bytes| !bytes.is_empty())
            .map(Secret)
    }

    /// The `otpauth://` address an app reads from the QR code.
    pub fn provisioning_uri(&self, issuer: &str, account: &str) -> String {
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            percent(issuer),
            percent(account),
            self.to_base32(),
            percent(issuer)
        )
    }

    /// The code for one time step.
    fn code_at_step(&self, step: i64) -> u32 {
        let mut mac =
            Hmac::<Sha1>::new_from_slice(&self.0).expect("HMAC accepts keys of any length");
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        // Dynamic truncation (RFC 4226 5.3).
        let offset = usize::from(digest[19] & 0x0f);
        let binary = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        binary % 10u32.pow(DIGITS)
    }

    /// The code an app shows at `unix_seconds` (for tests and the enrolment check).
    pub fn code_at(&self, unix_seconds: i64) -> String {
        format!(
            "{:0width$}",
            self.code_at_step(unix_seconds.div_euclid(STEP_SECONDS)),
            width = DIGITS as usize
        )
    }

    /// The time step `typed` belongs to, if it is a valid code at `unix_seconds` and newer than
    /// `last_used_step` (a code works once). Store the returned step as the new last one.
    pub fn verify(
        &self,
        typed: &str,
        unix_seconds: i64,
        last_used_step: Option<i64>,
    ) -> Option<i64> {
        let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != DIGITS as usize || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let typed: u32 = digits.parse().ok()?;
        let now = unix_seconds.div_euclid(STEP_SECONDS);
        (now - ALLOWED_DRIFT_STEPS..=now + ALLOWED_DRIFT_STEPS)
            .filter(|step| last_used_step.is_none_or(|last| *step > last))
            .find(|step| constant_time_eq(self.code_at_step(*step), typed))
    }
}

fn constant_time_eq(a: u32, b: u32) -> bool {
    (a ^ b) == 0
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SHA-1 secret of RFC 6238's appendix B ("12345678901234567890").
    fn rfc_secret() -> Secret {
        Secret(b"12345678901234567890".to_vec())
    }

    #[test]
    fn matches_the_rfc_6238_test_vectors() {
        // Appendix B lists 8-digit codes; the 6-digit code is their last six digits.
        for (time, eight_digits) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(rfc_secret().code_at(time), eight_digits[2..], "at {time}");
        }
    }

    #[test]
    fn accepts_one_step_either_side_and_no_further() {
        let secret = Secret::generate();
        let now = 1_700_000_000;
        let step = now / STEP_SECONDS;
        for drift in [-STEP_SECONDS, 0, STEP_SECONDS] {
            let code = secret.code_at(now + drift);
            assert_eq!(
                secret.verify(&code, now, None),
                Some(step + drift / STEP_SECONDS)
            );
        }
        for drift in [-2 * STEP_SECONDS, 2 * STEP_SECONDS] {
            assert_eq!(secret.verify(&secret.code_at(now + drift), now, None), None);
        }
    }

    #[test]
    fn a_code_works_once() {
        let secret = Secret::generate();
        let now = 1_700_000_000;
        let code = secret.code_at(now);
        let step = secret.verify(&code, now, None).unwrap();
        assert_eq!(secret.verify(&code, now, Some(step)), None);
        assert_eq!(secret.verify(&code, now + 10, Some(step)), None);
    }

    #[test]
    fn rejects_what_is_not_six_digits() {
        let secret = Secret::generate();
        for typed in ["", "12345", "1234567", "12a456", "-12345"] {
            assert_eq!(secret.verify(typed, 1_700_000_000, None), None, "{typed}");
        }
        let spaced = secret.code_at(1_700_000_000);
        let spaced = format!("{} {}", &spaced[..3], &spaced[3..]);
        assert!(secret.verify(&spaced, 1_700_000_000, None).is_some());
    }

    #[test]
    fn secrets_round_trip_through_base32() {
        let secret = Secret::generate();
        let text = secret.to_base32();
        assert_eq!(text.len(), 32);
        assert_eq!(
            Secret::from_base32(&text.to_lowercase()),
            Some(secret.clone())
        );
        assert_eq!(Secret::from_base32("not base32!"), None);
        assert!(format!("{secret:?}").contains(".."));
        let uri = secret.provisioning_uri("My Record", "ana@example.org");
        assert!(uri.starts_with("otpauth://totp/My%20Record:ana%40example.org?secret="));
    }
}
