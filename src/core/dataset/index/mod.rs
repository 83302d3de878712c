//! Sorting, and ids mapped to positions: ids are found by binary search
//! over their hashes; the rows of imported files are grouped by hash.

pub mod hash;
pub mod ids;
pub mod numbering;
pub mod sort;
#[cfg(test)]
mod tests;
