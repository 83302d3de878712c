//! Stories: validation locating every problem, numbers by reference in
//! both languages, digits refused, a step's view read into the reader's
//! state and back, and a TimelineJS3 file made a story.

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::load::load_json;
use cluster_atlas::core::dataset::problem::Problem;
use cluster_atlas::core::link::permalink::{Focus, Permalink, StoryPlace};
use cluster_atlas::core::page::html::Html;
use cluster_atlas::core::page::story::{step_count, step_html};
use cluster_atlas::core::story::digits::stray_number;
use cluster_atlas::core::story::reference::{Kind, Piece, pieces};
use cluster_atlas::core::story::resolve::{ordinal, resolve};
use cluster_atlas::core::story::view::{read_view, story_view};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::strings::story::story_strings;
use serde_json::{Value, json};

/// A small dataset with one story that passes every rule.
fn valid() -> Value {
    json!({
        "schema": 1,
        "title": "Test",
        "clusters": [{"id": "jjj", "name": {"en": "Jing-Jin-Ji", "zh": "京津冀"}}],
        "entities": [
            {"id": "beijing", "name": "Beijing", "kind": "province", "cluster": "jjj",
             "tile": {"col": 1, "row": 1, "short": "BJ"}},
            {"id": "tianjin", "name": "Tianjin", "kind": "province", "cluster": "jjj"},
            {"id": "shanghai", "name": "Shanghai", "kind": "province"},
            {"id": "china", "name": "China", "kind": "country"},
            {"id": "city-beijing", "name": "Beijing", "kind": "city"}
        ],
        "sources": [
            {"id": "nbs", "title": "Provincial GDP", "publisher": "NBS",
             "url": "https://data.stats.gov.cn/", "supports": "GDP"},
            {"id": "ni", "title": "Science cities", "publisher": "Nature Index",
             "url": "https://www.nature.com/", "supports": "ranks"}
        ],
        "series": [
            {"id": "gdp", "title": "GDP", "unit": "100m-yuan", "points": [
                {"entity": "beijing", "year": 2024, "value": 49843.1, "sources": ["nbs"]},
                {"entity": "tianjin", "year": 2024, "value": 18024.3, "sources": ["nbs"]},
                {"entity": "shanghai", "year": 2024, "value": 53926.7, "sources": ["nbs"]},
                {"entity": "china", "year": 2024, "value": 1349084.0, "sources": ["nbs"]},
                {"entity": "beijing", "year": 2023, "value": 43760.7, "sources": ["nbs"]}
            ]},
            {"id": "rank", "title": "Science city rank", "unit": "rank", "points": [
                {"entity": "city-beijing", "year": 2025, "value": 1, "sources": ["ni"]}
            ]}
        ],
        "figures": [{
            "id": "f1", "cluster": "jjj", "year": 2024, "label": "Combined GDP",
            "value": 11.5, "unit": "trillion-yuan", "qualifier": "over", "sources": ["nbs"]
        }],
        "milestones": [{
            "id": "m1", "date": "2014-02-26", "cluster": "jjj",
            "title": "National strategy", "description": "Raised to a national strategy.",
            "sources": ["nbs"]
        }],
        "stories": [{
            "id": "walk",
            "title": {"en": "A walk", "zh": "漫步"},
            "description": "Two steps.",
            "steps": [
                {
                    "title": {"en": "Output", "zh": "产出"},
                    "text": {
                        "en": "<p>In 2024 the cluster made {sum:gdp/jjj/2024}, <em>{share:gdp/jjj/2024}</em> of the nation's; officials said {figure:f1}.</p><p>Beijing alone: {value:gdp/beijing/2024}, {rank:gdp/beijing/2024} of the provinces; {rank:rank/city-beijing/2025} among science cities.</p>",
                        "zh": "<p>2024年，集群产出{sum:gdp/jjj/2024}，占全国{share:gdp/jjj/2024}。</p>"
                    },
                    "view": "view=economy&economy=share&years=2015..2024",
                    "highlight": {"points": ["jjj/2024"], "figures": ["f1"], "tiles": ["beijing"]},
                    "sources": ["nbs"]
                },
                {
                    "title": "The strategy",
                    "text": "<p>On 26 February 2014 (2014-02-26, 2014年2月26日) it became a national strategy.</p>",
                    "view": "view=timeline",
                    "highlight": {"milestones": ["m1"]},
                    "sources": ["nbs"]
                }
            ]
        }]
    })
}

fn atlas_of(doc: &Value) -> Result<Atlas, Vec<String>> {
    load_json(&doc.to_string()).map_err(|p| p.iter().map(Problem::to_string).collect())
}

/// The problems of the valid dataset once `change` is applied.
fn problems(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut doc = valid();
    change(&mut doc);
    atlas_of(&doc).err().unwrap_or_default()
}

