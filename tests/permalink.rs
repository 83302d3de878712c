//! Permalinks: every state survives being written into an address and read
//! back (a property test over generated states), and bad parameters are
//! ignored with the rest applied.

use cluster_atlas::core::chart::options::{
    ChartId, ChartOptions, EconomyMode, Grouping, RdMetric, Tab,
};
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::link::landing::landing;
use cluster_atlas::core::link::permalink::{Focus, Permalink, Theme};
use cluster_atlas::core::map::measure::MapMeasure;
use cluster_atlas::core::map::state::MapLink;
use cluster_atlas::core::text::bilingual::Lang;

/// A small deterministic generator of random values.
struct Gen(u64);

impl Gen {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.next(items.len() as u64) as usize]
    }

    fn flip(&mut self) -> bool {
        self.next(2) == 1
    }

    /// A non-empty text with the characters that addresses make hard.
    fn text(&mut self) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "9",
            " ",
            "&",
            "=",
            "%",
            "+",
            "~",
            "#",
            "?",
            "/",
            ".",
            "..",
            "-",
            "_",
            ":",
            "雄安",
            "京津冀",
            "é",
            "'",
            "\"",
            "<",
            "🙂",
        ];
        let n = 1 + self.next(6);
        (0..n).map(|_| self.pick(PIECES)).collect()
    }

    fn list(&mut self) -> Vec<String> {
        (0..self.next(4)).map(|_| self.text()).collect()
    }

    fn maybe<T>(&mut self, make: impl FnOnce(&mut Gen) -> T) -> Option<T> {
        if self.flip() { Some(make(self)) } else { None }
    }

    fn permalink(&mut self) -> Permalink {
        let start = self.next(2_000_000) as i64 - 1_000_000;
        let mut p = Permalink {
            focus: self.pick(&[Focus::Charts, Focus::Timeline, Focus::Map]),
            tab: self.pick(&Tab::BUILT_IN),
            series_chart: None,
            list: self.flip(),
            view_named: self.flip(),
            options: ChartOptions {
                economy: self.pick(&EconomyMode::ALL),
                members_of: if self.flip() {
                    self.text()
                } else {
                    String::new()
                },
                rd_metric: self.pick(&RdMetric::ALL),
                rd_grouping: self.pick(&Grouping::ALL),
            },
            hidden: std::array::from_fn(|_| self.list()),
            clusters: self.maybe(Gen::list),
            years: self.maybe(|g| {
                let a = g.next(4000) as i32 - 2000;
                (a, a + g.next(50) as i32)
            }),
            milestone: self.maybe(Gen::text),
            span: self.maybe(|g| (start, start + 1 + g.next(100_000) as i64)),
            search: if self.flip() {
                self.text()
            } else {
                String::new()
            },
            map: MapLink {
                measure: self.pick(&MapMeasure::ALL),
                year: self.maybe(|g| g.next(4000) as i32 - 2000),
                base: self.maybe(|g| g.next(4000) as i32 - 2000),
            },
            lang: self.maybe(|g| g.pick(&[Lang::En, Lang::Zh])),
            theme: self.maybe(|g| g.pick(&[Theme::Light, Theme::Dark])),
            embed: self.flip(),
            data: self.maybe(Gen::text),
            // A link to a story's step records the step alone: its round
            // trip is in tests/story.rs.
            story: None,
        };
        // A series chart is named by its series id, the tab then the first;
        // ids that read as another view too.
        if self.next(4) == 0 {
            p.tab = Tab::FIRST;
            p.series_chart = Some(if self.flip() {
                self.text()
            } else {
                self.pick(&[
                    "economy",
                    "figures",
                    "timeline",
                    "list",
                    "series:rd",
                    "series-0",
                ])
                .to_string()
            });
        }
        // A view other than the first is always named.
        p.view_named |= p.view() != Tab::FIRST.slug();
        p
    }
}

#[test]
fn every_state_survives_the_round_trip_through_an_address() {
    let mut g = Gen(2026);
    for case in 0..5_000 {
        let state = g.permalink();
        let query = state.encode();
        assert!(
            !query.contains(' ') && !query.contains('#'),
            "case {case}: {query}"
        );
        assert_eq!(Permalink::decode(&query), state, "case {case}: {query}");
        assert_eq!(Permalink::decode(&format!("?{query}")), state);
    }
}

