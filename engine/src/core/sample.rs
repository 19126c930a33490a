//! Plausible, fictional case data made from the SOP definition: the demo mode's sample
//! cases, the benchmark's histories and the tests' walk-throughs all come from here.

use chrono::NaiveDate;

use crate::core::case::bap::{Bap, CapacityRow, Classification, Readiness, DEFAULT_REGULATION};
use crate::core::case::identity::{Commodity, Identity, REGENCIES};
use crate::core::case::step_data::{StepData, TeamMember};
use crate::core::case::{Case, CaseState, Command, Position};
use crate::core::sop::{ActorId, FormKind, Sop};

/// The choices a walk through the SOP makes at its branches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choices {
    /// Step 9: field inspection needed.
    pub inspection: bool,
    /// Step 11: all three readiness items siap.
    pub ready: bool,
    /// Step 13: return the report once for correction.
    pub return_once: bool,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            inspection: true,
            ready: true,
            return_once: false,
        }
    }
}

struct Company {
    name: &'static str,
    kbli: &'static str,
    commodity: &'static str,
    unit: &'static str,
    before: f64,
    after: f64,
    regency: usize,
    street: &'static str,
}

const COMPANIES: [Company; 8] = [
    Company {
        name: "PT Sawit Kapuas Lestari",
        kbli: "10431",
        commodity: "Minyak Kelapa Sawit (CPO)",
        unit: "ton/tahun",
        before: 90_000.0,
        after: 150_000.0,
        regency: 9,
        street: "Jl. Raya Sanggau-Sekadau Km 12",
    },
    Company {
        name: "PT Karet Khatulistiwa Jaya",
        kbli: "22123",
        commodity: "Karet Remah (SIR 20)",
        unit: "ton/tahun",
        before: 24_000.0,
        after: 36_000.0,
        regency: 4,
        street: "Jl. Adisucipto Km 9,5, Sungai Raya",
    },
    Company {
        name: "PT Kayu Lapis Borneo Prima",
        kbli: "16211",
        commodity: "Kayu Lapis",
        unit: "m3/tahun",
        before: 60_000.0,
        after: 84_000.0,
        regency: 3,
        street: "Jl. Ketapang-Sukadana Km 7",
    },
    Company {
        name: "PT Alumina Bumi Kayong",
        kbli: "24202",
        commodity: "Alumina",
        unit: "ton/tahun",
        before: 1_000_000.0,
        after: 2_000_000.0,
        regency: 3,
        street: "Kawasan Industri Air Upas",
    },
    Company {
        name: "CV Sagu Mempawah Sejahtera",
        kbli: "10629",
        commodity: "Tepung Sagu",
        unit: "ton/tahun",
        before: 3_600.0,
        after: 6_000.0,
        regency: 7,
        street: "Jl. Raya Sungai Pinyuh No. 41",
    },
    Company {
        name: "PT Sintang Agro Mandiri",
        kbli: "10431",
        commodity: "Minyak Kelapa Sawit (CPO)",
        unit: "ton/tahun",
        before: 45_000.0,
        after: 72_000.0,
        regency: 11,
        street: "Jl. Lintas Melawi Km 18",
    },
    Company {
        name: "PT Singkawang Keramik Nusantara",
        kbli: "23939",
        commodity: "Keramik Hias",
        unit: "buah/tahun",
        before: 120_000.0,
        after: 200_000.0,
        regency: 13,
        street: "Jl. Sanggau Kulor No. 8",
    },
    Company {
        name: "PT Pontianak Pangan Lestari",
        kbli: "10794",
        commodity: "Kerupuk Ikan",
        unit: "ton/tahun",
        before: 800.0,
        after: 1_400.0,
        regency: 12,
        street: "Jl. Khatulistiwa No. 120, Siantan",
    },
];