fn assert_problem(change: impl FnOnce(&mut Value), expected: &str) {
    let found = problems(change);
    assert!(
        found.iter().any(|p| p == expected),
        "expected the problem\n  {expected}\nfound\n  {}",
        found.join("\n  ")
    );
}

fn step(doc: &mut Value, n: usize) -> &mut Value {
    &mut doc["stories"][0]["steps"][n]
}

#[test]
fn the_valid_story_passes_and_travels_with_the_dataset() {
    let atlas = atlas_of(&valid()).expect("valid");
    assert_eq!(atlas.stories().len(), 1);
    assert_eq!(atlas.stories()[0].steps.len(), 2);
    // Written in the project's format and the wire format, it reads back.
    let doc = cluster_atlas::core::dataset::write::atlas_document(&atlas);
    let json = cluster_atlas::core::dataset::write::to_json_string(&doc);
    let again = load_json(&json).expect("written story reads back");
    assert_eq!(again.stories(), atlas.stories());
    let bytes = cluster_atlas::core::dataset::wire::encode_atlas(&atlas);
    let wired = cluster_atlas::core::dataset::wire::decode_atlas(&bytes).expect("wire");
    assert_eq!(wired.stories(), atlas.stories());
}

#[test]
fn every_kind_of_problem_is_located_by_story_step_and_field() {
    let item = "story \"walk\", step 1";
    assert_problem(
        |d| step(d, 0)["text"]["en"] = json!("<p>Output rose 11.5%.</p>"),
        &format!(
            "{item}, text.en: the number \"11.5\" is written in the text: a story's numbers come from the data, by reference (such as {{value:<series>/<entity>/<year>}})"
        ),
    );
    assert_problem(
        |d| step(d, 0)["text"]["zh"] = json!("<p>增长了30%。</p>"),
        &format!(
            "{item}, text.zh: the number \"30\" is written in the text: a story's numbers come from the data, by reference (such as {{value:<series>/<entity>/<year>}})"
        ),
    );
    assert_problem(
        |d| step(d, 0)["text"]["en"] = json!("<p>{value:gdp/beijing/2019}</p>"),
        &format!(
            "{item}, text.en: the reference names what the dataset lacks: no value of \"gdp\" for \"beijing\" in 2019"
        ),
    );
    assert_problem(
        |d| step(d, 0)["text"]["en"] = json!("<p>{figure:nope}</p>"),
        &format!("{item}, text.en: the reference names what the dataset lacks: no figure \"nope\""),
    );
    assert_problem(
        |d| step(d, 0)["text"]["en"] = json!("<p>{sum:gdp/nowhere/2024}</p>"),
        &format!(
            "{item}, text.en: the reference names what the dataset lacks: no entity or cluster \"nowhere\""
        ),
    );
    assert_problem(
        |d| step(d, 0)["text"]["en"] = json!("<p>{sum:gdp/jjj/2023}</p>"),
        &format!(
            "{item}, text.en: the reference names what the dataset lacks: not every member of \"jjj\" has a value of \"gdp\" in 2023"
        ),
    );
    assert_problem(
        |d| step(d, 0)["text"]["en"] = json!("<p>{total:gdp/jjj/2024}</p>"),
        &format!(
            "{item}, text.en: cannot read the reference \"{{total:gdp/jjj/2024}}\" (expected figure, value, sum, share or rank, as {{sum:<series>/<cluster>/<year>}})"
        ),
    );
    assert_problem(
        |d| step(d, 0)["view"] = json!("view=map&map=nowhere"),
        &format!(
            "{item}, view: \"map=nowhere\" cannot be read (an unknown parameter, a value it does not take, or its default)"
        ),
    );
    assert_problem(
        |d| step(d, 0)["view"] = json!("view=nowhere"),
        &format!("{item}, view: the dataset has no chart \"nowhere\""),
    );
    assert_problem(
        |d| step(d, 0)["view"] = json!("view=map&lang=zh"),
        &format!("{item}, view: \"lang\" is the reader's to choose, not a step's"),
    );
    assert_problem(
        |d| step(d, 0)["view"] = json!("view=timeline&milestone=m9"),
        &format!("{item}, view: the dataset has no milestone \"m9\""),
    );
    assert_problem(
        |d| step(d, 0)["view"] = json!("clusters=jjj~yrd"),
        &format!("{item}, view: the dataset has no cluster \"yrd\""),
    );
    assert_problem(
        |d| {
            d["entities"][0].as_object_mut().map(|e| e.remove("tile"));
            step(d, 0)["highlight"]["tiles"] = json!([]);
            step(d, 0)["view"] = json!("view=map");
        },
        &format!("{item}, view: the dataset has no map (no entity has a tile)"),
    );
    assert_problem(
        |d| step(d, 0)["highlight"]["milestones"] = json!(["m9"]),
        &format!("{item}, highlight.milestones: no milestone \"m9\""),
    );
    assert_problem(
        |d| step(d, 0)["highlight"]["figures"] = json!(["f9"]),
        &format!("{item}, highlight.figures: no figure \"f9\""),
    );
    assert_problem(
        |d| step(d, 0)["highlight"]["tiles"] = json!(["tianjin"]),
        &format!("{item}, highlight.tiles: no tile of an entity \"tianjin\""),
    );
    assert_problem(
        |d| step(d, 0)["highlight"]["points"] = json!(["beijing/2019"]),
        &format!(
            "{item}, highlight.points: \"beijing/2019\": expected <entity or cluster>/<year> with a value that year"
        ),
    );
    assert_problem(
        |d| step(d, 0)["sources"] = json!(["nope"]),
        &format!("{item}, sources: no source \"nope\""),
    );
    assert_problem(
        |d| {
            let s = step(d, 1);
            s["text"] = json!("");
            if let Some(o) = s.as_object_mut() {
                o.remove("highlight");
            }
        },
        "story \"walk\", step 2, text: an empty step: give it a text, or something to highlight",
    );
    assert_problem(
        |d| d["stories"][0]["steps"] = json!([]),
        "story \"walk\", steps: expected at least one step",
    );
    assert_problem(
        |d| {
            let copy = d["stories"][0].clone();
            if let Some(a) = d["stories"].as_array_mut() {
                a.push(copy);
            }
        },
        "story \"walk\", id: another story has this id",
    );
    assert_problem(
        |d| step(d, 0)["colour"] = json!("red"),
        "story \"walk\", step 1, colour: unknown field (expected one of: title, text, view, highlight, sources)",
    );
}

