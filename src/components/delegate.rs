//! Controls written as HTML text, with one event listener on their
//! container ("event delegation") and their state (pressed, selected,
//! checked) set by an effect: far less WebAssembly than a reactive element
//! per button, and the buttons keep focus while their state changes.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The value of `attr` on the element an event happened in, or on its
/// nearest ancestor that has it.
pub fn target_data(ev: &web_sys::Event, attr: &str) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target
        .closest(&format!("[{attr}]"))
        .ok()??
        .get_attribute(attr)
}

/// Runs `apply` on every element under `root` that has attribute `attr`,
/// with that attribute's value.
pub fn each_with<E>(root: &NodeRef<E>, attr: &str, mut apply: impl FnMut(&web_sys::Element, &str))
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    if let Some(root) = root
        .get()
        .and_then(|r| r.dyn_into::<web_sys::Element>().ok())
    {
        each_under(&root, attr, &mut apply);
    }
}

/// [`each_with`] through one concrete type: compiled once, not once per
/// caller's closure.
fn each_under(root: &web_sys::Element, attr: &str, apply: &mut dyn FnMut(&web_sys::Element, &str)) {
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

/// The parts of a component written as HTML text, found by CSS selector
/// under its root element, and updated in place.
#[derive(Clone, Copy)]
pub struct Parts {
    root: NodeRef<leptos::html::Div>,
}

impl Parts {
    /// The parts under `root`.
    pub fn new(root: NodeRef<leptos::html::Div>) -> Self {
        Parts { root }
    }

    /// The first element matching `selector`.
    pub fn find(&self, selector: &str) -> Option<web_sys::Element> {
        self.root.get_untracked()?.query_selector(selector).ok()?
    }

    /// Moves keyboard focus to the part.
    pub fn focus(&self, selector: &str) {
        if let Some(e) = self
            .find(selector)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    }

    /// Replaces the markup of the part.
    pub fn html(&self, selector: &str, html: &str) {
        if let Some(e) = self.find(selector) {
            e.set_inner_html(html);
        }
    }

    /// Replaces the text of the part.
    pub fn text(&self, selector: &str, text: &str) {
        if let Some(e) = self.find(selector) {
            e.set_text_content(Some(text));
        }
    }

    /// Sets an attribute of the part.
    pub fn attr(&self, selector: &str, name: &str, value: &str) {
        if let Some(e) = self.find(selector) {
            let _ = e.set_attribute(name, value);
        }
    }

    /// Shows the part, or hides it (its `hidden` attribute).
    pub fn show(&self, selector: &str, on: bool) {
        if let Some(e) = self.find(selector) {
            let _ = e.toggle_attribute_with_force("hidden", !on);
        }
    }

    /// Runs `apply` on every element under the root with attribute `attr`.
    pub fn each_with(&self, attr: &str, apply: impl FnMut(&web_sys::Element, &str)) {
        each_with(&self.root, attr, apply);
    }
}
