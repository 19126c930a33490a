//! Reads a stored summary's path, `[[round,step,ms,sub],...]`, from its JSON text.
//!
//! Opening the app reads a thousand summaries, and their paths are most of the text.
//! Through serde every number is a few generic calls deep, which the browser runs in
//! its baseline tier at start; this loop reads the compact form serde_json writes and
//! leaves anything else (spaces, a sign where none belongs, leading zeros, overflow,
//! damage) to serde_json, so it accepts exactly what serde would and reads it the same.

use crate::core::sop::StepNo;

/// (round, step, ms after the previous time, sub-millisecond part).
pub type Entry = (u32, StepNo, i64, u32);

pub fn parse(text: &str) -> serde_json::Result<Vec<Entry>> {
    match compact(text.as_bytes()) {
        Some(path) => Ok(path),
        None => serde_json::from_str(text),
    }
}

/// The path if `text` is in serde_json's compact form with every number in range.
fn compact(text: &[u8]) -> Option<Vec<Entry>> {
    let mut r = Reader { text, at: 0 };
    r.eat(b'[')?;
    let mut path = Vec::with_capacity(text.len() / 16);
    if r.peek() == Some(b']') {
        r.at += 1;
        return r.done().then_some(path);
    }
    loop {
        r.eat(b'[')?;
        let round = u32::try_from(r.unsigned()?).ok()?;
        r.eat(b',')?;
        let step = StepNo::try_from(r.unsigned()?).ok()?;
        r.eat(b',')?;
        let ms = r.signed()?;
        r.eat(b',')?;
        let sub = u32::try_from(r.unsigned()?).ok()?;
        r.eat(b']')?;
        path.push((round, step, ms, sub));
        match r.next()? {
            b',' => continue,
            b']' => return r.done().then_some(path),
            _ => return None,
        }
    }
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn eat(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    fn done(&self) -> bool {
        self.at == self.text.len()
    }

    /// `0` or a digit 1-9 followed by digits, as JSON writes a non-negative integer. At
    /// most 19 digits, which cannot overflow: checked arithmetic on u64 costs a 128-bit
    /// multiply call on wasm32.
    fn unsigned(&mut self) -> Option<u64> {
        let start = self.at;
        let first = self.next()?;
        if !first.is_ascii_digit() {
            return None;
        }
        let mut n = u64::from(first - b'0');
        while let Some(b) = self.peek().filter(u8::is_ascii_digit) {
            if first == b'0' || self.at - start == 19 {
                return None;
            }
            n = n * 10 + u64::from(b - b'0');
            self.at += 1;
        }
        Some(n)
    }

    fn signed(&mut self) -> Option<i64> {
        if self.peek() == Some(b'-') {
            self.at += 1;
            // "-0" is left to serde_json.
            let n = self.unsigned().filter(|&n| n > 0)?;
            return 0i64.checked_sub_unsigned(n);
        }
        i64::try_from(self.unsigned()?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_serde(text: &str) -> Option<Vec<Entry>> {
        serde_json::from_str(text).ok()
    }

    #[test]
    fn reads_what_serde_json_writes() {
        let path: Vec<Entry> = vec![
            (1, 1, 0, 0),
            (1, 2, 8_195_934, 999_999),
            (2, 13, -5, 1_500_000),
        ];
        let text = serde_json::to_string(&path).unwrap();
        assert_eq!(compact(text.as_bytes()), Some(path.clone()));
        assert_eq!(parse(&text).unwrap(), path);
        assert_eq!(compact(b"[]"), Some(Vec::new()));
        let extremes = vec![
            (u32::MAX, StepNo::MAX, i64::MIN, u32::MAX),
            (0, 0, i64::MAX, 0),
        ];
        let text = serde_json::to_string(&extremes).unwrap();
        assert_eq!(compact(text.as_bytes()), Some(extremes));
    }

    #[test]
    fn leaves_every_other_form_to_serde_json() {
        for text in [
            "[ [1,1,0,0]]",
            "[[1,1,0,0] ]",
            "[[1, 1,0,0]]",
            "[[01,1,0,0]]",
            "[[1,1,-0,0]]",
            "[[1,256,0,0]]",
            "[[4294967296,1,0,0]]",
            "[[1,1,9223372036854775808,0]]",
            "[[1,1,18446744073709551616,0]]",
            "[[1,1,-99999999999999999999,0]]",
            "[[-1,1,0,0]]",
            "[[1,1,1.0,0]]",
            "[[1,1,1e3,0]]",
            "[[1,1,0]]",
            "[[1,1,0,0,0]]",
            "[[1,1,0,0],]",
            "[[1,1,0,0]",
            "[[1,1,0,0]]x",
            "",
            "[",
            "[,]",
            "{}",
        ] {
            assert_eq!(compact(text.as_bytes()), None, "{text}");
            assert_eq!(parse(text).ok(), by_serde(text), "{text}");
        }
        // A form serde_json accepts and this loop does not: the same path either way.
        assert_eq!(parse(" [[1, 1,-5,0]] ").unwrap(), vec![(1, 1, -5, 0)]);
    }

    proptest! {
        #[test]
        fn agrees_with_serde_json_on_written_paths(
            path in proptest::collection::vec(any::<(u32, StepNo, i64, u32)>(), 0..30)
        ) {
            let text = serde_json::to_string(&path).unwrap();
            prop_assert_eq!(compact(text.as_bytes()), Some(path));
        }

        /// On any text, what this loop reads is what serde_json reads.
        #[test]
        fn never_reads_what_serde_json_would_not(text in "[\\[\\]0-9,\\- e.]{0,40}") {
            if let Some(path) = compact(text.as_bytes()) {
                prop_assert_eq!(Some(path), by_serde(&text));
            }
            prop_assert_eq!(parse(&text).ok(), by_serde(&text));
        }
    }
}
