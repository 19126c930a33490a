//! The browser's side: localStorage and crypto.getRandomValues through web-sys. It
//! compiles natively (so the crate does) but is only called in the browser.

use wasm_bindgen::JsCast;
use web_sys::DomException;

use super::storage::{Storage, StorageError, ValueParts};
use crate::core::ids::{uuid_v4_from_bytes, IdSource, SeededIds};

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

    fn get_parts(
        &self,
        key: &str,
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Option<ValueParts>, StorageError> {
        // One lookup, two cuts: the value stays a JS string between them.
        Ok(self.get_js(key)?.map(|s| {
            let first = cut(&s, 0, head);
            let second = next(&first).map(|(from, to)| cut(&s, from, to));
            ValueParts {
                first,
                second,
                units: s.length() as usize,
            }
        }))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = self.raw()?;
        let len = storage.length().map_err(read_error)?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(key) = storage.key(i).map_err(read_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// UTF-16 units `from..to` of a JS string, clamped to its length as the default
/// `Storage::get_units` clamps (JS's `substring` would swap a reversed range).
fn cut(s: &js_sys::JsString, from: usize, to: usize) -> String {
    let len = s.length() as usize;
    let from = from.min(len);
    s.substring(from as u32, to.clamp(from, len) as u32).into()
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
