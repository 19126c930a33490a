//! The first pass over an imported file: checks the JSON syntax and the reading limits
//! (nesting depth, number of cases, events per case, other list lengths, string lengths)
//! while building nothing, and picks up `format` and `schema`. Only a file that passes is
//! deserialized, so a hostile file cannot make the reader allocate without bound.

use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::core::json_error;

use super::{MAX_CASES, MAX_DEPTH, MAX_EVENTS_PER_CASE, MAX_ITEMS, MAX_STRING_BYTES};

/// A reading limit that was exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Limit {
    Depth,
    Cases,
    /// Events of the case at this position (0-based) in `cases`.
    Events(usize),
    Items,
    String,
}

#[derive(Debug, PartialEq)]
pub(super) enum ScanError {
    /// Where the parser stopped.
    Syntax {
        line: usize,
        column: usize,
    },
    Limit(Limit),
}

/// The root's `schema` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Schema {
    Missing,
    Number(u64),
    /// Present but not a non-negative integer.
    Other,
}

#[derive(Debug)]
pub(super) struct Head {
    /// `Some` only when the root is an object whose `format` is a string.
    pub format: Option<String>,
    pub schema: Schema,
}

struct Found {
    limit: Cell<Option<Limit>>,
    format: RefCell<Option<String>>,
    schema: Cell<Schema>,
}

pub(super) fn scan(text: &str) -> Result<Head, ScanError> {
    let found = Found {
        limit: Cell::new(None),
        format: RefCell::new(None),
        schema: Cell::new(Schema::Missing),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let root = Node {
        found: &found,
        depth: 0,
        place: Place::Root,
    };
    let result = root.deserialize(&mut de).and_then(|()| de.end());
    match (result, found.limit.get()) {
        (_, Some(limit)) => Err(ScanError::Limit(limit)),
        (Err(e), None) => {
            let (line, column) = json_error::position(&e).unwrap_or((1, 1));
            Err(ScanError::Syntax { line, column })
        }
        (Ok(()), None) => Ok(Head {
            format: found.format.into_inner(),
            schema: found.schema.get(),
        }),
    }
}

/// Where a value sits, as far as the limits and the header fields care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Root,
    Format,
    Schema,
    Cases,
    Case(usize),
    Events(usize),
    Other,
}

#[derive(Clone, Copy)]
struct Node<'a> {
    found: &'a Found,
    /// Containers around this value.
    depth: usize,
    place: Place,
}

