//! The data model: clusters, entities, sources, series, headline figures and
//! milestones, as read from the project's JSON format (`"schema": 1`).
//!
//! These types are what the JSON holds, read by [`crate::core::dataset::read`]. A
//! [`Document`] becomes usable only through
//! [`crate::core::dataset::validate::validate`], which checks every reference and
//! value and yields an [`crate::core::dataset::atlas::Atlas`].

use crate::core::story::model::Story;
use crate::core::text::bilingual::Text;
use crate::core::text::unit::Unit;

/// The version of the data format this code reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole dataset as written in the project's JSON format.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The format version; must be [`SCHEMA_VERSION`].
    pub schema: u32,
    /// The dataset's title.
    pub title: Text,
    /// The dataset's version, as its authors number it ("1.0"), if given.
    pub version: Option<String>,
    /// When its data was last updated, as `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`, if given.
    pub updated: Option<String>,
    /// On what terms it may be reused, if stated.
    pub licence: Option<Text>,
    /// What the dataset is about, shown as the page's introduction:
    /// paragraphs separated by a blank line.
    pub description: Text,
    /// What a reader must know to read the figures right (vintages,
    /// stand-ins, how precise dates are), shown beside the introduction.
    pub caveats: Vec<Text>,
    /// The groups of entities (the three innovation clusters); each is a
    /// lane on the timeline and a colour in the charts.
    pub clusters: Vec<Cluster>,
    /// The things measured: provinces, the country, cities.
    pub entities: Vec<Entity>,
    /// Every source any figure or milestone cites.
    pub sources: Vec<Source>,
    /// Measured values by entity and year.
    pub series: Vec<Series>,
    /// Headline figures quoted for a cluster or the country.
    pub figures: Vec<Figure>,
    /// Dated events.
    pub milestones: Vec<MilestoneRecord>,
    /// Labelled spans of time drawn as shaded bands across the timeline.
    pub eras: Vec<Era>,
    /// Guided walks through the dataset (see [`crate::core::story`]).
    pub stories: Vec<Story>,
    /// How milestone descriptions, media captions and credits and the
    /// dataset's description are written: plain text (`"markup"` absent or
    /// `"plain"`) or a safe subset of HTML (`"html"`, see
    /// [`crate::core::text::rich`]).
    pub markup: Markup,
    /// The file the document was converted from, if it was: written as
    /// `"origin"`, it makes the document [`Document::imported`] when read
    /// back.
    pub origin: Option<Origin>,
    /// Whether the document was converted from another format (see
    /// [`crate::core::dataset::import`]) rather than written in this one:
    /// set when it has an [`Document::origin`], or by a converter. Such a
    /// document may have sources without an address (the file itself, and
    /// sources a row names by title only) and milestones without a
    /// description; a CSV file's milestones are made and checked by its
    /// converter (see `validate::validate_converted`).
    pub imported: bool,
}

/// How a document's longer texts are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Markup {
    /// Plain text: paragraphs separated by a blank line.
    #[default]
    Plain,
    /// A safe subset of HTML: paragraphs, line breaks, emphasis and
    /// `http(s)` links; any other tag is shown as its text.
    Html,
}

impl Markup {
    /// The name written in JSON (`"plain"`, `"html"`).
    pub fn name(self) -> &'static str {
        match self {
            Markup::Plain => "plain",
            Markup::Html => "html",
        }
    }
}

/// A labelled span of time (an era), drawn as a band across the lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    /// Its label.
    pub title: Text,
    /// When it starts: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub start: String,
    /// When it ends (not before it starts), written like `start`.
    pub end: String,
}

/// The file a document was converted from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file's name as the reader gave it (may be empty).
    pub file: String,
    /// The format it was read as (`"timelinejs3"`, `"csv"`).
    pub format: String,
}

/// A picture, video or page a milestone links to, with its caption and
/// credit. Only the link is shown: nothing is loaded from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Media {
    /// Its `http://` or `https://` address.
    pub url: String,
    /// What it shows.
    pub caption: Option<Text>,
    /// Who made it.
    pub credit: Option<Text>,
}

/// A group of entities, such as the Yangtze River Delta.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Stable identifier, used in links.
    pub id: String,
    /// Short name ("Jing-Jin-Ji", "京津冀").
    pub name: Text,
    /// Long name ("Beijing-Tianjin-Hebei").
    pub full_name: Option<Text>,
    /// The members as a reader knows them (which may be wider than what the
    /// statistics cover: "Hong Kong", "Macao").
    pub members: Vec<Text>,
    /// What a reader must know about this cluster's figures.
    pub note: Option<Text>,
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Stable identifier.
    pub id: String,
    /// Name as shown ("Guangdong (whole province)").
    pub name: Text,
    /// What kind of entity it is.
    pub kind: EntityKind,
    /// The cluster it belongs to, if any.
    pub cluster: Option<String>,
    /// The country, for cities in international rankings.
    pub country: Option<Text>,
    /// What a reader must know wherever this entity's figures are shown.
    pub note: Option<Text>,
    /// Where it stands on the tile map, if it has a place there.
    pub tile: Option<Tile>,
}

