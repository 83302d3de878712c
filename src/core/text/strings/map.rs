//! The words of the tile map, in English and Chinese.

use crate::core::text::bilingual::Lang;

/// Every string of the tile map, in one language.
#[derive(Debug)]
pub struct MapStrings {
    /// The section's heading.
    pub heading: &'static str,
    /// What the map is, under the heading.
    pub lead: &'static str,
    /// The label of the measure's choice.
    pub measure: &'static str,
    /// The measures, in the order of `MapMeasure::ALL`.
    pub measures: [&'static str; 3],
    /// The label of the year's slider.
    pub year: &'static str,
    /// The label of the base year's choice.
    pub base: &'static str,
    /// The button that plays the years.
    pub play: &'static str,
    /// The button that stops them.
    pub pause: &'static str,
    /// The legend's word for a tile without a value.
    pub no_data: &'static str,
    /// The value of a division the source does not cover.
    pub not_in_source: &'static str,
    /// A tile without a value in that year.
    pub no_value: &'static str,
    /// A rank: `{rank}` of `{count}` divisions in `{year}`.
    pub rank: &'static str,
    /// The map's description for screen readers, with its keys.
    pub keys: &'static str,
    /// What the read-out says before a tile is chosen.
    pub hint: &'static str,
    /// The caveats shown with the map.
    pub caveats: [&'static str; 4],
    /// Growth since a year: `{base}`.
    pub since: &'static str,
    /// A title of the map: `{measure}` and `{year}`.
    pub title: &'static str,
    /// The measure of growth in a title: `{base}`.
    pub growth: &'static str,
    /// The table's rank column.
    pub rank_column: &'static str,
    /// The table's division column.
    pub division: &'static str,
    /// The table's cluster column.
    pub cluster: &'static str,
    /// The read-out's button to the economy chart of a member's cluster:
    /// `{cluster}`.
    pub members: &'static str,
}

const EN: MapStrings = MapStrings {
    heading: "Where the clusters are",
    lead: "Each square is a provincial-level division, placed roughly where it lies; the three clusters are outlined in their colours.",
    measure: "Measure",
    measures: ["GDP", "Share of national GDP", "Growth since"],
    year: "Year",
    base: "Base year",
    play: "Play",
    pause: "Pause",
    no_data: "No data",
    not_in_source: "not in this source",
    no_value: "no value this year",
    rank: "rank {rank} of {count} in {year}",
    keys: "Tile map: arrow keys move between divisions.",
    hint: "Point at, tap or focus a division for its value.",
    caveats: [
        "GDP is nominal, as revised after the fifth national economic census.",
        "The provinces need not add up to the national figure.",
        "2024 shares mix the preliminary national figure with later provincial ones.",
        "Shares of national GDP start in 2015, where the national figure does.",
    ],
    since: "since {base}",
    title: "{measure} by provincial-level division, {year}",
    growth: "GDP growth since {base}",
    rank_column: "Rank",
    division: "Division",
    cluster: "Cluster",
    members: "{cluster}'s members in the economy chart",
};

const ZH: MapStrings = MapStrings {
    heading: "三大集群在哪里",
    lead: "每个方块代表一个省级行政区，大致按其地理位置排列；三大集群以各自的颜色勾勒。",
    measure: "指标",
    measures: ["地区生产总值", "占全国GDP比重", "增长（相对于）"],
    year: "年份",
    base: "基准年",
    play: "播放",
    pause: "暂停",
    no_data: "无数据",
    not_in_source: "本来源未覆盖",
    no_value: "该年无数据",
    rank: "{year}年在{count}个地区中排第{rank}位",
    keys: "方块地图：方向键可在各地区之间移动。",
    hint: "指向、轻触或聚焦一个地区，查看其数值。",
    caveats: [
        "GDP为名义值，采用第五次全国经济普查后的修订数据。",
        "各省数据之和不一定等于全国数据。",
        "2024年的比重混合了全国初步核算数与较晚的省级数据。",
        "占全国GDP比重从2015年开始，全国数据从该年起才有。",
    ],
    since: "相对于{base}年",
    title: "{year}年各省级行政区{measure}",
    growth: "相对于{base}年的GDP增长",
    rank_column: "排名",
    division: "地区",
    cluster: "集群",
    members: "在经济图表中查看{cluster}的成员",
};

/// The map's strings in `lang`.
pub fn map_strings(lang: Lang) -> &'static MapStrings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}
