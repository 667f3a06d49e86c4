//! Settings: declared once in [`Settings`] (clap reads each from its flag or environment
//! variable, or `.env`), checked there, and handed to the program as a [`Config`].

use std::net::SocketAddr;

/// The settings as the program uses them (each is declared, with its meaning and default, in
/// [`Settings`]).
#[derive(Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    pub demo_password: Option<String>,
    pub session_idle_minutes: i64,
    pub request_timeout_seconds: u64,
    pub metrics_token: Option<String>,
    pub metrics_addr: Option<SocketAddr>,
    pub secure_cookies: bool,
    /// Without a trailing slash.
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub behind_proxy: bool,
    pub access_code_days: i64,
    pub dispute_days: i64,
    pub storage_limits: crate::store::documents::StorageLimits,
    pub rule_pack: String,
    pub notices_dir: std::path::PathBuf,
    pub clock: crate::clock::Clock,
    pub contacts: std::sync::Arc<myrecord_app::model::Contacts>,
    /// Set by [`Config::resolve_secret_key`] when not given.
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
            .field("contacts", &self.contacts.agency.is_some())
            .finish_non_exhaustive()
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/myrecord.db";

/// Every setting, declared once. Each is read from its environment variable (or `.env`), or
/// from its flag; `myrecord --help` lists them with their defaults, and tests hold
/// `.env.example` and the README's table to this list. A bad value stops the program with the
/// setting's name and what to write instead.
#[derive(clap::Args, Clone)]
#[command(next_help_heading = "Settings (each also read from its environment variable)")]
pub struct Settings {
    /// Where `serve` listens.
    #[arg(
        long,
        global = true,
        env = "MYRECORD_ADDR",
        default_value = "127.0.0.1:3000"
    )]
    addr: SocketAddr,
    /// The database: an SQLite file (created with its folder if missing) or `postgres://…`.
    #[arg(long, global = true, env = "DATABASE_URL", hide_env_values = true,
          default_value = DEFAULT_DATABASE_URL)]
    database_url: String,
    /// Password of the `serve --demo` accounts; random, and printed once, when unset.
    #[arg(
        long,
        global = true,
        env = "MYRECORD_DEMO_PASSWORD",
        hide_env_values = true
    )]
    demo_password: Option<String>,
    /// A session ends after this many minutes without a request (1 to 1440); the deadline
    /// moves while the person is active.
    #[arg(long, global = true, env = "MYRECORD_SESSION_IDLE_MINUTES", default_value = "30",
          value_parser = whole_number(1, 24 * 60, "minutes"))]
    session_idle_minutes: i64,
    /// The longest a request may take, its body included (1 to 3600 seconds): a slow upload on
    /// a poor connection still fits; a request held open on purpose does not.
    #[arg(long, global = true, env = "MYRECORD_REQUEST_TIMEOUT_SECONDS", default_value = "120",
          value_parser = whole_number(1, 3600, "seconds"))]
    request_timeout_seconds: i64,
    /// `true` when served over HTTPS (behind a TLS proxy): cookies are marked `Secure` and
    /// browsers are told to use HTTPS only (HSTS).
    #[arg(long, global = true, env = "MYRECORD_SECURE_COOKIES", default_value = "false",
          value_parser = true_or_false, action = clap::ArgAction::Set)]
    secure_cookies: bool,
    /// The address people use to reach the portal, for links in emails and letters;
    /// defaults to `http://` and the listen address.
    #[arg(long, global = true, env = "MYRECORD_PUBLIC_URL", value_parser = web_address)]
    public_url: Option<String>,
    /// The mail relay, e.g. `smtp://user:pass@mail.example.gov:587?tls=required`; unset, email
    /// waits in the database and is sent once it is set.
    #[arg(long, global = true, env = "MYRECORD_SMTP_URL", hide_env_values = true,
          value_parser = mail_relay)]
    smtp_url: Option<String>,
    /// The sender of every email.
    #[arg(
        long,
        global = true,
        env = "MYRECORD_MAIL_FROM",
        default_value = "My Record <no-reply@myrecord.invalid>"
    )]
    mail_from: String,
    /// `true` only when a reverse proxy sets `X-Forwarded-For`: only then is it trusted for the
    /// client's address (used by the limits on sign-in and code guessing).
    #[arg(long, global = true, env = "MYRECORD_BEHIND_PROXY", default_value = "false",
          value_parser = true_or_false, action = clap::ArgAction::Set)]
    behind_proxy: bool,
    /// How many days a record access code (mailed in a letter) works.
    #[arg(long, global = true, env = "MYRECORD_ACCESS_CODE_DAYS", default_value = "90",
          value_parser = whole_number(1, 366, "days"))]
    access_code_days: i64,
    /// The agency's deadline to answer a dispute, in days.
    #[arg(long, global = true, env = "MYRECORD_DISPUTE_DAYS", default_value = "30",
          value_parser = whole_number(1, 366, "days"))]
    dispute_days: i64,
    /// Reports one account may have started and not sent.
    #[arg(long, global = true, env = "MYRECORD_MAX_OPEN_DRAFTS", default_value = "10",
          value_parser = whole_number(1, 100_000, "reports"))]
    max_open_drafts: i64,
    /// Documents one account may keep, reports and replies together (a report carries at
    /// most 10).
    #[arg(long, global = true, env = "MYRECORD_MAX_DOCUMENTS", default_value = "50",
          value_parser = whole_number(1, 100_000, "documents"))]
    max_documents: i64,
    /// Megabytes of documents one account may keep.
    #[arg(long, global = true, env = "MYRECORD_MAX_STORAGE_MB", default_value = "100",
          value_parser = whole_number(1, 100_000, "megabytes"))]
    max_storage_mb: i64,
    /// A bearer token (24 characters or more) a Prometheus scraper sends to read `/metrics`;
    /// unset, `/metrics` on the portal's address is "not found" to everyone.
    #[arg(long, global = true, env = "MYRECORD_METRICS_TOKEN", hide_env_values = true,
          value_parser = metrics_token)]
    metrics_token: Option<String>,
    /// An address, for the operator's network only, that serves `/metrics` without a token.
    #[arg(long, global = true, env = "MYRECORD_METRICS_ADDR")]
    metrics_addr: Option<SocketAddr>,
    /// The rule pack in force: a corrected record is reviewed again with it at once, and the
    /// help page explains it.
    #[arg(long, global = true, env = "MYRECORD_RULE_PACK", default_value = "pa-cs3",
          value_parser = known_rule_pack)]
    rule_pack: String,
    /// Where agency notices from those reviews go (a `run-<id>-<started>` folder each);
    /// several app servers must share it.
    #[arg(
        long,
        global = true,
        env = "MYRECORD_NOTICES_DIR",
        default_value = "data/notices"
    )]
    notices_dir: std::path::PathBuf,
    /// The state's time zone (an IANA name): what "today" is for waiting periods, clearance
    /// dates, consent and dispute deadlines, and the zone times are shown in.
    #[arg(long, global = true, env = "MYRECORD_TIME_ZONE",
          default_value = crate::clock::DEFAULT_TIME_ZONE, value_parser = time_zone)]
    time_zone: crate::clock::Clock,
    /// A TOML file of where people can reach a human: the state's criminal records office
    /// and legal aid organisations with the counties they serve (see contacts.example.toml).
    /// Unset: pages give no phone numbers (`serve --demo` uses the example's fictional ones).
    #[arg(long, global = true, env = "MYRECORD_CONTACTS", value_parser = contacts_file)]
    contacts: Option<myrecord_app::model::Contacts>,
    /// 64 hexadecimal characters (`openssl rand -hex 32`) that seal each account's two-step
    /// key in the database; the same on every app server.
    #[arg(long, global = true, env = "MYRECORD_SECRET_KEY", hide_env_values = true,
          value_parser = secret_key)]
    secret_key: Option<crate::secret_box::SecretKey>,
    /// Where `serve` keeps a key it makes itself (an owner-only file) when
    /// `MYRECORD_SECRET_KEY` is unset.
    #[arg(
        long,
        global = true,
        env = "MYRECORD_SECRET_KEY_FILE",
        default_value = "data/secret.key"
    )]
    secret_key_file: std::path::PathBuf,
}

