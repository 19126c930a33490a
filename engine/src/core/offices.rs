//! What the copies of Sopir are called. Every installation (a browser profile of an office)
//! marks its events with a random `OfficeId`; people need names instead. A copy's name is
//! its office's name (Pengaturan) and, when an office keeps several copies, a short label
//! of the copy ("PC Operator"). Case files carry the names of the copies whose events they
//! hold, and a store keeps the names it learned from imports, so a conflict or a letter can
//! say which office and which copy recorded it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::case::{Author, OfficeId};
use crate::core::sop::Sop;
use crate::i18n::Lang;

/// The longest name or label kept from a file: a message line, not a place for a hostile
/// file's 60 KB string.
pub const MAX_NAME_CHARS: usize = 200;

/// A copy's name: its office's name and the copy's own label (empty when the office did not
/// give one).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeName {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub copy: String,
}

impl OfficeName {
    pub fn new(name: &str, copy: &str) -> OfficeName {
        OfficeName {
            name: tidy(name),
            copy: tidy(copy),
        }
    }

    /// "DPPESDM Kalbar (PC Operator)", or the office's name alone.
    pub fn label(&self) -> String {
        match (self.name.is_empty(), self.copy.is_empty()) {
            (_, true) => self.name.clone(),
            (true, false) => self.copy.clone(),
            (false, false) => format!("{} ({})", self.name, self.copy),
        }
    }

    fn is_empty(&self) -> bool {
        self.name.is_empty() && self.copy.is_empty()
    }
}

/// One line, trimmed, at most `MAX_NAME_CHARS` characters.
fn tidy(text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    one_line.trim().chars().take(MAX_NAME_CHARS).collect()
}

/// A copy and its name, as a case file lists them (`offices`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedOffice {
    pub id: OfficeId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub copy: String,
}

impl NamedOffice {
    pub fn office_name(&self) -> OfficeName {
        OfficeName::new(&self.name, &self.copy)
    }
}

/// The names a store knows, by office id.
pub type OfficeNames = BTreeMap<OfficeId, OfficeName>;

/// Adds the names a case file brings to `known`. The exporting copy names itself, so its
/// entry replaces what was known; what a file says about third copies only fills gaps (the
/// copy itself, or a file it exported, knows better). This copy's own name is never taken
/// from a file. Returns whether anything changed.
pub fn learn(
    known: &mut OfficeNames,
    own: &OfficeId,
    exporter: &OfficeId,
    named: &[NamedOffice],
) -> bool {
    let mut changed = false;
    for office in named {
        let name = office.office_name();
        if &office.id == own || office.id.as_str().is_empty() || name.is_empty() {
            continue;
        }
        let replace = &office.id == exporter || !known.contains_key(&office.id);
        if replace && known.get(&office.id) != Some(&name) {
            known.insert(office.id.clone(), name);
            changed = true;
        }
    }
    changed
}

/// Names copies for the screen: this copy, the copies a store knows, and the names letters
/// carried (older files list no names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeDirectory {
    pub own: OfficeId,
    pub own_name: OfficeName,
    pub known: OfficeNames,
}

impl OfficeDirectory {
    /// The name of `id`, if this directory knows it (this copy's own included).
    pub fn name(&self, id: &OfficeId) -> Option<&OfficeName> {
        if id == &self.own {
            Some(&self.own_name)
        } else {
            self.known.get(id)
        }
    }

    /// Every name this directory knows, this copy's own included (for an export).
    pub fn names(&self) -> OfficeNames {
        let mut names = self.known.clone();
        names.insert(self.own.clone(), self.own_name.clone());
        names
    }

    /// Who a copy is, in a sentence: "salinan ini" for this copy, its name when known,
    /// otherwise a copy not known yet, told apart by the start of its id.
    pub fn office(&self, id: &OfficeId, lang: Lang) -> String {
        if id == &self.own {
            return match lang {
                Lang::Id => "salinan ini".into(),
                Lang::En => "this copy".into(),
            };
        }
        match self.known.get(id) {
            Some(name) => name.label(),
            None => {
                let short: String = id.as_str().chars().take(8).collect();
                match lang {
                    Lang::Id => format!("salinan yang belum dikenal ({short})"),
                    Lang::En => format!("a copy not known yet ({short})"),
                }
            }
        }
    }

