//! Loading a dataset named in the address (`?data=file.json`,
//! `?data=events.csv`): fetched from the page's own server (or any address
//! the browser may fetch), then converted by the import worker and read
//! on the page (see [`crate::components::import`]).
//!
//! Two performance marks time the reading: `dataset-fetched` when the
//! file's bytes have arrived, `dataset-read` once it is read and validated.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::import::worker::{Answer, convert};
use crate::core::dataset::import::{Report, check_size};
use crate::core::dataset::problem::Problem;
use crate::core::text::bilingual::Lang;
use crate::core::text::format::read_natural;
use crate::core::text::strings::import::import_strings;

/// Fetches `address` and reads it as a dataset, with the worker's answer
/// (its JSON, for a download, and its warnings); every problem is
/// reported, in `lang` where the page says it.
pub async fn fetch_dataset(address: &str, lang: Lang) -> Result<Answer, Report> {
    let failed = |message: String| Report {
        problems: vec![Problem::new(address, "", message)],
        warnings: Vec::new(),
    };
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
    let name = file_name(address);
    // A file the server says is too large is refused before it is
    // downloaded; the length of what arrives is checked again below (a
    // compressed response states its compressed length).
    if let Some(length) = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| read_natural::<usize>(l.trim()))
    {
        check_size(name, length)?;
    }
    // The bytes, not the text: the browser would decode them into a
    // JavaScript string only for it to be encoded again for WebAssembly.
    let body = response
        .array_buffer()
        .map_err(|_| failed("unreadable response".into()))?;
    let body = JsFuture::from(body)
        .await
        .map_err(|_| failed("unreadable response".into()))?;
    let bytes = js_sys::Uint8Array::new(&body);
    check_size(name, bytes.length() as usize)?;
    let performance = window.performance();
    let mark = |name: &str| performance.as_ref().map(|p| p.mark(name));
    mark("dataset-fetched");
    let answer = convert(name, bytes.into(), import_strings(lang)).await?;
    mark("dataset-read");
    Ok(answer)
}

/// The file an address names, for locating problems (`events.csv`): its
/// last path segment, without query or fragment.
fn file_name(address: &str) -> &str {
    let path = address.split(['?', '#']).next().unwrap_or(address);
    match path.rsplit('/').next() {
        Some(last) if !last.is_empty() => last,
        _ => address,
    }
}
