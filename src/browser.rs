//! The browser's side of the store: localStorage (the engine's `Storage`) and
//! crypto.getRandomValues (its `IdSource`) through web-sys. Here, in the app crate, so the
//! engine holds no browser code; it compiles natively (so the crate does) but is only
//! called in the browser.

use wasm_bindgen::JsCast;
use web_sys::DomException;

use crate::core::ids::{uuid_v4_from_bytes, IdSource, SeededIds};
use crate::store::{split_units, utf16_len, Storage, StorageError, ValueParts};

/// `window.localStorage`. `gloo_storage::LocalStorage::raw()` would throw when storage
/// is disabled; taking it from `window` turns that into `Unavailable`.
pub struct LocalStorage {
    storage: Option<web_sys::Storage>,
}

impl LocalStorage {
    /// The page's localStorage; every call fails with `Unavailable` if the browser
    /// refuses it (private mode, disabled by policy, sandboxed frame).
    pub fn new() -> LocalStorage {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LocalStorage { storage }
    }

    fn raw(&self) -> Result<&web_sys::Storage, StorageError> {
        self.storage.as_ref().ok_or(StorageError::Unavailable)
    }

    /// A value left a JS string, so that only what is asked of it crosses into wasm.
    fn get_js(&self, key: &str) -> Result<Option<js_sys::JsString>, StorageError> {
        self.raw()?
            .unchecked_ref::<JsStorage>()
            .get_item(key)
            .map_err(read_error)
    }
}

/// Marks a missing value or part in the lengths the JS side fills in.
const NONE: u32 = u32::MAX;

