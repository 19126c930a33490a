//! The app shell: header, navigation, acting-as, storage, training banner.

use crate::i18n::section;

section!(AppText {
    name: "Sopir" / "Sopir",
    subtitle: "Izin Perluasan" / "Expansion Permit",
    office: "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat"
        / "Department of Industry, Trade, Energy and Mineral Resources, West Kalimantan Province",
    footer_version: "Versi" / "Version",
    not_found: "Halaman tidak ditemukan" / "Page not found",
    not_found_text: "Tidak ada halaman Sopir di alamat ini:" / "Sopir has no page at this address:",
    not_found_link: "Kembali ke Beranda" / "Back to the Dashboard",
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

section!(ActingText {
    heading: "Bertindak sebagai" / "Acting as",
    role: "Peran" / "Role",
    name: "Nama" / "Name",
    choose_role: "— pilih peran —" / "— choose a role —",
    missing: "Pilih peran dan isi nama Anda untuk mencatat langkah."
        / "Choose a role and type your name to record steps.",
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
