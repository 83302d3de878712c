//! The wire format: a validated dataset as compact bytes, read back
//! without being validated again.
//!
//! A dataset is validated once, where it is read: the import worker reads
//! and validates a reader's file and hands the page its [`Atlas`] in this
//! format; the default dataset is validated when `make data` writes
//! `data/atlas.bin` (a native test checks that it matches
//! `data/atlas.json`). Reading the bytes back checks only that they are
//! whole and well formed (see [`bytes::Reader`]): on a hundred thousand
//! milestones that is several times quicker than parsing JSON, and the
//! page carries no JSON parser.
//!
//! The bytes begin with [`MAGIC`] and the format's version, so that bytes
//! of another kind or build are refused in words. The format is the
//! build's own: nothing but the same build reads it, and nothing stores
//! it.

pub mod answer;
pub mod bytes;
pub mod model;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;

use self::bytes::{Reader, WireError, Writer};
use self::model::Wire;
use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::dataset::model::{Citation, Entity, Point, Series};

/// The first bytes of the format, with its version last.
pub const MAGIC: &[u8; 6] = b"ATLAS\x04";

/// A dataset in the wire format.
pub fn encode_atlas(atlas: &Atlas) -> Vec<u8> {
    let mut w = Writer::default();
    put_atlas(&mut w, atlas);
    w.finish()
}

/// Reads a dataset written by [`encode_atlas`].
pub fn decode_atlas(bytes: &[u8]) -> Result<Atlas, WireError> {
    let mut r = Reader::new(bytes);
    let atlas = take_atlas(&mut r);
    r.end()?;
    Ok(atlas.indexed())
}

/// Writes a dataset's fields (not whether it is the bundled one, which
/// [`crate::core::dataset::bundled::default_atlas`] says).
fn put_atlas(w: &mut Writer, atlas: &Atlas) {
    atlas.title.put(w);
    atlas.version.put(w);
    atlas.updated.put(w);
    atlas.licence.put(w);
    atlas.description.put(w);
    atlas.caveats.put(w);
    atlas.clusters.put(w);
    atlas.entities.put(w);
    atlas.sources.put(w);
    atlas.figures.put(w);
    put_milestones(w, &atlas.milestones);
    put_series(w, &atlas.series, &atlas.entities);
    atlas.imported.put(w);
    atlas.eras.put(w);
    atlas.markup.put(w);
    atlas.origin.put(w);
    atlas.stories.put(w);
}

/// Reads a dataset written by [`put_atlas`], not yet indexed (which is
/// done once the bytes read are known to be whole: see [`Reader`]).
fn take_atlas(r: &mut Reader) -> Atlas {
    let (title, version, updated, licence, description, caveats) = (
        Wire::take(r),
        Wire::take(r),
        Wire::take(r),
        Wire::take(r),
        Wire::take(r),
        Wire::take(r),
    );
    let clusters = Wire::take(r);
    let entities: Vec<Entity> = Wire::take(r);
    let (sources, figures, milestones) = (Wire::take(r), Wire::take(r), take_milestones(r));
    let series = take_series(r, &entities);
    Atlas {
        title,
        version,
        updated,
        licence,
        description,
        caveats,
        clusters,
        entities,
        sources,
        series,
        figures,
        milestones,
        imported: Wire::take(r),
        eras: Wire::take(r),
        markup: Wire::take(r),
        origin: Wire::take(r),
        stories: Wire::take(r),
        bundled: false,
        source_index: Default::default(),
        entity_index: Default::default(),
        point_order: Vec::new(),
    }
}

/// Writes milestones, the clusters and lists of sources they share
/// written once each, before them, and named by their place.
fn put_milestones(w: &mut Writer, milestones: &[Milestone]) {
    let mut clusters = Shared::default();
    let mut sources = Shared::default();
    let places: Vec<(usize, usize)> = milestones
        .iter()
        .map(|m| {
            let cluster = m
                .cluster
                .as_ref()
                .map_or(0, |c| 1 + clusters.place(c.as_ptr() as usize, c.len(), c));
            let cited = sources.place(m.sources.as_ptr() as usize, m.sources.len(), &m.sources);
            (cluster, cited)
        })
        .collect();
    w.count(clusters.items.len());
    for cluster in clusters.items {
        cluster.put(w);
    }
    w.count(sources.items.len());
    for cited in sources.items {
        w.count(cited.len());
        for citation in cited.iter() {
            citation.put(w);
        }
    }
    w.count(milestones.len());
    for (m, (cluster, cited)) in milestones.iter().zip(places) {
        m.id.put(w);
        m.date.put(w);
        w.count(cluster);
        m.short.put(w);
        m.title.put(w);
        m.description.put(w);
        w.count(cited);
        m.extras.put(w);
    }
}

