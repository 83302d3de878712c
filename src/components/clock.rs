//! The page's clock, which the address history and the settings both read.

/// Milliseconds since the page opened.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
