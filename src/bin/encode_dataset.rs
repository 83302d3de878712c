//! Validates the default dataset, `data/atlas.json`, and writes it in the
//! wire format to `data/atlas.bin`, which the app carries (run by
//! `make data`, after `data/build_dataset.py`).

use std::process::ExitCode;

use cluster_atlas::core::dataset::bundled::DEFAULT_JSON;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::wire::encode_atlas;

/// Where the wire format is written, from the crate's folder.
const OUT: &str = "data/atlas.bin";

fn main() -> ExitCode {
    // The JSON is the one compiled in: this binary is built after
    // `data/atlas.json` is written.
    let atlas = match load_json(DEFAULT_JSON) {
        Ok(atlas) => atlas,
        Err(problems) => {
            for problem in problems {
                eprintln!("data/atlas.json: {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(OUT);
    match std::fs::write(&path, encode_atlas(&atlas)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
