//! Embeds the data files as JSON: data/sop-izin-perluasan.toml (the SOP; src/core/sop parses
//! and validates it), data/panduan-latihan.toml (the training guide; src/ui/guide) and
//! data/buku-agenda.toml (the letters the register records; src/core/register).
//! Converting at build time means the wasm needs no TOML parser.

use std::{env, fs, path::Path};

const FILES: [(&str, &str); 3] = [
    ("data/sop-izin-perluasan.toml", "sop.json"),
    ("data/panduan-latihan.toml", "panduan.json"),
    ("data/buku-agenda.toml", "agenda.json"),
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
