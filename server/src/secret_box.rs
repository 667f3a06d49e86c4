//! Encryption at rest for the one secret the server must read back: each account's two-step
//! (TOTP) key. Hashing cannot work there (the server computes codes from the key), so the key
//! is sealed with ChaCha20-Poly1305 under an operator key kept outside the database: a copy of
//! the database alone (a backup, a dump, a stolen replica) does not let anyone make codes.
//!
//! Stored form: `v1:` + base64(nonce ‖ ciphertext ‖ tag), bound to the account id, so a sealed
//! key copied onto another account does not open.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use data_encoding::{BASE64, HEXLOWER_PERMISSIVE};
use rand::Rng;
use std::path::Path;

const PREFIX: &str = "v1:";
const NONCE_BYTES: usize = 12;

/// The operator's key (`MYRECORD_SECRET_KEY`, or the key file). Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey([u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(redacted)")
    }
}

impl SecretKey {
    /// 64 hexadecimal characters.
    pub fn from_hex(text: &str) -> Option<SecretKey> {
        let bytes = HEXLOWER_PERMISSIVE.decode(text.trim().as_bytes()).ok()?;
        Some(SecretKey(bytes.try_into().ok()?))
    }

    pub fn generate() -> SecretKey {
        let mut bytes = [0u8; 32];
        rand::rng().fill(&mut bytes);
        SecretKey(bytes)
    }

    pub fn to_hex(&self) -> String {
        HEXLOWER_PERMISSIVE.encode(&self.0)
    }

    /// Reads the key file, or makes one (readable by its owner only) when there is none.
    pub fn load_or_create(path: &Path) -> std::io::Result<SecretKey> {
        match std::fs::read_to_string(path) {
            Ok(text) => SecretKey::from_hex(&text).ok_or_else(|| {
                std::io::Error::other(format!(
                    "{} does not hold a key (64 hexadecimal characters)",
                    path.display()
                ))
            }),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                if let Some(folder) = path.parent() {
                    crate::private_files::create_folder(folder)?;
                }
                let key = SecretKey::generate();
                write_private(path, &key.to_hex())?;
                Ok(key)
            }
            Err(err) => Err(err),
        }
    }

    /// Seals `secret` for the account `account_id`.
    pub fn seal(&self, secret: &str, account_id: i64) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill(&mut nonce);
        let sealed = self
            .cipher()
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: secret.as_bytes(),
                    aad: &account_id.to_be_bytes(),
                },
            )
            .expect("sealing a short secret cannot fail");
        let mut stored = nonce.to_vec();
        stored.extend_from_slice(&sealed);
        format!("{PREFIX}{}", BASE64.encode(&stored))
    }

    /// The secret sealed for `account_id`; `None` when it does not open (another key, another
    /// account, altered). A value without the prefix was stored before sealing existed and is
    /// returned as it is.
    pub fn open(&self, stored: &str, account_id: i64) -> Option<String> {
        let Some(encoded) = stored.strip_prefix(PREFIX) else {
            return Some(stored.to_owned());
        };
        let bytes = BASE64.decode(encoded.as_bytes()).ok()?;
        if bytes.len() <= NONCE_BYTES {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        let plain = self
            .cipher()
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &account_id.to_be_bytes(),
                },
            )
            .ok()?;
        String::from_utf8(plain).ok()
    }

    fn cipher(&self) -> ChaCha20Poly1305 {
        ChaCha20Poly1305::new(Key::from_slice(&self.0))
    }
}

/// Writes a new key file, owner-only from the start; never over an existing one.
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = crate::private_files::open(
        path,
        std::fs::OpenOptions::new().write(true).create_new(true),
    )?;
    file.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_account() {
        let key = SecretKey::generate();
        let sealed = key.seal("JBSWY3DPEHPK3PXP", 7);
        assert!(sealed.starts_with("v1:"));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(
            sealed,
            key.seal("JBSWY3DPEHPK3PXP", 7),
            "a fresh nonce each time"
        );
        assert_eq!(key.open(&sealed, 7).as_deref(), Some("JBSWY3DPEHPK3PXP"));
        assert_eq!(key.open(&sealed, 8), None, "bound to the account");
        assert_eq!(SecretKey::generate().open(&sealed, 7), None, "another key");
        let mut altered = sealed.clone();
        altered.replace_range(10..11, if &sealed[10..11] == "A" { "B" } else { "A" });
        assert_eq!(key.open(&altered, 7), None, "tampering is caught");
    }

    #[test]
    fn keys_read_from_hex_and_never_print() {
        let key = SecretKey::generate();
        assert_eq!(SecretKey::from_hex(&key.to_hex()), Some(key.clone()));
        assert_eq!(SecretKey::from_hex("abc"), None);
        assert_eq!(format!("{key:?}"), "SecretKey(redacted)");
    }

    #[test]
    fn a_key_file_is_made_once_and_read_back() {
        let folder = std::env::temp_dir().join(format!("myrecord-key-{}", std::process::id()));
        let path = folder.join("secret.key");
        let made = SecretKey::load_or_create(&path).unwrap();
        assert_eq!(SecretKey::load_or_create(&path).unwrap(), made);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only");
        }
        std::fs::remove_dir_all(folder).unwrap();
    }
}
