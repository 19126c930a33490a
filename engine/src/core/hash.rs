//! SHA-256 hashes, written as lowercase hex in files and storage.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hash([u8; 32]);

impl Hash {
    /// Bytes in a hash.
    pub const LEN: usize = 32;

    pub fn of(bytes: &[u8]) -> Hash {
        Hash(Sha256::digest(bytes).into())
    }

    /// Hashes several parts as one stream.
    pub fn of_parts<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> Hash {
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update(part);
        }
        Hash(hasher.finalize().into())
    }

    /// SHA-256 over the compact JSON of `value`, followed by `more`. The JSON is written
    /// into a buffer kept between calls: checking a 1,000-case file hashes 25,000 events.
    pub fn of_json<'a, T: Serialize + ?Sized>(
        value: &T,
        more: impl IntoIterator<Item = &'a [u8]>,
    ) -> Hash {
        thread_local! {
            static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        BUFFER.with_borrow_mut(|buffer| {
            buffer.clear();
            serde_json::to_writer(&mut *buffer, value).expect("values hashed serialize");
            let mut hasher = Sha256::new();
            // In pieces: in the browser a function runs its first call in the baseline
            // compiler until it returns, so one call over a whole file's JSON never gets
            // the optimized code that later calls get.
            for piece in buffer.chunks(16 * 1024) {
                hasher.update(piece);
            }
            for part in more {
                hasher.update(part);
            }
            let hash = Hash(hasher.finalize().into());
            if buffer.capacity() > 1 << 20 {
                // Do not hold on to a large file's worth of memory.
                *buffer = Vec::new();
            }
            hash
        })
    }

    /// The hash whose bytes are the first 32 of `bytes`, if there are 32.
    pub fn from_prefix(bytes: &[u8]) -> Option<Hash> {
        Some(Hash(bytes.get(..Hash::LEN)?.try_into().ok()?))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    pub fn to_hex(&self) -> String {
        self.hex_digits().iter().map(|&d| char::from(d)).collect()
    }

    /// The lowercase hex digits, without making a `String` of them.
    pub(crate) fn hex_digits(&self) -> [u8; 64] {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = [0u8; 64];
        for (pair, b) in hex.chunks_exact_mut(2).zip(self.0) {
            pair[0] = DIGITS[usize::from(b >> 4)];
            pair[1] = DIGITS[usize::from(b & 15)];
        }
        hex
    }

    /// 64 lowercase or uppercase hex digits.
    pub fn from_hex(hex: &str) -> Option<Hash> {
        // Digit values by byte, 0xff for a byte that is not a hex digit: reading a
        // 1,000-case file parses 25,000 hashes, and a table with one check at the end
        // beats a branch per digit.
        const VALUE: [u8; 256] = {
            let mut table = [0xff_u8; 256];
            let mut i = 0;
            while i < 10 {
                table[b'0' as usize + i] = i as u8;
                i += 1;
            }
            let mut i = 0;
            while i < 6 {
                table[b'a' as usize + i] = 10 + i as u8;
                table[b'A' as usize + i] = 10 + i as u8;
                i += 1;
            }
            table
        };
        let hex: &[u8; 64] = hex.as_bytes().try_into().ok()?;
        let mut bytes = [0u8; 32];
        let mut bad = 0u8;
        for (byte, pair) in bytes.iter_mut().zip(hex.chunks_exact(2)) {
            let (high, low) = (VALUE[usize::from(pair[0])], VALUE[usize::from(pair[1])]);
            bad |= high | low;
            *byte = high << 4 | (low & 15);
        }
        (bad & 0xf0 == 0).then_some(Hash(bytes))
    }

    /// The first 12 hex digits: enough for a person to compare two printouts.
    pub fn short(&self) -> String {
        self.to_hex()[..12].to_string()
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash({})", self.short())
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl Serialize for Hash {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Without a String per hash: a 1,000-case file's content hash covers 25,000.
        s.serialize_str(std::str::from_utf8(&self.hex_digits()).expect("hex digits"))
    }
}

impl<'de> Deserialize<'de> for Hash {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Hash, D::Error> {
        crate::wire::text_field::read_str(d, "a string", |text| {
            Hash::from_hex(text).ok_or("hash SHA-256 tidak sah")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Hash;

    #[test]
    fn known_digest_and_hex_round_trip() {
        let h = Hash::of(b"abc");
        assert_eq!(
            h.to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Hash::from_hex(&h.to_hex()), Some(h.clone()));
        assert_eq!(Hash::of_parts([&b"a"[..], b"bc"]), h);
        assert_eq!(Hash::from_hex("zz"), None);
        let mut bytes = h.as_bytes().to_vec();
        assert_eq!(Hash::from_prefix(&bytes[..31]), None);
        bytes.push(7);
        assert_eq!(Hash::from_prefix(&bytes), Some(h.clone()));
        assert_eq!(Hash::from_hex(&h.to_hex().to_uppercase()), Some(h.clone()));
        assert_eq!(Hash::from_hex(&format!("+{}", &h.to_hex()[1..])), None);
        assert_eq!(Hash::from_hex(&"é".repeat(32)), None);
        assert_eq!(Hash::of_json("abc", [&b"d"[..]]), Hash::of(b"\"abc\"d"));
        assert_eq!(Hash::of_json(&[1, 2], []), Hash::of(b"[1,2]"));
    }

    /// Every byte value in the first and the last place, against `u8::from_str_radix`.
    #[test]
    fn from_hex_takes_exactly_hex_digits() {
        let base = Hash::of(b"abc").to_hex().into_bytes();
        for place in [0, 1, 62, 63] {
            for b in 0..=255u8 {
                let mut hex = base.clone();
                hex[place] = b;
                let Ok(text) = std::str::from_utf8(&hex) else {
                    continue;
                };
                let expected: Option<Vec<u8>> = (0..32)
                    .map(|i| {
                        let pair = &text[2 * i..2 * i + 2];
                        let digits = pair.bytes().all(|c| c.is_ascii_hexdigit());
                        digits.then(|| u8::from_str_radix(pair, 16).expect("hex"))
                    })
                    .collect();
                let got = Hash::from_hex(text).map(|h| h.as_bytes().to_vec());
                assert_eq!(got, expected, "byte {b:#04x} at {place}");
            }
        }
    }
}
