//! The parts of the page written as HTML text by pure functions, the same
//! natively as in the browser, through one escaping builder; with the DOM
//! contract that names what the writers write and the components find.

pub mod cards;
pub mod chart;
pub mod contract;
pub mod embed;
pub mod header;
pub mod headline;
pub mod html;
pub mod import;
pub mod intro;
pub mod map;
pub mod piece;
pub mod rich;
pub mod series;
pub mod share;
pub mod source_links;
pub mod sources;
pub mod story;
pub mod switches;
pub mod timeline;
