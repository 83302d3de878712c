//! The pipeline every dataset in the project's JSON format passes: parse,
//! read, validate.

use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::problem::Problem;
use crate::core::dataset::read::{parse_value, read_document};
use crate::core::dataset::validate::validate;

/// Parses a dataset from the project's JSON format, reads it and validates
/// it, reporting every problem found at the first stage that has any.
pub fn load_json(text: &str) -> Result<Atlas, Vec<Problem>> {
    let value = parse_value(text).map_err(|p| vec![p])?;
    validate(read_document(&value)?)
}
