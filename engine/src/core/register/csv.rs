//! The register as CSV for the office archive: UTF-8 with a byte-order mark (so
//! spreadsheets pick the encoding), a header row, one row per letter, RFC 4180 quoting.
//!
//! Every text in the register may come from another office's file, so a cell that a
//! spreadsheet would read as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return) is written with an apostrophe first, as OWASP's advice on CSV
//! injection has it: the spreadsheet shows the text and runs nothing.

use super::{Direction, RegisterRow};
use crate::i18n::Lang;

/// The cell as written: neutralised if it could start a formula, then quoted if needed.
fn field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if formula {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if formula || value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `duplicate` says whether a letter's number is carried by another letter too
/// (`Register::duplicates`): the last column marks it.
pub fn to_csv<'a>(
    rows: impl IntoIterator<Item = &'a RegisterRow>,
    lang: Lang,
    duplicate: impl Fn(&RegisterRow) -> bool,
) -> String {
    let header: [&str; 12] = if lang == Lang::En {
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
            "Duplicate number",
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
            "Nomor ganda",
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
        let twice = match (duplicate(row), lang) {
            (false, _) => "",
            (true, Lang::Id) => "ya",
            (true, Lang::En) => "yes",
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
            twice.to_string(),
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn formulas_are_neutralised_and_quoted() {
        for (given, written) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+62 561", "\"'+62 561\""),
            ("-1+2", "\"'-1+2\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("PT A=B", "PT A=B"),
            ("530/001/DPPESDM/2025", "530/001/DPPESDM/2025"),
            ("a, b", "\"a, b\""),
        ] {
            assert_eq!(field(given), written, "{given:?}");
        }
    }
}
