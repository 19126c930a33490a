use super::*;

pub const STRINGS: Strings = Strings {
    app: AppStrings {
        name: "Sopir",
        subtitle: "Izin Perluasan",
        office: "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat",
        footer_version: "Versi",
        coming_soon: "Bagian ini sedang disiapkan.",
        language: "Bahasa",
    },
    nav: NavStrings {
        label: "Navigasi utama",
        beranda: "Beranda",
        tugas_saya: "Tugas Saya",
        daftar_kasus: "Daftar Kasus",
        kasus_baru: "Kasus Baru",
        impor_ekspor: "Impor/Ekspor",
        pengaturan: "Pengaturan",
        latihan: "Latihan",
    },
};
