//! Bilingual text: every name, title and description in a dataset carries
//! English and, where written, Simplified Chinese.

/// A language the interface and the data can be read in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default and the fallback).
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// The BCP 47 tag of the language, as used in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The first language of `tags` (the browser's preferred languages, as
    /// BCP 47 tags, best first) that the atlas is written in; English if
    /// none is. Any Chinese tag is read as Simplified Chinese, the only
    /// Chinese the atlas has.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() {
                    "en" => Some(Lang::En),
                    "zh" => Some(Lang::Zh),
                    _ => None,
                }
            })
            .unwrap_or_default()
    }

    /// The other language, which the language switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// The language a text from the data is written in when it has one
    /// language only (a quote, a note): Chinese if it has a CJK character,
    /// English otherwise.
    pub fn of(text: &str) -> Lang {
        if text.chars().any(|c| u32::from(c) >= 0x2E80) {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The language's name in itself ("English", "中文").
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }
}

/// A text in English with an optional Simplified Chinese version.
///
/// In JSON it is written either as a plain string (English only) or as an
/// object `{"en": "...", "zh": "..."}` (see [`crate::core::dataset::read`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// The English text; never empty in a validated dataset.
    pub en: String,
    /// The Simplified Chinese text, if written.
    pub zh: Option<String>,
}

impl Text {
    /// The language of what [`Text::get`] gives for `lang`: English where
    /// the Chinese version is missing.
    pub fn lang(&self, lang: Lang) -> Lang {
        if self.zh.is_some() { lang } else { Lang::En }
    }

    /// An English-only text.
    pub fn en(text: impl Into<String>) -> Self {
        Text {
            en: text.into(),
            zh: None,
        }
    }

    /// A text with both languages.
    pub fn both(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Text {
            en: en.into(),
            zh: Some(zh.into()),
        }
    }

    /// The text in `lang`, falling back to English where no translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.zh) {
            (Lang::Zh, Some(zh)) => zh,
            _ => &self.en,
        }
    }

    /// Whether the English text is empty or only whitespace.
    pub fn is_blank(&self) -> bool {
        self.en.trim().is_empty()
    }
}

/// The paragraphs of `text`: its parts between blank lines (`\n\n`),
/// trimmed, without the empty ones. A single line break stays within its
/// paragraph (HTML shows it as a space).
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english() {
        let t = Text::en("Hebei");
        assert_eq!(t.get(Lang::Zh), "Hebei");
        let both = Text::both("Beijing", "北京");
        assert_eq!(both.get(Lang::Zh), "北京");
        assert_eq!(both.get(Lang::En), "Beijing");
    }

    #[test]
    fn paragraphs_are_split_at_blank_lines() {
        let split = |t| paragraphs(t).collect::<Vec<_>>();
        assert_eq!(split("One.\n\nTwo."), ["One.", "Two."]);
        assert_eq!(
            split("One,\nstill one.\n\n\n\n Two. "),
            ["One,\nstill one.", "Two."]
        );
        assert_eq!(split("\n\nOnly.\n"), ["Only."]);
        assert_eq!(split("一。\n\n二。"), ["一。", "二。"]);
        assert!(split(" \n\n\t").is_empty());
        assert!(split("").is_empty());
    }

    #[test]
    fn the_first_preferred_language_written_wins() {
        assert_eq!(Lang::preferred(["zh-CN", "en-US"]), Lang::Zh);
        assert_eq!(Lang::preferred(["fr-FR", "zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::preferred(["de", "EN-gb", "zh"]), Lang::En);
        assert_eq!(Lang::preferred(["zh_Hans_CN"]), Lang::Zh);
        assert_eq!(Lang::preferred(["fr", "", "-"]), Lang::En);
        assert_eq!(Lang::preferred([]), Lang::En);
        assert_eq!(Lang::Zh.other(), Lang::En);
        assert_eq!(Lang::of("Xi Jinping said, “...”"), Lang::En);
        assert_eq!(Lang::of("据新华社报道"), Lang::Zh);
        assert_eq!(Text::en("NBS").lang(Lang::Zh), Lang::En);
        assert!(Text::en("  ").is_blank());
    }
}
