//! Dates written and read by `core::date_text` are exactly chrono's: the same text for
//! every date (event hashes cover it), the same value or error for every text, and an
//! absent optional date is still `None`.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

mod seed;
use sopir::wire::date_text;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Form {
    #[serde(with = "date_text")]
    on: NaiveDate,
    #[serde(default, with = "date_text::option")]
    until: Option<NaiveDate>,
}

/// Any date chrono has, years -262143 to 262142: most of them outside the fast path's
/// 0-9999, so chrono's own writing of signed years is compared too.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce()),
        // Years 1900-2100, where real forms are.
        (693_595..=767_010),
    ]
    .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap())
}

proptest! {
    #![proptest_config(seed::seeded(ProptestConfig::with_cases(4_000)))]

    #[test]
    fn writes_and_reads_what_chrono_does(on in any_date(), until in proptest::option::of(any_date())) {
        let form = Form { on, until };
        let chrono = format!(
            r#"{{"on":{},"until":{}}}"#,
            serde_json::to_string(&on).unwrap(),
            serde_json::to_string(&until).unwrap()
        );
        prop_assert_eq!(serde_json::to_string(&form).unwrap(), chrono.clone());
        prop_assert_eq!(serde_json::from_str::<Form>(&chrono).unwrap(), form);
        let bare = serde_json::to_string(&on).unwrap();
        let bare = bare.trim_matches('"');
        prop_assert_eq!(date_text::parse(bare), Ok(on));
    }

    /// Texts near the canonical shape (digits and separators swapped about), and any text.
    #[test]
    fn any_text_gives_chrono_s_answer(
        text in prop_oneof![
            "[+-]?[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}",
            "[0-9 +-]{0,12}",
            any::<String>(),
        ]
    ) {
        prop_assert_eq!(date_text::parse(&text), NaiveDate::from_str(&text));
    }
}

#[test]
fn an_absent_optional_date_is_none_and_a_bad_one_is_refused() {
    let form: Form = serde_json::from_str(r#"{"on":"2025-01-06"}"#).unwrap();
    assert_eq!(form.until, None);
    let form: Form = serde_json::from_str(r#"{"on":"2025-01-06","until":null}"#).unwrap();
    assert_eq!(form.until, None);
    for text in [
        r#"{"on":"2025-02-30"}"#,
        r#"{"on":20250106}"#,
        r#"{"on":"2025-01-06","until":"06-01-2025"}"#,
        r#"{"until":"2025-01-06"}"#,
    ] {
        assert!(serde_json::from_str::<Form>(text).is_err(), "{text}");
    }
}
