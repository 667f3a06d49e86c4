//! Settings from environment variables (and an optional `.env` file); see `.env.example`.

use std::net::SocketAddr;

#[derive(Clone)]
pub struct Config {
    /// `MYRECORD_ADDR`: where `serve` listens.
    pub addr: SocketAddr,
    /// `DATABASE_URL`: `sqlite://…` (default, created if missing) or `postgres://…`.
    pub database_url: String,
    /// `MYRECORD_DEMO_PASSWORD`: password of the demo accounts; random when unset.
    pub demo_password: Option<String>,
    /// `MYRECORD_SESSION_IDLE_MINUTES`: a session ends after this long without a request.
    pub session_idle_minutes: i64,
    /// `MYRECORD_SECURE_COOKIES`: set to `true` when served over HTTPS (behind a TLS proxy);
    /// marks cookies `Secure` and sends HSTS.
    pub secure_cookies: bool,
}

// The database URL may hold a password and the demo password is a secret: never print them.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("addr", &self.addr)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("secure_cookies", &self.secure_cookies)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/myrecord.db";

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, so tests can supply them without touching the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let addr = get("MYRECORD_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned())
            .parse()
            .map_err(|e: std::net::AddrParseError| ConfigError::Invalid {
                name: "MYRECORD_ADDR",
                reason: e.to_string(),
            })?;
        let session_idle_minutes = match get("MYRECORD_SESSION_IDLE_MINUTES") {
            None => 30,
            Some(text) => text
                .parse::<i64>()
                .ok()
                .filter(|m| (1..=24 * 60).contains(m))
                .ok_or(ConfigError::Invalid {
                    name: "MYRECORD_SESSION_IDLE_MINUTES",
                    reason: "use a whole number of minutes from 1 to 1440".to_owned(),
                })?,
        };
        let secure_cookies = match get("MYRECORD_SECURE_COOKIES").as_deref() {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(_) => {
                return Err(ConfigError::Invalid {
                    name: "MYRECORD_SECURE_COOKIES",
                    reason: "use true or false".to_owned(),
                });
            }
        };
        Ok(Config {
            addr,
            database_url: get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            demo_password: get("MYRECORD_DEMO_PASSWORD"),
            session_idle_minutes,
            secure_cookies,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_follow_the_design_brief() {
        let c = config(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/myrecord.db");
        assert_eq!(c.session_idle_minutes, 30);
        assert!(!c.secure_cookies);
        assert!(c.demo_password.is_none());
    }

    #[test]
    fn rejects_bad_values_by_name() {
        let err = config(&[("MYRECORD_ADDR", "nowhere")]).unwrap_err();
        assert!(err.to_string().starts_with("MYRECORD_ADDR"));
        let err = config(&[("MYRECORD_SESSION_IDLE_MINUTES", "0")]).unwrap_err();
        assert!(err.to_string().contains("MYRECORD_SESSION_IDLE_MINUTES"));
        assert!(config(&[("MYRECORD_SECURE_COOKIES", "yes")]).is_err());
    }

    #[test]
    fn debug_hides_secrets() {
        let c = config(&[
            ("DATABASE_URL", "postgres://u:hunter2@db/x"),
            ("MYRECORD_DEMO_PASSWORD", "s3cret-demo-pass"),
        ])
        .unwrap();
        let debug = format!("{c:?}");
        assert!(!debug.contains("hunter2") && !debug.contains("s3cret"));
    }
}
