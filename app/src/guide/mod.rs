//! The guided walk-through of the training mode: its texts per step and language
//! (`content`, from data/panduan-latihan.toml) and the state of a run in progress. The
//! views show it (`src/ui/guide`); the tab keeps the run (sessionStorage).

mod content;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::core::case::CaseId;
use crate::core::sop::StepNo;
pub use content::{GuideStep, GuideText};

/// A mistake the trainee made, explained.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mistake {
    pub step: StepNo,
    pub explanation: String,
}

/// The walk-through in progress; kept per tab (sessionStorage).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuideRun {
    pub case: CaseId,
    pub started: DateTime<Utc>,
    pub mistakes: Vec<Mistake>,
    /// The branch at step 9 this run suggests (the second run offers the other one).
    pub inspection_hint: Option<bool>,
}
