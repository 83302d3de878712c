//! A chart's read-out: which value the pointer or the keyboard is on, the
//! overlay that shows it on the drawing, the sentence screen readers say,
//! and the year it highlights on the timeline.

use leptos::prelude::*;

use super::Panel;
use super::chart::ChartMemos;
use crate::components::effect::effect;
use crate::core::chart::readout::Reading;
use crate::core::link::permalink::StoryPlace;
use crate::core::page::chart::frame::ChartPart;
use crate::core::page::chart::overlay::overlay_html;
use crate::core::story::model::point_of;
use crate::core::story::view::step_at;

/// The read-out's cursor: the index of the mark it is on, if any. A new
/// selection of data closes it, and a `story`'s step puts it on the
/// first point the step highlights; a resize keeps it. Its overlay and its
/// sentence follow it, and its year is `hover_year`, highlighted on the
/// timeline.
pub fn use_readout(
    panel: &Panel,
    memos: ChartMemos,
    hover_year: RwSignal<Option<i32>>,
    story: RwSignal<Option<StoryPlace>>,
) -> RwSignal<Option<usize>> {
    let atlas = panel.atlas.clone();
    let parts = panel.parts;
    let hidden = panel.hidden;
    let lang = panel.lang;
    let s = panel.s;
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
    // A story's step puts the read-out on the first point it highlights,
    // once the chart is drawn, and once: the reader moves it from there.
    {
        let atlas = atlas.clone();
        // The step it was put there for.
        let placed = std::cell::RefCell::new(None::<StoryPlace>);
        effect(move || {
            let place = story.get();
            if *placed.borrow() == place {
                return;
            }
            let point = place.as_ref().and_then(|p| {
                let (_, step) = step_at(&atlas, p)?;
                step.highlight.points.first().cloned()
            });
            let Some((key, year)) = point.as_deref().and_then(point_of) else {
                *placed.borrow_mut() = place;
                return;
            };
            let at = memos.drawing.with(|d| {
                let d = d.as_ref()?.as_ref().ok()?;
                memos.drawn.with(|view| d.frame.mark_of(view, key, year))
            });
            if at.is_some() {
                cursor.set(at);
                *placed.borrow_mut() = place;
            }
        });
    }
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
