//! Well-formedness of an SOP definition. Every error names the step it is about, in
//! Bahasa Indonesia, because an office may edit the data.

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use super::{ActorKind, FormKind, Shape, SopDefinition, StepNo};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SopError {
    /// Not parseable as a definition at all.
    Malformed(String),
    /// A rule broken at a given step (`None`: not about one step).
    Invalid {
        step: Option<StepNo>,
        reason: String,
    },
}

impl fmt::Display for SopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SopError::Malformed(e) => write!(f, "Definisi SOP tidak dapat dibaca: {e}"),
            SopError::Invalid {
                step: Some(no),
                reason,
            } => write!(f, "Definisi SOP salah pada langkah {no}: {reason}"),
            SopError::Invalid { step: None, reason } => {
                write!(f, "Definisi SOP salah: {reason}")
            }
        }
    }
}

impl std::error::Error for SopError {}

fn at(step: StepNo, reason: impl Into<String>) -> SopError {
    SopError::Invalid {
        step: Some(step),
        reason: reason.into(),
    }
}

fn general(reason: impl Into<String>) -> SopError {
    SopError::Invalid {
        step: None,
        reason: reason.into(),
    }
}

/// Forms the engine relies on to know the IP date, the SIINAS request, the BAP and the
/// outcome; each must be used by exactly one step.
const REQUIRED_FORMS: [(FormKind, &str); 4] = [
    (FormKind::IpIssued, "izin_terbit"),
    (FormKind::VerificationRequested, "permohonan_verifikasi"),
    (FormKind::Bap, "bap"),
    (FormKind::OssNotified, "notifikasi_oss"),
];

pub(super) fn check(def: &SopDefinition) -> Result<(), SopError> {
    check_actors(def)?;
    if def.steps.is_empty() {
        return Err(general("tidak ada langkah"));
    }
    for (i, step) in def.steps.iter().enumerate() {
        if usize::from(step.no) != i + 1 {
            return Err(at(
                step.no,
                format!("nomor langkah harus berurutan; diharapkan {}", i + 1),
            ));
        }
    }
    let count = def.steps.len();
    let exists = |no: StepNo| no >= 1 && usize::from(no) <= count;
    let documents: HashSet<&str> = def.documents.iter().map(|d| d.id.as_str()).collect();

    for step in &def.steps {
        let no = step.no;
        if step.activity.trim().is_empty() {
            return Err(at(no, "uraian kegiatan kosong"));
        }
        if !def.actors.iter().any(|a| a.id == step.actor) {
            return Err(at(no, format!("pelaksana '{}' tidak dikenal", step.actor)));
        }
        if let Some(towards) = &step.towards {
            if !def.actors.iter().any(|a| &a.id == towards) {
                return Err(at(
                    no,
                    format!("pelaksana tujuan '{towards}' tidak dikenal"),
                ));
            }
        }
        if let Some(doc) = &step.document {
            if !documents.contains(doc.as_str()) {
                return Err(at(no, format!("jenis dokumen '{doc}' tidak dikenal")));
            }
        }
        if let Some(target) = step.targets().find(|&t| !exists(t)) {
            return Err(at(no, format!("menuju langkah {target} yang tidak ada")));
        }
        check_transitions(def, no)?;
    }
    if def.steps[0].shape != Shape::Start {
        return Err(at(1, "langkah pertama harus berbentuk 'mulai'"));
    }
    for (form, key) in REQUIRED_FORMS {
        let users = def.steps.iter().filter(|s| s.form == form).count();
        if users != 1 {
            return Err(general(format!(
                "isian '{key}' harus dipakai tepat oleh satu langkah (ditemukan {users})"
            )));
        }
    }

    let reached = reachable(def, 1);
    if let Some(step) = def.steps.iter().find(|s| !reached.contains(&s.no)) {
        return Err(at(step.no, "tidak dapat dicapai dari langkah 1"));
    }
    let can_finish = reaches_end(def);
    if let Some(step) = def.steps.iter().find(|s| !can_finish.contains(&s.no)) {
        return Err(at(
            step.no,
            "dari langkah ini tidak ada jalan menuju langkah selesai",
        ));
    }
    Ok(())
}

fn check_actors(def: &SopDefinition) -> Result<(), SopError> {
    let mut seen = HashSet::new();
    for actor in &def.actors {
        if !seen.insert(&actor.id) {
            return Err(general(format!("pelaksana '{}' ganda", actor.id)));
        }
    }
    for actor in &def.actors {
        match (&actor.kind, &actor.recorded_by) {
            (ActorKind::External, None) => {
                return Err(general(format!(
                    "pelaksana luar '{}' perlu 'dicatat_oleh'",
                    actor.id
                )))
            }
            (_, Some(by)) => {
                let recorder = def.actors.iter().find(|a| &a.id == by);
                if recorder.map(|a| a.kind) != Some(ActorKind::Office) {
                    return Err(general(format!(
                        "'{}' dicatat oleh '{by}', yang bukan pelaksana dinas",
                        actor.id
                    )));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_transitions(def: &SopDefinition, no: StepNo) -> Result<(), SopError> {
    let step = &def.steps[usize::from(no) - 1];
    let form_keys: BTreeSet<&str> = step.form.branch_keys().iter().copied().collect();
    let branch_keys: BTreeSet<&str> = step.branches.iter().map(|b| b.key.as_str()).collect();
    if branch_keys.len() != step.branches.len() {
        return Err(at(no, "kunci cabang ganda"));
    }
    match step.shape {
        Shape::End => {
            if step.next.is_some() || !step.branches.is_empty() {
                return Err(at(no, "langkah selesai tidak boleh punya langkah lanjut"));
            }
            return Ok(());
        }
        Shape::Decision if step.branches.len() < 2 => {
            return Err(at(no, "keputusan harus punya paling sedikit dua cabang"));
        }
        _ => {}
    }
    if step.restart.is_some() {
        return Err(at(no, "'ulang' hanya untuk langkah selesai"));
    }
    match (step.next, step.branches.is_empty()) {
        (Some(_), false) => Err(at(no, "punya 'lanjut' dan 'cabang' sekaligus")),
        (None, true) => Err(at(no, "tidak punya langkah lanjut")),
        _ if form_keys != branch_keys => Err(at(
            no,
            format!(
                "cabang {:?} tidak sesuai dengan pilihan isian {:?}",
                branch_keys, form_keys
            ),
        )),
        _ => Ok(()),
    }
}

pub(super) fn reachable(def: &SopDefinition, from: StepNo) -> BTreeSet<StepNo> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from];
    while let Some(no) = todo.pop() {
        let Some(step) = def.steps.get(usize::from(no).wrapping_sub(1)) else {
            continue;
        };
        if seen.insert(no) {
            todo.extend(step.targets());
        }
    }
    seen
}

/// Steps from which some end step can be reached.
fn reaches_end(def: &SopDefinition) -> BTreeSet<StepNo> {
    let mut good: BTreeSet<StepNo> = def
        .steps
        .iter()
        .filter(|s| s.shape == Shape::End)
        .map(|s| s.no)
        .collect();
    loop {
        let before = good.len();
        for step in &def.steps {
            if step.targets().any(|t| good.contains(&t)) {
                good.insert(step.no);
            }
        }
        if good.len() == before {
            return good;
        }
    }
}
