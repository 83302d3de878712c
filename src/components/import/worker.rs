//! The import worker, seen from the page: started on the first import
//! only, then kept; each file is posted to it and its answer awaited.
//!
//! The worker's loader is named in the page (`<meta name="import-worker">`,
//! written after the build) or, in a script embed, by `embed.js`
//! (`clusterAtlas.worker`). A worker cannot be started from another
//! origin's address: there, a one-line bootstrap from a `blob:` address
//! loads the atlas's loader, if the host page's policy allows workers from
//! `blob:`. A worker whose WebAssembly is refused fires no error: a
//! timeout reports it.

use std::cell::RefCell;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use super::mark;
use crate::components::embed::loader_setting;
use crate::core::dataset::atlas::Atlas;
use crate::core::dataset::import::Report;
use crate::core::dataset::problem::Problem;
use crate::core::dataset::wire::answer::decode_answer;
use crate::core::dataset::wire::bytes::WireError;
use crate::core::text::strings::import::ImportStrings;

/// How long the worker may take to start, in milliseconds.
const START_MS: i32 = 10_000;

/// A handler of the worker's events.
type Handler = Closure<dyn FnMut(JsValue)>;

thread_local! {
    /// The worker, once started.
    static STARTED: RefCell<Option<Worker>> = const { RefCell::new(None) };
    /// The handlers the worker calls, kept alive until the next request
    /// replaces them.
    static HANDLERS: RefCell<Vec<Handler>> = const { RefCell::new(Vec::new()) };
    /// The last file that opened, by its name: what a download of the
    /// dataset shown converts again.
    static OPENED: RefCell<Option<(String, JsValue)>> = const { RefCell::new(None) };
}

/// A file converted by the worker: its dataset, validated, and warnings.
pub struct Answer {
    /// The dataset.
    pub atlas: Atlas,
    /// Its warnings.
    pub warnings: Vec<Problem>,
}

/// Converts the file `name` (a `Blob`, a string, or a `Uint8Array`, which
/// is transferred) in the worker, starting it first if need be. A file
/// that opens is kept (a copy of an array), for [`json_of_opened`].
pub async fn convert(name: &str, file: JsValue, s: &ImportStrings) -> Result<Answer, Report> {
    let fail = |message: String| Report {
        problems: vec![Problem::new(name, "", message)],
        warnings: Vec::new(),
    };
    let kept = copy(&file);
    let request = Object::new();
    let _ = Reflect::set(&request, &"name".into(), &name.into());
    let _ = Reflect::set(&request, &"file".into(), &file);
    let reply = ask(&request, &file, s).await.map_err(fail)?;
    mark("import-converted");
    let bytes = Reflect::get(&reply, &"answer".into())
        .ok()
        .and_then(|a| a.dyn_into::<Uint8Array>().ok())
        .map(|a| a.to_vec())
        .unwrap_or_default();
    let unreadable = |e: WireError| {
        fail(
            s.worker_failed
                .replace("{why}", &format!("its answer could not be read ({e}).")),
        )
    };
    let (report, atlas) = decode_answer(&bytes).map_err(unreadable)?;
    mark("import-read");
    match atlas {
        Some(atlas) if report.problems.is_empty() => {
            OPENED.with_borrow_mut(|opened| *opened = Some((name.to_string(), kept)));
            Ok(Answer {
                atlas,
                warnings: report.warnings,
            })
        }
        _ => Err(report),
    }
}

/// The file last opened (the dataset shown, if it came from a file) in
/// the project's JSON format, written by the worker; or why it could not
/// be.
pub async fn json_of_opened(s: &ImportStrings) -> Result<String, String> {
    let (name, file) = OPENED
        .with_borrow(Clone::clone)
        .ok_or("no file was opened.")?;
    let file = copy(&file);
    let request = Object::new();
    let _ = Reflect::set(&request, &"name".into(), &name.into());
    let _ = Reflect::set(&request, &"file".into(), &file);
    let _ = Reflect::set(&request, &"json".into(), &JsValue::TRUE);
    let reply = ask(&request, &file, s).await?;
    let json = Reflect::get(&reply, &"json".into()).unwrap_or_default();
    match json.dyn_into::<Uint8Array>() {
        Ok(json) => String::from_utf8(json.to_vec()).map_err(|_| "its JSON is not UTF-8.".into()),
        Err(why) => Err(why.as_string().unwrap_or_default()),
    }
}

/// `file`, or a copy of it if it is an array (which posting transfers).
fn copy(file: &JsValue) -> JsValue {
    match file.dyn_ref::<Uint8Array>() {
        Some(bytes) => bytes.slice(0, bytes.length()).into(),
        None => file.clone(),
    }
}

