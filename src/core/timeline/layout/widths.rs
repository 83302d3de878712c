//! The widths of labels and of group counts, in pixels.

use crate::core::dataset::atlas::Milestone;
use crate::core::layout::labels::unclipped_text_width;
use crate::core::text::bilingual::Lang;

/// The widest a milestone's label gets, in pixels (longer ones end in an
/// ellipsis).
pub const LABEL_MAX: f64 = 170.0;

/// The width a milestone's label needs for the whole of its short title:
/// 12.8 px text (measured to err wide even for the widest glyphs, since
/// a label that is not cut short is drawn without a clip), 6 px of
/// padding and a pixel of border on each side.
fn full_width(m: &Milestone, lang: Lang) -> f64 {
    unclipped_text_width(m.short().get(lang), 12.8) + 14.0
}

/// The width of a milestone's label: its short title, at most
/// [`LABEL_MAX`].
pub fn label_width(m: &Milestone, lang: Lang) -> f64 {
    full_width(m, lang).min(LABEL_MAX)
}

/// Whether a label drawn `width` pixels wide (capped at [`LABEL_MAX`], or
/// shortened by [`place`](super::place::place)) cuts its short title
/// short, so that it must be clipped and end in an ellipsis. Other labels
/// have room for their whole title and are drawn unclipped, which spares
/// the browser a clip for each.
pub fn cuts_title(m: &Milestone, lang: Lang, width: f64) -> bool {
    width < full_width(m, lang)
}

/// The width of a group's count badge ("12"): at least 44 px, a target a
/// finger can hit.
pub fn badge_width(count: usize) -> f64 {
    (16.0 + 7.0 * count.to_string().len() as f64).max(44.0)
}
