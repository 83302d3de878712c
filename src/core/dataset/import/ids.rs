//! Ids for imported items: slugs of names, made unique.

use crate::core::dataset::index::hash::first_occurrences;
use crate::core::dataset::model::Cluster;
use crate::core::text::bilingual::Text;

/// The longest slug made from a name, in bytes.
const MAX_SLUG: usize = 60;

/// A slug of `text` for an id: ASCII letters and digits in lower case,
/// every other run of characters one `-`, at most 60 bytes; `fallback`
/// when nothing is left (a name in Chinese, say).
pub fn slug(text: &str, fallback: &str) -> String {
    // By bytes (not as characters, each encoded): the bytes of a character
    // outside ASCII are never ASCII. Written into a buffer on the stack,
    // then copied once.
    let mut out = [0; MAX_SLUG];
    let mut len = 0;
    let mut dash = false;
    for b in text.bytes() {
        if !b.is_ascii_alphanumeric() {
            dash = true;
            continue;
        }
        let dash_first = dash && len > 0;
        if len + usize::from(dash_first) >= MAX_SLUG {
            break;
        }
        if dash_first {
            out[len] = b'-';
            len += 1;
        }
        out[len] = b.to_ascii_lowercase();
        len += 1;
        dash = false;
    }
    match out.get(..len).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(slug) if !slug.is_empty() => slug.to_string(),
        _ => fallback.to_string(),
    }
}

/// Clusters for groups (lanes): one per distinct group name (`names`, in
/// order of first appearance), each with a unique slug id.
pub fn clusters(names: &[&str]) -> Vec<Cluster> {
    let (ids, _) = unique(names.iter().map(|g| slug(g, "group")).collect());
    names
        .iter()
        .zip(ids)
        .map(|(name, id)| Cluster {
            id,
            name: Text::en(*name),
            full_name: None,
            members: Vec::new(),
            note: None,
        })
        .collect()
}

/// Makes slugs (see [`slug`]) unique in one pass, keeping the first of
/// equal ids and numbering the others in order after a dot (`event`,
/// `event.2`, `event.3`). A slug has no dot, so a numbered id never meets
/// another.
///
/// Returns the ids and, for each, the position of the first slug equal to
/// its own (its own position if none came before).
pub fn unique(mut ids: Vec<String>) -> (Vec<String>, Vec<usize>) {
    let first = {
        let keys: Vec<(&str, &str)> = ids.iter().map(|id| ("", id.as_str())).collect();
        first_occurrences(&keys)
    };
    let mut counts: Vec<usize> = vec![1; ids.len()];
    for (i, &f) in first.iter().enumerate() {
        if f != i
            && let (Some(count), Some(id)) = (counts.get_mut(f), ids.get_mut(i))
        {
            *count += 1;
            id.push('.');
            id.push_str(&count.to_string());
        }
    }
    (ids, first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn slugs_names() {
        assert_eq!(slug("  The Big Bang!", "event"), "the-big-bang");
        assert_eq!(slug("京津冀", "group"), "group");
        assert_eq!(slug("A--b", "x"), "a-b");
        // At most 60 bytes, never ending in a dash.
        let long = slug(&"ab ".repeat(40), "x");
        assert_eq!(long.len(), 59);
        assert!(long.ends_with("ab"));
        assert_eq!(slug(&"A".repeat(70), "x"), "a".repeat(60));
    }

    #[test]
    fn groups_and_numbers_repeats() {
        let ids = unique(strings(&["a", "a", "a-2", "b", "a"]));
        assert_eq!(
            ids,
            (
                strings(&["a", "a.2", "a-2", "b", "a.3"]),
                vec![0, 0, 2, 3, 0]
            )
        );
        // Titles whose slugs chain ("a", "a 2", "a 2 2", ...) need no
        // second pass.
        let titles: Vec<String> = (0..400)
            .map(|i| format!("a{}", " 2".repeat(i / 2)))
            .collect();
        let (ids, _) = unique(titles.iter().map(|t| slug(t, "event")).collect());
        let keys: Vec<(&str, &str)> = ids.iter().map(|id| ("", id.as_str())).collect();
        assert_eq!(first_occurrences(&keys), (0..400).collect::<Vec<_>>());
        let lanes: Vec<(String, String)> = clusters(&["North!", "north", "京津冀"])
            .into_iter()
            .map(|c| (c.id, c.name.en))
            .collect();
        assert_eq!(
            lanes,
            [
                ("north".into(), "North!".into()),
                ("north.2".into(), "north".into()),
                ("group".into(), "京津冀".into())
            ]
        );
    }
}