#[test]
fn years_and_dates_may_be_written_and_nothing_else() {
    for ok in [
        "In 2014 and 2024.",
        "On 26 February 2014.",
        "On February 26, 2014.",
        "2014-02-26 and 2014-02.",
        "2014年2月26日，2月，26号。",
        "No digits at all.",
    ] {
        assert_eq!(stray_number(ok), None, "{ok}");
    }
    for (bad, number) in [
        ("Output of 11.5 trillion", "11.5"),
        ("over 30 percent", "30"),
        ("1,294,271.7 in all", "1,294,271.7"),
        ("占全国24.4%", "24.4"),
        ("in 14 cities", "14"),
        ("about 200 universities", "200"),
        ("a 12345 figure", "12345"),
    ] {
        assert_eq!(stray_number(bad), Some(number), "{bad}");
    }
}

#[test]
fn references_are_read_and_braces_of_text_are_left_alone() {
    let found = pieces("a {sum:gdp/jjj/2024} b {not a ref} {figure:f1}{rank:x/y}");
    assert_eq!(found.len(), 6);
    assert_eq!(found[0], Piece::Text("a "));
    let Piece::Reference(Ok(r)) = found[1] else {
        panic!("{found:?}")
    };
    assert_eq!(
        (r.kind, r.series, r.subject, r.year),
        (Kind::Sum, "gdp", "jjj", 2024)
    );
    assert_eq!(found[2], Piece::Text(" b {"));
    assert_eq!(found[3], Piece::Text("not a ref} "));
    assert!(
        matches!(found[4], Piece::Reference(Ok(r)) if r.kind == Kind::Figure && r.subject == "f1")
    );
    assert_eq!(found[5], Piece::Reference(Err("{rank:x/y}")));
}

#[test]
fn numbers_are_written_from_the_data_in_both_languages() {
    let atlas = atlas_of(&valid()).expect("valid");
    let text = |r: &str, lang| {
        let [Piece::Reference(Ok(r))] = pieces(r)[..] else {
            panic!("{r}")
        };
        resolve(&atlas, &r, lang).expect("resolves")
    };
    // Beijing 49,843.1 + Tianjin 18,024.3 = 67,867.4 (100 million yuan).
    let sum = text("{sum:gdp/jjj/2024}", Lang::En);
    assert_eq!(sum.text, "6.79 trillion yuan");
    assert_eq!(sum.exact.as_deref(), Some("67,867.4 (100 million yuan)"));
    assert_eq!(sum.sources, ["nbs"]);
    assert_eq!(text("{sum:gdp/jjj/2024}", Lang::Zh).text, "6.79万亿元");
    // 67,867.4 / 1,349,084 = 5.03%.
    assert_eq!(text("{share:gdp/jjj/2024}", Lang::En).text, "5.0%");
    assert_eq!(text("{share:gdp/beijing/2024}", Lang::Zh).text, "3.7%");
    assert_eq!(
        text("{figure:f1}", Lang::En).text,
        "over 11.5 trillion yuan"
    );
    assert_eq!(text("{figure:f1}", Lang::Zh).text, "超过11.5万亿元");
    assert_eq!(
        text("{value:gdp/beijing/2024}", Lang::En).exact.as_deref(),
        Some("49,843.1 (100 million yuan)")
    );
    // Beijing is second of the provinces (Shanghai first), and first of
    // the science cities.
    assert_eq!(text("{rank:gdp/beijing/2024}", Lang::En).text, "2nd");
    assert_eq!(text("{rank:gdp/beijing/2024}", Lang::Zh).text, "第2");
    assert_eq!(text("{rank:rank/city-beijing/2025}", Lang::En).text, "1st");
    assert_eq!(ordinal(11, Lang::En), "11th");
    assert_eq!(ordinal(23, Lang::En), "23rd");
}

