//! Embeds data/panduan-latihan.toml (the training guide; app/src/guide) as JSON. The
//! engine's build.rs does the same for the SOP and the register, with the same function.

include!("../engine/embed_toml.rs");

fn main() {
    embed_toml(&[("../data/panduan-latihan.toml", "panduan.json")]);
}
