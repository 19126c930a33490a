//! The events part of a record: events in history order, without hash and case id, in
//! a positional form where neighbouring events look alike (relative seq, time and
//! parents), which deflate turns into short back-references. Random ids (UUID v4) go to
//! a binary table instead of the JSON: 16 bytes each, where hex text costs deflate ~22.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::time;
use crate::core::case::{Author, CaseId, Event, EventBody, EventId, OfficeId};
use crate::core::hash::Hash;
use crate::core::ids::uuid_v4_from_bytes;
use crate::core::sop::ActorId;
use crate::store::problem::CorruptReason;

/// Offices recorded in the case, the first event's time (ms, sub-ms), events. An id
/// given as `None` is the next one of the binary table (offices first, then events).
#[derive(Serialize, Deserialize)]
pub struct Events(Vec<Option<String>>, i64, u32, Vec<Packed>);

/// (id, office index, seq minus the office's previous seq, author role, author name,
/// ms since the previous event, sub-ms part, parents as distances back, body).
#[derive(Serialize, Deserialize)]
pub struct Packed(
    Option<String>,
    usize,
    i64,
    ActorId,
    String,
    i64,
    u32,
    Vec<usize>,
    EventBody,
);

/// `events` in history order (parents first, as a `Case` keeps them): the JSON part and
/// the id table.
pub fn pack(events: &[Event]) -> (Events, Vec<u8>) {
    let mut table = Vec::new();
    let mut id = |text: &str| match uuid_bytes(text) {
        Some(bytes) => {
            table.extend_from_slice(&bytes);
            None
        }
        None => Some(text.to_string()),
    };
    let mut offices: Vec<&OfficeId> = Vec::new();
    for e in events {
        if !offices.contains(&&e.office) {
            offices.push(&e.office);
        }
    }
    let office_ids = offices.iter().map(|o| id(o.as_str())).collect();
    let mut last_seq: HashMap<usize, u64> = HashMap::new();
    let mut index: HashMap<&EventId, usize> = HashMap::with_capacity(events.len());
    let (base, base_sub) = events.first().map_or((0, 0), |e| time::millis(&e.at));
    let mut prev = events.first().map(|e| e.at);
    let mut packed = Vec::with_capacity(events.len());
    for (i, e) in events.iter().enumerate() {
        let office = offices
            .iter()
            .position(|o| **o == e.office)
            .expect("listed");
        let seq = e.seq as i64 - last_seq.insert(office, e.seq).map_or(0, |s| s as i64);
        let (ms, sub) = time::delta(&prev.expect("events"), &e.at);
        prev = Some(e.at);
        let follows = e
            .follows
            .iter()
            .map(|p| i - index.get(p).expect("a case's history puts parents first"))
            .collect();
        index.insert(&e.id, i);
        packed.push(Packed(
            id(e.id.as_str()),
            office,
            seq,
            e.author.role.clone(),
            e.author.name.clone(),
            ms,
            sub,
            follows,
            e.body.clone(),
        ));
    }
    (Events(office_ids, base, base_sub, packed), table)
}

/// The events back, case id filled and hashes recomputed in history order.
pub fn unpack(case_id: &CaseId, events: Events, table: &[u8]) -> Result<Vec<Event>, CorruptReason> {
    let bad = |what: &str| CorruptReason::Json(what.to_string());
    let Events(office_ids, base, base_sub, packed) = events;
    let mut table = table.chunks_exact(16);
    let mut id = |given: Option<String>| match given {
        Some(text) => Ok(text),
        None => table
            .next()
            .map(|b| uuid_v4_from_bytes(b.try_into().expect("16 bytes")))
            .ok_or_else(|| bad("tabel id")),
    };
    let offices = office_ids
        .into_iter()
        .map(|o| id(o).map(OfficeId))
        .collect::<Result<Vec<_>, _>>()?;
    let first = time::from_millis(base, base_sub).ok_or_else(|| bad("waktu"))?;
    let mut times = time::Running::after(&first);
    let mut events: Vec<Event> = Vec::with_capacity(packed.len());
    let mut last_seq: HashMap<usize, u64> = HashMap::new();
    let mut hashes: HashMap<EventId, Hash> = HashMap::with_capacity(packed.len());
    for (i, Packed(event_id, office, seq, role, name, ms, sub, follows, body)) in
        packed.into_iter().enumerate()
    {
        let office_id = offices.get(office).ok_or_else(|| bad("kantor"))?.clone();
        let seq = last_seq.get(&office).map_or(0, |&s| s as i64) + seq;
        let seq = u64::try_from(seq).map_err(|_| bad("seq"))?;
        last_seq.insert(office, seq);
        let at = times.next(ms, sub).ok_or_else(|| bad("waktu"))?;
        let follows = follows
            .iter()
            .map(|&back| match i.checked_sub(back) {
                Some(p) if back > 0 => Ok(events[p].id.clone()),
                _ => Err(bad("follows")),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut event = Event {
            id: EventId(id(event_id)?),
            case_id: case_id.clone(),
            office: office_id,
            seq,
            author: Author { role, name },
            at,
            follows,
            body,
            hash: Hash::of(b""),
        };
        let parents: HashMap<&EventId, &Hash> = event
            .follows
            .iter()
            .filter_map(|p| hashes.get_key_value(p))
            .collect();
        event.hash = event.compute_hash(&parents).ok_or_else(|| bad("follows"))?;
        hashes.insert(event.id.clone(), event.hash.clone());
        events.push(event);
    }
    if table.next().is_some() {
        return Err(bad("tabel id"));
    }
    Ok(events)
}

/// The 16 bytes of a canonical (lowercase, hyphenated) UUID v4; `None` for any other
/// text, which then stays text.
pub fn uuid_bytes(text: &str) -> Option<[u8; 16]> {
    let hex: Vec<u8> = text.bytes().filter(|&b| b != b'-').collect();
    if text.len() != 36 || hex.len() != 32 {
        return None;
    }
    let mut bytes = [0u8; 16];
    for (i, byte) in bytes.iter_mut().enumerate() {
        let pair = std::str::from_utf8(&hex[2 * i..2 * i + 2]).ok()?;
        *byte = u8::from_str_radix(pair, 16).ok()?;
    }
    (uuid_v4_from_bytes(bytes) == text).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::uuid_bytes;
    use crate::core::ids::{IdSource, SeededIds};

    #[test]
    fn only_canonical_uuids_go_to_the_table() {
        let id = SeededIds::new(1).new_id();
        assert!(uuid_bytes(&id).is_some());
        assert!(uuid_bytes(&id.to_uppercase()).is_none());
        assert!(uuid_bytes("e-1").is_none());
        // Version nibble not 4: would not come back the same.
        assert!(uuid_bytes("00000000-0000-1000-8000-000000000000").is_none());
    }
}
