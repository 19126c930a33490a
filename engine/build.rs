//! Embeds the engine's data files as JSON: data/sop-izin-perluasan.toml (the SOP;
//! engine/src/core/sop parses and validates it) and data/buku-agenda.toml (the letters the
//! register records; engine/src/core/register). Converting at build time means the wasm
//! needs no TOML parser. The data lives at the top of the repository, beside the app's own.

use std::{env, fs, path::Path};

const FILES: [(&str, &str); 2] = [
    ("../data/sop-izin-perluasan.toml", "sop.json"),
    ("../data/buku-agenda.toml", "agenda.json"),
];

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target) in FILES {
        println!("cargo:rerun-if-changed={source}");
        let text =
            fs::read_to_string(source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid TOML: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON-representable");
        let out = Path::new(&out_dir).join(target);
        fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}
