//! How a case file is laid out as text: the envelope and each case's list of events are
//! indented like `serde_json`'s pretty printer, and every event sits on one line of its
//! own. A person can still read the file in a text editor (one line per event), and it is
//! some 40% smaller than indenting every value, which counts on a USB stick, by e-mail,
//! and for the import, which reads every byte twice.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

/// Containers up to this depth put each item on its own line: the envelope (1), the case
/// list (2), a case (3) and its events (4). Deeper ones, an event and what it holds, are
/// written compactly.
const INDENTED_DEPTH: usize = 4;
const INDENT: &[u8] = b"  ";

pub(super) fn to_string<T: Serialize>(value: &T) -> String {
    let mut out = Vec::with_capacity(64 * 1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, OneEventPerLine::default());
    value.serialize(&mut ser).expect("case files serialize");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

#[derive(Default)]
struct OneEventPerLine {
    /// Containers open around the next thing written.
    depth: usize,
    /// Whether the innermost indented container has an item yet.
    has_value: bool,
}

impl OneEventPerLine {
    fn indented(&self) -> bool {
        self.depth <= INDENTED_DEPTH
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        let was_indented = self.indented();
        self.depth -= 1;
        if was_indented && self.has_value {
            self.new_line(w)?;
        }
        // The container just closed is a value of the one around it.
        self.has_value = true;
        w.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.indented() {
            self.new_line(w)?;
        }
        Ok(())
    }

    fn new_line<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(INDENT)?;
        }
        Ok(())
    }
}

impl Formatter for OneEventPerLine {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(if self.indented() { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::to_string;

    #[test]
    fn indents_to_the_events_and_writes_each_event_on_one_line() {
        let file = json!({
            "format": "f",
            "empty": [],
            "cases": [
                { "id": "a", "events": [ { "n": 1, "x": { "y": [1, 2] } }, { "n": 2 } ] },
                { "id": "b", "events": [] }
            ]
        });
        let text = to_string(&file);
        let expected = r#"{
  "cases": [
    {
      "events": [
        {"n":1,"x":{"y":[1,2]}},
        {"n":2}
      ],
      "id": "a"
    },
    {
      "events": [],
      "id": "b"
    }
  ],
  "empty": [],
  "format": "f"
}"#;
        assert_eq!(text, expected);
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, file);
    }
}
