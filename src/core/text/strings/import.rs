//! The words of opening a dataset (the Open data dialog, the drop target,
//! the line saying which dataset is shown), in English and Chinese.

use crate::core::text::bilingual::Lang;

/// Every string of opening a dataset, in one language.
#[derive(Debug)]
pub struct ImportStrings {
    /// The header's button, and the dialog's heading.
    pub open_data: &'static str,
    /// What the dialog reads.
    pub formats: &'static str,
    /// Label of the file picker.
    pub choose_file: &'static str,
    /// Label of the paste box.
    pub paste_label: &'static str,
    /// The button that reads the pasted text.
    pub read_pasted: &'static str,
    /// Closes the dialog.
    pub close: &'static str,
    /// Shown over the page while a file is dragged over it.
    pub drop_here: &'static str,
    /// Shown while a file is read; `{name}` is its name.
    pub reading: &'static str,
    /// Heading of the problems of a file that was not opened; `{name}` is
    /// its name.
    pub not_opened: &'static str,
    /// Under the problems: what is shown stays.
    pub kept: &'static str,
    /// Heading of a file's warnings.
    pub warnings: &'static str,
    /// The name given to pasted text.
    pub pasted_name: &'static str,
    /// Before the title of the dataset shown.
    pub showing: &'static str,
    /// Where a dataset opened from a file came from; `{name}` is the file.
    pub from_file: &'static str,
    /// Where a dataset named by the address came from; `{name}` is the
    /// address.
    pub from_link: &'static str,
    /// Where a pasted dataset came from.
    pub from_paste: &'static str,
    /// The way back to the atlas's own data.
    pub back_to_default: &'static str,
    /// Share and Embed of a dataset that a link cannot carry.
    pub not_linkable: &'static str,
    /// Downloads the dataset shown in the project's JSON format.
    pub download_json: &'static str,
    /// The importer could not start in time.
    pub worker_timeout: &'static str,
    /// The importer could not be started at all; `{why}` says why.
    pub worker_refused: &'static str,
    /// The importer stopped with an error; `{why}` says what.
    pub worker_failed: &'static str,
}

const EN: ImportStrings = ImportStrings {
    open_data: "Open data…",
    formats: "Open a file or paste its text: the atlas's own JSON format, a TimelineJS3 JSON file, a CSV of series (entity,year,value, with optional unit and source), an Our World in Data CSV download (Entity,Code,Year and one column per indicator), or a CSV of milestones (date,group,title,description,source). Up to 16 MiB of UTF-8 text. The file stays on this device. You can also drop a file anywhere on the page, or paste text with Ctrl+V (⌘V).",
    choose_file: "Choose a file",
    paste_label: "Or paste CSV or JSON text",
    read_pasted: "Open the pasted text",
    close: "Close",
    drop_here: "Drop the file to open it",
    reading: "Reading {name}…",
    not_opened: "{name} was not opened:",
    kept: "The data shown is unchanged.",
    warnings: "Opened, with warnings:",
    pasted_name: "pasted text",
    showing: "Showing",
    from_file: "opened from {name}",
    from_link: "read from {name}",
    from_paste: "pasted",
    back_to_default: "Back to the atlas's own data",
    not_linkable: "This dataset was opened on this device, so a link cannot carry it. Download it in the atlas's JSON format, put it on a web server, and link to the atlas with ?data= and its address.",
    download_json: "Download the dataset (JSON)",
    worker_timeout: "The importer did not start within 10 seconds. The browser, or the site's Content-Security-Policy, may refuse its worker (worker-src) or its WebAssembly ('wasm-unsafe-eval').",
    worker_refused: "The importer could not be started here: {why} A page that embeds the atlas must allow workers from blob: (worker-src blob:) and scripts from the atlas's address.",
    worker_failed: "The importer stopped: {why}",
};

const ZH: ImportStrings = ImportStrings {
    open_data: "打开数据…",
    formats: "打开文件或粘贴其文本：图鉴自己的 JSON 格式、TimelineJS3 的 JSON 文件、序列 CSV（entity,year,value，可加 unit 与 source 列）、Our World in Data 下载的 CSV（Entity,Code,Year，每个指标一列），或里程碑 CSV（date,group,title,description,source）。UTF-8 文本，最大 16 MiB。文件只留在本设备上。也可以把文件拖放到页面任意位置，或用 Ctrl+V（⌘V）粘贴文本。",
    choose_file: "选择文件",
    paste_label: "或粘贴 CSV 或 JSON 文本",
    read_pasted: "打开粘贴的文本",
    close: "关闭",
    drop_here: "松开即可打开文件",
    reading: "正在读取 {name}…",
    not_opened: "未打开 {name}：",
    kept: "页面上的数据没有改变。",
    warnings: "已打开，但有以下提示：",
    pasted_name: "粘贴的文本",
    showing: "当前数据",
    from_file: "打开自 {name}",
    from_link: "读取自 {name}",
    from_paste: "粘贴",
    back_to_default: "返回图鉴自带的数据",
    not_linkable: "此数据集是在本设备上打开的，链接无法携带。请以图鉴的 JSON 格式下载，放到网络服务器上，再用 ?data= 加其地址链接到图鉴。",
    download_json: "下载数据集（JSON）",
    worker_timeout: "导入程序未能在 10 秒内启动。浏览器或网站的内容安全策略可能拒绝了它的 worker（worker-src）或 WebAssembly（'wasm-unsafe-eval'）。",
    worker_refused: "导入程序无法在此启动：{why} 嵌入图鉴的网页须允许来自 blob: 的 worker（worker-src blob:）以及来自图鉴地址的脚本。",
    worker_failed: "导入程序已停止：{why}",
};

/// The strings of opening a dataset in `lang`.
pub fn import_strings(lang: Lang) -> &'static ImportStrings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}
