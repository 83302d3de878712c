//! The words of a dataset other than the default atlas: its timeline, its
//! groups and its charts named without the clusters' coordination.

use super::Strings;
use super::en::EN;
use super::zh::ZH;

/// The neutral words in English; the rest as [`EN`].
pub(super) const EN_NEUTRAL: Strings = Strings {
    clusters_heading: "Groups",
    timeline_heading: "Timeline",
    timeline_intro: "The dataset's milestones in the order they happened. Select a milestone for its details and sources; it is also marked on the charts.",
    timeline_label: "Timeline of milestones by group",
    charts_intro: "Compare the series over time. Hover or tap a point to read its exact value and source; use the arrow keys on a focused chart to move from point to point.",
    clusters_label: "Groups",
    no_data: "No data for this selection: choose at least one group, or widen the years.",
    ..EN
};

/// The neutral words in Chinese; the rest as [`ZH`].
pub(super) const ZH_NEUTRAL: Strings = Strings {
    clusters_heading: "分组",
    timeline_heading: "时间线",
    timeline_intro: "本数据集的大事记按时间先后排列。选择一条大事记可查看详情和来源，图表上也会标出其日期。",
    timeline_label: "各分组大事记时间轴",
    charts_intro: "比较各数据系列随时间的变化。将鼠标悬停或轻触数据点可查看准确数值及来源；选中图表后可用方向键逐点移动。",
    clusters_label: "分组",
    no_data: "当前选择没有数据：请至少选择一个分组，或扩大年份范围。",
    ..ZH
};
