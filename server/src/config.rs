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
    /// `MYRECORD_REQUEST_TIMEOUT_SECONDS`: the longest a request may take, its body included
    /// (a slow upload on a poor connection still fits; a request held open on purpose does
    /// not).
    pub request_timeout_seconds: u64,
    /// `MYRECORD_METRICS_TOKEN`: a scraper sending `Authorization: Bearer <token>` may read
    /// `/metrics`; unset, `/metrics` on the portal's address is "not found" to everyone.
    pub metrics_token: Option<String>,
    /// `MYRECORD_METRICS_ADDR`: an address (for the operator's network only) that serves
    /// `/metrics` without a token.
    pub metrics_addr: Option<SocketAddr>,
    /// `MYRECORD_SECURE_COOKIES`: set to `true` when served over HTTPS (behind a TLS proxy);
    /// marks cookies `Secure` and sends HSTS.
    pub secure_cookies: bool,
    /// `MYRECORD_PUBLIC_URL`: the address people use to reach the portal, for links in
    /// emails and letters (no trailing slash).
    pub public_url: String,
    /// `MYRECORD_SMTP_URL`: the mail relay, e.g. `smtp://user:pass@mail.example.org:587?tls=required`.
    /// Unset: email is queued in the database and sent once it is set.
    pub smtp_url: Option<String>,
    /// `MYRECORD_MAIL_FROM`: the sender of every email.
    pub mail_from: String,
    /// `MYRECORD_BEHIND_PROXY`: `true` when a reverse proxy adds `X-Forwarded-For`; only then
    /// is that header trusted for the client's address (used for throttling).
    pub behind_proxy: bool,
    /// `MYRECORD_ACCESS_CODE_DAYS`: how long a record access code works.
    pub access_code_days: i64,
    /// `MYRECORD_DISPUTE_DAYS`: the agency's deadline to answer a dispute.
    pub dispute_days: i64,
    /// What one account may keep: `MYRECORD_MAX_OPEN_DRAFTS` unsent reports (default 10),
    /// `MYRECORD_MAX_DOCUMENTS` documents in all (default 50) and `MYRECORD_MAX_STORAGE_MB`
    /// megabytes of them (default 100); a report carries at most 10 documents.
    pub storage_limits: crate::store::documents::StorageLimits,
    /// `MYRECORD_RULE_PACK`: the rule pack in force, used to review a person again after a
    /// correction.
    pub rule_pack: String,
    /// `MYRECORD_NOTICES_DIR`: where agency notices from such reviews go (a `run-<id>-<started>` folder
    /// each). Several app servers must share it.
    pub notices_dir: std::path::PathBuf,
    /// `MYRECORD_TIME_ZONE` (IANA name, default `America/New_York`): what "today" is for
    /// deadlines, consent and clearance dates, and the zone times are shown in.
    pub clock: crate::clock::Clock,
    /// `MYRECORD_SECRET_KEY` (64 hex characters), else the key in `MYRECORD_SECRET_KEY_FILE`
    /// (default `data/secret.key`, made by `serve` on first start; see
    /// [`Config::resolve_secret_key`]): seals two-step keys in the database. Every app server
    /// needs the same key.
    secret_key: Option<crate::secret_box::SecretKey>,
    secret_key_file: std::path::PathBuf,
}

impl Config {
    /// Reads (or makes) the key file when no key was given. Only the web server needs the key,
    /// so commands that do not (`clearance check`, `import`) never touch the file.
    pub fn resolve_secret_key(&mut self) -> std::io::Result<()> {
        if self.secret_key.is_none() {
            let key = crate::secret_box::SecretKey::load_or_create(&self.secret_key_file).map_err(
                |err| {
                    std::io::Error::new(
                        err.kind(),
                        format!(
                            "MYRECORD_SECRET_KEY_FILE ({}): {err}",
                            self.secret_key_file.display()
                        ),
                    )
                },
            )?;
            self.secret_key = Some(key);
        }
        Ok(())
    }

    /// The key that seals two-step keys.
    pub fn secret_key(&self) -> &crate::secret_box::SecretKey {
        self.secret_key
            .as_ref()
            .expect("serve resolves the secret key before the app starts")
    }
}

