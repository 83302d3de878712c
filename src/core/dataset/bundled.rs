//! The default dataset, compiled into the app: China's three innovation
//! clusters, built by `data/build_dataset.py` from the sourced facts in
//! `data/shared/`, then validated and written in the wire format by
//! `make data` (`src/bin/encode_dataset.rs`).

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::problem::Problem;
use crate::core::dataset::wire::decode_atlas;

/// The default dataset in the project's JSON format, as it is published
/// and checked against `data/schema.json`.
pub const DEFAULT_JSON: &str = include_str!("../../../data/atlas.json");

/// The default dataset validated, in the wire format (see
/// [`crate::core::dataset::wire`]): what the app reads.
pub const DEFAULT_WIRE: &[u8] = include_bytes!("../../../data/atlas.bin");

/// Reads the default dataset and marks it as the default one (see
/// [`Atlas::bundled`]).
pub fn default_atlas() -> Result<Atlas, Vec<Problem>> {
    decode_atlas(DEFAULT_WIRE)
        .map(|atlas| Atlas {
            bundled: true,
            ..atlas
        })
        .map_err(|e| vec![Problem::new("data/atlas.bin", "", e.to_string())])
}
