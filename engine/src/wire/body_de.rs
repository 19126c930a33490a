//! Reading an `EventBody`. It is internally tagged (`"type"`), and serde's derive for such
//! an enum first copies the whole body, with its step data, into a buffer of its own, then
//! reads it from there: checking an imported 1,000-case file reads 25,000 bodies. Sopir
//! writes the tag first, so the fields can be read straight from the file once the tag is
//! known; a body with the tag elsewhere (another tool's JSON) is buffered, written again
//! with the tag first, and read that way.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::core::case::identity::Identity;
use crate::core::case::step_data::StepData;
use crate::core::case::{EventBody, EventId};
use crate::core::register::LetterEntry;
use crate::core::sop::{SopRef, StepNo};

impl<'de> Deserialize<'de> for EventBody {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<EventBody, D::Error> {
        d.deserialize_map(BodyVisitor)
    }
}

/// The tag's values: `EventBody`'s variants in snake case.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Opened,
    StepCompleted,
    StepCorrected,
    ConflictResolved,
}

/// The fields of each variant, as `EventBody` declares them.
#[derive(Deserialize)]
struct Opened {
    sop: SopRef,
    identity: Box<Identity>,
}

#[derive(Deserialize)]
struct StepCompleted {
    step: StepNo,
    round: u32,
    data: StepData,
    #[serde(default)]
    letter: Option<Box<LetterEntry>>,
}

#[derive(Deserialize)]
struct StepCorrected {
    round: u32,
    step: StepNo,
    corrects: EventId,
    data: StepData,
    #[serde(default)]
    letter: Option<Box<LetterEntry>>,
    reason: String,
}

#[derive(Deserialize)]
struct ConflictResolved {
    round: u32,
    step: StepNo,
    keep: EventId,
    discard: Vec<EventId>,
    reason: String,
}

impl Kind {
    /// The variant's fields from `d`, a map without the tag.
    fn read<'de, D: Deserializer<'de>>(self, d: D) -> Result<EventBody, D::Error> {
        Ok(match self {
            Kind::Opened => {
                let f = Opened::deserialize(d)?;
                EventBody::Opened {
                    sop: f.sop,
                    identity: f.identity,
                }
            }
            Kind::StepCompleted => {
                let f = StepCompleted::deserialize(d)?;
                EventBody::StepCompleted {
                    step: f.step,
                    round: f.round,
                    data: f.data,
                    letter: f.letter,
                }
            }
            Kind::StepCorrected => {
                let f = StepCorrected::deserialize(d)?;
                EventBody::StepCorrected {
                    round: f.round,
                    step: f.step,
                    corrects: f.corrects,
                    data: f.data,
                    letter: f.letter,
                    reason: f.reason,
                }
            }
            Kind::ConflictResolved => {
                let f = ConflictResolved::deserialize(d)?;
                EventBody::ConflictResolved {
                    round: f.round,
                    step: f.step,
                    keep: f.keep,
                    discard: f.discard,
                    reason: f.reason,
                }
            }
        })
    }
}

