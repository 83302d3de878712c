//! A validated dataset and the questions the interface asks of it.

use std::sync::Arc;

use crate::core::dataset::index::ids::IdIndex;
use crate::core::dataset::index::sort::{distinct_sorted, sort_positions};
use crate::core::dataset::model::{
    Citation, Cluster, Entity, EntityKind, Figure, Markup, Media, Origin, Point, Series, Source,
};
use crate::core::story::model::Story;
use crate::core::text::bilingual::{Lang, Text};
use crate::core::text::format::{decimals_of, round_to};
use crate::core::time::date::Date;

/// A dated event of a validated dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    /// Stable identifier, used in links.
    pub id: String,
    /// When it happened, as precisely as known.
    pub date: Date,
    /// The cluster concerned; `None` for national events. Shared, as the
    /// events of an imported file's hundred thousand rows share a few.
    pub cluster: Option<Arc<str>>,
    /// A label of a few words, if it has one other than its title (see
    /// [`Milestone::short`]). Boxed: most milestones have none, and a file
    /// may hold a hundred thousand.
    pub short: Option<Box<Text>>,
    /// Title.
    pub title: Text,
    /// What happened.
    pub description: Text,
    /// The sources: shared, as the events of an imported file that cite
    /// one source share its citation.
    pub sources: Arc<[Citation]>,
    /// What few milestones have: an end, media, a date as shown. Boxed,
    /// as `short` is.
    pub extras: Option<Box<Extras>>,
}

/// What a milestone may have besides its date, title and description.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extras {
    /// When it ended, for an event that lasted (not before its date).
    pub end: Option<Date>,
    /// A picture, video or page it links to.
    pub media: Option<Media>,
    /// How its date is shown, if not as the date at its precision.
    pub display_date: Option<Text>,
}

impl Milestone {
    /// Its label of a few words: its short title, or else its title.
    pub fn short(&self) -> &Text {
        self.short.as_deref().unwrap_or(&self.title)
    }

    /// When it ended, if it lasted.
    pub fn end(&self) -> Option<Date> {
        self.extras.as_ref()?.end
    }

    /// What it links to, if anything.
    pub fn media(&self) -> Option<&Media> {
        self.extras.as_ref()?.media.as_ref()
    }

    /// Its date as a reader sees it: the dataset's own wording if it gives
    /// one, else the date at its precision, and its end if it lasted
    /// ("602 – 629").
    pub fn when(&self, lang: Lang) -> String {
        if let Some(shown) = self.extras.as_ref().and_then(|e| e.display_date.as_ref()) {
            return shown.get(lang).to_string();
        }
        match self.end() {
            Some(end) if end != self.date => {
                format!("{} – {}", self.date.display(lang), end.display(lang))
            }
            _ => self.date.display(lang),
        }
    }
}

/// A labelled span of time of a validated dataset, drawn as a band across
/// the timeline's lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct EraSpan {
    /// Its label.
    pub title: Text,
    /// Its first date.
    pub start: Date,
    /// Its last date (not before `start`).
    pub end: Date,
}

impl EraSpan {
    /// The days it covers, `[first, end)`: from the first day of its start
    /// to the end of its end.
    pub fn days(&self) -> (i64, i64) {
        (self.start.span().0, self.end.span().1)
    }
}

/// A validated dataset: every reference resolves, every value fits its unit,
/// every date exists. Built only by [`crate::core::dataset::validate::validate`] (and its
/// twin for converted CSV files).
#[derive(Clone, Debug, PartialEq)]
pub struct Atlas {
    pub(super) title: Text,
    pub(super) version: Option<String>,
    pub(super) updated: Option<String>,
    pub(super) licence: Option<Text>,
    pub(super) description: Text,
    pub(super) caveats: Vec<Text>,
    pub(super) clusters: Vec<Cluster>,
    pub(super) entities: Vec<Entity>,
    pub(super) sources: Vec<Source>,
    pub(super) series: Vec<Series>,
    pub(super) figures: Vec<Figure>,
    pub(super) milestones: Vec<Milestone>,
    pub(super) source_index: IdIndex,
    pub(super) entity_index: IdIndex,
    /// Per series, the positions of its points by entity and year: a sum
    /// over a cluster's members finds each value by bisection, so a chart
    /// of 100,000 years is built in linear time, not quadratic.
    pub(super) point_order: Vec<Vec<usize>>,
    /// Whether it was converted from a CSV file (see
    /// [`crate::core::dataset::model::Document::imported`]).
    pub(super) imported: bool,
    /// Whether it is the default dataset compiled into the app (see
    /// [`crate::core::dataset::bundled::default_atlas`]).
    pub(super) bundled: bool,
    /// Its eras, in the dataset's order.
    pub(super) eras: Vec<EraSpan>,
    /// How its longer texts are written.
    pub(super) markup: Markup,
    /// The file it was converted from, if it says.
    pub(super) origin: Option<Origin>,
    /// Its stories, in the dataset's order.
    pub(super) stories: Vec<Story>,
}

