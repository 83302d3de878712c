//! How to cite the atlas: the line a reader copies (the atlas's title, the
//! dataset's version and date, the address of the view), the licence for
//! reuse and the date the data was last updated. The page shows these
//! lines, and every export carries them.

use crate::core::dataset::atlas::Atlas;
use crate::core::text::bilingual::Lang;
use crate::core::text::strings::Strings;

/// The citation of the view at `address`: "Cluster Atlas: `<title>`,
/// dataset version 1.0 (7 Dec 2026). `<address>`".
pub fn citation(atlas: &Atlas, address: &str, lang: Lang, s: &Strings) -> String {
    let date = atlas.updated().map(|d| d.display(lang));
    let version = match (atlas.version(), date) {
        (Some(v), Some(date)) => Some(s.version_dated.replace("{v}", v).replace("{date}", &date)),
        (Some(v), None) => Some(v.to_string()),
        (None, date) => date,
    };
    let template = if version.is_some() {
        s.cite_versioned
    } else {
        s.cite_plain
    };
    template
        .replace("{app}", s.app_name)
        .replace("{title}", atlas.title().get(lang))
        .replace("{version}", &version.unwrap_or_default())
        .replace("{address}", address)
}

/// The lines that tell how to cite and reuse the view at `address`, each
/// with its label: the citation, then the licence and the date of the
/// data where the dataset states them.
pub fn citing_lines(atlas: &Atlas, address: &str, lang: Lang, s: &Strings) -> Vec<String> {
    let mut lines = vec![labelled(
        s.how_to_cite,
        &citation(atlas, address, lang, s),
        lang,
    )];
    if let Some(licence) = atlas.licence() {
        lines.push(labelled(s.licence, licence.get(lang), lang));
    }
    if let Some(date) = atlas.updated() {
        lines.push(labelled(s.data_updated, &date.display(lang), lang));
    }
    lines
}

/// "`label`: `text`", with the colon `lang` writes.
pub fn labelled(label: &str, text: &str, lang: Lang) -> String {
    [label, colon(lang), text].concat()
}

/// The colon after a label, as each language writes it.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Zh => "：",
    }
}
