//! The training mode: the guide and the SOP reference.

use crate::i18n::section;

section!(GuideUiText {
    heading: "Panduan latihan" / "Training guide",
    progress: "Kemajuan latihan" / "Training progress",
    why: "Mengapa:" / "Why:",
    act_as: "Bertindak sebagai" / "Act as",
    documents_in: "Dokumen masuk:" / "Documents in:",
    documents_out: "Dokumen keluar:" / "Documents out:",
    common_mistake: "Kesalahan umum:" / "Common mistake:",
    choose_this_time: "Pada latihan ini pilih:" / "In this run choose:",
    explained: "Penjelasan:" / "Explanation:",
    because: "Di langkah ini yang bertindak adalah" / "At this step the one who acts is",
    common_mistake_here: "Kesalahan umum di langkah ini:" / "A common mistake at this step:",
    summary: "Ringkasan latihan" / "Training summary",
    path: "Jalur yang ditempuh" / "Path taken",
    time: "Waktu" / "Time spent",
    minutes: "menit" / "minutes",
    mistakes: "Kesalahan" / "Mistakes",
    again_other_branch: "Latihan lagi dengan cabang lain:" / "Train again on the other branch:",
    back: "Kembali ke Latihan" / "Back to Training",
    trainee_case: "kasus latihan" / "training case",
    trainee: "Peserta latihan" / "Trainee",
});

section!(ReferenceText {
    heading: "Referensi SOP Izin Perluasan" / "SOP reference: Izin Perluasan",
    number: "Nomor SOP" / "SOP number",
    dates: "Tanggal pembuatan / revisi / efektif" / "Made / revised / effective",
    approved: "Disahkan oleh" / "Approved by",
    legal_basis: "Dasar hukum" / "Legal basis",
    qualifications: "Kualifikasi pelaksana" / "Qualifications",
    related: "Keterkaitan" / "Related SOPs",
    equipment: "Peralatan/perlengkapan" / "Equipment",
    warning: "Peringatan" / "Warning",
    records: "Pencatatan dan pendataan" / "Record keeping",
    steps: "Langkah-langkah" / "Steps",
    deadlines: "Tenggat hukum" / "Legal deadlines",
    inspection_deadline: "Pemeriksaan lapangan paling lama (hari kerja sejak permohonan SIINAS):"
        / "Field inspection at most (working days from the SIINAS request):",
    commitment_deadline: "Seluruh komitmen paling lama (bulan sejak Izin Perluasan):"
        / "All commitments at most (months from the permit):",
});
