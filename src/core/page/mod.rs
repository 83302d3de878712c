//! The parts of the page written as HTML text by pure functions, the same
//! natively as in the browser, through one escaping builder.

pub mod contract;
pub mod html;
pub mod piece;
pub mod series;
pub mod source_links;
pub mod switches;
pub mod timeline;
