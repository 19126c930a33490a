//! The record codec: packing and compression round-trip any bytes exactly; decoding any
//! string (and any record-like string) fails cleanly, never panics.

use proptest::prelude::*;

mod seed;
use sopir::core::case::CaseId;
use sopir::core::ids::uuid_v4_from_bytes;
use sopir::store::record;
use sopir::wire::codec;

fn in_alphabet(s: &str) -> bool {
    s.chars().all(|c| (0x20..0x8020).contains(&u32::from(c)))
}

proptest! {
    #![proptest_config(seed::seeded(ProptestConfig::default()))]

    #[test]
    fn packing_round_trips_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let packed = codec::pack(&bytes);
        prop_assert!(in_alphabet(&packed));
        prop_assert_eq!(packed.chars().count(), 1 + (bytes.len() * 8).div_ceil(15));
        prop_assert_eq!(codec::unpack(&packed).unwrap(), bytes);
    }

    #[test]
    fn compression_round_trips_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        let encoded = codec::encode(&bytes);
        prop_assert!(in_alphabet(&encoded));
        prop_assert_eq!(codec::decode(&encoded).unwrap(), bytes);
    }

    #[test]
    fn compression_round_trips_repetitive_text(word in "[a-z\"{}:,0-9]{1,12}", n in 1..400usize) {
        let text = word.repeat(n);
        prop_assert_eq!(codec::decode(&codec::encode(text.as_bytes())).unwrap(), text.as_bytes());
    }

    #[test]
    fn decoding_any_string_never_panics(s in any::<String>()) {
        let _ = codec::unpack(&s);
        let _ = codec::decode(&s);
    }

    /// Strings in the packed alphabet get past unpacking and exercise inflate.
    #[test]
    fn decoding_any_packed_string_never_panics(units in prop::collection::vec(0x20u32..0x8020, 0..400)) {
        let s: String = units.into_iter().filter_map(char::from_u32).collect();
        let _ = codec::decode(&s);
        if let Ok(bytes) = codec::unpack(&s) {
            let _ = codec::inflate(&bytes);
        }
    }

    /// Any bytes, packed, make a well-formed alphabet string that inflate must refuse or
    /// read without panicking.
    #[test]
    fn inflating_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = codec::decode(&codec::pack(&bytes));
    }

    #[test]
    fn record_decoding_never_panics(a in 0..50usize, b in 0..50usize, body in prop::collection::vec(0x20u32..0x8020, 0..300)) {
        let body: String = body.into_iter().filter_map(char::from_u32).collect();
        let id = CaseId::from("kasus");
        for text in [
            format!("R3:{a}:{b}:{body}"),
            format!("R2:{a}:{b}:{body}"),
            body.clone(),
            format!("R3:{body}"),
        ] {
            let _ = record::decode_summary(&id, &text);
            let _ = record::decode_case(sopir::core::sop::Sop::embedded(), &id, &text);
        }
    }

    #[test]
    fn uuids_are_well_formed_v4(bytes in any::<[u8; 16]>()) {
        let id = uuid_v4_from_bytes(bytes);
        prop_assert_eq!(id.len(), 36);
        for (i, c) in id.chars().enumerate() {
            match i {
                8 | 13 | 18 | 23 => prop_assert_eq!(c, '-'),
                14 => prop_assert_eq!(c, '4'),
                19 => prop_assert!("89ab".contains(c)),
                _ => prop_assert!(c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            }
        }
    }
}

fn complete_record() -> (sopir::core::case::Case, String) {
    use sopir::core::ids::{IdSource, SeededIds};
    let mut ids = SeededIds::new(3);
    let office = sopir::core::case::OfficeId(ids.new_id());
    let case = sopir::store::samples::walked_case(
        sopir::core::sop::Sop::embedded(),
        2,
        &mut ids,
        &office,
        chrono::DateTime::from_timestamp(1_736_125_200, 0).unwrap(),
        sopir::core::sample::Choices::default(),
        None,
    );
    let (record, summary) = record::encode(&case);
    assert_eq!(summary, case.summary(), "the summary the record holds");
    (case, record)
}

/// `record` with the units at the given places replaced.
fn damaged(record: &str, damage: Vec<(prop::sample::Index, u32)>) -> String {
    let mut chars: Vec<char> = record.chars().collect();
    for (at, unit) in damage {
        let i = at.index(chars.len());
        chars[i] = char::from_u32(unit).unwrap();
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(seed::config(64))]

    /// A damaged record is refused, or (if the damage is in a part the check does not
    /// need) decodes to exactly the original case: never to a different history.
    #[test]
    fn a_damaged_record_is_refused_or_unchanged(
        damage in prop::collection::vec((any::<prop::sample::Index>(), 0x20u32..0x8020), 1..4)
    ) {
        let (case, record) = complete_record();
        let damaged = damaged(&record, damage);
        let _ = record::decode_summary(case.id(), &damaged);
        if let Ok(back) = record::decode_case(sopir::core::sop::Sop::embedded(), case.id(), &damaged) {
            prop_assert_eq!(back.events(), case.events());
        }
    }
}

