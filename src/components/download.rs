//! Saving a file the app made (SVG, PNG, CSV) to the reader's computer.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// Offers `blob` as a download named `name`.
fn save_blob(blob: &web_sys::Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let link: web_sys::HtmlAnchorElement = document()?.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

fn blob(text: &str, mime: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Saves text (an SVG or a CSV) as a file.
pub fn save_text(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    save_blob(&blob(text, mime)?, name)
}

/// Saves a drawing (an SVG document of `width` × `height` CSS pixels) as
/// SVG, or as PNG at twice its size, under `name`.
pub fn save_drawing(
    svg: &str,
    png: bool,
    (width, height): (u32, u32),
    name: &str,
) -> Result<(), JsValue> {
    if png {
        save_png(svg, width, height, 2, name)
    } else {
        save_text(svg, "image/svg+xml", name)
    }
}

/// Renders an SVG document of `width` × `height` CSS pixels to a PNG at
/// `scale` times that size and saves it. The work finishes asynchronously.
fn save_png(svg: &str, width: u32, height: u32, scale: u32, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(&blob(svg, "image/svg+xml")?)?;
    let image = web_sys::HtmlImageElement::new()?;
    let name = name.to_string();
    let loaded = image.clone();
    let source = url.clone();
    let onload = Closure::once_into_js(move || {
        let result = (|| -> Result<(), JsValue> {
            let canvas: web_sys::HtmlCanvasElement =
                document()?.create_element("canvas")?.dyn_into()?;
            canvas.set_width(width * scale);
            canvas.set_height(height * scale);
            let context: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or_else(|| JsValue::from_str("no 2d context"))?
                .dyn_into()?;
            context.draw_image_with_html_image_element_and_dw_and_dh(
                &loaded,
                0.0,
                0.0,
                f64::from(width * scale),
                f64::from(height * scale),
            )?;
            let save = Closure::once_into_js(move |png: Option<web_sys::Blob>| {
                if let Some(png) = png
                    && let Err(e) = save_blob(&png, &name)
                {
                    web_sys::console::error_1(&e);
                }
            });
            canvas.to_blob(save.unchecked_ref())
        })();
        let _ = web_sys::Url::revoke_object_url(&source);
        if let Err(e) = result {
            web_sys::console::error_1(&e);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}
