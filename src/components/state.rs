//! The state the charts and the timeline share.

use leptos::prelude::*;

use crate::core::chart::Filters;

/// What the reader chose that more than one part of the page follows.
#[derive(Clone, Copy, Debug)]
pub struct Shared {
    /// The clusters and years shown, by the charts and the timeline.
    pub filters: RwSignal<Filters>,
    /// The selected milestone (its index in date order), marked on charts.
    pub selected: RwSignal<Option<usize>>,
    /// The year a chart's read-out is on, highlighted on the timeline.
    pub hover_year: RwSignal<Option<i32>>,
}
