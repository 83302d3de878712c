//! The wire format (`core::dataset::wire`): the default dataset the app
//! carries (`data/atlas.bin`) is `data/atlas.json` validated, and damaged
//! bytes are refused without a panic.
//!
//! `FUZZ_CASES` sets how many damaged inputs are tried (10,000 by
//! default, as `make test` runs them; `FUZZ_CASES=1000000` for the long
//! run).

use cluster_atlas::core::dataset::bundled::{DEFAULT_JSON, DEFAULT_WIRE, default_atlas};
use cluster_atlas::core::dataset::import::load;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::wire::answer::decode_answer;
use cluster_atlas::core::dataset::wire::{MAGIC, decode_atlas, encode_atlas};

use proptest::prelude::*;

/// How many damaged inputs are tried.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

#[test]
fn the_default_dataset_in_the_app_is_data_atlas_json_validated() {
    let validated = load_json(DEFAULT_JSON).expect("data/atlas.json validates");
    assert!(
        DEFAULT_WIRE == encode_atlas(&validated).as_slice(),
        "data/atlas.bin is not data/atlas.json's: run `make data`"
    );
    let bundled = default_atlas().expect("data/atlas.bin reads");
    assert!(bundled.bundled());
    assert_eq!(decode_atlas(DEFAULT_WIRE), Ok(validated));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// A byte changed and the rest cut anywhere: read as a dataset and as
    /// an answer, never a panic, and a refusal says where and what.
    #[test]
    fn damaged_bytes_are_refused_or_read_without_a_panic(
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let csv = "date,group,title,description,source\n2001-02,North,A,<b>x</b>,https://example.org/a\n-300,,B,,\n";
        let atlas = load("events.csv", csv.into()).unwrap().atlas;
        let mut bytes = encode_atlas(&atlas);
        let i = at.index(bytes.len());
        bytes[i] = byte;
        bytes.truncate(cut.index(bytes.len() + 1));
        if let Err(e) = decode_atlas(&bytes) {
            prop_assert!(e.at <= bytes.len() && !e.expected.is_empty());
        }
        if let Err(e) = decode_answer(&bytes) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    /// Any bytes at all after the format's first bytes.
    #[test]
    fn any_bytes_are_refused_or_read_without_a_panic(tail in prop::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = MAGIC.to_vec();
        bytes.extend(tail);
        let _ = decode_atlas(&bytes);
        let _ = decode_answer(&bytes);
    }
}
