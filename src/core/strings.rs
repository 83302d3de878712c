//! The interface's own words, in English and Simplified Chinese.

use super::text::Lang;

/// Every string of the interface in one language.
#[derive(Debug)]
pub struct Strings {
    /// The app's name.
    pub app_name: &'static str,
    /// The line under the title.
    pub tagline: &'static str,
    /// The introduction's paragraphs.
    pub intro: [&'static str; 2],
    /// Heading of the caveats list.
    pub about_data: &'static str,
    /// The caveats every reader must see.
    pub caveats: [&'static str; 4],
    /// Heading of the cluster cards.
    pub clusters_heading: &'static str,
    /// Label before a cluster's members.
    pub members: &'static str,
    /// Summary of the list of stated figures; `{n}` is their number.
    pub stated_figures: &'static str,
    /// Label before the sources of a figure.
    pub source: &'static str,
    /// Heading of the sources section.
    pub sources_heading: &'static str,
    /// Introduction of the sources section; `{n}` is their number.
    pub sources_intro: &'static str,
    /// Label before what a source supports.
    pub used_for: &'static str,
    /// Label before a source's publication date.
    pub published: &'static str,
    /// Heading shown when the dataset cannot be read.
    pub dataset_failed: &'static str,
    /// Explanation below that heading.
    pub dataset_failed_help: &'static str,
    /// Footer text.
    pub footer: &'static str,
}

const EN: Strings = Strings {
    app_name: "Cluster Atlas",
    tagline: "China's three innovation clusters and how they were coordinated",
    intro: [
        "Three city regions carry much of China's economy and research: Jing-Jin-Ji around Beijing, the Yangtze River Delta around Shanghai, and the Guangdong-Hong Kong-Macao Greater Bay Area. Between 2015 and 2019 the central authorities adopted an outline plan for the coordinated development of each.",
        "This atlas sets out how the three have grown, in output, research spending and patents, and the decisions that tied their members together. Every number is taken from a named source, which is one click away.",
    ],
    about_data: "About the data",
    caveats: [
        "GDP is the statistics bureau's series as revised after the fifth national economic census, higher than figures published earlier; 2024 shares of national GDP mix the preliminary national figure with later provincial ones.",
        "Statistics for the Greater Bay Area are those of the whole of Guangdong province, shown as \"Guangdong (whole province)\": they include Guangdong's cities outside the Bay Area and exclude Hong Kong and Macao.",
        "Figures quoted by officials and media are shown as stated at the time, so they can differ from sums of the provincial statistics.",
        "Dates are as precise as the sources allow: an event known to the month or the year is shown as such.",
    ],
    clusters_heading: "The three clusters",
    members: "Members",
    stated_figures: "Figures stated by officials and media ({n})",
    source: "Source",
    sources_heading: "Sources",
    sources_intro: "The {n} documents the figures and milestones of this atlas are taken from.",
    used_for: "Used for",
    published: "Published",
    dataset_failed: "The dataset could not be read",
    dataset_failed_help: "Cluster Atlas checks every dataset before showing it. These problems were found:",
    footer: "Cluster Atlas runs entirely in your browser; it sends nothing anywhere.",
};

const ZH: Strings = Strings {
    app_name: "创新集群图鉴",
    tagline: "中国三大创新集群及其协同发展",
    intro: [
        "中国经济与科研的很大一部分集中在三个城市群：以北京为中心的京津冀、以上海为中心的长三角，以及粤港澳大湾区。2015年至2019年间，中央先后为三地的协同发展出台了规划纲要。",
        "本图鉴呈现三大集群在经济总量、研发投入和专利方面的发展，以及将各成员联系在一起的重要决策。每个数字都来自注明的出处，点击即可查看。",
    ],
    about_data: "关于数据",
    caveats: [
        "GDP为国家统计局第五次全国经济普查后修订的数据，高于此前公布的数值；2024年占全国比重混合了全国初步核算数与较晚的省级数据。",
        "大湾区的统计数据为广东全省数据，标注为“广东（全省）”：包含大湾区以外的广东城市，不含香港和澳门。",
        "官方和媒体引用的数字按当时的说法列出，可能与省级统计数据之和不同。",
        "日期的精确程度以来源为准：只知道月份或年份的事件按月份或年份显示。",
    ],
    clusters_heading: "三大集群",
    members: "成员",
    stated_figures: "官方和媒体公布的数字（{n}）",
    source: "来源",
    sources_heading: "资料来源",
    sources_intro: "本图鉴中的数字和大事记取自以下{n}份资料。",
    used_for: "用于",
    published: "发布日期",
    dataset_failed: "无法读取数据集",
    dataset_failed_help: "创新集群图鉴在显示任何数据集之前都会进行检查，发现了以下问题：",
    footer: "创新集群图鉴完全在浏览器中运行，不向任何地方发送数据。",
};

/// The interface strings in `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// Replaces `{n}` in a string with a number.
pub fn with_count(template: &str, n: usize) -> String {
    template.replace("{n}", &n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_fill_every_string() {
        for lang in [Lang::En, Lang::Zh] {
            let s = strings(lang);
            let all = [
                s.app_name,
                s.tagline,
                s.about_data,
                s.clusters_heading,
                s.members,
                s.stated_figures,
                s.source,
                s.sources_heading,
                s.sources_intro,
                s.used_for,
                s.published,
                s.dataset_failed,
                s.dataset_failed_help,
                s.footer,
            ];
            assert!(
                all.iter()
                    .chain(&s.intro)
                    .chain(&s.caveats)
                    .all(|t| !t.trim().is_empty())
            );
        }
        assert_eq!(
            with_count(EN.stated_figures, 3),
            "Figures stated by officials and media (3)"
        );
    }
}
