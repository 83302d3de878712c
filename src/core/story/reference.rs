//! Numbers by reference: how a step's text names a number of the dataset.
//!
//! ```text
//! {figure:<figure id>}                 a headline figure, as stated
//! {value:<series>/<entity>/<year>}     one value of a series
//! {sum:<series>/<cluster>/<year>}      the sum of a cluster's members
//! {share:<series>/<cluster or entity>/<year>}
//!                                      that sum (or value) as a share of
//!                                      the country's
//! {rank:<series>/<entity>/<year>}      the entity's place that year
//! ```
//!
//! Braces around anything else (no `name:` after the `{`) are text.

/// What a reference asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A headline figure, by id.
    Figure,
    /// One value of a series.
    Value,
    /// The sum of a cluster's members' values.
    Sum,
    /// A sum or value as a percentage of the country's.
    Share,
    /// A place in a ranking.
    Rank,
}

impl Kind {
    /// Every kind, with the name a reference writes.
    const NAMED: [(Kind, &'static str); 5] = [
        (Kind::Figure, "figure"),
        (Kind::Value, "value"),
        (Kind::Sum, "sum"),
        (Kind::Share, "share"),
        (Kind::Rank, "rank"),
    ];
}

/// A number named by reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference<'a> {
    /// What it asks for.
    pub kind: Kind,
    /// The series (empty for a figure).
    pub series: &'a str,
    /// The figure, entity or cluster.
    pub subject: &'a str,
    /// The year (0 for a figure).
    pub year: i32,
}

/// A piece of a text: as written, or a reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text as written.
    Text(&'a str),
    /// A reference, or (`Err`) the braces of one that cannot be read.
    Reference(Result<Reference<'a>, &'a str>),
}

/// The pieces of `text`, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let inner = &after[..close];
        let named = inner
            .split_once(':')
            .filter(|(name, _)| !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase()));
        let Some((name, path)) = named else {
            // Not a reference: the brace is text.
            out.push(Piece::Text(&rest[..=open]));
            rest = after;
            continue;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let whole = &rest[open..open + close + 2];
        out.push(Piece::Reference(read(name, path).ok_or(whole)));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// A reference of the kind `name` to `path`, if it reads.
fn read<'a>(name: &str, path: &'a str) -> Option<Reference<'a>> {
    let kind = Kind::NAMED.iter().find(|(_, n)| *n == name)?.0;
    if kind == Kind::Figure {
        return (!path.is_empty() && !path.contains('/')).then_some(Reference {
            kind,
            series: "",
            subject: path,
            year: 0,
        });
    }
    let mut parts = path.split('/');
    let (series, subject, year) = (parts.next()?, parts.next()?, parts.next()?);
    let year = i32::try_from(crate::core::text::format::read_whole(year)?).ok()?;
    (parts.next().is_none() && !series.is_empty() && !subject.is_empty()).then_some(Reference {
        kind,
        series,
        subject,
        year,
    })
}
