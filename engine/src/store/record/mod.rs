//! One case in one storage value (schema 3):
//!
//! `R3:<b>:<s>:<binary><stream>`, where `<b>` is the length in UTF-16 units of
//! `<binary>` and `<s>` the length in bytes of the summary at the start of the inflated
//! `<stream>`. `<binary>` is packed raw bytes: the history hash (32 bytes), then the
//! events' random ids (16 bytes each); `<stream>` is one packed deflate stream (`codec`)
//! of the summary's JSON followed by the events' JSON. Opening the app inflates only the
//! summary (and reads the hash); a full load inflates the rest, recomputes every event
//! hash, replays, and requires the replayed history hash to equal the summary's: a
//! damaged record is caught there. The key holds the case id, so the value does not
//! repeat it.
//!
//! Schema 2's records, `R2:<a>:<b>:<summary><binary><events>` with the summary and the
//! events in two streams, are read as they are (one stream deflates a record in about
//! two thirds of the time: it primes the dictionary once).

mod events;
mod summary;
mod time;

use super::problem::CorruptReason;
use crate::core::case::{Case, CaseId, CaseSummary};
use crate::core::hash::Hash;
use crate::core::json_error;
use crate::core::sop::Sop;
use crate::wire::codec;

const TAG: &str = "R3:";
const TAG_2: &str = "R2:";

/// A summary is a few hundred bytes; a larger length in a header is damage.
const MAX_SUMMARY_BYTES: usize = 1 << 20;

/// The record of `case`, and the summary it holds (callers keep it as the case's summary).
pub fn encode(case: &Case) -> (String, CaseSummary) {
    let summary = case.summary();
    let (events, table) = events::pack(case.events());
    let mut binary = summary.history_hash.as_bytes().to_vec();
    binary.extend_from_slice(&table);
    let mut plain = summary::to_json(&summary);
    let summary_bytes = plain.len();
    serde_json::to_writer(&mut plain, &events).expect("events serialize");
    let binary = codec::pack(&binary);
    let stream = codec::encode(&plain);
    let mut out = String::with_capacity(24 + binary.len() + stream.len());
    out.push_str(TAG);
    for n in [binary.chars().count(), summary_bytes] {
        out.push_str(&n.to_string());
        out.push(':');
    }
    out.push_str(&binary);
    out.push_str(&stream);
    (out, summary)
}

/// The summary's and the events' JSON, which a record deflates one after the other as one
/// stream (for measurements and for building the codec's dictionary).
pub fn plain_parts(case: &Case) -> (Vec<u8>, Vec<u8>) {
    let (events, _) = events::pack(case.events());
    (
        summary::to_json(&case.summary()),
        serde_json::to_vec(&events).expect("events serialize"),
    )
}

/// Whether `value` is a record (schema 2 or 3; a schema-1 value is plain JSON).
pub fn is_record(value: &str) -> bool {
    value.starts_with(TAG) || value.starts_with(TAG_2)
}

/// A record cut into its parts.
enum Parts<'a> {
    /// Schema 3: the summary is the first `summary_bytes` of `stream`.
    One {
        binary: &'a str,
        summary_bytes: usize,
        stream: &'a str,
    },
    /// Schema 2: two streams.
    Two {
        summary: &'a str,
        binary: &'a str,
        events: &'a str,
    },
}

impl<'a> Parts<'a> {
    fn binary(&self) -> &'a str {
        match self {
            Parts::One { binary, .. } | Parts::Two { binary, .. } => binary,
        }
    }
}

fn split(record: &str) -> Result<Parts<'_>, CorruptReason> {
    let bad = || CorruptReason::UnknownFormat;
    let number = |text: &str| text.parse::<usize>().map_err(|_| bad());
    let (three, rest) = match (record.strip_prefix(TAG), record.strip_prefix(TAG_2)) {
        (Some(rest), _) => (true, rest),
        (None, Some(rest)) => (false, rest),
        (None, None) => return Err(bad()),
    };
    let (a, rest) = rest.split_once(':').ok_or_else(bad)?;
    let (b, rest) = rest.split_once(':').ok_or_else(bad)?;
    if three {
        let summary_bytes = number(b)?;
        if summary_bytes > MAX_SUMMARY_BYTES {
            return Err(bad());
        }
        let (binary, stream) = take(rest, number(a)?).ok_or_else(bad)?;
        return Ok(Parts::One {
            binary,
            summary_bytes,
            stream,
        });
    }
    let (summary, rest) = take(rest, number(a)?).ok_or_else(bad)?;
    let (binary, events) = take(rest, number(b)?).ok_or_else(bad)?;
    Ok(Parts::Two {
        summary,
        binary,
        events,
    })
}

/// The first `n` characters of `text` and the rest. Counts char-starting bytes rather than
/// decoding chars: opening the app cuts every record.
fn take(text: &str, n: usize) -> Option<(&str, &str)> {
    let mut seen = 0;
    for (at, &b) in text.as_bytes().iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == n {
                return Some(text.split_at(at));
            }
            seen += 1;
        }
    }
    (seen == n).then_some((text, ""))
}

/// The summary of the record stored under `id`'s key.
pub fn decode_summary(id: &CaseId, record: &str) -> Result<CaseSummary, CorruptReason> {
    let parts = split(record)?;
    let binary = codec::unpack(parts.binary()).map_err(CorruptReason::Codec)?;
    let json = match parts {
        Parts::One {
            summary_bytes,
            stream,
            ..
        } => codec::decode_start(stream, summary_bytes),
        Parts::Two { summary, .. } => codec::decode(summary),
    }
    .map_err(CorruptReason::Codec)?;
    summary_of(id, &binary, &json)
}

