//! Controls written as HTML text, with one event listener on their
//! container ("event delegation") and their state (pressed, selected,
//! checked) set by an effect: far less WebAssembly than a reactive element
//! per button, and the buttons keep focus while their state changes.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::page::contract::{Data, Name, Part};

/// The value of data attribute `data` on the element an event happened
/// in, or on its nearest ancestor that has it.
pub fn target_data(ev: &web_sys::Event, data: Data) -> Option<String> {
    target_attr(ev, data.slug())
}

/// The value of `attr` on the element an event happened in, or on its
/// nearest ancestor that has it.
pub fn target_attr(ev: &web_sys::Event, attr: &str) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target
        .closest(&format!("[{attr}]"))
        .ok()??
        .get_attribute(attr)
}

/// Runs `apply` on every element under `root` that has data attribute
/// `data`, with that attribute's value.
pub fn each_with<E>(root: &NodeRef<E>, data: Data, mut apply: impl FnMut(&web_sys::Element, &str))
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    if let Some(root) = root
        .get()
        .and_then(|r| r.dyn_into::<web_sys::Element>().ok())
    {
        each_under(&root, data, &mut apply);
    }
}

/// [`each_with`] under an element, through one concrete type: compiled
/// once, not once per caller's closure.
pub fn each_under(
    root: &web_sys::Element,
    data: Data,
    apply: &mut dyn FnMut(&web_sys::Element, &str),
) {
    let attr = data.slug();
    let Ok(list) = root.query_selector_all(&format!("[{attr}]")) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(element) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            && let Some(value) = element.get_attribute(attr)
        {
            apply(&element, &value);
        }
    }
}

/// Reports on the console an element the page expected and did not find,
/// naming it: the browser tests fail on console errors, so a broken
/// contract between a writer and its finder shows, and nothing panics.
pub fn report_missing(selector: &str) {
    web_sys::console::error_1(&format!("Cluster Atlas: no element matches {selector}").into());
}

/// The parts of a component written as HTML text, found by CSS selector
/// under its root element, and updated in place. A part not found is
/// reported ([`report_missing`]) and skipped.
#[derive(Clone, Copy)]
pub struct Parts {
    root: NodeRef<leptos::html::Div>,
}

impl Parts {
    /// The parts under `root`.
    pub fn new(root: NodeRef<leptos::html::Div>) -> Self {
        Parts { root }
    }

    /// The part, if the root is mounted; reported if it is missing.
    #[inline(never)]
    pub fn get(&self, part: impl Part) -> Option<web_sys::Element> {
        self.find_at(&part.selector())
    }

    /// Moves keyboard focus to the part.
    #[inline(never)]
    pub fn focus(&self, part: impl Part) {
        self.focus_at(&part.selector());
    }

    /// Replaces the markup of the part.
    #[inline(never)]
    pub fn html(&self, part: impl Part, html: &str) {
        self.html_at(&part.selector(), html);
    }

    /// Replaces the text of the part.
    #[inline(never)]
    pub fn text(&self, part: impl Part, text: &str) {
        self.text_at(&part.selector(), text);
    }

    /// Sets an attribute of the part.
    #[inline(never)]
    pub fn attr(&self, part: impl Part, name: &str, value: &str) {
        self.attr_at(&part.selector(), name, value);
    }

    /// Shows the part, or hides it (its `hidden` attribute).
    #[inline(never)]
    pub fn show(&self, part: impl Part, on: bool) {
        self.show_at(&part.selector(), on);
    }

    /// The first element matching `selector`, reported if there is none.
    fn find_at(&self, selector: &str) -> Option<web_sys::Element> {
        let root = self.root.get_untracked()?;
        find_under(&root, selector)
    }

    /// Moves keyboard focus to the element matching `selector`.
    fn focus_at(&self, selector: &str) {
        if let Some(e) = self
            .find_at(selector)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    }

    /// Replaces the markup of the element matching `selector`.
    fn html_at(&self, selector: &str, html: &str) {
        if let Some(e) = self.find_at(selector) {
            e.set_inner_html(html);
        }
    }

    /// Replaces the text of the element matching `selector`.
    fn text_at(&self, selector: &str, text: &str) {
        if let Some(e) = self.find_at(selector) {
            e.set_text_content(Some(text));
        }
    }

    /// Sets an attribute of the element matching `selector`.
    fn attr_at(&self, selector: &str, name: &str, value: &str) {
        if let Some(e) = self.find_at(selector) {
            let _ = e.set_attribute(name, value);
        }
    }

    /// Shows or hides the element matching `selector`.
    fn show_at(&self, selector: &str, on: bool) {
        if let Some(e) = self.find_at(selector) {
            let _ = e.toggle_attribute_with_force("hidden", !on);
        }
    }

    /// Runs `apply` on every element under the root with data attribute
    /// `data`.
    pub fn each_with(&self, data: Data, apply: impl FnMut(&web_sys::Element, &str)) {
        each_with(&self.root, data, apply);
    }
}

/// The part of `root`, an element no [`Parts`] holds (a section); reported
/// ([`report_missing`]) if it is missing.
pub fn part_of(root: &web_sys::Element, part: impl Part) -> Option<web_sys::Element> {
    find_under(root, &part.selector())
}

/// The first element under `root` matching `selector`, reported if there
/// is none: what [`part_of`] and [`Parts`] find through, and a component
/// whose selector carries a value (a milestone's id).
pub fn find_under(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    let found = root.query_selector(selector).ok().flatten();
    if found.is_none() {
        report_missing(selector);
    }
    found
}
