//! What the import worker answers the page about a file, in the wire
//! format: the file's problems and warnings and, if it has no problem,
//! the dataset read from it.

use super::bytes::{Reader, WireError, Writer};
use super::model::Wire;
use super::{put_atlas, take_atlas};
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::import::Report;

/// The answer about a file: its report, and its dataset if it was read.
pub fn encode_answer(report: &Report, atlas: Option<&Atlas>) -> Vec<u8> {
    let mut w = Writer::default();
    report.problems.put(&mut w);
    report.warnings.put(&mut w);
    match atlas {
        None => w.byte(0),
        Some(atlas) => {
            w.byte(1);
            put_atlas(&mut w, atlas);
        }
    }
    w.finish()
}

/// Reads an answer written by [`encode_answer`].
pub fn decode_answer(bytes: &[u8]) -> Result<(Report, Option<Atlas>), WireError> {
    let mut r = Reader::new(bytes);
    let report = Report {
        problems: Wire::take(&mut r),
        warnings: Wire::take(&mut r),
    };
    let atlas = bool::take(&mut r).then(|| take_atlas(&mut r));
    r.end()?;
    Ok((report, atlas.map(Atlas::indexed)))
}
