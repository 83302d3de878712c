//! The pure core of Cluster Atlas, grouped by topic: it knows nothing of the
//! DOM and is tested natively with `cargo test`.

pub mod chart;
pub mod dataset;
pub mod layout;
pub mod link;
pub mod map;
pub mod page;
pub mod story;
pub mod text;
pub mod time;
pub mod timeline;
