//! The interface's own words, in English and Simplified Chinese.

use crate::core::text::bilingual::Lang;

/// Every string of the interface in one language.
#[derive(Debug)]
pub struct Strings {
    /// The app's name.
    pub app_name: &'static str,
    /// Heading of the caveats list, and the introduction's accessible name.
    pub about_data: &'static str,
    /// Heading of the cluster cards when there are three.
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
    /// Introduction of the sources section when there is one.
    pub sources_one: &'static str,
    /// Label before what a source supports.
    pub used_for: &'static str,
    /// Label before a source's publication date.
    pub published: &'static str,
    /// Label before the address of the copy a source was read at.
    pub read_at: &'static str,
    /// Summary of the collapsed list of sources; `{n}` is their number.
    pub all_sources: &'static str,
    /// Label before the line that cites the atlas.
    pub how_to_cite: &'static str,
    /// The citation of a dataset with a version or a date: `{app}`,
    /// `{title}`, `{version}` and `{address}` are filled in.
    pub cite_versioned: &'static str,
    /// The citation of a dataset with neither.
    pub cite_plain: &'static str,
    /// A version with its date: `{v}` and `{date}`.
    pub version_dated: &'static str,
    /// Label before the dataset's licence.
    pub licence: &'static str,
    /// Label before the date the data was last updated.
    pub data_updated: &'static str,
    /// Heading shown when the dataset cannot be read.
    pub dataset_failed: &'static str,
    /// Explanation below that heading.
    pub dataset_failed_help: &'static str,
    /// Heading over the warnings of a dataset that was loaded.
    pub dataset_warnings: &'static str,
    /// The end of a list cut short: "and {n} more".
    pub and_more: &'static str,
    /// Footer text.
    pub footer: &'static str,
    /// The link that skips to the page's content.
    pub skip_to_content: &'static str,
    /// The dark theme switch, and the choice of it for exported images.
    pub dark: &'static str,
    /// The start of the language switch's name for assistive technology
    /// (its visible part follows).
    pub language: &'static str,
    /// The choice of the dark theme for exported images.
    pub dark_image: &'static str,
    /// The Share button.
    pub share: &'static str,
    /// Shown when the link was copied.
    pub link_copied: &'static str,
    /// Shown when the link could not be copied (select it by hand).
    pub copy_by_hand: &'static str,
    /// The Embed button and the heading of its dialog.
    pub embed: &'static str,
    /// Introduction of the embed dialog.
    pub embed_intro: &'static str,
    /// Label of the iframe snippet.
    pub embed_iframe: &'static str,
    /// Label of the script snippet.
    pub embed_script: &'static str,
    /// What the atlas's server must send for the script snippet to work
    /// from another site, and how.
    pub embed_cors: &'static str,
    /// A Copy button.
    pub copy: &'static str,
    /// Shown when a snippet was copied.
    pub snippet_copied: &'static str,
    /// Shown when a snippet could not be copied.
    pub copy_snippet_by_hand: &'static str,
    /// Link from an embedded view to the full atlas.
    pub open_full: &'static str,
    /// Chart title: `{title}` by cluster.
    pub title_by_cluster: &'static str,
    /// Chart title: `{title}` by cluster, stacked.
    pub title_stacked: &'static str,
    /// Chart title: `{title}` as a share of the national total.
    pub title_share: &'static str,
    /// Chart title: `{title}` of the members of cluster `{of}`.
    pub title_members: &'static str,
    /// Chart title: `{title}` of entity `{of}`, the one member standing in
    /// for cluster `{cluster}`.
    pub title_stand_in: &'static str,
    /// Chart title: `{title}` by province.
    pub title_by_province: &'static str,
    /// Chart title: `{title}` by province with the national level.
    pub title_intensity: &'static str,
    /// Chart title of the patents chart.
    pub title_patents: &'static str,
    /// Chart title: `{title}`, rank 1 on top.
    pub title_rank: &'static str,
    /// Series label of cluster `{of}` measured by its one member `{title}`.
    pub label_stands_for: &'static str,
    /// Series label of all patents of cluster `{of}`.
    pub label_all_patents: &'static str,
    /// Series label of invention patents of cluster `{of}`.
    pub label_invention_patents: &'static str,
    /// How shares of national GDP are computed.
    pub share_note: &'static str,
    /// Read-out of a listed entity without a value.
    pub no_value: &'static str,
    /// Read-out: `{n}` is the value exactly as stored, in its source's unit.
    pub readout_exact: &'static str,
    /// Read-out of a stacked chart: `{n}` is the total of the stack.
    pub readout_total: &'static str,
    /// Heading of the timeline section.
    pub timeline_heading: &'static str,
    /// Introduction of the timeline.
    pub timeline_intro: &'static str,
    /// How to use the timeline.
    pub timeline_help: &'static str,
    /// Name of the lane of national events.
    pub national_lane: &'static str,
    /// The lane of an imported file's milestones that name no group.
    pub other_lane: &'static str,
    /// Label of the milestone search.
    pub search_label: &'static str,
    /// Button: timeline view.
    pub view_timeline: &'static str,
    /// Button: list view.
    pub view_list: &'static str,
    /// Button: zoom in.
    pub zoom_in: &'static str,
    /// Button: zoom out.
    pub zoom_out: &'static str,
    /// Button: show the whole span.
    pub zoom_fit: &'static str,
    /// Button: previous milestone.
    pub previous: &'static str,
    /// Button: next milestone.
    pub next: &'static str,
    /// Button: close.
    pub close: &'static str,
    /// How many milestones are shown; {n} is their number.
    pub milestones_count: &'static str,
    /// One milestone shown.
    pub milestones_one: &'static str,
    /// A group's accessible name; {n} is its size.
    pub group_label: &'static str,
    /// Shown when no milestone matches.
    pub no_milestones: &'static str,
    /// Accessible name of the overview strip.
    pub overview_label: &'static str,
    /// Accessible name of the timeline.
    pub timeline_label: &'static str,
    /// Heading of the charts section.
    pub charts_heading: &'static str,
    /// Introduction of the charts section.
    pub charts_intro: &'static str,
    /// Tab of the economy chart.
    pub tab_economy: &'static str,
    /// Tab of the R&D chart.
    pub tab_rd: &'static str,
    /// Tab of the patents chart.
    pub tab_patents: &'static str,
    /// Tab of the science-cities chart.
    pub tab_science: &'static str,
    /// Tab of the headline figures.
    pub tab_figures: &'static str,
    /// Label of the cluster toggles; the cluster cards' heading when there
    /// are not three.
    pub clusters_label: &'static str,
    /// Label of the year range.
    pub years_label: &'static str,
    /// Label of the first year handle.
    pub from_year: &'static str,
    /// Label of the last year handle.
    pub to_year: &'static str,
    /// The button that shows every year again.
    pub reset_years: &'static str,
    /// Label of the economy chart's modes.
    pub mode_label: &'static str,
    /// Economy mode: lines.
    pub mode_lines: &'static str,
    /// Economy mode: stacked areas.
    pub mode_stacked: &'static str,
    /// Economy mode: share of national GDP.
    pub mode_share: &'static str,
    /// Economy mode: member provinces.
    pub mode_members: &'static str,
    /// Label of the R&D measures.
    pub rd_metric_label: &'static str,
    /// R&D measure: expenditure.
    pub rd_expenditure: &'static str,
    /// R&D measure: intensity.
    pub rd_intensity: &'static str,
    /// Label of the R&D grouping.
    pub grouping_label: &'static str,
    /// Grouping: by cluster.
    pub grouping_cluster: &'static str,
    /// Grouping: by province.
    pub grouping_province: &'static str,
    /// Why intensity is by province only.
    pub intensity_by_province: &'static str,
    /// Accessible name of a legend.
    pub legend_label: &'static str,
    /// Label of the table switch.
    pub table_toggle: &'static str,
    /// Export button: SVG.
    pub download_svg: &'static str,
    /// Export button: PNG.
    pub download_png: &'static str,
    /// Export button: CSV.
    pub download_csv: &'static str,
    /// Label of the export buttons.
    pub download_label: &'static str,
    /// Shown when an export fails.
    pub download_failed: &'static str,
    /// Shown when a chart cannot be drawn.
    pub chart_failed: &'static str,
    /// Shown when a selection has no data.
    pub no_data: &'static str,
    /// Shown when the chosen years have no data for a chart.
    pub no_data_years: &'static str,
    /// Header of the year column.
    pub year: &'static str,
    /// Heading of a chart's caveats.
    pub notes_label: &'static str,
    /// Introduction of the headline figures.
    pub figures_intro: &'static str,
    /// Heading of figures about the whole country.
    pub national_figures: &'static str,
    /// Accessible description of a chart figure.
    pub chart_label: &'static str,
}

