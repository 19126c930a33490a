//! Identifiers of cases, events and offices (`CaseId`, `EventId`, `OfficeId`: random
//! UUID v4 strings) and where new ones come from. The source is injected so the core stays
//! deterministic: the browser draws from `crypto.getRandomValues`
//! (`sopir::browser::CryptoIds`, in the app crate); tests, benchmarks and the demo use `SeededIds`.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }
    };
}

id_type!(
    /// A random UUID (v4) given when the event is created.
    EventId
);
id_type!(
    /// A random UUID (v4) given when the case is opened.
    CaseId
);
id_type!(
    /// The installation that recorded an event (one per browser profile of an office).
    OfficeId
);

/// Gives new UUID v4 strings.
pub trait IdSource {
    fn new_id(&mut self) -> String;
}

/// A UUID v4 from 16 random bytes: the version and variant bits are set here, so any bytes
/// give a well-formed id (lowercase, hyphenated).
pub fn uuid_v4_from_bytes(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(HEX[usize::from(byte >> 4)]);
        out.push(HEX[usize::from(byte & 0x0f)]);
    }
    out
}

const HEX: [char; 16] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f',
];

/// Deterministic ids from a seed (SplitMix64): the same seed gives the same ids, so tests
/// and the demo reproduce exactly. Not for real cases: two installations with the same
/// seed would collide.
#[derive(Clone, Debug)]
pub struct SeededIds {
    state: u64,
}

impl SeededIds {
    pub fn new(seed: u64) -> SeededIds {
        SeededIds { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn fill(&mut self, bytes: &mut [u8]) {
        for chunk in bytes.chunks_mut(8) {
            let word = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&word[..chunk.len()]);
        }
    }
}

impl IdSource for SeededIds {
    fn new_id(&mut self) -> String {
        let mut bytes = [0u8; 16];
        self.fill(&mut bytes);
        uuid_v4_from_bytes(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_and_variant_bits_are_set() {
        assert_eq!(
            uuid_v4_from_bytes([0xff; 16]),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(
            uuid_v4_from_bytes([0; 16]),
            "00000000-0000-4000-8000-000000000000"
        );
    }

    #[test]
    fn seeded_ids_repeat_for_a_seed_and_differ_between_seeds() {
        let a: Vec<String> = (0..3).map(|_| SeededIds::new(7).new_id()).collect();
        assert!(a.iter().all(|id| id == &a[0]));
        let mut ids = SeededIds::new(7);
        let (first, second) = (ids.new_id(), ids.new_id());
        assert_eq!(first, a[0]);
        assert_ne!(first, second);
        assert_ne!(SeededIds::new(8).new_id(), first);
    }
}
