//! The DOM contract: the names that a writer of HTML text writes and a
//! component finds again (classes, data attributes, delegated actions).
//! Each is an enum variant with one slug, used both to write and to match,
//! so a renamed class or action cannot leave its other half behind.

/// A name of the contract: an enum whose every variant has one slug.
pub trait Name: Copy + 'static {
    /// Every variant, in the order declared.
    const ALL: &'static [Self];

    /// What the HTML says: the class, attribute name or action.
    fn slug(self) -> &'static str;

    /// The variant whose slug is `slug`, if any: how a delegated listener
    /// reads what was written.
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|n| n.slug() == slug)
    }
}

/// A part of the page that a component finds by CSS selector under its
/// root: by default the element with the class of its slug.
pub trait Part: Name {
    /// The CSS selector that finds the part.
    fn selector(self) -> String {
        format!(".{}", self.slug())
    }
}

/// Declares an enum of the contract and its slugs:
///
/// ```ignore
/// names! {
///     /// What the timeline's buttons do.
///     pub enum TimelineAction {
///         /// Moves to the next milestone.
///         Next = "next",
///     }
/// }
/// ```
macro_rules! names {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $slug:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $crate::core::page::contract::Name for $name {
            const ALL: &'static [Self] = &[ $( $name::$variant, )+ ];

            fn slug(self) -> &'static str {
                match self {
                    $( $name::$variant => $slug, )+
                }
            }
        }
    };
}
pub(crate) use names;

names! {
    /// The data attributes that HTML text carries and delegated listeners
    /// read.
    pub enum Data {
        /// What a delegated button does (an action enum's slug).
        Action = "data-action",
        /// A choice of a segmented control (a mode or a measure).
        Choice = "data-choice",
        /// A cluster's id.
        Cluster = "data-cluster",
        /// The view a host page's element embeds by script.
        ClusterAtlas = "data-cluster-atlas",
        /// The cluster whose locator (a small tile map) an element holds.
        Locator = "data-locator",
        /// The id of the element whose text a button copies.
        Copy = "data-copy",
        /// A milestone's position in the dataset.
        Id = "data-id",
        /// An action of opening a dataset (`ImportAction`).
        Import = "data-import",
        /// A legend entry's series key.
        Key = "data-key",
        /// A timeline lane's index.
        Lane = "data-lane",
        /// The members of a cluster, listed in a note.
        Members = "data-members",
        /// A link's query string.
        Query = "data-query",
        /// The year range's reset button.
        Reset = "data-reset",
        /// Where a share button shares to.
        Share = "data-share",
        /// A zoom span of the timeline.
        Span = "data-span",
        /// Which setting a switch changes.
        Switch = "data-switch",
        /// A chart tab's slug.
        Tab = "data-tab",
        /// The id browser tests find an element by.
        TestId = "data-testid",
        /// The year range's track.
        Track = "data-track",
        /// A year range handle ("from" or "to").
        Year = "data-year",
    }
}

impl Data {
    /// The CSS selector of the elements that carry the attribute, with
    /// `value` if given.
    pub fn selector(self, value: Option<&str>) -> String {
        match value {
            Some(v) => format!("[{}=\"{v}\"]", self.slug()),
            None => format!("[{}]", self.slug()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    names! {
        /// A contract of two parts, for the test.
        enum Sample {
            /// The first.
            First = "first",
            /// The second.
            Second = "second",
        }
    }
    impl Part for Sample {}

    #[test]
    fn a_slug_reads_back_as_its_variant_and_finds_its_class() {
        for &name in Sample::ALL {
            assert_eq!(Sample::from_slug(name.slug()), Some(name));
        }
        assert_eq!(Sample::from_slug("third"), None);
        assert_eq!(Sample::Second.selector(), ".second");
    }

    #[test]
    fn every_data_attribute_is_named_once() {
        let mut slugs: Vec<_> = Data::ALL.iter().map(|d| d.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Data::ALL.len());
        assert!(slugs.iter().all(|s| s.starts_with("data-")));
        assert_eq!(Data::Year.selector(Some("from")), "[data-year=\"from\"]");
    }
}
