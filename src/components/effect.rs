//! Effects through one concrete type.
//!
//! `Effect::new` is generic over its closure, so every call site compiles
//! its own copy of the effect machinery into the WebAssembly. Passing the
//! work as a boxed closure compiles that machinery once.

use leptos::prelude::*;

/// Runs `work` now and again whenever a signal it reads changes, for as
/// long as the component that called it lives.
pub fn effect(work: impl Fn() + 'static) {
    let work: Box<dyn Fn()> = Box::new(work);
    Effect::new(move |_| work());
}
