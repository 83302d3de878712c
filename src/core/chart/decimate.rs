//! Decimation of long series to the pixels they are drawn on: a line of
//! 100,000 values drawn 800 pixels wide keeps, for every two pixel columns,
//! its lowest and its highest value there. The drawing never handles more
//! points than it is pixels wide, the line's envelope looks the same, and
//! every point kept is a real value (a read-out on it is exact).

use crate::core::chart::view::{ChartKind, ChartView, PointView, SeriesView};

/// `view` with each line of more values than `columns` thinned by
/// [`decimate`], run by run (a run being consecutive years with values),
/// each run given its share of the columns; runs are separated by a point
/// without a value. Views of other kinds, and lines short enough, are
/// returned unchanged. Every point kept is one of the view's own.
pub fn decimate_view(view: &ChartView, columns: usize) -> ChartView {
    let long = |s: &&SeriesView| s.points.len() > columns.max(2);
    if view.kind != ChartKind::Lines || !view.series.iter().any(|s| long(&s)) {
        return view.clone();
    }
    let span = f64::from((view.years.1 - view.years.0).max(1));
    ChartView {
        id: view.id,
        kind: view.kind,
        title: view.title.clone(),
        slug: view.slug.clone(),
        unit: view.unit.clone(),
        years: view.years,
        notes: view.notes.clone(),
        decimated: true,
        joined: view.joined,
        series: view
            .series
            .iter()
            .map(|s| {
                if long(&s) {
                    SeriesView {
                        key: s.key.clone(),
                        label: s.label.clone(),
                        style: s.style,
                        role: s.role,
                        points: thin(&s.points, columns as f64 / span, view.joined),
                    }
                } else {
                    s.clone()
                }
            })
            .collect(),
    }
}

