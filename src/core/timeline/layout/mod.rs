//! The label layout: which milestones in view get a label, in which row,
//! and which are counted in a group, so that no two labels overlap.

pub mod periods;
pub mod place;
#[cfg(test)]
mod tests;
pub mod track;
pub mod widths;
