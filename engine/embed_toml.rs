// Shared by engine/build.rs and the app's build.rs (`include!`): writes each TOML data
// file as JSON into OUT_DIR, so the wasm parses it with serde_json instead of shipping a
// TOML parser.

/// (source TOML relative to the package, JSON file name in OUT_DIR).
fn embed_toml(files: &[(&str, &str)]) {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target) in files {
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(source)
            .unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid TOML: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON-representable");
        let out = std::path::Path::new(&out_dir).join(target);
        std::fs::write(&out, json)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}