/// What opening the app reads of a schema-3 record, in UTF-16 units: the head (header and
/// history hash: 13 + 19 units for a case of a thousand events), then the start of the
/// stream (a summary of a few hundred bytes deflates into fewer than 200).
pub const HEAD_UNITS: usize = 40;
pub const STREAM_UNITS: usize = 256;

/// The header's numbers (binary units, summary bytes) and the text after it.
fn head_parts(head: &str) -> Option<(usize, usize, &str)> {
    let rest = head.strip_prefix(TAG)?;
    let (units, rest) = rest.split_once(':')?;
    let (bytes, binary) = rest.split_once(':')?;
    Some((units.parse().ok()?, bytes.parse().ok()?, binary))
}

/// Where the stream of the schema-3 record that starts with `head` starts, in units.
pub fn stream_at(head: &str) -> Option<usize> {
    let (units, _, binary) = head_parts(head)?;
    // The header is ASCII: its bytes are its units.
    (head.len() - binary.len()).checked_add(units)
}

/// The summary of a schema-3 record from its first units (`head`) and the first units of
/// its stream (`stream`, from `stream_at`), so that opening the app copies a third of
/// each record. `None` when they do not suffice (a longer summary, another schema,
/// damage): the caller decodes the whole record, which also names any damage.
pub fn summary_from_parts(id: &CaseId, head: &str, stream: &str) -> Option<CaseSummary> {
    let (_, summary_bytes, binary) = head_parts(head)?;
    if summary_bytes > MAX_SUMMARY_BYTES {
        return None;
    }
    let hash = codec::unpack_cut(binary, Hash::LEN).ok()??;
    let json = codec::decode_cut(stream, summary_bytes).ok()??;
    summary_of(id, &hash, &json).ok()
}

/// What identifies a schema-3 record's content in its first units (`HEAD_UNITS`): its
/// header (lengths of its parts) and the first 8 bytes of its history hash, in hex. Two
/// records of a case with the same stamp hold the same history (for the summary index).
/// Returns the whole history hash too: opening the app checks a thousand stamps and then
/// needs each hash, so the head is unpacked once (and no formatter runs per byte).
pub fn stamp(head: &str) -> Option<(String, Hash)> {
    let (_, _, binary) = head_parts(head)?;
    let hash = Hash::from_prefix(&codec::unpack_cut(binary, Hash::LEN).ok()??)?;
    let header = &head[..head.len() - binary.len()];
    let mut stamp = String::with_capacity(header.len() + 16);
    stamp.push_str(header);
    let hex = hash.hex_digits();
    stamp.push_str(std::str::from_utf8(&hex[..16]).expect("hex digits are ASCII"));
    Some((stamp, hash))
}

/// The summary's JSON as a record stores it (for the summary index, `store::index`).
pub fn summary_json(summary: &CaseSummary) -> Vec<u8> {
    summary::to_json(summary)
}

/// A summary from its JSON (`summary_json`) and the history hash its record holds.
pub fn summary_with_hash(id: &CaseId, hash: Hash, json: &[u8]) -> Option<CaseSummary> {
    summary::from_json(id, hash, json).ok()
}

fn summary_of(id: &CaseId, binary: &[u8], json: &[u8]) -> Result<CaseSummary, CorruptReason> {
    let hash = Hash::from_prefix(binary).ok_or(CorruptReason::UnknownFormat)?;
    summary::from_json(id, hash, json)
}

/// The whole case, checked: every hash recomputed, replayed under `sop`, and the replayed
/// history hash compared with the summary's.
pub fn decode_case(sop: &Sop, id: &CaseId, record: &str) -> Result<Case, CorruptReason> {
    let parts = split(record)?;
    let binary = codec::unpack(parts.binary()).map_err(CorruptReason::Codec)?;
    let (summary, events) = match parts {
        Parts::One {
            summary_bytes,
            stream,
            ..
        } => {
            let mut summary = codec::decode(stream).map_err(CorruptReason::Codec)?;
            if summary.len() < summary_bytes {
                return Err(CorruptReason::UnknownFormat);
            }
            let events = summary.split_off(summary_bytes);
            (summary, events)
        }
        Parts::Two {
            summary, events, ..
        } => (
            codec::decode(summary).map_err(CorruptReason::Codec)?,
            codec::decode(events).map_err(CorruptReason::Codec)?,
        ),
    };
    let summary = summary_of(id, &binary, &summary)?;
    let packed =
        serde_json::from_slice(&events).map_err(|e| CorruptReason::Json(json_error::text(&e)))?;
    let events = events::unpack(id, packed, &binary[32..])?;
    let case = Case::from_events(sop, events).map_err(CorruptReason::Replay)?;
    if case.state().history_hash != summary.history_hash {
        return Err(CorruptReason::HistoryMismatch);
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::take;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn take_cuts_after_n_chars(text in any::<String>(), n in 0usize..40) {
            let expected = match text.char_indices().nth(n) {
                Some((at, _)) => Some(text.split_at(at)),
                None if text.chars().count() == n => Some((text.as_str(), "")),
                None => None,
            };
            prop_assert_eq!(take(&text, n), expected);
        }
    }
}
