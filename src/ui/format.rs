//! Dates and times as the office reads them: the engine's date words
//! (`sopir_engine::i18n::dates`), which its messages and tests use too.

pub use crate::i18n::dates::{date, date_time, day_date, day_name};
