//! Rich text: a safe subset of HTML, as TimelineJS3 files write their
//! texts, read into a tree of paragraphs, line breaks, emphasis and
//! `http(s)` links. Every other tag is dropped and its text kept (the
//! contents of `script` and `style` dropped too); entities are decoded.
//! The tree is written back as HTML only through the escaping writer (see
//! `crate::core::page::rich`), so nothing of the source's markup reaches
//! the page.

mod entities;
#[cfg(test)]
mod tests;

use entities::decode_into;

/// How deep emphasis and links may nest; tags deeper than this are
/// dropped (their text kept), so that no input nests without end.
const MAX_DEPTH: usize = 16;

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Text, its white space collapsed as a browser shows it.
    Text(String),
    /// A line break (`<br>`).
    Break,
    /// Emphasised text (`<em>`, `<i>`).
    Emphasis(Vec<Inline>),
    /// Strongly emphasised text (`<strong>`, `<b>`).
    Strong(Vec<Inline>),
    /// A link to an `http:` or `https:` address.
    Link {
        /// The address.
        href: String,
        /// What is shown.
        children: Vec<Inline>,
    },
}

/// A rich text: its paragraphs, none empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rich {
    /// The paragraphs, each a list of pieces.
    pub paragraphs: Vec<Vec<Inline>>,
}

/// A tag that opens a piece holding others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Emphasis,
    Strong,
    Link,
}

/// An open piece: its kind, its address if a link, what it holds.
struct Open {
    kind: Kind,
    href: Option<String>,
    children: Vec<Inline>,
}

/// Builds the tree as tags and text come.
#[derive(Default)]
struct Builder {
    paragraphs: Vec<Vec<Inline>>,
    current: Vec<Inline>,
    open: Vec<Open>,
}

impl Builder {
    fn pieces(&mut self) -> &mut Vec<Inline> {
        match self.open.last_mut() {
            Some(open) => &mut open.children,
            None => &mut self.current,
        }
    }

    fn text(&mut self, text: &str) {
        let mut collapsed = String::with_capacity(text.len());
        let mut space = false;
        for c in text.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                space = true;
            } else {
                if space {
                    collapsed.push(' ');
                }
                space = false;
                collapsed.push(c);
            }
        }
        if space {
            collapsed.push(' ');
        }
        if collapsed.is_empty() {
            return;
        }
        let pieces = self.pieces();
        if let Some(Inline::Text(last)) = pieces.last_mut() {
            if last.ends_with(' ') && collapsed.starts_with(' ') {
                collapsed.remove(0);
            }
            last.push_str(&collapsed);
        } else {
            pieces.push(Inline::Text(collapsed));
        }
    }

    fn line_break(&mut self) {
        self.pieces().push(Inline::Break);
    }

    fn open(&mut self, kind: Kind, href: Option<String>) {
        if self.open.len() < MAX_DEPTH {
            self.open.push(Open {
                kind,
                href,
                children: Vec::new(),
            });
        }
    }

    /// Closes the last open piece of `kind`, and any opened after it.
    fn close(&mut self, kind: Kind) {
        if let Some(at) = self.open.iter().rposition(|o| o.kind == kind) {
            while self.open.len() > at {
                self.fold();
            }
        }
    }

    /// Closes the last open piece into the one holding it.
    fn fold(&mut self) {
        let Some(open) = self.open.pop() else {
            return;
        };
        let piece = match (open.kind, open.href) {
            (Kind::Emphasis, _) => Inline::Emphasis(open.children),
            (Kind::Strong, _) => Inline::Strong(open.children),
            (Kind::Link, Some(href)) => Inline::Link {
                href,
                children: open.children,
            },
            // A link to an address that may not be followed: its text.
            (Kind::Link, None) => {
                for child in open.children {
                    match child {
                        Inline::Text(text) => self.text(&text),
                        other => self.pieces().push(other),
                    }
                }
                return;
            }
        };
        self.pieces().push(piece);
    }

    /// Ends the paragraph (closing what is open in it).
    fn paragraph(&mut self) {
        while !self.open.is_empty() {
            self.fold();
        }
        let mut pieces = std::mem::take(&mut self.current);
        trim(&mut pieces);
        if !pieces.is_empty() {
            self.paragraphs.push(pieces);
        }
    }
}

/// Drops white space and breaks at a paragraph's ends.
fn trim(pieces: &mut Vec<Inline>) {
    while matches!(pieces.last(), Some(Inline::Break)) {
        pieces.pop();
    }
    while matches!(pieces.first(), Some(Inline::Break)) {
        pieces.remove(0);
    }
    if let Some(Inline::Text(first)) = pieces.first_mut() {
        *first = first.trim_start().to_string();
        if first.is_empty() {
            pieces.remove(0);
        }
    }
    if let Some(Inline::Text(last)) = pieces.last_mut() {
        *last = last.trim_end().to_string();
        if last.is_empty() {
            pieces.pop();
        }
    }
}

/// A tag read from the source.
struct Tag<'a> {
    name: String,
    closing: bool,
    attributes: &'a str,
}

