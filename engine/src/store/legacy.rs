//! Schema 1, the layout a first prototype wrote: `<ns>/kasus/<id>` holding plain JSON
//! `{"events": [...]}` with every event in full (hash and case id included), no summary.
//! Read so that such a store can be migrated; never written by the app.

use serde::{Deserialize, Serialize};

use super::problem::CorruptReason;
use crate::core::case::{Case, Event};
use crate::core::json_error;
use crate::core::sop::Sop;

pub const SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
struct V1Record {
    events: Vec<Event>,
}

/// Whether `value` looks like a schema-1 record (schema 2 records start with a tag).
pub fn is_v1(value: &str) -> bool {
    value.trim_start().starts_with('{')
}

/// Replays a schema-1 record, checking every hash.
pub fn decode(sop: &Sop, value: &str) -> Result<Case, CorruptReason> {
    let record: V1Record =
        serde_json::from_str(value).map_err(|e| CorruptReason::Json(json_error::text(&e)))?;
    Case::from_events(sop, record.events).map_err(CorruptReason::Replay)
}

/// What the prototype wrote for `case` (for tests and the golden sample).
pub fn encode(case: &Case) -> String {
    serde_json::to_string(&V1Record {
        events: case.events().to_vec(),
    })
    .expect("events serialize")
}