/// Posts `request` to the worker, starting it first if need be, `payload`
/// transferred if it is a `Uint8Array`; its reply.
async fn ask(request: &Object, payload: &JsValue, s: &ImportStrings) -> Result<JsValue, String> {
    let worker = match STARTED.with_borrow(Clone::clone) {
        Some(worker) => worker,
        None => start(s).await?,
    };
    let transfer = Array::new();
    if let Some(bytes) = payload.dyn_ref::<Uint8Array>() {
        transfer.push(&bytes.buffer());
    }
    let failed = |e: JsValue| s.worker_failed.replace("{why}", &describe(&e));
    let reply = await_message(&worker, |_| true, None);
    worker
        .post_message_with_transfer(request, &transfer)
        .map_err(failed)?;
    JsFuture::from(reply).await.map_err(failed)
}

/// Starts the worker and waits until it listens.
async fn start(s: &ImportStrings) -> Result<Worker, String> {
    mark("import-worker-start");
    let refused = |e: JsValue| s.worker_refused.replace("{why}", &describe(&e));
    let worker = new_worker().map_err(refused)?;
    let ready = await_message(
        &worker,
        |data| data.as_string().as_deref() == Some("ready"),
        Some(START_MS),
    );
    match JsFuture::from(ready).await {
        Ok(_) => {
            mark("import-worker-ready");
            STARTED.with_borrow_mut(|started| *started = Some(worker.clone()));
            Ok(worker)
        }
        Err(e) => {
            worker.terminate();
            Err(if e.is_undefined() {
                s.worker_timeout.to_string()
            } else {
                s.worker_refused.replace("{why}", &describe(&e))
            })
        }
    }
}

/// The worker, from the page's own address, or through a bootstrap where
/// the loader is on another origin (a script embed).
fn new_worker() -> Result<Worker, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let here = window.location().href()?;
    let loader = match loader_setting("worker") {
        Some(absolute) => absolute,
        None => {
            let document = window.document().ok_or("no document")?;
            let meta = document
                .query_selector("meta[name=\"import-worker\"]")?
                .and_then(|m| m.get_attribute("content"))
                .ok_or("the page names no import worker.")?;
            web_sys::Url::new_with_base(&meta, &document.base_uri()?.unwrap_or(here.clone()))?
                .href()
        }
    };
    let loader_url = web_sys::Url::new(&loader)?;
    if loader_url.origin() == web_sys::Url::new(&here)?.origin() {
        return Worker::new(&loader);
    }
    let base = web_sys::Url::new_with_base("./", &loader)?.href();
    let source = format!(
        "self.atlasBase={};importScripts({});",
        js_string(&base),
        js_string(&loader)
    );
    let parts = Array::of1(&JsValue::from_str(&source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let worker = Worker::new(&url);
    let _ = web_sys::Url::revoke_object_url(&url);
    worker
}

/// A promise of the worker's next message that `accept` accepts (its
/// data), rejected by an error of the worker, or with `undefined` after
/// `timeout` milliseconds.
fn await_message(worker: &Worker, accept: fn(&JsValue) -> bool, timeout: Option<i32>) -> Promise {
    let worker = worker.clone();
    Promise::new(&mut |resolve, reject| {
        let on_message = {
            let resolve = resolve.clone();
            Handler::new(move |event: JsValue| {
                let data = event
                    .dyn_ref::<MessageEvent>()
                    .map(MessageEvent::data)
                    .unwrap_or_default();
                if accept(&data) {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            })
        };
        let on_error = {
            let reject = reject.clone();
            Handler::new(move |event: JsValue| {
                let message = Reflect::get(&event, &"message".into())
                    .ok()
                    .filter(|m| m.as_string().is_some_and(|m| !m.is_empty()))
                    .unwrap_or_else(|| "its script could not be loaded.".into());
                let _ = reject.call1(&JsValue::NULL, &message);
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        if let (Some(ms), Some(window)) = (timeout, web_sys::window()) {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, ms);
        }
        HANDLERS.with_borrow_mut(|handlers| *handlers = vec![on_message, on_error]);
    })
}

/// A JavaScript string literal of `text`, an address as the URL parser
/// writes it (which has no line break): its quotes and backslashes
/// percent-encoded, as they may be in an address.
fn js_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "%5C").replace('"', "%22"))
}

/// What an error says, in a sentence.
fn describe(error: &JsValue) -> String {
    let text = Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "an unknown error.".into());
    if text.ends_with('.') {
        text
    } else {
        format!("{text}.")
    }
}
