//! Records are deflated and then packed into a string at 15 bits per UTF-16 code unit,
//! every unit in 0x20..0x8020 (below the surrogates, like lz-string's compressToUTF16),
//! because localStorage holds strings and its quota counts UTF-16 units.
//!
//! Deflate is primed with a fixed dictionary (`dictionary.txt`: the record's JSON shapes
//! and the SOP's constant strings), so even a small record refers back to text it shares
//! with every other record. The dictionary is part of the format: changing it makes old
//! records unreadable, so a new one needs a new record version.

use std::cell::RefCell;
use std::fmt;
use std::sync::OnceLock;

use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Deflate level, measured on complete sample cases (`cargo run --release --example
/// store_capacity`, whole record, units per case, µs to deflate one natively): level 2 928
/// (90), 3 886 (96), 4 874 (100), 5 864 (106), 6 854 (116), 9 853 (118). Level 4 deflates
/// 14% faster than 6 (an import of 1,000 cases deflates 1,000 records) for 2% more room
/// per case. Level 1 (1,326: its fast path does not see the dictionary) would fit about
/// 3,800 cases, short of the 5,000 target.
pub const LEVEL: u8 = 4;

pub const DICTIONARY: &str = include_str!("dictionary.txt");

/// Larger inflated output is refused: a record is tens of kilobytes at most, and a
/// corrupt value must not make the app allocate without bound.
const MAX_INFLATED: usize = 64 * 1024 * 1024;

const FIRST_UNIT: u32 = 0x20;
const BITS: u32 = 15;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// A character outside the packed alphabet.
    BadUnit,
    /// The header does not match the length.
    BadLength,
    /// Not a deflate stream made with our dictionary.
    Inflate,
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CodecError::BadUnit => "karakter di luar alfabet rekaman",
            CodecError::BadLength => "panjang rekaman tidak cocok",
            CodecError::Inflate => "data terkompresi rusak",
        })
    }
}

/// Deflates and packs.
pub fn encode(bytes: &[u8]) -> String {
    pack(&deflate(bytes))
}

pub fn decode(text: &str) -> Result<Vec<u8>, CodecError> {
    inflate(&unpack(text)?)
}

/// Packs bytes at 15 bits per unit. The first unit holds the number of padding bits
/// (0..=14) in the last unit, so the byte length is exact.
pub fn pack(bytes: &[u8]) -> String {
    let units = (bytes.len() * 8).div_ceil(BITS as usize);
    let pad = units * BITS as usize - bytes.len() * 8;
    let mut out = String::with_capacity(1 + units * 3);
    out.push(unit(pad as u32));
    let (mut acc, mut held) = (0u32, 0u32);
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            out.push(unit((acc >> held) & 0x7fff));
            acc &= (1 << held) - 1;
        }
    }
    if held > 0 {
        out.push(unit((acc << (BITS - held)) & 0x7fff));
    }
    out
}

pub fn unpack(text: &str) -> Result<Vec<u8>, CodecError> {
    let mut chars = text.chars();
    let pad = value(chars.next().ok_or(CodecError::BadLength)?)?;
    let units = chars.clone().count();
    let bits = (units * BITS as usize)
        .checked_sub(pad as usize)
        .ok_or(CodecError::BadLength)?;
    if pad >= BITS || bits % 8 != 0 {
        return Err(CodecError::BadLength);
    }
    let (out, acc) = unpack_units(chars, bits / 8)?;
    // Canonical form only: the padding bits are zero.
    if acc != 0 {
        return Err(CodecError::BadLength);
    }
    Ok(out)
}

/// The bytes of the first `units` units after the header, without the end's padding
/// check, for reading the start of a stream; `None` if there are fewer units.
fn unpack_start(text: &str, units: usize) -> Result<Option<Vec<u8>>, CodecError> {
    let mut chars = text.chars();
    value(chars.next().ok_or(CodecError::BadLength)?)?;
    let max = units * BITS as usize / 8;
    let (out, _) = unpack_units(chars.take(units), max)?;
    Ok((out.len() == max).then_some(out))
}

