//! Embeds the SOP definition: data/sop-izin-perluasan.toml is converted to JSON at build
//! time (src/core/sop parses and validates it when the app starts).

use std::{env, fs, path::Path};

const SOP: &str = "data/sop-izin-perluasan.toml";

fn main() {
    println!("cargo:rerun-if-changed={SOP}");
    let text = fs::read_to_string(SOP).unwrap_or_else(|e| panic!("cannot read {SOP}: {e}"));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{SOP} is not valid TOML: {e}"));
    let json = serde_json::to_string(&value).expect("TOML values are JSON-representable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("sop.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
