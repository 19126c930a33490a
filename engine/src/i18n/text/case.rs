//! A case: the flow table, the step panel and forms, deadlines, timeline, status.

use crate::i18n::section;

section!(FlowText {
    label: "Bagan alur SOP Izin Perluasan" / "Flow chart of the SOP",
    no: "No" / "No",
    activity: "Uraian Kegiatan" / "Activity",
    quality: "Mutu Baku (Persyaratan · Waktu · Output)" / "Standard (Inputs · Time · Output)",
    state_current: "langkah saat ini" / "current step",
    state_done: "selesai" / "done",
    state_todo: "belum" / "not yet",
    state_skipped: "dilewati" / "skipped",
    state_done_in: "selesai di" / "done in",
    no_time: "tanpa waktu baku" / "no time standard",
    minutes: "menit" / "minutes",
    hours: "jam" / "hours",
    working_days: "hari kerja" / "working days",
    branches: "Cabang" / "Branches",
});

section!(StepText {
    step: "Langkah" / "Step",
    of: "dari" / "of",
    actor: "Pelaksana" / "Actor",
    recorded_by: "dicatat oleh" / "recorded by",
    inputs: "Persyaratan/Kelengkapan" / "Inputs",
    output: "Output" / "Output",
    time: "Waktu baku" / "Time standard",
    legal: "Dasar hukum" / "Legal basis",
    note: "Keterangan" / "Note",
    complete: "Selesaikan langkah" / "Complete step",
    finished: "Semua langkah SOP untuk kasus ini sudah selesai." / "Every step of the SOP is done for this case.",
    fix_fields: "Ada isian yang perlu diperbaiki; lihat pesan di setiap kolom." / "Some fields need attention; see the message at each field.",
    choose_role: "Pilih peran dan isi nama Anda pada \"Bertindak sebagai\" untuk mengerjakan langkah." / "Choose a role and type your name under \"Acting as\" to work on a step.",
    not_your_turn: "Langkah ini bukan giliran peran Anda; Anda bertindak sebagai" / "This step is not your role's turn; you are acting as",
    waiting_for: "Giliran:" / "Turn of:",
    training_form_for_all: "Mode latihan: formulir ini ditampilkan untuk semua peran agar Anda dapat belajar dari kesalahan; Sopir tetap menolak peran yang salah dan menjelaskan alasannya." / "Training mode: this form is shown to every role so you can learn from mistakes; Sopir still refuses the wrong role and explains why.",
    outcome_effective: "Semua butir kesiapan dalam BAP \"siap\": setelah langkah ini Izin Perluasan berlaku efektif." / "Every readiness item in the BAP is \"siap\": after this step the permit is effective.",
    outcome_not_effective: "Ada butir kesiapan \"tidak siap\" dalam BAP: Izin Perluasan tetap belum berlaku efektif dan pemohon harus mengajukan verifikasi lagi." / "A readiness item in the BAP is \"tidak siap\": the permit stays not effective and the applicant must request verification again.",
});

section!(StaleText {
    completed_by: "sudah diselesaikan oleh" / "was already completed by",
    on: "pada" / "on",
    in_another_tab: "di tab lain" / "in another tab",
    in_another_copy: "di salinan lain (berkas yang diimpor)" / "in another copy (an imported file)",
    not_saved: "isian Anda tidak disimpan." / "your input was not saved.",
    moved: "Kasus ini telah berubah di tab atau berkas lain; kini berada di" / "This case changed in another tab or file; it is now at",
    finished: "akhir SOP (selesai)" / "the end of the SOP (finished)",
    copy_hint: "Isian Anda masih terlihat di bawah ini agar dapat disalin." / "Your input is still shown below so that it can be copied.",
    go_on: "Tutup isian ini dan lanjut ke langkah" / "Close this form and go on to step",
    close: "Tutup isian ini" / "Close this form",
    batal: "Tidak ada langkah yang dapat dikerjakan: Izin Perluasan ini batal karena komitmen tidak terpenuhi dalam jangka waktu (Permenperin 15/2019 Pasal 31), yang berakhir" / "No step can be done: this Izin Perluasan is void because the commitments were not met in time (Permenperin 15/2019 Pasal 31), a period that ended",
    batal_still: "Kasus ini tetap dapat dibaca, dicetak dan diekspor." / "The case can still be read, printed and exported.",
    conflict_a: "belum dapat dikerjakan: ada dua catatan berbeda untuk" / "cannot be done yet: there are two different records of",
    conflict_b: "Orang dengan peran langkah tersebut memilih catatan yang berlaku pada panel konflik; setelah itu kasus berlanjut." / "Someone with that step's role chooses the record that stands in the conflict panel; then the case goes on.",
    see_conflict: "Lihat konflik" / "See the conflict",
});

