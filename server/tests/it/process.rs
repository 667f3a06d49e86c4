//! The real `myrecord` binary for tests that need a process: started on its own port and
//! database, and spoken to over real sockets with plain HTTP/1.1.

use std::collections::HashMap;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::process::{Child, Command};

pub const PASSWORD: &str = "durability test passphrase";
/// An HTTP/1.1 response: status, headers (lower-case names), body.
pub struct Response {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub body: String,
}

/// One request on its own connection (a browser tab, as far as the server can tell).
pub async fn http(
    port: u16,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<(&str, Vec<u8>)>,
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    let body = match body {
        Some((content_type, bytes)) => {
            head.push_str(&format!(
                "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
                bytes.len()
            ));
            bytes
        }
        None => Vec::new(),
    };
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&body).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no complete response"))?;
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Ok(Response {
        status,
        headers,
        body: body.to_owned(),
    })
}

pub fn form(fields: &[(&str, &str)]) -> (&'static str, Vec<u8>) {
    let encoded = fields
        .iter()
        .map(|(k, v)| {
            let value: String = v
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={value}")
        })
        .collect::<Vec<_>>()
        .join("&");
    ("application/x-www-form-urlencoded", encoded.into_bytes())
}

pub fn token(body: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = body.find(marker).expect("a form token") + marker.len();
    let length = body[start..].find('"').expect("the token's value ends");
    body[start..start + length].to_owned()
}

pub fn session_cookie(response: &Response) -> String {
    let set = &response.headers["set-cookie"];
    set.split(';').next().unwrap().to_owned()
}

pub async fn start_server(
    database_url: &str,
    port: u16,
    demo: bool,
    scratch: &std::path::Path,
    settings: &[(&str, String)],
) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_myrecord"));
    command
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("MYRECORD_ADDR", format!("127.0.0.1:{port}"))
        .env("MYRECORD_DEMO_PASSWORD", PASSWORD)
        .env("MYRECORD_NOTICES_DIR", scratch.join("notices"))
        .env("MYRECORD_SECRET_KEY_FILE", scratch.join("secret.key"))
        .env_remove("MYRECORD_SMTP_URL")
        .env("RUST_LOG", "error")
        .current_dir(scratch)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true);
    if demo {
        command.arg("--demo");
    }
    for (name, value) in settings {
        command.env(name, value);
    }
    let child = command.spawn().expect("the binary starts");
    for _ in 0..300 {
        if let Ok(r) = http(port, "GET", "/healthz", None, None).await
            && r.status == 200
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not come up");
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
