//! Record access codes: issued by an administrator for one person and mailed as a letter, then
//! redeemed once, with the person's date of birth, to link that person's record to an account.

use super::audit::{self, AuditAction, AuditEntry};
use super::columns;
use super::{Store, StoreError, now_text};
use crate::domain::Account;
use sqlx::Row;
use time::Date;

/// Wrong dates of birth a code survives; the next one revokes it, so the date of birth cannot
/// be guessed by trying every day of a decade.
pub const MAX_FAILED_ATTEMPTS: i64 = 5;

/// Who a code is for, as printed on the letter.
#[derive(Clone, PartialEq, Eq)]
pub struct Addressee {
    pub sid: String,
    pub first_name: String,
    pub middle_name: Option<String>,
    pub last_name: String,
    pub county: Option<String>,
}

// Names are personal data: keep them out of logs.
impl std::fmt::Debug for Addressee {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Addressee(..)")
    }
}

/// A code just issued. The plain code exists only here, to be printed once.
#[derive(Clone, Debug)]
pub struct IssuedCode {
    pub addressee: Addressee,
    /// Ungrouped; print it with `secrets::grouped`.
    pub code: String,
    /// The last day the code works (ISO date).
    pub expires_on: Date,
}

/// What happened when someone entered a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redeemed {
    /// The record is now linked to the account.
    Linked {
        person_id: i64,
    },
    /// No such code.
    NotRecognised,
    /// The code is real but the date of birth does not match; this many tries are left
    /// before the code stops working. (Telling a code's holder that the code is right costs
    /// nothing: codes are too many to guess, and the date of birth is the check.)
    WrongDateOfBirth {
        tries_left: i64,
    },
    /// The date of birth was wrong too many times: the code no longer works.
    LockedOut,
    /// A newer letter replaced this code.
    Replaced,
    Expired,
    AlreadyUsed,
}

impl Store {
    /// Issues a new code for the person with this `sid` (revoking any earlier unused one), or
    /// `None` when there is no such person. `code_hash` is the hash of `code`.
    pub async fn issue_access_code(
        &self,
        sid: &str,
        code: &str,
        code_hash: &str,
        expires_on: Date,
        issued_by: Option<&Account>,
    ) -> Result<Option<IssuedCode>, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(person) = sqlx::query(
            "select id, sid, first_name, middle_name, last_name, county from person \
             where sid = $1",
        )
        .bind(sid.trim())
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        let person_id: i64 = person.try_get("id")?;
        let now = now_text();
        sqlx::query(
            "update access_code set revoked_at = $1 \
             where person_id = $2 and used_at is null and revoked_at is null",
        )
        .bind(&now)
        .bind(person_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "insert into access_code \
             (person_id, code_hash, issued_at, expires_on, issued_by_account_id) \
             values ($1, $2, $3, $4, $5)",
        )
        .bind(person_id)
        .bind(code_hash)
        .bind(&now)
        .bind(columns::date_text(expires_on))
        .bind(issued_by.map(|a| a.id))
        .execute(&mut *tx)
        .await?;
        audit::record(
            &mut tx,
            AuditEntry {
                actor_account_id: issued_by.map(|a| a.id),
                actor_role: issued_by.map(|a| a.role.as_str()),
                action: AuditAction::AccessCodeIssued,
                subject_person_id: Some(person_id),
                detail: Some(format!("expires on {expires_on}")),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(IssuedCode {
            addressee: Addressee {
                sid: person.try_get("sid")?,
                first_name: person.try_get("first_name")?,
                middle_name: person.try_get("middle_name")?,
                last_name: person.try_get("last_name")?,
                county: person.try_get("county")?,
            },
            code: code.to_owned(),
            expires_on: expires_on.to_owned(),
        }))
    }

    /// Redeems a code for `account` if `dob` (ISO date) is the person's date of birth. On
    /// success the record is linked to this account, and unlinked from any account it was
    /// linked to before (a new letter is how someone gets back into their record).
    pub async fn redeem_access_code(
        &self,
        account: &Account,
        code_hash: &str,
        dob: Date,
        today: Date,
    ) -> Result<Redeemed, StoreError> {
        let mut tx = self.begin_write().await?;
        let Some(code) = sqlx::query(
            "select c.id, c.person_id, c.expires_on, c.used_at, c.revoked_at, c.failed_attempts, \
             p.dob from access_code c join person p on p.id = c.person_id where c.code_hash = $1",
        )
        .bind(code_hash)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(Redeemed::NotRecognised);
        };
        let code_id: i64 = code.try_get("id")?;
        let person_id: i64 = code.try_get("person_id")?;
        let failed_attempts: i64 = code.try_get("failed_attempts")?;
        if code.try_get::<Option<String>, _>("revoked_at")?.is_some() {
            return Ok(if failed_attempts >= MAX_FAILED_ATTEMPTS {
                Redeemed::LockedOut
            } else {
                Redeemed::Replaced
            });
        }
        if code.try_get::<Option<String>, _>("used_at")?.is_some() {
            return Ok(Redeemed::AlreadyUsed);
        }
        if columns::date(&code, "expires_on")? < today {
            return Ok(Redeemed::Expired);
        }
        if columns::date(&code, "dob")? != dob {
            // Counted in the row itself, so tries at the same moment each get their own
            // count back: the answer below is for this try, not for a count read earlier.
            let failures: i64 = sqlx::query(
                "update access_code set failed_attempts = failed_attempts + 1, \
                 revoked_at = case when failed_attempts + 1 >= $1 then $2 else null end \
                 where id = $3 returning failed_attempts",
            )
            .bind(MAX_FAILED_ATTEMPTS)
            .bind(now_text())
            .bind(code_id)
            .fetch_one(&mut *tx)
            .await?
            .try_get("failed_attempts")?;
            audit::record(
                &mut tx,
                AuditEntry::by(account, AuditAction::AccessCodeFailed, Some(person_id))
                    .with_detail("date of birth did not match"),
            )
            .await?;
            tx.commit().await?;
            let tries_left = MAX_FAILED_ATTEMPTS - failures;
            return Ok(if tries_left <= 0 {
                Redeemed::LockedOut
            } else {
                Redeemed::WrongDateOfBirth { tries_left }
            });
        }
        // Only one of two simultaneous redemptions of the same code can mark it used.
        let marked = sqlx::query(
            "update access_code set used_at = $1, used_by_account_id = $2 \
             where id = $3 and used_at is null",
        )
        .bind(now_text())
        .bind(account.id)
        .bind(code_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if marked != 1 {
            return Ok(Redeemed::AlreadyUsed);
        }
        let unlinked =
            sqlx::query("update account set person_id = null where person_id = $1 and id <> $2")
                .bind(person_id)
                .bind(account.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        sqlx::query("update account set person_id = $1 where id = $2")
            .bind(person_id)
            .bind(account.id)
            .execute(&mut *tx)
            .await?;
        let detail = if unlinked > 0 {
            "replaced the link to an earlier account"
        } else {
            "first link"
        };
        audit::record(
            &mut tx,
            AuditEntry::by(account, AuditAction::RecordLinked, Some(person_id)).with_detail(detail),
        )
        .await?;
        tx.commit().await?;
        Ok(Redeemed::Linked { person_id })
    }
}
