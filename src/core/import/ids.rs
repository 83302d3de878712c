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

/// Makes slugs (see [`slug`]) unique in one pass, keeping the first of
/// equal ids and numbering the others in order after a dot (`event`,
/// `event.2`, `event.3`). A slug has no dot, so a numbered id never meets
/// another.
pub fn unique(ids: Vec<String>) -> Vec<String> {
    let keys: Vec<(&str, &str)> = ids.iter().map(|id| ("", id.as_str())).collect();
    let first = first_occurrences(&keys);
    let mut counts: Vec<usize> = vec![1; ids.len()];
    let renamed: Vec<Option<String>> = first
        .iter()
        .enumerate()
        .map(|(i, &f)| {
            let count = counts.get_mut(f).filter(|_| f != i)?;
            *count += 1;
            Some(format!("{}.{count}", keys.get(i)?.1))
        })
        .collect();
    ids.into_iter()
        .zip(renamed)
        .map(|(id, renamed)| renamed.unwrap_or(id))
        .collect()
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
        assert_eq!(ids, ["a", "a.2", "a-2", "b", "a.3"]);
        // Titles whose slugs chain ("a", "a 2", "a 2 2", ...) need no
        // second pass.
        let titles: Vec<String> = (0..400)
            .map(|i| format!("a{}", " 2".repeat(i / 2)))
            .collect();
        let ids = unique(titles.iter().map(|t| slug(t, "event")).collect());
        let keys: Vec<(&str, &str)> = ids.iter().map(|id| ("", id.as_str())).collect();
        assert_eq!(first_occurrences(&keys), (0..400).collect::<Vec<_>>());
        assert_eq!(
            distinct(&["b", "a", "b", "c"]),
            (vec![0, 1, 0, 2], vec![0, 1, 3])
        );
    }
}
