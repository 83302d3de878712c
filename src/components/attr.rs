//! An attribute of an element that is written only when its value
//! changes: the browser re-reads an attribute (and may restyle, lay out
//! and paint again) on every write, even of the same value.

use web_sys::Element;

/// One attribute of one element, with the value last written.
pub struct Attr {
    element: Element,
    name: &'static str,
    value: Option<String>,
}

impl Attr {
    /// Attribute `name` of `element`, not yet written.
    pub fn new(element: Element, name: &'static str) -> Attr {
        Attr {
            element,
            name,
            value: None,
        }
    }

    /// Writes `value`, unless it is the value already written.
    pub fn set(&mut self, value: String) {
        if self.value.as_ref() != Some(&value) {
            let _ = self.element.set_attribute(self.name, &value);
            self.value = Some(value);
        }
    }
}
