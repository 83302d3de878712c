//! The timeline's logic on the default milestones: labels never overlap at
//! any zoom, every milestone in view is labelled or counted in a group,
//! date order, and search in English and Chinese.

use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::timeline::{
    LABEL_MAX, Lane, Placement, View, Window, badge_width, cuts_title, label_width, lanes, layout,
    matches, neighbour, shown, ticks, tracks,
};

fn atlas() -> Atlas {
    default_atlas().expect("the default dataset validates")
}

fn all_lanes(atlas: &Atlas) -> (Vec<String>, Vec<Lane>) {
    let clusters: Vec<String> = atlas.clusters().iter().map(|c| c.id.clone()).collect();
    let lanes = lanes(atlas, &clusters, "National", Lang::En);
    (clusters, lanes)
}

/// The layout of `order` in `window`, with periods from the axis ticks as
/// the timeline draws them.
fn lay_out(
    atlas: &Atlas,
    order: &[usize],
    lanes: &[Lane],
    window: &Window,
    width: f64,
    rows: usize,
) -> Vec<Vec<Placement>> {
    let breaks: Vec<f64> = ticks(window, width, 80.0, Lang::En)
        .iter()
        .map(|t| t.day)
        .collect();
    let tracks = tracks(atlas, order, lanes);
    layout(
        atlas,
        &tracks,
        &view(window, width),
        &breaks,
        rows,
        Lang::En,
    )
}

/// A view of `window` whose origin lies some way before it, as after
/// panning: positions are measured from the origin.
fn view(window: &Window, width: f64) -> View {
    View {
        window: *window,
        width,
        origin: window.start - 1000.0,
    }
}

/// Windows from the whole span down to a few weeks, at several places.
fn windows(bounds: Window) -> Vec<Window> {
    let mut out = vec![bounds];
    for zoom in [1.5, 2.0, 4.0, 8.0, 16.0, 64.0, 256.0] {
        for anchor in [0.0, 0.2, 0.5, 0.8, 1.0] {
            out.push(bounds.zoom(zoom, anchor, bounds));
        }
    }
    out
}

/// Lays out `window` and checks that every milestone overlapping it is
/// placed exactly once (labelled or counted in a group), that no two labels
/// of a lane overlap, and that none leaves the track. Returns the layout.
fn check_layout(
    atlas: &Atlas,
    order: &[usize],
    lanes: &[Lane],
    window: &Window,
    width: f64,
    rows: usize,
) -> Vec<Vec<Placement>> {
    let placed = lay_out(atlas, order, lanes, window, width, rows);
    let mut seen: Vec<usize> = Vec::new();
    for p in placed.iter().flatten() {
        match p {
            Placement::One { id, .. } => seen.push(*id),
            Placement::Group { ids, .. } => seen.extend(ids),
        }
    }
    seen.sort_unstable();
    let mut expected: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| {
            let (start, end) = atlas.milestones()[i].date.span();
            (end as f64) >= window.start && (start as f64) <= window.end
        })
        .collect();
    expected.sort_unstable();
    assert_eq!(seen, expected, "width {width}, window {window:?}");
    let shift = view(window, width).shift();
    for lane in &placed {
        let boxes: Vec<(usize, f64, f64)> = lane
            .iter()
            .map(|p| match p {
                Placement::One {
                    id,
                    row,
                    left,
                    width,
                    ..
                } => {
                    let full = label_width(&atlas.milestones()[*id], Lang::En);
                    assert!(
                        *width <= full && *width >= full.min(64.0),
                        "a label is shortened at most to 64 px: {width} of {full}"
                    );
                    (*row, *left, left + width)
                }
                Placement::Group {
                    ids,
                    row,
                    left,
                    days,
                    ..
                } => {
                    // The days a click on the count zooms to: all of its
                    // milestones', found by the layout.
                    let spans = ids.iter().map(|&i| atlas.milestones()[i].date.span());
                    let first = spans.clone().map(|s| s.0).min();
                    let end = spans.map(|s| s.1).max();
                    assert_eq!(Some(*days), first.zip(end));
                    (*row, *left, left + badge_width(ids.len()))
                }
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.1 >= shift - 1e-6 && a.2 <= shift + width + 0.5,
                "label off the track: {a:?} at {width}"
            );
            for b in &boxes[i + 1..] {
                let overlap = a.0 == b.0 && a.1 < b.2 && b.1 < a.2;
                assert!(
                    !overlap,
                    "labels overlap: {a:?} {b:?} at {width}, {window:?}"
                );
            }
        }
    }
    placed
}

