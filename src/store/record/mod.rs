//! One case in one storage value (schema 2):
//!
//! `R2:<a>:<b>:<summary><binary><events>`, where `<a>` and `<b>` are the lengths in
//! UTF-16 units of the first two parts. `<summary>` and `<events>` are packed deflate
//! streams (`codec`); `<binary>` is packed raw bytes: the history hash (32 bytes), then
//! the events' random ids (16 bytes each). Opening the app decodes only `<summary>` (and
//! the hash); a full load decodes the rest, recomputes every event hash, replays, and
//! requires the replayed history hash to equal the summary's: a damaged record is
//! caught there. The key holds the case id, so the value does not repeat it.

mod events;
mod summary;
mod time;

use super::codec;
use super::problem::CorruptReason;
use crate::core::case::{Case, CaseId, CaseSummary};
use crate::core::hash::Hash;
use crate::core::sop::Sop;

const TAG: &str = "R2:";

/// The record of `case`, and the summary it holds (callers keep it as the case's summary).
pub fn encode(case: &Case) -> (String, CaseSummary) {
    let summary = case.summary();
    let (events, table) = events::pack(case.events());
    let mut binary = summary.history_hash.as_bytes().to_vec();
    binary.extend_from_slice(&table);
    let packed_summary = codec::encode(&summary::to_json(&summary));
    let binary = codec::pack(&binary);
    let events = codec::encode(&serde_json::to_vec(&events).expect("events serialize"));
    let mut out = String::with_capacity(16 + packed_summary.len() + binary.len() + events.len());
    out.push_str(TAG);
    for part in [&packed_summary, &binary] {
        out.push_str(&part.chars().count().to_string());
        out.push(':');
    }
    out.push_str(&packed_summary);
    out.push_str(&binary);
    out.push_str(&events);
    (out, summary)
}

/// The two deflated parts before compression (for measurements and for building the
/// codec's dictionary).
pub fn plain_parts(case: &Case) -> (Vec<u8>, Vec<u8>) {
    let (events, _) = events::pack(case.events());
    (
        summary::to_json(&case.summary()),
        serde_json::to_vec(&events).expect("events serialize"),
    )
}

/// Whether `value` is a schema-2 record (a schema-1 one is plain JSON).
pub fn is_record(value: &str) -> bool {
    value.starts_with(TAG)
}

struct Parts<'a> {
    summary: &'a str,
    binary: &'a str,
    events: &'a str,
}

fn split(record: &str) -> Result<Parts<'_>, CorruptReason> {
    let bad = || CorruptReason::UnknownFormat;
    let rest = record.strip_prefix(TAG).ok_or_else(bad)?;
    let (a, rest) = rest.split_once(':').ok_or_else(bad)?;
    let (b, rest) = rest.split_once(':').ok_or_else(bad)?;
    let (summary, rest) = take(rest, a.parse().map_err(|_| bad())?).ok_or_else(bad)?;
    let (binary, events) = take(rest, b.parse().map_err(|_| bad())?).ok_or_else(bad)?;
    Ok(Parts {
        summary,
        binary,
        events,
    })
}

/// The first `n` characters of `text` and the rest.
fn take(text: &str, n: usize) -> Option<(&str, &str)> {
    match text.char_indices().nth(n) {
        Some((at, _)) => Some(text.split_at(at)),
        None if text.chars().count() == n => Some((text, "")),
        None => None,
    }
}

/// The summary of the record stored under `id`'s key.
pub fn decode_summary(id: &CaseId, record: &str) -> Result<CaseSummary, CorruptReason> {
    let parts = split(record)?;
    let binary = codec::unpack(parts.binary).map_err(CorruptReason::Codec)?;
    summary_of(id, &parts, &binary)
}

fn summary_of(id: &CaseId, parts: &Parts, binary: &[u8]) -> Result<CaseSummary, CorruptReason> {
    let hash = Hash::from_prefix(binary).ok_or(CorruptReason::UnknownFormat)?;
    let json = codec::decode(parts.summary).map_err(CorruptReason::Codec)?;
    summary::from_json(id, hash, &json)
}

/// The whole case, checked: every hash recomputed, replayed under `sop`, and the replayed
/// history hash compared with the summary's.
pub fn decode_case(sop: &Sop, id: &CaseId, record: &str) -> Result<Case, CorruptReason> {
    let parts = split(record)?;
    let binary = codec::unpack(parts.binary).map_err(CorruptReason::Codec)?;
    let summary = summary_of(id, &parts, &binary)?;
    let json = codec::decode(parts.events).map_err(CorruptReason::Codec)?;
    let packed = serde_json::from_slice(&json).map_err(|e| CorruptReason::Json(e.to_string()))?;
    let events = events::unpack(id, packed, &binary[32..])?;
    let case = Case::from_events(sop, events).map_err(CorruptReason::Replay)?;
    if case.state().history_hash != summary.history_hash {
        return Err(CorruptReason::HistoryMismatch);
    }
    Ok(case)
}
