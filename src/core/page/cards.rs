//! The cluster cards: name, locator, members, caveat, headline figures.

use crate::core::chart::options::charted;
use crate::core::chart::view::PALETTE_LEN;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::headline::{Basis, caveats, headlines};
use crate::core::dataset::model::Cluster;
use crate::core::map::grid::{TileGrid, outline_cluster};
use crate::core::page::contract::{Data, Name};
use crate::core::page::headline::{caveats_html, headline_html};
use crate::core::page::html::Html;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::{Strings, with_count};

/// Writes the clusters section: one card per cluster, each in its
/// cluster's colour. Nothing for a dataset whose clusters are names only
/// (the groups of a file of milestones): the timeline's lanes show them.
pub fn cluster_cards_html(h: &mut Html, atlas: &Atlas, lang: Lang, s: &Strings) {
    let clusters = atlas.clusters();
    if clusters.is_empty()
        || !charted(atlas)
            && clusters
                .iter()
                .all(|c| c.full_name.is_none() && c.members.is_empty() && c.note.is_none())
    {
        return;
    }
    h.open(
        "section",
        &[
            ("class", "clusters"),
            ("aria-labelledby", "clusters-heading"),
        ],
    );
    // "The three clusters" says how many; other datasets have other counts.
    let heading = if clusters.len() == 3 {
        s.clusters_heading
    } else {
        s.clusters_label
    };
    h.element("h2", &[("id", "clusters-heading")], heading);
    h.open("div", &[("class", "cluster-grid")]);
    let grid = TileGrid::of(atlas);
    for (index, cluster) in clusters.iter().enumerate() {
        let located = grid
            .tiles
            .iter()
            .any(|t| outline_cluster(atlas, t.entity) == Some(cluster.id.as_str()));
        card_html(h, atlas, (index, located), cluster, lang, s);
    }
    h.close("div").close("section");
}

/// Writes the card of the cluster at `index`: its name, where its
/// locator goes if it has tiles on the map (`located`), its full name,
/// members and caveat, its computed headline figures, then its stated
/// ones (closed, each caveat said once).
fn card_html(
    h: &mut Html,
    atlas: &Atlas,
    (index, located): (usize, bool),
    cluster: &Cluster,
    lang: Lang,
    s: &Strings,
) {
    let (computed, stated): (Vec<_>, Vec<_>) = headlines(atlas, &cluster.id)
        .into_iter()
        .partition(|h| matches!(h.basis, Basis::Computed(_)));
    let heading = format!("cluster-{}", cluster.id);
    h.open(
        "article",
        &[
            (
                "class",
                &format!("cluster-card series-{}", index % PALETTE_LEN),
            ),
            (Data::TestId.slug(), &format!("cluster-card-{}", cluster.id)),
            ("aria-labelledby", &heading),
        ],
    );
    h.element(
        "h3",
        &[("id", &heading), ("class", "cluster-name")],
        cluster.name.get(lang),
    );
    // Where the component draws the cluster's locator: decorative, as the
    // members are listed below.
    if located {
        h.element(
            "div",
            &[
                ("class", "card-locator"),
                (Data::Locator.slug(), &cluster.id),
                ("aria-hidden", "true"),
            ],
            "",
        );
    }
    if let Some(full) = &cluster.full_name {
        h.element("p", &[("class", "cluster-full-name")], full.get(lang));
    }
    // A dataset's groups (lanes of an imported timeline) may name none.
    if !cluster.members.is_empty() {
        h.open("p", &[("class", "cluster-members")]).element(
            "span",
            &[("class", "label")],
            &format!("{}: ", s.members),
        );
        for (i, member) in cluster.members.iter().enumerate() {
            if i > 0 {
                h.text(if lang == Lang::Zh { "、" } else { " · " });
            }
            h.text(member.get(lang));
        }
        h.close("p");
    }
    if let Some(note) = &cluster.note {
        h.element(
            "p",
            &[("class", "cluster-note"), ("role", "note")],
            note.get(lang),
        );
    }
    h.open("dl", &[("class", "headlines")]);
    for headline in &computed {
        headline_html(h, atlas, headline, None, lang, s);
    }
    h.close("dl");
    if !stated.is_empty() {
        let caveats = caveats(&stated);
        h.open("details", &[("class", "stated-figures")]).element(
            "summary",
            &[],
            &with_count(s.stated_figures, stated.len()),
        );
        caveats_html(h, &caveats, lang);
        h.open("dl", &[("class", "headlines")]);
        for (headline, mark) in stated.iter().zip(&caveats.marks) {
            headline_html(h, atlas, headline, *mark, lang, s);
        }
        h.close("dl").close("details");
    }
    h.close("article");
}
