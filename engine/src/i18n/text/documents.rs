//! Printed documents: the print page and the letters' own (Indonesian) texts.

use crate::i18n::section;

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
    nd_ask: "Sesuai {basis}, pemeriksaan lapangan dilaksanakan dalam {days} hari kerja sejak permohonan, {due}. Sehubungan dengan hal tersebut, kami mohon penugasan Tim Teknis untuk melaksanakan verifikasi teknis terhadap perusahaan tersebut."
        / "Sesuai {basis}, pemeriksaan lapangan dilaksanakan dalam {days} hari kerja sejak permohonan, {due}. Sehubungan dengan hal tersebut, kami mohon penugasan Tim Teknis untuk melaksanakan verifikasi teknis terhadap perusahaan tersebut.",
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
    bap_preamble_documents: "Pada hari ini, {hari} tanggal {tanggal} bulan {bulan} tahun {tahun} yang bertanda tangan di bawah ini, sesuai dengan Peraturan Menteri {peraturan} tentang Ketentuan Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik serta permintaan pemeriksaan lapangan dari Perusahaan Industri yang bersangkutan Nomor {nomor} tanggal {tanggal_permintaan}, telah melaksanakan verifikasi teknis berdasarkan pemeriksaan dokumen, tanpa pemeriksaan lapangan, terhadap:"
        / "Pada hari ini, {hari} tanggal {tanggal} bulan {bulan} tahun {tahun} yang bertanda tangan di bawah ini, sesuai dengan Peraturan Menteri {peraturan} tentang Ketentuan Penerbitan Izin Usaha Industri dan Izin Perluasan dalam Kerangka Pelayanan Perizinan Berusaha Terintegrasi secara Elektronik serta permintaan pemeriksaan lapangan dari Perusahaan Industri yang bersangkutan Nomor {nomor} tanggal {tanggal_permintaan}, telah melaksanakan verifikasi teknis berdasarkan pemeriksaan dokumen, tanpa pemeriksaan lapangan, terhadap:",
    bap_no_inspection: "Pemeriksaan lapangan tidak dilaksanakan karena Tim Teknis memutuskan tidak diperlukan: {alasan}. Hasil di atas berdasarkan pemeriksaan dokumen."
        / "Pemeriksaan lapangan tidak dilaksanakan karena Tim Teknis memutuskan tidak diperlukan: {alasan}. Hasil di atas berdasarkan pemeriksaan dokumen.",
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
