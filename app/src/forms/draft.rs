//! A form's values as the person typed them (strings by field key), and the conversion to
//! the core's types. Keys are the core's field names (`number`, `bap.kbli`,
//! `bap.capacity_now.0.unit`), so the core's validation errors land on the right field.
//! Lists keep their length under `<list>.#`. Pure: tested natively.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::core::case::bap::{Bap, CapacityRow, Classification, Readiness};
use crate::core::case::fields::{FieldError, Problem};
use crate::core::case::identity::{Commodity, Identity};
use crate::core::case::step_data::{StepData, TeamMember};
use crate::core::case::CaseState;
use crate::core::numbers;
use crate::core::sample;
use crate::core::sop::FormKind;

pub type Draft = BTreeMap<String, String>;

/// Reads typed values, collecting a problem per field that cannot be read.
struct Reader<'a> {
    draft: &'a Draft,
    errors: Vec<FieldError>,
}

impl<'a> Reader<'a> {
    fn new(draft: &'a Draft) -> Self {
        Reader {
            draft,
            errors: Vec::new(),
        }
    }

    fn fail(&mut self, key: &str, problem: Problem) {
        self.errors.push(FieldError {
            field: key.to_string(),
            problem,
        });
    }

    fn text(&self, key: &str) -> String {
        self.draft
            .get(key)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    }