/// Reads the tag starting after `<` in `rest`: the tag and the length of
/// the text after `<` it takes; `None` if `<` opens no tag (it is text).
fn tag(rest: &str) -> Option<(Tag<'_>, usize)> {
    let (closing, body) = match rest.strip_prefix('/') {
        Some(body) => (true, body),
        None => (false, rest),
    };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let name = body.get(..name_len)?.to_ascii_lowercase();
    let after = body.get(name_len..)?;
    // The tag ends at the first `>` outside quotes.
    let mut quote = None;
    let end = after.char_indices().find_map(|(i, c)| {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '>' => return Some(i),
            None => {}
        }
        None
    });
    let end = end.unwrap_or(after.len());
    let taken = usize::from(closing) + name_len + end + 1;
    Some((
        Tag {
            name,
            closing,
            attributes: after.get(..end).unwrap_or(""),
        },
        taken.min(rest.len()),
    ))
}

/// The value of attribute `name` in a tag's attribute text, decoded.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let key_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let key = rest.get(..key_len)?.to_ascii_lowercase();
        rest = rest.get(key_len..)?.trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, left) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = after.get(1..)?;
                    let end = inner.find(q).unwrap_or(inner.len());
                    (inner.get(..end)?, inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (after.get(..end)?, after.get(end..)?)
                }
            };
            decode_into(&mut value, raw);
            rest = left;
        }
        if key == name {
            return Some(value);
        }
    }
}

/// Whether `href` is an address that may be followed: `http:` or `https:`
/// (in any case), with a host.
pub fn followable(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !lower.contains(char::is_whitespace)
}

/// Where the contents of `name` (`script` or `style`) end in `rest`: just
/// after its closing tag, or the end of the text.
fn skip_contents(rest: &str, name: &str) -> usize {
    let lower = rest.to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(at) => lower
            .get(at..)
            .and_then(|tail| tail.find('>'))
            .map_or(rest.len(), |end| at + end + 1),
        None => rest.len(),
    }
}

/// Reads a text written in HTML into a [`Rich`] tree. Never fails: what
/// is not understood is text.
pub fn parse(html: &str) -> Rich {
    let mut b = Builder::default();
    let mut text = String::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            decode_into(&mut text, rest);
            break;
        };
        decode_into(&mut text, rest.get(..lt).unwrap_or(""));
        let after = rest.get(lt + 1..).unwrap_or("");
        if let Some(comment) = after.strip_prefix("!--") {
            let end = comment.find("-->").map_or(comment.len(), |at| at + 3);
            rest = comment.get(end..).unwrap_or("");
            continue;
        }
        if let Some(declaration) = after.strip_prefix('!').or(after.strip_prefix('?')) {
            let end = declaration.find('>').map_or(declaration.len(), |at| at + 1);
            rest = declaration.get(end..).unwrap_or("");
            continue;
        }
        let Some((tag, taken)) = tag(after) else {
            text.push('<');
            rest = after;
            continue;
        };
        rest = after.get(taken..).unwrap_or("");
        b.text(&std::mem::take(&mut text));
        match (tag.name.as_str(), tag.closing) {
            ("script" | "style", false) => {
                let end = skip_contents(rest, &tag.name);
                rest = rest.get(end..).unwrap_or("");
            }
            ("br", _) => b.line_break(),
            (
                "p" | "div" | "li" | "ul" | "ol" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5"
                | "h6" | "tr" | "table" | "section" | "article" | "hr",
                _,
            ) => b.paragraph(),
            ("em" | "i", false) => b.open(Kind::Emphasis, None),
            ("em" | "i", true) => b.close(Kind::Emphasis),
            ("strong" | "b", false) => b.open(Kind::Strong, None),
            ("strong" | "b", true) => b.close(Kind::Strong),
            ("a", false) => {
                // An anchor inside another closes it, as in HTML.
                b.close(Kind::Link);
                let href = attribute(tag.attributes, "href")
                    .map(|h| h.trim().to_string())
                    .filter(|h| followable(h));
                b.open(Kind::Link, href);
            }
            ("a", true) => b.close(Kind::Link),
            _ => {}
        }
    }
    b.text(&text);
    b.paragraph();
    Rich {
        paragraphs: b.paragraphs,
    }
}

impl Rich {
    /// The text alone: paragraphs separated by a blank line, breaks as
    /// line ends, links as their text.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            flatten(&mut out, paragraph);
        }
        out
    }

    /// The text on one line: as [`Rich::plain`], with breaks and
    /// paragraphs as spaces (for titles).
    pub fn one_line(&self) -> String {
        let plain = self.plain();
        plain.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Whether it has no text.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }
}

fn flatten(out: &mut String, pieces: &[Inline]) {
    for piece in pieces {
        match piece {
            Inline::Text(text) => out.push_str(text),
            Inline::Break => out.push('\n'),
            Inline::Emphasis(children)
            | Inline::Strong(children)
            | Inline::Link { children, .. } => flatten(out, children),
        }
    }
}