#[test]
fn the_default_state_is_the_plain_address() {
    assert_eq!(Permalink::default().encode(), "");
    assert_eq!(Permalink::decode(""), Permalink::default());
}

#[test]
fn a_typical_link_reads_as_expected() {
    let p = Permalink::decode(
        "view=rd&rd=intensity&clusters=jjj~gba&years=2015..2022&milestone=hzmb-opens&lang=zh&theme=dark",
    );
    assert_eq!(p.focus, Focus::Charts);
    assert_eq!(p.tab, Tab::Chart(ChartId::Rd));
    assert_eq!(p.options.rd_metric, RdMetric::Intensity);
    assert_eq!(p.clusters, Some(vec!["jjj".to_string(), "gba".to_string()]));
    assert_eq!(p.years, Some((2015, 2022)));
    assert_eq!(p.milestone.as_deref(), Some("hzmb-opens"));
    assert_eq!(p.lang, Some(Lang::Zh));
    assert_eq!(p.theme, Some(Theme::Dark));
    let p = Permalink::decode("view=list&chart=patents&span=2016-03-01..2019-08-15&q=Xiong%27an");
    assert_eq!(
        (p.focus, p.list, p.tab),
        (Focus::Timeline, true, Tab::Chart(ChartId::Patents))
    );
    assert_eq!(p.search, "Xiong'an");
    let (a, b) = p.span.expect("a span");
    assert_eq!(b - a, 1262, "2016-03-01 to 2019-08-15");
}

#[test]
fn bad_values_are_ignored_and_the_rest_applies() {
    let p = Permalink::decode(
        "view=nope&economy=pie&rd=more&rd-by=city&years=abc&span=2019-02-30..2020-01-01&lang=fr&theme=blue&embed=yes&milestone=&data=&unknown=1&clusters=jjj",
    );
    // A view that is no built-in one may be a series chart of a dataset.
    let expected = Permalink {
        clusters: Some(vec!["jjj".to_string()]),
        series_chart: Some("nope".to_string()),
        view_named: true,
        ..Permalink::default()
    };
    assert_eq!(p, expected);
    // Ranges the wrong way round, or not ranges, are ignored.
    assert_eq!(Permalink::decode("years=2020..2015").years, None);
    assert_eq!(Permalink::decode("years=2018").years, Some((2018, 2018)));
    assert_eq!(Permalink::decode("years=..2018").years, None);
    assert_eq!(Permalink::decode("span=2020-01-01..2019-01-01").span, None);
    assert_eq!(Permalink::decode("span=2020-13-01..2021-01-01").span, None);
    assert_eq!(Permalink::decode("span=2020-01-01").span, None);
    // "chart" only applies to the timeline's links, "timeline" to the charts'.
    assert_eq!(
        Permalink::decode("view=rd&chart=patents").tab,
        Tab::Chart(ChartId::Rd)
    );
    assert!(!Permalink::decode("view=timeline&timeline=list").list);
    // Malformed escapes do not stop the reading.
    assert_eq!(
        Permalink::decode("q=100%&view=timeline").focus,
        Focus::Timeline
    );
}

#[test]
fn links_are_applied_to_the_dataset_they_open() {
    let atlas = default_atlas().expect("the default dataset validates");
    let p = Permalink::decode("clusters=gba~nowhere~jjj&years=1990..2016&milestone=hzmb-opens");
    let filters = p.filters(&atlas);
    assert_eq!(
        filters.clusters,
        ["jjj", "gba"],
        "known clusters, in the dataset's order"
    );
    let (first, _) = atlas.year_extent().unwrap();
    assert_eq!(filters.years, (first, 2016), "years kept within the data");
    let selected = p.selected(&atlas).expect("the milestone exists");
    assert_eq!(atlas.milestones()[selected].id, "hzmb-opens");
    assert_eq!(Permalink::decode("milestone=nope").selected(&atlas), None);
    let far = Permalink::decode("years=1800..1850").filters(&atlas);
    assert_eq!(
        far.years,
        atlas.year_extent().unwrap(),
        "no overlap: all years"
    );
    // Writing the filters back leaves out what shows everything.
    let mut q = Permalink::default();
    q.set_filters(&filters, &atlas);
    assert_eq!(
        q.encode(),
        "clusters=jjj~gba&years=".to_string() + &format!("{first}..2016")
    );
    q.set_filters(&Permalink::default().filters(&atlas), &atlas);
    assert_eq!(q.encode(), "");
}

