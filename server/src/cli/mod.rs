//! The `myrecord` command line: one subcommand per job an operator does. This module declares
//! the commands and hands each to the file that does it; `serve` is [`crate::startup`].

mod accounts;
mod records;

use crate::config::{Config, Settings};
use crate::domain::Role;
use clap::{Parser, Subcommand, ValueEnum};
use myrecord_clearance::domain::Jurisdiction;
use myrecord_clearance::pack::RulePack;
use std::path::PathBuf;
use time::Date;

#[derive(Parser)]
#[command(
    name = "myrecord",
    version,
    about = "My Record: see your criminal record in plain language, and the Clean Slate \
             clearance engine behind it",
    after_help = "Every setting may also be put in a .env file in the working directory \
                  (see .env.example); the environment wins over the file, a flag over both."
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Reads the command line and the environment. A setting whose variable is present but
    /// empty (`MYRECORD_SMTP_URL=` in a deployment template) counts as unset, as it always
    /// has, rather than as an invalid value.
    pub fn from_args_and_env() -> Cli {
        use clap::{CommandFactory, FromArgMatches};
        let command = Cli::command().mut_args(|arg| {
            let empty = arg.get_env().is_some_and(|name| {
                std::env::var_os(name)
                    .is_some_and(|value| value.to_string_lossy().trim().is_empty())
            });
            if empty { arg.env(None::<&str>) } else { arg }
        });
        Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|err| err.exit())
    }
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the web portal (creates and migrates the database if needed).
    Serve {
        /// Load synthetic demo people and their accounts first.
        #[arg(long)]
        demo: bool,
        /// With --demo: the state whose people to load (PA, CA or MI); the portal then runs
        /// that state's law in force, unless MYRECORD_RULE_PACK names another of its packs.
        #[arg(long, requires = "demo", default_value = "PA", value_parser = Jurisdiction::parse)]
        state: Jurisdiction,
    },
    /// Import a record extract (JSON Lines): all of it, or nothing if any line is bad.
    Import {
        /// The extract file.
        file: PathBuf,
        /// The date the state's data is current as of (YYYY-MM-DD); defaults to today.
        #[arg(long, value_parser = calendar_date)]
        as_of: Option<Date>,
    },
    /// Automatic clearance: apply a rule pack to an extract or to the database.
    Clearance {
        #[command(subcommand)]
        command: ClearanceCommand,
    },
    /// Record access codes, mailed to people so they can link their record to an account.
    AccessCode {
        #[command(subcommand)]
        command: AccessCodeCommand,
    },
    /// Staff and legal aid accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Subcommand)]
pub enum AccessCodeCommand {
    /// Issue a new code for one person (any earlier unused code stops working) and write the
    /// letter that carries it.
    Issue {
        /// The person's state identification number.
        #[arg(long)]
        sid: String,
        /// Where to write the printable letter (HTML, in English and a second language).
        #[arg(long, default_value = "access-code-letter.html")]
        letter: PathBuf,
        /// The letter's second language, after English: es, zh-Hans, vi, ko, tl, ru or ar.
        #[arg(long, default_value = "es")]
        language: String,
    },
}

/// The roles an operator gives; people create their own accounts.
#[derive(Clone, Copy, ValueEnum)]
pub enum StaffRole {
    #[value(name = "legal_aid")]
    LegalAid,
    Reviewer,
    Admin,
}

