//! Test harness: a fresh database per test (SQLite file or PostgreSQL database, chosen by
//! `MYRECORD_TEST_DB`), the router driven in-process, and a tiny browser with a cookie jar.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use myrecord_server::config::Config;
use myrecord_server::domain::{Account, NewAccount, Role};
use myrecord_server::password;
use myrecord_server::store::Store;
use myrecord_server::totp::Secret;
use myrecord_server::web::{AppState, app};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use tower::ServiceExt;

pub const PASSWORD: &str = "correct horse battery staple";
pub const SAMPLE: &str = include_str!("../fixtures/extract-sample.jsonl");

/// Which database the suite runs against: `sqlite` (default) or `postgres`.
pub fn backend_name() -> String {
    std::env::var("MYRECORD_TEST_DB").unwrap_or_else(|_| "sqlite".to_owned())
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name() -> String {
    format!(
        "myrecord_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        rand_suffix()
    )
}

fn rand_suffix() -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    nanos % 100_000
}

/// A database of its own for one test.
pub async fn fresh_database_url() -> String {
    let name = unique_name();
    match backend_name().as_str() {
        "postgres" => {
            let admin = std::env::var("MYRECORD_TEST_PG_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
            sqlx::any::install_default_drivers();
            let pool = sqlx::AnyPool::connect(&admin)
                .await
                .expect("PostgreSQL is running");
            sqlx::query(&format!("create database {name}"))
                .execute(&pool)
                .await
                .expect("can create a test database");
            pool.close().await;
            let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
            format!("{base}/{name}")
        }
        _ => {
            let dir: PathBuf = std::env::temp_dir().join("myrecord-tests");
            std::fs::create_dir_all(&dir).unwrap();
            format!("sqlite://{}/{name}.db", dir.display())
        }
    }
}

pub struct TestApp {
    pub store: Store,
    pub router: Router,
    pub state: AppState,
    pub database_url: String,
}

/// The secret of every staff account made by [`TestApp::staff`] (base32).
pub const STAFF_TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

impl TestApp {
    /// An app on a fresh, migrated, empty database.
    pub async fn empty() -> TestApp {
        TestApp::with_settings(&[]).await
    }

    /// An app with extra settings (environment variable name, value). With
    /// `MYRECORD_SMTP_URL` set, the mail worker runs as it does in `serve`.
    pub async fn with_settings(settings: &[(&str, String)]) -> TestApp {
        let url = fresh_database_url().await;
        let store = Store::connect(&url)
            .await
            .expect("store connects and migrates");
        // Each app's agency notices go to a folder of its own, never into the source tree.
        let notices = std::env::temp_dir()
            .join("myrecord-tests")
            .join(format!("notices-{}", unique_name()));
        let config = Config::from_lookup(|name| {
            let setting = settings
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.clone());
            match name {
                "DATABASE_URL" => Some(url.clone()),
                "MYRECORD_NOTICES_DIR" => setting.or_else(|| Some(notices.display().to_string())),
                "MYRECORD_SECRET_KEY" => setting.or_else(|| Some("5e".repeat(32))),
                _ => setting,
            }
        })
        .unwrap();
        let state = AppState::new(store.clone(), config);
        // The worker runs for the rest of the test process (its stop is never sent).
        let (stop, never) = tokio::sync::watch::channel(false);
        std::mem::forget(stop);
        if let Some(mailer) = myrecord_server::mail::Mailer::from_config(&state.config).unwrap() {
            myrecord_server::mail::spawn_worker(
                store.clone(),
                mailer,
                state.mail_wakeup.clone(),
                never,
            );
        }
        let router = app(state.clone());
        TestApp {
            store,
            router,
            state,
            database_url: url,
        }
    }

    /// An app with the three sample people imported, each with an account
    /// (`<first>.<last>@example.org`, password [`PASSWORD`]).
    pub async fn with_sample_people() -> TestApp {
        TestApp::with_sample_people_and(&[]).await
    }

    /// [`TestApp::with_sample_people`] with extra settings.
    pub async fn with_sample_people_and(settings: &[(&str, String)]) -> TestApp {
        let test = TestApp::with_settings(settings).await;
        test.import(SAMPLE).await;
        for (email, sid) in [
            ("maria.santos@example.org", "PA2000001"),
            ("darnell.brooks@example.org", "PA2000002"),
            ("linh.nguyen@example.org", "PA2000003"),
        ] {
            let person = test.store.person_id_by_sid(sid).await.unwrap().unwrap();
            test.person_account(email, Some(person)).await;
        }
        test
    }

    /// A person's account (password [`PASSWORD`]) linked to this person's record, or to none.
    pub async fn person_account(&self, email: &str, person_id: Option<i64>) -> Account {
        let hash = password::hash(PASSWORD.to_owned()).await.unwrap();
        self.store
            .create_account(
                NewAccount {
                    email,
                    password_hash: &hash,
                    role: Role::Person,
                    person_id,
                    display_name: None,
                    organisation: None,
                    language: None,
                },
                None,
            )
            .await
            .unwrap()
    }

    pub async fn import(&self, extract: &str) {
        self.store
            .import_extract(
                "test",
                time::macros::date!(2026 - 11 - 01),
                myrecord_clearance::extract::read_numbered(extract.as_bytes()),
            )
            .await
            .expect("extract imports");
    }

    pub fn browser(&self) -> Browser {
        Browser {
            router: self.router.clone(),
            cookies: BTreeMap::new(),
            accept_language: None,
            client: "192.0.2.10:50000".parse().unwrap(),
        }
    }

    /// The newest email queued for `to` whose body contains `marker`, once the (background)
    /// work that writes it has done so: waits up to five seconds.
    pub async fn email_to(&self, to: &str, marker: &str) -> String {
        use sqlx::Row;
        for _ in 0..100 {
            let rows =
                sqlx::query("select body from outbox_email where to_address = $1 order by id desc")
                    .bind(to)
                    .fetch_all(self.store.pool())
                    .await
                    .unwrap();
            if let Some(body) = rows
                .iter()
                .map(|r| r.try_get::<String, _>("body").unwrap())
                .find(|b| b.contains(marker))
            {
                return body;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no email to {to} with {marker:?}");
    }

    /// Signs up through the real forms: the registration form, then the link from the email
    /// (read from the outbox) and its button. Returns the signed-in browser.
    pub async fn register(&self, email: &str) -> Browser {
        let mut browser = self.browser();
        let token = browser.get("/register").await.csrf_token();
        let sent = browser
            .post(
                "/register",
                &[
                    ("email", email),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                    ("csrf_token", &token),
                ],
            )
            .await;
        assert_eq!(sent.location(), Some("/register?sent=1"), "{}", sent.text());
        let body = self.email_to(email, "/register/confirm/").await;
        let path = link_path(&body, "/register/confirm/");
        let token = browser.get(&path).await.csrf_token();
        let created = browser.post(&path, &[("csrf_token", &token)]).await;
        assert_eq!(created.location(), Some("/record"), "{}", created.text());
        browser
    }

    /// A person's account (password [`PASSWORD`]) with no record linked yet.
    pub async fn person_without_record(&self, email: &str) -> Account {
        self.person_account(email, None).await
    }

    /// A staff or legal aid account with two-step sign-in already on (secret
    /// [`STAFF_TOTP_SECRET`]) and password [`PASSWORD`].
    pub async fn staff(&self, role: Role, email: &str, name: &str) -> Account {
        let hash = password::hash(PASSWORD.to_owned()).await.unwrap();
        let account = self
            .store
            .create_account(
                NewAccount {
                    email,
                    password_hash: &hash,
                    role,
                    person_id: None,
                    display_name: Some(name),
                    organisation: Some("Test Organisation"),
                    language: None,
                },
                None,
            )
            .await
            .unwrap();
        self.store
            .enable_two_step(
                &account,
                &self
                    .state
                    .config
                    .secret_key()
                    .seal(STAFF_TOTP_SECRET, account.id),
                0,
                &[],
            )
            .await
            .unwrap();
        self.store.account_by_id(account.id).await.unwrap().unwrap()
    }

    /// Lena, a legal aid worker Maria (of the sample) has let see her record until 2099,
    /// signed in: her account, her browser and Maria's person id.
    pub async fn lena_with_marias_consent(&self) -> (Account, Browser, i64) {
        let lena = self
            .staff(Role::LegalAid, "lena@legalaid.example.org", "Lena Ortiz")
            .await;
        let maria = self.account("maria.santos@example.org").await;
        let person = maria.person_id.expect("Maria's record is linked");
        self.store
            .grant_access(
                &maria,
                person,
                &lena.email,
                time::macros::date!(2099 - 12 - 31),
            )
            .await
            .unwrap();
        let mut worker = self.browser();
        worker.sign_in_staff(&lena.email).await;
        (lena, worker, person)
    }

    /// The account with this email.
    pub async fn account(&self, email: &str) -> Account {
        self.store
            .credentials_by_email(email)
            .await
            .unwrap()
            .expect("account exists")
            .account
    }

    /// Runs a scalar count query (`select count(*) …`).
    pub async fn count(&self, sql: &str) -> i64 {
        use sqlx::Row;
        sqlx::query(sql)
            .fetch_one(self.store.pool())
            .await
            .unwrap()
            .try_get::<i64, _>(0)
            .unwrap()
    }

    /// Runs a scalar count query until it gives `expected` (work done after a response, such
    /// as the emails of a reset request, takes a moment), for up to five seconds; returns the
    /// last count.
    pub async fn count_eventually(&self, sql: &str, expected: i64) -> i64 {
        let mut count = self.count(sql).await;
        for _ in 0..100 {
            if count == expected {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            count = self.count(sql).await;
        }
        count
    }

    /// Runs a query for one text value.
    pub async fn text(&self, sql: &str) -> String {
        use sqlx::Row;
        sqlx::query(sql)
            .fetch_one(self.store.pool())
            .await
            .unwrap()
            .try_get::<String, _>(0)
            .unwrap()
    }
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent (for downloads).
    pub bytes: Vec<u8>,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    /// The page's anti-forgery token (from the first form).
    pub fn csrf_token(&self) -> String {
        let marker = "name=\"csrf_token\" value=\"";
        let start = self.body.find(marker).expect("page has a form token") + marker.len();
        let length = self.body[start..]
            .find('"')
            .expect("the token's value ends");
        self.body[start..start + length].to_owned()
    }

    /// The body with tags removed and spaces folded, for asserting on visible text.
    pub fn text(&self) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in self.body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&#x27;", "'")
            .replace("&amp;", "&")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Keeps cookies between requests like a browser with JavaScript off.
#[derive(Clone)]
pub struct Browser {
    router: Router,
    pub cookies: BTreeMap<String, String>,
    pub accept_language: Option<&'static str>,
    /// The network address requests come from (as the server's socket would see it).
    pub client: SocketAddr,
}

impl Browser {
    pub async fn get(&mut self, uri: &str) -> Page {
        self.send(Method::GET, uri, None).await
    }

    pub async fn post(&mut self, uri: &str, form: &[(&str, &str)]) -> Page {
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.send(Method::POST, uri, Some(body)).await
    }

    /// Posts an urlencoded form body exactly as given (for bytes a browser could send but a
    /// `&str` cannot hold).
    pub async fn post_encoded(&mut self, uri: &str, body: &[u8]) -> Page {
        self.send_body(
            Method::POST,
            uri,
            Some((
                "application/x-www-form-urlencoded".to_owned(),
                body.to_vec(),
            )),
        )
        .await
    }

    /// Posts a `multipart/form-data` form, as a browser does for a file input. `file` is
    /// (field name, file name, bytes); an empty file input is `("document", "", b"")`.
    pub async fn post_multipart(
        &mut self,
        uri: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, &[u8])>,
    ) -> Page {
        const BOUNDARY: &str = "----myrecordtestboundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        if let Some((name, file_name, bytes)) = file {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; \
                     filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        self.send_body(
            Method::POST,
            uri,
            Some((format!("multipart/form-data; boundary={BOUNDARY}"), body)),
        )
        .await
    }

    async fn send(&mut self, method: Method, uri: &str, form: Option<String>) -> Page {
        let body = form.map(|f| {
            (
                "application/x-www-form-urlencoded".to_owned(),
                f.into_bytes(),
            )
        });
        self.send_body(method, uri, body).await
    }

    /// Starts a form post whose body arrives only when the caller sends it (or never): the
    /// request is under way, its session loaded, while the test does something else. The
    /// answer comes from the returned task; its cookies are not kept.
    pub fn post_held(
        &self,
        uri: &str,
    ) -> (
        tokio::sync::mpsc::Sender<Vec<u8>>,
        tokio::task::JoinHandle<Page>,
    ) {
        let (sender, receiver) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
        let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
            receiver
                .recv()
                .await
                .map(|chunk| (Ok::<_, std::io::Error>(chunk), receiver))
        });
        let mut request = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, self.cookie_header())
            .body(Body::from_stream(stream))
            .unwrap();
        request.extensions_mut().insert(ConnectInfo(self.client));
        let router = self.router.clone();
        let task = tokio::spawn(async move {
            let response = router.oneshot(request).await.unwrap();
            let status = response.status();
            let headers = response.headers().clone();
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            Page {
                status,
                headers,
                body: String::from_utf8_lossy(&bytes).into_owned(),
                bytes: bytes.to_vec(),
            }
        });
        (sender, task)
    }

    /// The `Cookie` header this browser sends.
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send_body(
        &mut self,
        method: Method,
        uri: &str,
        body: Option<(String, Vec<u8>)>,
    ) -> Page {
        let mut request = Request::builder().method(method).uri(uri);
        if !self.cookies.is_empty() {
            request = request.header(header::COOKIE, self.cookie_header());
        }
        if let Some(lang) = self.accept_language {
            request = request.header(header::ACCEPT_LANGUAGE, lang);
        }
        let body = match body {
            Some((content_type, bytes)) => {
                request = request.header(header::CONTENT_TYPE, content_type);
                Body::from(bytes)
            }
            None => Body::empty(),
        };
        let mut request = request.body(body).unwrap();
        request.extensions_mut().insert(ConnectInfo(self.client));
        let response = self.router.clone().oneshot(request).await.unwrap();
        for set_cookie in response.headers().get_all(header::SET_COOKIE) {
            let text = set_cookie.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            let expired = text.contains("Max-Age=0") || value.is_empty();
            if expired {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// Signs in through the real form; returns the response to the sign-in post.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> Page {
        let token = self.get("/").await.csrf_token();
        self.post(
            "/sign-in",
            &[
                ("email", email),
                ("password", password),
                ("csrf_token", &token),
            ],
        )
        .await
    }

    /// Signs in a staff account made by [`TestApp::staff`]: password, then the current code.
    pub async fn sign_in_staff(&mut self, email: &str) -> Page {
        let first = self.sign_in(email, PASSWORD).await;
        assert_eq!(first.location(), Some("/sign-in/two-step"), "{email}");
        let token = self.get("/sign-in/two-step").await.csrf_token();
        let code = Secret::from_base32(STAFF_TOTP_SECRET)
            .unwrap()
            .code_at(time::OffsetDateTime::now_utc().unix_timestamp());
        self.post(
            "/sign-in/two-step",
            &[("code", &code), ("csrf_token", &token)],
        )
        .await
    }

    pub fn session_cookie(&self) -> Option<String> {
        self.cookies
            .get(myrecord_server::web::SESSION_COOKIE)
            .cloned()
    }
}

/// The path of the first link in `text` that contains `marker` (`/register/confirm/…`).
pub fn link_path(text: &str, marker: &str) -> String {
    let start = text.find(marker).expect("the text has the link");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
