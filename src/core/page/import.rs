//! Opening a dataset as HTML text: the header's Open data button, its
//! dialog (a file picker, a paste box, the problems of a file that was not
//! opened), the drop target, and the line saying which dataset is shown
//! with the way back to the atlas's own; the names their listeners find.

use crate::core::page::contract::{Data, Name, Part, names};
use crate::core::page::html::Html;
use crate::core::text::strings::import::ImportStrings;

names! {
    /// What a control of opening a dataset does (its `data-import`).
    pub enum ImportAction {
        /// Opens the Open data dialog.
        Open = "open",
        /// Reads the text pasted in the dialog.
        ReadPasted = "read-pasted",
        /// Closes the dialog.
        Close = "close",
        /// Shows the atlas's own data again.
        Default = "default",
        /// Downloads the dataset shown in the project's JSON format.
        Download = "download",
    }
}

names! {
    /// The parts of opening a dataset that its listeners find (by id).
    pub enum ImportPart {
        /// The Open data dialog.
        Dialog = "import-dialog",
        /// Its file picker.
        File = "import-file",
        /// Its paste box.
        Paste = "import-paste",
        /// Where it says what it is reading, or what it found.
        Status = "import-status",
        /// The target shown while a file is dragged over the page.
        DropTarget = "drop-target",
    }
}

impl Part for ImportPart {
    fn selector(self) -> String {
        format!("#{}", self.slug())
    }
}

/// Where the dataset shown came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The atlas's own data.
    Default,
    /// A file the address names (`?data=`), by its address.
    Linked(String),
    /// A file opened or dropped on this device, by its name.
    Opened(String),
    /// Text pasted on this device.
    Pasted,
}

impl Origin {
    /// Whether a link can carry the dataset: the atlas's own, or one that
    /// the address names.
    pub fn linkable(&self) -> bool {
        matches!(self, Origin::Default | Origin::Linked(_))
    }
}

/// The header's Open data button.
pub fn open_button_html(s: &ImportStrings) -> String {
    let mut h = Html::new();
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("aria-haspopup", "dialog"),
            (Data::Import.slug(), ImportAction::Open.slug()),
            (Data::TestId.slug(), "open-data"),
        ],
        s.open_data,
    );
    h.finish()
}

/// The Open data dialog, closed.
pub fn dialog_html(s: &ImportStrings) -> String {
    let mut h = Html::new();
    h.open(
        "dialog",
        &[
            ("class", "import-dialog"),
            ("id", ImportPart::Dialog.slug()),
            ("aria-labelledby", "import-heading"),
        ],
    );
    h.element(
        "h2",
        &[("id", "import-heading")],
        s.open_data.trim_end_matches('…'),
    );
    h.element("p", &[], s.formats);
    h.element(
        "label",
        &[("for", ImportPart::File.slug()), ("class", "control-label")],
        s.choose_file,
    );
    h.element(
        "input",
        &[
            ("type", "file"),
            ("id", ImportPart::File.slug()),
            (
                "accept",
                ".json,.csv,.tsv,.txt,application/json,text/csv,text/plain",
            ),
        ],
        "",
    );
    h.element(
        "label",
        &[
            ("for", ImportPart::Paste.slug()),
            ("class", "control-label"),
        ],
        s.paste_label,
    );
    h.element(
        "textarea",
        &[
            ("id", ImportPart::Paste.slug()),
            ("class", "snippet"),
            ("rows", "6"),
            ("spellcheck", "false"),
        ],
        "",
    );
    h.open("div", &[("class", "dialog-actions")]);
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            (Data::Import.slug(), ImportAction::ReadPasted.slug()),
        ],
        s.read_pasted,
    );
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            (Data::Import.slug(), ImportAction::Close.slug()),
        ],
        s.close,
    );
    h.close("div");
    h.element(
        "div",
        &[
            ("id", ImportPart::Status.slug()),
            ("class", "import-status"),
            ("role", "status"),
            (Data::TestId.slug(), "import-status"),
        ],
        "",
    );
    h.close("dialog");
    h.finish()
}