impl Node<'_> {
    fn fail<E: de::Error>(&self, limit: Limit) -> E {
        self.found.limit.set(Some(limit));
        E::custom("reading limit exceeded")
    }

    fn check_str<E: de::Error>(&self, s: &str) -> Result<(), E> {
        if s.len() > MAX_STRING_BYTES {
            return Err(self.fail(Limit::String));
        }
        Ok(())
    }

    fn enter<E: de::Error>(&self, place: Place) -> Result<Node<'_>, E> {
        if self.depth + 1 > MAX_DEPTH {
            return Err(self.fail(Limit::Depth));
        }
        Ok(Node {
            found: self.found,
            depth: self.depth + 1,
            place,
        })
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        if self.place == Place::Schema {
            self.found.schema.set(Schema::Other);
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<(), E> {
        if self.place == Place::Schema {
            self.found.schema.set(Schema::Number(n));
        }
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.visit_i64(0)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        self.check_str(s)?;
        match self.place {
            Place::Format => *self.found.format.borrow_mut() = Some(s.to_string()),
            Place::Schema => self.found.schema.set(Schema::Other),
            _ => {}
        }
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.visit_i64(0)
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.visit_i64(0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.place == Place::Schema {
            self.found.schema.set(Schema::Other);
        }
        let max = match self.place {
            Place::Cases => MAX_CASES,
            Place::Events(_) => MAX_EVENTS_PER_CASE,
            _ => MAX_ITEMS,
        };
        let mut count = 0;
        loop {
            let place = match self.place {
                Place::Cases => Place::Case(count),
                _ => Place::Other,
            };
            if seq.next_element_seed(self.enter(place)?)?.is_none() {
                return Ok(());
            }
            count += 1;
            if count > max {
                return Err(self.fail(match self.place {
                    Place::Cases => Limit::Cases,
                    Place::Events(i) => Limit::Events(i),
                    _ => Limit::Items,
                }));
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.place == Place::Schema {
            self.found.schema.set(Schema::Other);
        }
        while let Some(key) = map.next_key_seed(KeySeed(self))? {
            let place = match (self.place, key) {
                (Place::Root, Key::Format) => Place::Format,
                (Place::Root, Key::Schema) => Place::Schema,
                (Place::Root, Key::Cases) => Place::Cases,
                (Place::Case(i), Key::Events) => Place::Events(i),
                _ => Place::Other,
            };
            map.next_value_seed(self.enter(place)?)?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Key {
    Format,
    Schema,
    Cases,
    Events,
    Other,
}

/// Reads an object key without keeping it.
struct KeySeed<'a>(Node<'a>);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Key, E> {
        self.0.check_str(s)?;
        Ok(match s {
            "format" => Key::Format,
            "schema" => Key::Schema,
            "cases" => Key::Cases,
            "events" => Key::Events,
            _ => Key::Other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_header_and_counts_lists() {
        let head = scan(r#"{"cases":[{"events":[1,2]}],"format":"x","schema":1}"#).unwrap();
        assert_eq!(head.format.as_deref(), Some("x"));
        assert_eq!(head.schema, Schema::Number(1));
        let head = scan(r#"[{"format":"x"}]"#).unwrap();
        assert_eq!(head.format, None);
        assert_eq!(head.schema, Schema::Missing);
        assert_eq!(scan(r#"{"schema":"1"}"#).unwrap().schema, Schema::Other);
        assert_eq!(scan(r#"{"schema":-1}"#).unwrap().schema, Schema::Other);
    }

    #[test]
    fn limits() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(scan(&deep).unwrap_err(), ScanError::Limit(Limit::Depth));
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(scan(&ok).is_ok());
        // Far deeper than serde_json's own recursion limit: still our error, no overflow.
        let deeper = "{\"a\":".repeat(100_000);
        assert_eq!(scan(&deeper).unwrap_err(), ScanError::Limit(Limit::Depth));

        let list = |n: usize| format!("[{}]", vec!["0"; n].join(","));
        assert!(scan(&list(MAX_ITEMS)).is_ok());
        assert_eq!(
            scan(&list(MAX_ITEMS + 1)).unwrap_err(),
            ScanError::Limit(Limit::Items)
        );
        let events = format!(
            r#"{{"cases":[{{}},{{"events":{}}}]}}"#,
            list(MAX_EVENTS_PER_CASE + 1)
        );
        assert_eq!(
            scan(&events).unwrap_err(),
            ScanError::Limit(Limit::Events(1))
        );
        let cases = format!(r#"{{"cases":{}}}"#, list(MAX_CASES + 1));
        assert_eq!(scan(&cases).unwrap_err(), ScanError::Limit(Limit::Cases));

        let long = format!("\"{}\"", "a".repeat(MAX_STRING_BYTES + 1));
        assert_eq!(scan(&long).unwrap_err(), ScanError::Limit(Limit::String));
        let long_key = format!("{{\"{}\":0}}", "a".repeat(MAX_STRING_BYTES + 1));
        assert_eq!(
            scan(&long_key).unwrap_err(),
            ScanError::Limit(Limit::String)
        );
    }

    #[test]
    fn syntax_errors() {
        for bad in ["", "{", "[1,]", "{\"a\":1}x", "nul", "\"\\ud800\"", "1e999"] {
            assert!(
                matches!(scan(bad), Err(ScanError::Syntax { .. })),
                "{bad:?} is not JSON"
            );
        }
    }
}
