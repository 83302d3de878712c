//! HTML character references: the common named ones and numeric ones.

use crate::core::text::format::read_natural;

/// The named references decoded (others stay as written).
const NAMED: [(&str, char); 32] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("auml", 'ä'),
    ("ccedil", 'ç'),
    ("euro", '€'),
];

/// The longest reference read after `&`, in bytes (`#x10FFFF;`).
const LONGEST: usize = 10;

/// Appends `text` to `out` with its character references decoded; a `&`
/// that starts none stays as it is.
pub fn decode_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        match reference(after) {
            Some((c, taken)) => {
                out.push(c);
                rest = after.get(taken..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference at the start of `after` (after `&`) stands
/// for, and how many bytes it takes including `;`.
fn reference(after: &str) -> Option<(char, usize)> {
    let window = after
        .char_indices()
        .take_while(|&(i, _)| i <= LONGEST)
        .find(|&(_, c)| c == ';')?
        .0;
    let body = after.get(..window)?;
    let c = if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => read_natural::<u32>(number)?,
        };
        // Nothing, or what is not a character, shows as a replacement.
        char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}')
    } else {
        NAMED.iter().find(|(name, _)| *name == body)?.1
    };
    Some((c, window + 1))
}
