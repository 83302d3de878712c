//! The query string of a page address: read into name and value pairs, and
//! written back, percent-encoded as UTF-8.

/// The pairs of `query` (with or without its leading `?`), decoded: `+` is
/// a space, `%XX` a byte; a malformed escape is kept as it is written.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// The first value of `name` among `pairs`.
pub fn get<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Decodes one percent-encoded name or value.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(a), Some(b)) => {
                    out.push(a * 16 + b);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes `text` for a name or value: everything but ASCII
/// letters, digits and `- . _ :`, so that `~` can separate the items of a
/// list.
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b':') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// Writes `pairs` as a query string (without the `?`).
pub fn write(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (k, (name, value)) in pairs.iter().enumerate() {
        if k > 0 {
            out.push('&');
        }
        out.push_str(&encode(name));
        out.push('=');
        out.push_str(value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pairs_and_decodes_them() {
        let pairs = parse("?a=1&b=x%20y+z&c&=v&d=%E9%9B%84%E5%AE%89&e=100%&f=%zz");
        assert_eq!(get(&pairs, "a"), Some("1"));
        assert_eq!(get(&pairs, "b"), Some("x y z"));
        assert_eq!(get(&pairs, "c"), Some(""));
        assert_eq!(get(&pairs, ""), Some("v"));
        assert_eq!(get(&pairs, "d"), Some("雄安"));
        assert_eq!(get(&pairs, "e"), Some("100%"), "a stray % is kept");
        assert_eq!(get(&pairs, "f"), Some("%zz"));
        assert_eq!(get(&pairs, "missing"), None);
        assert!(parse("").is_empty());
    }

    #[test]
    fn encodes_what_must_be_and_round_trips() {
        assert_eq!(encode("a b&c=d~e/雄"), "a%20b%26c%3Dd%7Ee%2F%E9%9B%84");
        assert_eq!(encode("2014-02-26..2015:x_y"), "2014-02-26..2015:x_y");
        for text in ["", "plain", "100% & more", "+~#?", "京津冀 协同"] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(
            write(&[("view", "rd".into()), ("q", encode("a&b"))]),
            "view=rd&q=a%26b"
        );
    }
}
