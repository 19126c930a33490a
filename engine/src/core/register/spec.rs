//! Which steps receive or send a letter (data/buku-agenda.toml).

use std::sync::OnceLock;

use serde::Deserialize;

use super::Direction;
use crate::core::sop::StepNo;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct LetterSpec {
    #[serde(rename = "langkah")]
    pub step: StepNo,
    #[serde(rename = "arah")]
    pub direction: Direction,
    #[serde(rename = "jenis")]
    pub kind: String,
    #[serde(rename = "dari")]
    pub from: String,
    #[serde(rename = "kepada")]
    pub to: String,
    #[serde(rename = "perihal")]
    pub subject: String,
}

#[derive(Deserialize)]
struct Specs {
    surat: Vec<LetterSpec>,
}

/// The letters of the SOP, one per step that receives or sends one.
pub fn letter_specs() -> &'static [LetterSpec] {
    static SPECS: OnceLock<Vec<LetterSpec>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let specs: Specs =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/agenda.json")))
                .expect("data/buku-agenda.toml has the register's shape");
        specs.surat
    })
}

pub fn letter_spec(step: StepNo) -> Option<&'static LetterSpec> {
    letter_specs().iter().find(|s| s.step == step)
}

impl LetterSpec {
    /// Fills a template's placeholders: {perusahaan}, {kantor}, {siinas}.
    pub fn fill(template: &str, company: &str, office: &str, siinas: &str) -> String {
        template
            .replace("{perusahaan}", company)
            .replace("{kantor}", office)
            .replace("{siinas}", siinas)
    }
}
