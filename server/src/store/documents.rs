//! Documents people send with a dispute (or a reply): kept in the database in chunks, so an
//! upload is copied in from its spool file a chunk at a time and never sits whole in memory,
//! and the limits on what one account may keep, checked in the transaction that stores.

use super::{Backend, Store, StoreError, now_text};
use crate::domain::Account;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::path::Path;
use tokio::io::AsyncReadExt;

/// Bytes per stored chunk.
const CHUNK_BYTES: usize = 256 * 1024;

/// A document as listed (without its bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInfo {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// The timeline event it came with (a reply), if any.
    pub event_id: Option<i64>,
}

/// A document with its bytes, for download.
pub struct Document {
    pub info: DocumentInfo,
    pub content: Vec<u8>,
}

/// Where a new document's bytes are: a spool file (an upload) or memory (tests, tools).
#[derive(Clone, Copy)]
pub enum DocumentSource<'a> {
    File { path: &'a Path, size_bytes: i64 },
    Bytes(&'a [u8]),
}

/// A document someone is adding (already checked: type sniffed, size within limits).
pub struct NewDocument<'a> {
    pub file_name: &'a str,
    pub content_type: &'static str,
    pub source: DocumentSource<'a>,
}

impl NewDocument<'_> {
    fn size_bytes(&self) -> i64 {
        match self.source {
            DocumentSource::File { size_bytes, .. } => size_bytes,
            DocumentSource::Bytes(bytes) => bytes.len() as i64,
        }
    }
}

/// What one account may keep, so nobody can fill the disk: drafts it has open, documents on
/// one draft, documents and bytes in all (drafts, disputes and replies together).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageLimits {
    pub open_drafts: i64,
    pub documents_per_draft: i64,
    pub documents_per_account: i64,
    pub bytes_per_account: i64,
}

/// Which limit a refused write would have passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitReached {
    OpenDrafts,
    DocumentsOnDraft,
    DocumentsOfAccount,
    BytesOfAccount,
}

/// Whose documents: a dispute's, or an unsent draft's.
pub(super) enum DocumentOwner<'a> {
    Dispute(i64),
    Draft(&'a str),
}

impl<'a> DocumentOwner<'a> {
    /// The condition that picks the owner's documents, its id being parameter `$n`.
    fn test(&self, n: usize) -> String {
        match self {
            DocumentOwner::Dispute(_) => format!("dispute_id = ${n}"),
            DocumentOwner::Draft(_) => format!("draft_id = ${n} and dispute_id is null"),
        }
    }

    fn bind<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>
    where
        'a: 'q,
    {
        match self {
            DocumentOwner::Dispute(id) => query.bind(*id),
            DocumentOwner::Draft(id) => query.bind(*id),
        }
    }
}

fn document_info_from_row(row: &AnyRow) -> Result<DocumentInfo, sqlx::Error> {
    Ok(DocumentInfo {
        id: row.try_get("id")?,
        file_name: row.try_get("file_name")?,
        content_type: row.try_get("content_type")?,
        size_bytes: row.try_get("size_bytes")?,
        event_id: row.try_get("event_id")?,
    })
}

