//! The series palette's size and the classes that colour a series.

/// How many colours the series palette has, in the charts and in the style
/// sheet's `--series-N` properties and `.series-N` classes alike (a native
/// test checks that they agree); style indices beyond it wrap around.
pub const PALETTE_LEN: usize = 8;

/// The class that colours a series of style index `style`.
pub fn series_class(style: usize) -> String {
    format!("series-{}", style % PALETTE_LEN)
}
