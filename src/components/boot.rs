//! Start-up chores outside the component tree: replacing the loading
//! message of `index.html`, and a readable message if the app ever panics.

use wasm_bindgen::JsCast;

use super::embed::Host;

/// Removes the "Loading…" message that `index.html` shows until the atlas
/// is shown (a page embedding the app by script has none).
pub fn remove_loading_message(host: &Host) {
    if let Host::Page = host {
        remove_boot();
    }
}

/// Removes `index.html`'s loading message, if it is still up: only the
/// element of that id and class, should a page embedding the app have an
/// element of that id.
fn remove_boot() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
        .filter(|b| b.class_name().starts_with("boot"))
    {
        boot.remove();
    }
}

/// Makes a panic show a readable message on the page instead of leaving a
/// dead page (a panic aborts the WebAssembly module).
pub fn show_panics_on_page() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // The loading message, if still up (a panic while a dataset is
        // read), gives way to the banner.
        remove_boot();
        let Some(body) = document.body() else {
            return;
        };
        if let Ok(element) = document.create_element("div")
            && let Ok(banner) = element.dyn_into::<web_sys::HtmlElement>()
        {
            banner.set_class_name("fatal");
            let _ = banner.set_attribute("role", "alert");
            banner.set_text_content(Some(
                    "Cluster Atlas stopped because of an internal error. Reload the page to start again.",
                ));
            let _ = body.prepend_with_node_1(&banner);
        }
    }));
}