/// An entity's place on the tile map: one equal square on a grid, columns
/// growing eastward and rows southward.
#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    /// Its column, from the west.
    pub col: u8,
    /// Its row, from the north.
    pub row: u8,
    /// Its label on the tile ("BJ", "京").
    pub short: Text,
    /// The cluster whose outline takes the tile in, for an entity that is
    /// no member of it (Hong Kong and Macao, in the Greater Bay Area's);
    /// a member's tile is in its own cluster's outline.
    pub outline: Option<String>,
}

/// A document a figure or milestone is taken from. Where the dataset read
/// it at a copy (an archived table, a reposted report), the title,
/// publisher, date and address are the original's, and `read_at` is the
/// copy's address.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Stable identifier, cited by points, figures and milestones.
    pub id: String,
    /// Title of the document.
    pub title: Text,
    /// Who published it.
    pub publisher: Text,
    /// Its own address (`http` or `https`); empty for a copy whose
    /// original's address is not known, and for a file a reader brought.
    pub url: String,
    /// Publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// What the dataset takes from it.
    pub supports: Text,
    /// The address of the copy the dataset read it at, if it was read at
    /// a copy.
    pub read_at: Option<String>,
}

impl Source {
    /// The address the dataset read it at: the copy's, else its own.
    pub fn address(&self) -> &str {
        self.read_at.as_deref().unwrap_or(&self.url)
    }
}

/// A reference to a source, with the passage relied on where one was
/// recorded.
///
/// In JSON it is the source id alone (`"nbs-gdp"`) or an object
/// `{"source": "nbs-gdp", "quote": "...", "note": "..."}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    /// The id of the source cited.
    pub source: String,
    /// The passage relied on, verbatim.
    pub quote: Option<String>,
    /// Other context of the citation (which page, what the source says in
    /// other words, a date).
    pub note: Option<String>,
}

/// Values of one measure for several entities over years.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Stable identifier ("gdp").
    pub id: String,
    /// What is measured ("Gross domestic product").
    pub title: Text,
    /// The unit of every value.
    pub unit: Unit,
    /// Caveats a reader must see wherever the series is shown.
    pub notes: Vec<Text>,
    /// The values.
    pub points: Vec<Point>,
}

/// One value of a series: an entity in a year.
#[derive(Clone, Debug, PartialEq)]
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
    pub note: Option<Text>,
}

/// How a quoted figure is bounded, as the source states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    pub fn prefix(self, lang: crate::core::text::bilingual::Lang) -> &'static str {
        use crate::core::text::bilingual::Lang::{En, Zh};
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
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Stable identifier.
    pub id: String,
    /// The cluster it describes; `None` for the whole country or the world.
    pub cluster: Option<String>,
    /// The year it describes, if it describes one.
    pub year: Option<i32>,
    /// What is counted or measured.
    pub label: Text,
    /// The number (the numerator of a fraction).
    pub value: f64,
    /// For fractions stated as such ("one ninth"), the denominator.
    pub denominator: Option<f64>,
    /// The unit.
    pub unit: Unit,
    /// "over", "nearly", ... as the source states.
    pub qualifier: Option<Qualifier>,
    /// The sources of the figure, with the passages it is taken from.
    pub sources: Vec<Citation>,
    /// A caveat (vintage, who reported it).
    pub note: Option<Text>,
}

/// A dated event as written in the data format (its date still text).
#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneRecord {
    /// Stable identifier, used in links.
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the sources allow.
    pub date: String,
    /// The cluster concerned; `None` for national events.
    pub cluster: Option<String>,
    /// A label of a few words for markers on charts; the title if absent.
    pub short: Option<Text>,
    /// Title.
    pub title: Text,
    /// What happened, and where sources disagree, that they do.
    pub description: Text,
    /// The sources.
    pub sources: Vec<Citation>,
    /// When it ended, for an event that lasted (not before `date`).
    pub end: Option<String>,
    /// A picture, video or page it links to.
    pub media: Option<Media>,
    /// How its date is shown, instead of the date written at its precision
    /// ("Summer 1963", "c. 13.8 billion years ago").
    pub display_date: Option<Text>,
}
