//! Rich text written as HTML: only the tree the allowlist parser made (see
//! [`crate::core::text::rich`]), every text escaped and every link opened
//! in a new tab without a referrer; plain text as paragraphs.

use crate::core::dataset::model::Markup;
use crate::core::page::html::Html;
use crate::core::text::bilingual::paragraphs;
use crate::core::text::rich::{Inline, Rich, parse};

/// Writes a rich text's paragraphs, each a `<p>`.
pub fn write_rich(h: &mut Html, rich: &Rich) {
    for paragraph in &rich.paragraphs {
        h.open("p", &[]);
        write_inline(h, paragraph);
        h.close("p");
    }
}

/// Writes pieces of a paragraph.
pub fn write_inline(h: &mut Html, pieces: &[Inline]) {
    write_inline_with(h, pieces, &mut |h, text| {
        h.text(text);
    });
}

/// Writes pieces of a paragraph, each text by `text` (which may write
/// more than the text: a story's numbers, say).
pub fn write_inline_with(h: &mut Html, pieces: &[Inline], text: &mut dyn FnMut(&mut Html, &str)) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => text(h, t),
            Inline::Break => {
                h.raw("<br>");
            }
            Inline::Emphasis(children) => {
                h.open("em", &[]);
                write_inline_with(h, children, text);
                h.close("em");
            }
            Inline::Strong(children) => {
                h.open("strong", &[]);
                write_inline_with(h, children, text);
                h.close("strong");
            }
            Inline::Link { href, children } => {
                h.open(
                    "a",
                    &[
                        ("href", href),
                        ("rel", "noopener noreferrer"),
                        ("target", "_blank"),
                    ],
                );
                write_inline_with(h, children, text);
                h.close("a");
            }
        }
    }
}

/// Writes a dataset's longer text as paragraphs: separated by blank lines
/// if plain, read by the allowlist if HTML.
pub fn write_paragraphs(h: &mut Html, text: &str, markup: Markup) {
    match markup {
        Markup::Plain => {
            for p in paragraphs(text) {
                h.element("p", &[], p);
            }
        }
        Markup::Html => write_rich(h, &parse(text)),
    }
}

/// Writes a short text (a caption, a credit) on one line: as it is if
/// plain; if HTML, its paragraphs run together, with their emphasis and
/// links.
pub fn write_line(h: &mut Html, text: &str, markup: Markup) {
    match markup {
        Markup::Plain => {
            h.text(text);
        }
        Markup::Html => {
            for (i, paragraph) in parse(text).paragraphs.iter().enumerate() {
                if i > 0 {
                    h.text(" ");
                }
                write_inline(h, paragraph);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_only_the_allowlisted_tree() {
        let mut h = Html::new();
        write_paragraphs(
            &mut h,
            "<p onclick=\"x\">A &amp; <i>b</i><br><a href=\"https://e.org/?a=1&amp;b=2\">c</a> <a href=\"javascript:alert(1)\">d</a><img src=x onerror=alert(1)></p>",
            Markup::Html,
        );
        assert_eq!(
            h.finish(),
            "<p>A &amp; <em>b</em><br><a href=\"https://e.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\" target=\"_blank\">c</a> d</p>"
        );
        let mut h = Html::new();
        write_paragraphs(&mut h, "<b>x</b>\n\ny", Markup::Plain);
        assert_eq!(h.finish(), "<p>&lt;b&gt;x&lt;/b&gt;</p><p>y</p>");
        let mut h = Html::new();
        write_line(&mut h, "<p>a</p><p>b</p>", Markup::Html);
        assert_eq!(h.finish(), "a b");
    }
}
