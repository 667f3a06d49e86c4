//! What every handler shares: the store, the settings, the mail worker's bell, and numbers
//! worth keeping for a minute.

use crate::config::Config;
use crate::store::Store;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Wakes the mail worker after a handler queued an email (see `crate::mail`).
    pub mail_wakeup: Arc<Notify>,
    /// The public statistics, counted at most once a minute.
    pub statistics: Arc<Kept<myrecord_app::pages::statistics::StatisticsView>>,
}

impl AppState {
    pub fn new(store: Store, config: Config) -> Self {
        crate::telemetry::install();
        AppState {
            store,
            config: Arc::new(config),
            mail_wakeup: Arc::default(),
            statistics: Arc::new(Kept::new(Duration::from_secs(60))),
        }
    }
}

/// A value worth reusing for a while, shared by every request of one app server.
pub struct Kept<T> {
    fresh_for: Duration,
    value: Mutex<Option<(Instant, T)>>,
}

impl<T: Clone> Kept<T> {
    pub fn new(fresh_for: Duration) -> Self {
        Kept {
            fresh_for,
            value: Mutex::new(None),
        }
    }

    /// The value, while it is fresh.
    pub fn fresh(&self) -> Option<T> {
        let kept = self.value.lock().ok()?;
        kept.as_ref()
            .filter(|(at, _)| at.elapsed() < self.fresh_for)
            .map(|(_, value)| value.clone())
    }

    pub fn keep(&self, value: &T) {
        if let Ok(mut kept) = self.value.lock() {
            *kept = Some((Instant::now(), value.clone()));
        }
    }
}
