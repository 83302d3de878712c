//! The browser entry point: mounts the app.

fn main() {
    cluster_atlas::mount();
}
