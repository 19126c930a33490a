//! Tests of the letters' content (src/ui/print/model.rs).

use super::*;
use crate::core::sample::Choices;
use crate::testkit::{sop, utc, Walk};

fn office() -> Office {
    Office {
        name: "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat".into(),
        letterhead: vec!["PEMERINTAH PROVINSI KALIMANTAN BARAT".into(), "  ".into(), "DINAS X".into()],
    }
}

/// Sample case 0 opened Monday 6 January 2025 08.00 WIB, waiting at step `at`.
fn at(step: StepNo, choices: Choices) -> CaseState {
    Walk::open(0, utc(2025, 1, 6, 1))
        .to(step, choices)
        .case
        .state()
        .clone()
}

fn make(kind: &str, state: &CaseState) -> Result<Document, Unavailable> {
    build(kind, state, sop(), &Calendar::standard(), &office())
}

#[test]
fn a_document_waits_for_its_step() {
    let state = at(5, Choices::default());
    assert_eq!(make("nota_dinas", &state), Err(Unavailable::StepNotDone(5)));
    assert_eq!(
        make("surat_tugas", &state),
        Err(Unavailable::StepNotDone(6))
    );
    assert_eq!(make("bap", &state), Err(Unavailable::StepNotDone(11)));
    assert_eq!(
        make("surat_pengantar", &state),
        Err(Unavailable::StepNotDone(12))
    );
    assert_eq!(make("lain", &state), Err(Unavailable::UnknownKind));
    // The Surat Tugas exists after step 6, but names the team assigned at step 7.
    assert_eq!(
        make("surat_tugas", &at(7, Choices::default())),
        Err(Unavailable::StepNotDone(7))
    );
}

#[test]
fn the_kop_skips_blank_lines_and_falls_back_to_the_office() {
    assert_eq!(
        office().kop(sop()),
        ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS X"]
    );
    let bare = Office {
        name: "Dinas Y".into(),
        letterhead: vec![],
    };
    assert_eq!(
        bare.kop(sop()),
        ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS Y"]
    );
}

#[test]
fn the_nota_dinas_asks_the_kabid_for_the_assignment() {
    let state = at(6, Choices::default());
    let Ok(Document::NotaDinas(nd)) = make("nota_dinas", &state) else {
        panic!()
    };
    assert_eq!(
        nd.header[0],
        ("Kepada", "Yth. Kepala Bidang Perindustrian".to_string())
    );
    assert_eq!(nd.header[1], ("Dari", "Operator".to_string()));
    assert_eq!(nd.header[2], ("Tanggal", "6 Januari 2025".to_string()));
    let text = nd.paragraphs.join("\n");
    assert!(
        text.contains("PT Sawit Kapuas Lestari (NIB 9120000000000)"),
        "{text}"
    );
    assert!(
        text.contains("melalui SIINAS Nomor SIINAS/VT/000000/1 tanggal 6 Januari 2025"),
        "{text}"
    );
    // 10 working days from Monday 6 January 2025: Monday 20 January, in the words the
    // case page uses for that deadline.
    assert!(
        text.contains(
            "dalam 10 hari kerja sejak permohonan, paling lambat Senin, 20 Januari 2025."
        ),
        "{text}"
    );
    assert!(!text.contains('{'), "{text}");
    assert_eq!(nd.signature.name.as_deref(), Some("Petugas operator"));
}

#[test]
fn the_surat_tugas_lists_the_team_and_the_task() {
    let state = at(8, Choices::default());
    let Ok(Document::SuratTugas(st)) = make("surat_tugas", &state) else {
        panic!()
    };
    let names: Vec<&str> = st.team.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, crate::core::sample::TEAM);
    assert_eq!(
        st.number,
        state
            .document("surat_tugas")
            .unwrap()
            .number
            .clone()
            .unwrap()
    );
    assert_eq!(st.bases.len(), 3, "regulation, SIINAS request, Nota Dinas");
    assert!(st.tasks[0].contains("PT Sawit Kapuas Lestari (NIB 9120000000000, KBLI 10431) yang beralamat di Jl. Raya Sanggau-Sekadau Km 12, Kabupaten Sanggau"), "{}", st.tasks[0]);
    assert_eq!(
        st.signature.titles,
        [
            "a.n. Kepala Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat,",
            "Kepala Bidang Perindustrian,"
        ]
    );
    assert_eq!(st.signature.name.as_deref(), Some("Petugas kabid"));
    assert_eq!(st.issued[0], ("Dikeluarkan di", "Pontianak".to_string()));
}

