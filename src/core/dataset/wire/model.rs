//! How each part of a validated dataset is written in the wire format and
//! read back: fields in the order of their declaration, options as a byte
//! (0 absent, 1 present) before the value, lists as their length before
//! their items, kinds as a byte.

use std::sync::Arc;

use super::bytes::{Reader, Writer};
use crate::core::dataset::atlas::{EraSpan, Extras};
use crate::core::dataset::model::{
    Citation, Cluster, Entity, EntityKind, Figure, Markup, Media, Origin, Point, Qualifier, Series,
    Source, Tile,
};
use crate::core::dataset::problem::Problem;
use crate::core::story::model::{Highlight, Step, Story};
use crate::core::text::bilingual::Text;
use crate::core::text::unit::Unit;
use crate::core::time::date::Date;

/// A value the wire format writes and reads back unchanged.
pub trait Wire: Sized {
    /// Writes it.
    fn put(&self, w: &mut Writer);
    /// Reads one back (an empty or zero value once a read failed: see
    /// [`Reader`]).
    fn take(r: &mut Reader) -> Self;
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.str(self);
    }
    fn take(r: &mut Reader) -> Self {
        r.str().to_owned()
    }
}

impl Wire for Arc<str> {
    fn put(&self, w: &mut Writer) {
        w.str(self);
    }
    fn take(r: &mut Reader) -> Self {
        Arc::from(r.str())
    }
}

impl Wire for u8 {
    fn put(&self, w: &mut Writer) {
        w.byte(*self);
    }
    fn take(r: &mut Reader) -> Self {
        r.byte()
    }
}

impl Wire for i32 {
    fn put(&self, w: &mut Writer) {
        w.int(i64::from(*self));
    }
    fn take(r: &mut Reader) -> Self {
        let n = r.int();
        i32::try_from(n).unwrap_or_else(|_| {
            r.fail("a year within ±2,147,483,647");
            0
        })
    }
}

/// The powers of ten a decimal value is scaled by, each exact.
const TENS: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];

impl Wire for f64 {
    /// A value of at most six decimals as its digits and their count (a
    /// byte, then a whole number): short, and read back exactly, as
    /// dividing two exact numbers rounds as parsing the decimal did.
    /// Any other value as its eight bytes, after the byte 255.
    fn put(&self, w: &mut Writer) {
        for (places, ten) in TENS.iter().enumerate() {
            let digits = (self * ten).round();
            if digits.abs() < 9e15 && ((digits as i64) as f64 / ten).to_bits() == self.to_bits() {
                w.byte(places as u8);
                w.int(digits as i64);
                return;
            }
        }
        w.byte(u8::MAX);
        w.float(*self);
    }
    fn take(r: &mut Reader) -> Self {
        match r.byte() {
            u8::MAX => r.float(),
            places => match TENS.get(usize::from(places)) {
                Some(ten) => r.int() as f64 / ten,
                None => {
                    r.fail("a count of decimals");
                    0.0
                }
            },
        }
    }
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => {
                r.fail("0 or 1");
                false
            }
        }
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.byte(0),
            Some(value) => {
                w.byte(1);
                value.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Self {
        bool::take(r).then(|| T::take(r))
    }
}

impl<T: Wire> Wire for Box<T> {
    fn put(&self, w: &mut Writer) {
        self.as_ref().put(w);
    }
    fn take(r: &mut Reader) -> Self {
        Box::new(T::take(r))
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.count(self.len());
        for item in self {
            item.put(w);
        }
    }
    fn take(r: &mut Reader) -> Self {
        let n = r.count();
        (0..n).map(|_| T::take(r)).collect()
    }
}

impl Wire for Text {
    fn put(&self, w: &mut Writer) {
        self.en.put(w);
        self.zh.put(w);
    }
    fn take(r: &mut Reader) -> Self {
        Text {
            en: String::take(r),
            zh: Wire::take(r),
        }
    }
}