// Value parsers: each says, in plain words, what to write instead.

fn whole_number(
    low: i64,
    high: i64,
    unit: &'static str,
) -> impl Fn(&str) -> Result<i64, String> + Clone + Send + Sync + 'static {
    move |text| {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (low..=high).contains(n))
            .ok_or_else(|| format!("use a whole number of {unit} from {low} to {high}"))
    }
}

fn true_or_false(text: &str) -> Result<bool, String> {
    match text.trim() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err("use true or false".to_owned()),
    }
}

fn web_address(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.starts_with("http://") || text.starts_with("https://") {
        Ok(text.trim_end_matches('/').to_owned())
    } else {
        Err("use an address starting with https:// (or http://)".to_owned())
    }
}

fn mail_relay(text: &str) -> Result<String, String> {
    if text.starts_with("smtp://") || text.starts_with("smtps://") {
        Ok(text.to_owned())
    } else {
        Err("use smtp://host:port or smtps://host:port".to_owned())
    }
}

fn metrics_token(text: &str) -> Result<String, String> {
    if text.trim().len() >= 24 {
        Ok(text.to_owned())
    } else {
        Err("use at least 24 random characters (for example `openssl rand -hex 16`)".to_owned())
    }
}

fn known_rule_pack(name: &str) -> Result<String, String> {
    match crate::packs::get(name) {
        Some(_) => Ok(name.to_owned()),
        None => Err(format!(
            "there is no rule pack \"{name}\"; use one of {}",
            crate::packs::ids().join(", ")
        )),
    }
}

