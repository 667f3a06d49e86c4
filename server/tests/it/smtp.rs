//! A real SMTP server for tests: it listens on a local port, speaks the protocol (EHLO, MAIL,
//! RCPT, DATA, QUIT) to whatever connects, and keeps every message it receives. The portal's
//! mail worker talks to it exactly as it would to a relay.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// A message as received: envelope recipients and the raw data (headers and body).
#[derive(Clone, Debug)]
pub struct Received {
    pub recipients: Vec<String>,
    pub data: String,
}

impl Received {
    /// The body with quoted-printable soft line breaks joined and `=XX` escapes decoded, so
    /// tests can look for a link or a sentence.
    pub fn text(&self) -> String {
        let body = self
            .data
            .split_once("\r\n\r\n")
            .map_or(self.data.as_str(), |(_, b)| b);
        let joined = body.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'='
                && i + 2 < bytes.len()
                && let Ok(byte) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
            {
                out.push(byte);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The first `http…` address in the body.
    pub fn link(&self) -> String {
        let text = self.text();
        let start = text.find("http").expect("the email has a link");
        text[start..].split_whitespace().next().unwrap().to_owned()
    }
}

pub struct SmtpServer {
    pub port: u16,
    messages: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        SmtpServer::start_with_ack_delay(Duration::ZERO).await
    }

    /// A relay that takes `delay` to acknowledge each message after receiving it (a message
    /// counts as arrived before the acknowledgement).
    pub async fn start_with_ack_delay(delay: Duration) -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let arrived = Arc::new(Notify::new());
        let (store, notify) = (messages.clone(), arrived.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (store, notify) = (store.clone(), notify.clone());
                tokio::spawn(async move {
                    let _ = serve(socket, store, notify, delay).await;
                });
            }
        });
        SmtpServer {
            port,
            messages,
            arrived,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }

    /// Waits (up to ten seconds) until at least `count` messages have arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.arrived.notified();
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("expected {count} email(s), got {}", self.messages().len());
            }
        }
    }
}

async fn serve(
    socket: tokio::net::TcpStream,
    store: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
    ack_delay: Duration,
) -> std::io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader);
    writer.write_all(b"220 test.smtp ESMTP ready\r\n").await?;
    let mut recipients = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_ascii_uppercase();
        if command.starts_with("EHLO") || command.starts_with("HELO") {
            writer
                .write_all(b"250-test.smtp\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                .await?;
        } else if command.starts_with("MAIL FROM") {
            recipients.clear();
            writer.write_all(b"250 OK\r\n").await?;
        } else if command.starts_with("RCPT TO") {
            let address = line.trim_end()[8..]
                .trim_matches(|c| c == ' ' || c == '<' || c == '>' || c == ':')
                .to_owned();
            recipients.push(address);
            writer.write_all(b"250 OK\r\n").await?;
        } else if command == "DATA" {
            writer
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = String::new();
            loop {
                line.clear();
                if lines.read_line(&mut line).await? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" {
                    break;
                }
                // Dot-stuffing: a leading dot was doubled by the client.
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            store.lock().unwrap().push(Received {
                recipients: std::mem::take(&mut recipients),
                data,
            });
            arrived.notify_waiters();
            tokio::time::sleep(ack_delay).await;
            writer.write_all(b"250 OK: queued\r\n").await?;
        } else if command == "QUIT" {
            writer.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else if command == "RSET" || command == "NOOP" {
            writer.write_all(b"250 OK\r\n").await?;
        } else {
            writer.write_all(b"502 Command not implemented\r\n").await?;
        }
    }
}
