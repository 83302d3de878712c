use super::answer::{decode_answer, encode_answer};
use super::{decode_atlas, encode_atlas};
use crate::core::dataset::bundled::DEFAULT_JSON;
use crate::core::dataset::import::{Report, load};
use crate::core::dataset::load::load_json;
use crate::core::dataset::problem::Problem;

#[test]
fn the_default_dataset_reads_back_as_it_was_written() {
    let atlas = load_json(DEFAULT_JSON).expect("the default dataset validates");
    let bytes = encode_atlas(&atlas);
    assert_eq!(decode_atlas(&bytes), Ok(atlas));
}

#[test]
fn milestones_that_share_a_cluster_and_sources_share_them_again() {
    let csv = "date,group,title,source\n2001,North,A,https://example.org/a\n2002,North,B,https://example.org/a\n2003,,C,\n";
    let atlas = load("events.csv", csv.into()).unwrap().atlas;
    let read = decode_atlas(&encode_atlas(&atlas)).unwrap();
    assert_eq!(read, atlas);
    let [a, b, c] = read.milestones() else {
        panic!("three milestones")
    };
    let (ca, cb) = (a.cluster.as_ref().unwrap(), b.cluster.as_ref().unwrap());
    assert!(std::sync::Arc::ptr_eq(ca, cb));
    assert!(std::sync::Arc::ptr_eq(&a.sources, &b.sources));
    assert!(c.cluster.is_none());
}

#[test]
fn an_answer_carries_the_report_and_the_dataset() {
    let atlas = load_json(DEFAULT_JSON).unwrap();
    let report = Report {
        problems: Vec::new(),
        warnings: vec![Problem::new("row 3", "date", "is repeated")],
    };
    let (read, read_atlas) = decode_answer(&encode_answer(&report, Some(&atlas))).unwrap();
    assert_eq!((read, read_atlas), (report, Some(atlas)));
    let refused = Report {
        problems: vec![Problem::new("f.csv, row 2", "title", "is empty")],
        warnings: Vec::new(),
    };
    assert_eq!(
        decode_answer(&encode_answer(&refused, None)),
        Ok((refused, None))
    );
}

#[test]
fn bytes_of_another_kind_or_cut_short_are_refused_in_words() {
    let err = decode_atlas(b"{\"schema\":1}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "byte 0: expected the wire format of this build"
    );
    let bytes = encode_atlas(&load_json(DEFAULT_JSON).unwrap());
    for cut in [7, bytes.len() / 2, bytes.len() - 1] {
        let err = decode_atlas(&bytes[..cut]).unwrap_err();
        assert!(err.at <= cut, "cut at {cut}: the error is at {}", err.at);
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode_atlas(&longer).unwrap_err().expected.contains("end"));
}

#[test]
fn a_text_written_again_is_written_by_its_place_among_the_texts() {
    use super::MAGIC;
    use super::bytes::{Reader, Writer};
    let mut w = Writer::default();
    for text in ["National Bureau", "ab", "National Bureau", "ab", "CGTN"] {
        w.str(text);
        w.byte(7);
    }
    let texts = b"National Bureau\xffab\xff\xfe\x00ab\xffCGTN\xff";
    let mut expected = MAGIC.to_vec();
    expected.push(texts.len() as u8);
    expected.extend_from_slice(texts);
    expected.extend_from_slice(&[7; 5]);
    let bytes = w.finish();
    assert_eq!(
        bytes, expected,
        "the texts apart and first; the long text again is a place; the short one is written whole"
    );
    let mut r = Reader::new(&bytes);
    let read: Vec<_> = (0..5).map(|_| (r.str(), r.byte())).collect();
    assert_eq!(
        read,
        [
            ("National Bureau", 7),
            ("ab", 7),
            ("National Bureau", 7),
            ("ab", 7),
            ("CGTN", 7)
        ]
    );
    assert_eq!(r.end(), Ok(()));
    let mut bad = MAGIC.to_vec();
    bad.extend_from_slice(b"\x04a\xff\xfe\x05");
    let mut bad = Reader::new(&bad);
    assert_eq!(bad.str(), "a");
    assert_eq!(bad.str(), "");
    assert_eq!(bad.end().unwrap_err().expected, "a text read before");
}

#[test]
fn the_default_dataset_writes_each_long_text_once() {
    let atlas = load_json(DEFAULT_JSON).unwrap();
    let bytes = encode_atlas(&atlas);
    let note = "As reported by CGTN, 2025-12-22.";
    let found = bytes
        .windows(note.len())
        .filter(|w| *w == note.as_bytes())
        .count();
    assert_eq!(found, 1);
}
