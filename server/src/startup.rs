//! Starting the portal: the database, demo data, the housekeeping loop, the mail worker, the
//! listeners, and a graceful stop.

use crate::config::Config;
use crate::store::Store;
use crate::{demo, web};
use anyhow::Context;
use myrecord_clearance::domain::Jurisdiction;
use tower_sessions::ExpiredDeletion;

/// Runs the portal; `demo` loads that state's demo people first (and runs its law).
pub async fn serve(mut config: Config, demo: Option<Jurisdiction>) -> anyhow::Result<()> {
    config.resolve_secret_key()?;
    if let Some(state) = demo {
        let configured = crate::packs::get(&config.rule_pack);
        if configured.is_none_or(|pack| pack.jurisdiction() != state) {
            config.rule_pack = crate::packs::in_force(state).id().to_owned();
        }
        // The demo shows where people would call, with its state's fictional offices.
        if *config.contacts == myrecord_app::model::Contacts::default() {
            config.contacts = std::sync::Arc::new(
                crate::contacts::parse(demo::state(state).contacts)
                    .expect("the demo's offices are valid"),
            );
        }
    }
    let store = Store::connect(&config.database_url)
        .await
        .context("opening the database")?;
    if let Some(state) = demo {
        let pack = crate::packs::get(&config.rule_pack).context("the rule pack in force")?;
        let loaded = demo::load(
            &store,
            demo::state(state),
            pack,
            config.demo_password.clone(),
            config.clock.today(),
        )
        .await?;
        println!("Demo state {state}, law in force: {}.", pack.law_citation());
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
    tokio::spawn(housekeeping(store.clone()));
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

/// Removes sessions that timed out, attempts no limit looks at, dispute drafts left unsent for
/// a month and sign-ups whose link expired, once a minute, for as long as the portal runs.
async fn housekeeping(store: Store) {
    let sessions = crate::store::sessions::DbSessionStore::new(store.clone());
    let mut every_minute = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every_minute.tick().await;
        if let Err(err) = sessions.delete_expired().await {
            tracing::warn!(error = %err, "could not delete expired sessions");
        }
        if let Err(err) = crate::throttle::forget_old(&store).await {
            tracing::warn!(error = %err, "could not delete old sign-in attempts");
        }
        let now = time::OffsetDateTime::now_utc();
        let abandoned = crate::disputes::abandoned_before(now);
        if let Err(err) = store.forget_abandoned_drafts(abandoned).await {
            tracing::warn!(error = %err, "could not delete abandoned dispute drafts");
        }
        if let Err(err) = store
            .forget_expired_registrations(now.unix_timestamp())
            .await
        {
            tracing::warn!(error = %err, "could not delete expired sign-ups");
        }
    }
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
