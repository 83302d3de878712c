//! The reader's fields that other formats bring: eras, media, the markup
//! of longer texts and the file a document was converted from.

use serde_json::{Map, Value};

use super::Reader;
use crate::core::dataset::model::{Era, Markup, Media, Origin, Tile};

/// The largest column or row of a tile: a map of a country's divisions
/// needs a few dozen at most.
const MAX_PLACE: u8 = 63;

impl Reader {
    pub(super) fn era(&mut self, o: &Map<String, Value>, item: &str) -> Option<Era> {
        self.known(o, item, &["title", "start", "end"]);
        Some(Era {
            title: self.text(o, item, "title")?,
            start: self.string(o, item, "start")?,
            end: self.string(o, item, "end")?,
        })
    }

    /// The optional `media` of a milestone.
    pub(super) fn media(&mut self, o: &Map<String, Value>, item: &str) -> Option<Media> {
        let v = o.get("media").filter(|v| !v.is_null())?;
        let field = format!("{item}, media");
        let mo = self.object(v, &field)?;
        self.known(mo, &field, &["url", "caption", "credit"]);
        Some(Media {
            url: self.string(mo, &field, "url")?,
            caption: self.optional_text(mo, &field, "caption"),
            credit: self.optional_text(mo, &field, "credit"),
        })
    }

    /// The optional `tile` of an entity: its place on the tile map.
    pub(super) fn tile(&mut self, o: &Map<String, Value>, item: &str) -> Option<Tile> {
        let v = o.get("tile").filter(|v| !v.is_null())?;
        let field = format!("{item}, tile");
        let to = self.object(v, &field)?;
        self.known(to, &field, &["col", "row", "short", "outline"]);
        let mut place = |name: &str| {
            let n = self.number(to, &field, name)?;
            let place =
                (n.fract() == 0.0 && (0.0..=f64::from(MAX_PLACE)).contains(&n)).then_some(n as u8);
            if place.is_none() {
                self.push(
                    &field,
                    name,
                    format!("expected a whole number from 0 to {MAX_PLACE}"),
                );
            }
            place
        };
        let (col, row) = (place("col"), place("row"));
        Some(Tile {
            col: col?,
            row: row?,
            short: self.text(to, &field, "short")?,
            outline: self.optional_string(to, &field, "outline"),
        })
    }

    /// The document's `markup`: `"plain"` when absent.
    pub(super) fn markup(&mut self, o: &Map<String, Value>, item: &str) -> Markup {
        match self.optional_string(o, item, "markup").as_deref() {
            None | Some("plain") => Markup::Plain,
            Some("html") => Markup::Html,
            Some(other) => {
                self.push(
                    item,
                    "markup",
                    format!("expected plain or html, found \"{other}\""),
                );
                Markup::Plain
            }
        }
    }

    /// The document's optional `origin`.
    pub(super) fn origin(&mut self, o: &Map<String, Value>, item: &str) -> Option<Origin> {
        let v = o.get("origin").filter(|v| !v.is_null())?;
        let field = format!("{item}, origin");
        let oo = self.object(v, &field)?;
        self.known(oo, &field, &["file", "format"]);
        Some(Origin {
            file: self.optional_string(oo, &field, "file").unwrap_or_default(),
            format: self.string(oo, &field, "format")?,
        })
    }
}
