//! The default dataset, compiled into the app: China's three innovation
//! clusters, built by `data/build_dataset.py` from the sourced facts in
//! `data/shared/`.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::load::load_json;
use crate::core::dataset::problem::Problem;

/// The default dataset in the project's JSON format.
pub const DEFAULT_JSON: &str = include_str!("../../../data/atlas.json");

/// Reads and validates the default dataset, with the same code that reads
/// datasets people bring, and marks it as the default one (see
/// [`Atlas::bundled`]).
pub fn default_atlas() -> Result<Atlas, Vec<Problem>> {
    load_json(DEFAULT_JSON).map(|atlas| Atlas {
        bundled: true,
        ..atlas
    })
}