fn time_zone(name: &str) -> Result<crate::clock::Clock, String> {
    crate::clock::Clock::new(name).ok_or_else(|| {
        format!(
            "there is no time zone \"{name}\"; use a name from the IANA time zone database, \
             such as America/New_York or America/Los_Angeles"
        )
    })
}

fn contacts_file(path: &str) -> Result<myrecord_app::model::Contacts, String> {
    let text = std::fs::read_to_string(path).map_err(|err| format!("cannot read {path}: {err}"))?;
    crate::contacts::parse(&text).map_err(|err| format!("{path}: {err}"))
}

fn secret_key(hex: &str) -> Result<crate::secret_box::SecretKey, String> {
    crate::secret_box::SecretKey::from_hex(hex.trim()).ok_or_else(|| {
        "use 64 hexadecimal characters (for example from `openssl rand -hex 32`)".to_owned()
    })
}

impl Config {
    /// The settings the command line read, as the program uses them.
    pub fn from_settings(settings: Settings) -> Config {
        let public_url = settings
            .public_url
            .unwrap_or_else(|| format!("http://{}", settings.addr));
        Config {
            addr: settings.addr,
            database_url: settings.database_url,
            demo_password: settings.demo_password,
            session_idle_minutes: settings.session_idle_minutes,
            request_timeout_seconds: settings.request_timeout_seconds.unsigned_abs(),
            metrics_token: settings.metrics_token,
            metrics_addr: settings.metrics_addr,
            secure_cookies: settings.secure_cookies,
            public_url,
            smtp_url: settings.smtp_url,
            mail_from: settings.mail_from,
            behind_proxy: settings.behind_proxy,
            access_code_days: settings.access_code_days,
            dispute_days: settings.dispute_days,
            storage_limits: crate::store::documents::StorageLimits {
                open_drafts: settings.max_open_drafts,
                documents_per_draft: crate::disputes::MAX_DOCUMENTS as i64,
                documents_per_account: settings.max_documents,
                bytes_per_account: settings.max_storage_mb * 1024 * 1024,
            },
            rule_pack: settings.rule_pack,
            notices_dir: settings.notices_dir,
            clock: settings.time_zone,
            contacts: std::sync::Arc::new(settings.contacts.unwrap_or_default()),
            secret_key: settings.secret_key,
            secret_key_file: settings.secret_key_file,
        }
    }

