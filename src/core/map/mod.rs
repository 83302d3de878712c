//! The tile map: one equal square per division on a grid (`grid`), a
//! measure's values, ranks and shares for a year (`measure`), and the
//! classes its colours are drawn in (`classes`); what its table and
//! exports list (`export`).

pub mod classes;
pub mod export;
pub mod grid;
pub mod measure;
pub mod state;
pub mod view;
