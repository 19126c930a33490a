//! Corrections (koreksi) of a recorded step: the form, the timeline, their conflicts.

use crate::i18n::section;

section!(CorrectionText {
    action: "Koreksi" / "Correct",
    action_label: "Koreksi catatan langkah" / "Correct the record of step",
    heading: "Koreksi catatan langkah" / "Correction of the record of step",
    explain: "Perbaiki isian yang salah tercatat. Catatan asli tetap tersimpan dalam riwayat; koreksi dicatat dengan nama Anda, waktunya dan alasannya. Keputusan yang menentukan alur (perlu tidaknya pemeriksaan lapangan, kesiapan dalam BAP, hasil pemeriksaan kelengkapan) tidak dapat dikoreksi: gunakan pengembalian pada langkah 13 atau putaran baru."
        / "Fix what was recorded wrongly. The original record stays in the history; the correction is recorded with your name, the time and the reason. Decisions that choose the path (whether a field inspection is needed, the BAP's readiness items, the completeness check) cannot be corrected: use a return at step 13 or a new round.",
    reason: "Alasan koreksi" / "Reason for the correction",
    reason_hint: "Wajib: mengapa catatan ini dikoreksi (misalnya nomor pada surat fisik)." / "Required: why this record is corrected (e.g. the number on the paper letter).",
    seq_hint: "Nomor urut yang tercatat; ubah bila surat fisik bernomor lain (nomor yang dipakai surat lain ditolak)." / "The running number recorded; change it if the paper letter bears another (a number another letter uses is refused).",
    save: "Simpan koreksi" / "Save the correction",
    cancel: "Batal" / "Cancel",
    saved: "Koreksi dicatat." / "Correction recorded.",
    title: "Koreksi langkah" / "Correction of step",
    corrected: "Catatan ini telah dikoreksi; nilai yang berlaku ada pada koreksi terakhir." / "This record was corrected; the values in force are the latest correction's.",
    changed: "lama → baru" / "old → new",
    letter_elsewhere: "Nomor agenda surat ini berasal dari buku agenda kantor lain; di sini hanya isian lainnya yang dapat dikoreksi." / "This letter's agenda number comes from another office's register; only the other fields can be corrected here.",
    conflict_heading: "Konflik koreksi pada langkah" / "Conflicting corrections at step",
    conflict_explain: "Dua koreksi berbeda atas catatan yang sama dibuat tanpa saling mengetahui (dari kantor atau tab lain). Pilih koreksi yang berlaku; yang lain tetap tersimpan dalam riwayat. Hanya pelaksana langkah ini, Kasi atau Kabid yang dapat memilih." / "Two different corrections of the same record were made without knowing of each other (another office or tab). Choose the one that stands; the other stays in the history. Only this step's actor, the Kasi or the Kabid can choose.",
});
