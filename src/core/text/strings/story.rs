//! The words of a story's panel, in English and Chinese.

use crate::core::text::bilingual::Lang;

/// Every string of a story's panel, in one language.
#[derive(Debug)]
pub struct StoryStrings {
    /// What the entry on the first screen is called.
    pub entry: &'static str,
    /// The entry's button that starts a story.
    pub start: &'static str,
    /// The entry's button that goes back to the step left: `{n}`.
    pub resume: &'static str,
    /// Where the reader is: `{n}` of `{count}`.
    pub count: &'static str,
    /// The button to the step before.
    pub previous: &'static str,
    /// The button to the step after.
    pub next: &'static str,
    /// The button that leaves the story at the step's view.
    pub explore: &'static str,
    /// How to move between steps, for screen readers.
    pub keys: &'static str,
    /// The button that shows the whole story as text.
    pub whole: &'static str,
    /// Label before a step's sources.
    pub sources: &'static str,
    /// The accessible name of the panel's steps list.
    pub steps: &'static str,
}

const EN: StoryStrings = StoryStrings {
    entry: "Story",
    start: "Start the story",
    resume: "Back to the story, step {n}",
    count: "{n} of {count}",
    previous: "Previous",
    next: "Next",
    explore: "Explore",
    keys: "Left and Right arrow keys, or a swipe on this panel, move between steps; Escape explores the view.",
    whole: "The whole story as text",
    sources: "Sources",
    steps: "Every step",
};

const ZH: StoryStrings = StoryStrings {
    entry: "故事",
    start: "开始阅读故事",
    resume: "回到故事第{n}步",
    count: "第{n}步，共{count}步",
    previous: "上一步",
    next: "下一步",
    explore: "自由探索",
    keys: "左右方向键或在此面板上滑动可切换步骤；按 Esc 键自由探索当前视图。",
    whole: "以文字阅读整个故事",
    sources: "来源",
    steps: "全部步骤",
};

/// The story's strings in `lang`.
pub fn story_strings(lang: Lang) -> &'static StoryStrings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}
