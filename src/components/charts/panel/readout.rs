//! A chart's read-out: which value the pointer or the keyboard is on, the
//! overlay that shows it on the drawing, the sentence screen readers say,
//! and the year it highlights on the timeline.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart::ChartMemos;
use crate::components::delegate::Parts;
use crate::components::effect::effect;
use crate::components::locale::{use_lang, use_strings};
use crate::core::chart::readout::Reading;
use crate::core::dataset::atlas::Atlas;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::chart::overlay::overlay_html;

/// What the read-out works from.
pub struct UseReadoutOptions {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// The panel's parts.
    pub parts: Parts,
    /// The chart's memos.
    pub memos: ChartMemos,
    /// The series the legend hid.
    pub hidden: RwSignal<Vec<String>>,
    /// The year a chart's read-out is on, highlighted on the timeline.
    pub hover_year: RwSignal<Option<i32>>,
}

/// The read-out's cursor: the index of the mark it is on, if any. A new
/// selection of data closes it; a resize keeps it. Its overlay and its
/// sentence follow it.
pub fn use_readout(options: UseReadoutOptions) -> RwSignal<Option<usize>> {
    let UseReadoutOptions {
        atlas,
        parts,
        memos,
        hidden,
        hover_year,
    } = options;
    let lang = use_lang();
    let s = use_strings();
    let cursor = RwSignal::new(None::<usize>);
    effect(move || {
        memos.view.track();
        hidden.track();
        cursor.set(None);
    });
    let reading = Memo::new(move |_| {
        let index = cursor.get()?;
        memos.drawing.with(|d| {
            let d = d.as_ref()?.as_ref().ok()?;
            Reading::of(&memos.drawn.read(), &d.frame, index, &d.axis, lang, s)
        })
    });
    effect(move || hover_year.set(reading.get().map(|r| r.year)));
    effect(move || {
        let r = reading.get();
        let sentence = r.as_ref().map(Reading::sentence).unwrap_or_default();
        parts.text(ChartPart::ReadoutLive, &sentence);
        let html = memos.drawing.with(|d| {
            let d = d.as_ref()?.as_ref().ok()?;
            let mark = d.frame.marks.get(cursor.get()?)?;
            let width = memos.size.get_untracked().width;
            Some(overlay_html(
                &atlas,
                mark,
                d.frame.plot,
                width,
                r.as_ref()?,
                lang,
                s,
            ))
        });
        parts.html(ChartPart::Overlay, &html.unwrap_or_default());
    });
    cursor
}