impl Wire for Date {
    fn put(&self, w: &mut Writer) {
        w.int(self.year());
        w.byte(self.month().unwrap_or(0));
        w.byte(self.day().unwrap_or(0));
    }
    fn take(r: &mut Reader) -> Self {
        let year = r.int();
        let (month, day) = (r.byte(), r.byte());
        match (month, day) {
            (0, 0) => Ok(Date::year_only(year)),
            (month, 0) => Date::year_month(year, month.into()),
            (month, day) => Date::ymd(year, month.into(), day.into()),
        }
        .unwrap_or_else(|_| {
            r.fail("a date that exists");
            Date::year_only(year)
        })
    }
}

/// Writes a kind as its position in `kinds`.
fn put_kind<T: PartialEq>(w: &mut Writer, kinds: &[T], kind: &T) {
    w.byte(kinds.iter().position(|k| k == kind).unwrap_or(0) as u8);
}

/// Reads a kind written by [`put_kind`].
fn take_kind<T: Copy>(r: &mut Reader, kinds: &[T]) -> T {
    let at = usize::from(r.byte());
    kinds.get(at).copied().unwrap_or_else(|| {
        r.fail("a known kind");
        kinds[0]
    })
}

const ENTITY_KINDS: [EntityKind; 4] = [
    EntityKind::Province,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Other,
];
const QUALIFIERS: [Qualifier; 4] = [
    Qualifier::Over,
    Qualifier::Nearly,
    Qualifier::About,
    Qualifier::LessThan,
];
const MARKUPS: [Markup; 2] = [Markup::Plain, Markup::Html];

impl Wire for EntityKind {
    fn put(&self, w: &mut Writer) {
        put_kind(w, &ENTITY_KINDS, self);
    }
    fn take(r: &mut Reader) -> Self {
        take_kind(r, &ENTITY_KINDS)
    }
}

impl Wire for Qualifier {
    fn put(&self, w: &mut Writer) {
        put_kind(w, &QUALIFIERS, self);
    }
    fn take(r: &mut Reader) -> Self {
        take_kind(r, &QUALIFIERS)
    }
}

impl Wire for Markup {
    fn put(&self, w: &mut Writer) {
        put_kind(w, &MARKUPS, self);
    }
    fn take(r: &mut Reader) -> Self {
        take_kind(r, &MARKUPS)
    }
}

impl Wire for Unit {
    /// By the id the JSON format writes, which reads back as the same unit.
    fn put(&self, w: &mut Writer) {
        w.str(self.id());
    }
    fn take(r: &mut Reader) -> Self {
        Unit::from(String::take(r))
    }
}

/// Implements [`Wire`] for a struct by its fields, in order.
macro_rules! wire_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Wire for $type {
            fn put(&self, w: &mut Writer) {
                $(self.$field.put(w);)*
            }
            fn take(r: &mut Reader) -> Self {
                $type { $($field: Wire::take(r),)* }
            }
        }
    };
}

wire_struct!(Citation {
    source,
    quote,
    note
});
wire_struct!(Media {
    url,
    caption,
    credit
});
wire_struct!(Story {
    id,
    title,
    description,
    steps
});
wire_struct!(Step {
    title,
    text,
    view,
    highlight,
    sources
});
wire_struct!(Highlight {
    points,
    figures,
    milestones,
    tiles
});
wire_struct!(Cluster {
    id,
    name,
    full_name,
    members,
    note
});
wire_struct!(Tile {
    col,
    row,
    short,
    outline
});
wire_struct!(Entity {
    id,
    name,
    kind,
    cluster,
    country,
    note,
    tile
});
wire_struct!(Source {
    id,
    title,
    publisher,
    url,
    date,
    supports,
    read_at
});
wire_struct!(Point {
    entity,
    year,
    value,
    sources,
    note
});
wire_struct!(Series {
    id,
    title,
    unit,
    notes,
    points
});
wire_struct!(Figure {
    id,
    cluster,
    year,
    label,
    value,
    denominator,
    unit,
    qualifier,
    sources,
    note
});
wire_struct!(EraSpan { title, start, end });
wire_struct!(Extras {
    end,
    media,
    display_date
});
wire_struct!(Origin { file, format });
wire_struct!(Problem {
    item,
    field,
    message
});
