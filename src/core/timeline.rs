//! The timeline's logic: the visible window and its zoom and pan, adaptive
//! ticks, lanes, search, date order, and a label layout in which no two
//! labels overlap (crowded milestones are grouped, with a count).

use super::atlas::{Atlas, Milestone};
use super::calendar::{civil_from_days, days_from_civil};
use super::date::Date;
use super::labels::text_width;
use super::text::Lang;

/// The shortest window the timeline zooms to, in days.
pub const MIN_DAYS: f64 = 14.0;

/// A span of time on the timeline, in (fractional) day numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// First day shown.
    pub start: f64,
    /// End of the last day shown.
    pub end: f64,
}

impl Window {
    /// The whole span of `milestones` with a margin on each side; a year
    /// around them if there is only one, a default span if none.
    pub fn fit(milestones: &[Milestone]) -> Window {
        let first = milestones.iter().map(|m| m.date.span().0).min();
        let end = milestones.iter().map(|m| m.date.span().1).max();
        let (Some(first), Some(end)) = (first, end) else {
            return Window {
                start: 0.0,
                end: 365.0,
            };
        };
        let length = ((end - first) as f64).max(365.0);
        let margin = length * 0.03;
        let middle = (first + end) as f64 / 2.0;
        Window {
            start: middle - length / 2.0 - margin,
            end: middle + length / 2.0 + margin,
        }
    }

    /// Its length in days.
    pub fn length(&self) -> f64 {
        self.end - self.start
    }

    /// The horizontal position of `day` on a timeline `width` pixels wide.
    pub fn x(&self, day: f64, width: f64) -> f64 {
        (day - self.start) / self.length() * width
    }

    /// The day at horizontal position `x`.
    pub fn day_at(&self, x: f64, width: f64) -> f64 {
        self.start + x / width * self.length()
    }

    /// Kept within `bounds` (moved, and shrunk if longer), and at least
    /// [`MIN_DAYS`] long.
    pub fn within(self, bounds: Window) -> Window {
        let length = self.length().clamp(MIN_DAYS, bounds.length().max(MIN_DAYS));
        let mut start = self.start;
        if self.length() != length {
            start = (self.start + self.end) / 2.0 - length / 2.0;
        }
        let start = start.clamp(bounds.start, (bounds.end - length).max(bounds.start));
        Window {
            start,
            end: start + length,
        }
    }

    /// Zoomed by `factor` (above 1 zooms in) around the point at
    /// `anchor` (0 = left edge, 1 = right edge), within `bounds`.
    pub fn zoom(self, factor: f64, anchor: f64, bounds: Window) -> Window {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let at = self.start + self.length() * anchor.clamp(0.0, 1.0);
        let length = (self.length() / factor).clamp(MIN_DAYS, bounds.length().max(MIN_DAYS));
        let start = at - length * anchor.clamp(0.0, 1.0);
        Window {
            start,
            end: start + length,
        }
        .within(bounds)
    }

    /// Moved by `fraction` of its length (positive: later), within `bounds`.
    pub fn pan(self, fraction: f64, bounds: Window) -> Window {
        let shift = self.length() * fraction;
        Window {
            start: self.start + shift,
            end: self.end + shift,
        }
        .within(bounds)
    }

    /// Centred on `day`, keeping its length, within `bounds`.
    pub fn centre_on(self, day: f64, bounds: Window) -> Window {
        let half = self.length() / 2.0;
        Window {
            start: day - half,
            end: day + half,
        }
        .within(bounds)
    }
}

/// A tick of the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where it is, as a day number.
    pub day: f64,
    /// Its label: a year, a month or a day, at the precision the zoom allows.
    pub label: String,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Ticks for `window` on an axis `width` pixels wide, at least `spacing`
