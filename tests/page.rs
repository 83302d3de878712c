//! The default view's HTML text, written natively by the pure writers of
//! `core::page`: the sources list, each chart panel's frame, the controls,
//! modes, tabs, Share and Embed, and the read-out's overlay; and the DOM
//! contract's names, each written where its finder looks for it.

use cluster_atlas::core::chart::options::{ChartId, Tab};
use cluster_atlas::core::chart::readout::{Mark, Reading};
use cluster_atlas::core::dataset::atlas::Atlas;
use cluster_atlas::core::dataset::bundled::default_atlas;
use cluster_atlas::core::page::chart::controls::{ControlsPart, Handle, controls_html};
use cluster_atlas::core::page::chart::frame::{ChartAction, ChartPart, frame_html};
use cluster_atlas::core::page::chart::modes::{ModeGroup, ModesPart, modes_html};
use cluster_atlas::core::page::chart::overlay::overlay_html;
use cluster_atlas::core::page::chart::tabs::tabs_html;
use cluster_atlas::core::page::contract::{Name, Part};
use cluster_atlas::core::page::html::escape;
use cluster_atlas::core::page::share::{
    ShareAction, SharePart, Snippet, buttons_html, dialog_html,
};
use cluster_atlas::core::page::source_links::source_anchor;
use cluster_atlas::core::page::sources::{SourcesPart, citing_html, sources_html};
use cluster_atlas::core::text::bilingual::Lang;
use cluster_atlas::core::text::strings::strings;

fn atlas() -> Atlas {
    default_atlas().expect("the default dataset validates")
}

/// Whether `html` has an element whose class list holds `class`.
fn has_class(html: &str, class: &str) -> bool {
    html.split("class=\"").skip(1).any(|rest| {
        rest.split('"')
            .next()
            .is_some_and(|list| list.split(' ').any(|c| c == class))
    })
}

/// How many times `needle` occurs in `html`.
fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// Every slug of a name of the contract, checked unique.
fn slugs<N: Name>() -> Vec<&'static str> {
    let mut slugs: Vec<_> = N::ALL.iter().map(|n| n.slug()).collect();
    let all = slugs.len();
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), all, "a slug named twice");
    N::ALL.iter().map(|n| n.slug()).collect()
}

#[test]
fn the_sources_list_has_every_source_its_anchor_and_room_to_cite() {
    let atlas = atlas();
    for lang in [Lang::En, Lang::Zh] {
        let s = strings(lang);
        let html = sources_html(&atlas, lang, s);
        assert!(html.starts_with("<h2 id=\"sources-heading\">"));
        assert!(html.contains(&escape(s.sources_heading)));
        for part in SourcesPart::ALL {
            assert!(has_class(&html, part.slug()), "{}", part.slug());
        }
        assert_eq!(
            count(&html, "class=\"source-entry\""),
            atlas.sources().len()
        );
        assert_eq!(count(&html, "<details"), 1, "one list, closed");
        assert!(
            !html.contains("<details class=\"source-details\" data-testid=\"source-details\" open")
        );
        for source in atlas.sources() {
            let anchor = format!("id=\"{}\"", source_anchor(&source.id));
            assert_eq!(count(&html, &anchor), 1, "{}", source.id);
            assert!(
                html.contains(&escape(source.title.get(lang))),
                "{}",
                source.id
            );
        }
        assert!(!html.contains("javascript:"));
    }
    assert_eq!(
        citing_html(&["Cluster Atlas <2026>".to_string(), "b & c".to_string()]),
        "<p>Cluster Atlas &lt;2026&gt;</p><p>b &amp; c</p>"
    );
}