    fn date(&mut self, key: &str) -> NaiveDate {
        let value = self.text(key);
        match NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                self.fail(
                    key,
                    if value.is_empty() {
                        Problem::Required
                    } else {
                        Problem::InvalidDate
                    },
                );
                NaiveDate::MIN
            }
        }
    }

    fn number(&mut self, key: &str) -> f64 {
        let value = self.text(key);
        numbers::parse(&value).unwrap_or_else(|| {
            self.fail(
                key,
                if value.is_empty() {
                    Problem::Required
                } else {
                    Problem::NotANumber
                },
            );
            0.0
        })
    }

    fn whole(&mut self, key: &str) -> u64 {
        let value = self.text(key);
        numbers::parse_whole(&value).unwrap_or_else(|| {
            self.fail(
                key,
                if value.is_empty() {
                    Problem::Required
                } else {
                    Problem::NotANumber
                },
            );
            0
        })
    }

    /// One of `options` (by value); the index chosen.
    fn choice(&mut self, key: &str, options: &[&str]) -> usize {
        let value = self.text(key);
        options.iter().position(|o| *o == value).unwrap_or_else(|| {
            self.fail(key, Problem::Choose);
            0
        })
    }

    fn count(&self, list: &str) -> usize {
        self.text(&format!("{list}.#")).parse().unwrap_or(0)
    }

    /// Keeps the problems of reading, plus the core's validation of what was read.
    fn finish<T>(
        mut self,
        value: T,
        validate: impl FnOnce(&T) -> Result<(), Vec<FieldError>>,
    ) -> Result<T, Vec<FieldError>> {
        if let Err(more) = validate(&value) {
            for e in more {
                if !self.errors.iter().any(|x| x.field == e.field) {
                    self.errors.push(e);
                }
            }
        }
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

pub const READINESS: [&str; 2] = ["siap", "tidak_siap"];
pub const CLASSES: [&str; 3] = ["kecil", "menengah", "besar"];
pub const DECISION: [&str; 2] = ["ya", "tidak"];
pub const CHECK: [&str; 2] = ["lengkap", "perbaikan"];

/// Builds the step data of `form` from a draft. `today` (WIB) bounds the dates.
pub fn build(form: FormKind, draft: &Draft, today: NaiveDate) -> Result<StepData, Vec<FieldError>> {
    let mut r = Reader::new(draft);
    let data = match form {
        FormKind::IpIssued => StepData::IpIssued {
            number: r.text("number"),
            date: r.date("date"),
        },
        FormKind::VerificationRequested => StepData::VerificationRequested {
            number: r.text("number"),
            date: r.date("date"),
        },
        FormKind::IndustryData => StepData::IndustryData {
            notified_on: r.date("notified_on"),
        },
        FormKind::FileReceived => StepData::FileReceived {
            received_on: r.date("received_on"),
            note: r.text("note"),
        },
        FormKind::Letter => StepData::Letter {
            number: r.text("number"),
            date: r.date("date"),
            note: r.text("note"),
        },
        FormKind::Disposition => StepData::Disposition {
            instruction: r.text("instruction"),
            surat_tugas_number: r.text("surat_tugas_number"),
            surat_tugas_date: r.date("surat_tugas_date"),
        },
        FormKind::TeamAssignment => StepData::TeamAssignment {
            members: (0..r.count("members"))
                .map(|i| TeamMember {
                    name: r.text(&format!("members.{i}.name")),
                    nip: r.text(&format!("members.{i}.nip")),
                })
                .collect(),
        },
        FormKind::DocumentCheck => StepData::DocumentCheck {
            findings: r.text("findings"),
        },
        FormKind::InspectionDecision => StepData::InspectionDecision {
            needed: r.choice("needed", &DECISION) == 0,
            reason: r.text("reason"),
        },
        FormKind::FieldInspection => StepData::FieldInspection {
            date: r.date("date"),
            location: r.text("location"),
            findings: r.text("findings"),
        },
        FormKind::Bap => StepData::Bap(Box::new(read_bap(&mut r))),
        FormKind::CompletenessCheck => StepData::CompletenessCheck {
            complete: r.choice("complete", &CHECK) == 0,
            reason: r.text("reason"),
        },
        FormKind::Signature => StepData::Signature {
            signed_on: r.date("signed_on"),
        },
        FormKind::Instruction => StepData::Instruction {
            to: r.text("to"),
            note: r.text("note"),
        },
        FormKind::BapUpload => StepData::BapUpload {
            uploaded_on: r.date("uploaded_on"),
            tembusan_sent_on: r.date("tembusan_sent_on"),
        },
        FormKind::CommitmentReport => StepData::CommitmentReport {
            number: r.text("number"),
            date: r.date("date"),
        },
        FormKind::OssNotified => StepData::OssNotified {
            date: r.date("date"),
        },
        FormKind::ApplicantNotified => StepData::ApplicantNotified {
            date: r.date("date"),
        },
    };
    r.finish(data, |d| d.validate(today))
}

fn read_bap(r: &mut Reader) -> Bap {
    let rows = |r: &mut Reader, list: &str| {
        (0..r.count(list))
            .map(|i| CapacityRow {
                commodity: r.text(&format!("{list}.{i}.commodity")),
                capacity: r.number(&format!("{list}.{i}.capacity")),
                unit: r.text(&format!("{list}.{i}.unit")),
            })
            .collect()
    };
    let readiness = |r: &mut Reader, key: &str| {
        if r.choice(key, &READINESS) == 0 {
            Readiness::Siap
        } else {
            Readiness::TidakSiap
        }
    };
    Bap {
        number: r.text("bap.number"),
        date: r.date("bap.date"),
        place: r.text("bap.place"),
        regulation: r.text("bap.regulation"),
        request_number: r.text("bap.request_number"),
        request_date: r.date("bap.request_date"),
        company: r.text("bap.company"),
        location: r.text("bap.location"),
        iui_number: r.text("bap.iui_number"),
        kbli: r.text("bap.kbli"),
        npwp: r.text("bap.npwp"),
        workforce: r.whole("bap.workforce") as u32,
        investment: r.whole("bap.investment"),
        classification: [
            Classification::Kecil,
            Classification::Menengah,
            Classification::Besar,
        ][r.choice("bap.classification", &CLASSES)],
        factory_construction: readiness(r, "bap.factory_construction"),
        production_facilities: readiness(r, "bap.production_facilities"),
        trial_production: readiness(r, "bap.trial_production"),
        capacity_now: rows(r, "bap.capacity_now"),
        capacity_after: rows(r, "bap.capacity_after"),
        other_notes: r.text("bap.other_notes"),
        inspectors: (0..r.count("bap.inspectors"))
            .map(|i| r.text(&format!("bap.inspectors.{i}")))
            .collect(),
        company_representative: r.text("bap.company_representative"),
    }
}

/// The identity form (Kasus Baru).
pub fn build_identity(draft: &Draft) -> Result<Identity, Vec<FieldError>> {
    let mut r = Reader::new(draft);
    let identity = Identity {
        company: r.text("company"),
        nib: r.text("nib"),
        npwp: r.text("npwp"),
        iui_number: r.text("iui_number"),
        kbli: r.text("kbli"),
        address: r.text("address"),
        regency: r.text("regency"),
        commodities: (0..r.count("commodities"))
            .map(|i| Commodity {
                name: r.text(&format!("commodities.{i}.name")),
                unit: r.text(&format!("commodities.{i}.unit")),
                capacity_before: r.number(&format!("commodities.{i}.capacity_before")),
                capacity_after: r.number(&format!("commodities.{i}.capacity_after")),
            })
            .collect(),
        workforce: r.whole("workforce").min(u64::from(u32::MAX)) as u32,
        investment: r.whole("investment"),
        responsible_person: r.text("responsible_person"),
        oss_ip: None,
        siinas_request: None,
    };
    r.finish(identity, Identity::validate)
}

/// An empty identity draft with one commodity row.
pub fn empty_identity() -> Draft {
    Draft::from([("commodities.#".to_string(), "1".to_string())])
}

fn set(d: &mut Draft, key: &str, value: impl Into<String>) {
    d.insert(key.to_string(), value.into());
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A draft prefilled from the case: dates today, the BAP from the identity and the
/// request, the team from step 7. Numbers that an office assigns stay empty.
pub fn prefill(form: FormKind, state: &CaseState, today: NaiveDate) -> Draft {
    let mut d = Draft::new();
    let day = iso(today);
    for key in [
        "date",
        "notified_on",
        "received_on",
        "surat_tugas_date",
        "signed_on",
        "uploaded_on",
        "tembusan_sent_on",
    ] {
        set(&mut d, key, day.clone());
    }
    match form {
        FormKind::IpIssued => {
            if let Some(ip) = &state.identity.oss_ip {
                set(&mut d, "number", ip.number.clone());
                set(&mut d, "date", iso(ip.date));
            }
        }
        FormKind::TeamAssignment => set(&mut d, "members.#", "2"),
        FormKind::FieldInspection => set(
            &mut d,
            "location",
            format!("{}, {}", state.identity.address, state.identity.regency),
        ),
        FormKind::Instruction => set(&mut d, "to", ""),
        FormKind::Bap => prefill_bap(&mut d, state, today),
        _ => {}
    }
    d
}

fn prefill_bap(d: &mut Draft, state: &CaseState, today: NaiveDate) {
    let sample = sample::bap(state, today, true);
    set(d, "bap.date", iso(today));
    set(d, "bap.place", "Pontianak");
    set(d, "bap.regulation", sample.regulation);
    set(
        d,
        "bap.request_number",
        state
            .round()
            .request
            .as_ref()
            .map(|r| r.number.clone())
            .unwrap_or_default(),
    );
    set(
        d,
        "bap.request_date",
        state
            .round()
            .request
            .as_ref()
            .map(|r| iso(r.date))
            .unwrap_or_default(),
    );
    set(d, "bap.company", sample.company);
    set(d, "bap.location", sample.location);
    set(d, "bap.iui_number", sample.iui_number);
    set(d, "bap.kbli", sample.kbli);
    set(d, "bap.npwp", sample.npwp);
    set(
        d,
        "bap.workforce",
        numbers::format_whole(u64::from(sample.workforce)),
    );
    set(
        d,
        "bap.investment",
        numbers::format_whole(sample.investment),
    );
    set(
        d,
        "bap.company_representative",
        sample.company_representative,
    );
    for (list, rows) in [
        ("bap.capacity_now", &sample.capacity_now),
        ("bap.capacity_after", &sample.capacity_after),
    ] {
        set(d, &format!("{list}.#"), rows.len().to_string());
        for (i, row) in rows.iter().enumerate() {
            set(d, &format!("{list}.{i}.commodity"), row.commodity.clone());
            set(
                d,
                &format!("{list}.{i}.capacity"),
                numbers::format_number(row.capacity),
            );
            set(d, &format!("{list}.{i}.unit"), row.unit.clone());
        }
    }
    // The inspectors are the team the Kasi assigned at step 7.
    let team: Vec<String> = state
        .team()
        .map(|members| members.iter().map(|m| m.name.clone()).collect())
        .unwrap_or_default();
    set(d, "bap.inspectors.#", team.len().max(1).to_string());
    for (i, name) in team.into_iter().enumerate() {
        set(d, &format!("bap.inspectors.{i}"), name);
    }
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;
    use crate::core::sample::{self, Choices};
    use crate::core::sop::Sop;
    use chrono::{TimeZone, Utc};

    /// A sample case walked until its current step uses `form`; and that day.
    pub fn walk_to(form: FormKind) -> (crate::core::case::Case, NaiveDate) {
        let sop = Sop::embedded();
        let mut now = Utc.with_ymd_and_hms(2025, 1, 6, 2, 0, 0).unwrap();
        let mut case = crate::core::case::Case::open(
            sop,
            "k".into(),
            sample::identity(0),
            &ctx(0, "operator", now),
        )
        .unwrap();
        let mut n = 1;
        while sop.step(case.state().current_step().unwrap()).unwrap().form != form {
            now += chrono::Duration::hours(1);
            let (role, cmd) =
                sample::next_command(sop, &case, now.date_naive(), Choices::default()).unwrap();
            case.execute(sop, cmd, &ctx(n, role.as_str(), now)).unwrap();
            n += 1;
        }
        (case, now.date_naive())
    }

    fn ctx(n: u64, role: &str, at: chrono::DateTime<Utc>) -> crate::core::case::Ctx {
        crate::core::case::Ctx {
            event_id: format!("e{n}").as_str().into(),
            office: "o".into(),
            seq: n,
            at,
            author: crate::core::case::Author {
                role: crate::core::sop::ActorId::new(role),
                name: "A".into(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::walk_to;
    use super::*;
    use crate::core::sop::Sop;
    use crate::i18n::{field_label, Lang};

    #[test]
    fn every_field_a_form_can_complain_about_has_a_label() {
        let today = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        let mut keys = Vec::new();
        for step in Sop::embedded().steps() {
            let mut draft = Draft::new();
            for list in [
                "members",
                "bap.capacity_now",
                "bap.capacity_after",
                "bap.inspectors",
            ] {
                draft.insert(format!("{list}.#"), "1".into());
            }
            draft.insert("date".into(), "kemarin".into());
            keys.extend(
                build(step.form, &draft, today)
                    .unwrap_err()
                    .into_iter()
                    .map(|e| e.field),
            );
        }
        keys.extend(
            build_identity(&empty_identity())
                .unwrap_err()
                .into_iter()
                .map(|e| e.field),
        );
        assert!(keys.contains(&"bap.capacity_now.0.capacity".to_string()));
        for key in keys {
            assert_ne!(field_label(&key, Lang::Id), key, "no label for {key}");
        }
    }

    #[test]
    fn a_prefilled_bap_needs_only_what_the_team_decides() {
        let (case, today) = walk_to(FormKind::Bap);
        let mut draft = prefill(FormKind::Bap, case.state(), today);
        assert_eq!(draft["bap.inspectors.#"], "3", "the team of step 7");
        let missing: Vec<String> = build(FormKind::Bap, &draft, today)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            missing,
            [
                "bap.classification",
                "bap.factory_construction",
                "bap.production_facilities",
                "bap.trial_production",
                "bap.number",
                "bap.other_notes"
            ]
        );
        for (key, value) in [
            ("bap.number", "BAP/01/2025"),
            ("bap.classification", "menengah"),
            ("bap.factory_construction", "siap"),
            ("bap.production_facilities", "siap"),
            ("bap.trial_production", "tidak_siap"),
            ("bap.other_notes", "-"),
            ("bap.investment", "Rp 26.500.000.000"),
        ] {
            draft.insert(key.into(), value.into());
        }
        let StepData::Bap(bap) = build(FormKind::Bap, &draft, today).unwrap() else {
            panic!()
        };
        assert_eq!(bap.investment, 26_500_000_000);
        assert_eq!(bap.classification, Classification::Menengah);
        assert!(!bap.all_ready());
        assert_eq!(
            bap.capacity_after[0].capacity, 150_000.0,
            "PT Sawit Kapuas Lestari after expansion"
        );
    }

    #[test]
    fn typed_numbers_and_dates_are_read_or_named() {
        let today = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        let draft = Draft::from([
            ("number".to_string(), " IP-7 ".to_string()),
            ("date".to_string(), "2025-13-01".to_string()),
        ]);
        let errors = build(FormKind::IpIssued, &draft, today).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: "date".into(),
                problem: Problem::InvalidDate
            }]
        );
        let mut identity = empty_identity();
        for (k, v) in [
            ("company", "PT Uji"),
            ("nib", "1234567890123"),
            ("npwp", "01.234.567.8-901.000"),
            ("iui_number", "1/IUI"),
            ("kbli", "10431"),
            ("address", "Jl. A"),
            ("regency", "Kota Pontianak"),
            ("commodities.0.name", "CPO"),
            ("commodities.0.unit", "ton/tahun"),
            ("commodities.0.capacity_before", "1.500"),
            ("commodities.0.capacity_after", "2.500,5"),
            ("workforce", "120"),
            ("investment", "1.000.000.000"),
        ] {
            identity.insert(k.into(), v.into());
        }
        let id = build_identity(&identity).unwrap();
        assert_eq!(id.commodities[0].capacity_after, 2500.5);
        identity.insert("workforce".into(), "banyak".into());
        let errors = build_identity(&identity).unwrap_err();
        assert_eq!(
            errors[0],
            FieldError {
                field: "workforce".into(),
                problem: Problem::NotANumber
            }
        );
    }
}
