//! Browser hooks, one a file, each cleaning up its listeners.

pub mod use_height_messages;
pub mod use_media;
pub mod use_print;
pub mod use_width;
pub mod use_window_events;
