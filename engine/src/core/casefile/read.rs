//! Reading an imported file: every check, in an order where the cheap and the
//! safety-relevant ones come first. Nothing is stored here; a refused file changes nothing.

use std::collections::HashSet;

use super::error::{CaseRef, ImportError};
use super::scan::{scan, Limit, ScanError, Schema};
use super::{
    CaseFile, FileCase, Mode, FILE_SCHEMA, FORMAT, MAX_CASES, MAX_DEPTH, MAX_EVENTS_PER_CASE,
    MAX_FILE_BYTES, MAX_ITEMS, MAX_STRING_BYTES,
};
use crate::core::case::{Case, EventBody, EventPlace, ReplayError};
use crate::core::json_error;
use crate::core::sop::{Sop, SopRef};

/// What the importing store accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expect {
    /// The SOP the store's cases run under.
    pub sop: SopRef,
    /// Real records or the training store.
    pub mode: Mode,
}

/// Reads and checks a case file: limits, format and schema, content hash, SOP, mode,
/// duplicate ids, and every case's history (event hashes, replay under `sop`).
pub fn read(text: &str, expect: &Expect, sop: &Sop) -> Result<CaseFile, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    // Editors on Windows may add a byte-order mark when a file is opened and saved; it is
    // not content (the content hash covers the values, not the bytes).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let head = scan(text).map_err(|e| match e {
        ScanError::Syntax { line, column } => ImportError::NotJson { line, column },
        ScanError::Limit(Limit::Depth) => ImportError::TooDeep { max: MAX_DEPTH },
        ScanError::Limit(Limit::Cases) => ImportError::TooManyCases { max: MAX_CASES },
        ScanError::Limit(Limit::Events(i)) => ImportError::TooManyEvents {
            case: i + 1,
            max: MAX_EVENTS_PER_CASE,
        },
        ScanError::Limit(Limit::Items) => ImportError::TooManyItems { max: MAX_ITEMS },
        ScanError::Limit(Limit::String) => ImportError::StringTooLong {
            max: MAX_STRING_BYTES,
        },
    })?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotSopirFile);
    }
    match head.schema {
        Schema::Number(n) if (1..=u64::from(FILE_SCHEMA)).contains(&n) => {}
        Schema::Number(n) if n > u64::from(FILE_SCHEMA) => {
            return Err(ImportError::NewerSchema { found: n })
        }
        Schema::Missing | Schema::Number(_) | Schema::Other => {
            return Err(ImportError::Malformed {
                detail: "schema".into(),
                at: None,
            })
        }
    }
    let mut file: CaseFile = serde_json::from_str(text).map_err(|e| ImportError::Malformed {
        detail: json_error::message(&e),
        at: json_error::position(&e),
    })?;
    if file.compute_hash() != file.content_hash {
        return Err(ImportError::ContentHash);
    }
    if file.sop != expect.sop {
        return Err(ImportError::DifferentSop {
            file: Box::new(file.sop.clone()),
            app: Box::new(expect.sop.clone()),
        });
    }
    match (file.mode, expect.mode) {
        (Mode::Latihan, Mode::Resmi) => return Err(ImportError::TrainingIntoReal),
        (Mode::Resmi, Mode::Latihan) => return Err(ImportError::RealIntoTraining),
        _ => {}
    }
    check_ids(&file)?;
    let checked = file
        .cases
        .iter()
        .map(|case| replay(case, sop, &file.sop))
        .collect::<Result<Vec<Case>, ImportError>>()?;
    file.checked = checked;
    Ok(file)
}

/// Case ids and event ids are unique in the whole file (event ids are UUIDs).
fn check_ids(file: &CaseFile) -> Result<(), ImportError> {
    let mut cases = HashSet::with_capacity(file.cases.len());
    let mut events = HashSet::new();
    for case in &file.cases {
        if !cases.insert(&case.id) {
            return Err(ImportError::DuplicateCase {
                case: case_ref(case),
            });
        }
        for event in &case.events {
            if !events.insert(&event.id) {
                return Err(ImportError::DuplicateEvent {
                    case: case_ref(case),
                    event: event.id.clone(),
                    place: EventPlace::of(event),
                });
            }
        }
    }
    Ok(())
}

/// Rebuilds one case from the file: hashes first (tamper evidence), then the SOP replay.
pub(super) fn replay(case: &FileCase, sop: &Sop, declared: &SopRef) -> Result<Case, ImportError> {
    if let Some(stray) = case.events.iter().find(|e| e.case_id != case.id) {
        return Err(ImportError::Replay {
            case: case_ref(case),
            error: Box::new(ReplayError::OtherCase(stray.id.clone())),
            place: EventPlace::of(stray),
        });
    }
    let rebuilt = Case::from_events(sop, case.events.clone()).map_err(|e| replay_error(case, e))?;
    if &rebuilt.state().sop != declared {
        return Err(ImportError::CaseSop {
            case: case_ref(case),
            found: Box::new(rebuilt.state().sop.clone()),
        });
    }
    Ok(rebuilt)
}

fn replay_error(case: &FileCase, error: ReplayError) -> ImportError {
    let place = error
        .event()
        .map_or(EventPlace::Unknown, |id| EventPlace::find(&case.events, id));
    replay_error_at(case_ref(case), error, place)
}

/// The import error for a replay's `error` at `place`, as a step names it.
fn replay_error_at(case: CaseRef, error: ReplayError, place: EventPlace) -> ImportError {
    match error {
        ReplayError::Integrity(event) => ImportError::Integrity { case, event, place },
        ReplayError::DuplicateId(event) => ImportError::DuplicateEvent { case, event, place },
        error => ImportError::Replay {
            case,
            error: Box::new(error),
            place,
        },
    }
}

/// Names a case by the company and NIB its opening event records.
pub(super) fn case_ref(case: &FileCase) -> CaseRef {
    let identity = case.events.iter().find_map(|e| match &e.body {
        EventBody::Opened { identity, .. } => Some(identity),
        _ => None,
    });
    CaseRef {
        id: case.id.clone(),
        // A message line, not a place for a hostile file's 60 KB string.
        company: identity
            .map(|i| i.company.chars().take(200).collect())
            .unwrap_or_default(),
        nib: identity
            .map(|i| i.nib.chars().take(40).collect())
            .unwrap_or_default(),
    }
}
