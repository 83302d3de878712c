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
}

/// A text in English with an optional Simplified Chinese version.
///
/// In JSON it is written either as a plain string (English only) or as an
/// object `{"en": "...", "zh": "..."}` (see [`crate::core::read`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// The English text; never empty in a validated dataset.
    pub en: String,
    /// The Simplified Chinese text, if written.
    pub zh: Option<String>,
}

impl Text {
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
        assert!(Text::en("  ").is_blank());
    }
}
