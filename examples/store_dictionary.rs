//! Prints a candidate deflate dictionary for store records (`engine/src/wire/dictionary.txt`):
//! the JSON shapes of a complete case's two record parts with every free value blanked
//! (field names, enum tags, role ids and form names stay), plus the SOP's constant
//! strings. The dictionary is part of the record format: a new one needs a new record
//! version, so this is run when designing one, not at build time.
//!
//! cargo run --example store_dictionary > engine/src/wire/dictionary.txt

use chrono::{TimeZone, Utc};
use sopir::core::case::bap::DEFAULT_REGULATION;
use sopir::core::case::identity::REGENCIES;
use sopir::core::case::OfficeId;
use sopir::core::ids::{IdSource, SeededIds};
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use sopir::store::{record, samples};

fn main() {
    let sop = Sop::embedded();
    let mut ids = SeededIds::new(1);
    let office = OfficeId(ids.new_id());
    let opened = Utc.with_ymd_and_hms(2025, 1, 6, 2, 0, 0).unwrap();
    let case = samples::walked_case(sop, 0, &mut ids, &office, opened, Choices::default(), None);
    let (summary, events) = record::plain_parts(&case);
    let mut out = String::new();
    out.push_str(&serde_json::to_string(&sop.reference()).unwrap());
    out.push_str(DEFAULT_REGULATION);
    for unit in [
        "ton/tahun",
        "m3/tahun",
        "unit/tahun",
        "buah/tahun",
        "kg/tahun",
    ] {
        out.push_str(&format!("\"unit\":\"{unit}\""));
    }
    for regency in REGENCIES {
        out.push_str(&format!("\"regency\":\"{regency}\","));
    }
    // The most shared text last: deflate's nearest back-references are the cheapest.
    out.push_str(&blank(&String::from_utf8(summary).unwrap()));
    out.push_str(&blank(&String::from_utf8(events).unwrap()));
    print!("{out}");
}

/// Empties every string that is not an identifier-like tag and zeroes every number.
fn blank(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            s.push(c);
                            s.extend(chars.next());
                        }
                        '"' => break,
                        c => s.push(c),
                    }
                }
                let tag = !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                out.push('"');
                if tag {
                    out.push_str(&s);
                }
                out.push('"');
            }
            '-' | '0'..='9' => {
                while chars
                    .peek()
                    .is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
                {
                    chars.next();
                }
                out.push('0');
            }
            c => out.push(c),
        }
    }
    out
}