/// A record as schema 2 wrote it (summary and events in two streams), kept as a golden
/// file: `complete_record`'s case, encoded by the Sopir of that schema.
#[test]
fn a_schema_2_record_still_reads() {
    let (case, _) = complete_record();
    let golden = std::fs::read_to_string("tests/golden/store-record-r2.txt").unwrap();
    assert!(golden.starts_with("R2:") && record::is_record(&golden));
    let back = record::decode_case(sopir::core::sop::Sop::embedded(), case.id(), &golden).unwrap();
    assert_eq!(back.events(), case.events());
    assert_eq!(
        record::decode_summary(case.id(), &golden).unwrap(),
        case.summary()
    );
}

/// The summary is read from the start of the stream: at any stream length (the first
/// try reads 256 units), with the summary ending anywhere in it.
#[test]
fn the_start_of_a_stream_decodes_alone() {
    for len in [0_usize, 1, 100, 479, 480, 481, 3000, 20_000] {
        let plain: Vec<u8> = (0..len)
            .map(|i| (i * 7 % 251) as u8 ^ (i / 97) as u8)
            .collect();
        let packed = codec::encode(&plain);
        for cut in [0, 1, len / 3, len / 2, len.saturating_sub(1), len]
            .into_iter()
            .filter(|&c| c <= len)
        {
            let got = codec::decode_start(&packed, cut);
            assert_eq!(got.as_deref(), Ok(&plain[..cut]), "{len} {cut}");
        }
        assert!(
            codec::decode_start(&packed, len + 1).is_err(),
            "{len}: past the end"
        );
    }
}

#[test]
fn a_record_restores_the_case_exactly() {
    let (case, record) = complete_record();
    assert!(record::is_record(&record));
    let back = record::decode_case(sopir::core::sop::Sop::embedded(), case.id(), &record).unwrap();
    assert_eq!(back.events(), case.events());
    assert_eq!(
        record::decode_summary(case.id(), &record).unwrap(),
        case.summary()
    );
}

/// The start of a stream cut anywhere decodes to exactly the bytes it holds, or says it
/// needs more: never to other bytes.
#[test]
fn a_cut_stream_decodes_what_it_holds() {
    let plain: Vec<u8> = (0..3000_usize)
        .map(|i| (i * 7 % 251) as u8 ^ (i / 97) as u8)
        .collect();
    let packed: Vec<char> = codec::encode(&plain).chars().collect();
    let (mut decoded, mut short) = (0, 0);
    for units in [1, 2, 10, 100, 256, 1000, packed.len()] {
        let cut: String = packed[..units].iter().collect();
        for len in [0, 1, 50, 400, 1000, 3000] {
            match codec::decode_cut(&cut, len) {
                Ok(Some(start)) => {
                    assert_eq!(start, &plain[..len], "{units} units, {len} bytes");
                    decoded += 1;
                }
                Ok(None) => short += 1,
                Err(e) => panic!("{units} units, {len} bytes: {e:?}"),
            }
        }
    }
    assert!(
        decoded > 10 && short > 5,
        "{decoded} decoded, {short} short"
    );
    let all: String = packed.iter().collect();
    assert_eq!(codec::decode_cut(&all, 3000).unwrap().unwrap(), plain);
}

/// Opening the app reads a record's head and the start of its stream, not the record.
#[test]
fn a_summary_reads_from_two_parts_of_its_record() {
    let (case, record) = complete_record();
    let units: Vec<u16> = record.encode_utf16().collect();
    let part =
        |from: usize, to: usize| String::from_utf16(&units[from..to.min(units.len())]).unwrap();
    let head = part(0, record::HEAD_UNITS);
    let at = record::stream_at(&head).unwrap();
    let stream = part(at, at + record::STREAM_UNITS);
    assert_eq!(
        record::summary_from_parts(case.id(), &head, &stream),
        Some(case.summary())
    );
    assert!(
        (record::HEAD_UNITS + record::STREAM_UNITS) * 2 < units.len(),
        "the parts are under half of a {}-unit record",
        units.len()
    );
    // Too little of the stream: the caller reads the record whole.
    assert_eq!(
        record::summary_from_parts(case.id(), &head, &part(at, at + 20)),
        None
    );
}

proptest! {
    #![proptest_config(seed::config(64))]

    /// Damage anywhere: the parts give no summary, or the one the whole record gives.
    #[test]
    fn damaged_parts_agree_with_the_whole_record(
        damage in prop::collection::vec((any::<prop::sample::Index>(), 0x20u32..0x8020), 1..4)
    ) {
        let (case, record) = complete_record();
        let damaged = damaged(&record, damage);
        // A record's units are chars (all below the surrogates).
        let head: String = damaged.chars().take(record::HEAD_UNITS).collect();
        let Some(at) = record::stream_at(&head) else { return Ok(()); };
        let stream: String = damaged.chars().skip(at).take(record::STREAM_UNITS).collect();
        if let Some(summary) = record::summary_from_parts(case.id(), &head, &stream) {
            if let Ok(whole) = record::decode_summary(case.id(), &damaged) {
                prop_assert_eq!(summary, whole);
            }
        }
    }
}
