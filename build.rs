//! Embeds data/panduan-latihan.toml (the training guide; src/ui/guide) as JSON, so the wasm
//! needs no TOML parser. The engine's build.rs does the same for the SOP and the register.

use std::{env, fs, path::Path};

const FILES: [(&str, &str); 1] = [("data/panduan-latihan.toml", "panduan.json")];

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
