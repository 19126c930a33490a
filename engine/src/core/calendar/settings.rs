//! Per-office calendar choices, stored with the office settings.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalendarSettings {
    /// Whether cuti bersama are days off. Default true: government offices close on them.
    pub count_cuti_bersama: bool,
    /// Dates the office is closed on top of the holiday list.
    pub extra_days_off: BTreeSet<NaiveDate>,
    /// Listed holidays the office works anyway; only Monday-Friday dates change anything.
    /// A date also in `extra_days_off` stays a day off.
    pub extra_working_days: BTreeSet<NaiveDate>,
}

impl Default for CalendarSettings {
    fn default() -> Self {
        CalendarSettings {
            count_cuti_bersama: true,
            extra_days_off: BTreeSet::new(),
            extra_working_days: BTreeSet::new(),
        }
    }
}
