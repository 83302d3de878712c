//! Stories: guided walks through a dataset, one step at a time, each step
//! a text beside a view of the atlas (charts, map or timeline) that it
//! names by the atlas's own link parameters.
//!
//! A step's text names its numbers by reference (see [`mod@reference`]); the
//! app writes them from the data, in the reader's language, linked to
//! their sources ([`resolve`]). Validation ([`check`]) refuses other
//! numbers in the text ([`digits`]), references to what the dataset lacks
//! and views that do not parse ([`view`]).

pub mod check;
pub mod digits;
pub mod keys;
pub mod model;
pub mod reference;
pub mod resolve;
pub mod view;
