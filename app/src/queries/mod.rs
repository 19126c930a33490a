//! What the lists and the dashboard show: rows with their status and deadlines, filters and
//! sorting (`lists`), and the dashboard's counts and durations (`stats`).

pub mod lists;
pub mod stats;
