//! The data model: clusters, entities, sources, series, headline figures and
//! milestones, as read from the project's JSON format (`"schema": 1`).
//!
//! These types are what the JSON holds. A [`Document`] becomes usable only
//! through [`crate::core::validate::validate`], which checks every reference
//! and value and yields an [`crate::core::atlas::Atlas`].

use serde::{Deserialize, Serialize};

use super::text::Text;
use super::unit::Unit;

/// The version of the data format this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole dataset as written in the project's JSON format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The format version; must be [`SCHEMA_VERSION`].
    pub schema: u32,
    /// The dataset's title.
    pub title: Text,
    /// A short description of the dataset.
    #[serde(default)]
    pub description: Text,
    /// The groups of entities (the three innovation clusters); each is a
    /// lane on the timeline and a colour in the charts.
    #[serde(default)]
    pub clusters: Vec<Cluster>,
    /// The things measured: provinces, the country, cities.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Every source any figure or milestone cites.
    pub sources: Vec<Source>,
    /// Measured values by entity and year.
    #[serde(default)]
    pub series: Vec<Series>,
    /// Headline figures quoted for a cluster or the country.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Dated events.
    #[serde(default)]
    pub milestones: Vec<MilestoneRecord>,
}

/// A group of entities, such as the Yangtze River Delta.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    /// Stable identifier, used in links.
    pub id: String,
    /// Short name ("Jing-Jin-Ji", "京津冀").
    pub name: Text,
    /// Long name ("Beijing-Tianjin-Hebei").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<Text>,
    /// The members as a reader knows them (which may be wider than what the
    /// statistics cover: "Hong Kong", "Macao").
    #[serde(default)]
    pub members: Vec<Text>,
    /// What a reader must know about this cluster's figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A province or provincial-level municipality.
    Province,
    /// A whole country: the national reference for shares.
    Country,
    /// A city or metropolitan area.
    City,
    /// Anything else.
    #[default]
    Other,
}

/// Something measured in a series: a province, the country, a city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Stable identifier.
    pub id: String,
    /// Name as shown ("Guangdong (whole province)").
    pub name: Text,
    /// What kind of entity it is.
    #[serde(default)]
    pub kind: EntityKind,
    /// The cluster it belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The country, for cities in international rankings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Text>,
    /// What a reader must know wherever this entity's figures are shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A document a figure or milestone is taken from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable identifier, cited by points, figures and milestones.
    pub id: String,
    /// Title of the document.
    pub title: Text,
    /// Who published it.
    pub publisher: Text,
    /// Its address (`http` or `https`).
    pub url: String,
    /// Publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What the dataset takes from it.
    pub supports: Text,
}

/// A reference to a source, with the passage relied on where one was
/// recorded.
///
/// In JSON it is the source id alone (`"nbs-gdp"`) or an object
/// `{"source": "nbs-gdp", "quote": "..."}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "CitationRepr")]
pub struct Citation {
    /// The id of the source cited.
    pub source: String,
    /// The passage relied on, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum CitationRepr {
    Id(String),
    Full {
        source: String,
        #[serde(default)]
        quote: Option<String>,
    },
}

impl From<CitationRepr> for Citation {
    fn from(repr: CitationRepr) -> Self {
        match repr {
            CitationRepr::Id(source) => Citation {
                source,
                quote: None,
            },
            CitationRepr::Full { source, quote } => Citation { source, quote },
        }
    }
}

impl Citation {
    /// A citation of a source without a quoted passage.
    pub fn of(source: impl Into<String>) -> Self {
        Citation {
            source: source.into(),
            quote: None,
        }
    }
}

/// Values of one measure for several entities over years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    /// Stable identifier ("gdp").
    pub id: String,
    /// What is measured ("Gross domestic product").
    pub title: Text,
    /// The unit of every value.
    pub unit: Unit,
    /// Caveats a reader must see wherever the series is shown.
    #[serde(default)]
    pub notes: Vec<Text>,
    /// The values.
    pub points: Vec<Point>,
}

/// One value of a series: an entity in a year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// The entity measured.
    pub entity: String,
    /// The year the value describes.
    pub year: i32,
    /// The value; `null` where the entity is listed but no value is stated
    /// (a city known to be in the top group without its rank), in which case
    /// `note` says so.
    pub value: Option<f64>,
    /// The sources of the value.
    pub sources: Vec<Citation>,
    /// A remark on this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How a quoted figure is bounded, as the source states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// "over", "more than", "exceeded".
    Over,
    /// "nearly".
    Nearly,
    /// "about", "around".
    About,
    /// "less than".
    LessThan,
}

impl Qualifier {
    /// The qualifier as written before the number.
    pub fn prefix(self, lang: super::text::Lang) -> &'static str {
        use super::text::Lang::{En, Zh};
        match (self, lang) {
            (Qualifier::Over, En) => "over ",
            (Qualifier::Nearly, En) => "nearly ",
            (Qualifier::About, En) => "about ",
            (Qualifier::LessThan, En) => "less than ",
            (Qualifier::Over, Zh) => "超过",
            (Qualifier::Nearly, Zh) => "近",
            (Qualifier::About, Zh) => "约",
            (Qualifier::LessThan, Zh) => "不到",
        }
    }
}

/// A headline figure quoted for a cluster or the whole country, as stated
/// by its source at the time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable identifier.
    pub id: String,
    /// The cluster it describes; `None` for the whole country or the world.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The year it describes, if it describes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// What is counted or measured.
    pub label: Text,
    /// The number (the numerator of a fraction).
    pub value: f64,
    /// For fractions stated as such ("one ninth"), the denominator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<f64>,
    /// The unit.
    pub unit: Unit,
    /// "over", "nearly", ... as the source states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The sources of the figure, with the passages it is taken from.
    pub sources: Vec<Citation>,
    /// A caveat (vintage, who reported it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A dated event as written in the data format (its date still text).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneRecord {
    /// Stable identifier, used in links.
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the sources allow.
    pub date: String,
    /// The cluster concerned; `None` for national events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// A label of a few words for markers on charts; the title if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
    /// Title.
    pub title: Text,
    /// What happened, and where sources disagree, that they do.
    pub description: Text,
    /// The sources.
    pub sources: Vec<Citation>,
}