#[test]
fn labels_never_overlap_at_any_zoom_and_every_milestone_is_shown_or_counted() {
    let atlas = atlas();
    let (clusters, lanes) = all_lanes(&atlas);
    let order = shown(&atlas, &clusters, "");
    let bounds = Window::fit(atlas.milestones());
    for width in [300.0, 360.0, 520.0, 800.0, 1100.0, 1600.0] {
        for rows in [2, 3] {
            for window in windows(bounds) {
                check_layout(&atlas, &order, &lanes, &window, width, rows);
            }
        }
    }
}

#[test]
fn a_label_narrower_than_its_title_cuts_it() {
    let atlas = atlas();
    let mut capped = 0;
    for m in atlas.milestones() {
        for lang in [Lang::En, Lang::Zh] {
            let width = label_width(m, lang);
            assert!(cuts_title(m, lang, width - 1.0), "{}", m.id);
            if width < LABEL_MAX {
                assert!(!cuts_title(m, lang, width), "{}", m.id);
            } else {
                capped += 1;
            }
        }
    }
    // Most short titles, in both languages, fit under the cap.
    assert!(capped < atlas.milestones().len(), "{capped}");
}

#[test]
fn zooming_in_separates_a_group() {
    let atlas = atlas();
    let (clusters, lanes) = all_lanes(&atlas);
    let order = shown(&atlas, &clusters, "");
    let bounds = Window::fit(atlas.milestones());
    let groups = |window: &Window| {
        lay_out(&atlas, &order, &lanes, window, 360.0, 2)
            .iter()
            .flatten()
            .filter(|p| matches!(p, Placement::Group { .. }))
            .count()
    };
    let out = groups(&bounds);
    assert!(out > 0, "crowded at 360 px");
    // Hengqin's plan and bodies and Qianhai's plan fall within two weeks of 2021.
    let close = bounds.zoom(400.0, 0.0, bounds).centre_on(
        atlas
            .milestones()
            .iter()
            .find(|m| m.id.starts_with("hengqin"))
            .unwrap()
            .date
            .span()
            .0 as f64,
        bounds,
    );
    assert!(groups(&close) < out);
}

#[test]
fn previous_and_next_follow_date_order() {
    let atlas = atlas();
    let (clusters, _) = all_lanes(&atlas);
    let order = shown(&atlas, &clusters, "");
    assert_eq!(order.len(), 30);
    let middles: Vec<i64> = order
        .iter()
        .map(|&i| {
            let (start, end) = atlas.milestones()[i].date.span();
            start + end
        })
        .collect();
    assert!(middles.windows(2).all(|w| w[0] <= w[1]), "in date order");
    let first = atlas.milestones()[order[0]].id.as_str();
    assert_eq!(first, "jjj-national-strategy");
    let second = neighbour(&order, Some(order[0]), true).unwrap();
    // "2014" (year-precise) sits mid-year: after 26 Feb 2014, before Dec 2014.
    assert_eq!(atlas.milestones()[second].date.to_string(), "2014");
    assert_eq!(neighbour(&order, Some(second), false), Some(order[0]));
    assert_eq!(neighbour(&order, Some(*order.last().unwrap()), true), None);
}

#[test]
fn search_matches_english_and_chinese_text() {
    let atlas = atlas();
    let (clusters, _) = all_lanes(&atlas);
    let ids = |query: &str| -> Vec<String> {
        shown(&atlas, &clusters, query)
            .iter()
            .map(|&i| atlas.milestones()[i].id.clone())
            .collect()
    };
    let xiongan = ids("Xiong'an");
    assert!(xiongan.contains(&"xiongan-established".to_string()));
    assert!(xiongan.contains(&"xiongan-plan-outline-approved".to_string()));
    assert_eq!(ids("xiong'an"), xiongan, "case does not matter");
    assert_eq!(ids("雄安"), xiongan, "the Chinese texts name it too");
    assert_eq!(ids("bridge hong kong"), ["hzmb-opens"]);
    assert!(ids("no such thing").is_empty());
    assert_eq!(ids("").len(), 30);
    let m = &atlas.milestones()[0];
    assert!(matches(m, "national strategy"));
    assert!(matches(m, "国家战略"));
}

#[test]
fn cluster_filters_keep_national_events() {
    let atlas = atlas();
    let jjj = vec!["jjj".to_string()];
    let order = shown(&atlas, &jjj, "");
    assert_eq!(order.len(), 9 + 2, "Jing-Jin-Ji's and the national ones");
    let lanes = lanes(&atlas, &jjj, "National", Lang::En);
    assert_eq!(
        lanes.iter().map(|l| l.label.as_str()).collect::<Vec<_>>(),
        ["Jing-Jin-Ji", "National"]
    );
}

