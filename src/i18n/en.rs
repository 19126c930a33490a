use super::*;

pub const STRINGS: Strings = Strings {
    app: AppStrings {
        name: "Sopir",
        subtitle: "Expansion Permit",
        office:
            "Department of Industry, Trade, Energy and Mineral Resources, West Kalimantan Province",
        footer_version: "Version",
        coming_soon: "This area is being prepared.",
        language: "Language",
    },
    nav: NavStrings {
        label: "Main navigation",
        beranda: "Dashboard",
        tugas_saya: "My Tasks",
        daftar_kasus: "Cases",
        kasus_baru: "New Case",
        impor_ekspor: "Import/Export",
        pengaturan: "Settings",
        latihan: "Training",
    },
};