/// pixels apart: years (1, 2, 5, 10... apart) when zoomed out, then months
/// (every 6, 3 or 1), then days (every 7 or 1).
pub fn ticks(window: &Window, width: f64, spacing: f64, lang: Lang) -> Vec<Tick> {
    let per_day = width / window.length().max(f64::MIN_POSITIVE);
    let fits = |days: f64| days * per_day >= spacing;
    let first = window.start.floor() as i64;
    let last = window.end.ceil() as i64;
    let mut out = Vec::new();
    if fits(1.0) || fits(7.0) {
        let step = if fits(1.0) { 1 } else { 7 };
        let mut day = first;
        while day <= last && out.len() < 400 {
            let (y, m, d) = civil_from_days(day);
            if step == 1 || d % 7 == 1 {
                let label = match lang {
                    Lang::En if d == 1 && m == 1 => {
                        format!("{d} {} {y}", MONTHS[usize::from(m) - 1])
                    }
                    Lang::En => format!("{d} {}", MONTHS[usize::from(m) - 1]),
                    Lang::Zh if d == 1 && m == 1 => format!("{y}年{m}月{d}日"),
                    Lang::Zh => format!("{m}月{d}日"),
                };
                out.push(Tick {
                    day: day as f64,
                    label,
                });
            }
            day += 1;
        }
    } else if let Some(step) = [1u8, 3, 6]
        .into_iter()
        .find(|k| fits(30.44 * f64::from(*k)))
    {
        let (mut y, mut m, _) = civil_from_days(first);
        loop {
            let day = days_from_civil(y, m, 1);
            if day > last || out.len() > 400 {
                break;
            }
            if (m - 1) % step == 0 && day as f64 >= window.start {
                out.push(Tick {
                    day: day as f64,
                    label: Date::year_month(y, u32::from(m))
                        .map_or_else(|_| y.to_string(), |d| d.display(lang)),
                });
            }
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
    } else {
        let step = (0..60)
            .map(|k| [1i64, 2, 5][k % 3] * 10i64.pow((k / 3) as u32))
            .find(|s| fits(365.2425 * *s as f64))
            .unwrap_or(i64::MAX / 4)
            .max(1);
        let (first_year, _, _) = civil_from_days(first);
        let mut year = first_year.div_euclid(step) * step;
        while out.len() < 400 {
            let day = days_from_civil(year, 1, 1);
            if day as f64 > window.end {
                break;
            }
            if day as f64 >= window.start {
                out.push(Tick {
                    day: day as f64,
                    label: Date::year_only(year).display(Lang::En),
                });
            }
            year += step;
        }
    }
    out
}

/// A lane of the timeline: a cluster, or national events.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// The cluster's id; `None` for the national lane.
    pub cluster: Option<String>,
    /// Its name.
    pub label: String,
    /// Its palette index (the cluster's position).
    pub style: usize,
}

/// The lanes shown: one per cluster in `clusters` (in the dataset's order),
/// then one for national events if there are any.
pub fn lanes(atlas: &Atlas, clusters: &[String], national: &str, lang: Lang) -> Vec<Lane> {
    let mut out: Vec<Lane> = atlas
        .clusters()
        .iter()
        .enumerate()
        .filter(|(_, c)| clusters.contains(&c.id))
        .map(|(style, c)| Lane {
            cluster: Some(c.id.clone()),
            label: c.name.get(lang).to_string(),
            style,
        })
        .collect();
    if atlas.milestones().iter().any(|m| m.cluster.is_none()) {
        out.push(Lane {
            cluster: None,
            label: national.to_string(),
            style: atlas.clusters().len(),
        });
    }
    out
}

/// Whether a milestone matches a search: every word of `query` occurs in
/// its title, short title or description, in English or Chinese, ignoring
/// case. An empty query matches everything.
pub fn matches(m: &Milestone, query: &str) -> bool {
    let texts = [&m.title, &m.short, &m.description];
    let haystack: String = texts
        .iter()
        .flat_map(|t| [t.en.as_str(), t.zh.as_deref().unwrap_or_default()])
        .collect::<Vec<_>>()
        .join("\n")
        .to_ascii_lowercase();
    // Chinese has no case; Latin letters are compared without it.
    query
        .split_whitespace()
        .all(|word| haystack.contains(&word.to_ascii_lowercase()))
}

