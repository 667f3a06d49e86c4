//! The `myrecord` command line: one subcommand per job an operator does.

use crate::config::Config;
use crate::domain::{NewAccount, Role};
use crate::policy::requires_two_step;
use crate::store::Store;
use crate::store::accounts::CreateAccountError;
use crate::store::import::ImportError;
use crate::{demo, web};
use anyhow::Context;
use clap::{Parser, Subcommand};
use myrecord_clearance::domain::{format_date, parse_date};
use myrecord_clearance::pack::RulePack;
use std::path::PathBuf;
use tower_sessions::ExpiredDeletion;

#[derive(Parser)]
#[command(
    name = "myrecord",
    version,
    about = "My Record: see your criminal record in plain language, and the Clean Slate \
             clearance engine behind it",
    after_help = "Configuration comes from environment variables (see .env.example): \
                  MYRECORD_ADDR, DATABASE_URL, MYRECORD_DEMO_PASSWORD, \
                  MYRECORD_SESSION_IDLE_MINUTES, MYRECORD_SECURE_COOKIES, MYRECORD_PUBLIC_URL, \
                  MYRECORD_SMTP_URL, MYRECORD_MAIL_FROM, MYRECORD_BEHIND_PROXY, \
                  MYRECORD_ACCESS_CODE_DAYS, MYRECORD_DISPUTE_DAYS, MYRECORD_RULE_PACK, \
                  MYRECORD_NOTICES_DIR, MYRECORD_TIME_ZONE, MYRECORD_SECRET_KEY, \
                  MYRECORD_SECRET_KEY_FILE."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the web portal (creates and migrates the database if needed).
    Serve {
        /// Load synthetic demo people and their accounts first.
        #[arg(long)]
        demo: bool,
    },
    /// Import a record extract (JSON Lines): all of it, or nothing if any line is bad.
    Import {
        /// The extract file.
        file: PathBuf,
        /// The date the state's data is current as of (YYYY-MM-DD); defaults to today.
        #[arg(long)]
        as_of: Option<String>,
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
        /// Where to write the printable letter (HTML, English and Spanish).
        #[arg(long, default_value = "access-code-letter.html")]
        letter: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a staff or legal aid account. The new user gets an email (and this command
    /// prints) a link to choose their own password; two-step sign-in is set up at first use.
    Create {
        /// legal_aid, reviewer or admin.
        #[arg(long)]
        role: String,
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
        /// Rule pack, e.g. pa-act56.
        #[arg(long)]
        rules: String,
        /// Decide as of this date (YYYY-MM-DD).
        #[arg(long)]
        as_of: String,
        /// The extract (JSON Lines).
        file: PathBuf,
    },
    /// Review everyone in the database, seal newly cleared charges, write agency notices.
    Run {
        /// Rule pack, e.g. pa-act56.
        #[arg(long)]
        rules: String,
        /// Decide as of this date (YYYY-MM-DD); defaults to today in MYRECORD_TIME_ZONE.
        #[arg(long)]
        as_of: Option<String>,
        /// Folder for the per-agency notice files (a run-<id>-<started> folder is made
        /// inside); defaults to MYRECORD_NOTICES_DIR, where re-reviews write theirs too.
        #[arg(long)]
        notices: Option<PathBuf>,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    match cli.command {
        Command::Serve { demo } => serve(config, demo).await,
        Command::Import { file, as_of } => import(config, file, as_of).await,
        Command::Clearance {
            command: ClearanceCommand::Check { rules, as_of, file },
        } => clearance_check(&rules, &as_of, &file),
        Command::Clearance {
            command:
                ClearanceCommand::Run {
                    rules,
                    as_of,
                    notices,
                },
        } => {
            let notices = notices.unwrap_or_else(|| config.notices_dir.clone());
            clearance_run(config, &rules, as_of.as_deref(), &notices).await
        }
        Command::AccessCode {
            command: AccessCodeCommand::Issue { sid, letter },
        } => issue_access_code(config, &sid, &letter).await,
        Command::User {
            command:
                UserCommand::Create {
                    role,
                    email,
                    name,
                    organisation,
                },
        } => create_user(config, &role, &email, &name, &organisation).await,
        Command::User {
            command: UserCommand::ResetTwoStep { email },
        } => reset_two_step(config, &email).await,
    }
}

async fn issue_access_code(
    config: Config,
    sid: &str,
    letter_file: &std::path::Path,
) -> anyhow::Result<()> {
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let state = web::AppState::new(store.clone(), config);
    let letter = web::staff::issue_letter(&state, None, sid)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    store.close().await;
    let Some(letter) = letter else {
        anyhow::bail!("--sid: nobody in the database has the state id \"{sid}\"");
    };
    // The letter holds a working access code: readable by its owner only.
    crate::private_files::write(
        letter_file,
        myrecord_app::render_letter_file(letter.clone()),
    )
    .with_context(|| format!("writing {}", letter_file.display()))?;
    println!(
        "Access code issued; it works until {} (any earlier unused code for this person \
         no longer works).",
        letter.expires_on
    );
    println!(
        "The letter to print and mail is {}. The code is in it and nowhere else: the \
         database keeps only its hash.",
        letter_file.display()
    );
    Ok(())
}

async fn reset_two_step(config: Config, email: &str) -> anyhow::Result<()> {
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let Some(credentials) = store.credentials_by_email(email).await? else {
        anyhow::bail!("--email: no account has this email address");
    };
    store.reset_two_step(&credentials.account).await?;
    store.close().await;
    println!(
        "Two-step sign-in is off for this account and its sessions have ended. At the next \
         sign-in its owner sets it up again{}.",
        if requires_two_step(credentials.account.role) {
            " (required for their role before anything else)"
        } else {
            ""
        }
    );
    Ok(())
}

/// How long the first-password link of a new staff account works.
const WELCOME_LINK_DAYS: i64 = 7;

async fn create_user(
    config: Config,
    role: &str,
    email: &str,
    name: &str,
    organisation: &str,
) -> anyhow::Result<()> {
    let role = match Role::parse(role) {
        Some(Role::Person) | None => anyhow::bail!(
            "--role: use legal_aid, reviewer or admin (people create their own accounts)"
        ),
        Some(role) => role,
    };
    if let Some(problem) = crate::web::forms::email_problem(email) {
        anyhow::bail!(
            "--email: {}",
            myrecord_app::i18n::I18n::new(myrecord_app::i18n::Locale::En).t(problem)
        );
    }
    if name.trim().is_empty() || organisation.trim().is_empty() {
        anyhow::bail!("--name and --organisation: people see both when this user views a record");
    }
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    // Nobody knows this password: the user chooses their own through the link.
    let unusable = crate::password::hash(crate::secrets::link_token()).await?;
    let account = store
        .create_account(
            NewAccount {
                email,
                password_hash: &unusable,
                role,
                person_id: None,
                display_name: Some(name.trim()),
                organisation: Some(organisation.trim()),
            },
            None,
        )
        .await
        .map_err(|e| match e {
            CreateAccountError::EmailTaken => {
                anyhow::anyhow!("--email: an account with this email already exists")
            }
            CreateAccountError::Store(err) => err.into(),
        })?;
    let token = crate::secrets::link_token();
    let link = format!("{}/password-reset/{token}", config.public_url);
    let i18n = myrecord_app::i18n::I18n::new(myrecord_app::i18n::Locale::En);
    let welcome = crate::mail::messages::staff_welcome(
        i18n,
        &account.email,
        crate::web::context::nav_role(role).message(),
        &link,
    );
    let expires_at = time::OffsetDateTime::now_utc().unix_timestamp() + WELCOME_LINK_DAYS * 86_400;
    store
        .create_password_reset(&account, &crate::secrets::hash(&token), expires_at, welcome)
        .await?;
    store.close().await;
    println!("Created the {} account {}.", role.as_str(), account.email);
    println!(
        "They choose their password with this link (it works for {WELCOME_LINK_DAYS} days, \
         once); it is also emailed to them when email is set up:\n  {link}"
    );
    Ok(())
}

fn rule_pack(name: &str) -> anyhow::Result<&'static RulePack> {
    crate::packs::get(name).ok_or_else(|| {
        anyhow::anyhow!(
            "--rules: there is no rule pack \"{name}\"; available: {}",
            crate::packs::ids().join(", ")
        )
    })
}

fn parse_as_of(text: &str) -> anyhow::Result<time::Date> {
    parse_date(text).map_err(|e| anyhow::anyhow!("--as-of: {e}"))
}

fn clearance_check(rules: &str, as_of: &str, file: &std::path::Path) -> anyhow::Result<()> {
    let pack = rule_pack(rules)?;
    let as_of = parse_as_of(as_of)?;
    let input = std::io::BufReader::with_capacity(
        1 << 20,
        std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?,
    );
    let stdout = std::io::stdout();
    myrecord_clearance::check::check(pack, as_of, input, stdout.lock())
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    Ok(())
}

async fn clearance_run(
    config: Config,
    rules: &str,
    as_of: Option<&str>,
    notices: &std::path::Path,
) -> anyhow::Result<()> {
    let pack = rule_pack(rules)?;
    let as_of = match as_of {
        Some(text) => parse_as_of(text)?,
        None => config.clock.today(),
    };
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let progress = crate::clearance_run::terminal_progress();
    let started = std::time::Instant::now();
    let summary = crate::clearance_run::run(&store, pack, as_of, notices, &progress).await?;
    progress.finish_and_clear();
    store.close().await;
    let c = &summary.counts;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "Clearance run {} ({}, as of {}) finished in {seconds:.1} s.",
        summary.run_id,
        pack.id(),
        format_date(as_of)
    );
    println!(
        "  {} people, {} charges ({:.0} charges/s)",
        c.people,
        c.charges,
        c.charges as f64 / seconds.max(0.001)
    );
    println!(
        "  cleared {} (newly sealed {}), waiting {}, not eligible {}",
        c.cleared, c.newly_sealed, c.waiting, c.not_eligible
    );
    println!("  decisions written: {}", summary.decisions_written);
    println!(
        "  notices: {} agencies, {} rows in {}",
        summary.notices.agencies,
        summary.notices.rows,
        summary.notices.folder.display()
    );
    Ok(())
}