/// A valid dataset of `count` milestones spread over 1900-2025 in three
/// clusters and the national lane, at all three precisions.
fn synthetic(count: usize) -> Atlas {
    let mut seed: u64 = 7;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % n
    };
    let milestones: Vec<serde_json::Value> = (0..count)
        .map(|i| {
            let (year, month, day) = (1900 + next(126), 1 + next(12), 1 + next(28));
            let date = match next(10) {
                0..=6 => format!("{year}-{month:02}-{day:02}"),
                7 | 8 => format!("{year}-{month:02}"),
                _ => format!("{year}"),
            };
            let mut m = serde_json::json!({
                "id": format!("m{i}"), "date": date,
                "title": format!("Milestone {i}"), "description": "Generated.",
                "sources": ["s"]
            });
            let lane = next(4);
            if lane < 3 {
                m["cluster"] = serde_json::json!(["a", "b", "c"][lane as usize]);
            }
            m
        })
        .collect();
    let doc = serde_json::json!({
        "schema": 1,
        "title": "Synthetic",
        "clusters": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
        "sources": [{"id": "s", "title": "Generated", "publisher": "Test",
                     "url": "https://example.org/", "supports": "All"}],
        "milestones": milestones
    });
    cluster_atlas::core::dataset::load::load_json(&doc.to_string())
        .expect("the synthetic set validates")
}

#[test]
fn ten_thousand_milestones_lay_out_within_what_fits_on_screen() {
    let atlas = synthetic(10_000);
    let (clusters, lanes) = all_lanes(&atlas);
    let order = shown(&atlas, &clusters, "");
    assert_eq!(order.len(), 10_000);
    let bounds = Window::fit(atlas.milestones());
    for width in [360.0, 1280.0] {
        for window in windows(bounds) {
            let placed = check_layout(&atlas, &order, &lanes, &window, width, 3);
            // What is drawn is bounded by the room on screen, not by the
            // number of milestones: at most one label per 40 px per row.
            let drawn = placed.iter().flatten().count();
            let room = lanes.len() * 3 * (width / 40.0).ceil() as usize;
            assert!(
                drawn <= room,
                "{drawn} placements at {width} px for {window:?}"
            );
        }
    }
}

#[test]
fn markers_cover_their_day_month_or_year() {
    let atlas = atlas();
    let (clusters, lanes) = all_lanes(&atlas);
    let order = shown(&atlas, &clusters, "");
    let window = Window::fit(atlas.milestones());
    let width = 4000.0;
    let per_day = width / window.length();
    let placed = check_layout(&atlas, &order, &lanes, &window, width, 3);
    let span = |id: &str| {
        placed
            .iter()
            .flatten()
            .find_map(|p| match p {
                Placement::One {
                    id: i, x, x_end, ..
                } if atlas.milestones()[*i].id == id => Some((x_end - x) / per_day),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{id} is labelled at 4000 px"))
    };
    assert_eq!(span("jjj-national-strategy"), 0.0, "26 Feb 2014: a point");
    assert!(
        (span("gba-framework-agreement") - 31.0).abs() < 1e-6,
        "Jul 2017: its month"
    );
    assert!(
        (span("shanghai-sci-tech-center-instruction") - 365.0).abs() < 1e-6,
        "2014: its year"
    );
}

/// Whether `abbreviation` is spelled out in `text`: the initials of
/// consecutive capitalised words there (small words such as "and" left
/// out) make it up.
fn spelled_out(text: &str, abbreviation: &str) -> bool {
    let mut runs = vec![String::new()];
    for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
        let capitalised = word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && word.chars().skip(1).any(|c| c.is_ascii_lowercase());
        match word {
            "" | "and" | "of" | "the" | "for" => {}
            _ if capitalised => runs.last_mut().unwrap().push_str(&word[..1]),
            _ => runs.push(String::new()),
        }
    }
    runs.iter().any(|run| run.contains(abbreviation))
}

#[test]
fn labels_and_titles_are_words_not_unexplained_abbreviations() {
    let atlas = atlas();
    let mut unexplained = Vec::new();
    for m in atlas.milestones() {
        for text in [m.short(), &m.title] {
            for lang in [Lang::En, Lang::Zh] {
                let text = text.get(lang);
                for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
                    if word.len() >= 2
                        && word.chars().all(|c| c.is_ascii_uppercase())
                        && !spelled_out(text, word)
                    {
                        unexplained.push(format!("{}: {word} in {text:?}", m.id));
                    }
                }
            }
        }
    }
    assert_eq!(unexplained, Vec::<String>::new());
    // An abbreviation with its full name beside it is one a reader knows.
    assert!(spelled_out(
        "National Development and Reform Commission (NDRC) plan",
        "NDRC"
    ));
    assert!(!spelled_out("NDRC plan for Qianhai", "NDRC"));
}
