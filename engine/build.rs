//! Embeds the engine's data files as JSON: data/sop-izin-perluasan.toml (the SOP;
//! engine/src/core/sop parses and validates it) and data/buku-agenda.toml (the letters the
//! register records; engine/src/core/register). The data lives at the top of the
//! repository, beside the app's own.

include!("embed_toml.rs");

fn main() {
    embed_toml(&[
        ("../data/sop-izin-perluasan.toml", "sop.json"),
        ("../data/buku-agenda.toml", "agenda.json"),
    ]);
}