async fn serve(mut config: Config, load_demo: bool) -> anyhow::Result<()> {
    config.resolve_secret_key()?;
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    if load_demo {
        let loaded = demo::load(&store, config.demo_password.clone(), config.clock.today()).await?;
        println!(
            "Demo data loaded: {} people, each with an account.",
            loaded.emails.len()
        );
        for email in loaded.emails.iter().take(5) {
            println!("  {email}");
        }
        println!("Demo staff (two-step sign-in is set up at their first sign-in):");
        for (email, role) in &loaded.staff {
            println!("  {email} ({})", role.as_str());
        }
        match &loaded.generated_password {
            Some(password) => println!(
                "Demo password (shown once; set MYRECORD_DEMO_PASSWORD to choose it): {password}"
            ),
            None => println!("Demo password: the value of MYRECORD_DEMO_PASSWORD"),
        }
    }
    let sessions = crate::store::sessions::DbSessionStore::new(store.clone());
    let housekeeping_store = store.clone();
    tokio::spawn(async move {
        // Removes sessions that timed out, attempts no limit looks at, dispute drafts left
        // unsent for a month and sign-ups whose link expired, once a minute.
        let mut every_minute = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every_minute.tick().await;
            if let Err(err) = sessions.delete_expired().await {
                tracing::warn!(error = %err, "could not delete expired sessions");
            }
            if let Err(err) = crate::throttle::forget_old(&housekeeping_store).await {
                tracing::warn!(error = %err, "could not delete old sign-in attempts");
            }
            if let Err(err) = crate::disputes::forget_abandoned_drafts(&housekeeping_store).await {
                tracing::warn!(error = %err, "could not delete abandoned dispute drafts");
            }
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            if let Err(err) = housekeeping_store.forget_expired_registrations(now).await {
                tracing::warn!(error = %err, "could not delete expired sign-ups");
            }
        }
    });
    let state = web::AppState::new(store.clone(), config);
    let (stop_mail, mail_stop) = tokio::sync::watch::channel(false);
    let mail_worker = match crate::mail::Mailer::from_config(&state.config)? {
        Some(mailer) => Some(crate::mail::spawn_worker(
            store.clone(),
            mailer,
            state.mail_wakeup.clone(),
            mail_stop,
        )),
        None => {
            println!(
                "Email is not set up (MYRECORD_SMTP_URL): messages wait in the database and \
                 are sent once it is."
            );
            None
        }
    };
    let listener = tokio::net::TcpListener::bind(state.config.addr)
        .await
        .with_context(|| format!("listening on {}", state.config.addr))?;
    println!("My Record is running at http://{}/", listener.local_addr()?);
    if let Some(addr) = state.config.metrics_addr {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("listening on {addr} (MYRECORD_METRICS_ADDR)"))?;
        let metrics = web::health::metrics_only(state.clone());
        println!(
            "Metrics for Prometheus at http://{}/metrics",
            listener.local_addr()?
        );
        tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, metrics).await {
                tracing::error!(error = %err, "the metrics listener stopped");
            }
        });
    }
    let app = web::app(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    // Requests in flight have been answered; the mail worker finishes the message it is
    // sending (a relay's own timeout bounds that) and marks it, so nothing is sent twice.
    let _ = stop_mail.send(true);
    if let Some(worker) = mail_worker
        && tokio::time::timeout(std::time::Duration::from_secs(60), worker)
            .await
            .is_err()
    {
        tracing::warn!("the mail worker did not finish its message in time");
    }
    store.close().await;
    println!("My Record stopped.");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

async fn import(config: Config, file: PathBuf, as_of: Option<String>) -> anyhow::Result<()> {
    let data_as_of = match as_of {
        Some(text) => myrecord_clearance::domain::parse_date(&text)
            .map_err(|e| anyhow::anyhow!("--as-of: {e}"))?,
        None => config.clock.today(),
    };
    let reader = std::io::BufReader::new(
        std::fs::File::open(&file).with_context(|| format!("opening {}", file.display()))?,
    );
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let source = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let result = store
        .import_extract(
            &source,
            data_as_of,
            myrecord_clearance::extract::read_numbered(reader),
        )
        .await;
    store.close().await;
    match result {
        Ok(summary) => {
            println!(
                "Imported {} people with {} charges (import {}).",
                summary.people, summary.charges, summary.batch_id
            );
            Ok(())
        }
        Err(ImportError::Rejected { listed, total }) => {
            eprintln!("{}: nothing was imported, because:", file.display());
            for error in &listed {
                eprintln!("  {error}");
            }
            if total > listed.len() {
                anyhow::bail!(
                    "the extract has {total} bad lines (the first {} are listed above)",
                    listed.len()
                )
            }
            anyhow::bail!(
                "the extract has {total} bad line{}",
                if total == 1 { "" } else { "s" }
            )
        }
        Err(ImportError::Empty) => anyhow::bail!(
            "{}: the file holds no people (it is empty, or has only blank lines); nothing was \
             imported",
            file.display()
        ),
        Err(ImportError::Store(err)) => Err(err.into()),
    }
}
