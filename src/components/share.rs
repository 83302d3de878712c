//! Share and Embed: copy the link of the current view, or the snippets that
//! put it in another page (as a frame, or by script). Their HTML text is
//! `core::page::share`'s.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::delegate::{Parts, target_data};
use super::history::{address_with, current_query};
use crate::core::link::permalink::Permalink;
use crate::core::link::snippet::{directory_of, iframe_snippet, script_snippet};
use crate::core::page::contract::{Data, Name};
use crate::core::page::share::{ShareAction, SharePart, Snippet};
use crate::core::text::strings::Strings;

/// Copies `text` to the clipboard; `false` if the browser refused.
async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// The text area of a snippet in the header's `parts`.
fn snippet_area(parts: Parts, snippet: Snippet) -> Option<web_sys::HtmlTextAreaElement> {
    parts.get(snippet).and_then(|e| e.dyn_into().ok())
}

/// The Embed dialog in the header's `parts`.
fn dialog(parts: Parts) -> Option<web_sys::HtmlDialogElement> {
    parts.get(SharePart::Dialog).and_then(|e| e.dyn_into().ok())
}

/// Copies `text`, then says in the part `status` whether it worked.
fn copy_and_say(
    parts: Parts,
    text: String,
    status: SharePart,
    done: &'static str,
    fail: &'static str,
) {
    leptos::task::spawn_local(async move {
        let copied = copy(&text).await;
        parts.text(status, if copied { done } else { fail });
    });
}

/// Opens the Embed dialog with the snippets of the current view.
fn open_embed(parts: Parts, s: &'static Strings, charted: bool) {
    // The address holds the state the reader sees (with its dataset,
    // language and theme).
    let mut link = Permalink::decode(&current_query());
    link.focus = link.focus_in(charted);
    // Named even if it is the first tab, so that the frame's link to the
    // full atlas opens at it.
    link.view_named = true;
    link.embed = true;
    let frame = address_with(&link.encode()).unwrap_or_default();
    link.embed = false;
    let page = address_with("").unwrap_or_default();
    let view = match &*link.view() {
        "timeline" | "list" => s.timeline_heading,
        _ => s.charts_heading,
    };
    let title = format!("{}: {view}", s.app_name);
    for (snippet, text) in [
        (Snippet::Iframe, iframe_snippet(&frame, &title)),
        (Snippet::Script, script_snippet(directory_of(&page), &link)),
    ] {
        if let Some(area) = snippet_area(parts, snippet) {
            area.set_value(&text);
        }
    }
    parts.text(SharePart::DialogStatus, "");
    if let Some(dialog) = dialog(parts) {
        let _ = dialog.show_modal();
    }
}

/// What a click in the header's Share and Embed part does: copies the
/// link, opens the Embed dialog with the snippets of the current view,
/// copies a snippet, or closes the dialog. `parts` is the header's;
/// `charted`, whether the dataset has charts (else its view is the
/// timeline); `not_linkable`, why a link cannot carry the dataset, if it
/// cannot (Share says so; the Embed dialog says so, and offers its
/// download).
pub fn on_share_click(
    ev: &web_sys::MouseEvent,
    parts: Parts,
    s: &'static Strings,
    charted: bool,
    not_linkable: Option<&'static str>,
) {
    if let Some(copied) = target_data(ev, Data::Copy) {
        let text = Snippet::from_slug(&copied)
            .and_then(|snippet| snippet_area(parts, snippet))
            .map(|t| t.value())
            .unwrap_or_default();
        let (done, fail) = (s.snippet_copied, s.copy_snippet_by_hand);
        copy_and_say(parts, text, SharePart::DialogStatus, done, fail);
        return;
    }
    let action = target_data(ev, Data::Share).and_then(|a| ShareAction::from_slug(&a));
    match (action, not_linkable) {
        (Some(ShareAction::Share), Some(why)) => parts.text(SharePart::ShareStatus, why),
        (Some(ShareAction::Embed), Some(_)) => {
            if let Some(dialog) = dialog(parts) {
                let _ = dialog.show_modal();
            }
        }
        (Some(ShareAction::Share), None) => {
            let address = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            let (done, fail) = (s.link_copied, s.copy_by_hand);
            copy_and_say(parts, address, SharePart::ShareStatus, done, fail);
        }
        (Some(ShareAction::Embed), None) => open_embed(parts, s, charted),
        (Some(ShareAction::Close), _) => {
            if let Some(dialog) = dialog(parts) {
                dialog.close();
            }
        }
        (None, _) => {}
    }
}
