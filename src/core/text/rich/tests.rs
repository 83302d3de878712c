//! The allowlist: what is kept, what is text, what is dropped.

use super::*;

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

#[test]
fn keeps_paragraphs_breaks_emphasis_and_http_links() {
    let rich = parse(
        "<p>One <em>two</em> <b>three</b></p><p>Four<br/>five <a href=\"https://e.org/a?b=1&amp;c=2\" onclick=\"x()\">link</a></p>",
    );
    assert_eq!(
        rich.paragraphs,
        [
            vec![
                text("One "),
                Inline::Emphasis(vec![text("two")]),
                text(" "),
                Inline::Strong(vec![text("three")]),
            ],
            vec![
                text("Four"),
                Inline::Break,
                text("five "),
                Inline::Link {
                    href: "https://e.org/a?b=1&c=2".into(),
                    children: vec![text("link")],
                },
            ],
        ]
    );
    assert_eq!(rich.plain(), "One two three\n\nFour\nfive link");
}

#[test]
fn unsafe_links_and_other_tags_are_text() {
    let rich = parse("<a href='javascript:alert(1)'>click</a> <A HREF=\"JaVaScRiPt:x\">me</A>");
    assert_eq!(rich.paragraphs, [vec![text("click me")]]);
    let rich = parse("<img src=x onerror=alert(1)>Hi <span style='x'>there</span>");
    assert_eq!(rich.plain(), "Hi there");
    let rich = parse("a<script>alert('<b>')</script>b<style>p{}</style>c<!-- note -->d");
    assert_eq!(rich.plain(), "abcd");
    assert_eq!(parse("1 < 2 & 3 > 2").plain(), "1 < 2 & 3 > 2");
}

#[test]
fn decodes_entities() {
    assert_eq!(
        parse("&lt;b&gt; &amp;amp; &#39;&#x4E2D;&eacute;&nbsp;&bogus; &#0; &#xFFFFFFFF;").plain(),
        "<b> &amp; '中é\u{a0}&bogus; \u{fffd} \u{fffd}"
    );
}

#[test]
fn nesting_is_bounded_and_closing_tags_need_not_match() {
    let deep = "<em>".repeat(10_000) + "x";
    assert_eq!(parse(&deep).plain(), "x");
    assert_eq!(parse("</b></p>a<b>b<i>c</b>d").plain(), "abcd");
    assert!(parse("   <p> </p> ").is_empty());
    assert_eq!(
        parse("Whitney Houston<br/> 1963 - 2012").one_line(),
        "Whitney Houston 1963 - 2012"
    );
}