section!(FormText {
    choose: "— pilih —" / "— choose —",
    add_row: "Tambah baris" / "Add a row",
    remove_row: "Hapus baris" / "Remove row",
    add_member: "Tambah anggota" / "Add a member",
    add_inspector: "Tambah pemeriksa" / "Add an inspector",
    reason_when_returned: "Wajib diisi bila dikembalikan untuk perbaikan."
        / "Required when returned for correction.",
    dash_when_none: "Isi \"-\" bila tidak ada." / "Type \"-\" if there is none.",
    npwp_hint: "15 angka (99.999.999.9-999.999) atau 16 angka."
        / "15 digits (99.999.999.9-999.999) or 16 digits.",
    bap_heading: "Berita Acara Pemeriksaan (Lampiran III Permenperin 15/2019)"
        / "Inspection report (Lampiran III, Permenperin 15/2019)",
    bap_scale: "1. Skala usaha industri" / "1. Scale of the business",
    bap_readiness: "2. Kesiapan pelaksanaan kegiatan Perluasan" / "2. Readiness of the expansion",
    siap: "siap" / "ready (siap)",
    tidak_siap: "tidak siap" / "not ready (tidak siap)",
    kecil: "Kecil" / "Small",
    menengah: "Menengah" / "Medium",
    besar: "Besar" / "Large",
});

// The words of a deadline (`DeadlineStatus::words`, `dates::due_by`); `{n}` is a count
// of hari kerja.
section!(DeadlineText {
    due_by: "paling lambat" / "due by",
    left: "sisa {n} hari kerja" / "{n} working days left",
    left_one: "sisa 1 hari kerja" / "1 working day left",
    last_day: "hari ini hari terakhir" / "today is the last day",
    overdue: "lewat tenggat:" / "overdue:",
    late_by: "terlambat {n} hari kerja" / "{n} working days late",
    late_by_one: "terlambat 1 hari kerja" / "1 working day late",
    met_on: "terpenuhi" / "met on",
    late: "terlambat" / "late",
});

section!(TimelineText {
    heading: "Riwayat kasus" / "Case history",
    opened: "Kasus dibuka" / "Case opened",
    round: "putaran" / "round",
    conflict_resolved: "Konflik diselesaikan pada langkah" / "Conflict resolved at step",
    kept: "Catatan yang berlaku" / "Record kept",
    record_of: "catatan" / "the record of",
    kept_unknown: "catatan yang tidak ada dalam riwayat salinan ini" / "a record this copy's history does not hold",
    set_aside: "Catatan ini dikesampingkan karena konflik dengan catatan kantor lain; tetap disimpan dalam riwayat." / "This record was set aside in a conflict with another office's record; it stays in the history.",
});

section!(StatusText {
    heading: "Status izin dan tenggat" / "Permit status and deadlines",
    permit: "Izin Perluasan:" / "Expansion permit:",
    belum_efektif: "Belum berlaku efektif" / "Not yet effective",
    berlaku_efektif: "Berlaku efektif" / "Effective",
    batal: "Batal" / "Void (batal)",
    commitment: "Pemenuhan komitmen (3 bulan sejak IP)" / "Commitments (3 months from the IP)",
    inspection: "Pemeriksaan lapangan (10 hari kerja sejak permohonan SIINAS)" / "Field inspection (10 working days from the SIINAS request)",
    step_time: "Waktu baku langkah saat ini" / "Current step's time standard",
    void_title: "Izin Perluasan batal." / "The permit is void.",
    void_text: "Komitmen tidak terpenuhi dalam 3 bulan (Permenperin 15/2019 Pasal 31): perusahaan dilarang melakukan perluasan dan dapat dikenai sanksi administratif." / "The commitments were not met within 3 months (Permenperin 15/2019 Pasal 31): the company may not expand and may face administrative sanctions.",
    risk_title: "Tenggat komitmen tinggal sedikit." / "The commitment deadline is close.",
});

section!(CaseText {
    not_found: "Kasus tidak dapat dibuka" / "The case cannot be opened",
    back_to_list: "← Daftar Kasus" / "← Cases",
    identity: "Identitas perusahaan" / "Company",
    ip: "Izin Perluasan (OSS)" / "Expansion permit (OSS)",
    request: "Permohonan verifikasi (SIINAS)" / "Verification request (SIINAS)",
    flow: "Alur SOP" / "SOP flow",
    documents: "Dokumen" / "Documents",
    history_hash: "Hash riwayat (tercetak di setiap dokumen):"
        / "History hash (printed on every document):",
});

section!(ConflictText {
    heading: "Konflik pada langkah" / "Conflict at step",
    explain: "Dua catatan berbeda untuk langkah yang sama dibuat tanpa saling mengetahui (dari kantor atau tab lain). Pilih catatan yang berlaku; yang lain tetap tersimpan dalam riwayat. Hanya pelaksana langkah ini yang dapat memilih." / "Two different records of the same step were made without knowing of each other (another office or tab). Choose the record that stands; the other stays in the history. Only this step's actor can choose.",
    keep_this: "Pertahankan catatan ini" / "Keep this record",
    reason: "Alasan pemilihan" / "Reason for the choice",
});

section!(NewCaseText {
    intro: "Isi identitas perusahaan dari berkas permohonan. Setelah diperiksa kembali, kasus disimpan dan langkah 1 SOP dapat dicatat." / "Fill in the company's data from the application file. After a final check the case is saved and step 1 of the SOP can be recorded.",
    check: "Periksa kembali" / "Review",
    review: "Periksa kembali sebelum menyimpan" / "Check before saving",
    change: "Ubah" / "Change",
    save: "Simpan kasus" / "Save the case",
});
