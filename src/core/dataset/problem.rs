//! One thing wrong with a dataset, naming the item and the field: what
//! reading, validating and importing report.

use std::fmt;

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The item concerned, such as `milestone "xiongan-established"` or
    /// `series "gdp", point 12`.
    pub item: String,
    /// The field concerned, such as `date`; empty for the item as a whole.
    pub field: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.item.is_empty(), self.field.is_empty()) {
            (true, true) => write!(f, "{}", self.message),
            (false, true) => write!(f, "{}: {}", self.item, self.message),
            (true, false) => write!(f, "{}: {}", self.field, self.message),
            (false, false) => write!(f, "{}, {}: {}", self.item, self.field, self.message),
        }
    }
}

impl Problem {
    /// A problem of `item` (its `field`, or the item as a whole if empty).
    pub fn new(item: impl Into<String>, field: &str, message: impl Into<String>) -> Self {
        Problem {
            item: item.into(),
            field: field.to_string(),
            message: message.into(),
        }
    }
}