/// A key of the body: the tag, or any other (kept for the buffered way).
enum Key {
    Tag,
    Other(String),
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "type" => Key::Tag,
                    other => Key::Other(other.to_string()),
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = EventBody;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an event body")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<EventBody, A::Error> {
        match map.next_key::<Key>()? {
            Some(Key::Tag) => {
                let kind: Kind = map.next_value()?;
                kind.read(MapAccessDeserializer::new(map))
            }
            Some(Key::Other(first)) => {
                // Written again with the tag first and read that way: reading the fields
                // from a `serde_json::Value` would compile every step form's reader twice.
                let mut tag = None;
                let mut fields = vec![(first, map.next_value::<serde_json::Value>()?)];
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Tag if tag.is_none() => tag = Some(map.next_value()?),
                        Key::Tag => return Err(de::Error::duplicate_field("type")),
                        Key::Other(key) => fields.push((key, map.next_value()?)),
                    }
                }
                let tag: serde_json::Value = tag.ok_or_else(|| de::Error::missing_field("type"))?;
                let mut text = format!("{{\"type\":{tag}");
                for (key, value) in &fields {
                    text.push(',');
                    text.push_str(&serde_json::Value::from(key.as_str()).to_string());
                    text.push(':');
                    text.push_str(&value.to_string());
                }
                text.push('}');
                serde_json::from_str(&text).map_err(de::Error::custom)
            }
            None => Err(de::Error::missing_field("type")),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use crate::core::case::{Case, EventBody, StepData};
    use crate::core::ids::SeededIds;
    use crate::core::register::{Direction, LetterEntry};
    use crate::core::sample::Choices;
    use crate::core::sop::Sop;
    use crate::store::samples::walked_case;

    /// Every body of complete histories, with and without a field inspection.
    fn bodies() -> Vec<EventBody> {
        let sop = Sop::embedded();
        let mut ids = SeededIds::new(7);
        let opened = Utc.with_ymd_and_hms(2025, 1, 6, 1, 0, 0).unwrap();
        [true, false]
            .into_iter()
            .flat_map(|inspection| {
                let choices = Choices {
                    inspection,
                    ..Choices::default()
                };
                let case: Case =
                    walked_case(sop, 1, &mut ids, &"kantor".into(), opened, choices, None);
                case.into_events().into_iter().map(|e| e.body)
            })
            .chain(corrections())
            .chain([EventBody::ConflictResolved {
                round: 1,
                step: 9,
                keep: "a".into(),
                discard: vec!["b".into(), "c".into()],
                reason: "Hasil rapat".into(),
            }])
            .collect()
    }

    /// Corrections with and without a letter.
    fn corrections() -> Vec<EventBody> {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 7).unwrap();
        let data = StepData::Letter {
            number: "530/012/DPPESDM/2025".into(),
            date,
            note: String::new(),
        };
        let letter = LetterEntry {
            direction: Direction::Keluar,
            office: "kantor".into(),
            office_name: "DPPESDM Kalbar".into(),
            year: 2025,
            seq: 12,
            number: "530/012/DPPESDM/2025".into(),
            date,
            from: "Operator".into(),
            to: "Kabid".into(),
            subject: "Nota Dinas".into(),
            kind: "nota_dinas".into(),
        };
        vec![
            EventBody::StepCorrected {
                round: 1,
                step: 5,
                corrects: "a".into(),
                data: data.clone(),
                letter: Some(Box::new(letter)),
                reason: "Nomor pada surat fisik 012".into(),
            },
            EventBody::StepCorrected {
                round: 2,
                step: 1,
                corrects: "b".into(),
                data: StepData::IpIssued {
                    number: "IP-2".into(),
                    date,
                },
                letter: None,
                reason: "Salah ketik".into(),
            },
        ]
    }

    #[test]
    fn reads_what_it_writes_with_the_tag_first_or_anywhere_else() {
        for body in bodies() {
            let text = serde_json::to_string(&body).unwrap();
            assert!(text.starts_with(r#"{"type":"#), "{text}");
            assert_eq!(serde_json::from_str::<EventBody>(&text).unwrap(), body);
            // The same object with the tag last, as another tool might write it.
            let serde_json::Value::Object(map) = serde_json::to_value(&body).unwrap() else {
                panic!("a body is an object");
            };
            let mut moved: Vec<_> = map.into_iter().collect();
            let at = moved.iter().position(|(k, _)| k == "type").unwrap();
            let tag = moved.remove(at);
            moved.push(tag);
            let fields: Vec<String> = moved
                .iter()
                .map(|(k, v)| format!("{}:{v}", serde_json::to_string(k).unwrap()))
                .collect();
            let text = format!("{{{}}}", fields.join(","));
            assert_eq!(
                serde_json::from_str::<EventBody>(&text).unwrap(),
                body,
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_bodies_without_a_known_tag_or_with_a_repeated_field() {
        for text in [
            r#"{}"#,
            r#"{"step":9,"round":1}"#,
            r#"{"type":"deleted","step":9}"#,
            r#"{"step":9,"type":"deleted"}"#,
            r#"{"type":"conflict_resolved","round":1}"#,
            r#"{"type":"step_corrected","round":1,"step":5,"corrects":"a"}"#,
            r#"{"round":1,"round":2,"type":"conflict_resolved"}"#,
            r#"{"round":1,"type":"conflict_resolved","type":"opened"}"#,
            r#"["opened"]"#,
            r#""opened""#,
        ] {
            assert!(serde_json::from_str::<EventBody>(text).is_err(), "{text}");
        }
    }
}
