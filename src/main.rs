//! The browser entry point: mounts the app.

/// The allocator: Talc, made for WebAssembly, in place of the standard
/// library's dlmalloc: 0.9 KB smaller gzipped, and no slower at the half a
/// million allocations of reading a file of a hundred thousand events.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    cluster_atlas::mount();
}
