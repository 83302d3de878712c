//! Reading a dataset's stories (see [`crate::core::story`]).

use serde_json::{Map, Value};

use super::Reader;
use crate::core::story::model::{Highlight, Step, Story};

impl Reader {
    /// A story, its steps named by their place ("story \"x\", step 2").
    pub(super) fn story(&mut self, o: &Map<String, Value>, item: &str) -> Option<Story> {
        self.known(o, item, &["id", "title", "description", "steps"]);
        let steps = match o.get("steps") {
            Some(v) => self.array(v, item, "steps", "a list of steps")?,
            None => {
                self.push(item, "steps", "missing (a story needs steps)".into());
                return None;
            }
        };
        let steps = steps
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let item = format!("{item}, step {}", i + 1);
                let so = self.object(v, &item)?;
                self.step(so, &item)
            })
            .collect();
        Some(Story {
            id: self.string(o, item, "id")?,
            title: self.text(o, item, "title")?,
            description: self
                .optional_text(o, item, "description")
                .unwrap_or_default(),
            steps,
        })
    }

    fn step(&mut self, o: &Map<String, Value>, item: &str) -> Option<Step> {
        self.known(o, item, &["title", "text", "view", "highlight", "sources"]);
        let highlight = match o.get("highlight").filter(|v| !v.is_null()) {
            Some(v) => {
                let field = format!("{item}, highlight");
                let ho = self.object(v, &field)?;
                self.known(ho, &field, &["points", "figures", "milestones", "tiles"]);
                Highlight {
                    points: self.ids(ho, &field, "points"),
                    figures: self.ids(ho, &field, "figures"),
                    milestones: self.ids(ho, &field, "milestones"),
                    tiles: self.ids(ho, &field, "tiles"),
                }
            }
            None => Highlight::default(),
        };
        Some(Step {
            title: self.text(o, item, "title")?,
            text: self.optional_text(o, item, "text").unwrap_or_default(),
            view: self.optional_string(o, item, "view").unwrap_or_default(),
            highlight,
            sources: self.ids(o, item, "sources"),
        })
    }

    /// An optional list of ids (strings).
    fn ids(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Vec<String> {
        let Some(v) = o.get(field).filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(list) = self.array(v, item, field, "a list of ids") else {
            return Vec::new();
        };
        list.iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let id = v.as_str().map(str::to_string);
                if id.is_none() {
                    self.push(
                        item,
                        &format!("{field}[{}]", i + 1),
                        "expected an id (a string)".into(),
                    );
                }
                id
            })
            .collect()
    }
}