    /// "Kantor: <office>".
    pub fn office_line(&self, id: &OfficeId, lang: Lang) -> String {
        match lang {
            Lang::Id => format!("Kantor: {}", self.office(id, lang)),
            Lang::En => format!("Office: {}", self.office(id, lang)),
        }
    }

    /// Who recorded something: "Budi Santoso (Operator), Kantor: salinan ini".
    pub fn recorded_by(&self, author: &Author, office: &OfficeId, sop: &Sop, lang: Lang) -> String {
        format!(
            "{}, {}",
            person(author, sop),
            self.office_line(office, lang)
        )
    }
}

/// "Budi Santoso (Operator)": the person and the role acted as.
pub fn person(author: &Author, sop: &Sop) -> String {
    let role = sop
        .actor(&author.role)
        .map(|a| a.short.clone())
        .unwrap_or_else(|| author.role.to_string());
    format!("{} ({role})", author.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(id: &str, name: &str, copy: &str) -> NamedOffice {
        NamedOffice {
            id: id.into(),
            name: name.into(),
            copy: copy.into(),
        }
    }

    #[test]
    fn an_exporter_names_itself_and_others_only_fill_gaps() {
        let own = OfficeId::from("saya");
        let mut known = OfficeNames::new();
        let file = [
            named("a", "Kantor A", "PC Operator"),
            named("b", "Kantor B", ""),
            named("saya", "Nama palsu", ""),
        ];
        assert!(learn(&mut known, &own, &"a".into(), &file));
        assert_eq!(known.len(), 2, "never this copy's own name");
        assert_eq!(
            known[&OfficeId::from("a")].label(),
            "Kantor A (PC Operator)"
        );
        // Another file says B is someone else: B is known already, and did not say so itself.
        let hearsay = [named("b", "Kantor Lain", "")];
        assert!(!learn(&mut known, &own, &"c".into(), &hearsay));
        assert_eq!(known[&OfficeId::from("b")].label(), "Kantor B");
        // B's own file renames it.
        assert!(learn(
            &mut known,
            &own,
            &"b".into(),
            &[named("b", "Kantor B Baru", "Laptop")]
        ));
        assert_eq!(
            known[&OfficeId::from("b")].label(),
            "Kantor B Baru (Laptop)"
        );
        // A hostile name is cut to one line of at most MAX_NAME_CHARS.
        let long = "x\n".repeat(400);
        learn(&mut known, &own, &"d".into(), &[named("d", &long, "")]);
        let d = &known[&OfficeId::from("d")].name;
        assert!(!d.contains('\n') && d.chars().count() == MAX_NAME_CHARS);
    }

    #[test]
    fn copies_are_named_for_people() {
        let dir = OfficeDirectory {
            own: "saya".into(),
            own_name: OfficeName::new("Kantor Saya", ""),
            known: [("a".into(), OfficeName::new("Kantor A", "PC Operator"))].into(),
        };
        assert_eq!(
            dir.office_line(&"saya".into(), Lang::Id),
            "Kantor: salinan ini"
        );
        assert_eq!(
            dir.office_line(&"a".into(), Lang::Id),
            "Kantor: Kantor A (PC Operator)"
        );
        assert_eq!(
            dir.office(&"0123456789abcdef".into(), Lang::Id),
            "salinan yang belum dikenal (01234567)"
        );
        let author = Author {
            role: crate::core::sop::ActorId::new("operator"),
            name: "Budi".into(),
        };
        assert_eq!(
            dir.recorded_by(&author, &"a".into(), Sop::embedded(), Lang::Id),
            "Budi (Operator), Kantor: Kantor A (PC Operator)"
        );
    }
}