/// A link naming a chart shows the timeline of a dataset with nothing to
/// chart; other links, and datasets with charts, are as they are.
#[test]
fn a_dataset_without_charts_shows_its_timeline_where_a_link_names_a_chart() {
    let chart = Permalink::decode("view=patents");
    assert_eq!(chart.focus_in(true), Focus::Charts);
    assert_eq!(chart.focus_in(false), Focus::Timeline);
    let list = Permalink::decode("view=list");
    assert_eq!(list.focus_in(true), Focus::Timeline);
    assert_eq!(list.focus_in(false), Focus::Timeline);
    assert_eq!(Permalink::default().focus_in(false), Focus::Timeline);
}

/// `view=economy` names the first tab, which a link otherwise leaves out:
/// the address keeps it, so that the link still opens at the chart.
#[test]
fn a_link_keeps_the_view_it_names_even_the_first() {
    assert_eq!(Permalink::decode("view=economy").encode(), "view=economy");
    assert_eq!(
        Permalink::decode("view=economy&years=2015..2020").encode(),
        "view=economy&years=2015..2020"
    );
    assert_eq!(Permalink::decode("economy=share").encode(), "economy=share");
    // A view that is no built-in one names a series chart, kept for the
    // dataset that has it; one the dataset lacks opens the first tab.
    assert_eq!(Permalink::decode("view=nowhere").encode(), "view=nowhere");
    assert_eq!(Permalink::decode("view=").encode(), "");
    assert_eq!(Permalink::decode("").encode(), "");
    // A script embed's data-query leaves the view to its element.
    assert_eq!(
        Permalink::decode("view=economy&years=2015..2020")
            .without_view()
            .encode(),
        "years=2015..2020"
    );
}

/// A link opens scrolled to the view it names, or to the half whose state
/// it records; a plain link, or one with only a language or theme, at the
/// top.
#[test]
fn a_link_opens_at_the_view_it_names_or_records_and_a_plain_one_at_the_top() {
    let atlas = default_atlas().expect("the default dataset validates");
    let at = |query: &str| landing(&Permalink::decode(query), &atlas);
    let (charts, timeline) = (Some(Focus::Charts), Some(Focus::Timeline));
    for query in ["", "lang=zh&theme=dark", "view=nowhere", "embed=1"] {
        assert_eq!(at(query), None, "{query}");
    }
    for query in [
        "view=economy",
        "view=rd",
        "view=figures",
        "economy=share",
        "rd=intensity",
        "years=2016..2022",
        "clusters=jjj~gba",
        "hide-rd=yrd",
        "view=rd&milestone=hzmb-opens",
    ] {
        assert_eq!(at(query), charts, "{query}");
    }
    for query in [
        "view=timeline",
        "view=list",
        "milestone=hzmb-opens",
        "milestone=hzmb-opens&years=2016..2022",
        "q=bridge",
        "span=2016-01-01..2019-12-31",
    ] {
        assert_eq!(at(query), timeline, "{query}");
    }
    for query in [
        "view=map",
        "map=share",
        "map-year=2020",
        "map=growth&map-base=2015",
    ] {
        assert_eq!(at(query), Some(Focus::Map), "{query}");
    }
    let link = Permalink::decode("view=map&map=growth&map-year=2020&map-base=2015");
    assert_eq!(
        link.map,
        MapLink {
            measure: MapMeasure::Growth,
            year: Some(2020),
            base: Some(2015),
        }
    );
    assert_eq!(
        link.encode(),
        "view=map&map=growth&map-year=2020&map-base=2015"
    );
    // What does not apply to the dataset names nothing.
    for query in ["milestone=nope", "years=1800..1850", "clusters=jjj~yrd~gba"] {
        assert_eq!(at(query), None, "{query}");
    }
}