/// `points` thinned run by run (consecutive years with values; in a
/// `joined` view, any points with values), each run given `per_year`
/// columns a year.
fn thin(points: &[PointView], per_year: f64, joined: bool) -> Vec<PointView> {
    let mut out: Vec<PointView> = Vec::new();
    let mut run: Vec<&PointView> = Vec::new();
    let flush = |run: &mut Vec<&PointView>, out: &mut Vec<PointView>| {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return;
        };
        let share = f64::from(last.year - first.year) * per_year;
        let xs: Vec<f64> = run.iter().map(|p| f64::from(p.year)).collect();
        let ys: Vec<f64> = run.iter().map(|p| p.value.unwrap_or(0.0)).collect();
        if !out.is_empty() {
            out.push(PointView {
                year: first.year - 1,
                value: None,
                sources: Vec::new(),
                note: None,
            });
        }
        out.extend(
            decimate(&xs, &ys, share.ceil() as usize)
                .into_iter()
                .filter_map(|i| run.get(i).map(|p| (*p).clone())),
        );
        run.clear();
    };
    for p in points {
        let follows = run.last().is_some_and(|q| joined || p.year == q.year + 1);
        if p.value.is_none() || !follows {
            flush(&mut run, &mut out);
        }
        if p.value.is_some() {
            run.push(p);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The indices of the points of `xs` (pixel positions, in increasing
/// order) and `ys` (values, same length) to draw on a plot `width` pixels
/// wide: all of them when there are no more than `width`; otherwise, for
/// each bucket of two pixel columns, the point with the lowest value and
/// the one with the highest, in order. The first and last points are
/// always kept, so the line spans the same range.
pub fn decimate(xs: &[f64], ys: &[f64], width: usize) -> Vec<usize> {
    let n = xs.len().min(ys.len());
    if n <= width.max(2) {
        return (0..n).collect();
    }
    let (Some(&first), Some(&last)) = (xs.first(), xs.get(n - 1)) else {
        return Vec::new();
    };
    // Two points a bucket, and room for the first and last points.
    let buckets = ((width.max(4) - 2) / 2).max(1);
    let span = (last - first).max(f64::MIN_POSITIVE);
    let bucket_of = |x: f64| (((x - first) / span * buckets as f64) as usize).min(buckets - 1);
    let mut kept = Vec::with_capacity(width);
    kept.push(0);
    let mut i = 1;
    while i < n - 1 {
        let bucket = bucket_of(xs[i]);
        let (mut low, mut high) = (i, i);
        let mut j = i + 1;
        while j < n - 1 && bucket_of(xs[j]) == bucket {
            if ys[j] < ys[low] {
                low = j;
            }
            if ys[j] > ys[high] {
                high = j;
            }
            j += 1;
        }
        kept.push(low.min(high));
        if low != high {
            kept.push(low.max(high));
        }
        i = j;
    }
    kept.push(n - 1);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_series_are_kept_whole() {
        let xs = [0.0, 1.0, 2.0];
        assert_eq!(decimate(&xs, &[5.0, 1.0, 3.0], 800), vec![0, 1, 2]);
        assert_eq!(decimate(&[], &[], 800), Vec::<usize>::new());
        assert_eq!(decimate(&[1.0], &[1.0], 0), vec![0]);
    }

    #[test]
    fn long_series_keep_each_buckets_extremes_in_order() {
        let n = 100_000;
        let xs: Vec<f64> = (0..n).map(|i| i as f64 * 800.0 / (n - 1) as f64).collect();
        let ys: Vec<f64> = (0..n).map(|i| ((i * 7919) % 1000) as f64).collect();
        let kept = decimate(&xs, &ys, 800);
        assert!(kept.len() <= 800, "{}", kept.len());
        assert!(kept.len() >= 700, "{}", kept.len());
        assert_eq!(kept.first(), Some(&0));
        assert_eq!(kept.last(), Some(&(n - 1)));
        assert!(kept.windows(2).all(|w| w[0] < w[1]), "in order, no repeats");
        // The global extremes survive.
        let max = ys.iter().cloned().fold(f64::MIN, f64::max);
        let min = ys.iter().cloned().fold(f64::MAX, f64::min);
        assert!(kept.iter().any(|&i| ys[i] == max));
        assert!(kept.iter().any(|&i| ys[i] == min));
    }

    #[test]
    fn every_bucket_keeps_its_lowest_and_highest_value() {
        // 10 points a bucket of two pixels, on a 20 px plot: 9 buckets.
        let xs: Vec<f64> = (0..200).map(|i| i as f64 * 0.1).collect();
        let ys: Vec<f64> = (0..200).map(|i| ((i * 37) % 101) as f64).collect();
        let kept = decimate(&xs, &ys, 20);
        assert!(kept.len() <= 20);
        let buckets = 9;
        let span = xs[199] - xs[0];
        let bucket = |i: usize| ((xs[i] / span * buckets as f64) as usize).min(buckets - 1);
        for b in 0..buckets {
            let inner: Vec<usize> = (1..199).filter(|&i| bucket(i) == b).collect();
            let high = inner.iter().map(|&i| ys[i]).fold(f64::MIN, f64::max);
            let low = inner.iter().map(|&i| ys[i]).fold(f64::MAX, f64::min);
            assert!(
                kept.iter().any(|&i| inner.contains(&i) && ys[i] == high),
                "bucket {b}"
            );
            assert!(
                kept.iter().any(|&i| inner.contains(&i) && ys[i] == low),
                "bucket {b}"
            );
        }
    }

    fn line(points: Vec<PointView>) -> ChartView {
        use crate::core::chart::options::ChartId;
        use crate::core::chart::view::{Role, SeriesView};
        ChartView {
            id: ChartId::Economy,
            kind: ChartKind::Lines,
            title: "Long".into(),
            slug: "long".into(),
            unit: crate::core::text::unit::Unit::Count,
            years: (
                points.first().map_or(0, |p| p.year),
                points.last().map_or(0, |p| p.year),
            ),
            series: vec![SeriesView {
                key: "long".into(),
                label: "Long".into(),
                style: 0,
                role: Role::Main,
                points,
            }],
            notes: vec![],
            decimated: false,
            joined: false,
        }
    }

    fn point(year: i32, value: Option<f64>) -> PointView {
        PointView {
            year,
            value,
            sources: vec!["s".into()],
            note: None,
        }
    }

    #[test]
    fn views_keep_their_runs_apart_and_only_their_own_points() {
        // Years 0-49,999 with values, 50,000 without, 50,001-59,999 with,
        // then a jump to 70,000-99,999.
        let mut points: Vec<PointView> = (0..60_000)
            .map(|y| point(y, (y != 50_000).then(|| f64::from(y % 977))))
            .collect();
        points.extend((70_000..100_000).map(|y| point(y, Some(f64::from(y % 613)))));
        let view = line(points);
        let thin = decimate_view(&view, 800);
        assert!(thin.decimated);
        let kept = &thin.series[0].points;
        assert!(kept.len() <= 800 + 4, "{}", kept.len());
        let gaps: Vec<i32> = kept
            .iter()
            .filter(|p| p.value.is_none())
            .map(|p| p.year)
            .collect();
        assert_eq!(gaps, vec![50_000, 69_999], "one gap before each later run");
        for p in kept.iter().filter(|p| p.value.is_some()) {
            let original = view.series[0].points.iter().find(|o| o.year == p.year);
            assert_eq!(original, Some(p));
        }
        assert!(kept.windows(2).all(|w| w[0].year < w[1].year));
        // Short views, and other kinds, are as they were.
        let short = line((0..100).map(|y| point(y, Some(1.0))).collect());
        assert_eq!(decimate_view(&short, 800), short);
        let mut bars = view.clone();
        bars.kind = ChartKind::Bars;
        assert_eq!(decimate_view(&bars, 800), bars);
    }

    #[test]
    fn equal_positions_do_not_divide_by_zero() {
        let xs = vec![3.0; 50];
        let ys: Vec<f64> = (0..50).map(f64::from).collect();
        let kept = decimate(&xs, &ys, 10);
        assert_eq!(kept, vec![0, 1, 48, 49]);
    }
}
