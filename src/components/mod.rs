//! The Leptos components: thin views over the pure core.

pub mod app;
pub mod attr;
pub mod boot;
pub mod charts;
pub mod clock;
pub mod delegate;
pub mod download;
pub mod effect;
pub mod embed;
pub mod header;
pub mod history;
pub mod hooks;
pub mod import;
pub mod keyed;
pub mod listener;
pub mod loader;
pub mod locale;
pub mod map;
pub mod problems;
pub mod settings;
pub mod share;
pub mod source_reveal;
pub mod sources;
pub mod state;
pub mod switches;
pub mod timeline;
