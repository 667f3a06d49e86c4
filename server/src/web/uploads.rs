//! Documents people send: reading a multipart form (one document and perhaps a message),
//! checking each document by its content, and sending one back as a download.
//!
//! A document is copied to a spool file as it arrives, a piece at a time, and from there into
//! the database: however many arrive at once, none is held whole in memory.

use super::csrf;
use super::error::WebError;
use super::forms::Posted;
use super::state::AppState;
use crate::disputes::{
    MAX_DOCUMENT_BYTES, MAX_STATEMENT_CHARS, clean_text, document_name, sniff_document_type,
};
use crate::store::documents::{Document, DocumentSource, NewDocument};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::io::Write;

/// A posted multipart form (a document, perhaps a message), read and with its anti-forgery
/// token checked, like [`Posted`] for other forms.
pub struct Uploaded(pub Posted<Upload>);

impl FromRequest<AppState> for Uploaded {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        let (mut parts, body) = request.into_parts();
        let session = super::forms::session_of(&mut parts, state).await?;
        let multipart = Multipart::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| WebError::BadRequest)?;
        let upload = read(multipart).await;
        Ok(Uploaded(
            if csrf::verify(&session, &upload.csrf_token).await? {
                Posted::Genuine(upload)
            } else {
                Posted::Expired(upload)
            },
        ))
    }
}

/// A document that passed the checks, waiting in its spool file (removed when dropped).
pub struct UploadedFile {
    pub name: String,
    pub content_type: &'static str,
    pub size_bytes: i64,
    spool: tempfile::NamedTempFile,
}

impl UploadedFile {
    /// The document, to be stored.
    pub fn as_new_document(&self) -> NewDocument<'_> {
        NewDocument {
            file_name: &self.name,
            content_type: self.content_type,
            source: DocumentSource::File {
                path: self.spool.path(),
                size_bytes: self.size_bytes,
            },
        }
    }
}

/// A posted multipart form: its token, an optional message and an optional document.
#[derive(Default)]
pub struct Upload {
    pub csrf_token: String,
    pub message: String,
    pub file: Option<UploadedFile>,
    /// Why the document was refused (a Fluent id). The other fields are still read, so the
    /// page that explains the problem keeps what the person typed.
    pub document_problem: Option<&'static str>,
    /// Set when the message was not UTF-8 text (a Fluent id); the message is then empty.
    pub message_problem: Option<&'static str>,
    /// The form was sent with its "Continue" button (`next=check`): store the document
    /// chosen, if any, and go on to the next step.
    pub continuing: bool,
}

/// A text field's value, if it is UTF-8 (the multipart reader would replace what it cannot
/// read with "�").
async fn utf8_text(field: axum::extract::multipart::Field<'_>) -> Option<String> {
    let bytes = field.bytes().await.ok()?;
    String::from_utf8(bytes.to_vec()).ok()
}

/// Reads the form. A bad document is reported in [`Upload::document_problem`], not as a
/// failure of the whole form.
async fn read(mut multipart: Multipart) -> Upload {
    let mut upload = Upload::default();
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // The body broke off (or passed the request limit): keep what arrived.
            Err(_) => {
                upload.document_problem = Some("error-document-unreadable");
                break;
            }
        };
        match field.name().unwrap_or_default() {
            "csrf_token" => upload.csrf_token = utf8_text(field).await.unwrap_or_default(),
            "next" => upload.continuing = utf8_text(field).await.as_deref() == Some("check"),
            "message" => {
                let Some(text) = utf8_text(field).await else {
                    upload.message_problem = Some("error-text-unreadable");
                    continue;
                };
                let text = clean_text(&text);
                // Kept whole for the length check, which reports it (and keeps it) at the field.
                upload.message = text.chars().take(MAX_STATEMENT_CHARS + 1).collect();
            }
            "document" => {
                let name = field.file_name().unwrap_or_default().to_owned();
                match read_document(&mut field, name).await {
                    Ok(file) => upload.file = file,
                    Err(problem) => upload.document_problem = Some(problem),
                }
            }
            _ => {}
        }
    }
    upload
}

/// How many of a document's first bytes tell its type.
const SNIFF_BYTES: usize = 8;

/// One document part, checked by size and by content. `None` for an empty file input.
async fn read_document(
    field: &mut axum::extract::multipart::Field<'_>,
    name: String,
) -> Result<Option<UploadedFile>, &'static str> {
    // The spool file is the server's own (owner-only, in the system's temporary folder) and
    // goes when this value is dropped, whatever happens to the upload.
    let spool = tempfile::NamedTempFile::new().map_err(|err| {
        tracing::error!(error = %err, "could not make a spool file for an upload");
        "error-document-unreadable"
    })?;
    // Written with plain file calls: each is a copy of one piece into the page cache. Tokio's
    // file would send every write to its blocking threads with a buffer of its own, and with
    // twenty uploads at once those alone held some 30 MiB (measured by `tests/it/uploads.rs`).
    let mut file = spool.reopen().map_err(|_| "error-document-unreadable")?;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let mut size = 0usize;
    let mut too_big = false;
    while let Some(chunk) = field
        .chunk()
        .await
        .map_err(|_| "error-document-unreadable")?
    {
        // Read to its end all the same, so the fields after it still arrive.
        size += chunk.len();
        too_big = too_big || size > MAX_DOCUMENT_BYTES;
        if too_big {
            continue;
        }
        if head.len() < SNIFF_BYTES {
            let wanted = (SNIFF_BYTES - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..wanted]);
        }
        file.write_all(&chunk)
            .map_err(|_| "error-document-unreadable")?;
    }
    if too_big {
        return Err("error-document-too-big");
    }
    // An empty file input still sends a part, with no name and no bytes.
    if name.is_empty() && size == 0 {
        return Ok(None);
    }
    if size == 0 {
        return Err("error-document-empty");
    }
    let content_type = sniff_document_type(&head).ok_or("error-document-type")?;
    Ok(Some(UploadedFile {
        name: document_name(&name, content_type),
        content_type,
        size_bytes: size as i64,
        spool,
    }))
}

/// A stored document as a download: never displayed inside the site, with the type its
/// content was found to be, and a name that cannot break out of the header.
pub fn as_attachment(document: Document) -> Response {
    // Named again from the content's type (documents kept before names were made so).
    let name = document_name(&document.info.file_name, &document.info.content_type);
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .map(|c| if c == '"' || c == '\\' { '_' } else { c })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    // The plain name for old browsers, the exact one (RFC 5987) for the rest.
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    (
        [
            (header::CONTENT_TYPE, document.info.content_type),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        document.content,
    )
        .into_response()
}
