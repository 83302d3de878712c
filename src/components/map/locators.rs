//! The cluster cards' locators: each card's small tile map, its cluster's
//! members filled, drawn by `draw::map` in the theme's colours and drawn
//! again when the theme changes.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::delegate::each_with;
use crate::components::effect::effect;
use crate::components::settings::use_dark;
use crate::core::dataset::atlas::Atlas;
use crate::core::map::grid::TileGrid;
use crate::core::map::view::locator_view;
use crate::core::page::contract::Data;
use crate::draw::map::draw_locator;
use crate::draw::theme::{DARK, LIGHT};

/// A locator's width, in pixels (its height follows the grid's).
const WIDTH: u32 = 96;

/// Draws the locator of every card under `lead` that has a place for one.
pub fn use_locators(lead: NodeRef<Div>, atlas: Arc<Atlas>) {
    let dark = use_dark();
    let grid = TileGrid::of(&atlas);
    effect(move || {
        let theme = if dark.get() { &DARK } else { &LIGHT };
        each_with(&lead, Data::Locator, |element, id| {
            let view = locator_view(&atlas, &grid, id);
            if let Ok(svg) = draw_locator(&view, WIDTH, theme) {
                element.set_inner_html(&svg);
            }
        });
    });
}
