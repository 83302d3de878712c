//! The page address's query: reading a parameter, and replacing one without
//! reloading the page.

/// The value of query parameter `name` in the page's address.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Sets (or, with `None`, removes) query parameter `name` in the page's
/// address, keeping the others, without adding a history entry.
pub fn replace_param(name: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&window.location().href().unwrap_or_default()) else {
        return;
    };
    let params = url.search_params();
    match value {
        Some(value) => params.set(name, value),
        None => params.delete(name),
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}
