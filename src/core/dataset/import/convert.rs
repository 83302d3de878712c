//! What the import worker does with a file: checks its size and encoding,
//! reads it in whichever format it is, validates it, and gives it back in
//! the project's JSON format, which the page reads.

use super::{Log, Report, check_size, load};

/// A file converted to the project's JSON format.
#[derive(Clone, Debug)]
pub struct Converted {
    /// The dataset in the project's JSON format, as UTF-8 bytes.
    pub json: Vec<u8>,
    /// What the reader should know but that did not block it.
    pub warnings: Vec<crate::core::dataset::problem::Problem>,
}

/// Converts the file `name` holding `bytes`: refused if it is over the size
/// limit, not UTF-8 text, or has any problem (all of them reported).
pub fn convert(name: &str, bytes: Vec<u8>) -> Result<Converted, Report> {
    check_size(name, bytes.len())?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let mut log = Log::new(name);
        log.problem(
            "",
            "",
            format!(
                "is not UTF-8 text (byte {} is not part of a character); save it as UTF-8",
                err.utf8_error().valid_up_to() + 1
            ),
        );
        log.report()
    })?;
    let json = text.clone().into_bytes();
    load(name, text).map(|imported| Converted {
        json,
        warnings: imported.warnings,
    })
}
