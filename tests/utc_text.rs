//! Event times written and read by `core::utc_text` are exactly chrono's: the same text for
//! every time (event hashes cover it), the same value or error for every text.

use std::str::FromStr;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use proptest::prelude::*;

mod seed;
use sopir::wire::utc_text;

fn ours(at: &DateTime<Utc>) -> String {
    let mut out = Vec::new();
    utc_text::serialize(at, &mut serde_json::Serializer::new(&mut out)).unwrap();
    String::from_utf8(out).unwrap()
}

fn chrono_parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    DateTime::<FixedOffset>::from_str(text).map(|at| at.with_timezone(&Utc))
}

/// Times from year 1 to 9999 with a fraction that is zero, whole milliseconds, whole
/// microseconds or any nanoseconds (chrono writes 0, 3, 6 or 9 digits for them).
fn any_time() -> impl Strategy<Value = DateTime<Utc>> {
    let seconds = Utc.with_ymd_and_hms(1, 1, 1, 0, 0, 0).unwrap().timestamp()
        ..Utc
            .with_ymd_and_hms(9999, 12, 31, 23, 59, 59)
            .unwrap()
            .timestamp();
    let nanos = prop_oneof![
        Just(0u32),
        (0u32..1000).prop_map(|ms| ms * 1_000_000),
        (0u32..1_000_000).prop_map(|us| us * 1_000),
        0u32..1_000_000_000,
    ];
    (seconds, nanos).prop_map(|(s, n)| DateTime::from_timestamp(s, n).unwrap())
}

proptest! {
    #![proptest_config(seed::seeded(ProptestConfig::with_cases(4_000)))]

    #[test]
    fn writes_and_reads_what_chrono_does(at in any_time()) {
        let text = serde_json::to_string(&at).unwrap();
        prop_assert_eq!(ours(&at), text.clone());
        let bare = text.trim_matches('"');
        prop_assert_eq!(utc_text::parse(bare), Ok(at));
        prop_assert_eq!(utc_text::parse(bare), chrono_parse(bare));
    }

    /// Texts near the canonical shape (digits and separators swapped about), and any text.
    #[test]
    fn any_text_gives_chrono_s_answer(
        text in prop_oneof![
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,10})?(Z|[+-][0-9]{2}:[0-9]{2})",
            "[0-9T:.Z+-]{0,32}",
            any::<String>(),
        ]
    ) {
        prop_assert_eq!(utc_text::parse(&text), chrono_parse(&text));
    }
}
