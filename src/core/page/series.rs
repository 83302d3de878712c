//! The classes that colour a series, by its style index.

use crate::core::chart::view::PALETTE_LEN;

/// The class that colours a series of style index `style`: indices beyond
/// the palette wrap around.
pub fn series_class(style: usize) -> String {
    format!("series-{}", style % PALETTE_LEN)
}
