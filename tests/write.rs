//! Writing the project's JSON format: what is written reads back as the
//! same document, and validates as the same atlas.

use cluster_atlas::core::dataset::bundled::DEFAULT_JSON;
use cluster_atlas::core::dataset::read::{parse_value, read_document};
use cluster_atlas::core::dataset::validate::validate;
use cluster_atlas::core::dataset::write::{to_json_bytes, to_json_string, write_document};

#[test]
fn the_default_dataset_reads_back_unchanged() {
    let doc = read_document(&parse_value(DEFAULT_JSON).unwrap()).unwrap();
    let written = write_document(&doc);
    assert_eq!(read_document(&written), Ok(doc.clone()));
    let text = to_json_string(&doc);
    assert_eq!(read_document(&parse_value(&text).unwrap()), Ok(doc.clone()));
    let bytes = to_json_bytes(&doc);
    let again = parse_value(std::str::from_utf8(&bytes).unwrap()).unwrap();
    assert_eq!(validate(read_document(&again).unwrap()), validate(doc));
}

#[test]
fn the_extensions_read_back_unchanged() {
    let json = r#"{"schema":1,"title":"T","description":"<p>Hi</p>","markup":"html",
        "origin":{"file":"t.json","format":"timelinejs3"},
        "clusters":[{"id":"a","name":"A"}],
        "sources":[{"id":"file","title":"t","publisher":"Imported file","url":"","supports":"s"}],
        "milestones":[{"id":"m","date":"-13800000000","end":"-13700000000",
          "display_date":{"en":"Long ago","zh":"很久以前"},"cluster":"a","title":"Big Bang",
          "description":"","media":{"url":"https://example.org/x","caption":"c","credit":"<a href=\"https://e.org\">e</a>"},
          "sources":["file"]}],
        "eras":[{"title":"Era","start":"600","end":"650-06"}]}"#;
    let doc = read_document(&parse_value(json).unwrap()).unwrap();
    assert!(doc.imported, "an origin makes a document imported");
    assert_eq!(read_document(&write_document(&doc)), Ok(doc.clone()));
    let atlas = validate(doc).unwrap();
    assert_eq!(atlas.eras().len(), 1);
    assert_eq!(
        atlas.origin().map(|o| o.format.as_str()),
        Some("timelinejs3")
    );
    let m = &atlas.milestones()[0];
    assert_eq!(m.end().map(|d| d.year()), Some(-13_700_000_000));
    assert_eq!(
        m.media().map(|m| m.url.as_str()),
        Some("https://example.org/x")
    );
}

#[test]
fn a_validated_dataset_is_written_back_as_its_document() {
    use cluster_atlas::core::dataset::bundled::default_atlas;
    use cluster_atlas::core::dataset::import::load;
    use cluster_atlas::core::dataset::write::atlas_document;
    let atlas = default_atlas().unwrap();
    let doc = atlas_document(&atlas);
    // The same dataset, but read from a file: not the bundled default.
    let read = cluster_atlas::core::dataset::load::load_json(
        cluster_atlas::core::dataset::bundled::DEFAULT_JSON,
    );
    assert_eq!(
        validate(read_document(&write_document(&doc)).unwrap()),
        read
    );
    // A CSV file's conversion, saved and read back: the same milestones.
    let csv = "date,group,title,description,source\n2014-02-26,North,Talk,,\n-0500,,Old,x,A book\n";
    let imported = load("m.csv", csv.to_string()).unwrap().atlas;
    let doc = atlas_document(&imported);
    assert_eq!(
        doc.origin.as_ref().map(|o| o.format.as_str()),
        Some("imported")
    );
    let again = validate(read_document(&write_document(&doc)).unwrap()).unwrap();
    assert_eq!(again.milestones(), imported.milestones());
    assert_eq!(again.sources(), imported.sources());
    assert!(again.imported());
}
