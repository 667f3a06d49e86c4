//! Commands about accounts: staff and legal aid users, two-step resets, access-code letters.

use crate::config::Config;
use crate::domain::{NewAccount, Role};
use crate::policy::requires_two_step;
use crate::store::Store;
use crate::store::accounts::CreateAccountError;
use crate::web;
use anyhow::Context;

pub(super) async fn issue_access_code(
    config: Config,
    sid: &str,
    letter_file: &std::path::Path,
    language: &str,
) -> anyhow::Result<()> {
    let Some(second_language) = myrecord_app::i18n::Locale::from_tag(language) else {
        let offered: Vec<_> = myrecord_app::i18n::Locale::ALL
            .iter()
            .map(|l| l.tag())
            .collect();
        anyhow::bail!(
            "--language: \"{language}\" is not one of the portal's languages ({})",
            offered.join(", ")
        );
    };
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    let state = web::AppState::new(store.clone(), config);
    let letter = web::staff::issue_letter(&state, None, sid, second_language)
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

pub(super) async fn reset_two_step(config: Config, email: &str) -> anyhow::Result<()> {
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

pub(super) async fn create_user(
    config: Config,
    role: Role,
    email: &str,
    name: &str,
    organisation: &str,
) -> anyhow::Result<()> {
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
                language: None,
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
