// The peer page: the app's default GDP chart with ECharts and its
// milestones with TimelineJS, from window.PEER_DATA (written by build.mjs).
// Marks `charts-drawn` and `timeline-drawn` as the app does.
/* global echarts, TL */
const { chart: data, events } = window.PEER_DATA;

const chart = echarts.init(document.getElementById("chart"));
chart.on("finished", function drawn() {
  chart.off("finished", drawn);
  performance.mark("charts-drawn");
});
chart.setOption({
  // No animation: a legend toggle then draws its final state in one frame,
  // which is what the benchmark times (the app does not animate either).
  animation: false,
  tooltip: { trigger: "axis" },
  legend: { top: 0 },
  grid: { left: 80, right: 24, top: 48, bottom: 32 },
  xAxis: { type: "category", boundaryGap: false, data: data.years },
  yAxis: { type: "value", name: data.unit },
  series: data.series.map((s) => ({ type: "line", name: s.name, data: s.data })),
});

// TimelineJS fetches fonts (font.default.css, from Google Fonts), a theme
// and locales from `script_path`, a CDN by default: no font, no theme, the
// built-in English and a local script path keep every request here.
const timeline = new TL.Timeline("timeline", { events }, {
  font: null,
  theme: null,
  language: "en",
  script_path: new URL("timeline/js/", location.href).href,
});
timeline.on("ready", () => performance.mark("timeline-drawn"));

window.peer = { chart, timeline };