/// A fictional company, different for each `n` (NIB and NPWP derive from `n`).
pub fn identity(n: u32) -> Identity {
    let c = &COMPANIES[n as usize % COMPANIES.len()];
    let batch = n / COMPANIES.len() as u32;
    let name = if batch == 0 {
        c.name.to_string()
    } else {
        format!("{} {}", c.name, roman(batch + 1))
    };
    Identity {
        company: name,
        nib: format!("{:013}", 9_120_000_000_000u64 + u64::from(n) * 7_919),
        npwp: format!(
            "{:02}.{:03}.{:03}.{}-{:03}.000",
            10 + n % 80,
            n % 1000,
            (n * 37) % 1000,
            n % 10,
            701 + n % 20
        ),
        iui_number: format!("{}/IUI/DPMPTSP-KB/{}", 500 + n, 2018 + n % 4),
        kbli: c.kbli.to_string(),
        address: c.street.to_string(),
        regency: REGENCIES[c.regency].to_string(),
        commodities: vec![Commodity {
            name: c.commodity.to_string(),
            unit: c.unit.to_string(),
            capacity_before: c.before,
            capacity_after: c.after,
        }],
        workforce: 120 + (n * 13) % 400,
        investment: 25_000_000_000 + u64::from(n % 50) * 1_500_000_000,
        responsible_person: format!("{} (Direktur)", PEOPLE[n as usize % PEOPLE.len()]),
        oss_ip: None,
        siinas_request: None,
    }
}

const PEOPLE: [&str; 8] = [
    "Hendra Wijaya",
    "Siti Rahmawati",
    "Agus Santoso",
    "Lilis Suryani",
    "Budi Hartono",
    "Yohanes Ajon",
    "Rina Marlina",
    "Abdul Rahman",
];

/// Names of the Tim Teknis used in samples.
pub const TEAM: [&str; 3] = [
    "Ir. Dedi Kurniawan",
    "Maria Ulfah, S.T.",
    "Rudi Hasan, S.E.",
];

fn roman(n: u32) -> String {
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        .get(n as usize - 1)
        .map(|s| s.to_string())
        .unwrap_or_else(|| n.to_string())
}

/// Valid data for the current step of `state`, dated `on`.
pub fn step_data(state: &CaseState, form: FormKind, on: NaiveDate, choices: Choices) -> StepData {
    let id = &state.identity;
    let round = state.round_number();
    let number = |kind: &str| format!("530/{:03}/{kind}/{}", state.path.len() + 1, on.format("%Y"));
    match form {
        FormKind::IpIssued => StepData::IpIssued {
            number: format!("IP-{}-{}", &id.nib[..6], on.format("%Y%m%d")),
            date: on,
        },
        FormKind::VerificationRequested => StepData::VerificationRequested {
            number: format!("SIINAS/VT/{}/{round}", &id.nib[7..]),
            date: on,
        },
        FormKind::IndustryData => StepData::IndustryData { notified_on: on },
        FormKind::FileReceived => StepData::FileReceived {
            received_on: on,
            note: "Berkas lengkap diterima melalui SIINAS.".into(),
        },
        FormKind::Letter => StepData::Letter {
            number: number("DPPESDM"),
            date: on,
            note: String::new(),
        },
        FormKind::Disposition => StepData::Disposition {
            instruction: "Mohon ditindaklanjuti dengan verifikasi teknis.".into(),
            surat_tugas_number: number("ST-DPPESDM"),
            surat_tugas_date: on,
        },
        FormKind::TeamAssignment => StepData::TeamAssignment {
            members: TEAM
                .iter()
                .map(|n| TeamMember {
                    name: n.to_string(),
                    nip: String::new(),
                })
                .collect(),
        },
        FormKind::DocumentCheck => StepData::DocumentCheck {
            findings: "Dokumen permohonan sesuai dengan data Izin Perluasan.".into(),
        },
        FormKind::InspectionDecision => StepData::InspectionDecision {
            needed: choices.inspection,
            reason: if choices.inspection {
                "Perluasan kapasitas perlu dipastikan di lokasi pabrik.".into()
            } else {
                "Data dan foto dalam SIINAS sudah memadai.".into()
            },
        },
        FormKind::FieldInspection => StepData::FieldInspection {
            date: on,
            location: id.address.clone(),
            findings: "Bangunan pabrik dan mesin perluasan telah terpasang.".into(),
        },
        FormKind::Bap => StepData::Bap(Box::new(bap(state, on, choices.ready))),
        FormKind::CompletenessCheck => {
            let returned = state.returns.iter().any(|r| r.round == round);
            if choices.return_once && !returned {
                StepData::CompletenessCheck {
                    complete: false,
                    reason: "Nomor surat pengantar belum sesuai buku agenda.".into(),
                }
            } else {
                StepData::CompletenessCheck {
                    complete: true,
                    reason: String::new(),
                }
            }
        }
        FormKind::Signature => StepData::Signature { signed_on: on },
        FormKind::Instruction => StepData::Instruction {
            to: "Operator".into(),
            note: "Unggah BAP ke SIINAS dan kirim tembusan ke DPMPTSP.".into(),
        },
        FormKind::BapUpload => StepData::BapUpload {
            uploaded_on: on,
            tembusan_sent_on: on,
        },
        FormKind::CommitmentReport => StepData::CommitmentReport {
            number: format!("BAPK/{}/{round}", &id.nib[7..]),
            date: on,
        },
        FormKind::OssNotified => StepData::OssNotified { date: on },
        FormKind::ApplicantNotified => StepData::ApplicantNotified { date: on },
    }
}

