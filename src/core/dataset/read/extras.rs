//! The reader's fields that other formats bring: eras, media, the markup
//! of longer texts and the file a document was converted from.

use serde_json::{Map, Value};

use super::Reader;
use crate::core::dataset::model::{Era, Markup, Media, Origin};

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