/// Up to `max` bytes from `units`, and the bits left over.
fn unpack_units(
    units: impl Iterator<Item = char>,
    max: usize,
) -> Result<(Vec<u8>, u32), CodecError> {
    let mut out = Vec::with_capacity(max);
    let (mut acc, mut held) = (0u32, 0u32);
    for c in units {
        acc = (acc << BITS) | value(c)?;
        held += BITS;
        while held >= 8 && out.len() < max {
            held -= 8;
            out.push((acc >> held) as u8);
            acc &= (1 << held) - 1;
        }
    }
    Ok((out, acc))
}

fn unit(v: u32) -> char {
    char::from_u32(FIRST_UNIT + v).expect("0x20..0x8020 are scalar values")
}

fn value(c: char) -> Result<u32, CodecError> {
    let v = u32::from(c)
        .checked_sub(FIRST_UNIT)
        .ok_or(CodecError::BadUnit)?;
    if v > 0x7fff {
        return Err(CodecError::BadUnit);
    }
    Ok(v)
}

fn compressor(level: u8) -> CompressorOxide {
    CompressorOxide::new(create_comp_flags_from_zip_params(i32::from(level), 0, 0))
}

/// Runs the compressor over all of `input`, appending to `out`: it writes straight into
/// `out`'s tail, grown as needed (a record deflates to a few hundred bytes).
fn run(c: &mut CompressorOxide, mut input: &[u8], flush: TDEFLFlush, out: &mut Vec<u8>) {
    let mut room = (input.len() / 2).clamp(1024, 64 * 1024);
    loop {
        let start = out.len();
        out.resize(start + room, 0);
        let (status, read, written) = compress(c, input, &mut out[start..], flush);
        out.truncate(start + written);
        input = &input[read..];
        match status {
            TDEFLStatus::Done => return,
            // Okay with all input read and the output not full: this flush is complete.
            TDEFLStatus::Okay if input.is_empty() && written < room => return,
            TDEFLStatus::Okay => room = (room * 2).min(256 * 1024),
            other => panic!("deflate of in-memory data failed: {other:?}"),
        }
    }
}

/// The dictionary as one stored (uncompressed) deflate block, not the last: what a
/// record's stream continues from. Only its inflated text matters to a stored record, so
/// this is built by hand instead of running a compressor when the app opens.
fn primed_prefix() -> &'static [u8] {
    static PREFIX: OnceLock<Vec<u8>> = OnceLock::new();
    PREFIX.get_or_init(|| {
        let text = DICTIONARY.as_bytes();
        let len = u16::try_from(text.len()).expect("the dictionary fits one stored block");
        // BFINAL 0 and BTYPE 00 (stored) in the first bits, the rest of the byte padding,
        // then LEN and its complement (little-endian) and the bytes themselves.
        let mut out = vec![0u8];
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(text);
        out
    })
}

/// A decompressor that has read the primed prefix (its output, the dictionary, is the
/// start of every output buffer): cloning it saves inflating the dictionary per record,
/// which is most of the work of reading a small summary.
fn primed_decompressor() -> &'static DecompressorOxide {
    static PRIMED: OnceLock<DecompressorOxide> = OnceLock::new();
    PRIMED.get_or_init(|| {
        let mut d = DecompressorOxide::new();
        let mut out = vec![0u8; DICTIONARY.len() + 1024];
        let flags = TINFL_FLAG_HAS_MORE_INPUT | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
        let (status, read, written) = decompress(&mut d, primed_prefix(), &mut out, 0, flags);
        assert!(
            status == TINFLStatus::NeedsMoreInput
                && read == primed_prefix().len()
                && out[..written] == *DICTIONARY.as_bytes(),
            "the primed prefix inflates to the dictionary: {status:?} {read}/{} {written}",
            primed_prefix().len()
        );
        d
    })
}

pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    deflate_at(bytes, LEVEL)
}

/// Deflate at another level (0-10), for measurements; `inflate` reads any level.
///
/// The compressor first reads the dictionary as stored (level 0) blocks, which only fills
/// its window and hash chains, then switches to `level` for the record: for levels 2-10 the
/// record's bytes are the same as after compressing the dictionary at `level` (a test
/// checks), at a fraction of the cost (importing 1,000 cases deflates 1,000 streams).
/// Level 1's fast path keeps its own table and so sees no dictionary. The prefix's bytes
/// are dropped: the reader starts from the dictionary's text, not from them.
pub fn deflate_at(bytes: &[u8], level: u8) -> Vec<u8> {
    thread_local! {
        // Reset and reused: a new compressor allocates and zeroes about 300 KB. The buffer
        // takes the priming's output, which is dropped.
        static COMPRESSOR: RefCell<(CompressorOxide, Vec<u8>)> =
            RefCell::new((compressor(0), Vec::new()));
    }
    COMPRESSOR.with_borrow_mut(|(c, prefix)| {
        c.reset();
        c.set_compression_level_raw(0);
        prefix.clear();
        run(c, DICTIONARY.as_bytes(), TDEFLFlush::Sync, prefix);
        c.set_compression_level_raw(level);
        let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
        run(c, bytes, TDEFLFlush::Finish, &mut out);
        out
    })
}

/// The first `len` bytes the packed stream `text` inflates to, unpacking and inflating only
/// as much of it as they take: opening the app reads each case's summary, which a record
/// keeps at the start of its stream.
pub fn decode_start(text: &str, len: usize) -> Result<Vec<u8>, CodecError> {
    // A summary of a few hundred bytes deflates into the first couple of hundred units.
    let mut units = 256;
    loop {
        let (stored, all) = match unpack_start(text, units)? {
            Some(start) => (start, false),
            // A short stream: all of it, checked to the end.
            None => (unpack(text)?, true),
        };
        match inflate_start(&stored, len, all)? {
            Some(start) => return Ok(start),
            None => units *= 4,
        }
    }
}

/// The first `len` bytes that `text`, the start of a packed stream cut anywhere, inflates
/// to; `None` when they take more of the stream than `text` holds.
pub fn decode_cut(text: &str, len: usize) -> Result<Option<Vec<u8>>, CodecError> {
    let units = text.chars().count().saturating_sub(1);
    match unpack_start(text, units)? {
        Some(stored) => inflate_start(&stored, len, false),
        None => Err(CodecError::BadLength),
    }
}

/// The first `len` bytes of the packed bytes whose start is `text`; `None` if it holds
/// fewer.
pub fn unpack_cut(text: &str, len: usize) -> Result<Option<Vec<u8>>, CodecError> {
    let units = (len * 8).div_ceil(BITS as usize);
    Ok(unpack_start(text, units)?.map(|mut bytes| {
        bytes.truncate(len);
        bytes
    }))
}

/// The first `len` bytes `stored` inflates to; `None` when it ends before them and more
/// input may follow (`all` false).
fn inflate_start(stored: &[u8], len: usize, all: bool) -> Result<Option<Vec<u8>>, CodecError> {
    if len > MAX_INFLATED {
        return Err(CodecError::Inflate);
    }
    let mut d = primed_decompressor().clone();
    let start = DICTIONARY.len();
    let mut out = vec![0u8; start + len];
    out[..start].copy_from_slice(DICTIONARY.as_bytes());
    let flags = TINFL_FLAG_HAS_MORE_INPUT | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, _, written) = decompress(&mut d, stored, &mut out, start, flags);
    match status {
        _ if written == len => Ok(Some(out.split_off(start))),
        TINFLStatus::NeedsMoreInput if !all => Ok(None),
        _ => Err(CodecError::Inflate),
    }
}