const EN: Strings = Strings {
    app_name: "Cluster Atlas",
    about_data: "About the data",
    clusters_heading: "The three clusters",
    members: "Members",
    stated_figures: "Figures stated by officials and media ({n})",
    source: "Source",
    sources_heading: "Sources",
    sources_intro: "The {n} documents the figures and milestones of this atlas are taken from.",
    sources_one: "The document the figures and milestones of this atlas are taken from.",
    used_for: "Used for",
    published: "Published",
    read_at: "Read at",
    all_sources: "All {n} sources",
    how_to_cite: "How to cite",
    cite_versioned: "{app}: {title}, dataset version {version}. {address}",
    cite_plain: "{app}: {title}. {address}",
    version_dated: "{v} ({date})",
    licence: "Licence",
    data_updated: "Data last updated",
    dataset_failed: "The dataset could not be read",
    dataset_failed_help: "Cluster Atlas checks every dataset before showing it. These problems were found:",
    dataset_warnings: "The dataset was loaded; check these points:",
    and_more: "and {n} more",
    footer: "Cluster Atlas runs entirely in your browser; it sends nothing anywhere.",
    skip_to_content: "Skip to content",
    dark: "Dark",
    language: "Language: ",
    dark_image: "Dark image",
    share: "Share",
    link_copied: "Link to this view copied.",
    copy_by_hand: "Copy the link from the address bar.",
    embed: "Embed",
    embed_intro: "Put this view in your own page. The frame sizes itself to its content; the script puts the view straight into the page.",
    embed_iframe: "As a frame (iframe)",
    embed_script: "As a script",
    embed_cors: "From another site, the script needs the atlas's server to send the header Access-Control-Allow-Origin: * (nginx: add_header Access-Control-Allow-Origin *;), which python3 -m http.server does not.",
    copy: "Copy",
    snippet_copied: "Copied.",
    copy_snippet_by_hand: "Select the snippet and copy it.",
    open_full: "Open in Cluster Atlas",
    title_by_cluster: "{title} by cluster",
    title_stacked: "{title} by cluster, stacked",
    title_share: "{title}: each cluster's share of the national total",
    title_members: "{title} of the members of {of}",
    title_stand_in: "{title} of {of}, standing in for {cluster}",
    title_by_province: "{title} by province",
    title_intensity: "{title} by province, with the national level",
    title_patents: "Domestic patents granted by cluster: all kinds, and invention patents among them",
    title_rank: "{title} (1 = top)",
    label_stands_for: "{of}: {title}",
    label_all_patents: "{of}, all kinds",
    label_invention_patents: "{of}, invention",
    share_note: "Shares are computed here: the sum of a cluster's members divided by national GDP, rounded to two decimals.",
    no_value: "listed, no value stated",
    readout_exact: "exactly {n}",
    readout_total: "Total of the stack: {n}",
    timeline_heading: "Timeline of coordination",
    timeline_intro: "How the coordination of the clusters unfolded, milestone by milestone. Select a milestone for its details and sources; it is also marked on the charts.",
    timeline_help: "Drag or use the arrow keys to move; ↓ goes to the milestones, ← and → along a lane, ↓ and ↑ between lanes, Enter opens one; Ctrl + wheel, pinch, or the + and − keys to zoom.",
    national_lane: "National",
    other_lane: "Other",
    search_label: "Search milestones",
    view_timeline: "Timeline",
    view_list: "List",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Show all",
    previous: "Previous",
    next: "Next",
    close: "Close",
    milestones_count: "{n} milestones",
    milestones_one: "1 milestone",
    group_label: "{n} milestones close together: select to zoom in",
    no_milestones: "No milestone matches these filters.",
    overview_label: "The whole span; the frame shows the part in view",
    timeline_label: "Timeline of milestones by cluster",
    charts_heading: "Charts",
    charts_intro: "Compare the clusters over time. Hover or tap a point to read its exact value and source; use the arrow keys on a focused chart to move from point to point.",
    tab_economy: "Economy",
    tab_rd: "R&D",
    tab_patents: "Patents",
    tab_science: "Science cities",
    tab_figures: "Headline figures",
    clusters_label: "Clusters",
    years_label: "Years",
    from_year: "From",
    to_year: "To",
    reset_years: "All years",
    mode_label: "Show",
    mode_lines: "Lines",
    mode_stacked: "Stacked",
    mode_share: "Share of national",
    mode_members: "Members of",
    rd_metric_label: "Measure",
    rd_expenditure: "Expenditure",
    rd_intensity: "Intensity (% of GDP)",
    grouping_label: "By",
    grouping_cluster: "Cluster",
    grouping_province: "Province",
    intensity_by_province: "R&D intensity is shown by province: a cluster figure would have to be recomputed on revised GDP.",
    legend_label: "Series (select to show or hide)",
    table_toggle: "Table",
    download_svg: "SVG",
    download_png: "PNG",
    download_csv: "CSV",
    download_label: "Download",
    download_failed: "The file could not be made.",
    chart_failed: "This chart could not be drawn",
    no_data: "No data for this selection: choose at least one cluster, or widen the years.",
    no_data_years: "The chosen years have no data for this chart: widen the years.",
    year: "Year",
    notes_label: "Notes",
    figures_intro: "Figures stated by officials and media for each cluster, as they stated them, with the year they describe.",
    national_figures: "China and the world",
    chart_label: "Chart. Use the arrow keys to read the values.",
};

