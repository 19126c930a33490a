//! Files in and out of the browser: a JSON download, and reading a picked or dropped file.

use leptos::prelude::*;
use leptos::web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};
use wasm_bindgen::JsCast;

/// Offers JSON `text` as a download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    download_as(name, text, "application/json")
}

/// Offers `text` as a download named `name` of the given media type.
pub fn download_as(name: &str, text: &str, media_type: &str) -> Result<(), String> {
    let parts = js_sys_array(text);
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let anchor: HtmlAnchorElement = document()
        .create_element("a")
        .map_err(js_error)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has started the download; the URL may go.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

fn js_sys_array(text: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(text));
    array.into()
}

fn js_error(e: wasm_bindgen::JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Reads a file as text (UTF-8). The bytes are copied into wasm once: `file.text()` would
/// decode them into a JS string and wasm-bindgen encode them back (two passes over a case
/// file of many megabytes). Bytes that are not UTF-8 become U+FFFD, as `text()` does.
pub async fn read_text(file: &File) -> Result<String, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(js_error)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
