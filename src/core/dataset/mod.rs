//! Datasets: the JSON format's model, reading it, validating it once into an
//! [`atlas::Atlas`], the bundled default, and importing other tools' files.

pub mod atlas;
pub mod bundled;
pub mod cell;
pub mod csv;
pub mod headline;
pub mod import;
pub mod index;
pub mod load;
pub mod model;
pub mod problem;
pub mod read;
pub mod series_ids;
pub mod validate;
pub mod wire;
pub mod write;
