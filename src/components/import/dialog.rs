//! The Open data dialog: opening and closing it, what it says while a file
//! is read and the problems of one that was not opened, and what its
//! controls (and the line saying which dataset is shown) do.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Importer;
use crate::components::delegate::{report_missing, target_data};
use crate::core::dataset::import::Report;
use crate::core::page::contract::{Data, Name, Part};
use crate::core::page::import::{ImportAction, ImportPart, Origin, problems_html};
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::import::{ImportStrings, import_strings};
use crate::core::text::strings::strings;

/// The part of the dialog, in the page's document; reported if missing.
fn part(part: ImportPart) -> Option<web_sys::Element> {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&part.selector()).ok().flatten());
    if found.is_none() {
        report_missing(&part.selector());
    }
    found
}

fn dialog() -> Option<web_sys::HtmlDialogElement> {
    part(ImportPart::Dialog).and_then(|d| d.dyn_into().ok())
}

/// Opens the dialog (if it is not open), its status emptied.
pub fn open() {
    if let Some(status) = part(ImportPart::Status) {
        status.set_inner_html("");
    }
    show();
}

fn show() {
    if let Some(dialog) = dialog()
        && !dialog.open()
    {
        let _ = dialog.show_modal();
    }
}

/// Closes the dialog.
pub fn close() {
    if let Some(dialog) = dialog() {
        dialog.close();
    }
}

/// Says that `name` is being read (in the dialog, if it is open).
pub fn say_reading(name: &str, s: &ImportStrings) {
    if let Some(status) = part(ImportPart::Status) {
        status.set_text_content(Some(&s.reading.replace("{name}", name)));
    }
}

/// Lists the problems of `name`, which was not opened, in the dialog
/// (opened if it is not), and says that the data shown is unchanged.
pub fn say_problems(name: &str, report: &Report, lang: Lang) {
    let s = import_strings(lang);
    let html = problems_html(
        &s.not_opened.replace("{name}", name),
        &report.problems,
        s.kept,
        strings(lang).and_more,
    );
    show();
    if let Some(status) = part(ImportPart::Status) {
        let _ = status.set_attribute("role", "alert");
        status.set_inner_html(&html);
        status.scroll_into_view();
    }
}

/// What a click on a control of opening a dataset does.
pub fn on_import_click(ev: &web_sys::MouseEvent, importer: Importer, lang: Lang) {
    match target_data(ev, Data::Import).and_then(|a| ImportAction::from_slug(&a)) {
        Some(ImportAction::Open) => open(),
        Some(ImportAction::Close) => close(),
        Some(ImportAction::ReadPasted) => {
            let text = part(ImportPart::Paste)
                .and_then(|p| p.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|p| p.value())
                .unwrap_or_default();
            if !text.trim().is_empty() {
                let name = import_strings(lang).pasted_name.to_string();
                importer.open(name, text.into(), Origin::Pasted, lang);
            }
        }
        Some(ImportAction::Default) => importer.back_to_default(),
        Some(ImportAction::Download) => importer.download(lang),
        None => {}
    }
}

/// What choosing a file in the dialog's picker does: opens it.
pub fn on_import_change(ev: &web_sys::Event, importer: Importer, lang: Lang) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter(|i| i.id() == ImportPart::File.slug())
    else {
        return;
    };
    if let Some(file) = input.files().and_then(|f| f.get(0)) {
        let name = file.name();
        importer.open(name.clone(), file.into(), Origin::Opened(name), lang);
    }
    // The same file chosen again is read again.
    input.set_value("");
}

/// The importer the app provides, if this page has one (a full page; not
/// an embedded view).
pub fn use_importer() -> Option<Importer> {
    use_context::<Importer>()
}