/// Indices (in date order) of the milestones in the given clusters (national
/// ones always) that match `query`.
pub fn shown(atlas: &Atlas, clusters: &[String], query: &str) -> Vec<usize> {
    atlas
        .milestones()
        .iter()
        .enumerate()
        .filter(|(_, m)| m.cluster.as_ref().is_none_or(|c| clusters.contains(c)))
        .filter(|(_, m)| matches(m, query))
        .map(|(i, _)| i)
        .collect()
}

/// The milestone before (`forward` false) or after `current` in `order`
/// (a date-ordered list of indices); the first or last if `current` is not
/// in it.
pub fn neighbour(order: &[usize], current: Option<usize>, forward: bool) -> Option<usize> {
    let at = current.and_then(|c| order.iter().position(|&i| i == c));
    match (at, forward) {
        (None, true) => order.first().copied(),
        (None, false) => order.last().copied(),
        (Some(p), true) => order.get(p + 1).copied(),
        (Some(p), false) => p.checked_sub(1).and_then(|p| order.get(p)).copied(),
    }
}

/// The widest a milestone's label gets, in pixels (longer ones end in an
/// ellipsis).
pub const LABEL_MAX: f64 = 170.0;

/// The width of a milestone's label: its short title, at most
/// [`LABEL_MAX`].
pub fn label_width(m: &Milestone, lang: Lang) -> f64 {
    (text_width(m.short.get(lang), 12.0) + 12.0).min(LABEL_MAX)
}

/// The width of a group's count badge ("12").
pub fn badge_width(count: usize) -> f64 {
    16.0 + 7.0 * count.to_string().len() as f64
}

/// Lays out the milestones `shown` (date-ordered indices) that fall in
/// `window`, lane by lane (one list of placements per lane of `lanes`), on
/// a timeline `width` pixels wide with `rows` label rows per lane.
pub fn layout(
    atlas: &Atlas,
    shown: &[usize],
    lanes: &[Lane],
    window: &Window,
    width: f64,
    rows: usize,
    lang: Lang,
) -> Vec<Vec<Placement>> {
    let milestones = atlas.milestones();
    // The shown milestones are in date order: find the window by bisection.
    let first = shown.partition_point(|&i| (milestones[i].date.span().1 as f64) < window.start);
    let last = shown.partition_point(|&i| (milestones[i].date.span().0 as f64) <= window.end);
    let in_window = &shown[first..last.max(first)];
    lanes
        .iter()
        .map(|lane| {
            let items: Vec<Item> = in_window
                .iter()
                .filter(|&&i| milestones[i].cluster == lane.cluster)
                .map(|&i| {
                    let m = &milestones[i];
                    let (start, end) = m.date.span();
                    let x = window.x(start as f64, width);
                    let x_end = if end - start <= 1 {
                        x
                    } else {
                        window.x(end as f64, width)
                    };
                    let label = label_width(m, lang);
                    // A label that would run off the right edge ends at it.
                    Item {
                        id: i,
                        x,
                        x_end,
                        left: x.min(width - label).max(0.0),
                        width: label,
                    }
                })
                .collect();
            place(&items, rows, 6.0, badge_width)
        })
        .collect()
}

/// How many of the `shown` milestones of each lane fall in each of `bins`
/// equal parts of `bounds`: the overview strip's picture of the whole span.
pub fn density(
    atlas: &Atlas,
    shown: &[usize],
    lanes: &[Lane],
    bounds: &Window,
    bins: usize,
) -> Vec<Vec<u32>> {
    let mut out = vec![vec![0u32; bins]; lanes.len()];
    if bins == 0 {
        return out;
    }
    for &i in shown {
        let Some(m) = atlas.milestones().get(i) else {
            continue;
        };
        let Some(lane) = lanes.iter().position(|l| l.cluster == m.cluster) else {
            continue;
        };
        let (start, end) = m.date.span();
        let at = ((start + end) as f64 / 2.0 - bounds.start) / bounds.length() * bins as f64;
        if at >= 0.0 && at < bins as f64 {
            out[lane][at as usize] += 1;
        }
    }
    out
}

