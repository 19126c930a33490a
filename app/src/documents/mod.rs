//! What each printed document says, made from the case's state: pure, so the letters'
//! wording is tested natively and the components only lay it out. The texts come from
//! `LetterText`, always in Indonesian (they are legal forms).

use chrono::NaiveDate;

use crate::core::calendar::Calendar;
use crate::core::case::bap::{Bap, Classification, Readiness};
use crate::core::case::identity::{Identity, Issued};
use crate::core::case::step_data::TeamMember;
use crate::core::case::{inspection_last_day, CaseState, DocumentRecord, Round};
use crate::core::numbers::{format_number, format_rupiah, format_whole};
use crate::core::sop::{FormKind, Sop, StepNo};
use crate::i18n::dates::date;
use crate::i18n::dates::due_by;
use crate::i18n::{Lang, LetterText};

pub mod words;

use words::{date_in_words, fill, options};

/// The actor id of the Kepala Dinas: the one signer who signs in their own name, not
/// "a.n." (on behalf of) the Kepala Dinas.
const KADIS: &str = "kadis";

fn t() -> &'static LetterText {
    &Lang::Id.strings().letter
}

fn long_date(d: NaiveDate) -> String {
    date(d, Lang::Id)
}

/// The office as the settings name it.
#[derive(Clone, Debug, PartialEq)]
pub struct Office {
    pub name: String,
    /// Lines of the kop surat, top to bottom.
    pub letterhead: Vec<String>,
}

impl Office {
    /// The kop surat; without configured lines, the government and the office name.
    pub fn kop(&self, sop: &Sop) -> Vec<String> {
        let lines: Vec<String> = self
            .letterhead
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            return lines;
        }
        vec![
            sop.header().government.to_uppercase(),
            self.name(sop).to_uppercase(),
        ]
    }

    /// The office name; without one (settings never saved), the SOP's agency.
    fn name(&self, sop: &Sop) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            sop.header().agency.clone()
        } else {
            name.to_string()
        }
    }
}

