//! Share and Embed as HTML text: their buttons, where they report, and the
//! Embed dialog with its two snippets; the names their listener finds.

use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::page::import::ImportAction;
use crate::core::text::strings::Strings;

names! {
    /// What a Share or Embed button does (its `data-share`).
    pub enum ShareAction {
        /// Copies the link of the current view.
        Share = "share",
        /// Opens the Embed dialog.
        Embed = "embed",
        /// Closes the Embed dialog.
        Close = "close",
    }
}

names! {
    /// The parts of Share and Embed that their listener finds.
    pub enum SharePart {
        /// Whether the link was copied.
        ShareStatus = "share-status",
        /// Whether a snippet was copied.
        DialogStatus = "dialog-status",
        /// The Embed dialog (by its id).
        Dialog = "embed-dialog",
    }
}

impl Part for SharePart {
    fn selector(self) -> String {
        // The dialog by its id, the others by their class.
        let by = if self == SharePart::Dialog { "#" } else { "." };
        format!("{by}{}", self.slug())
    }
}

names! {
    /// A snippet of the Embed dialog: the id of its text area, which its
    /// Copy button's `data-copy` names.
    pub enum Snippet {
        /// The frame.
        Iframe = "embed-iframe",
        /// The script.
        Script = "embed-script",
    }
}

impl Part for Snippet {
    fn selector(self) -> String {
        format!("#{}", self.slug())
    }
}

/// Why a link cannot carry the dataset shown, and the label of the button
/// that downloads it (see [`dialog_html`]).
pub struct Unlinkable<'a> {
    /// The sentence saying so, and what to do.
    pub why: &'a str,
    /// The download button's label.
    pub download: &'a str,
}

/// The Embed dialog, closed: its snippets, or for a dataset a link cannot
/// carry (`unlinkable`), why not and its download.
pub fn dialog_html(s: &Strings, unlinkable: Option<Unlinkable>) -> String {
    let mut h = Html::new();
    h.open(
        "dialog",
        &[
            ("class", "embed-dialog"),
            ("id", SharePart::Dialog.slug()),
            ("aria-labelledby", "embed-heading"),
            (Data::TestId.slug(), "embed-dialog"),
        ],
    );
    h.element("h2", &[("id", "embed-heading")], s.embed);
    if let Some(unlinkable) = unlinkable {
        h.element(
            "p",
            &[(Data::TestId.slug(), "embed-unlinkable")],
            unlinkable.why,
        );
        h.open("div", &[("class", "dialog-actions")]);
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("autofocus", ""),
                (Data::Import.slug(), ImportAction::Download.slug()),
            ],
            unlinkable.download,
        );
        close_button(&mut h, s);
        h.close("div").close("dialog");
        return h.finish();
    }
    h.element("p", &[], s.embed_intro);
    for (snippet, label, rows) in [
        (Snippet::Iframe, s.embed_iframe, "8"),
        (Snippet::Script, s.embed_script, "3"),
    ] {
        let id = snippet.slug();
        h.element("label", &[("for", id), ("class", "control-label")], label);
        h.element(
            "textarea",
            &[
                ("id", id),
                ("class", "snippet"),
                ("readonly", ""),
                ("rows", rows),
                (Data::TestId.slug(), id),
            ],
            "",
        );
        // The dialog opens on the first Copy button, not in a snippet
        // (which would scroll to its end).
        let mut attrs = vec![
            ("type", "button"),
            ("class", "button"),
            (Data::Copy.slug(), id),
        ];
        if snippet == Snippet::Iframe {
            attrs.push(("autofocus", ""));
        }
        h.element("button", &attrs, s.copy);
    }
    h.element(
        "p",
        &[("class", "embed-cors"), (Data::TestId.slug(), "embed-cors")],
        s.embed_cors,
    );
    h.open("div", &[("class", "dialog-actions")]);
    h.element(
        "span",
        &[
            ("class", SharePart::DialogStatus.slug()),
            ("role", "status"),
            (Data::TestId.slug(), "embed-status"),
        ],
        "",
    );
    close_button(&mut h, s);
    h.close("div").close("dialog");
    h.finish()
}

/// The button that closes the Embed dialog.
fn close_button(h: &mut Html, s: &Strings) {
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            (Data::Share.slug(), ShareAction::Close.slug()),
        ],
        s.close,
    );
}

/// The Share and Embed buttons, and where they report.
pub fn buttons_html(s: &Strings) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "share-buttons")]);
    for (action, label) in [(ShareAction::Share, s.share), (ShareAction::Embed, s.embed)] {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                (Data::Share.slug(), action.slug()),
                (Data::TestId.slug(), action.slug()),
            ],
            label,
        );
    }
    h.element(
        "span",
        &[
            ("class", SharePart::ShareStatus.slug()),
            ("role", "status"),
            (Data::TestId.slug(), "share-status"),
        ],
        "",
    );
    h.close("div");
    h.finish()
}