/// Holds the account's storage lock for the rest of the transaction, so that its counts
/// cannot change between the check of a limit and the write it allows. SQLite's write
/// transactions already run one at a time (`Store::begin_write`).
pub(super) async fn lock_account_storage(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query(
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended($1, 0))) as held",
        )
        .bind(format!("storage:{account_id}"))
        .fetch_one(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Whether `uploader` may keep one more document of `size` bytes.
async fn account_has_room(
    tx: &mut Transaction<'_, Any>,
    uploader: &Account,
    size: i64,
    limits: &StorageLimits,
) -> Result<Result<(), LimitReached>, sqlx::Error> {
    let row = sqlx::query(
        "select count(*) as n, cast(coalesce(sum(size_bytes), 0) as bigint) as bytes \
         from dispute_document where uploaded_by_account_id = $1",
    )
    .bind(uploader.id)
    .fetch_one(&mut **tx)
    .await?;
    let (count, bytes): (i64, i64) = (row.try_get("n")?, row.try_get("bytes")?);
    Ok(if count >= limits.documents_per_account {
        Err(LimitReached::DocumentsOfAccount)
    } else if bytes + size > limits.bytes_per_account {
        Err(LimitReached::BytesOfAccount)
    } else {
        Ok(())
    })
}

/// Writes a document's row and its chunks, owned by a draft or by a dispute's event.
async fn insert_document(
    tx: &mut Transaction<'_, Any>,
    uploader: &Account,
    document: &NewDocument<'_>,
    owner: InsertOwner<'_>,
) -> Result<i64, StoreError> {
    let (draft, dispute, event) = match owner {
        InsertOwner::Draft(draft) => (Some(draft), None, None),
        InsertOwner::Event { dispute, event } => (None, Some(dispute), Some(event)),
    };
    let id: i64 = sqlx::query(
        "insert into dispute_document (file_name, content_type, size_bytes, uploaded_at, \
         uploaded_by_account_id, draft_id, dispute_id, event_id) \
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning id",
    )
    .bind(document.file_name)
    .bind(document.content_type)
    .bind(document.size_bytes())
    .bind(now_text())
    .bind(uploader.id)
    .bind(draft)
    .bind(dispute)
    .bind(event)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    write_chunks(tx, id, document.source).await?;
    Ok(id)
}

enum InsertOwner<'a> {
    Draft(&'a str),
    Event { dispute: i64, event: i64 },
}

/// Copies a document's bytes into its chunks, one chunk in memory at a time.
async fn write_chunks(
    tx: &mut Transaction<'_, Any>,
    document_id: i64,
    source: DocumentSource<'_>,
) -> Result<(), StoreError> {
    let insert = |seq: i64, bytes: Vec<u8>| {
        sqlx::query("insert into document_chunk (document_id, seq, bytes) values ($1, $2, $3)")
            .bind(document_id)
            .bind(seq)
            .bind(bytes)
    };
    match source {
        DocumentSource::Bytes(bytes) => {
            for (seq, chunk) in bytes.chunks(CHUNK_BYTES).enumerate() {
                insert(seq as i64, chunk.to_vec())
                    .execute(&mut **tx)
                    .await?;
            }
        }
        DocumentSource::File { path, .. } => {
            let mut file = tokio::fs::File::open(path)
                .await
                .map_err(|e| StoreError::Spool(e.to_string()))?;
            // One chunk in memory at a time (tokio's own buffer would hold up to 2 MiB more).
            file.set_max_buf_size(CHUNK_BYTES);
            let mut seq = 0;
            loop {
                let mut chunk = Vec::with_capacity(CHUNK_BYTES);
                (&mut file)
                    .take(CHUNK_BYTES as u64)
                    .read_to_end(&mut chunk)
                    .await
                    .map_err(|e| StoreError::Spool(e.to_string()))?;
                if chunk.is_empty() {
                    break;
                }
                insert(seq, chunk).execute(&mut **tx).await?;
                seq += 1;
            }
        }
    }
    Ok(())
}

/// Attaches a reply's document to a dispute's event, inside the caller's transaction, if
/// the uploader has room for it.
pub(super) async fn attach_document(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    uploader: &Account,
    dispute_id: i64,
    event_id: i64,
    document: &NewDocument<'_>,
    limits: &StorageLimits,
) -> Result<(), StoreError> {
    lock_account_storage(tx, backend, uploader.id).await?;
    if let Err(limit) = account_has_room(tx, uploader, document.size_bytes(), limits).await? {
        return Err(StoreError::LimitReached(limit));
    }
    insert_document(
        tx,
        uploader,
        document,
        InsertOwner::Event {
            dispute: dispute_id,
            event: event_id,
        },
    )
    .await?;
    Ok(())
}

/// Deletes a document and its chunks.
pub(super) async fn delete_document(
    tx: &mut Transaction<'_, Any>,
    document_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("delete from document_chunk where document_id = $1")
        .bind(document_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("delete from dispute_document where id = $1")
        .bind(document_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// Adds a document to an unsent draft of `uploader`'s, within the draft's and the
    /// account's limits — checked and written in one transaction, so simultaneous uploads
    /// cannot pass them. Returns the new document's id.
    pub async fn add_draft_document(
        &self,
        draft_id: &str,
        uploader: &Account,
        document: NewDocument<'_>,
        limits: &StorageLimits,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        lock_account_storage(&mut tx, self.backend(), uploader.id).await?;
        let on_draft: i64 = sqlx::query(
            "select count(*) from dispute_document where draft_id = $1 and dispute_id is null",
        )
        .bind(draft_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if on_draft >= limits.documents_per_draft {
            return Err(StoreError::LimitReached(LimitReached::DocumentsOnDraft));
        }
        if let Err(limit) =
            account_has_room(&mut tx, uploader, document.size_bytes(), limits).await?
        {
            return Err(StoreError::LimitReached(limit));
        }
        let id =
            insert_document(&mut tx, uploader, &document, InsertOwner::Draft(draft_id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn draft_documents(&self, draft_id: &str) -> Result<Vec<DocumentInfo>, StoreError> {
        self.documents_of(DocumentOwner::Draft(draft_id)).await
    }

    /// Removes a document from a draft that has not been submitted. False if there is none.
    pub async fn remove_draft_document(
        &self,
        draft_id: &str,
        document_id: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let found = sqlx::query(
            "select id from dispute_document where id = $1 and draft_id = $2 \
             and dispute_id is null",
        )
        .bind(document_id)
        .bind(draft_id)
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if found {
            delete_document(&mut tx, document_id).await?;
        }
        tx.commit().await?;
        Ok(found)
    }

    pub async fn dispute_documents(
        &self,
        dispute_id: i64,
    ) -> Result<Vec<DocumentInfo>, StoreError> {
        self.documents_of(DocumentOwner::Dispute(dispute_id)).await
    }

    /// The documents of a draft (still unsent) or of a dispute, in the order they came.
    async fn documents_of(
        &self,
        owner: DocumentOwner<'_>,
    ) -> Result<Vec<DocumentInfo>, StoreError> {
        let sql = format!(
            "select id, file_name, content_type, size_bytes, event_id from dispute_document \
             where {} order by id",
            owner.test(1)
        );
        let rows = owner.bind(sqlx::query(&sql)).fetch_all(self.pool()).await?;
        Ok(rows
            .iter()
            .map(document_info_from_row)
            .collect::<Result<_, _>>()?)
    }

    /// A document of a dispute (`Ok(None)` when the dispute has no such document).
    pub async fn dispute_document(
        &self,
        dispute_id: i64,
        document_id: i64,
    ) -> Result<Option<Document>, StoreError> {
        self.document_of(DocumentOwner::Dispute(dispute_id), document_id)
            .await
    }

    /// A document of a draft that has not been submitted.
    pub async fn draft_document(
        &self,
        draft_id: &str,
        document_id: i64,
    ) -> Result<Option<Document>, StoreError> {
        self.document_of(DocumentOwner::Draft(draft_id), document_id)
            .await
    }

    async fn document_of(
        &self,
        owner: DocumentOwner<'_>,
        document_id: i64,
    ) -> Result<Option<Document>, StoreError> {
        let sql = format!(
            "select id, file_name, content_type, size_bytes, event_id \
             from dispute_document where {} and id = $2",
            owner.test(1)
        );
        let Some(row) = owner
            .bind(sqlx::query(&sql))
            .bind(document_id)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let info = document_info_from_row(&row)?;
        let chunks =
            sqlx::query("select bytes from document_chunk where document_id = $1 order by seq")
                .bind(info.id)
                .fetch_all(self.pool())
                .await?;
        let mut content = Vec::with_capacity(usize::try_from(info.size_bytes).unwrap_or(0));
        for chunk in chunks {
            content.extend_from_slice(&chunk.try_get::<Vec<u8>, _>("bytes")?);
        }
        Ok(Some(Document { info, content }))
    }
}