/// Why a document cannot be printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    UnknownKind,
    /// The step that makes the document (or one it needs) is not done yet.
    StepNotDone(StepNo),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    /// Lines above the name ("a.n. Kepala Dinas ...,", "Kepala Bidang Perindustrian,").
    pub titles: Vec<String>,
    /// `None` leaves a dotted line to write the name by hand.
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NotaDinas {
    /// Kepada, Dari, Tanggal, Nomor, Sifat, Lampiran, Hal.
    pub header: Vec<(&'static str, String)>,
    pub paragraphs: Vec<String>,
    pub signature: Signature,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SuratTugas {
    pub number: String,
    pub bases: Vec<String>,
    pub team: Vec<TeamMember>,
    pub tasks: Vec<String>,
    /// Dikeluarkan di, Pada tanggal.
    pub issued: Vec<(&'static str, String)>,
    pub signature: Signature,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SuratPengantar {
    pub place_date: String,
    /// Nomor, Sifat, Lampiran, Hal.
    pub header: Vec<(&'static str, String)>,
    /// "Kepada Yth. ..." block, line by line.
    pub to: Vec<String>,
    pub body: String,
    pub company: Vec<(&'static str, String)>,
    pub result: String,
    pub signature: Signature,
    pub copies: Vec<String>,
}

/// A "coret yang tidak dipilih" choice, the options in the form's order.
pub type Choice = Vec<(&'static str, bool)>;

#[derive(Clone, Debug, PartialEq)]
pub struct BapDoc {
    pub number: String,
    pub preamble: String,
    /// Nama Perusahaan, Lokasi, IUI, Kelompok Industri (KBLI), NPWP.
    pub subject: Vec<(&'static str, String)>,
    pub workforce: String,
    pub investment: String,
    pub classification: Choice,
    /// a. pembangunan pabrik, b. sarana produksi, c. produksi percobaan.
    pub readiness: Vec<(&'static str, Choice)>,
    /// (Komoditi, Kapasitas Terpasang) rows.
    pub capacity_now: Vec<(String, String)>,
    pub capacity_after: Vec<(String, String)>,
    pub other_notes: String,
    pub place_date: String,
    /// Always four signature blocks (Lampiran III); `None` for a blank one.
    pub inspectors: Vec<Option<String>>,
    pub representative: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    NotaDinas(NotaDinas),
    SuratTugas(SuratTugas),
    Bap(Box<BapDoc>),
    SuratPengantar(SuratPengantar),
}

/// Builds the document `kind` from the case, or says what is missing.
pub fn build(
    kind: &str,
    state: &CaseState,
    sop: &Sop,
    cal: &Calendar,
    office: &Office,
) -> Result<Document, Unavailable> {
    let step = sop
        .steps()
        .iter()
        .find(|s| s.document.as_deref() == Some(kind))
        .map(|s| s.no);
    match (kind, step) {
        ("nota_dinas", Some(no)) => nota_dinas(state, sop, cal, no).map(Document::NotaDinas),
        ("surat_tugas", Some(no)) => surat_tugas(state, sop, office, no).map(Document::SuratTugas),
        ("bap", Some(no)) => state
            .rounds
            .iter()
            .rev()
            .find_map(|r| r.bap.as_ref().map(|b| (b, r.decision.as_ref())))
            .map(|(b, decision)| {
                let without_inspection = decision
                    .filter(|(needed, _)| !needed)
                    .map(|(_, reason)| reason.as_str());
                Document::Bap(Box::new(bap(b, without_inspection)))
            })
            .ok_or(Unavailable::StepNotDone(no)),
        ("surat_pengantar", Some(no)) => {
            surat_pengantar(state, sop, office, no).map(Document::SuratPengantar)
        }
        _ => Err(Unavailable::UnknownKind),
    }
}

fn document<'a>(
    state: &'a CaseState,
    kind: &str,
    step: StepNo,
) -> Result<&'a DocumentRecord, Unavailable> {
    state.document(kind).ok_or(Unavailable::StepNotDone(step))
}

fn round(state: &CaseState, number: u32) -> &Round {
    state
        .rounds
        .iter()
        .find(|r| r.number == number)
        .unwrap_or_else(|| state.round())
}

/// Who recorded `step` in `round` (the latest time, if it was redone).
fn author(state: &CaseState, round: u32, step: StepNo) -> Option<String> {
    state
        .path
        .iter()
        .rev()
        .find(|p| p.round == round && p.step == step)
        .map(|p| p.author.name.clone())
}

fn actor_name(sop: &Sop, step: StepNo) -> String {
    sop.step(step)
        .and_then(|s| sop.actor(&s.actor))
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

/// An official's titles: the Kepala Dinas signs as such, anyone else "a.n." the Kepala
/// Dinas under their own position.
fn official_titles(sop: &Sop, step: StepNo, office: &Office) -> Vec<String> {
    let head = format!("{} {},", t().head_of, office.name(sop));
    let is_kadis = sop.step(step).is_some_and(|s| s.actor.as_str() == KADIS);
    if is_kadis {
        vec![head]
    } else {
        vec![
            format!("{} {head}", t().on_behalf),
            format!("{},", actor_name(sop, step)),
        ]
    }
}

fn location(id: &Identity) -> String {
    format!("{}, {}", id.address.trim(), id.regency)
}

fn number_date(issued: Option<&Issued>) -> (String, String) {
    issued.map_or(("-".into(), "-".into()), |i| {
        (i.number.clone(), long_date(i.date))
    })
}

fn doc_number(doc: &DocumentRecord) -> String {
    doc.number.clone().unwrap_or_else(|| "-".into())
}

fn doc_date(doc: &DocumentRecord) -> String {
    doc.date.map(long_date).unwrap_or_else(|| "-".into())
}

fn nota_dinas(
    state: &CaseState,
    sop: &Sop,
    cal: &Calendar,
    no: StepNo,
) -> Result<NotaDinas, Unavailable> {
    let t = t();
    let doc = document(state, "nota_dinas", no)?;
    let id = &state.identity;
    let request = round(state, doc.round).request.as_ref();
    let (req_number, req_date) = number_date(request);
    let next = sop.step(no).and_then(|s| s.next).unwrap_or(no);
    let mut paragraphs = vec![fill(
        t.nd_request,
        &[
            ("company", &id.company),
            ("nib", &id.nib),
            ("location", &location(id)),
            ("number", &req_number),
            ("date", &req_date),
        ],
    )];
    if let Some(ip) = &id.oss_ip {
        paragraphs.push(fill(
            t.nd_ip,
            &[("number", &ip.number), ("date", &long_date(ip.date))],
        ));
    }
    let deadlines = sop.deadlines();
    // The inspection's last day in the words of the case page ("paling lambat Jumat, ...").
    let due = match request {
        Some(r) => due_by(inspection_last_day(r.date, sop, cal), Lang::Id),
        None => format!("{} -", Lang::Id.strings().deadline.due_by),
    };
    paragraphs.push(fill(
        t.nd_ask,
        &[
            ("basis", &deadlines.inspection_basis),
            ("days", &deadlines.inspection_working_days.to_string()),
            ("due", &due),
        ],
    ));
    paragraphs.push(t.closing_thanks.to_string());
    Ok(NotaDinas {
        header: vec![
            (t.to, format!("{} {}", t.honorific, actor_name(sop, next))),
            (t.from, actor_name(sop, no)),
            (t.date, doc_date(doc)),
            (t.number, doc_number(doc)),
            (t.nature, t.nature_normal.into()),
            (t.attachment, t.attachment_one.into()),
            (t.subject, fill(t.nd_subject, &[("company", &id.company)])),
        ],
        paragraphs,
        signature: Signature {
            titles: vec![format!("{},", actor_name(sop, no))],
            name: author(state, doc.round, doc.step),
        },
    })
}

fn surat_tugas(
    state: &CaseState,
    sop: &Sop,
    office: &Office,
    no: StepNo,
) -> Result<SuratTugas, Unavailable> {
    let t = t();
    let doc = document(state, "surat_tugas", no)?;
    let r = round(state, doc.round);
    // The Surat Tugas names the team, which the Kasi assigns in the next step.
    if r.team.is_empty() {
        let team_step = sop
            .step_with_form(FormKind::TeamAssignment)
            .map_or(no + 1, |s| s.no);
        return Err(Unavailable::StepNotDone(team_step));
    }
    let id = &state.identity;
    let (req_number, req_date) = number_date(r.request.as_ref());
    let mut bases = vec![
        t.st_basis_regulation.to_string(),
        fill(
            t.st_basis_request,
            &[
                ("company", &id.company),
                ("number", &req_number),
                ("date", &req_date),
            ],
        ),
    ];
    let note = state
        .documents
        .iter()
        .rev()
        .find(|d| d.kind == "nota_dinas" && d.round == doc.round);
    if let Some(note) = note {
        bases.push(fill(
            t.st_basis_note,
            &[("number", &doc_number(note)), ("date", &doc_date(note))],
        ));
    }
    Ok(SuratTugas {
        number: doc_number(doc),
        bases,
        team: r.team.clone(),
        tasks: vec![
            fill(
                t.st_task_verify,
                &[
                    ("company", &id.company),
                    ("nib", &id.nib),
                    ("kbli", &id.kbli),
                    ("location", &location(id)),
                ],
            ),
            t.st_task_bap.to_string(),
            t.st_task_report.to_string(),
            t.st_task_care.to_string(),
        ],
        issued: vec![
            (t.st_issued_at, t.place.to_string()),
            (t.st_issued_on, doc_date(doc)),
        ],
        signature: Signature {
            titles: official_titles(sop, doc.step, office),
            name: author(state, doc.round, doc.step),
        },
    })
}

/// The BAP in the order of Lampiran III. `without_inspection`: the Tim Teknis decided no
/// field inspection was needed (step 9), for this reason: the BAP then states the document
/// verification it records instead of a field inspection, in the same structure.
pub fn bap(b: &Bap, without_inspection: Option<&str>) -> BapDoc {
    let t = t();
    let w = date_in_words(b.date);
    let rows = |rows: &[crate::core::case::bap::CapacityRow]| {
        rows.iter()
            .map(|r| {
                (
                    r.commodity.clone(),
                    format!("{} {}", format_number(r.capacity), r.unit),
                )
            })
            .collect()
    };
    let readiness = [
        (Readiness::Siap, t.bap_siap),
        (Readiness::TidakSiap, t.bap_tidak_siap),
    ];
    let mut inspectors: Vec<Option<String>> = b
        .inspectors
        .iter()
        .map(|n| Some(n.trim().to_string()).filter(|n| !n.is_empty()))
        .collect();
    inspectors.resize(inspectors.len().max(4), None);
    BapDoc {
        number: b.number.clone(),
        preamble: fill(
            if without_inspection.is_some() {
                t.bap_preamble_documents
            } else {
                t.bap_preamble
            },
            &[
                ("hari", w.day_name),
                ("tanggal", &w.day),
                ("bulan", &w.month),
                ("tahun", &w.year),
                ("peraturan", &b.regulation),
                ("nomor", &b.request_number),
                ("tanggal_permintaan", &long_date(b.request_date)),
            ],
        ),
        subject: vec![
            (t.bap_company, b.company.clone()),
            (t.bap_location, b.location.clone()),
            (t.bap_iui, b.iui_number.clone()),
            (t.bap_kbli, b.kbli.clone()),
            (t.bap_npwp, b.npwp.clone()),
        ],
        workforce: format!("{} {}", format_whole(u64::from(b.workforce)), t.bap_people),
        investment: format_rupiah(b.investment),
        classification: options(
            &[
                (Classification::Kecil, t.bap_kecil),
                (Classification::Menengah, t.bap_menengah),
                (Classification::Besar, t.bap_besar),
            ],
            &b.classification,
        ),
        readiness: vec![
            (t.bap_factory, options(&readiness, &b.factory_construction)),
            (
                t.bap_facilities,
                options(&readiness, &b.production_facilities),
            ),
            (t.bap_trial, options(&readiness, &b.trial_production)),
        ],
        capacity_now: rows(&b.capacity_now),
        capacity_after: rows(&b.capacity_after),
        other_notes: match without_inspection {
            Some(reason) => {
                let reason = reason.trim().trim_end_matches('.');
                let why = fill(t.bap_no_inspection, &[("alasan", reason)]);
                match b.other_notes.trim() {
                    "" | "-" => why,
                    notes => format!("{why} {notes}"),
                }
            }
            None => b.other_notes.clone(),
        },
        place_date: format!("{}, {}", b.place.trim(), long_date(b.date)),
        inspectors,
        representative: b.company_representative.clone(),
    }
}

fn surat_pengantar(
    state: &CaseState,
    sop: &Sop,
    office: &Office,
    no: StepNo,
) -> Result<SuratPengantar, Unavailable> {
    let t = t();
    let doc = document(state, "surat_pengantar", no)?;
    let r = round(state, doc.round);
    let bap_step = sop.step_with_form(FormKind::Bap).map_or(no, |s| s.no);
    let b = r
        .bap
        .as_ref()
        .or_else(|| state.latest_bap())
        .ok_or(Unavailable::StepNotDone(bap_step))?;
    let id = &state.identity;
    let (req_number, req_date) = number_date(r.request.as_ref());
    let not_ready: Vec<&str> = [
        (b.factory_construction, t.bap_factory),
        (b.production_facilities, t.bap_facilities),
        (b.trial_production, t.bap_trial),
    ]
    .into_iter()
    .filter(|(r, _)| *r == Readiness::TidakSiap)
    .map(|(_, label)| label)
    .collect();
    let result = if not_ready.is_empty() {
        t.sp_ready.to_string()
    } else {
        fill(t.sp_not_ready, &[("items", &not_ready.join(", "))])
    };
    let ip = id
        .oss_ip
        .as_ref()
        .map(|ip| {
            fill(
                t.sp_ip_value,
                &[("number", &ip.number), ("date", &long_date(ip.date))],
            )
        })
        .unwrap_or_else(|| "-".into());
    // The Kepala Dinas signs at the signature step; before that the name is left blank
    // for the signer to write.
    let sign_step = sop.step_with_form(FormKind::Signature).map_or(no, |s| s.no);
    Ok(SuratPengantar {
        place_date: format!("{}, {}", t.place, doc_date(doc)),
        header: vec![
            (t.number, doc_number(doc)),
            (t.nature, t.nature_normal.into()),
            (t.attachment, t.attachment_one.into()),
            (t.subject, fill(t.sp_subject, &[("company", &id.company)])),
        ],
        to: vec![
            t.to.to_string(),
            format!("{} {}", t.honorific, t.sp_to),
            t.at.to_string(),
            t.place.to_string(),
        ],
        body: fill(
            t.sp_body,
            &[
                ("number", &req_number),
                ("date", &req_date),
                ("bap_number", &b.number),
                ("bap_date", &long_date(b.date)),
            ],
        ),
        company: vec![
            (t.bap_company, id.company.clone()),
            (t.sp_nib, id.nib.clone()),
            (t.bap_location, location(id)),
            (t.bap_kbli, id.kbli.clone()),
            (t.sp_ip, ip),
        ],
        result,
        signature: Signature {
            titles: official_titles(sop, sign_step, office),
            name: author(state, doc.round, sign_step),
        },
        copies: vec![t.archive.to_string()],
    })
}

#[cfg(test)]
mod tests;
