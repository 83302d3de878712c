//! A keyed piece of HTML: one element of a list that is kept in step from
//! one update to the next (see `components::keyed`).

/// A child to show: its key, its HTML (one element, carrying `style` as
/// its `style` attribute), and that style.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// What identifies it from one update to the next.
    pub key: String,
    /// The element's HTML.
    pub html: String,
    /// Its inline style, also written in `html`.
    pub style: String,
}

impl Piece {
    /// The HTML without the style attribute: what must be equal for the
    /// element to be kept and only restyled.
    pub fn rest(&self) -> String {
        self.html
            .replacen(&format!(" style=\"{}\"", self.style), "", 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_leaves_out_the_style_only() {
        let piece = |left: u32| Piece {
            key: "m1".into(),
            html: format!("<b class=\"x\" style=\"margin-left:{left}px\">A</b>"),
            style: format!("margin-left:{left}px"),
        };
        assert_eq!(piece(3).rest(), "<b class=\"x\">A</b>");
        assert_eq!(piece(3).rest(), piece(40).rest());
    }
}
