//! The reader's fields: objects, known keys, required and optional
//! strings, numbers, years and bilingual texts, and lists of items.

use serde_json::{Map, Value};

use super::{Reader, kind};
use crate::core::dataset::problem::Problem;
use crate::core::text::bilingual::Text;

impl Reader {
    pub(super) fn push(&mut self, item: &str, field: &str, message: String) {
        self.problems.push(Problem::new(item, field, message));
    }

    pub(super) fn object<'v>(
        &mut self,
        value: &'v Value,
        item: &str,
    ) -> Option<&'v Map<String, Value>> {
        let found = value.as_object();
        if found.is_none() {
            self.push(
                item,
                "",
                format!("expected an object, found {}", kind(value)),
            );
        }
        found
    }

    /// Reports keys that the format does not know (misspellings).
    pub(super) fn known(&mut self, o: &Map<String, Value>, item: &str, fields: &[&str]) {
        for key in o.keys() {
            if !fields.contains(&key.as_str()) {
                self.push(
                    item,
                    key,
                    format!("unknown field (expected one of: {})", fields.join(", ")),
                );
            }
        }
    }

    /// A field that must be present.
    pub(super) fn required<'v>(
        &mut self,
        o: &'v Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<&'v Value> {
        let found = o.get(field).filter(|v| !v.is_null());
        if found.is_none() {
            self.push(item, field, "missing (this field is required)".to_string());
        }
        found
    }

    pub(super) fn typed<T>(
        &mut self,
        value: &Value,
        item: &str,
        field: &str,
        expected: &str,
        get: impl Fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let found = get(value);
        if found.is_none() {
            self.push(
                item,
                field,
                format!("expected {expected}, found {}", kind(value)),
            );
        }
        found
    }

    pub(super) fn array<'v>(
        &mut self,
        value: &'v Value,
        item: &str,
        field: &str,
        expected: &str,
    ) -> Option<&'v Vec<Value>> {
        let found = value.as_array();
        if found.is_none() {
            self.push(
                item,
                field,
                format!("expected {expected}, found {}", kind(value)),
            );
        }
        found
    }

    pub(super) fn string(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<String> {
        let v = self.required(o, item, field)?;
        self.typed(v, item, field, "a string", |v| {
            v.as_str().map(str::to_string)
        })
    }

    pub(super) fn optional_string(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<String> {
        let v = o.get(field).filter(|v| !v.is_null())?;
        self.typed(v, item, field, "a string", |v| {
            v.as_str().map(str::to_string)
        })
    }

    pub(super) fn number(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<f64> {
        let v = self.required(o, item, field)?;
        self.typed(v, item, field, "a number", Value::as_f64)
    }

    pub(super) fn optional_number(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<f64> {
        let v = o.get(field).filter(|v| !v.is_null())?;
        self.typed(v, item, field, "a number", Value::as_f64)
    }

    pub(super) fn year(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
        required: bool,
    ) -> Option<i32> {
        let v = if required {
            self.required(o, item, field)?
        } else {
            o.get(field).filter(|v| !v.is_null())?
        };
        self.typed(v, item, field, "a whole year", |v| {
            v.as_i64().and_then(|y| i32::try_from(y).ok())
        })
    }

    /// A [`Text`]: a string, or an object with `en` and optionally `zh`.
    pub(super) fn text_value(&mut self, v: &Value, item: &str, field: &str) -> Option<Text> {
        match v {
            Value::String(en) => Some(Text::en(en.clone())),
            Value::Object(o) => {
                for key in o.keys().filter(|k| *k != "en" && *k != "zh") {
                    self.push(
                        item,
                        &format!("{field}.{key}"),
                        "unknown language (expected en or zh)".to_string(),
                    );
                }
                let label = format!("{field}.en");
                let en = match o.get("en") {
                    Some(Value::String(en)) => en.clone(),
                    Some(other) => {
                        self.push(
                            item,
                            &label,
                            format!("expected a string, found {}", kind(other)),
                        );
                        return None;
                    }
                    None => {
                        self.push(
                            item,
                            &label,
                            "missing (the English text is required)".to_string(),
                        );
                        return None;
                    }
                };
                let zh = o
                    .get("zh")
                    .and_then(Value::as_str)
                    .filter(|z| !z.trim().is_empty());
                Some(Text {
                    en,
                    zh: zh.map(str::to_string),
                })
            }
            other => {
                self.push(
                    item,
                    field,
                    format!(
                        "expected a text (a string, or an object with \"en\" and \"zh\"), found {}",
                        kind(other)
                    ),
                );
                None
            }
        }
    }

    pub(super) fn text(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Option<Text> {
        let v = self.required(o, item, field)?;
        self.text_value(v, item, field)
    }

    pub(super) fn optional_text(
        &mut self,
        o: &Map<String, Value>,
        item: &str,
        field: &str,
    ) -> Option<Text> {
        let v = o.get(field).filter(|v| !v.is_null())?;
        self.text_value(v, item, field)
    }

    pub(super) fn texts(&mut self, o: &Map<String, Value>, item: &str, field: &str) -> Vec<Text> {
        let Some(v) = o.get(field).filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(list) = self.array(v, item, field, "a list") else {
            return Vec::new();
        };
        list.iter()
            .enumerate()
            .filter_map(|(i, t)| self.text_value(t, item, &format!("{field}[{}]", i + 1)))
            .collect()
    }

    /// The items of an optional list, each read by `read` and named `noun`.
    pub(super) fn list<T>(
        &mut self,
        o: &Map<String, Value>,
        field: &str,
        noun: &str,
        read: fn(&mut Reader, &Map<String, Value>, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = o.get(field).filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(items) = self.array(v, "dataset", field, "a list") else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, value)| {
                let id = value.get("id").and_then(Value::as_str);
                let item = match id {
                    Some(id) => format!("{noun} \"{id}\""),
                    None => format!("{noun} {}", i + 1),
                };
                let object = self.object(value, &item)?;
                read(self, object, &item)
            })
            .collect()
    }
}
