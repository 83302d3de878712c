//! Where a link opens the page: scrolled to the view it names, or to the
//! half of the atlas whose state it records; a plain link at the top.

use crate::core::chart::options::{ChartOptions, Filters, charted};
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::{Focus, Permalink};
use crate::core::map::state::MapLink;

/// The half of the atlas a page opened at `link` is scrolled to, in
/// `atlas`: the view the link names (`view=`, a series chart only if
/// `atlas` has it); without one, the timeline
/// if the link records its state (one of `atlas`'s milestones, a window, a
/// search, the list), else the charts if it records theirs (a mode or
/// measure, clusters or years other than all of `atlas`'s, hidden series),
/// else the map if it records its choices.
/// `None` for a plain link, or one with only a language, a theme or a
/// dataset: the page opens at its top.
pub fn landing(link: &Permalink, atlas: &Atlas) -> Option<Focus> {
    let charted = charted(atlas);
    if link.names_view_in(atlas) {
        return Some(link.focus_in(charted));
    }
    let timeline = link.selected(atlas).is_some()
        || link.span.is_some()
        || !link.search.is_empty()
        || link.list;
    let charts = link.options != ChartOptions::default()
        || link.filters(atlas) != Filters::all(atlas)
        || link.hidden.iter().any(|h| !h.is_empty());
    if timeline {
        Some(Focus::Timeline)
    } else if charts {
        Some(link.focus_in(charted))
    } else {
        (link.map != MapLink::default()).then_some(Focus::Map)
    }
}
