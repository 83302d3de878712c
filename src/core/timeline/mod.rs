//! The timeline's logic: the visible window and its zoom and pan, adaptive
//! ticks, lanes, search, date order, and a label layout in which no two
//! labels overlap (crowded milestones are grouped, with a count); and
//! which key does what; the CSV of the milestones shown.

mod export;
mod keys;
mod lanes;
mod layout;
mod ticks;
mod window;

pub use export::{MILESTONES_FILE, MILESTONES_HEADER, milestones_csv};
pub use keys::{Command, KeyPlace, PAN_STEP, ZOOM_STEP, key_command};
pub use lanes::{Lane, density, lanes, matches, neighbour, shown};
pub use layout::periods::{View, labelled, layout};
pub use layout::place::{Item, Placement, place};
pub use layout::track::{Track, tracks};
pub use layout::widths::{LABEL_MAX, badge_width, cuts_title, label_width};
pub use ticks::{Tick, ticks};
pub use window::{MIN_DAYS, Window};