/// A milestone to place in a lane, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Which milestone.
    pub id: usize,
    /// Where its marker starts.
    pub x: f64,
    /// Where its marker ends (its month or year; `x` for a day).
    pub x_end: f64,
    /// Where its label starts (at the marker, unless that would run off
    /// the right edge).
    pub left: f64,
    /// The width its label needs.
    pub width: f64,
}

/// Where a milestone, or a group of crowded milestones, is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// One milestone with its label in label row `row`.
    One {
        /// The milestone.
        id: usize,
        /// The label row, 0 nearest the axis.
        row: usize,
        /// Where the label starts.
        left: f64,
    },
    /// Several milestones too close to label, shown as one marker with a
    /// count; zooming in separates them.
    Group {
        /// The milestones, in the order placed.
        ids: Vec<usize>,
        /// The label row of the count.
        row: usize,
        /// Where the group's markers start.
        x: f64,
        /// Where they end.
        x_end: f64,
        /// Where the count starts.
        left: f64,
    },
}

/// Places the labels of `items` (sorted by `x`) in `rows` rows so that no
/// two labels (or group counts, `badge` pixels wide for a count) come
/// closer than `gap`. A milestone whose label fits nowhere joins a group
/// with the label that blocks it, so every milestone is either labelled or
/// counted in a group.
pub fn place(
    items: &[Item],
    rows: usize,
    gap: f64,
    badge: impl Fn(usize) -> f64,
) -> Vec<Placement> {
    let rows = rows.max(1);
    let mut out: Vec<Placement> = Vec::new();
    // Per row: where its last label ends, and which placement that is.
    let mut row_end = vec![f64::NEG_INFINITY; rows];
    let mut row_last: Vec<Option<usize>> = vec![None; rows];
    for item in items {
        if let Some(row) = (0..rows).find(|&r| row_end[r] + gap <= item.left) {
            row_end[row] = item.left + item.width;
            row_last[row] = Some(out.len());
            out.push(Placement::One {
                id: item.id,
                row,
                left: item.left,
            });
            continue;
        }
        // The row whose last label ends first.
        let row = (0..rows)
            .min_by(|&a, &b| row_end[a].total_cmp(&row_end[b]))
            .unwrap_or(0);
        let Some(last) = row_last[row] else {
            continue;
        };
        let (left, count) = match &mut out[last] {
            Placement::One { id, row, left } => {
                let first = items.iter().find(|i| i.id == *id).copied().unwrap_or(*item);
                let left = *left;
                out[last] = Placement::Group {
                    ids: vec![first.id, item.id],
                    row: *row,
                    x: first.x,
                    x_end: first.x_end.max(item.x_end),
                    left,
                };
                (left, 2)
            }
            Placement::Group {
                ids, x_end, left, ..
            } => {
                ids.push(item.id);
                *x_end = x_end.max(item.x_end);
                (*left, ids.len())
            }
        };
        row_end[row] = left + badge(count);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds() -> Window {
        Window {
            start: 0.0,
            end: 4000.0,
        }
    }

    #[test]
    fn zooms_and_pans_within_bounds() {
        let w = bounds();
        let z = w.zoom(2.0, 0.5, bounds());
        assert_eq!((z.start, z.end), (1000.0, 3000.0));
        let z = w.zoom(2.0, 0.0, bounds());
        assert_eq!((z.start, z.end), (0.0, 2000.0));
        let out = z.zoom(0.1, 0.5, bounds());
        assert_eq!(out, bounds(), "zooming out stops at the bounds");
        let deep = w.zoom(1e9, 0.5, bounds());
        assert_eq!(deep.length(), MIN_DAYS);
        let moved = z.pan(0.5, bounds());
        assert_eq!((moved.start, moved.end), (1000.0, 3000.0));
        let stuck = z.pan(-1.0, bounds());
        assert_eq!(stuck.start, 0.0);
        assert_eq!(z.centre_on(3900.0, bounds()).end, 4000.0);
        assert_eq!(w.day_at(w.x(1234.0, 800.0), 800.0), 1234.0);
    }

    #[test]
    fn ticks_adapt_from_years_to_months_to_days() {
        let years = Window {
            start: days_from_civil(2014, 1, 1) as f64,
            end: days_from_civil(2026, 1, 1) as f64,
        };
        let t = ticks(&years, 900.0, 60.0, Lang::En);
        assert_eq!(t.first().map(|t| t.label.as_str()), Some("2014"));
        assert!(t.iter().all(|t| t.label.len() == 4));
        let t = ticks(&years, 450.0, 60.0, Lang::En);
        assert_eq!(
            t.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
            ["2014", "2016", "2018", "2020", "2022", "2024", "2026"]
        );
        let months = Window {
            start: days_from_civil(2014, 1, 1) as f64,
            end: days_from_civil(2015, 1, 1) as f64,
        };
        let t = ticks(&months, 900.0, 60.0, Lang::En);
        assert_eq!(t[0].label, "Jan 2014");
        assert_eq!(t.len(), 13, "Jan 2014 to Jan 2015");
        assert_eq!(
            ticks(&months, 900.0, 60.0, Lang::Zh)[11].label,
            "2014年12月"
        );
        let days = Window {
            start: days_from_civil(2014, 2, 20) as f64,
            end: days_from_civil(2014, 3, 6) as f64,
        };
        let t = ticks(&days, 900.0, 60.0, Lang::En);
        assert_eq!(t[6].label, "26 Feb");
        assert_eq!(ticks(&days, 900.0, 60.0, Lang::Zh)[6].label, "2月26日");
        // Deep time: billions of years.
        let deep = Window {
            start: days_from_civil(-13_800_000_000, 1, 1) as f64,
            end: 0.0,
        };
        let t = ticks(&deep, 900.0, 90.0, Lang::En);
        assert!(
            t.len() >= 2 && t.iter().any(|t| t.label.ends_with("BCE")),
            "{t:?}"
        );
    }

    #[test]
    fn neighbours_follow_date_order() {
        let order = [4, 1, 7];
        assert_eq!(neighbour(&order, Some(1), true), Some(7));
        assert_eq!(neighbour(&order, Some(1), false), Some(4));
        assert_eq!(neighbour(&order, Some(7), true), None);
        assert_eq!(neighbour(&order, Some(4), false), None);
        assert_eq!(neighbour(&order, None, true), Some(4));
        assert_eq!(neighbour(&order, Some(99), false), Some(7));
    }

    fn item(id: usize, x: f64, width: f64) -> Item {
        Item {
            id,
            x,
            x_end: x,
            left: x,
            width,
        }
    }

    #[test]
    fn crowded_labels_stack_then_group() {
        let items = [
            item(0, 0.0, 100.0),
            item(1, 10.0, 100.0),
            item(2, 20.0, 100.0),
            item(3, 200.0, 50.0),
        ];
        let placed = place(&items, 2, 4.0, |_| 24.0);
        assert_eq!(
            placed,
            [
                Placement::Group {
                    ids: vec![0, 2],
                    row: 0,
                    x: 0.0,
                    x_end: 20.0,
                    left: 0.0
                },
                Placement::One {
                    id: 1,
                    row: 1,
                    left: 10.0
                },
                Placement::One {
                    id: 3,
                    row: 0,
                    left: 200.0
                },
            ]
        );
    }
}
