//! Checking what other formats bring: eras, and a milestone's end, media
//! and date as shown.

use super::Validator;
use crate::core::dataset::atlas::{EraSpan, Extras};
use crate::core::dataset::index::ids::IdIndex;
use crate::core::dataset::model::{Entity, Era, MilestoneRecord};
use crate::core::time::date::Date;

impl Validator {
    /// Checks era `i` (from 0); its span if it has no problem.
    pub(super) fn era(&mut self, i: usize, era: &Era) -> Option<EraSpan> {
        let item = format!("era {}", i + 1);
        self.text(&item, "title", &era.title);
        let start = self.parsed(&item, "start", &era.start);
        let end = self.parsed(&item, "end", &era.end);
        let (start, end) = (start?, end?);
        if end < start {
            self.push(
                &item,
                "end",
                format!("expected an end not before the start ({start}), found {end}"),
            );
            return None;
        }
        Some(EraSpan {
            title: era.title.clone(),
            start,
            end,
        })
    }

    /// Checks the entities' tiles: each has a label, an outline names a
    /// cluster, and no two share a place on the grid.
    pub(super) fn tiles(&mut self, entities: &[Entity], clusters: &IdIndex) {
        let mut taken: Vec<((u8, u8), &str)> = Vec::new();
        for e in entities {
            let Some(tile) = &e.tile else { continue };
            let item = format!("entity \"{}\", tile", e.id);
            self.text(&item, "short", &tile.short);
            self.reference(
                &item,
                "outline",
                tile.outline.as_deref(),
                clusters,
                "cluster",
            );
            let place = (tile.col, tile.row);
            match taken.iter().find(|(p, _)| *p == place) {
                Some((_, other)) => self.push(
                    &item,
                    "col",
                    format!(
                        "expected a place of its own, found column {} row {}, which entity \"{other}\" has",
                        tile.col, tile.row
                    ),
                ),
                None => taken.push((place, &e.id)),
            }
        }
    }

    /// A date read from `text`, or its problem logged.
    fn parsed(&mut self, item: &str, field: &str, text: &str) -> Option<Date> {
        match text.parse::<Date>() {
            Ok(date) => Some(date),
            Err(err) => {
                self.push(item, field, err.to_string());
                None
            }
        }
    }

    /// Checks a milestone's end, media and date as shown, `start` being its
    /// date if it could be read; `None` if one has a problem, else the
    /// extras it has (if any).
    pub(super) fn extras(
        &mut self,
        item: &dyn Fn() -> String,
        start: Option<&Date>,
        m: &MilestoneRecord,
    ) -> Option<Option<Box<Extras>>> {
        if m.end.is_none() && m.media.is_none() && m.display_date.is_none() {
            return Some(None);
        }
        let item = item();
        let before = self.problems.len();
        let end = m
            .end
            .as_deref()
            .and_then(|end| self.parsed(&item, "end", end));
        if let (Some(start), Some(end)) = (start, end)
            && end < *start
        {
            self.push(
                &item,
                "end",
                format!("expected an end not before the date ({start}), found {end}"),
            );
        }
        if let Some(media) = &m.media {
            self.address(&format!("{item}, media"), "url", &media.url);
        }
        if let Some(shown) = &m.display_date {
            self.text(&item, "display_date", shown);
        }
        (self.problems.len() == before).then(|| {
            Some(Box::new(Extras {
                end,
                media: m.media.clone(),
                display_date: m.display_date.clone(),
            }))
        })
    }
}
