//! Placing labels: stacking, then grouping; shortening, not below the
//! shortest; a group taking in what it blocks.

use super::place::{Item, Placement, place};
use super::widths::badge_width;

/// An item of one milestone at `x` pixels, of the day `x`.
fn item(id: usize, x: f64, width: f64) -> Item {
    Item {
        ids: vec![id],
        x,
        x_end: x,
        left: x,
        width,
        days: (x as i64, x as i64 + 1),
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
                left: 0.0,
                x: 0.0,
                x_end: 20.0,
                days: (0, 21),
            },
            Placement::One {
                id: 1,
                row: 1,
                left: 10.0,
                width: 100.0,
                x: 10.0,
                x_end: 10.0,
                days: (10, 11),
            },
            Placement::One {
                id: 3,
                row: 0,
                left: 200.0,
                width: 50.0,
                x: 200.0,
                x_end: 200.0,
                days: (200, 201),
            },
        ]
    );
}

#[test]
fn a_label_is_shortened_to_make_room_but_not_below_the_shortest() {
    let items = [item(0, 0.0, 150.0), item(1, 100.0, 80.0)];
    let placed = place(&items, 1, 4.0, badge_width);
    assert_eq!(
        placed,
        [
            Placement::One {
                id: 0,
                row: 0,
                left: 0.0,
                width: 96.0,
                x: 0.0,
                x_end: 0.0,
                days: (0, 1),
            },
            Placement::One {
                id: 1,
                row: 0,
                left: 100.0,
                width: 80.0,
                x: 100.0,
                x_end: 100.0,
                days: (100, 101),
            },
        ]
    );
    let close = [item(0, 0.0, 150.0), item(1, 60.0, 80.0)];
    let placed = place(&close, 1, 4.0, badge_width);
    assert!(
        matches!(&placed[..], [Placement::Group { ids, .. }] if ids == &[0, 1]),
        "56 px would be too short: {placed:?}"
    );
}

#[test]
fn a_group_item_stays_a_group_and_takes_in_what_it_blocks() {
    let items = [
        Item {
            ids: vec![0, 1, 2],
            x: 0.0,
            x_end: 30.0,
            left: 0.0,
            width: 23.0,
            days: (-5, 31),
        },
        item(3, 10.0, 80.0),
    ];
    let placed = place(&items, 1, 4.0, badge_width);
    assert_eq!(
        placed,
        [Placement::Group {
            ids: vec![0, 1, 2, 3],
            row: 0,
            left: 0.0,
            x: 0.0,
            x_end: 30.0,
            days: (-5, 31),
        }]
    );
}
