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
    new_version: "Versi baru Sopir tersedia. Selesaikan dulu pekerjaan yang sedang diisi, lalu muat ulang." / "A new version of Sopir is available. Finish what you are filling in, then reload.",
    reload: "Muat ulang sekarang" / "Reload now",
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

section!(TimelineText {
    heading: "Riwayat kasus" / "Case history",
    opened: "Kasus dibuka" / "Case opened",
    round: "putaran" / "round",
    conflict_resolved: "Konflik diselesaikan pada langkah" / "Conflict resolved at step",
    kept: "Catatan yang berlaku" / "Record kept",
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

section!(StorageText {
    full_title: "Penyimpanan peramban penuh" / "Browser storage is full",
    export_now: "Ekspor semua kasus sekarang" / "Export all cases now",
    close: "Tutup" / "Close",
    unexported: "Perubahan belum diekspor" / "Changes not exported",
    used: "Penyimpanan terpakai" / "Storage used",
    kib_left: "KiB tersisa" / "KiB left",
    cases: "kasus" / "cases",
    almost_full: "Penyimpanan hampir penuh: ekspor dan arsipkan kasus yang sudah selesai." / "Storage is almost full: export and archive finished cases.",
    persistent_yes: "Penyimpanan permanen: diizinkan peramban." / "Persistent storage: granted by the browser.",
    persistent_no: "Penyimpanan permanen: tidak diizinkan; data dapat dihapus peramban bila ruang disk sempit. Ekspor secara berkala." / "Persistent storage: not granted; the browser may clear data when disk space is low. Export regularly.",
    problems: "Sopir menemukan data yang rusak saat dibuka dan memindahkannya ke karantina (tidak dihapus):" / "Sopir found damaged data when it opened and moved it aside (nothing was deleted):",
    leave_unexported: "Ada perubahan yang belum diekspor." / "There are changes that were not exported.",
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

section!(ActingText {
    heading: "Bertindak sebagai" / "Acting as",
    role: "Peran" / "Role",
    name: "Nama" / "Name",
    choose_role: "— pilih peran —" / "— choose a role —",
    missing: "Pilih peran dan isi nama Anda untuk mencatat langkah."
        / "Choose a role and type your name to record steps.",
});

section!(NewCaseText {
    intro: "Isi identitas perusahaan dari berkas permohonan. Setelah diperiksa kembali, kasus disimpan dan langkah 1 SOP dapat dicatat." / "Fill in the company's data from the application file. After a final check the case is saved and step 1 of the SOP can be recorded.",
    check: "Periksa kembali" / "Review",
    review: "Periksa kembali sebelum menyimpan" / "Check before saving",
    change: "Ubah" / "Change",
    save: "Simpan kasus" / "Save the case",
});

section!(ListText {
    company: "Perusahaan" / "Company",
    nib: "NIB" / "NIB",
    kbli: "KBLI" / "KBLI",
    step: "Langkah saat ini" / "Current step",
    permit: "Status izin" / "Permit",
    deadline: "Tenggat terdekat" / "Next deadline",
    opened: "Dibuka" / "Opened",
    waiting_since: "Menunggu sejak" / "Waiting since",
    finished: "Selesai" / "Finished",
    overdue_badge: "TERLAMBAT" / "OVERDUE",
    no_deadline: "tidak ada tenggat berjalan" / "no running deadline",
    kind_commitment: "Komitmen (3 bulan sejak IP)" / "Commitments (3 months from the IP)",
    kind_inspection: "Pemeriksaan lapangan (10 hari kerja)" / "Field inspection (10 working days)",
    kind_step: "Waktu baku langkah" / "Step time standard",
});

section!(DashboardText {
    empty: "Belum ada kasus." / "There are no cases yet.",
    new_case: "Buat kasus baru" / "Open a new case",
    summary_label: "Ringkasan" / "Summary",
    total: "Semua kasus" / "All cases",
    in_progress: "Sedang berjalan" / "In progress",
    overdue: "Terlambat" / "Overdue",
    effective: "Izin berlaku efektif" / "Permit effective",
    by_step: "Kasus menurut langkah saat ini" / "Cases by current step",
    by_permit: "Kasus menurut status Izin Perluasan" / "Cases by permit status",
    cases_col: "Jumlah kasus" / "Cases",
    finished_row: "Selesai" / "Finished",
    overdue_heading: "Kasus terlambat" / "Overdue cases",
    none_overdue: "Tidak ada kasus yang terlambat." / "No case is overdue.",
    more_overdue: "kasus terlambat lainnya tidak ditampilkan di sini; saring dengan \"Hanya yang terlambat\" di"
        / "more overdue cases are not shown here; filter with \"Overdue only\" in",
    overdue_since: "terlambat sejak" / "overdue since",
    durations: "Rata-rata lama setiap langkah" / "Average time per step",
    durations_note_a: "Hari kerja dari selesainya langkah sebelumnya (untuk langkah 1: dari dibukanya kasus) sampai selesainya langkah itu, rata-rata dari"
        / "Working days from the completion of the previous step (for step 1: from the opening of the case) to the completion of the step, averaged over",
    durations_note_b: "kasus yang sudah selesai. Langkah yang dikerjakan pada hari yang sama bernilai 0."
        / "finished cases. A step done on the same day counts as 0.",
    no_finished: "Belum ada kasus yang selesai; rata-rata tampil setelah kasus pertama selesai."
        / "No case has finished yet; averages appear once the first case is finished.",
    average_col: "Rata-rata (hari kerja)" / "Average (working days)",
    samples_col: "Dilalui" / "Times done",
    not_done: "belum pernah dilalui" / "never done",
});

section!(InboxText {
    no_role: "Anda belum memilih peran. Pilih peran dan isi nama Anda pada \"Bertindak sebagai\" di atas; di sini lalu tampil kasus yang menunggu peran itu."
        / "You have not chosen a role. Choose a role and type your name under \"Acting as\" above; the cases waiting for that role then appear here.",
    for_role: "Kasus yang menunggu" / "Cases waiting for",
    caption: "Tugas, yang terlambat dan tenggat terdekat lebih dulu" / "Tasks, overdue and earliest deadline first",
    empty: "Tidak ada kasus yang menunggu peran ini." / "No case is waiting for this role.",
    count: "kasus menunggu" / "cases waiting",
    of_which_overdue: "di antaranya terlambat:" / "overdue:",
    void_hidden: "kasus pada langkah peran ini tidak ditampilkan karena Izin Perluasannya batal (langkahnya tidak dapat dicatat lagi)."
        / "cases at this role's steps are not listed because their permit is void (no step can be recorded on them).",
    open: "Buka" / "Open",
});

section!(CaseListText {
    filters: "Cari, saring dan urutkan" / "Search, filter and sort",
    search: "Cari nama perusahaan, NIB atau KBLI" / "Search company, NIB or KBLI",
    all: "Semua" / "All",
    overdue_only: "Hanya yang terlambat" / "Overdue only",
    sort: "Urutkan menurut" / "Sort by",
    sort_company: "Nama perusahaan" / "Company name",
    sort_opened: "Tanggal dibuka" / "Date opened",
    sort_step: "Langkah saat ini" / "Current step",
    sort_deadline: "Tenggat terdekat (terlambat dulu)" / "Next deadline (overdue first)",
    order: "Arah" / "Order",
    ascending: "Naik" / "Ascending",
    descending: "Turun" / "Descending",
    clear: "Hapus saringan" / "Clear filters",
    found: "kasus ditemukan" / "cases found",
    of: "dari" / "of",
    caption: "Daftar kasus" / "Cases",
    none: "Tidak ada kasus yang cocok dengan pencarian dan saringan ini."
        / "No case matches this search and these filters.",
    pages: "Halaman daftar" / "List pages",
    page: "Halaman" / "Page",
    previous: "← Sebelumnya" / "← Previous",
    next: "Berikutnya →" / "Next →",
});

section!(SettingsText {
    intro: "Perubahan berlaku setelah tombol \"Simpan pengaturan\" ditekan." / "Changes apply once you press \"Save settings\".",
    office: "Kantor dan kop surat" / "Office and letterhead",
    office_name: "Nama kantor" / "Office name",
    letterhead: "Kop surat" / "Letterhead",
    letterhead_hint: "Satu baris kop per baris, dari atas ke bawah; dicetak di atas setiap surat dan BAP."
        / "One letterhead line per line, top to bottom; printed at the top of every letter and BAP.",
    sop: "Pelaksana dan waktu baku setiap langkah" / "Actor and time standard of each step",
    sop_intro: "Kolom pelaksana dan waktu dalam dokumen SOP tidak terbaca; nilai bawaan Sopir adalah perkiraan. Sesuaikan dengan praktik kantor."
        / "The SOP document's actor and time columns were unreadable; Sopir's defaults are estimates. Adjust them to the office's practice.",
    col_no: "No" / "No",
    col_activity: "Uraian Kegiatan" / "Activity",
    col_actor: "Pelaksana" / "Actor",
    col_time: "Waktu baku" / "Time standard",
    col_default: "Bawaan" / "Default",
    actor_of: "Pelaksana langkah" / "Actor of step",
    unit_of: "Satuan waktu baku langkah" / "Time unit of step",
    amount_of: "Jumlah waktu baku langkah" / "Time amount of step",
    is_default: "sesuai bawaan" / "as default",
    default_was: "bawaan:" / "default:",
    reset_step: "Kembalikan langkah" / "Reset step",
    reset_all: "Kembalikan semua langkah ke bawaan" / "Reset every step to its default",
    calendar: "Hari kerja" / "Working days",
    count_cuti: "Cuti bersama dihitung sebagai hari libur" / "Cuti bersama count as days off",
    days_off: "Hari libur tambahan kantor" / "Extra days off",
    days_off_hint: "Hari kantor tutup di luar daftar hari libur nasional dan cuti bersama." / "Days the office is closed besides the national holidays and cuti bersama.",
    working_days: "Hari kerja tambahan" / "Extra working days",
    working_days_hint: "Hari libur dalam daftar yang tetap masuk kerja (hanya Senin-Jumat yang berpengaruh)." / "Listed holidays the office works anyway (only Monday-Friday dates matter).",
    new_date: "Tanggal baru" / "New date",
    add: "Tambah" / "Add",
    remove: "Hapus" / "Remove",
    no_dates: "Belum ada tanggal." / "No dates yet.",
    duplicate: "Tanggal ini sudah ada dalam daftar." / "This date is already listed.",
    not_listed: "bukan hari libur dalam daftar; tidak mengubah perhitungan" / "not a listed holiday; changes nothing",
    language: "Bahasa antarmuka" / "Interface language",
    lang_id: "Bahasa Indonesia" / "Bahasa Indonesia",
    lang_en: "English" / "English",
    save: "Simpan pengaturan" / "Save settings",
    saved: "Pengaturan tersimpan." / "Settings saved.",
});

section!(PrintText {
    heading: "Cetak:" / "Print:",
    print: "Cetak" / "Print",
    back: "← Kembali ke kasus" / "← Back to the case",
    hint: "Kertas A4. Pada dialog cetak peramban, matikan \"Header dan footer\"."
        / "A4 paper. In the browser's print dialog, turn off \"Headers and footers\".",
    not_printable: "Jenis dokumen ini tidak memiliki bentuk cetak."
        / "This kind of document has no printable form.",
    not_ready_a: "Dokumen ini belum dapat dicetak: langkah"
        / "This document cannot be printed yet: step",
    not_ready_b: "belum selesai untuk kasus ini." / "is not done for this case yet.",
    preview: "Pratinjau dokumen" / "Document preview",
    struck: "(dicoret)" / "(struck out)",
});

// The letters are Indonesian legal forms: they print in Indonesian whatever the interface
// language, so both columns are the same text. `{key}` marks a value filled in.
section!(LetterText {
    place: "Pontianak" / "Pontianak",
    head_of: "Kepala" / "Kepala",
    on_behalf: "a.n." / "a.n.",
    blank_name: "(.............................................)" / "(.............................................)",
    nip: "NIP." / "NIP.",
    number: "Nomor" / "Nomor",
    nature: "Sifat" / "Sifat",
    nature_normal: "Biasa" / "Biasa",
    attachment: "Lampiran" / "Lampiran",
    attachment_one: "1 (satu) berkas" / "1 (satu) berkas",
    subject: "Hal" / "Hal",
    to: "Kepada" / "Kepada",
    from: "Dari" / "Dari",
    date: "Tanggal" / "Tanggal",
    honorific: "Yth." / "Yth.",
    at: "di -" / "di -",
    greeting: "Dengan hormat," / "Dengan hormat,",
    closing_thanks: "Demikian disampaikan, atas perhatian Bapak/Ibu diucapkan terima kasih."
        / "Demikian disampaikan, atas perhatian Bapak/Ibu diucapkan terima kasih.",
    closing_use: "Demikian disampaikan untuk dipergunakan sebagaimana mestinya."
        / "Demikian disampaikan untuk dipergunakan sebagaimana mestinya.",
    copies: "Tembusan:" / "Tembusan:",
    archive: "Pertinggal." / "Pertinggal.",
    footer_printed: "Dicetak dari Sopir" / "Dicetak dari Sopir",
    footer_case: "Kasus" / "Kasus",
    footer_hash: "Hash riwayat" / "Hash riwayat",
    nd_title: "NOTA DINAS" / "NOTA DINAS",
    nd_subject: "Permohonan Penugasan Verifikasi Teknis Izin Perluasan {company}"
        / "Permohonan Penugasan Verifikasi Teknis Izin Perluasan {company}",
    nd_request: "Bersama ini kami sampaikan bahwa {company} (NIB {nib}) yang berlokasi di {location} telah mengajukan permohonan verifikasi teknis Izin Perluasan melalui SIINAS Nomor {number} tanggal {date}."
        / "Bersama ini kami sampaikan bahwa {company} (NIB {nib}) yang berlokasi di {location} telah mengajukan permohonan verifikasi teknis Izin Perluasan melalui SIINAS Nomor {number} tanggal {date}.",
    nd_ip: "Izin Perluasan perusahaan tersebut diterbitkan melalui OSS dengan Nomor {number} tanggal {date} dan belum berlaku efektif sebelum seluruh komitmen dipenuhi."
        / "Izin Perluasan perusahaan tersebut diterbitkan melalui OSS dengan Nomor {number} tanggal {date} dan belum berlaku efektif sebelum seluruh komitmen dipenuhi.",
    nd_ask: "Sesuai {basis}, pemeriksaan lapangan dilaksanakan paling lambat {days} hari kerja sejak permohonan, yaitu tanggal {due}. Sehubungan dengan hal tersebut, kami mohon penugasan Tim Teknis untuk melaksanakan verifikasi teknis terhadap perusahaan tersebut."
        / "Sesuai {basis}, pemeriksaan lapangan dilaksanakan paling lambat {days} hari kerja sejak permohonan, yaitu tanggal {due}. Sehubungan dengan hal tersebut, kami mohon penugasan Tim Teknis untuk melaksanakan verifikasi teknis terhadap perusahaan tersebut.",
    st_title: "SURAT TUGAS" / "SURAT TUGAS",
    st_basis: "Dasar" / "Dasar",
    st_basis_regulation: "Peraturan Menteri Perindustrian Nomor 15 Tahun 2019 tentang Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik sebagaimana telah diubah dengan Peraturan Menteri Perindustrian Nomor 30 Tahun 2019;"
        / "Peraturan Menteri Perindustrian Nomor 15 Tahun 2019 tentang Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik sebagaimana telah diubah dengan Peraturan Menteri Perindustrian Nomor 30 Tahun 2019;",
    st_basis_request: "Permohonan verifikasi teknis Izin Perluasan dari {company} melalui SIINAS Nomor {number} tanggal {date};"
        / "Permohonan verifikasi teknis Izin Perluasan dari {company} melalui SIINAS Nomor {number} tanggal {date};",
    st_basis_note: "Nota Dinas Nomor {number} tanggal {date}." / "Nota Dinas Nomor {number} tanggal {date}.",
    st_orders: "MEMERINTAHKAN:" / "MEMERINTAHKAN:",
    st_col_no: "No" / "No",
    st_col_name: "Nama" / "Nama",
    st_col_nip: "NIP" / "NIP",
    st_col_role: "Keterangan" / "Keterangan",
    st_member: "Tim Teknis" / "Tim Teknis",
    st_for: "Untuk" / "Untuk",
    st_task_verify: "Melaksanakan verifikasi teknis Izin Perluasan terhadap {company} (NIB {nib}, KBLI {kbli}) yang beralamat di {location};"
        / "Melaksanakan verifikasi teknis Izin Perluasan terhadap {company} (NIB {nib}, KBLI {kbli}) yang beralamat di {location};",
    st_task_bap: "Melaksanakan pemeriksaan lapangan bila diperlukan dan menuangkan hasilnya dalam Berita Acara Pemeriksaan sesuai Lampiran III Peraturan Menteri Perindustrian Nomor 15 Tahun 2019;"
        / "Melaksanakan pemeriksaan lapangan bila diperlukan dan menuangkan hasilnya dalam Berita Acara Pemeriksaan sesuai Lampiran III Peraturan Menteri Perindustrian Nomor 15 Tahun 2019;",
    st_task_report: "Melaporkan hasil pelaksanaan tugas kepada pemberi tugas;" / "Melaporkan hasil pelaksanaan tugas kepada pemberi tugas;",
    st_task_care: "Melaksanakan tugas ini dengan penuh tanggung jawab." / "Melaksanakan tugas ini dengan penuh tanggung jawab.",
    st_issued_at: "Dikeluarkan di" / "Dikeluarkan di",
    st_issued_on: "Pada tanggal" / "Pada tanggal",
    bap_title: "BERITA ACARA PEMERIKSAAN" / "BERITA ACARA PEMERIKSAAN",
    bap_preamble: "Pada hari ini, {hari} tanggal {tanggal} bulan {bulan} tahun {tahun} yang bertanda tangan di bawah ini, sesuai dengan Peraturan Menteri {peraturan} tentang Ketentuan Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik serta permintaan pemeriksaan lapangan dari Perusahaan Industri yang bersangkutan Nomor {nomor} tanggal {tanggal_permintaan}, telah melaksanakan pemeriksaan lapangan terhadap:"
        / "Pada hari ini, {hari} tanggal {tanggal} bulan {bulan} tahun {tahun} yang bertanda tangan di bawah ini, sesuai dengan Peraturan Menteri {peraturan} tentang Ketentuan Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik serta permintaan pemeriksaan lapangan dari Perusahaan Industri yang bersangkutan Nomor {nomor} tanggal {tanggal_permintaan}, telah melaksanakan pemeriksaan lapangan terhadap:",
    bap_company: "Nama Perusahaan" / "Nama Perusahaan",
    bap_location: "Lokasi" / "Lokasi",
    bap_iui: "IUI" / "IUI",
    bap_kbli: "Kelompok Industri (KBLI)" / "Kelompok Industri (KBLI)",
    bap_npwp: "NPWP" / "NPWP",
    bap_purpose: "Pemeriksaan ini dilakukan sebagai persyaratan untuk memperoleh Izin Perluasan dengan hasil sebagai berikut:"
        / "Pemeriksaan ini dilakukan sebagai persyaratan untuk memperoleh Izin Perluasan dengan hasil sebagai berikut:",
    bap_scale: "Skala usaha Industri:" / "Skala usaha Industri:",
    bap_workforce: "Jumlah tenaga kerja" / "Jumlah tenaga kerja",
    bap_people: "orang" / "orang",
    bap_investment: "Nilai investasi" / "Nilai investasi",
    bap_class: "Klasifikasi IUI" / "Klasifikasi IUI",
    bap_kecil: "Kecil" / "Kecil",
    bap_menengah: "Menengah" / "Menengah",
    bap_besar: "Besar" / "Besar",
    bap_readiness: "Kesiapan pelaksanaan kegiatan Perluasan:" / "Kesiapan pelaksanaan kegiatan Perluasan:",
    bap_factory: "pembangunan pabrik Perluasan" / "pembangunan pabrik Perluasan",
    bap_facilities: "penyediaan sarana produksi Perluasan" / "penyediaan sarana produksi Perluasan",
    bap_trial: "produksi percobaan Perluasan" / "produksi percobaan Perluasan",
    bap_siap: "siap" / "siap",
    bap_tidak_siap: "tidak siap" / "tidak siap",
    bap_capacity_now: "Kapasitas Terpasang saat ini" / "Kapasitas Terpasang saat ini",
    bap_capacity_after: "Kapasitas Terpasang setelah Perluasan" / "Kapasitas Terpasang setelah Perluasan",
    bap_col_no: "No" / "No",
    bap_col_commodity: "Komoditi" / "Komoditi",
    bap_col_capacity: "Kapasitas Terpasang" / "Kapasitas Terpasang",
    bap_other: "Keterangan lain dalam pemeriksaan:" / "Keterangan lain dalam pemeriksaan:",
    bap_closing: "Demikian Berita Acara ini dibuat dengan sebenarnya." / "Demikian Berita Acara ini dibuat dengan sebenarnya.",
    bap_inspector: "Pemeriksa," / "Pemeriksa,",
    bap_representative: "Penanggung Jawab Perusahaan," / "Penanggung Jawab Perusahaan,",
    sp_to: "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat"
        / "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat",
    sp_subject: "Tembusan Berita Acara Pemeriksaan Verifikasi Teknis Izin Perluasan {company}"
        / "Tembusan Berita Acara Pemeriksaan Verifikasi Teknis Izin Perluasan {company}",
    sp_body: "Menindaklanjuti permohonan verifikasi teknis Izin Perluasan melalui SIINAS Nomor {number} tanggal {date}, bersama ini kami sampaikan tembusan Berita Acara Pemeriksaan Nomor {bap_number} tanggal {bap_date} atas perusahaan berikut:"
        / "Menindaklanjuti permohonan verifikasi teknis Izin Perluasan melalui SIINAS Nomor {number} tanggal {date}, bersama ini kami sampaikan tembusan Berita Acara Pemeriksaan Nomor {bap_number} tanggal {bap_date} atas perusahaan berikut:",
    sp_nib: "NIB" / "NIB",
    sp_ip: "Izin Perluasan (OSS)" / "Izin Perluasan (OSS)",
    sp_ip_value: "Nomor {number} tanggal {date}" / "Nomor {number} tanggal {date}",
    sp_ready: "Hasil verifikasi teknis: seluruh butir kesiapan pelaksanaan kegiatan Perluasan dinyatakan siap."
        / "Hasil verifikasi teknis: seluruh butir kesiapan pelaksanaan kegiatan Perluasan dinyatakan siap.",
    sp_not_ready: "Hasil verifikasi teknis: kesiapan pelaksanaan kegiatan Perluasan dinyatakan tidak siap pada butir {items}."
        / "Hasil verifikasi teknis: kesiapan pelaksanaan kegiatan Perluasan dinyatakan tidak siap pada butir {items}.",
});

section!(FilesText {
    export_heading: "Ekspor berkas kasus" / "Export case files",
    export_intro: "Berkas JSON berisi riwayat lengkap setiap kasus dan hash keutuhannya, untuk dikirim ke kantor lain (USB, surel) atau diarsipkan." / "A JSON file with every case's full history and its integrity hashes, to send to another office (USB stick, e-mail) or to archive.",
    export_all: "Ekspor semua kasus" / "Export all cases",
    export_selected: "Ekspor kasus terpilih" / "Export selected cases",
    export_one: "Ekspor kasus ini" / "Export this case",
    choose_cases: "Pilih kasus yang diekspor" / "Choose the cases to export",
    exported: "Berkas diunduh:" / "File downloaded:",
    nothing_to_export: "Belum ada kasus untuk diekspor." / "There are no cases to export.",
    import_heading: "Impor berkas kasus" / "Import a case file",
    import_intro: "Berkas diperiksa dulu (format, versi, SOP, keutuhan, riwayat); pratinjau menunjukkan apa yang berubah per kasus, dan tidak ada yang disimpan sebelum Anda menyetujuinya." / "The file is checked first (format, version, SOP, integrity, history); a preview shows what changes per case, and nothing is saved until you confirm.",
    pick: "Pilih berkas JSON" / "Choose a JSON file",
    or_drop: "atau seret dan lepas berkas ke kotak ini." / "or drag and drop the file into this box.",
    unreadable: "Berkas tidak dapat dibaca sebagai teks." / "The file cannot be read as text.",
    refused: "Berkas tidak diimpor; tidak ada yang diubah." / "The file was not imported; nothing was changed.",
    preview: "Pratinjau impor:" / "Import preview:",
    preview_caption: "Apa yang terjadi pada setiap kasus dalam berkas" / "What happens to each case in the file",
    company: "Perusahaan" / "Company",
    what_happens: "Hasil impor" / "Result",
    row_new: "Kasus baru" / "New case",
    row_identical: "Sama dengan yang tersimpan" / "Identical to the stored one",
    row_older: "Tersimpan di sini lebih baru; tidak ada yang ditambahkan" / "The copy here is newer; nothing to add",
    row_merge: "Digabung: bertambah" / "Merged: adds",
    events: "kejadian" / "events",
    row_conflicts: "konflik perlu diselesaikan" / "conflicts to resolve",
    blocked: "Impor diblokir: ada kasus yang tidak dapat diimpor (lihat tabel)." / "Import blocked: a case cannot be imported (see the table).",
    cancel: "Batal" / "Cancel",
    confirm: "Impor sekarang" / "Import now",
    imported: "Impor selesai. Kasus dalam berkas:" / "Import done. Cases in the file:",
});

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

section!(TrainingText {
    banner: "MODE LATIHAN - data contoh, bukan data resmi" / "TRAINING MODE - sample data, not official records",
    leave: "Keluar dari mode latihan" / "Leave training mode",
    enter: "Masuk mode latihan" / "Enter training mode",
    intro: "Mode latihan memakai data contoh di tempat penyimpanan terpisah: perusahaan fiktif di Kalimantan Barat dengan kasus di setiap langkah SOP. Data resmi tidak tersentuh dan kembali utuh saat Anda keluar." / "Training mode uses sample data in a separate storage: fictional companies in West Kalimantan with cases at every step of the SOP. The real data is not touched and is back as it was when you leave.",
    start_guide: "Mulai panduan langkah demi langkah" / "Start the step-by-step guide",
    guide_intro: "Sebuah kasus latihan baru dibuat dan Anda dipandu melalui ke-20 langkah: apa yang terjadi dan mengapa, siapa pelaksananya, dokumen, dasar hukum dan kesalahan umum." / "A new training case is made and you are led through all 20 steps: what happens and why, who acts, the documents, the legal basis and common mistakes.",
    reset: "Atur ulang data contoh" / "Reset the sample data",
    reset_confirm: "Semua kasus latihan diganti dengan data contoh baru. Data resmi tidak berubah. Lanjutkan?" / "Every training case is replaced by fresh sample data. The real data does not change. Go on?",
    reset_done: "Data contoh telah diatur ulang." / "The sample data has been reset.",
    reference: "Referensi SOP" / "SOP reference",
    samples: "Lihat kasus contoh" / "See the sample cases",
    copy_to_real: "Salin sebagai kasus resmi baru" / "Copy as a new real case",
    copied: "Disalin ke data resmi sebagai kasus baru (tanpa riwayat latihan). Keluar dari mode latihan untuk membukanya." / "Copied to the real data as a new case (without the training history). Leave training mode to open it.",
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

section!(AgendaText {
    heading: "Buku Agenda" / "Letter register",
    intro: "Buku agenda surat masuk dan surat keluar (SOP: Pencatatan dan Pendataan). Setiap surat dalam alur mendapat nomornya dari buku ini, per kantor, per tahun dan per arah, tanpa loncatan atau nomor ganda." / "The register of incoming and outgoing letters (the SOP's record keeping). Every letter of the flow takes its number from it, per office, year and direction, with no gaps or duplicates.",
    incoming_legend: "Buku agenda surat masuk" / "Incoming-letter register",
    outgoing_legend: "Buku agenda surat keluar" / "Outgoing-letter register",
    seq_hint: "Nomor urut berikutnya sudah diisi; ubah hanya bila buku kertas memakai nomor lain." / "The next free number is filled in; change it only if the paper book used another.",
    number_will_be: "Nomor surat:" / "Letter number:",
    year: "Tahun" / "Year",
    direction: "Arah" / "Direction",
    all: "Semua" / "All",
    incoming: "Masuk" / "Incoming",
    outgoing: "Keluar" / "Outgoing",
    case: "Kasus" / "Case",
    search: "Cari nomor, asal, tujuan atau perihal" / "Search number, sender, recipient or subject",
    caption: "Surat dalam buku agenda" / "Letters in the register",
    number: "Nomor agenda" / "Agenda number",
    date: "Tanggal" / "Date",
    from: "Dari" / "From",
    to: "Kepada" / "To",
    subject: "Perihal" / "Subject",
    step: "Langkah" / "Step",
    office: "Kantor" / "Office",
    none: "Belum ada surat dalam buku agenda untuk pilihan ini." / "No letters in the register for this choice.",
    print: "Cetak buku agenda" / "Print the register",
    csv: "Unduh CSV" / "Download CSV",
    format_keluar: "Format nomor surat keluar" / "Outgoing number format",
    format_masuk: "Format nomor agenda surat masuk" / "Incoming number format",
    format_hint: "{nomor} = nomor urut (3 angka), {tahun} = tahun." / "{nomor} = running number (3 digits), {tahun} = year.",
});
