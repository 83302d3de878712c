//! Share and Embed: copy the link of the current view, or the snippets that
//! put it in another page (as a frame, or by script).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::delegate::{Parts, target_data};
use super::history::{address_with, current_query};
use crate::core::link::permalink::Permalink;
use crate::core::link::snippet::{directory_of, iframe_snippet, script_snippet};
use crate::core::page::contract::Data;
use crate::core::page::html::Html;
use crate::core::text::strings::Strings;

/// The Embed dialog, closed.
pub fn dialog_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.open(
        "dialog",
        &[
            ("class", "embed-dialog"),
            ("id", "embed-dialog"),
            ("aria-labelledby", "embed-heading"),
            ("data-testid", "embed-dialog"),
        ],
    );
    h.element("h2", &[("id", "embed-heading")], s.embed);
    h.element("p", &[], s.embed_intro);
    for (kind, label, rows) in [
        ("iframe", s.embed_iframe, "8"),
        ("script", s.embed_script, "3"),
    ] {
        let id = format!("embed-{kind}");
        h.element("label", &[("for", &id), ("class", "control-label")], label);
        h.element(
            "textarea",
            &[
                ("id", &id),
                ("class", "snippet"),
                ("readonly", ""),
                ("rows", rows),
                ("data-testid", &format!("embed-{kind}")),
            ],
            "",
        );
        // The dialog opens on the first Copy button, not in a snippet
        // (which would scroll to its end).
        let mut attrs = vec![("type", "button"), ("class", "button"), ("data-copy", &id)];
        if kind == "iframe" {
            attrs.push(("autofocus", ""));
        }
        h.element("button", &attrs, s.copy);
    }
    h.element(
        "p",
        &[("class", "embed-cors"), ("data-testid", "embed-cors")],
        s.embed_cors,
    );
    h.open("div", &[("class", "dialog-actions")]);
    h.element(
        "span",
        &[
            ("class", "dialog-status"),
            ("role", "status"),
            ("data-testid", "embed-status"),
        ],
        "",
    );
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-share", "close"),
        ],
        s.close,
    );
    h.close("div").close("dialog");
    h.finish()
}

/// The Share and Embed buttons, and where they report.
pub fn buttons_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "share-buttons")]);
    for (action, label) in [("share", s.share), ("embed", s.embed)] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-share", action),
                ("data-testid", action),
            ],
            label,
        );
    }
    h.element(
        "span",
        &[
            ("class", "share-status"),
            ("role", "status"),
            ("data-testid", "share-status"),
        ],
        "",
    );
    h.close("div");
    h.finish()
}

/// Copies `text` to the clipboard; `false` if the browser refused.
async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// What a click in the header's Share and Embed part does: copies the
/// link, opens the Embed dialog with the snippets of the current view,
/// copies a snippet, or closes the dialog. `parts` is the header's;
/// `charted`, whether the dataset has charts (else its view is the
/// timeline).
pub fn on_share_click(ev: &web_sys::MouseEvent, parts: Parts, s: &'static Strings, charted: bool) {
    let title = |link: &Permalink| {
        let view = match link.view() {
            "timeline" | "list" => s.timeline_heading,
            _ => s.charts_heading,
        };
        format!("{}: {view}", s.app_name)
    };
    // Copies `text`, then says in the part `status` whether it worked.
    let copy_and_say =
        move |text: String, status: &'static str, done: &'static str, fail: &'static str| {
            leptos::task::spawn_local(async move {
                let copied = copy(&text).await;
                parts.text_at(status, if copied { done } else { fail });
            });
        };
    if let Some(id) = target_data(ev, Data::Copy) {
        let text = parts
            .find_at(&format!("#{id}"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default();
        copy_and_say(
            text,
            ".dialog-status",
            s.snippet_copied,
            s.copy_snippet_by_hand,
        );
        return;
    }
    match target_data(ev, Data::Share).as_deref() {
        Some("share") => {
            let address = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            copy_and_say(address, ".share-status", s.link_copied, s.copy_by_hand);
        }
        Some("embed") => {
            // The address holds the state the reader sees (with its
            // dataset, language and theme).
            let mut link = Permalink::decode(&current_query());
            link.focus = link.focus_in(charted);
            // Named even if it is the first tab, so that the frame's link
            // to the full atlas opens at it.
            link.view_named = true;
            link.embed = true;
            let frame = address_with(&link.encode()).unwrap_or_default();
            link.embed = false;
            let page = address_with("").unwrap_or_default();
            let script = script_snippet(directory_of(&page), &link);
            for (id, text) in [
                ("#embed-iframe", iframe_snippet(&frame, &title(&link))),
                ("#embed-script", script),
            ] {
                if let Some(area) = parts
                    .find_at(id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                {
                    area.set_value(&text);
                }
            }
            parts.text_at(".dialog-status", "");
            if let Some(dialog) = parts
                .find_at("#embed-dialog")
                .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
            {
                let _ = dialog.show_modal();
            }
        }
        Some("close") => {
            if let Some(dialog) = parts
                .find_at("#embed-dialog")
                .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
            {
                dialog.close();
            }
        }
        _ => {}
    }
}
