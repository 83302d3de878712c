//! Loading a dataset named in the address (`?data=file.json`): fetched from
//! the page's own server (or any address the browser may fetch), then read
//! and validated by the same code as the default dataset.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::atlas::Atlas;
use crate::core::validate::{Problem, load_json};

/// Fetches `address` and loads it as a dataset; every problem is reported.
pub async fn fetch_dataset(address: &str) -> Result<Atlas, Vec<Problem>> {
    let failed = |message: String| vec![Problem::new(address, "", message)];
    let window = web_sys::window().ok_or_else(|| failed("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|_| {
            failed("could not be fetched (is the address right, and may this page read it?)".into())
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| failed("no response".into()))?;
    if !response.ok() {
        return Err(failed(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .map_err(|_| failed("unreadable response".into()))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| failed("unreadable response".into()))?;
    load_json(&text.as_string().unwrap_or_default())
}
