//! The Leptos components: thin views over the pure core.

pub mod app;
pub mod boot;
pub mod cluster_card;
pub mod headline;
pub mod intro;
pub mod locale;
pub mod problems;
pub mod source_links;
pub mod sources;
