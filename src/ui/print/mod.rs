//! Printable documents generated from a case (A4, print CSS): Surat Tugas, Nota Dinas, the
//! BAP in the Lampiran III layout, and the Surat Pengantar to DPMPTSP Kalbar.

/// Document kinds that have a printable layout.
pub const PRINTABLE: [&str; 4] = ["surat_tugas", "nota_dinas", "bap", "surat_pengantar"];

pub fn printable(kind: &str) -> bool {
    PRINTABLE.contains(&kind)
}

mod docs;
mod page;

pub use page::PrintPage;
