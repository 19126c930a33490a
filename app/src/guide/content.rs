//! The training guide's texts (data/panduan-latihan.toml), per step and language.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::core::sop::StepNo;
use crate::i18n::Lang;

#[derive(Debug, Deserialize)]
pub struct GuideStep {
    pub no: StepNo,
    apa_id: String,
    apa_en: String,
    mengapa_id: String,
    mengapa_en: String,
    kesalahan_id: String,
    kesalahan_en: String,
}

fn pick<'a>(lang: Lang, id: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::En {
        en
    } else {
        id
    }
}

impl GuideStep {
    /// What happens at this step.
    pub fn what(&self, lang: Lang) -> &str {
        pick(lang, &self.apa_id, &self.apa_en)
    }
    /// Why it happens (the rule or law behind it).
    pub fn why(&self, lang: Lang) -> &str {
        pick(lang, &self.mengapa_id, &self.mengapa_en)
    }
    /// A mistake new staff commonly make.
    pub fn mistake(&self, lang: Lang) -> &str {
        pick(lang, &self.kesalahan_id, &self.kesalahan_en)
    }
}

#[derive(Debug, Deserialize)]
pub struct GuideText {
    pembuka_id: String,
    pembuka_en: String,
    penutup_id: String,
    penutup_en: String,
    langkah: Vec<GuideStep>,
}

impl GuideText {
    pub fn embedded() -> &'static GuideText {
        static TEXT: OnceLock<GuideText> = OnceLock::new();
        TEXT.get_or_init(|| {
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/panduan.json")))
                .expect("data/panduan-latihan.toml has the guide's shape")
        })
    }

    pub fn intro(&self, lang: Lang) -> &str {
        pick(lang, &self.pembuka_id, &self.pembuka_en)
    }

    pub fn outro(&self, lang: Lang) -> &str {
        pick(lang, &self.penutup_id, &self.penutup_en)
    }

    pub fn step(&self, no: StepNo) -> Option<&GuideStep> {
        self.langkah.iter().find(|s| s.no == no)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sop::Sop;

    #[test]
    fn every_step_of_the_sop_has_its_guide_in_both_languages() {
        let guide = GuideText::embedded();
        for step in Sop::embedded().steps() {
            let g = guide
                .step(step.no)
                .unwrap_or_else(|| panic!("no guide for step {}", step.no));
            for lang in [Lang::Id, Lang::En] {
                assert!(g.what(lang).len() > 40, "step {} {lang:?}", step.no);
                assert!(!g.why(lang).is_empty() && !g.mistake(lang).is_empty());
            }
        }
        assert_eq!(guide.langkah.len(), Sop::embedded().steps().len());
        assert!(guide.intro(Lang::Id).contains("20 langkah"));
    }
}
