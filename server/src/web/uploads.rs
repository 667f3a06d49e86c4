//! Documents people send: reading a multipart form (one document and perhaps a message),
//! checking each document by its content, and sending one back as a download.

use crate::disputes::{
    MAX_DOCUMENT_BYTES, MAX_STATEMENT_CHARS, clean_file_name, sniff_document_type,
};
use crate::store::disputes::Document;
use axum::extract::Multipart;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// A document that passed the checks.
pub struct UploadedFile {
    pub name: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
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
}

/// Reads the form. A bad document is reported in [`Upload::document_problem`], not as a
/// failure of the whole form.
pub async fn read(mut multipart: Multipart) -> Upload {
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
            "csrf_token" => upload.csrf_token = field.text().await.unwrap_or_default(),
            "message" => {
                let text = field.text().await.unwrap_or_default();
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

/// One document part, checked by size and by content. `None` for an empty file input.
async fn read_document(
    field: &mut axum::extract::multipart::Field<'_>,
    name: String,
) -> Result<Option<UploadedFile>, &'static str> {
    let mut bytes = Vec::new();
    let mut too_big = false;
    while let Some(chunk) = field
        .chunk()
        .await
        .map_err(|_| "error-document-unreadable")?
    {
        // Read to its end all the same, so the fields after it still arrive.
        too_big = too_big || bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES;
        if !too_big {
            bytes.extend_from_slice(&chunk);
        }
    }
    if too_big {
        return Err("error-document-too-big");
    }
    // An empty file input still sends a part, with no name and no bytes.
    if name.is_empty() && bytes.is_empty() {
        return Ok(None);
    }
    if bytes.is_empty() {
        return Err("error-document-empty");
    }
    let content_type = sniff_document_type(&bytes).ok_or("error-document-type")?;
    Ok(Some(UploadedFile {
        name: clean_file_name(&name),
        content_type,
        bytes,
    }))
}

/// A stored document as a download: never displayed inside the site, with the type its
/// content was found to be, and a name that cannot break out of the header.
pub fn as_attachment(document: Document) -> Response {
    let name = &document.info.file_name;
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