// The database URL may hold a password and the demo password is a secret: never print them.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("addr", &self.addr)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("request_timeout_seconds", &self.request_timeout_seconds)
            .field("secure_cookies", &self.secure_cookies)
            .field("public_url", &self.public_url)
            .field("smtp", &self.smtp_url.is_some())
            .field("metrics_token", &self.metrics_token.is_some())
            .field("metrics_addr", &self.metrics_addr)
            .field("behind_proxy", &self.behind_proxy)
            .field("access_code_days", &self.access_code_days)
            .field("dispute_days", &self.dispute_days)
            .field("storage_limits", &self.storage_limits)
            .field("rule_pack", &self.rule_pack)
            .field("notices_dir", &self.notices_dir)
            .field("time_zone", &self.clock)
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
        let request_timeout_seconds = match get("MYRECORD_REQUEST_TIMEOUT_SECONDS") {
            None => 120,
            Some(text) => text
                .parse::<u64>()
                .ok()
                .filter(|s| (1..=3600).contains(s))
                .ok_or(ConfigError::Invalid {
                    name: "MYRECORD_REQUEST_TIMEOUT_SECONDS",
                    reason: "use a whole number of seconds from 1 to 3600".to_owned(),
                })?,
        };
        let flag = |name: &'static str| match get(name).as_deref() {
            None | Some("false") | Some("0") => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some(_) => Err(ConfigError::Invalid {
                name,
                reason: "use true or false".to_owned(),
            }),
        };
        let secure_cookies = flag("MYRECORD_SECURE_COOKIES")?;
        let behind_proxy = flag("MYRECORD_BEHIND_PROXY")?;
        let public_url = match get("MYRECORD_PUBLIC_URL") {
            None => format!("http://{addr}"),
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                url.trim_end_matches('/').to_owned()
            }
            Some(_) => {
                return Err(ConfigError::Invalid {
                    name: "MYRECORD_PUBLIC_URL",
                    reason: "use an address starting with https:// (or http://)".to_owned(),
                });
            }
        };
        let metrics_token = get("MYRECORD_METRICS_TOKEN");
        if metrics_token.as_ref().is_some_and(|t| t.trim().len() < 24) {
            return Err(ConfigError::Invalid {
                name: "MYRECORD_METRICS_TOKEN",
                reason: "use at least 24 random characters (for example `openssl rand -hex 16`)"
                    .to_owned(),
            });
        }
        let metrics_addr = get("MYRECORD_METRICS_ADDR")
            .map(|text| text.parse())
            .transpose()
            .map_err(|e: std::net::AddrParseError| ConfigError::Invalid {
                name: "MYRECORD_METRICS_ADDR",
                reason: e.to_string(),
            })?;
        let smtp_url = get("MYRECORD_SMTP_URL");
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err(ConfigError::Invalid {
                name: "MYRECORD_SMTP_URL",
                reason: "use smtp://host:port or smtps://host:port".to_owned(),
            });
        }
        let days = |name: &'static str, default: i64| match get(name) {
            None => Ok(default),
            Some(text) => text
                .parse::<i64>()
                .ok()
                .filter(|d| (1..=366).contains(d))
                .ok_or(ConfigError::Invalid {
                    name,
                    reason: "use a whole number of days from 1 to 366".to_owned(),
                }),
        };
        let count = |name: &'static str, default: i64| match get(name) {
            None => Ok(default),
            Some(text) => text
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .ok_or(ConfigError::Invalid {
                    name,
                    reason: "use a whole number from 1 to 100000".to_owned(),
                }),
        };
        let storage_limits = crate::store::documents::StorageLimits {
            open_drafts: count("MYRECORD_MAX_OPEN_DRAFTS", 10)?,
            documents_per_draft: crate::disputes::MAX_DOCUMENTS as i64,
            documents_per_account: count("MYRECORD_MAX_DOCUMENTS", 50)?,
            bytes_per_account: count("MYRECORD_MAX_STORAGE_MB", 100)? * 1024 * 1024,
        };
        let access_code_days = days("MYRECORD_ACCESS_CODE_DAYS", 90)?;
        let dispute_days = days("MYRECORD_DISPUTE_DAYS", 30)?;
        let rule_pack = get("MYRECORD_RULE_PACK").unwrap_or_else(|| "pa-act56".to_owned());
        if crate::packs::get(&rule_pack).is_none() {
            return Err(ConfigError::Invalid {
                name: "MYRECORD_RULE_PACK",
                reason: format!("there is no rule pack \"{rule_pack}\""),
            });
        }
        let time_zone =
            get("MYRECORD_TIME_ZONE").unwrap_or_else(|| crate::clock::DEFAULT_TIME_ZONE.to_owned());
        let clock = crate::clock::Clock::new(&time_zone).ok_or(ConfigError::Invalid {
            name: "MYRECORD_TIME_ZONE",
            reason: format!(
                "there is no time zone \"{time_zone}\"; use a name from the IANA time zone \
                 database, such as America/New_York or America/Los_Angeles"
            ),
        })?;
        let secret_key = match get("MYRECORD_SECRET_KEY") {
            None => None,
            Some(hex) => Some(
                crate::secret_box::SecretKey::from_hex(&hex).ok_or(ConfigError::Invalid {
                    name: "MYRECORD_SECRET_KEY",
                    reason:
                        "use 64 hexadecimal characters (for example from `openssl rand -hex 32`)"
                            .to_owned(),
                })?,
            ),
        };
        Ok(Config {
            addr,
            database_url: get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            demo_password: get("MYRECORD_DEMO_PASSWORD"),
            session_idle_minutes,
            request_timeout_seconds,
            metrics_token,
            metrics_addr,
            secure_cookies,
            public_url,
            smtp_url,
            mail_from: get("MYRECORD_MAIL_FROM")
                .unwrap_or_else(|| "My Record <no-reply@myrecord.invalid>".to_owned()),
            behind_proxy,
            access_code_days,
            dispute_days,
            storage_limits,
            rule_pack,
            notices_dir: get("MYRECORD_NOTICES_DIR")
                .unwrap_or_else(|| "data/notices".to_owned())
                .into(),
            clock,
            secret_key,
            secret_key_file: get("MYRECORD_SECRET_KEY_FILE")
                .unwrap_or_else(|| "data/secret.key".to_owned())
                .into(),
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
        assert_eq!(c.request_timeout_seconds, 120);
        assert!(!c.secure_cookies);
        assert!(c.demo_password.is_none());
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        assert!(c.smtp_url.is_none());
        assert!(!c.behind_proxy);
        assert_eq!(c.access_code_days, 90);
        assert_eq!(c.dispute_days, 30);
        assert_eq!(c.storage_limits.open_drafts, 10);
        assert_eq!(c.storage_limits.documents_per_account, 50);
        assert_eq!(c.storage_limits.bytes_per_account, 100 * 1024 * 1024);
        assert_eq!(c.rule_pack, "pa-act56");
        assert_eq!(c.notices_dir, std::path::PathBuf::from("data/notices"));
        assert_eq!(c.clock.name(), "America/New_York");
    }

    #[test]
    fn rejects_bad_values_by_name() {
        let err = config(&[("MYRECORD_ADDR", "nowhere")]).unwrap_err();
        assert!(err.to_string().starts_with("MYRECORD_ADDR"));
        let err = config(&[("MYRECORD_SESSION_IDLE_MINUTES", "0")]).unwrap_err();
        assert!(err.to_string().contains("MYRECORD_SESSION_IDLE_MINUTES"));
        assert!(config(&[("MYRECORD_SECURE_COOKIES", "yes")]).is_err());
        assert!(config(&[("MYRECORD_REQUEST_TIMEOUT_SECONDS", "0")]).is_err());
        assert!(config(&[("MYRECORD_METRICS_TOKEN", "short")]).is_err());
        assert!(config(&[("MYRECORD_METRICS_ADDR", "everywhere")]).is_err());
        assert!(config(&[("MYRECORD_PUBLIC_URL", "myrecord.example.gov")]).is_err());
        assert!(config(&[("MYRECORD_SMTP_URL", "mail.example.gov")]).is_err());
        let err = config(&[("MYRECORD_SECRET_KEY", "not hex")]).unwrap_err();
        assert!(err.to_string().starts_with("MYRECORD_SECRET_KEY"));
        assert!(config(&[("MYRECORD_ACCESS_CODE_DAYS", "0")]).is_err());
        assert!(config(&[("MYRECORD_DISPUTE_DAYS", "thirty")]).is_err());
        assert!(config(&[("MYRECORD_MAX_STORAGE_MB", "0")]).is_err());
        assert!(config(&[("MYRECORD_RULE_PACK", "tx-nope")]).is_err());
        let err = config(&[("MYRECORD_TIME_ZONE", "Eastern")]).unwrap_err();
        assert!(err.to_string().starts_with("MYRECORD_TIME_ZONE"));
        let c = config(&[("MYRECORD_TIME_ZONE", "America/Los_Angeles")]).unwrap();
        assert_eq!(c.clock.name(), "America/Los_Angeles");
        let c = config(&[("MYRECORD_PUBLIC_URL", "https://myrecord.example.gov/")]).unwrap();
        assert_eq!(c.public_url, "https://myrecord.example.gov");
    }

    #[test]
    fn debug_hides_secrets() {
        let c = config(&[
            ("DATABASE_URL", "postgres://u:hunter2@db/x"),
            ("MYRECORD_DEMO_PASSWORD", "s3cret-demo-pass"),
            (
                "MYRECORD_SMTP_URL",
                "smtp://mailer:mailpass99@mail.example.gov",
            ),
        ])
        .unwrap();
        let debug = format!("{c:?}");
        assert!(!debug.contains("hunter2") && !debug.contains("s3cret"));
        assert!(!debug.contains("mailpass99"));
    }
}
