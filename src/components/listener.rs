//! Event listeners through one concrete type.
//!
//! `on:click=f` is generic over the listener `f`, so every listener
//! compiles its own copy of Leptos' code that attaches it and runs it in
//! its owner. A boxed listener is of one type for each kind of event, so
//! that code is compiled once per kind of event.

/// `listen` boxed, for `on:<event>=`.
pub fn listener<E: 'static>(listen: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(listen)
}
