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
}

/// Reads the form. A problem is returned as the Fluent id that explains it to the person.
pub async fn read(mut multipart: Multipart) -> Result<Upload, &'static str> {
    let mut upload = Upload::default();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| "error-document-unreadable")?
    {
        match field.name().unwrap_or_default() {
            "csrf_token" => upload.csrf_token = field.text().await.unwrap_or_default(),
            "message" => {
                let text = field
                    .text()
                    .await
                    .map_err(|_| "error-document-unreadable")?;
                // Kept whole for the length check, which reports it (and keeps it) at the field.
                upload.message = text.chars().take(MAX_STATEMENT_CHARS + 1).collect();
            }
            "document" => {
                let name = field.file_name().unwrap_or_default().to_owned();
                let mut bytes = Vec::new();
                while let Some(chunk) = field
                    .chunk()
                    .await
                    .map_err(|_| "error-document-unreadable")?
                {
                    if bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                        return Err("error-document-too-big");
                    }
                    bytes.extend_from_slice(&chunk);
                }
                // An empty file input still sends a part, with no name and no bytes.
                if name.is_empty() && bytes.is_empty() {
                    continue;
                }
                if bytes.is_empty() {
                    return Err("error-document-empty");
                }
                let content_type = sniff_document_type(&bytes).ok_or("error-document-type")?;
                upload.file = Some(UploadedFile {
                    name: clean_file_name(&name),
                    content_type,
                    bytes,
                });
            }
            _ => {}
        }
    }
    Ok(upload)
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