impl Atlas {
    /// The dataset with its indexes of sources, entities and points made
    /// from its lists (by validation, and by the wire format's reader).
    pub(super) fn indexed(self) -> Atlas {
        Atlas {
            source_index: IdIndex::new(self.sources.iter().map(|s| s.id.as_str())),
            entity_index: IdIndex::new(self.entities.iter().map(|e| e.id.as_str())),
            point_order: self.series.iter().map(point_order).collect(),
            ..self
        }
    }
}

/// The positions of `series`' points, ordered by entity and then year.
fn point_order(series: &Series) -> Vec<usize> {
    let p = &series.points;
    sort_positions(p.len(), &|a, b| {
        (p[a].entity.as_str(), p[a].year).cmp(&(p[b].entity.as_str(), p[b].year))
    })
}

/// A sum over the members of a cluster in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Total {
    /// The sum, rounded to the precision of its parts.
    pub value: f64,
    /// The sources of the parts, each once, in order of first use.
    pub sources: Vec<String>,
    /// How many entities were summed.
    pub parts: usize,
}

impl Atlas {
    /// The dataset's title.
    pub fn title(&self) -> &Text {
        &self.title
    }

    /// The dataset's version, if it gives one.
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }

    /// When its data was last updated, if it says.
    pub fn updated(&self) -> Option<Date> {
        self.updated.as_deref()?.parse().ok()
    }

    /// On what terms it may be reused, if it says.
    pub fn licence(&self) -> Option<&Text> {
        self.licence.as_ref()
    }

    /// What the dataset is about: paragraphs separated by a blank line.
    pub fn description(&self) -> &Text {
        &self.description
    }

    /// What a reader must know to read its figures right.
    pub fn caveats(&self) -> &[Text] {
        &self.caveats
    }

    /// Whether it was converted from a CSV file: its milestones without a
    /// group are not national events, only ungrouped ones.
    pub fn imported(&self) -> bool {
        self.imported
    }

    /// Whether it is the default dataset compiled into the app, whose
    /// words the interface speaks ("Timeline of coordination"); any other
    /// dataset, brought or linked, gets neutral ones (see
    /// [`crate::core::text::strings::Wording`]).
    pub fn bundled(&self) -> bool {
        self.bundled
    }

    /// Its eras, in the dataset's order.
    pub fn eras(&self) -> &[EraSpan] {
        &self.eras
    }

    /// How its milestones' descriptions, media captions and credits and
    /// its own description are written.
    pub fn markup(&self) -> Markup {
        self.markup
    }

    /// The file it was converted from, if it says.
    pub fn origin(&self) -> Option<&Origin> {
        self.origin.as_ref()
    }

    /// Its stories, in the dataset's order.
    pub fn stories(&self) -> &[Story] {
        &self.stories
    }

    /// The clusters, in the dataset's order.
    pub fn clusters(&self) -> &[Cluster] {
        &self.clusters
    }

    /// The cluster with this id.
    pub fn cluster(&self, id: &str) -> Option<&Cluster> {
        self.clusters.iter().find(|c| c.id == id)
    }

    /// Every entity, in the dataset's order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The first and last year with a value in any series.
    pub fn year_extent(&self) -> Option<(i32, i32)> {
        self.years_of(None)
    }

    /// The first and last year with a value in the series `ids` (all if
    /// `None`): a year listed without a value has no data.
    pub fn years_of(&self, ids: Option<&[&str]>) -> Option<(i32, i32)> {
        let mut extent: Option<(i32, i32)> = None;
        for s in &self.series {
            if ids.is_some_and(|ids| !ids.contains(&s.id.as_str())) {
                continue;
            }
            for y in s
                .points
                .iter()
                .filter(|p| p.value.is_some())
                .map(|p| p.year)
            {
                extent = Some(extent.map_or((y, y), |(a, b)| (a.min(y), b.max(y))));
            }
        }
        extent
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entity_index.get(id).and_then(|i| self.entities.get(i))
    }

    /// The entities that belong to a cluster, in the dataset's order.
    pub fn members(&self, cluster: &str) -> impl Iterator<Item = &Entity> {
        self.entities
            .iter()
            .filter(move |e| e.cluster.as_deref() == Some(cluster))
    }

    /// Every source, in the dataset's order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).and_then(|i| self.sources.get(i))
    }

    /// Every series, in the dataset's order.
    pub fn all_series(&self) -> &[Series] {
        &self.series
    }

    /// The series with this id.
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }

    /// Every headline figure.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// The headline figures of one cluster (`Some(id)`) or of the country
    /// and the world (`None`).
    pub fn figures_of<'a>(&'a self, cluster: Option<&'a str>) -> impl Iterator<Item = &'a Figure> {
        self.figures
            .iter()
            .filter(move |f| f.cluster.as_deref() == cluster)
    }

    /// The milestones in chronological order (of the middles of their
    /// dates' spans).
    pub fn milestones(&self) -> &[Milestone] {
        &self.milestones
    }

    /// The point of series `series` for `entity` in `year`, if it has one.
    pub fn point(&self, series: &str, entity: &str, year: i32) -> Option<&Point> {
        let i = self.series.iter().position(|s| s.id == series)?;
        let (points, order) = (&self.series.get(i)?.points, self.point_order.get(i)?);
        let key = |&p: &usize| points.get(p).map(|p| (p.entity.as_str(), p.year));
        let at = order.partition_point(|p| key(p) < Some((entity, year)));
        order
            .get(at)
            .and_then(|&p| points.get(p))
            .filter(|p| p.entity == entity && p.year == year)
    }

    /// The sum of a series over the members of a cluster in a year.
    ///
    /// `None` unless every member has a value that year: a partial sum would
    /// misstate the cluster, so none is made.
    pub fn cluster_total(&self, series: &str, cluster: &str, year: i32) -> Option<Total> {
        let mut value = 0.0;
        let mut decimals = 0;
        let mut sources: Vec<String> = Vec::new();
        let mut parts = 0;
        for member in self.members(cluster) {
            let point = self.point(series, &member.id, year)?;
            let v = point.value?;
            value += v;
            decimals = decimals.max(decimals_of(v));
            parts += 1;
            for c in &point.sources {
                if !sources.contains(&c.source) {
                    sources.push(c.source.clone());
                }
            }
        }
        (parts > 0).then(|| Total {
            value: round_to(value, decimals),
            sources,
            parts,
        })
    }

    /// The latest year for which [`Atlas::cluster_total`] exists.
    pub fn latest_total(&self, series: &str, cluster: &str) -> Option<(i32, Total)> {
        let years = distinct_sorted(self.series(series)?.points.iter().map(|p| p.year));
        years
            .into_iter()
            .rev()
            .find_map(|y| self.cluster_total(series, cluster, y).map(|t| (y, t)))
    }

    /// The value of a series for the country (the entity of kind
    /// `country`) in a year, with its sources.
    pub fn national(&self, series: &str, year: i32) -> Option<(f64, &[Citation])> {
        self.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Country)
            .find_map(|e| {
                let p = self.point(series, &e.id, year)?;
                p.value.map(|v| (v, p.sources.as_slice()))
            })
    }

    /// A cluster's sum as a percentage of the national value in a year.
    pub fn share_of_national(&self, series: &str, cluster: &str, year: i32) -> Option<f64> {
        let total = self.cluster_total(series, cluster, year)?;
        let (national, _) = self.national(series, year)?;
        (national > 0.0).then(|| total.value / national * 100.0)
    }
}