/// Reads milestones written by [`put_milestones`], sharing again what they
/// shared.
fn take_milestones(r: &mut Reader) -> Vec<Milestone> {
    let clusters: Vec<Arc<str>> = Wire::take(r);
    let n = r.count();
    let sources: Vec<Arc<[Citation]>> = (0..n).map(|_| Vec::<Citation>::take(r).into()).collect();
    let n = r.count();
    (0..n)
        .map(|_| {
            let id = Wire::take(r);
            let date = Wire::take(r);
            let cluster = match r.place() {
                0 => None,
                at => clusters.get(at - 1).cloned().or_else(|| {
                    r.fail("a cluster listed before");
                    None
                }),
            };
            let short = Wire::take(r);
            let title = Wire::take(r);
            let description = Wire::take(r);
            let at = r.place();
            let cited = sources.get(at).cloned().unwrap_or_else(|| {
                r.fail("sources listed before");
                Arc::default()
            });
            Milestone {
                id,
                date,
                cluster,
                short,
                title,
                description,
                sources: cited,
                extras: Wire::take(r),
            }
        })
        .collect()
}

/// Writes series, the sources their points cite written once each (most
/// points of a series cite the same), before them, and named by their
/// place.
fn put_series(w: &mut Writer, series: &[Series], entities: &[Entity]) {
    let entity_places: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut cited: Vec<&[Citation]> = Vec::new();
    let mut places: HashMap<String, usize> = HashMap::new();
    let mut points: Vec<Vec<usize>> = Vec::with_capacity(series.len());
    for s in series {
        let mut of_series = Vec::with_capacity(s.points.len());
        for p in &s.points {
            let mut key = String::new();
            for c in &p.sources {
                for part in [Some(&c.source), c.quote.as_ref(), c.note.as_ref()] {
                    key.push_str(part.map_or("\u{0}", |p| p.as_str()));
                    key.push('\u{1}');
                }
            }
            let place = *places.entry(key).or_insert_with(|| {
                cited.push(&p.sources);
                cited.len() - 1
            });
            of_series.push(place);
        }
        points.push(of_series);
    }
    w.count(cited.len());
    for sources in &cited {
        w.count(sources.len());
        for c in sources.iter() {
            c.put(w);
        }
    }
    w.count(series.len());
    for (s, places) in series.iter().zip(points) {
        s.id.put(w);
        s.title.put(w);
        s.unit.put(w);
        s.notes.put(w);
        w.count(s.points.len());
        // Years as steps from the point before: mostly one, which packs.
        let mut year = 0;
        for (p, place) in s.points.iter().zip(places) {
            // Validated: every point's entity is listed.
            w.count(entity_places.get(p.entity.as_str()).copied().unwrap_or(0));
            w.int(i64::from(p.year) - year);
            year = i64::from(p.year);
            p.value.put(w);
            w.count(place);
            p.note.put(w);
        }
    }
}

/// Reads series written by [`put_series`], whose points name their
/// entities by their place in `entities`.
fn take_series(r: &mut Reader, entities: &[Entity]) -> Vec<Series> {
    let cited: Vec<Vec<Citation>> = Wire::take(r);
    let n = r.count();
    (0..n)
        .map(|_| {
            let (id, title, unit, notes) =
                (Wire::take(r), Wire::take(r), Wire::take(r), Wire::take(r));
            let count = r.count();
            let mut year = 0i64;
            let points = (0..count)
                .map(|_| {
                    let at = r.place();
                    let entity = entities.get(at).map_or_else(
                        || {
                            r.fail("an entity listed before");
                            String::new()
                        },
                        |e| e.id.clone(),
                    );
                    year = year
                        .checked_add(r.int())
                        .filter(|y| i32::try_from(*y).is_ok())
                        .unwrap_or_else(|| {
                            r.fail("a year within ±2,147,483,647");
                            0
                        });
                    let value = Wire::take(r);
                    let at = r.place();
                    let sources = cited.get(at).cloned().unwrap_or_else(|| {
                        r.fail("sources listed before");
                        Vec::new()
                    });
                    Point {
                        entity,
                        year: year as i32,
                        value,
                        sources,
                        note: Wire::take(r),
                    }
                })
                .collect();
            Series {
                id,
                title,
                unit,
                notes,
                points,
            }
        })
        .collect()
}

/// Values shared by many milestones (behind one `Arc`), each listed once.
struct Shared<'a, T: ?Sized> {
    /// The values, in the order first met.
    items: Vec<&'a T>,
    /// The place of each in `items`, by its address and length.
    places: HashMap<(usize, usize), usize>,
}

impl<T: ?Sized> Default for Shared<'_, T> {
    fn default() -> Self {
        Shared {
            items: Vec::new(),
            places: HashMap::new(),
        }
    }
}

impl<'a, T: ?Sized> Shared<'a, T> {
    /// The place of the value at `address`, of `len` items, listing it if
    /// it is new.
    fn place(&mut self, address: usize, len: usize, value: &'a T) -> usize {
        *self.places.entry((address, len)).or_insert_with(|| {
            self.items.push(value);
            self.items.len() - 1
        })
    }
}
