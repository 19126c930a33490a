//! The counter plus what the engine uses besides Leptos (serde_json, chrono, sha2,
//! miniz_oxide), each used so that none is optimized away.
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Serialize, Deserialize, Debug, Clone, Default)]
struct Record {
    id: u64,
    name: String,
    kind: String,
    created: String,
    amount: f64,
    active: bool,
    tags: Vec<String>,
    notes: Option<String>,
    scores: Vec<u32>,
    parent: Option<u64>,
}

fn input() -> String {
    let raw = window().location().hash().unwrap_or_default();
    let raw = raw.trim_start_matches('#').to_string();
    if raw.is_empty() {
        r#"{"id":1,"name":"x","kind":"k","created":"2024-05-01T10:00:00+07:00","amount":1.5,"active":true,"tags":["a"],"notes":null,"scores":[1,2],"parent":null}"#.to_string()
    } else {
        raw
    }
}

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    let text = input();

    let parsed: Result<Record, _> = serde_json::from_str(&text);
    let (name, date, reser) = match &parsed {
        Ok(r) => {
            let date = match DateTime::<FixedOffset>::parse_from_rfc3339(&r.created) {
                Ok(d) => d.format("%d %B %Y %H:%M").to_string(),
                Err(e) => format!("bad date: {e}"),
            };
            (
                r.name.clone(),
                date,
                serde_json::to_string(r).unwrap_or_default(),
            )
        }
        Err(e) => (format!("bad json: {e}"), String::new(), String::new()),
    };

    let digest = Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();

    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6);
    let inflated = miniz_oxide::inflate::decompress_to_vec(&deflated)
        .map(|v| String::from_utf8_lossy(&v).into_owned())
        .unwrap_or_else(|e| format!("inflate error: {e:?}"));
    let sizes = format!(
        "{} -> {} bytes, roundtrip ok: {}",
        text.len(),
        deflated.len(),
        inflated == text
    );

    view! {
        <button on:click=move |_| set_count.update(|n| *n += 1)>"+1"</button>
        <p>"Count: " {move || count.get()}</p>
        <p>"Name: " {name}</p>
        <p>"Date: " {date}</p>
        <p>"JSON: " {reser}</p>
        <p>"SHA-256: " {hex}</p>
        <p>"Deflate: " {sizes}</p>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
