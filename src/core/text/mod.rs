//! Words and numbers in the reader's language: bilingual text, the interface's
//! own strings, number formats and units.

pub mod bilingual;
pub mod format;
pub mod rich;
pub mod strings;
pub mod unit;
