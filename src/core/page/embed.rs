//! What a script embed writes into the shadow tree of its host element:
//! the atlas's style sheet, then the container the atlas mounts in.

use crate::core::page::html::Html;

/// The shadow tree's content: the link to the atlas's style sheet at
/// `style`, then, its last child, the container the atlas mounts in.
pub fn shadow_html(style: &str) -> String {
    let mut h = Html::new();
    h.element("link", &[("rel", "stylesheet"), ("href", style)], "");
    h.element("div", &[("class", "atlas")], "");
    h.finish()
}
