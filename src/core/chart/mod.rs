//! Charts as data: options, the views they build from an atlas, scales, axes,
//! decimation, read-outs, key maps, summaries and exports; drawing them is
//! `crate::draw`'s.

pub mod axis;
pub mod build;
pub mod decimate;
pub mod export;
pub mod keys;
pub mod options;
pub mod readout;
pub mod scale;
pub mod summary;
pub mod tabs;
pub mod view;
pub mod year_label;
pub mod year_range;
