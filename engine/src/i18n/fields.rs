//! Labels of form fields, by the core's field key. List rows (`members.0.name`) share the
//! label of their pattern (`members.*.name`), numbered for the person reading it.

use super::Lang;

/// (pattern, Bahasa Indonesia, English)
const LABELS: &[(&str, &str, &str)] = &[
    // Identity (Kasus Baru)
    ("company", "Nama perusahaan", "Company name"),
    (
        "nib",
        "NIB (Nomor Induk Berusaha, 13 angka)",
        "NIB (business id, 13 digits)",
    ),
    ("npwp", "NPWP", "NPWP (tax id)"),
    ("iui_number", "Nomor IUI", "IUI number"),
    (
        "kbli",
        "KBLI (kelompok industri, 5 angka)",
        "KBLI (industry code, 5 digits)",
    ),
    ("address", "Alamat lokasi pabrik", "Factory address"),
    ("regency", "Kabupaten/Kota", "Regency/City"),
    ("commodities", "Komoditi", "Commodities"),
    ("commodities.*.name", "Komoditi", "Commodity"),
    ("commodities.*.unit", "Satuan", "Unit"),
    (
        "commodities.*.capacity_before",
        "Kapasitas terpasang saat ini",
        "Installed capacity now",
    ),
    (
        "commodities.*.capacity_after",
        "Kapasitas setelah perluasan",
        "Capacity after expansion",
    ),
    ("workforce", "Jumlah tenaga kerja", "Workforce"),
    ("investment", "Nilai investasi (Rp)", "Investment (Rp)"),
    (
        "responsible_person",
        "Penanggung jawab perusahaan",
        "Company's responsible person",
    ),
    // Step forms
    ("number", "Nomor", "Number"),
    ("date", "Tanggal", "Date"),
    ("note", "Catatan", "Note"),
    (
        "notified_on",
        "Tanggal notifikasi SIINAS",
        "SIINAS notification date",
    ),
    (
        "received_on",
        "Tanggal berkas diterima",
        "Date the file was received",
    ),
    ("instruction", "Isi disposisi", "Disposition"),
    (
        "surat_tugas_number",
        "Nomor Surat Tugas",
        "Surat Tugas number",
    ),
    (
        "surat_tugas_date",
        "Tanggal Surat Tugas",
        "Surat Tugas date",
    ),
    ("members", "Anggota Tim Teknis", "Technical team members"),
    ("members.*.name", "Nama anggota", "Member's name"),
    ("members.*.nip", "NIP (bila ada)", "NIP (if any)"),
    ("findings", "Hasil pemeriksaan", "Findings"),
    (
        "needed",
        "Perlu pemeriksaan lapangan?",
        "Field inspection needed?",
    ),
    ("reason", "Alasan", "Reason"),
    ("location", "Lokasi yang diperiksa", "Location inspected"),
    (
        "complete",
        "Hasil pemeriksaan kelengkapan",
        "Completeness check result",
    ),
    ("signed_on", "Tanggal ditandatangani", "Date signed"),
    ("to", "Ditujukan kepada", "Addressed to"),
    (
        "uploaded_on",
        "Tanggal unggah BAP ke SIINAS",
        "Date the BAP was uploaded to SIINAS",
    ),
    (
        "tembusan_sent_on",
        "Tanggal tembusan dikirim ke DPMPTSP",
        "Date the copy was sent to DPMPTSP",
    ),
    // Buku agenda
    (
        "agenda_keluar",
        "Format nomor surat keluar",
        "Outgoing number format",
    ),
    (
        "agenda_masuk",
        "Format nomor agenda surat masuk",
        "Incoming number format",
    ),
    ("agenda", "Surat buku agenda", "Register letter"),
    ("agenda.seq", "Nomor urut agenda", "Running number"),
    ("agenda.number", "Nomor surat", "Letter number"),
    ("agenda.date", "Tanggal surat", "Letter date"),
    ("agenda.from", "Dari", "From"),
    ("agenda.to", "Kepada", "To"),
    ("agenda.subject", "Perihal", "Subject"),
    // Corrections (koreksi)
    (
        "correction.reason",
        "Alasan koreksi",
        "Reason for the correction",
    ),
    // BAP (Lampiran III)
    ("bap.number", "Nomor BAP", "BAP number"),
    ("bap.date", "Tanggal pemeriksaan", "Inspection date"),
    ("bap.place", "Tempat penandatanganan", "Place of signing"),
    (
        "bap.regulation",
        "Peraturan Menteri (Nomor ... Tahun ...)",
        "Ministerial regulation",
    ),
    (
        "bap.request_number",
        "Nomor permintaan pemeriksaan",
        "Inspection request number",
    ),
    (
        "bap.request_date",
        "Tanggal permintaan pemeriksaan",
        "Inspection request date",
    ),
    ("bap.company", "Nama Perusahaan", "Company name"),
    ("bap.location", "Lokasi", "Location"),
    ("bap.iui_number", "IUI", "IUI"),
    (
        "bap.kbli",
        "Kelompok Industri (KBLI)",
        "Industry group (KBLI)",
    ),
    ("bap.npwp", "NPWP", "NPWP"),
    ("bap.workforce", "a. Jumlah tenaga kerja", "a. Workforce"),
    (
        "bap.investment",
        "b. Nilai investasi (Rp)",
        "b. Investment (Rp)",
    ),
    (
        "bap.classification",
        "c. Klasifikasi IUI",
        "c. IUI classification",
    ),
    (
        "bap.factory_construction",
        "a. Pembangunan pabrik Perluasan",
        "a. Construction of the expansion plant",
    ),
    (
        "bap.production_facilities",
        "b. Penyediaan sarana produksi Perluasan",
        "b. Production facilities",
    ),
    (
        "bap.trial_production",
        "c. Produksi percobaan Perluasan",
        "c. Trial production",
    ),
    (
        "bap.capacity_now",
        "3. Kapasitas terpasang saat ini",
        "3. Installed capacity now",
    ),
    (
        "bap.capacity_after",
        "4. Kapasitas terpasang setelah Perluasan",
        "4. Installed capacity after expansion",
    ),
    ("bap.capacity_now.*.commodity", "Komoditi", "Commodity"),
    (
        "bap.capacity_now.*.capacity",
        "Kapasitas terpasang",
        "Installed capacity",
    ),
    ("bap.capacity_now.*.unit", "Satuan", "Unit"),
    ("bap.capacity_after.*.commodity", "Komoditi", "Commodity"),
    (
        "bap.capacity_after.*.capacity",
        "Kapasitas terpasang",
        "Installed capacity",
    ),
    ("bap.capacity_after.*.unit", "Satuan", "Unit"),
    (
        "bap.other_notes",
        "5. Keterangan lain dalam pemeriksaan",
        "5. Other notes",
    ),
    ("bap.inspectors", "Pemeriksa", "Inspectors"),
    ("bap.inspectors.*", "Nama pemeriksa", "Inspector's name"),
    (
        "bap.company_representative",
        "Penanggung Jawab Perusahaan",
        "Company representative",
    ),
];

/// The label for a field key; list rows get their row number ("Nama anggota 2").
pub fn field_label(key: &str, lang: Lang) -> String {
    let mut row = None;
    let pattern: Vec<&str> = key
        .split('.')
        .map(|part| match part.parse::<usize>() {
            Ok(i) => {
                row = Some(i + 1);
                "*"
            }
            Err(_) => part,
        })
        .collect();
    let pattern = pattern.join(".");
    let label = LABELS
        .iter()
        .find(|(p, ..)| *p == pattern)
        .map(|(_, id, en)| if lang == Lang::En { *en } else { *id })
        .unwrap_or(key);
    match row {
        Some(n) => format!("{label} {n}"),
        None => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_numbered_and_every_pattern_is_distinct() {
        assert_eq!(field_label("members.1.name", Lang::Id), "Nama anggota 2");
        assert_eq!(field_label("bap.kbli", Lang::En), "Industry group (KBLI)");
        let mut patterns: Vec<&str> = LABELS.iter().map(|l| l.0).collect();
        patterns.sort();
        patterns.dedup();
        assert_eq!(patterns.len(), LABELS.len());
    }
}
