//! The import worker: a web worker that reads the file a reader brings
//! (opened, dropped, pasted or named by `?data=`), validates it and gives
//! the page back the dataset in the wire format, and writes a dataset in
//! the project's JSON format for a download. It is loaded on the first
//! import only, and holds the pure core's importers and no Leptos (it is
//! built without the `app` feature).
//!
//! The worker first posts `"ready"` once it listens (messages sent before
//! would be lost). Then:
//! - to `{name, file}`, `file` being a `Blob` (a `File`), a string
//!   (pasted text) or a `Uint8Array` (a file the page fetched), it answers
//!   `{answer}`, the problems and warnings and, if the file has no
//!   problem, its dataset (see `core::dataset::import::convert`), as a
//!   transferred `Uint8Array`;
//! - to `{name, file, json: true}`, a file it read before, it answers
//!   `{json}`, the dataset in the project's JSON format as a transferred
//!   `Uint8Array`, or the text of why it could not.

/// The allocator, as the page's (see `src/main.rs`).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_family = "wasm")]
mod worker {
    use cluster_atlas::core::dataset::import::convert::{convert, json_file};
    use cluster_atlas::core::dataset::import::{Report, check_size};
    use cluster_atlas::core::dataset::problem::Problem;
    use cluster_atlas::core::dataset::wire::answer::encode_answer;
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::{JsFuture, spawn_local};
    use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

    /// Listens for files, then says it is ready.
    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let answer_to = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let scope = answer_to.clone();
            spawn_local(async move { answer(&scope, event.data()).await });
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page: its listener too.
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str("ready"));
    }

    /// Converts the file in `request`, or writes it as JSON if it asks,
    /// and posts the result.
    async fn answer(scope: &DedicatedWorkerGlobalScope, request: JsValue) {
        let reply = Object::new();
        let transfer = Array::new();
        let send = |key: &str, bytes: Vec<u8>| {
            let array = Uint8Array::from(bytes.as_slice());
            transfer.push(&array.buffer());
            let _ = Reflect::set(&reply, &key.into(), &array);
        };
        let name = Reflect::get(&request, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        let file = Reflect::get(&request, &"file".into()).unwrap_or(JsValue::UNDEFINED);
        let json = Reflect::get(&request, &"json".into()).is_ok_and(|j| j.is_truthy());
        let bytes = bytes_of(&name, file).await;
        if json {
            match bytes.and_then(|bytes| json_file(&name, bytes)) {
                Ok(json) => send("json", json),
                Err(report) => {
                    let why = report
                        .problems
                        .first()
                        .map(|p| p.to_string())
                        .unwrap_or_default();
                    let _ = Reflect::set(&reply, &"json".into(), &why.into());
                }
            }
        } else {
            let answer = match bytes {
                Ok(bytes) => convert(&name, bytes),
                Err(report) => encode_answer(&report, None),
            };
            send("answer", answer);
        }
        let _ = scope.post_message_with_transfer(&reply, &transfer);
    }

    /// The bytes of `file`: a string's UTF-8, an array's bytes (a file
    /// the page fetched), or a blob's contents, read only if it is within
    /// the size limit.
    async fn bytes_of(name: &str, file: JsValue) -> Result<Vec<u8>, Report> {
        if let Some(text) = file.as_string() {
            return Ok(text.into_bytes());
        }
        if let Some(bytes) = file.dyn_ref::<Uint8Array>() {
            return Ok(bytes.to_vec());
        }
        let unreadable = |message: &str| Report {
            problems: vec![Problem::new(name, "", message)],
            warnings: Vec::new(),
        };
        let blob: Blob = file
            .dyn_into()
            .map_err(|_| unreadable("is neither a file nor text"))?;
        check_size(name, blob.size() as usize)?;
        let buffer = JsFuture::from(blob.array_buffer())
            .await
            .map_err(|_| unreadable("could not be read (was it moved or deleted?)"))?;
        Ok(Uint8Array::new(&buffer).to_vec())
    }
}

fn main() {
    #[cfg(target_family = "wasm")]
    worker::start();
    #[cfg(not(target_family = "wasm"))]
    eprintln!("The import worker runs in a browser, as a web worker of Cluster Atlas.");
}