#[test]
fn a_chart_frame_has_every_part_its_effects_find_and_every_action() {
    for lang in [Lang::En, Lang::Zh] {
        let s = strings(lang);
        for chart in ChartId::BUILT_IN {
            let slug = chart.slug();
            let html = frame_html(chart, s);
            for part in ChartPart::ALL {
                assert_eq!(
                    count(&html, &format!("class=\"{}\"", part.slug()))
                        + count(&html, &format!(" {}\"", part.slug())),
                    1,
                    "{slug}: {}",
                    part.slug()
                );
            }
            for action in ChartAction::ALL {
                let written = format!("data-action=\"{}\"", action.slug());
                assert_eq!(count(&html, &written), 1, "{slug}: {}", action.slug());
            }
            // The dark exports' checkbox, inside its label.
            assert!(html.contains("<label class=\"export-dark\"><input type=\"checkbox\""));
            assert_eq!(ChartPart::ExportDark.selector(), ".export-dark input");
            assert!(html.contains(&format!("id=\"chart-title-{slug}\"")));
            assert!(html.contains(&format!(
                "aria-describedby=\"chart-summary-{slug} chart-help-{slug}\""
            )));
            for testid in ["chart-title", "chart-frame", "chart-svg", "chart-summary"] {
                assert!(
                    html.contains(&format!("data-testid=\"{testid}\"")),
                    "{testid}"
                );
            }
            for label in [
                s.table_toggle,
                s.download_svg,
                s.download_png,
                s.download_csv,
            ] {
                assert!(html.contains(&escape(label)), "{label}");
            }
        }
    }
}

#[test]
fn every_name_of_the_contract_is_written_once() {
    slugs::<ChartPart>();
    slugs::<ChartAction>();
    slugs::<ControlsPart>();
    slugs::<Handle>();
    slugs::<ModesPart>();
    slugs::<ModeGroup>();
    slugs::<SharePart>();
    slugs::<ShareAction>();
    slugs::<Snippet>();
    slugs::<SourcesPart>();
    assert_eq!(slugs::<Tab>().len(), Tab::BUILT_IN.len());
    assert_eq!(Tab::Figures.selector(), "[data-tab=\"figures\"]");
    // A series chart's tab is found by the slug of its place.
    assert_eq!(
        Tab::Chart(ChartId::Series(3)).selector(),
        "[data-tab=\"series-3\"]"
    );
    assert_eq!(Handle::To.selector(), "[data-year=\"to\"]");
    assert_eq!(ControlsPart::Output.selector(), "output");
    assert_eq!(SharePart::Dialog.selector(), "#embed-dialog");
    assert_eq!(Snippet::Script.selector(), "#embed-script");
    assert_eq!(ModesPart::Members.selector(), "[data-members]");
}

#[test]
fn the_controls_have_the_year_range_only_where_asked() {
    let atlas = atlas();
    let s = strings(Lang::En);
    let html = controls_html(&atlas, true, "", Lang::En, s);
    for cluster in atlas.clusters() {
        let toggle = format!("data-cluster=\"{}\"", cluster.id);
        assert_eq!(count(&html, &toggle), 1, "{}", cluster.id);
    }
    for handle in Handle::ALL {
        let written = format!("data-year=\"{}\"", handle.slug());
        assert_eq!(count(&html, &written), 1);
    }
    assert_eq!(count(&html, "<output"), 1);
    assert!(has_class(&html, ControlsPart::Track.slug()));
    assert!(has_class(&html, ControlsPart::Reset.slug()));
    let toggles = controls_html(&atlas, false, "tl-", Lang::En, s);
    assert!(toggles.contains("id=\"tl-cluster-toggles-label\""));
    assert!(!toggles.contains("data-year") && !toggles.contains("<output"));
}

#[test]
fn the_modes_are_radio_groups_whose_choices_read_back() {
    let atlas = atlas();
    let s = strings(Lang::En);
    let economy = modes_html(&atlas, ChartId::Economy, Lang::En, s);
    let rd = modes_html(&atlas, ChartId::Rd, Lang::En, s);
    for (html, groups) in [
        (&economy, &[ModeGroup::EconomyMode][..]),
        (&rd, &[ModeGroup::RdMetric, ModeGroup::RdGrouping][..]),
    ] {
        for choice in html.split("data-choice=\"").skip(1) {
            let choice = choice.split('"').next().unwrap();
            let (group, _) = ModeGroup::of_choice(choice).expect(choice);
            assert!(groups.contains(&group), "{choice}");
        }
    }
    assert_eq!(count(&economy, "data-choice="), 4);
    assert_eq!(count(&economy, "data-members=\"\""), 1);
    assert_eq!(count(&rd, "data-choice="), 4);
    assert!(has_class(&rd, ModesPart::Note.slug()));
    assert!(modes_html(&atlas, ChartId::Patents, Lang::En, s).is_empty());
}

