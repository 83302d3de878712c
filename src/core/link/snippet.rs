//! The snippets that embed a view of the atlas in another page: a frame
//! that sizes itself, or an element filled by the app's script.

use crate::core::link::permalink::Permalink;
use crate::core::page::html::{Html, escape};

/// The host page's few lines that size a frame from its height messages.
const RESIZER: &str = r#"<script>
addEventListener("message", function (e) {
  if (!e.data || e.data.type !== "cluster-atlas:height") return;
  document.querySelectorAll("iframe").forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  });
});
</script>"#;

/// The iframe snippet for the page at `address` (with `embed=1`).
pub fn iframe_snippet(address: &str, title: &str) -> String {
    let mut h = Html::new();
    h.element(
        "iframe",
        &[
            ("src", address),
            ("title", title),
            ("loading", "lazy"),
            ("style", "width:100%;height:640px;border:0"),
        ],
        "",
    );
    format!("{}\n{RESIZER}", h.finish())
}

/// The script snippet: an element naming the view and its state, and the
/// loader next to the app's files in `directory`, as a classic script, so
/// that it runs (and says why the view could not load) even where the
/// atlas's host sends no `Access-Control-Allow-Origin`, which a module
/// from another origin needs; deferred, as a module is, so that it finds
/// every element of the page.
pub fn script_snippet(directory: &str, link: &Permalink) -> String {
    let query = link.without_view().encode();
    let mut h = Html::new();
    let view = link.view();
    let mut attrs = vec![("data-cluster-atlas", &*view)];
    if !query.is_empty() {
        attrs.push(("data-query", query.as_str()));
    }
    h.element("div", &attrs, "");
    format!(
        "{}\n<script src=\"{}embed.js\" defer></script>",
        h.finish(),
        escape(directory)
    )
}

/// The directory of `address` (up to its last `/`, without the query).
pub fn directory_of(address: &str) -> &str {
    let path = address.split(['?', '#']).next().unwrap_or(address);
    path.rfind('/').map_or(path, |i| &path[..=i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::options::{ChartId, Tab};

    #[test]
    fn snippets_name_the_view_and_its_state() {
        let link = Permalink {
            tab: Tab::Chart(ChartId::Rd),
            years: Some((2015, 2020)),
            ..Permalink::default()
        };
        assert_eq!(
            script_snippet("https://example.org/atlas/", &link),
            "<div data-cluster-atlas=\"rd\" data-query=\"years=2015..2020\"></div>\n<script src=\"https://example.org/atlas/embed.js\" defer></script>"
        );
        let frame = iframe_snippet("https://example.org/atlas/?embed=1&view=rd", "A \"chart\"");
        assert!(frame.starts_with("<iframe src=\"https://example.org/atlas/?embed=1&amp;view=rd\" title=\"A &quot;chart&quot;\""));
        assert!(frame.contains("cluster-atlas:height"));
        assert_eq!(
            directory_of("https://e.org/a/b/index.html?x=1"),
            "https://e.org/a/b/"
        );
        assert_eq!(
            directory_of("https://e.org/a/b/?x=1#y"),
            "https://e.org/a/b/"
        );
    }
}
