//! Ids for imported items: slugs of names, made unique, and the grouping
//! of equal keys.

use crate::core::index::first_occurrences;

/// The longest slug made from a name, in bytes.
const MAX_SLUG: usize = 60;

/// A slug of `text` for an id: ASCII letters and digits in lower case,
/// every other run of characters one `-`, at most 60 bytes; `fallback`
/// when nothing is left (a name in Chinese, say).
pub fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
            if out.len() >= MAX_SLUG {
                break;
            }
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

/// The distinct keys: for each key, the number of its distinct key (in
/// order of first appearance), and the position of each distinct key's
/// first occurrence.
pub fn distinct(keys: &[&str]) -> (Vec<usize>, Vec<usize>) {
    let pairs: Vec<(&str, &str)> = keys.iter().map(|k| ("", *k)).collect();
    let first = first_occurrences(&pairs);
    let mut number: Vec<usize> = vec![0; keys.len()];
    let mut firsts: Vec<usize> = Vec::new();
    for (i, &f) in first.iter().enumerate() {
        let k = if f == i {
            firsts.push(i);
            firsts.len() - 1
        } else {
            number.get(f).copied().unwrap_or(0)
        };
        if let Some(slot) = number.get_mut(i) {
            *slot = k;
        }
    }
    (number, firsts)
}

/// Clusters for groups (lanes): one per distinct group name, in order of
/// first appearance, with a unique slug id. Returns the clusters and, for
/// each group given, the id of its cluster.
pub fn clusters(groups: &[&str]) -> (Vec<crate::core::model::Cluster>, Vec<String>) {
    let (number, firsts) = distinct(groups);
    let names: Vec<&str> = firsts
        .iter()
        .map(|&i| groups.get(i).copied().unwrap_or_default())
        .collect();
    let ids = unique(names.iter().map(|g| slug(g, "group")).collect());
    let clusters = names
        .iter()
        .zip(&ids)
        .map(|(name, id)| crate::core::model::Cluster {
            id: id.clone(),
            name: crate::core::text::Text::en(*name),
            full_name: None,
            members: Vec::new(),
            note: None,
        })
        .collect();
    let of_each = number
        .iter()
        .map(|&k| ids.get(k).cloned().unwrap_or_default())
        .collect();
    (clusters, of_each)
}

/// Makes ids unique, keeping the first of equal ids and numbering the
/// others in order (`event`, `event-2`, `event-3`).
pub fn unique(mut ids: Vec<String>) -> Vec<String> {
    // Each pass renames the repeats; a renamed id can only meet an id that
    // already had its name, so few passes are needed.
    for _ in 0..64 {
        let keys: Vec<&str> = ids.iter().map(String::as_str).collect();
        let pairs: Vec<(&str, &str)> = keys.iter().map(|k| ("", *k)).collect();
        let first = first_occurrences(&pairs);
        let mut counts: Vec<usize> = vec![1; ids.len()];
        let mut renamed: Vec<(usize, String)> = Vec::new();
        for (i, &f) in first.iter().enumerate() {
            if f != i
                && let (Some(count), Some(id)) = (counts.get_mut(f), keys.get(i))
            {
                *count += 1;
                renamed.push((i, format!("{id}-{count}")));
            }
        }
        if renamed.is_empty() {
            break;
        }
        for (i, id) in renamed {
            if let Some(slot) = ids.get_mut(i) {
                *slot = id;
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_names() {
        assert_eq!(slug("  The Big Bang!", "event"), "the-big-bang");
        assert_eq!(slug("京津冀", "group"), "group");
        assert_eq!(slug("A--b", "x"), "a-b");
    }

    #[test]
    fn groups_and_numbers_repeats() {
        assert_eq!(distinct(&["b", "a", "b", "a", "c"]).0, [0, 1, 0, 1, 2]);
        let ids = unique(
            ["a", "a", "a-2", "b", "a"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
        );
        assert_eq!(ids, ["a", "a-2", "a-2-2", "b", "a-3"]);
        assert_eq!(
            distinct(&["b", "a", "b", "c"]),
            (vec![0, 1, 0, 2], vec![0, 1, 3])
        );
    }
}
