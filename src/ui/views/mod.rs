//! One module per addressable view.

pub mod agenda;
pub mod beranda;
pub mod cells;
pub mod conflicts;
pub mod daftar;
pub mod impor_ekspor;
pub mod kasus;
pub mod kasus_baru;
pub mod latihan;
pub mod pengaturan;
pub mod referensi;
pub mod tugas;
