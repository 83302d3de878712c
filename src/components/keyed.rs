//! The children of an element kept in step with a list of keyed pieces of
//! HTML: a child whose piece is unchanged stays as it is, one that only
//! moved gets its new inline style, new ones are inserted where they
//! belong (a run of them in one go) and the rest are removed.
//!
//! Zooming or panning the timeline moves most labels a little; keeping
//! their elements spares the browser from parsing, styling, shaping and
//! laying out each of them again on every step.

use web_sys::Element;

use crate::core::dataset::index::ids::IdIndex;
use crate::core::page::piece::Piece;

struct Shown {
    piece: Piece,
    element: Element,
}

/// The keyed children of one container element.
pub struct Keyed {
    container: Element,
    shown: Vec<Shown>,
}

impl Keyed {
    /// Takes over the children of `container`, which should be empty.
    pub fn new(container: Element) -> Keyed {
        container.set_inner_html("");
        Keyed {
            container,
            shown: Vec::new(),
        }
    }

    /// Brings the children in line with `pieces`, in document order.
    pub fn update(&mut self, pieces: Vec<Piece>) {
        let index = IdIndex::new(self.shown.iter().map(|s| s.piece.key.as_str()));
        let mut old: Vec<Option<Shown>> = self.shown.drain(..).map(Some).collect();
        // Kept (and restyled if need be), or to be made.
        let mut plan: Vec<Result<Shown, Piece>> = Vec::with_capacity(pieces.len());
        for piece in pieces {
            match index.get(&piece.key).and_then(|i| old[i].take()) {
                Some(shown) if shown.piece.html == piece.html => plan.push(Ok(shown)),
                Some(shown) if shown.piece.rest() == piece.rest() => {
                    let _ = shown.element.set_attribute("style", &piece.style);
                    plan.push(Ok(Shown {
                        piece,
                        element: shown.element,
                    }));
                }
                Some(shown) => {
                    shown.element.remove();
                    plan.push(Err(piece));
                }
                None => plan.push(Err(piece)),
            }
        }
        for shown in old.into_iter().flatten() {
            shown.element.remove();
        }
        let mut previous: Option<Element> = None;
        let mut fresh: Vec<Piece> = Vec::new();
        for step in plan {
            match step {
                Err(piece) => fresh.push(piece),
                Ok(shown) => {
                    self.insert(&mut previous, &mut fresh);
                    let next = match &previous {
                        Some(p) => p.next_element_sibling(),
                        None => self.container.first_element_child(),
                    };
                    if next.as_ref() != Some(&shown.element) {
                        let _ = self
                            .container
                            .insert_before(&shown.element, next.as_ref().map(|n| n.as_ref()));
                    }
                    previous = Some(shown.element.clone());
                    self.shown.push(shown);
                }
            }
        }
        self.insert(&mut previous, &mut fresh);
    }

    /// Inserts the elements of `fresh` after `previous` (at the start if
    /// none), in one piece of HTML, and records them.
    fn insert(&mut self, previous: &mut Option<Element>, fresh: &mut Vec<Piece>) {
        if fresh.is_empty() {
            return;
        }
        let html: String = fresh.iter().map(|p| p.html.as_str()).collect();
        let inserted = match previous {
            Some(p) => p.insert_adjacent_html("afterend", &html),
            None => self.container.insert_adjacent_html("afterbegin", &html),
        };
        if inserted.is_err() {
            fresh.clear();
            return;
        }
        let mut next = match previous {
            Some(p) => p.next_element_sibling(),
            None => self.container.first_element_child(),
        };
        for piece in fresh.drain(..) {
            let Some(element) = next else {
                return;
            };
            next = element.next_element_sibling();
            *previous = Some(element.clone());
            self.shown.push(Shown { piece, element });
        }
    }
}
