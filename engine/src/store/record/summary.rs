//! The summary part of a record: the `CaseSummary` without what is elsewhere or costly.
//! The id is the key's; the history hash goes to the binary part; the path's times and
//! `since`/`last_event_at` are milliseconds after the previous time (ISO text with
//! milliseconds costs deflate ~10 bytes a time, a delta ~2).
//!
//! The conversions list every field of `CaseSummary` without `..`, so a field added to
//! it does not compile here until it is stored too.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use serde_json::value::RawValue;

use super::time;
use crate::core::case::{CaseId, CaseSummary, LetterRecord, Position};
use crate::core::hash::Hash;
use crate::core::json_error;
use crate::store::problem::CorruptReason;
use crate::wire::path_text::{self, Entry};

/// `P` is the path: written as a list of `path_text::Entry`, read as raw text that
/// `path_text` reads (most of a summary's text, read a thousand times at start).
#[derive(Serialize, Deserialize)]
struct Stored<P> {
    company: String,
    nib: String,
    kbli: String,
    regency: String,
    #[serde(with = "crate::wire::utc_text")]
    opened_at: DateTime<Utc>,
    position: Position,
    round: u32,
    #[serde(default, with = "crate::wire::date_text::option")]
    effective_on: Option<NaiveDate>,
    #[serde(default, with = "crate::wire::date_text::option")]
    ip_date: Option<NaiveDate>,
    #[serde(default, with = "crate::wire::date_text::option")]
    request_date: Option<NaiveDate>,
    #[serde(default, with = "crate::wire::date_text::option")]
    inspection_met_on: Option<NaiveDate>,
    open_conflicts: usize,
    event_count: usize,
    /// (round, step, ms after the previous step or the opening, sub-ms).
    path: P,
    /// Relative to the last path time (or the opening): usually zero.
    since: (i64, u32),
    last_event_at: (i64, u32),
    /// Added with the buku agenda; absent in older records.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    letters: Vec<LetterRecord>,
}

pub fn to_json(summary: &CaseSummary) -> Vec<u8> {
    let CaseSummary {
        id: _,
        company,
        nib,
        kbli,
        regency,
        opened_at,
        position,
        round,
        since,
        effective_on,
        ip_date,
        request_date,
        inspection_met_on,
        open_conflicts,
        event_count,
        last_event_at,
        path,
        letters,
        history_hash: _,
    } = summary.clone();
    let mut prev = opened_at;
    let path: Vec<Entry> = path
        .into_iter()
        .map(|(round, step, at)| {
            let (ms, sub) = time::delta(&prev, &at);
            prev = at;
            (round, step, ms, sub)
        })
        .collect();
    let stored = Stored {
        company,
        nib,
        kbli,
        regency,
        opened_at,
        position,
        round,
        effective_on,
        ip_date,
        request_date,
        inspection_met_on,
        open_conflicts,
        event_count,
        path,
        since: time::delta(&prev, &since),
        last_event_at: time::delta(&prev, &last_event_at),
        letters,
    };
    serde_json::to_vec(&stored).expect("summaries serialize")
}

pub fn from_json(id: &CaseId, hash: Hash, json: &[u8]) -> Result<CaseSummary, CorruptReason> {
    let bad = |what: &str| CorruptReason::Json(format!("ringkasan: {what}"));
    let Stored {
        company,
        nib,
        kbli,
        regency,
        opened_at,
        position,
        round,
        effective_on,
        ip_date,
        request_date,
        inspection_met_on,
        open_conflicts,
        event_count,
        path,
        since,
        last_event_at,
        letters,
    } = serde_json::from_slice::<Stored<Box<RawValue>>>(json)
        .map_err(|e| CorruptReason::Json(json_error::text(&e)))?;
    let path =
        path_text::parse(path.get()).map_err(|e| CorruptReason::Json(json_error::text(&e)))?;
    let mut times = time::Running::after(&opened_at);
    let path = path
        .into_iter()
        .map(|(round, step, ms, sub)| {
            Ok((round, step, times.next(ms, sub).ok_or_else(|| bad("path"))?))
        })
        .collect::<Result<Vec<_>, CorruptReason>>()?;
    // Both relative to the last path time.
    let since = times.peek(since.0, since.1).ok_or_else(|| bad("since"))?;
    let last_event_at =
        (times.peek(last_event_at.0, last_event_at.1)).ok_or_else(|| bad("last_event_at"))?;
    Ok(CaseSummary {
        id: id.clone(),
        company,
        nib,
        kbli,
        regency,
        opened_at,
        position,
        round,
        since,
        effective_on,
        ip_date,
        request_date,
        inspection_met_on,
        open_conflicts,
        event_count,
        last_event_at,
        path,
        letters,
        history_hash: hash,
    })
}
