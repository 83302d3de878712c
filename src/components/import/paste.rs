//! Pasting CSV or JSON text (or a file) anywhere outside a text field
//! opens it.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Importer;
use crate::core::page::import::Origin;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::import::import_strings;

/// Whether the paste goes into something that takes text.
fn into_a_field(ev: &web_sys::ClipboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.is_content_editable()
        })
}

/// Opens text or a file pasted outside a text field with `importer`; the
/// listener goes with the component.
pub fn use_paste(importer: Importer, lang: impl Fn() -> Lang + Send + Sync + 'static) {
    let pasted = window_event_listener(ev::paste, move |ev: web_sys::ClipboardEvent| {
        if into_a_field(&ev) {
            return;
        }
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let lang = lang();
        if let Some(file) = data.files().and_then(|f| f.get(0)) {
            ev.prevent_default();
            let name = file.name();
            importer.open(name.clone(), file.into(), Origin::Opened(name), lang);
            return;
        }
        let text = data.get_data("text/plain").unwrap_or_default();
        if !text.trim().is_empty() {
            ev.prevent_default();
            let name = import_strings(lang).pasted_name.to_string();
            importer.open(name, text.into(), Origin::Pasted, lang);
        }
    });
    on_cleanup(move || pasted.remove());
}