const ZH: Strings = Strings {
    app_name: "创新集群图鉴",
    about_data: "关于数据",
    clusters_heading: "三大集群",
    members: "成员",
    stated_figures: "官方和媒体公布的数字（{n}）",
    source: "来源",
    sources_heading: "资料来源",
    sources_intro: "本图鉴中的数字和大事记取自以下{n}份资料。",
    sources_one: "本图鉴中的数字和大事记取自以下资料。",
    used_for: "用于",
    published: "发布日期",
    read_at: "阅读自",
    all_sources: "全部{n}份资料",
    how_to_cite: "引用方式",
    cite_versioned: "{app}：{title}，数据集版本{version}。{address}",
    cite_plain: "{app}：{title}。{address}",
    version_dated: "{v}（{date}）",
    licence: "许可",
    data_updated: "数据更新日期",
    dataset_failed: "无法读取数据集",
    dataset_failed_help: "创新集群图鉴在显示任何数据集之前都会进行检查，发现了以下问题：",
    dataset_warnings: "数据集已载入，请核对以下几点：",
    and_more: "另有{n}条",
    footer: "创新集群图鉴完全在浏览器中运行，不向任何地方发送数据。",
    skip_to_content: "跳到正文",
    dark: "深色",
    language: "语言：",
    dark_image: "深色图片",
    share: "分享",
    link_copied: "已复制当前视图的链接。",
    copy_by_hand: "请从地址栏复制链接。",
    embed: "嵌入",
    embed_intro: "把当前视图放进你自己的网页。框架会按内容自动调整高度；脚本则直接把视图放进网页。",
    embed_iframe: "以框架（iframe）嵌入",
    embed_script: "以脚本嵌入",
    embed_cors: "从其他网站以脚本嵌入时，图鉴所在的服务器须发送响应头 Access-Control-Allow-Origin: *（nginx：add_header Access-Control-Allow-Origin *;），python3 -m http.server 不发送。",
    copy: "复制",
    snippet_copied: "已复制。",
    copy_snippet_by_hand: "请选中代码后复制。",
    open_full: "在创新集群图鉴中打开",
    title_by_cluster: "各集群{title}",
    title_stacked: "各集群{title}（堆叠）",
    title_share: "各集群{title}占全国比重",
    title_members: "{of}各成员{title}",
    title_stand_in: "{of}{title}（代表{cluster}）",
    title_by_province: "各省{title}",
    title_intensity: "各省{title}及全国水平",
    title_patents: "各集群国内专利授权量：三种专利合计及其中的发明专利",
    title_rank: "{title}（第1名在最上）",
    label_stands_for: "{of}：{title}",
    label_all_patents: "{of}：三种专利合计",
    label_invention_patents: "{of}：发明专利",
    share_note: "比重为本图鉴计算：集群各成员之和除以全国GDP，保留两位小数。",
    no_value: "在列，但未给出数值",
    readout_exact: "即{n}",
    readout_total: "堆叠合计：{n}",
    timeline_heading: "协同发展大事记",
    timeline_intro: "三大集群协同发展的进程。选择一条大事记可查看详情和来源，图表上也会标出其日期。",
    timeline_help: "拖动或使用方向键移动；按↓进入大事记，按←和→在同一泳道内切换，按↓和↑在泳道之间切换，按回车键打开；按住Ctrl滚动滚轮、双指缩放或按 + 和 − 键缩放。",
    national_lane: "全国",
    other_lane: "其他",
    search_label: "搜索大事记",
    view_timeline: "时间轴",
    view_list: "列表",
    zoom_in: "放大",
    zoom_out: "缩小",
    zoom_fit: "显示全部",
    previous: "上一条",
    next: "下一条",
    close: "关闭",
    milestones_count: "{n}条大事记",
    milestones_one: "1条大事记",
    group_label: "{n}条时间相近的大事记：点击放大",
    no_milestones: "没有符合筛选条件的大事记。",
    overview_label: "全部时间范围；方框为当前显示的部分",
    timeline_label: "各集群大事记时间轴",
    charts_heading: "图表",
    charts_intro: "比较各集群随时间的变化。将鼠标悬停或轻触数据点可查看准确数值及来源；选中图表后可用方向键逐点移动。",
    tab_economy: "经济",
    tab_rd: "研发",
    tab_patents: "专利",
    tab_science: "科研城市",
    tab_figures: "重要数字",
    clusters_label: "集群",
    years_label: "年份",
    from_year: "起始",
    to_year: "截止",
    reset_years: "全部年份",
    mode_label: "显示",
    mode_lines: "折线",
    mode_stacked: "堆叠",
    mode_share: "占全国比重",
    mode_members: "成员：",
    rd_metric_label: "指标",
    rd_expenditure: "经费",
    rd_intensity: "强度（占GDP%）",
    grouping_label: "按",
    grouping_cluster: "集群",
    grouping_province: "省份",
    intensity_by_province: "R&D经费投入强度按省份显示：集群数字需以修订后的GDP重新计算。",
    legend_label: "数据系列（点击显示或隐藏）",
    table_toggle: "表格",
    download_svg: "SVG",
    download_png: "PNG",
    download_csv: "CSV",
    download_label: "下载",
    download_failed: "无法生成文件。",
    chart_failed: "无法绘制此图表",
    no_data: "当前选择没有数据：请至少选择一个集群，或扩大年份范围。",
    no_data_years: "所选年份没有本图表的数据：请扩大年份范围。",
    year: "年份",
    notes_label: "说明",
    figures_intro: "官方和媒体公布的各集群数字，按原说法列出，并注明所指年份。",
    national_figures: "全国及全球",
    chart_label: "图表。使用方向键读取数值。",
};