impl From<StaffRole> for Role {
    fn from(role: StaffRole) -> Role {
        match role {
            StaffRole::LegalAid => Role::LegalAid,
            StaffRole::Reviewer => Role::Reviewer,
            StaffRole::Admin => Role::Admin,
        }
    }
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a staff or legal aid account. The new user gets an email (and this command
    /// prints) a link to choose their own password; two-step sign-in is set up at first use.
    Create {
        #[arg(long)]
        role: StaffRole,
        #[arg(long)]
        email: String,
        /// The name people see on "Who has viewed my record".
        #[arg(long)]
        name: String,
        /// Their agency or organisation, shown beside their name.
        #[arg(long)]
        organisation: String,
    },
    /// Turn two-step sign-in off for an account whose owner lost their authenticator app and
    /// recovery codes. Their sessions end; they set two-step sign-in up again at next sign-in.
    ResetTwoStep {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
pub enum ClearanceCommand {
    /// Print one JSON decision per charge of an extract file, in input order (no database).
    Check {
        /// Rule pack: a built-in id (pa-cs3, pa-act56, ca-prop64, mi-cleanslate) or the path
        /// of a pack file.
        #[arg(long, value_parser = rule_pack)]
        rules: &'static RulePack,
        /// Decide as of this date (YYYY-MM-DD).
        #[arg(long, value_parser = calendar_date)]
        as_of: Date,
        /// The extract (JSON Lines).
        file: PathBuf,
    },
    /// Review everyone in the database, seal newly cleared charges, write agency notices.
    Run {
        /// Rule pack, e.g. pa-act56.
        #[arg(long, value_parser = rule_pack)]
        rules: &'static RulePack,
        /// Decide as of this date (YYYY-MM-DD); defaults to today in MYRECORD_TIME_ZONE.
        #[arg(long, value_parser = calendar_date)]
        as_of: Option<Date>,
        /// Folder for the per-agency notice files (a run-<id>-<started> folder is made
        /// inside); defaults to MYRECORD_NOTICES_DIR, where re-reviews write theirs too.
        #[arg(long)]
        notices: Option<PathBuf>,
        /// Write nothing: report what the run would change against the stored decisions
        /// (counts per rule, status and remedy; newly cleared; remedy upgrades; lost
        /// eligibility; data quality).
        #[arg(long)]
        dry_run: bool,
        /// With --dry-run: also write the report to this file, as JSON.
        #[arg(long, requires = "dry_run")]
        report: Option<PathBuf>,
        /// With --dry-run: count charges still not final whose arrest is older than this
        /// many years.
        #[arg(long, default_value_t = 5, requires = "dry_run")]
        stale_years: u32,
    },
}

/// A built-in pack by id, or a pack file by path (`--rules ./my-state.toml`): a state's law
/// is data, so an agency can run its own file without a new build.
fn rule_pack(name: &str) -> Result<&'static RulePack, String> {
    if let Some(pack) = crate::packs::get(name) {
        return Ok(pack);
    }
    if name.ends_with(".toml") || std::path::Path::new(name).is_file() {
        let text = std::fs::read_to_string(name)
            .map_err(|e| format!("could not read the rule pack file {name}: {e}"))?;
        let pack = RulePack::from_toml(&text).map_err(|e| format!("{name}: {e}"))?;
        // Parsed once per process for its whole life, like the built-in packs.
        return Ok(Box::leak(Box::new(pack)));
    }
    Err(format!(
        "there is no rule pack \"{name}\"; available: {} (or give the path of a .toml file)",
        crate::packs::ids().join(", ")
    ))
}

fn calendar_date(text: &str) -> Result<Date, String> {
    myrecord_clearance::domain::parse_date(text).map_err(|e| e.to_string())
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::from_settings(cli.settings);
    match cli.command {
        Command::Serve { demo, state } => {
            crate::startup::serve(config, demo.then_some(state)).await
        }
        Command::Import { file, as_of } => records::import(config, &file, as_of).await,
        Command::Clearance {
            command: ClearanceCommand::Check { rules, as_of, file },
        } => records::clearance_check(rules, as_of, &file),
        Command::Clearance {
            command:
                ClearanceCommand::Run {
                    rules,
                    as_of,
                    notices,
                    dry_run: false,
                    ..
                },
        } => {
            let notices = notices.unwrap_or_else(|| config.notices_dir.clone());
            records::clearance_run(config, rules, as_of, &notices).await
        }
        Command::Clearance {
            command:
                ClearanceCommand::Run {
                    rules,
                    as_of,
                    dry_run: true,
                    report,
                    stale_years,
                    ..
                },
        } => records::clearance_dry_run(config, rules, as_of, report.as_deref(), stale_years).await,
        Command::AccessCode {
            command:
                AccessCodeCommand::Issue {
                    sid,
                    letter,
                    language,
                },
        } => accounts::issue_access_code(config, &sid, &letter, &language).await,
        Command::User {
            command:
                UserCommand::Create {
                    role,
                    email,
                    name,
                    organisation,
                },
        } => accounts::create_user(config, role.into(), &email, &name, &organisation).await,
        Command::User {
            command: UserCommand::ResetTwoStep { email },
        } => accounts::reset_two_step(config, &email).await,
    }
}