pub fn inflate(stored: &[u8]) -> Result<Vec<u8>, CodecError> {
    let mut d = primed_decompressor().clone();
    let start = DICTIONARY.len();
    let mut out = vec![0u8; start + (stored.len() * 4).max(256)];
    out[..start].copy_from_slice(DICTIONARY.as_bytes());
    let (mut pos, mut input) = (start, stored);
    loop {
        let (status, read, written) = decompress(
            &mut d,
            input,
            &mut out,
            pos,
            TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        pos += written;
        input = input.get(read..).ok_or(CodecError::Inflate)?;
        match status {
            TINFLStatus::Done => {
                out.truncate(pos);
                return Ok(out.split_off(start));
            }
            TINFLStatus::HasMoreOutput if out.len() < start + MAX_INFLATED => {
                // A new zeroed buffer and a copy, not `resize`: its fill is a loop that
                // the browser's baseline tier ran for 4-5 ms on the summary index at
                // start, where zeroed allocation and a copy are single memory operations.
                let mut bigger = vec![0u8; (out.len() * 2).min(start + MAX_INFLATED)];
                bigger[..pos].copy_from_slice(&out[..pos]);
                out = bigger;
            }
            _ => return Err(CodecError::Inflate),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_edges() {
        assert_eq!(pack(&[]), " ");
        for n in 0..40 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            let packed = pack(&bytes);
            assert!(packed
                .chars()
                .all(|c| (0x20..0x8020).contains(&u32::from(c))));
            assert_eq!(unpack(&packed).unwrap(), bytes, "{n} bytes");
        }
        assert_eq!(unpack(""), Err(CodecError::BadLength));
        assert_eq!(unpack("\u{1f}"), Err(CodecError::BadUnit));
    }

    /// The dictionary compressed at the record's level, as before the stored-block
    /// priming: the record's bytes must come out the same.
    fn deflate_primed_at_level(bytes: &[u8], level: u8) -> Vec<u8> {
        let mut c = compressor(level);
        run(
            &mut c,
            DICTIONARY.as_bytes(),
            TDEFLFlush::Sync,
            &mut Vec::new(),
        );
        let mut out = Vec::new();
        run(&mut c, bytes, TDEFLFlush::Finish, &mut out);
        out
    }

    #[test]
    fn priming_with_stored_blocks_finds_what_priming_at_the_level_finds() {
        use crate::core::ids::SeededIds;
        use crate::core::sample::Choices;
        use crate::core::sop::Sop;
        use chrono::{TimeZone, Utc};
        let sop = Sop::embedded();
        let office = crate::core::case::OfficeId("kantor".into());
        let opened = Utc.with_ymd_and_hms(2025, 3, 3, 1, 0, 0).unwrap();
        let mut ids = SeededIds::new(7);
        for n in 0..12 {
            let choices = Choices {
                inspection: n % 2 == 0,
                ..Choices::default()
            };
            let case = crate::store::samples::walked_case(
                sop, n, &mut ids, &office, opened, choices, None,
            );
            let (summary, events) = crate::store::record::plain_parts(&case);
            for part in [&summary, &events] {
                for level in [2, 3, LEVEL, 9] {
                    assert_eq!(
                        deflate_at(part, level),
                        deflate_primed_at_level(part, level),
                        "case {n}, level {level}"
                    );
                }
                assert_eq!(inflate(&deflate(part)).unwrap(), *part);
            }
        }
    }

    #[test]
    fn compresses_and_restores() {
        let text = "{\"type\":\"step_completed\",\"round\":1}".repeat(20);
        let packed = encode(text.as_bytes());
        assert!(packed.chars().count() < text.len() / 4);
        assert_eq!(decode(&packed).unwrap(), text.as_bytes());
        assert_eq!(decode(&encode(b"")).unwrap(), b"");
    }
}
