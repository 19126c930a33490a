//! The register as CSV for the office archive: UTF-8 with a byte-order mark (so
//! spreadsheets pick the encoding), a header row, one row per letter, RFC 4180 quoting.

use super::{Direction, RegisterRow};
use crate::i18n::Lang;

fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

pub fn to_csv<'a>(rows: impl IntoIterator<Item = &'a RegisterRow>, lang: Lang) -> String {
    let header: [&str; 11] = if lang == Lang::En {
        [
            "Agenda number",
            "Running number",
            "Direction",
            "Date",
            "From",
            "To",
            "Subject",
            "Document",
            "Company",
            "Step",
            "Office",
        ]
    } else {
        [
            "Nomor agenda",
            "Nomor urut",
            "Arah",
            "Tanggal",
            "Dari",
            "Kepada",
            "Perihal",
            "Jenis dokumen",
            "Perusahaan",
            "Langkah",
            "Kantor",
        ]
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in rows {
        let e = &row.entry;
        let direction = match (e.direction, lang) {
            (Direction::Masuk, Lang::Id) => "masuk",
            (Direction::Keluar, Lang::Id) => "keluar",
            (Direction::Masuk, Lang::En) => "incoming",
            (Direction::Keluar, Lang::En) => "outgoing",
        };
        let cells = [
            e.number.clone(),
            e.seq.to_string(),
            direction.to_string(),
            e.date.format("%Y-%m-%d").to_string(),
            e.from.clone(),
            e.to.clone(),
            e.subject.clone(),
            e.kind.clone(),
            row.company.clone(),
            row.step.to_string(),
            e.office_name.clone(),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