/// A complete BAP from the case's data; `ready` decides the three readiness items.
pub fn bap(state: &CaseState, on: NaiveDate, ready: bool) -> Bap {
    let id = &state.identity;
    let request = state.round().request.clone();
    let rows = |after: bool| {
        id.commodities
            .iter()
            .map(|c| CapacityRow {
                commodity: c.name.clone(),
                capacity: if after {
                    c.capacity_after
                } else {
                    c.capacity_before
                },
                unit: c.unit.clone(),
            })
            .collect()
    };
    Bap {
        number: format!("BAP/{}/{}", &id.nib[7..], on.format("%Y")),
        date: on,
        place: "Pontianak".into(),
        regulation: DEFAULT_REGULATION.into(),
        request_number: request
            .as_ref()
            .map(|r| r.number.clone())
            .unwrap_or_else(|| "-".into()),
        request_date: request.map(|r| r.date).unwrap_or(on),
        company: id.company.clone(),
        location: format!("{}, {}", id.address, id.regency),
        iui_number: id.iui_number.clone(),
        kbli: id.kbli.clone(),
        npwp: id.npwp.clone(),
        workforce: id.workforce,
        investment: id.investment,
        classification: Classification::Besar,
        factory_construction: Readiness::Siap,
        production_facilities: Readiness::Siap,
        trial_production: if ready {
            Readiness::Siap
        } else {
            Readiness::TidakSiap
        },
        capacity_now: rows(false),
        capacity_after: rows(true),
        other_notes: "-".into(),
        inspectors: TEAM.iter().map(|s| s.to_string()).collect(),
        company_representative: id.responsible_person.clone(),
    }
}

/// The role that acts on the current step (its recorder, for external actors) and the
/// command that completes it with sample data; `None` when the case is finished.
pub fn next_command(
    sop: &Sop,
    case: &Case,
    on: NaiveDate,
    choices: Choices,
) -> Option<(ActorId, Command)> {
    let Position::At(no) = case.state().position else {
        return None;
    };
    let step = sop.step(no)?;
    let role = sop.roles_for(step).pop().expect("a step has an actor");
    let data = step_data(case.state(), step.form, on, choices);
    Some((role, Command::Complete { step: no, data }))
}
