//! A small builder of HTML text, for content that never changes once
//! shown (source lists, tables, notes, cards). Writing it as text keeps the
//! WebAssembly small; every text and attribute value is escaped, so data
//! can never become markup or script.

/// HTML text under construction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html {
    out: String,
}

/// Escapes text for use between tags or inside a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as by [`escape`]: runs without a
/// character to escape (most text) are copied whole.
fn escape_into(out: &mut String, text: &str) {
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // These are ASCII bytes, so `i` is at a character's boundary.
        out.push_str(&text[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&text[start..]);
}

/// Whether an address may be linked to: only `http`, `https` and in-page
/// (`#...`) addresses, never `javascript:` or `data:`.
pub fn safe_href(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('#')
}

impl Html {
    /// An empty builder.
    pub fn new() -> Self {
        Html::default()
    }

    /// Opens `tag` with attributes (names are trusted constants; values are
    /// escaped). An `href` that is not [`safe_href`] is left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            if *name == "href" && !safe_href(value) {
                continue;
            }
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Closes `tag`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text);
        self
    }

    /// Markup written into the program itself (never data).
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// An element holding only text.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// The HTML text.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_among_characters_outside_ascii() {
        assert_eq!(
            escape("京<津>冀 & 'é\""),
            "京&lt;津&gt;冀 &amp; &#39;é&quot;"
        );
        assert_eq!(escape("<"), "&lt;");
        assert_eq!(escape("no markup"), "no markup");
        assert_eq!(escape(""), "");
    }

    #[test]
    fn escapes_text_and_attributes() {
        let mut h = Html::new();
        h.open("p", &[("title", "a \"quoted\" <b>")])
            .text("R&D <script>alert(1)</script>")
            .close("p");
        assert_eq!(
            h.finish(),
            "<p title=\"a &quot;quoted&quot; &lt;b&gt;\">R&amp;D &lt;script&gt;alert(1)&lt;/script&gt;</p>"
        );
    }

    #[test]
    fn drops_unsafe_links() {
        let mut h = Html::new();
        h.element(
            "a",
            &[("href", "javascript:alert(1)"), ("class", "x")],
            "no",
        );
        h.element("a", &[("href", " JavaScript:alert(1)")], "no");
        h.element("a", &[("href", "https://example.org/?a=1&b=2")], "yes");
        h.element("a", &[("href", "#source-nbs")], "yes");
        assert_eq!(
            h.finish(),
            "<a class=\"x\">no</a><a>no</a><a href=\"https://example.org/?a=1&amp;b=2\">yes</a><a href=\"#source-nbs\">yes</a>"
        );
    }
}
