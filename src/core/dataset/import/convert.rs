//! What the import worker does: with a file, checks its size and encoding,
//! reads it in whichever format it is and validates it, and answers in the
//! wire format (see [`crate::core::dataset::wire`]), which the page reads
//! without validating again; for a download, writes a file it read before
//! in the project's JSON format.

use super::{Log, Report, check_size, load};
use crate::core::dataset::model::Origin;
use crate::core::dataset::wire::answer::encode_answer;
use crate::core::dataset::write::{atlas_document, to_json_bytes};

/// The answer about the file `name` holding `bytes`, in the wire format:
/// its dataset and warnings, or its problems.
pub fn convert(name: &str, bytes: Vec<u8>) -> Vec<u8> {
    match read(name, bytes) {
        Ok(imported) => encode_answer(
            &Report {
                problems: Vec::new(),
                warnings: imported.warnings,
            },
            Some(&imported.atlas),
        ),
        Err(report) => encode_answer(&report, None),
    }
}

/// The file `name` holding `bytes` read and validated; a CSV file's
/// dataset says where it came from, as a converted JSON file's does.
fn read(name: &str, bytes: Vec<u8>) -> Result<super::Imported, Report> {
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
    let json = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with(['{', '[']);
    let mut imported = load(name, text)?;
    if !json {
        imported.atlas.origin = Some(Origin {
            file: name.to_string(),
            format: "csv".to_string(),
        });
    }
    Ok(imported)
}

/// The file `name` holding `bytes` (one [`convert`] read before) in the
/// project's JSON format, for a download; or the problems that stop it.
pub fn json_file(name: &str, bytes: Vec<u8>) -> Result<Vec<u8>, Report> {
    read(name, bytes).map(|imported| to_json_bytes(&atlas_document(&imported.atlas)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load::load_json;
    use crate::core::dataset::wire::answer::decode_answer;

    /// The dataset of an answer, or its problems.
    fn dataset(answer: &[u8]) -> Result<crate::core::dataset::atlas::Atlas, Report> {
        match decode_answer(answer).unwrap() {
            (_, Some(atlas)) => Ok(atlas),
            (report, None) => Err(report),
        }
    }

    #[test]
    fn a_csv_of_milestones_is_answered_with_its_dataset_which_downloads_as_json() {
        let csv = "date,group,title,description,source\n2014-02-26,North,Began,<b>x</b>,https://example.org/a\n-0221,,Qin,,\n";
        let answer = convert("events.csv", csv.as_bytes().to_vec());
        let atlas = dataset(&answer).unwrap();
        assert_eq!(atlas.milestones().len(), 2);
        assert!(atlas.imported());
        assert_eq!(atlas.origin().unwrap().file, "events.csv");
        let json =
            String::from_utf8(json_file("events.csv", csv.as_bytes().to_vec()).unwrap()).unwrap();
        assert!(json.contains("\"file\":\"events.csv\""), "{json}");
        assert_eq!(load_json(&json).unwrap(), atlas);
    }

    #[test]
    fn a_series_csv_and_a_timelinejs3_file_convert_too() {
        let series = "entity,year,value,unit\nNorthland,2020,1.5,tonnes\nNorthland,2021,2,tonnes\n";
        let atlas = dataset(&convert("harvest.csv", series.as_bytes().to_vec())).unwrap();
        assert_eq!(atlas.all_series().len(), 1);
        let timeline = r#"{"title":{"text":{"headline":"T"}},"events":[{"start_date":{"year":"-13800000000"},"text":{"headline":"Big Bang"}}]}"#;
        let atlas = dataset(&convert("cosmo.json", timeline.as_bytes().to_vec())).unwrap();
        assert_eq!(atlas.milestones().len(), 1);
        assert_eq!(atlas.origin().unwrap().format, "timelinejs3");
    }

    #[test]
    fn text_that_is_not_utf8_or_too_large_is_refused_in_words() {
        let report = dataset(&convert("latin1.csv", vec![b'd', b'\n', 0xe9])).unwrap_err();
        assert!(report.problems[0].message.contains("byte 3"));
        let report = dataset(&convert(
            "huge.csv",
            vec![b'a'; super::super::MAX_BYTES + 1],
        ))
        .unwrap_err();
        assert!(report.problems[0].message.contains("16 MiB"));
        assert!(json_file("bad.csv", vec![b'a'; 10]).is_err());
    }
}
