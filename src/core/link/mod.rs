//! Addresses: the permalink of a view, the query string, where a link lands,
//! the snippets that embed a view, and the line that cites the atlas.

mod chart_name;
pub mod cite;
pub mod landing;
pub mod permalink;
pub mod query;
pub mod snippet;
mod values;
