//! serde_json's errors as Sopir shows them: its message, and where, with lines and columns
//! counted from 1. (serde_json reports column 0 for an error right after a line break,
//! e.g. a file that ends after one.)

/// The message without its position ("missing field `office`").
pub fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match position_suffix(e) {
        Some(suffix) => full
            .strip_suffix(&suffix)
            .map(str::to_string)
            .unwrap_or(full),
        None => full,
    }
}

/// Line and column, both from 1; `None` when serde_json names no position.
pub fn position(e: &serde_json::Error) -> Option<(usize, usize)> {
    (e.line() > 0).then(|| (e.line(), e.column().max(1)))
}

/// "missing field `office` at line 3 column 1": `to_string`, with the column from 1.
pub fn text(e: &serde_json::Error) -> String {
    match position(e) {
        Some((line, column)) => format!("{} at line {line} column {column}", message(e)),
        None => message(e),
    }
}

/// What serde_json appends to its message.
fn position_suffix(e: &serde_json::Error) -> Option<String> {
    (e.line() > 0).then(|| format!(" at line {} column {}", e.line(), e.column()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> serde_json::Error {
        serde_json::from_str::<serde_json::Value>(text).unwrap_err()
    }

    #[test]
    fn columns_count_from_one() {
        // serde_json: "EOF while parsing a value at line 2 column 0".
        let e = error("[1,\n");
        assert_eq!(e.column(), 0);
        assert_eq!(position(&e), Some((2, 1)));
        assert_eq!(message(&e), "EOF while parsing a value");
        assert_eq!(text(&e), "EOF while parsing a value at line 2 column 1");
        // Elsewhere its columns already count from 1.
        let e = error("[1,\n x]");
        assert_eq!(position(&e), Some((2, 2)));
        assert_eq!(text(&e), e.to_string());
    }

    #[test]
    fn an_error_without_a_position_keeps_its_message() {
        let e = serde_json::from_value::<u8>(serde_json::json!("x")).unwrap_err();
        assert_eq!(position(&e), None);
        assert_eq!(text(&e), e.to_string());
    }
}