/// The drop target, hidden until a file is dragged over the page.
pub fn drop_target_html(s: &ImportStrings) -> String {
    let mut h = Html::new();
    h.open(
        "div",
        &[
            ("id", ImportPart::DropTarget.slug()),
            ("class", "drop-target"),
            ("hidden", ""),
            (Data::TestId.slug(), "drop-target"),
        ],
    );
    h.element("p", &[], s.drop_here);
    h.close("div");
    h.finish()
}

/// The line saying which dataset is shown, `title`, and where it came
/// from, with the way back to the atlas's own data (and, for one a link
/// cannot carry, its download); nothing for the atlas's own data.
pub fn shown_html(title: &str, origin: &Origin, s: &ImportStrings) -> String {
    let from = match origin {
        Origin::Default => return String::new(),
        Origin::Linked(address) => s.from_link.replace("{name}", address),
        Origin::Opened(name) => s.from_file.replace("{name}", name),
        Origin::Pasted => s.from_paste.to_string(),
    };
    let mut h = Html::new();
    h.open(
        "div",
        &[
            ("class", "dataset-shown"),
            (Data::TestId.slug(), "dataset-shown"),
        ],
    );
    h.open("p", &[]);
    h.text(s.showing).text(": ");
    h.element("strong", &[], title);
    h.text(" (").text(&from).text(")");
    h.close("p");
    if !origin.linkable() {
        h.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                (Data::Import.slug(), ImportAction::Download.slug()),
            ],
            s.download_json,
        );
    }
    h.element(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            (Data::Import.slug(), ImportAction::Default.slug()),
            (Data::TestId.slug(), "back-to-default"),
        ],
        s.back_to_default,
    );
    h.close("div");
    h.finish()
}

/// The problems (or warnings) of a file, under `heading`: the first
/// [`crate::core::dataset::import::SHOWN`], and how many more.
pub fn problems_html(
    heading: &str,
    list: &[crate::core::dataset::problem::Problem],
    footer: &str,
    and_more: &str,
) -> String {
    let (first, more) = crate::core::dataset::import::shown(list);
    let mut h = Html::new();
    h.element("p", &[("class", "import-heading")], heading);
    h.open("ul", &[("class", "problem-list")]);
    for problem in first {
        h.element("li", &[], &problem.to_string());
    }
    if more > 0 {
        h.element("li", &[], &and_more.replace("{n}", &more.to_string()));
    }
    h.close("ul");
    if !footer.is_empty() {
        h.element("p", &[], footer);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::problem::Problem;
    use crate::core::text::bilingual::Lang;
    use crate::core::text::strings::import::import_strings;

    #[test]
    fn the_line_of_a_dataset_shown_escapes_its_title_and_offers_a_way_back() {
        let s = import_strings(Lang::En);
        let html = shown_html(
            "<img src=x onerror=alert(1)>",
            &Origin::Opened("a.csv".into()),
            s,
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(html.contains("opened from a.csv"));
        assert!(html.contains("data-import=\"download\""));
        assert!(html.contains("data-import=\"default\""));
        let linked = shown_html("T", &Origin::Linked("https://x.org/a.csv".into()), s);
        assert!(!linked.contains("data-import=\"download\""));
        assert!(shown_html("T", &Origin::Default, s).is_empty());
    }

    #[test]
    fn problems_beyond_the_first_fifty_are_counted() {
        let list: Vec<_> = (0..53)
            .map(|i| Problem::new(format!("a.csv, line {i}"), "date", "expected a date"))
            .collect();
        let html = problems_html("h", &list, "", "and {n} more");
        assert_eq!(html.matches("<li>").count(), 51);
        assert!(html.contains("and 3 more"));
    }
}
