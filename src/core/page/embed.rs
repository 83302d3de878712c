//! What a script embed writes into the shadow tree of its host element:
//! the atlas's style sheet, and the class of the container it mounts in.

use crate::core::page::html::Html;

/// The class of the container the atlas mounts in, inside the shadow tree.
pub const CONTAINER_CLASS: &str = "atlas";

/// The link to the atlas's style sheet at `style`, the shadow tree's first
/// child.
pub fn style_html(style: &str) -> String {
    let mut h = Html::new();
    h.element("link", &[("rel", "stylesheet"), ("href", style)], "");
    h.finish()
}
