//! Files dropped on the page or pasted outside a text field open: one
//! listener on the window for dragging, dropping and pasting, removed with
//! the component.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::Importer;
use crate::components::delegate::report_missing;
use crate::core::page::contract::{Name, Part};
use crate::core::page::import::{ImportPart, Origin};
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::import::import_strings;

/// The events listened to.
const EVENTS: [&str; 4] = ["dragover", "dragleave", "drop", "paste"];

/// Opens what is dropped on the page or pasted outside a text field with
/// `importer`, in the language `lang` gives.
pub fn use_drop_and_paste(importer: Importer, lang: impl Fn() -> Lang + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some((name, file, origin)) = what_opens(&ev, &lang) {
            ev.prevent_default();
            importer.open(name, file, origin, lang());
        }
    });
    for event in EVENTS {
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    let listener = SendWrapper::new(listener);
    on_cleanup(move || {
        if let Some(window) = web_sys::window() {
            for event in EVENTS {
                let _ = window
                    .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
    });
}

/// What the event `ev` opens (a file's name, the file or text, where it
/// came from), if it opens anything; shows and hides the drop target on
/// the way (and lets the browser's own handling go for a drag of files).
fn what_opens(
    ev: &web_sys::Event,
    lang: &impl Fn() -> Lang,
) -> Option<(String, wasm_bindgen::JsValue, Origin)> {
    if let Some(drag) = ev.dyn_ref::<web_sys::DragEvent>() {
        let transfer = drag.data_transfer()?;
        if !transfer
            .types()
            .iter()
            .any(|k| k.as_string().as_deref() == Some("Files"))
        {
            return None;
        }
        match ev.type_().as_str() {
            "dragover" => {
                ev.prevent_default();
                show_target(true);
                return None;
            }
            // Leaving the window, not going from one element to another.
            "dragleave" if drag.related_target().is_none() => {
                show_target(false);
                return None;
            }
            "drop" => show_target(false),
            _ => return None,
        }
        let file = transfer.files()?.get(0)?;
        let name = file.name();
        return Some((name.clone(), file.into(), Origin::Opened(name)));
    }
    let paste = ev.dyn_ref::<web_sys::ClipboardEvent>()?;
    let into_a_field = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.is_content_editable()
        });
    if into_a_field {
        return None;
    }
    let data = paste.clipboard_data()?;
    if let Some(file) = data.files().and_then(|f| f.get(0)) {
        let name = file.name();
        return Some((name.clone(), file.into(), Origin::Opened(name)));
    }
    let text = data.get_data("text/plain").ok()?;
    if text.trim().is_empty() {
        return None;
    }
    let name = import_strings(lang()).pasted_name.to_string();
    Some((name, text.into(), Origin::Pasted))
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