// Each call between wasm and JS costs about as much as reading a record's header: opening
// 1,000 cases made seven of them per case (key, getItem, lengths, two cuts). These read many
// values in one call and return their parts as one string with their UTF-16 lengths.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
const NONE = 0xffffffff;
function* each(keys, keyUnits) {
  let at = 0;
  for (const units of keyUnits) { yield keys.substring(at, at + units); at += units; }
}
export function sopir_keys(storage, out) {
  const keys = [];
  for (let i = 0; i < out.length; i++) {
    const key = storage.key(i);
    out[i] = key === null ? NONE : key.length;
    if (key !== null) keys.push(key);
  }
  return keys.join("");
}
export function sopir_heads(storage, keys, keyUnits, head, out) {
  const parts = [];
  let i = 0;
  for (const key of each(keys, keyUnits)) {
    const value = storage.getItem(key);
    const part = value === null ? "" : value.substring(0, head);
    out[2 * i] = value === null ? NONE : value.length;
    out[2 * i + 1] = part.length;
    parts.push(part);
    i++;
  }
  return parts.join("");
}
export function sopir_cuts(storage, keys, keyUnits, ranges, out) {
  const parts = [];
  let i = 0;
  for (const key of each(keys, keyUnits)) {
    const value = ranges[2 * i] === NONE ? null : storage.getItem(key);
    if (value === null) {
      out[i] = NONE;
    } else {
      const from = Math.min(ranges[2 * i], value.length);
      const part = value.substring(from, Math.max(from, Math.min(ranges[2 * i + 1], value.length)));
      out[i] = part.length;
      parts.push(part);
    }
    i++;
  }
  return parts.join("");
}
"#)]
extern "C" {
    /// `storage.key(i)` for every `i < out.len()`, joined; `out[i]` is its length.
    #[wasm_bindgen(catch)]
    fn sopir_keys(
        storage: &web_sys::Storage,
        out: &mut [u32],
    ) -> Result<String, wasm_bindgen::JsValue>;

    /// The first `head` units of each value, joined; `out[2i]` is the value's length
    /// (`NONE` if there is none), `out[2i + 1]` its part's.
    #[wasm_bindgen(catch)]
    fn sopir_heads(
        storage: &web_sys::Storage,
        keys: &str,
        key_units: &[u32],
        head: u32,
        out: &mut [u32],
    ) -> Result<String, wasm_bindgen::JsValue>;

    /// Units `ranges[2i]..ranges[2i + 1]` of each value (none where `ranges[2i]` is
    /// `NONE`), joined; `out[i]` is the part's length or `NONE`.
    #[wasm_bindgen(catch)]
    fn sopir_cuts(
        storage: &web_sys::Storage,
        keys: &str,
        key_units: &[u32],
        ranges: &[u32],
        out: &mut [u32],
    ) -> Result<String, wasm_bindgen::JsValue>;
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Storage` with a `getItem` that returns the JS string itself.
    #[wasm_bindgen(js_name = Storage)]
    type JsStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(
        this: &JsStorage,
        key: &str,
    ) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;
}

impl Default for LocalStorage {
    fn default() -> Self {
        LocalStorage::new()
    }
}

impl Storage for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.raw()?.get_item(key).map_err(read_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.raw()?.set_item(key, value).map_err(write_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.raw()?.remove_item(key).map_err(write_error)
    }

    fn available(&self) -> Result<(), StorageError> {
        self.raw()?.length().map(drop).map_err(read_error)
    }

    fn value_units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        Ok(self.get_js(key)?.map(|s| s.length() as usize))
    }

    fn get_parts_of(
        &self,
        keys: &[&str],
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Vec<Option<ValueParts>>, StorageError> {
        let storage = self.raw()?;
        let joined = keys.concat();
        let key_units: Vec<u32> = keys.iter().map(|k| units_u32(k)).collect();
        let mut found = vec![0; 2 * keys.len()];
        let heads = sopir_heads(storage, &joined, &key_units, units_u32_of(head), &mut found)
            .map_err(read_error)?;
        let lengths: Vec<usize> = found.chunks(2).map(|f| f[1] as usize).collect();
        let heads = split_units(&heads, &lengths).ok_or(StorageError::Unavailable)?;
        let mut ranges = vec![NONE; 2 * keys.len()];
        for (i, head) in heads.iter().enumerate() {
            if found[2 * i] != NONE {
                if let Some((from, to)) = next(head) {
                    ranges[2 * i] = units_u32_of(from).min(NONE - 1);
                    ranges[2 * i + 1] = units_u32_of(to);
                }
            }
        }
        let mut cut = vec![NONE; keys.len()];
        // Heads alone (the summary index's check) need no second call.
        let seconds = if ranges.iter().all(|&r| r == NONE) {
            String::new()
        } else {
            sopir_cuts(storage, &joined, &key_units, &ranges, &mut cut).map_err(read_error)?
        };
        let lengths = present(cut.iter().copied());
        let mut seconds = split_units(&seconds, &lengths)
            .ok_or(StorageError::Unavailable)?
            .into_iter();
        let mut parts = Vec::with_capacity(keys.len());
        for (i, first) in heads.into_iter().enumerate() {
            let second = (cut[i] != NONE).then(|| seconds.next()).flatten();
            parts.push((found[2 * i] != NONE).then(|| ValueParts {
                first: first.to_string(),
                second: second.map(str::to_string),
                units: found[2 * i] as usize,
            }));
        }
        Ok(parts)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = self.raw()?;
        let len = storage.length().map_err(read_error)?;
        let mut found = vec![0; len as usize];
        let joined = sopir_keys(storage, &mut found).map_err(read_error)?;
        let lengths = present(found.iter().copied());
        let keys = split_units(&joined, &lengths).ok_or(StorageError::Unavailable)?;
        Ok(keys.into_iter().map(str::to_string).collect())
    }
}

/// The lengths of the parts the JS side returned (`NONE` marks one it did not).
fn present(lengths: impl Iterator<Item = u32>) -> Vec<usize> {
    lengths.filter(|&n| n != NONE).map(|n| n as usize).collect()
}

fn units_u32(text: &str) -> u32 {
    units_u32_of(utf16_len(text))
}

/// Lengths past `u32` (4 GiB of text: no browser stores that) are clamped.
fn units_u32_of(units: usize) -> u32 {
    u32::try_from(units).unwrap_or(NONE - 1)
}

fn read_error(_: wasm_bindgen::JsValue) -> StorageError {
    StorageError::Unavailable
}

/// Quota errors as the browsers name them: `QuotaExceededError` (code 22) in Chromium,
/// Safari and Firefox; `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in older Firefox.
fn write_error(error: wasm_bindgen::JsValue) -> StorageError {
    match error.dyn_into::<DomException>() {
        Ok(e) if is_quota(&e.name(), e.code()) => StorageError::Quota,
        Ok(e) => StorageError::Other(format!("{}: {}", e.name(), e.message())),
        Err(other) => StorageError::Other(other.as_string().unwrap_or_else(|| "?".into())),
    }
}

pub fn is_quota(name: &str, code: u16) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") || matches!(code, 22 | 1014)
}

/// Ids from `crypto.getRandomValues`.
pub struct CryptoIds {
    crypto: Option<web_sys::Crypto>,
    /// Used only if the browser has no crypto (never in a browser that runs wasm).
    fallback: SeededIds,
}

impl CryptoIds {
    pub fn new() -> CryptoIds {
        let crypto = web_sys::window().and_then(|w| w.crypto().ok());
        let now = chrono::Utc::now();
        let seed = now.timestamp_nanos_opt().unwrap_or_default() as u64;
        CryptoIds {
            crypto,
            fallback: SeededIds::new(seed),
        }
    }
}

impl Default for CryptoIds {
    fn default() -> Self {
        CryptoIds::new()
    }
}

impl IdSource for CryptoIds {
    fn new_id(&mut self) -> String {
        let mut bytes = [0u8; 16];
        let filled = self
            .crypto
            .as_ref()
            .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
        if !filled {
            self.fallback.fill(&mut bytes);
        }
        uuid_v4_from_bytes(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::is_quota;

    #[test]
    fn quota_errors_by_name_or_code() {
        assert!(is_quota("QuotaExceededError", 22));
        assert!(is_quota("NS_ERROR_DOM_QUOTA_REACHED", 1014));
        assert!(is_quota("", 22));
        assert!(!is_quota("SecurityError", 18));
    }
}
