//! Dates at the precision the sources give (year, month or day) and the
//! calendar arithmetic the timeline's axis needs.

pub mod calendar;
pub mod date;
