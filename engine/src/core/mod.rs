//! The pure core: the SOP as data, cases as event-sourced state machines, working-day
//! deadlines and case-file merge. Nothing here imports Leptos or browser APIs, so all of
//! it runs and is tested natively (`cargo test`).

pub mod calendar;
pub mod case;
pub mod casefile;
pub mod hash;
pub mod ids;
pub mod json_error;
pub mod numbers;
pub mod offices;
pub mod register;
pub mod sample;
pub mod sop;
