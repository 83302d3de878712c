//! The charts section as HTML text: each panel's frame, the read-out over
//! a drawing, the legend, table and notes, the shared controls, each
//! chart's modes, the tab list and the headline figures.

pub mod controls;
pub mod figures;
pub mod frame;
pub mod legend;
pub mod modes;
pub mod overlay;
pub mod swatch;
pub mod table;
pub mod tabs;
