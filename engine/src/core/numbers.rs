//! Numbers as Indonesian offices write them: "1.500.000" (dots group thousands),
//! "2,5" (comma decimal), "Rp 26.500.000.000".

/// Parses a number typed by a person. Accepts Indonesian grouping ("1.500,75"), plain
/// digits, and a decimal point when the dots cannot be thousands groups ("2.5").
pub fn parse(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_start_matches("Rp")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let normalized = match t.split_once(',') {
        Some((int, frac)) => {
            if !grouped_or_plain(int)
                || frac.is_empty()
                || !frac.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            format!("{}.{frac}", int.replace('.', ""))
        }
        None if t.contains('.') && grouped(&t) => t.replace('.', ""),
        None if t.matches('.').count() <= 1 && !t.starts_with('.') && !t.ends_with('.') => t,
        None => return None,
    };
    normalized.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Parses a whole number (workforce, Rupiah).
pub fn parse_whole(text: &str) -> Option<u64> {
    let n = parse(text)?;
    (n >= 0.0 && n.fract() == 0.0 && n <= 9.0e15).then_some(n as u64)
}

/// "1.500.000": a first group of 1-3 digits, then groups of exactly three.
fn grouped(s: &str) -> bool {
    let mut groups = s.split('.');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let mut rest = groups.peekable();
    (1..=3).contains(&first.len())
        && digits(first)
        && rest.peek().is_some()
        && rest.all(|g| g.len() == 3 && digits(g))
}

fn grouped_or_plain(s: &str) -> bool {
    !s.is_empty() && (s.bytes().all(|b| b.is_ascii_digit()) || grouped(s))
}

/// 26500000000 -> "26.500.000.000".
pub fn format_whole(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// 1500.5 -> "1.500,5"; whole numbers without decimals.
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let n = n.abs();
    let whole = n.trunc() as u64;
    let frac = format!("{:.3}", n.fract());
    let frac = frac
        .trim_start_matches('0')
        .trim_start_matches('.')
        .trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{}", format_whole(whole))
    } else {
        format!("{sign}{},{frac}", format_whole(whole))
    }
}

pub fn format_rupiah(n: u64) -> String {
    format!("Rp {}", format_whole(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_and_plain_numbers() {
        assert_eq!(parse("1.500.000"), Some(1_500_000.0));
        assert_eq!(parse("1.500,75"), Some(1500.75));
        assert_eq!(parse("2,5"), Some(2.5));
        assert_eq!(parse("2.5"), Some(2.5));
        assert_eq!(parse("150000"), Some(150_000.0));
        assert_eq!(parse("Rp 26.500.000.000"), Some(26_500_000_000.0));
        assert_eq!(parse(" 42 "), Some(42.0));
        for bad in ["", "abc", "1,2,3", "1.50.000", ".5", "5.", "1,", "12a"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(parse_whole("1.200"), Some(1200));
        assert_eq!(parse_whole("1,5"), None);
    }

    #[test]
    fn formatting() {
        assert_eq!(format_whole(0), "0");
        assert_eq!(format_whole(1500), "1.500");
        assert_eq!(format_whole(26_500_000_000), "26.500.000.000");
        assert_eq!(format_number(150_000.0), "150.000");
        assert_eq!(format_number(1500.5), "1.500,5");
        assert_eq!(format_rupiah(1_000_000), "Rp 1.000.000");
        assert_eq!(parse(&format_number(1234.25)), Some(1234.25));
    }
}
