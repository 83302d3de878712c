//! The pure core of Cluster Atlas: the data model, reading and validation,
//! number and date formatting. It knows nothing of the DOM and is tested
//! natively with `cargo test`.

pub mod atlas;
pub mod axis;
pub mod calendar;
pub mod chart;
pub mod cite;
pub mod clamp;
pub mod csv;
pub mod dataset;
pub mod date;
pub mod decimate;
pub mod export;
pub mod format;
pub mod headline;
pub mod html;
pub mod import;
pub mod index;
pub mod labels;
pub mod landing;
pub mod model;
pub mod permalink;
pub mod query;
pub mod read;
pub mod readout;
pub mod scale;
pub mod snippet;
pub mod strings;
pub mod summary;
pub mod text;
pub mod timeline;
pub mod unit;
pub mod validate;
pub mod year_range;