#[test]
fn the_tabs_reach_the_selected_one_by_tab() {
    let slugs: Vec<_> = Tab::BUILT_IN.iter().map(|&t| (t, t.slug())).collect();
    let labels: Vec<_> = slugs.iter().map(|(t, slug)| (*t, &**slug)).collect();
    let html = tabs_html(&labels, Tab::Figures);
    assert_eq!(count(&html, "role=\"tab\""), Tab::BUILT_IN.len());
    assert_eq!(count(&html, "tabindex=\"0\""), 1);
    assert_eq!(count(&html, "aria-selected=\"true\""), 1);
    assert!(html.contains(
        "id=\"tab-figures\" class=\"tab\" data-testid=\"tab-figures\" data-tab=\"figures\" \
         aria-controls=\"chart-tabpanel\" aria-selected=\"true\" tabindex=\"0\""
    ));
}

#[test]
fn share_and_embed_copy_the_snippets_their_buttons_name() {
    let s = strings(Lang::En);
    let dialog = dialog_html(s, None);
    for snippet in Snippet::ALL {
        let id = snippet.slug();
        assert_eq!(count(&dialog, &format!(" id=\"{id}\"")), 1);
        assert_eq!(count(&dialog, &format!("data-copy=\"{id}\"")), 1);
    }
    assert!(dialog.contains("id=\"embed-dialog\""));
    assert!(has_class(&dialog, SharePart::DialogStatus.slug()));
    assert!(dialog.contains("data-share=\"close\""));
    let buttons = buttons_html(s);
    assert!(has_class(&buttons, SharePart::ShareStatus.slug()));
    for action in [ShareAction::Share, ShareAction::Embed] {
        let written = format!("data-share=\"{}\"", action.slug());
        assert_eq!(count(&buttons, &written), 1);
    }
}

/// The left and top of the read-out's box, in pixels, from its style.
fn box_at(html: &str) -> (f64, f64) {
    let style = html
        .split("data-testid=\"readout\" style=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a read-out box");
    let px = |name: &str| -> f64 {
        let value = style.split(&format!("{name}:")).nth(1).unwrap();
        value.split("px").next().unwrap().parse().unwrap()
    };
    (px("left"), px("top"))
}

#[test]
fn the_read_out_box_stays_inside_the_chart_below_or_above_its_point() {
    let atlas = atlas();
    let s = strings(Lang::En);
    let reading = Reading {
        year: 2024,
        year_label: "2024".to_string(),
        series: "Jing-Jin-Ji <north>".to_string(),
        value: "11.5 trillion yuan".to_string(),
        exact: None,
        total: Some("total 60".to_string()),
        note: None,
        sources: atlas
            .sources()
            .iter()
            .take(2)
            .map(|s| s.id.clone())
            .collect(),
    };
    let plot = (40.0, 20.0, 700.0, 380.0);
    let mark = |x: f64, y: f64| Mark {
        x,
        y,
        series: 0,
        point: 0,
    };
    // Near the left edge and high up: the box below the point, inside.
    let html = overlay_html(&atlas, &mark(2.0, 60.0), plot, 720, &reading, Lang::En, s);
    let (left, top) = box_at(&html);
    assert_eq!(left, 8.0);
    assert_eq!(top, 74.0);
    assert!(html.contains("class=\"readout\""));
    assert!(html.contains("Jing-Jin-Ji &lt;north&gt;"));
    assert!(html.contains("class=\"readout-total\""));
    assert!(!html.contains("readout-exact"));
    // Near the right edge and low down: above the point, inside.
    let html = overlay_html(
        &atlas,
        &mark(715.0, 350.0),
        plot,
        720,
        &reading,
        Lang::En,
        s,
    );
    let (left, top) = box_at(&html);
    assert_eq!(left, 720.0 - 260.0 - 8.0);
    assert_eq!(top, 336.0);
    assert!(html.contains("class=\"readout above\""));
    // On a narrow chart, the box narrows with it.
    let html = overlay_html(&atlas, &mark(100.0, 60.0), plot, 200, &reading, Lang::En, s);
    assert!(html.contains("width:184.0px"), "{html}");
    for source in atlas.sources().iter().take(2) {
        assert!(html.contains(&escape(source.title.get(Lang::En))));
    }
}