#[test]
fn a_bap_without_field_inspection_states_a_document_verification() {
    let without = Choices {
        inspection: false,
        ..Choices::default()
    };
    let state = at(12, without);
    assert_eq!(state.round().decision.as_ref().map(|d| d.0), Some(false));
    let Ok(Document::Bap(doc)) = make("bap", &state) else {
        panic!()
    };
    assert!(!doc
        .preamble
        .contains("telah melaksanakan pemeriksaan lapangan"));
    assert!(doc.preamble.ends_with(
        "telah melaksanakan verifikasi teknis berdasarkan pemeriksaan dokumen, tanpa \
         pemeriksaan lapangan, terhadap:"
    ));
    // The request is still the company's request for inspection (Lampiran III's words).
    assert!(doc
        .preamble
        .contains("serta permintaan pemeriksaan lapangan dari Perusahaan Industri"));
    let reason = state
        .round()
        .decision
        .as_ref()
        .unwrap()
        .1
        .trim_end_matches('.');
    assert!(doc.other_notes.starts_with(&format!(
        "Pemeriksaan lapangan tidak dilaksanakan karena Tim Teknis memutuskan tidak \
         diperlukan: {reason}. Hasil di atas berdasarkan pemeriksaan dokumen."
    )));
    // Lampiran III's structure stays: the same subject lines, results and signatures.
    let with = make("bap", &at(12, Choices::default())).unwrap();
    let Document::Bap(with) = with else { panic!() };
    assert_eq!(doc.subject.len(), with.subject.len());
    assert_eq!(doc.readiness.len(), with.readiness.len());
    assert_eq!(doc.inspectors.len(), 4);
    assert!(with
        .preamble
        .ends_with("telah melaksanakan pemeriksaan lapangan terhadap:"));
}

#[test]
fn the_bap_follows_lampiran_iii() {
    let state = at(
        12,
        Choices {
            ready: false,
            ..Choices::default()
        },
    );
    let Ok(Document::Bap(doc)) = make("bap", &state) else {
        panic!()
    };
    assert_eq!(
        doc.preamble,
        "Pada hari ini, Senin tanggal Enam bulan Januari tahun Dua Ribu Dua Puluh Lima yang \
         bertanda tangan di bawah ini, sesuai dengan Peraturan Menteri Nomor 15 Tahun 2019 \
         sebagaimana telah diubah dengan Peraturan Menteri Perindustrian Nomor 30 Tahun 2019 \
         tentang Ketentuan Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka \
         Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik serta permintaan \
         pemeriksaan lapangan dari Perusahaan Industri yang bersangkutan Nomor \
         SIINAS/VT/000000/1 tanggal 6 Januari 2025, telah melaksanakan pemeriksaan lapangan \
         terhadap:"
    );
    let labels: Vec<&str> = doc.subject.iter().map(|(l, _)| *l).collect();
    assert_eq!(
        labels,
        [
            "Nama Perusahaan",
            "Lokasi",
            "IUI",
            "Kelompok Industri (KBLI)",
            "NPWP"
        ]
    );
    // The sample is "Besar"; the other two classes are struck.
    assert_eq!(
        doc.classification,
        [("Kecil", false), ("Menengah", false), ("Besar", true)]
    );
    // Trial production "tidak siap"; the others "siap".
    assert_eq!(doc.readiness[0].1, [("siap", true), ("tidak siap", false)]);
    assert_eq!(
        doc.readiness[2],
        (
            "produksi percobaan Perluasan",
            vec![("siap", false), ("tidak siap", true)]
        )
    );
    assert_eq!(
        doc.capacity_now,
        [(
            "Minyak Kelapa Sawit (CPO)".to_string(),
            "90.000 ton/tahun".to_string()
        )]
    );
    assert_eq!(doc.capacity_after[0].1, "150.000 ton/tahun");
    assert_eq!(doc.investment, "Rp 25.000.000.000");
    assert_eq!(doc.place_date, "Pontianak, 6 Januari 2025");
    // Three inspectors named, the fourth block blank.
    assert_eq!(doc.inspectors.len(), 4);
    assert_eq!(doc.inspectors[3], None);
    assert_eq!(doc.inspectors[0].as_deref(), Some("Ir. Dedi Kurniawan"));
}

#[test]
fn the_surat_pengantar_carries_the_bap_to_dpmptsp() {
    let choices = Choices {
        ready: false,
        ..Choices::default()
    };
    let before = at(14, choices);
    let Ok(Document::SuratPengantar(sp)) = make("surat_pengantar", &before) else {
        panic!()
    };
    assert_eq!(sp.to[1], "Yth. Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat");
    let bap = before.latest_bap().unwrap();
    assert!(
        sp.body.contains(&format!(
            "Berita Acara Pemeriksaan Nomor {} tanggal 6 Januari 2025",
            bap.number
        )),
        "{}",
        sp.body
    );
    assert!(
        sp.result
            .contains("tidak siap pada butir produksi percobaan Perluasan"),
        "{}",
        sp.result
    );
    // The Kepala Dinas signs in their own name; unknown until step 14 is recorded.
    assert_eq!(
        sp.signature.titles,
        ["Kepala Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat,"]
    );
    assert_eq!(sp.signature.name, None);
    let after = at(15, choices);
    let Ok(Document::SuratPengantar(sp)) = make("surat_pengantar", &after) else {
        panic!()
    };
    assert_eq!(sp.signature.name.as_deref(), Some("Petugas kadis"));
    let ready = at(15, Choices::default());
    let Ok(Document::SuratPengantar(sp)) = make("surat_pengantar", &ready) else {
        panic!()
    };
    assert!(sp.result.ends_with("dinyatakan siap."));
}
