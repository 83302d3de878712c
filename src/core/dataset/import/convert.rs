//! What the import worker does with a file: checks its size and encoding,
//! reads it in whichever format it is, validates it, and gives it back in
//! the project's JSON format, which the page reads.

use super::{Log, Report, check_size, load, load_document};
use crate::core::dataset::model::Origin;
use crate::core::dataset::problem::Problem;
use crate::core::dataset::write::{atlas_document, to_json_bytes};

/// A file converted to the project's JSON format.
#[derive(Clone, Debug)]
pub struct Converted {
    /// The dataset in the project's JSON format, as UTF-8 bytes.
    pub json: Vec<u8>,
    /// What the reader should know but that did not block it.
    pub warnings: Vec<Problem>,
}

/// Converts the file `name` holding `bytes`: refused if it is over the size
/// limit, not UTF-8 text, or has any problem (all of them reported). A
/// file in the project's format or TimelineJS3's is written back from the
/// document read; a CSV file, from the dataset it made, naming the file it
/// came from.
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
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if body.trim_start().starts_with(['{', '[']) {
        let (doc, imported) = load_document(name, body)?;
        return Ok(Converted {
            json: to_json_bytes(&doc),
            warnings: imported.warnings,
        });
    }
    let imported = load(name, text)?;
    let mut doc = atlas_document(&imported.atlas);
    doc.origin = Some(Origin {
        file: name.to_string(),
        format: "csv".to_string(),
    });
    Ok(Converted {
        json: to_json_bytes(&doc),
        warnings: imported.warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::load::load_json;

    #[test]
    fn a_csv_of_milestones_becomes_the_json_format_that_reads_back() {
        let csv = "date,group,title,description,source\n2014-02-26,North,Began,<b>x</b>,https://example.org/a\n-0221,,Qin,,\n";
        let converted = convert("events.csv", csv.as_bytes().to_vec()).unwrap();
        let json = String::from_utf8(converted.json).unwrap();
        let atlas = load_json(&json).unwrap();
        assert_eq!(atlas.milestones().len(), 2);
        assert!(atlas.imported());
        assert!(json.contains("\"file\":\"events.csv\""), "{json}");
    }

    #[test]
    fn a_series_csv_and_a_timelinejs3_file_convert_too() {
        let series = "entity,year,value,unit\nNorthland,2020,1.5,tonnes\nNorthland,2021,2,tonnes\n";
        let json = convert("harvest.csv", series.as_bytes().to_vec())
            .unwrap()
            .json;
        let atlas = load_json(std::str::from_utf8(&json).unwrap()).unwrap();
        assert_eq!(atlas.all_series().len(), 1);
        let timeline = r#"{"title":{"text":{"headline":"T"}},"events":[{"start_date":{"year":"-13800000000"},"text":{"headline":"Big Bang"}}]}"#;
        let json = convert("cosmo.json", timeline.as_bytes().to_vec())
            .unwrap()
            .json;
        let atlas = load_json(std::str::from_utf8(&json).unwrap()).unwrap();
        assert_eq!(atlas.milestones().len(), 1);
    }

    #[test]
    fn text_that_is_not_utf8_or_too_large_is_refused_in_words() {
        let report = convert("latin1.csv", vec![b'd', b'\n', 0xe9]).unwrap_err();
        assert!(report.problems[0].message.contains("byte 3"));
        let report = convert("huge.csv", vec![b'a'; super::super::MAX_BYTES + 1]).unwrap_err();
        assert!(report.problems[0].message.contains("16 MiB"));
    }
}
