//! The milestones shown, as a CSV of milestones: the format the import
//! reads (`date,group,title,description,source`), so that an export
//! imports again.

use crate::core::dataset::atlas::{Atlas, Milestone};
use crate::core::dataset::cell::push_row;
use crate::core::text::bilingual::Lang;

/// The header of a CSV of milestones: the import's column names, the same
/// in both languages.
pub const MILESTONES_HEADER: &str = "date,group,title,description,source";

/// The file name of the milestones' export.
pub const MILESTONES_FILE: &str = "cluster-atlas-milestones.csv";

/// The CSV of `milestones` (those shown, in the order given) of `atlas`,
/// their texts in `lang`: a row each, its date at its precision, its
/// cluster's name as the group, its title and description, and its
/// sources (an address where the source has one, else its title; several
/// joined by "; "). A source that is an imported file itself is left out,
/// so that the export, imported, cites itself. Text cells a spreadsheet
/// could run as a formula are neutralised (see
/// [`crate::core::dataset::cell`]).
pub fn milestones_csv<'a>(
    atlas: &Atlas,
    milestones: impl IntoIterator<Item = &'a Milestone>,
    lang: Lang,
) -> String {
    let mut out = format!("{MILESTONES_HEADER}\r\n");
    for m in milestones {
        let date = m.date.to_string();
        let group = m
            .cluster
            .as_deref()
            .and_then(|id| atlas.cluster(id))
            .map_or("", |c| c.name.get(lang));
        let sources: Vec<&str> = m
            .sources
            .iter()
            .filter_map(|c| atlas.source(&c.source))
            .filter(|s| !(atlas.imported() && s.id == "file" && s.address().is_empty()))
            .map(|s| {
                if s.address().is_empty() {
                    s.title.get(lang)
                } else {
                    s.address()
                }
            })
            .collect();
        push_row(
            &mut out,
            &[
                &date,
                group,
                m.title.get(lang),
                m.description.get(lang),
                &sources.join("; "),
            ],
        );
    }
    out
}
