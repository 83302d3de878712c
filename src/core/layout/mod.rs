//! Geometry shared by the charts and the timeline: numbers kept within bounds
//! and labels placed along an axis so that none overlaps another.

pub mod clamp;
pub mod labels;
