//! Cluster Atlas: an interactive atlas of China's three innovation clusters
//! (Jing-Jin-Ji, the Yangtze River Delta and the Greater Bay Area), their
//! economies and the milestones of their coordination.
//!
//! [`core`] is the pure core (data model, validation, formatting) and knows
//! nothing of the DOM; [`components`] are the Leptos components that show it.

#[cfg(feature = "app")]
pub mod components;
pub mod core;
#[cfg(feature = "app")]
pub mod draw;

#[cfg(feature = "app")]
pub use components::app::mount;
