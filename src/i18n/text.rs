//! The texts, by area. `"Bahasa Indonesia" / "English"`.

use super::section;

section!(AppText {
    name: "Sopir" / "Sopir",
    subtitle: "Izin Perluasan" / "Expansion Permit",
    office: "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat"
        / "Department of Industry, Trade, Energy and Mineral Resources, West Kalimantan Province",
    footer_version: "Versi" / "Version",
    coming_soon: "Bagian ini sedang disiapkan." / "This area is being prepared.",
    language: "Bahasa" / "Language",
});

section!(NavText {
    label: "Navigasi utama" / "Main navigation",
    beranda: "Beranda" / "Dashboard",
    tugas_saya: "Tugas Saya" / "My Tasks",
    daftar_kasus: "Daftar Kasus" / "Cases",
    kasus_baru: "Kasus Baru" / "New Case",
    impor_ekspor: "Impor/Ekspor" / "Import/Export",
    pengaturan: "Pengaturan" / "Settings",
    latihan: "Latihan" / "Training",
});

section!(FlowText {
    label: "Bagan alur SOP Izin Perluasan" / "Flow chart of the SOP",
    no: "No" / "No",
    activity: "Uraian Kegiatan" / "Activity",
    quality: "Mutu Baku (Persyaratan · Waktu · Output)" / "Standard (Inputs · Time · Output)",
    state_current: "langkah saat ini" / "current step",
    state_done: "selesai" / "done",
    state_todo: "belum" / "not yet",
    no_time: "tanpa waktu baku" / "no time standard",
    minutes: "menit" / "minutes",
    hours: "jam" / "hours",
    working_days: "hari kerja" / "working days",
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
    outcome_effective: "Semua butir kesiapan dalam BAP \"siap\": setelah langkah ini Izin Perluasan berlaku efektif." / "Every readiness item in the BAP is \"siap\": after this step the permit is effective.",
    outcome_not_effective: "Ada butir kesiapan \"tidak siap\" dalam BAP: Izin Perluasan tetap belum berlaku efektif dan pemohon harus mengajukan verifikasi lagi." / "A readiness item in the BAP is \"tidak siap\": the permit stays not effective and the applicant must request verification again.",
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

section!(DeadlineText {
    due: "jatuh tempo" / "due",
    left: "sisa" / "left:",
    working_days: "hari kerja" / "working days",
    overdue_since: "terlambat sejak" / "overdue since",
    met_on: "terpenuhi" / "met on",
    late: "terlambat" / "late",
});