/// The interface strings in `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

impl Strings {
    /// The name of the lane of milestones in no cluster: national events in
    /// the atlas's own data, ungrouped ones in an imported file.
    pub fn lane_without_cluster(&self, atlas: &crate::core::dataset::atlas::Atlas) -> &'static str {
        if atlas.imported() {
            self.other_lane
        } else {
            self.national_lane
        }
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
                s.about_data,
                s.clusters_heading,
                s.members,
                s.stated_figures,
                s.source,
                s.sources_heading,
                s.sources_intro,
                s.sources_one,
                s.used_for,
                s.published,
                s.read_at,
                s.all_sources,
                s.how_to_cite,
                s.cite_versioned,
                s.cite_plain,
                s.version_dated,
                s.licence,
                s.data_updated,
                s.dataset_failed,
                s.dataset_failed_help,
                s.dataset_warnings,
                s.and_more,
                s.footer,
                s.share,
                s.link_copied,
                s.copy_by_hand,
                s.embed,
                s.embed_intro,
                s.embed_iframe,
                s.embed_script,
                s.embed_cors,
                s.copy,
                s.snippet_copied,
                s.copy_snippet_by_hand,
                s.open_full,
                s.title_by_cluster,
                s.title_stacked,
                s.title_share,
                s.title_members,
                s.title_stand_in,
                s.title_by_province,
                s.title_intensity,
                s.title_patents,
                s.title_rank,
                s.label_stands_for,
                s.label_all_patents,
                s.label_invention_patents,
                s.share_note,
                s.no_value,
                s.readout_exact,
                s.readout_total,
                s.timeline_heading,
                s.timeline_intro,
                s.timeline_help,
                s.national_lane,
                s.other_lane,
                s.search_label,
                s.view_timeline,
                s.view_list,
                s.zoom_in,
                s.zoom_out,
                s.zoom_fit,
                s.previous,
                s.next,
                s.close,
                s.milestones_count,
                s.milestones_one,
                s.group_label,
                s.no_milestones,
                s.overview_label,
                s.timeline_label,
                s.charts_heading,
                s.charts_intro,
                s.tab_economy,
                s.tab_rd,
                s.tab_patents,
                s.tab_science,
                s.tab_figures,
                s.clusters_label,
                s.years_label,
                s.from_year,
                s.to_year,
                s.reset_years,
                s.mode_label,
                s.mode_lines,
                s.mode_stacked,
                s.mode_share,
                s.mode_members,
                s.rd_metric_label,
                s.rd_expenditure,
                s.rd_intensity,
                s.grouping_label,
                s.grouping_cluster,
                s.grouping_province,
                s.intensity_by_province,
                s.legend_label,
                s.table_toggle,
                s.download_svg,
                s.download_png,
                s.download_csv,
                s.download_label,
                s.download_failed,
                s.chart_failed,
                s.no_data,
                s.no_data_years,
                s.year,
                s.notes_label,
                s.figures_intro,
                s.national_figures,
                s.chart_label,
            ];
            assert!(all.iter().all(|t| !t.trim().is_empty()));
        }
        assert_eq!(
            with_count(EN.stated_figures, 3),
            "Figures stated by officials and media (3)"
        );
    }
}
