//! `data/schema.json`, the JSON Schema (draft 2020-12) of the project's
//! format: it accepts the default dataset and a converted TimelineJS3
//! file, and rejects broken copies.

use boon::{Compiler, SchemaIndex, Schemas};
use cluster_atlas::core::dataset::bundled::DEFAULT_JSON;
use cluster_atlas::core::dataset::import::load_document;
use cluster_atlas::core::dataset::write::write_document;
use serde_json::{Value, json};

const SCHEMA: &str = include_str!("../data/schema.json");

fn compiled() -> (Schemas, SchemaIndex) {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    compiler
        .add_resource("https://cluster-atlas.invalid/schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("https://cluster-atlas.invalid/schema.json", &mut schemas)
        .unwrap();
    (schemas, index)
}

fn accepts(value: &Value) -> Result<(), String> {
    let (schemas, index) = compiled();
    schemas.validate(value, index).map_err(|e| format!("{e:#}"))
}

#[test]
fn accepts_the_default_dataset_and_converted_files() {
    let atlas: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    accepts(&atlas).unwrap();
    for text in [
        include_str!("fixtures/timelinejs3/cosmo.json"),
        include_str!("fixtures/timelinejs3/eras.json"),
        include_str!("fixtures/timelinejs3/houston.json"),
    ] {
        let (doc, _) = load_document("t.json", text).unwrap();
        accepts(&write_document(&doc)).unwrap();
    }
}

#[test]
fn rejects_broken_copies() {
    let atlas: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut copy = atlas.clone();
        edit(&mut copy);
        copy
    };
    let cases = [
        broken(&|v| {
            v["milestones"][0].as_object_mut().unwrap().remove("title");
        }),
        broken(&|v| v["milestones"][0]["date"] = json!("2014/02/26")),
        broken(&|v| v["milestones"][0]["date"] = json!("2014-13")),
        broken(&|v| v["schema"] = json!(2)),
        broken(&|v| v["milestones"][0]["soruces"] = json!([])),
        broken(&|v| v["milestones"][0]["media"] = json!({"url": "javascript:alert(1)"})),
        broken(&|v| v["eras"] = json!([{"title": "E", "start": "600"}])),
        broken(&|v| v["markup"] = json!("markdown")),
        broken(&|v| v["clusters"][0]["id"] = json!("has space")),
    ];
    for (i, case) in cases.iter().enumerate() {
        assert!(accepts(case).is_err(), "broken copy {i} was accepted");
    }
}