#[test]
fn a_step_is_written_with_its_numbers_linked_to_their_sources() {
    let atlas = atlas_of(&valid()).expect("valid");
    let story = &atlas.stories()[0];
    for lang in [Lang::En, Lang::Zh] {
        let t = story_strings(lang);
        let mut h = Html::new();
        step_html(&mut h, &atlas, &story.steps[0], "h2", lang, t);
        let html = h.finish();
        assert!(!html.contains('{'), "{html}");
        assert!(html.contains("class=\"story-number\" href=\"https://data.stats.gov.cn/\""));
        assert!(html.contains("Provincial GDP"));
    }
    let mut h = Html::new();
    step_html(
        &mut h,
        &atlas,
        &story.steps[0],
        "h2",
        Lang::Zh,
        story_strings(Lang::Zh),
    );
    assert!(h.finish().contains("6.79万亿元"));
    assert_eq!(step_count(story, 0, story_strings(Lang::En)), "1 of 2");
    assert_eq!(
        step_count(story, 1, story_strings(Lang::Zh)),
        "第2步，共2步"
    );
}

#[test]
fn a_steps_view_reads_into_the_readers_state_and_back() {
    let atlas = atlas_of(&valid()).expect("valid");
    let view = "view=map&map=share&map-year=2024&clusters=jjj";
    let link = read_view(view).expect("reads");
    assert_eq!(link.focus, Focus::Map);
    assert_eq!(link.map.year, Some(2024));
    // A link to the story's second step opens its view, the reader's
    // language kept, the highlighted milestone selected.
    let opened = story_view(
        &Permalink::decode("story=walk&step=2&lang=zh&theme=dark"),
        &atlas,
    );
    assert_eq!(opened.focus, Focus::Timeline);
    assert_eq!(opened.milestone.as_deref(), Some("m1"));
    assert_eq!(opened.lang, Some(Lang::Zh));
    assert_eq!(
        opened.story,
        Some(StoryPlace {
            id: "walk".into(),
            step: 1
        })
    );
    // The address of a step is the step alone, and reads back the same.
    assert_eq!(opened.encode(), "story=walk&step=2&lang=zh&theme=dark");
    assert_eq!(
        story_view(&Permalink::decode(&opened.encode()), &atlas),
        opened
    );
    // A step past the end is the last; a story the dataset lacks is none.
    let last = story_view(&Permalink::decode("story=walk&step=9"), &atlas);
    assert_eq!(last.story.map(|p| p.step), Some(1));
    let none = story_view(&Permalink::decode("story=gone&view=map"), &atlas);
    assert_eq!((none.story, none.focus), (None, Focus::Map));
}

#[test]
fn the_default_story_walks_the_article_in_both_languages_from_the_data() {
    let atlas = cluster_atlas::core::dataset::bundled::default_atlas().expect("default");
    let [story] = atlas.stories() else {
        panic!("one default story")
    };
    assert!((8..=12).contains(&story.steps.len()));
    let mut sum_beside_stated = false;
    for (n, step) in story.steps.iter().enumerate() {
        assert!(
            step.title.zh.is_some() && step.text.zh.is_some(),
            "step {n}"
        );
        assert!(read_view(&step.view).is_ok(), "step {n}");
        for lang in [Lang::En, Lang::Zh] {
            let mut h = Html::new();
            step_html(&mut h, &atlas, step, "h2", lang, story_strings(lang));
            let html = h.finish();
            assert!(!html.contains('{') && !html.contains('…'), "{html}");
            // Jing-Jin-Ji's 2024 output, summed from its members, beside
            // the figure CGTN stated.
            sum_beside_stated |= lang == Lang::En
                && html.contains(">11.5 trillion yuan</a>")
                && html.contains("115,049.6 (100 million yuan)");
        }
    }
    assert!(sum_beside_stated);
}