    /// Reads the settings through `lookup` (by environment variable name) instead of the
    /// process environment, so tests can supply them without touching it; same declarations,
    /// defaults and checks as the command line.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, clap::Error> {
        use clap::{Args, FromArgMatches};
        let declared = Settings::augment_args(clap::Command::new("myrecord").no_binary_name(true));
        let mut flags = Vec::new();
        for arg in declared.get_arguments() {
            let (Some(env), Some(long)) = (arg.get_env(), arg.get_long()) else {
                continue;
            };
            if let Some(value) = env
                .to_str()
                .and_then(&lookup)
                .filter(|v| !v.trim().is_empty())
            {
                flags.push(format!("--{long}={value}"));
            }
        }
        // Without their environment variables, so that only `lookup` is read.
        let matches = declared
            .mut_args(|arg| arg.env(None::<&str>))
            .try_get_matches_from(flags)?;
        Ok(Config::from_settings(Settings::from_arg_matches(&matches)?))
    }

    /// Each setting's environment variable and its default, as declared.
    pub fn declared() -> Vec<(String, Option<String>)> {
        use clap::Args;
        Settings::augment_args(clap::Command::new("myrecord"))
            .get_arguments()
            .filter_map(|arg| {
                let env = arg.get_env()?.to_str()?.to_owned();
                let default = arg
                    .get_default_values()
                    .first()
                    .and_then(|value| value.to_str())
                    .map(str::to_owned);
                Some((env, default))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, clap::Error> {
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
        assert_eq!(c.rule_pack, "pa-cs3");
        assert_eq!(c.notices_dir, std::path::PathBuf::from("data/notices"));
        assert_eq!(c.clock.name(), "America/New_York");
    }

    #[test]
    fn rejects_bad_values_by_name() {
        let refused = |pairs: &[(&str, &str)], flag: &str| {
            let err = config(pairs).expect_err("refused").to_string();
            assert!(err.contains(flag), "{err}");
        };
        refused(&[("MYRECORD_ADDR", "nowhere")], "--addr");
        refused(
            &[("MYRECORD_SESSION_IDLE_MINUTES", "0")],
            "--session-idle-minutes",
        );
        refused(&[("MYRECORD_SECURE_COOKIES", "yes")], "--secure-cookies");
        refused(
            &[("MYRECORD_REQUEST_TIMEOUT_SECONDS", "0")],
            "--request-timeout-seconds",
        );
        refused(&[("MYRECORD_METRICS_TOKEN", "short")], "--metrics-token");
        refused(&[("MYRECORD_METRICS_ADDR", "everywhere")], "--metrics-addr");
        refused(
            &[("MYRECORD_PUBLIC_URL", "myrecord.example.gov")],
            "--public-url",
        );
        refused(&[("MYRECORD_SMTP_URL", "mail.example.gov")], "--smtp-url");
        refused(
            &[("MYRECORD_SECRET_KEY", "not hex")],
            "64 hexadecimal characters",
        );
        refused(&[("MYRECORD_ACCESS_CODE_DAYS", "0")], "from 1 to 366");
        refused(&[("MYRECORD_DISPUTE_DAYS", "thirty")], "--dispute-days");
        refused(&[("MYRECORD_MAX_STORAGE_MB", "0")], "--max-storage-mb");
        refused(
            &[("MYRECORD_RULE_PACK", "tx-nope")],
            "no rule pack \"tx-nope\"",
        );
        refused(
            &[("MYRECORD_TIME_ZONE", "Eastern")],
            "no time zone \"Eastern\"",
        );
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

    /// `NAME=value` and `# NAME=value` lines of `.env.example`, in order.
    fn env_example_lines() -> Vec<(String, String, bool)> {
        include_str!("../../.env.example")
            .lines()
            .filter_map(|line| {
                let (commented, line) = match line.strip_prefix("# ") {
                    Some(rest) => (true, rest),
                    None => (false, line),
                };
                let (name, value) = line.split_once('=')?;
                let is_name =
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_');
                is_name.then(|| (name.to_owned(), value.to_owned(), commented))
            })
            .collect()
    }

    #[test]
    fn env_example_lists_every_setting_with_its_default_and_nothing_else() {
        let declared = Config::declared();
        let example = env_example_lines();
        for (name, default) in &declared {
            let lines: Vec<_> = example.iter().filter(|(n, _, _)| n == name).collect();
            assert!(!lines.is_empty(), ".env.example does not mention {name}");
            // A line that sets a value shows the default, so copying the file changes nothing.
            for (_, value, commented) in lines {
                if let (false, Some(default)) = (commented, default) {
                    assert_eq!(
                        value, default,
                        ".env.example sets {name} to other than its default"
                    );
                }
            }
        }
        for (name, _, _) in &example {
            // RUST_LOG belongs to the logging library, not to the settings.
            assert!(
                name == "RUST_LOG" || declared.iter().any(|(n, _)| n == name),
                ".env.example mentions {name}, which is not a setting"
            );
        }
    }

    #[test]
    fn the_readme_table_lists_every_setting_with_its_default() {
        let readme = include_str!("../../README.md");
        let rows: Vec<&str> = readme
            .lines()
            .filter(|line| line.starts_with("| `"))
            .collect();
        let declared = Config::declared();
        for (name, default) in &declared {
            let row = rows
                .iter()
                .find(|row| row.starts_with(&format!("| `{name}` |")))
                .unwrap_or_else(|| panic!("the README's settings table lacks {name}"));
            let default_cell = row.split('|').nth(2).unwrap_or_default();
            match default {
                Some(default) => assert!(
                    default_cell.contains(&format!("`{default}`")),
                    "the README gives {name} another default than `{default}`: {row}"
                ),
                None => assert!(
                    !default_cell.contains('`') || name == "MYRECORD_PUBLIC_URL",
                    "{row}"
                ),
            }
        }
        for row in rows {
            let name = row.split('`').nth(1).unwrap_or_default();
            // RUST_LOG belongs to the logging library, not to the settings.
            if name != "RUST_LOG" && name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                assert!(
                    declared.iter().any(|(n, _)| n == name),
                    "the README's settings table lists {name}, which is not a setting"
                );
            }
        }
    }
}
