//! Dropping a file anywhere on the page opens it: a target covers the page
//! while a file is dragged over it.

use leptos::ev;
use leptos::prelude::*;

use super::Importer;
use crate::components::delegate::report_missing;
use crate::core::page::contract::{Name, Part};
use crate::core::page::import::{ImportPart, Origin};
use crate::core::text::bilingual::Lang;

/// Whether the drag carries files (not text or a link from the page).
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|t| {
        t.types()
            .iter()
            .any(|k| k.as_string().as_deref() == Some("Files"))
    })
}

/// Shows the drop target, or hides it.
fn show_target(on: bool) {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ImportPart::DropTarget.slug()));
    match target {
        Some(target) => {
            let _ = target.toggle_attribute_with_force("hidden", !on);
        }
        None => report_missing(&ImportPart::DropTarget.selector()),
    }
}

/// Opens a file dropped on the page with `importer`, in the language
/// `lang` gives; the listeners go with the component.
pub fn use_drop(importer: Importer, lang: impl Fn() -> Lang + Clone + Send + Sync + 'static) {
    let over = window_event_listener(ev::dragover, |ev: web_sys::DragEvent| {
        if carries_files(&ev) {
            ev.prevent_default();
            show_target(true);
        }
    });
    let leave = window_event_listener(ev::dragleave, |ev: web_sys::DragEvent| {
        // Leaving the window, not moving from one element to another.
        if ev.related_target().is_none() {
            show_target(false);
        }
    });
    let dropped = window_event_listener(ev::drop, move |ev: web_sys::DragEvent| {
        if !carries_files(&ev) {
            return;
        }
        ev.prevent_default();
        show_target(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|t| t.files())
            .and_then(|f| f.get(0))
        {
            let name = file.name();
            importer.open(name.clone(), file.into(), Origin::Opened(name), lang());
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        dropped.remove();
    });
}
