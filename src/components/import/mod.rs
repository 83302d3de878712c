//! Opening a dataset the reader brings: the Open data dialog, dropping a
//! file on the page, pasting text, and `?data=`. Every way ends in
//! [`Importer::open`], which has the import worker convert the file
//! ([`worker`]) and, if it has no problem, shows it in place of the
//! dataset shown; a file with problems leaves the page as it is and lists
//! them in the dialog.

pub mod dialog;
pub mod listen;
pub mod worker;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::download::save_text;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::bundled::default_atlas;
use crate::core::dataset::import::Report;
use crate::core::page::import::Origin;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::import::import_strings;

/// The dataset shown, where it came from, and what to say about it.
#[derive(Clone, Debug)]
pub struct Shown {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// Where it came from.
    pub origin: Origin,
    /// Whether it came from a file, which the worker can write as JSON
    /// for a download.
    pub from_file: bool,
    /// The warnings of the file it was read from, or the problems of a
    /// file named by the address that could not be read (the default
    /// dataset is shown then).
    pub report: Report,
}

/// Opens datasets: the one shown, as a signal the page is built from.
#[derive(Clone, Copy)]
pub struct Importer {
    /// The dataset shown.
    pub shown: RwSignal<Shown>,
    /// Whether a file is being read (a second one waits for it).
    busy: StoredValue<bool>,
}

impl Importer {
    /// An importer showing `shown`, given to the components below.
    pub fn provide(shown: Shown) -> Importer {
        let importer = Importer {
            shown: RwSignal::new(shown),
            busy: StoredValue::new(false),
        };
        provide_context(importer);
        importer
    }

    /// Reads the file `name` (a `File` or `Blob`, or a string of pasted
    /// text) from `origin` and shows it; its problems go to the dialog.
    pub fn open(self, name: String, file: JsValue, origin: Origin, lang: Lang) {
        if self.busy.get_value() {
            return;
        }
        self.busy.set_value(true);
        mark("import-handed-over");
        let s = import_strings(lang);
        dialog::say_reading(&name, s);
        leptos::task::spawn_local(async move {
            let read = worker::convert(&name, file, s).await;
            self.busy.set_value(false);
            match read {
                Ok(answer) => {
                    dialog::close();
                    reset_address();
                    self.shown.set(Shown {
                        atlas: Arc::new(answer.atlas),
                        origin,
                        from_file: true,
                        report: Report {
                            problems: Vec::new(),
                            warnings: answer.warnings,
                        },
                    });
                    mark("import-shown");
                }
                Err(report) => dialog::say_problems(&name, &report, lang),
            }
        });
    }

    /// Shows the atlas's own data again.
    pub fn back_to_default(self) {
        if let Ok(atlas) = default_atlas() {
            reset_address();
            self.shown.set(Shown {
                atlas: Arc::new(atlas),
                origin: Origin::Default,
                from_file: false,
                report: Report::default(),
            });
        }
    }

    /// Offers the dataset shown as a file in the project's JSON format,
    /// written by the import worker.
    pub fn download(self, lang: Lang) {
        let shown = self.shown.get_untracked();
        if !shown.from_file {
            return;
        }
        let name = format!("{}.json", file_stem(&shown.origin));
        leptos::task::spawn_local(async move {
            let s = import_strings(lang);
            let saved = match worker::json_of_opened(s).await {
                Ok(json) => save_text(&json, "application/json", &name),
                Err(why) => Err(why.into()),
            };
            if let Err(e) = saved {
                web_sys::console::error_1(&e);
            }
        });
    }
}

/// The name a download of the dataset shown takes, after where it came
/// from.
fn file_stem(origin: &Origin) -> String {
    let name = match origin {
        Origin::Opened(name) | Origin::Linked(name) => name.rsplit('/').next().unwrap_or(name),
        Origin::Default | Origin::Pasted => "dataset",
    };
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    if stem.is_empty() {
        "dataset".into()
    } else {
        stem.into()
    }
}

/// Empties the address of the view of the dataset shown before (and of
/// `data=`): the next dataset opens at its start, and a link cannot carry
/// a file opened on this device. The language and theme are written back
/// by the page's history.
fn reset_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let (Ok(history), Some(address)) = (window.history(), super::history::address_with("")) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// A performance mark (read by the benchmarks).
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
