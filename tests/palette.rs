//! The style sheet and the charts draw the series in one palette: every
//! `--series-N` of `style/main.css`, in the light theme (`:root`) and the
//! dark one (`[data-theme="dark"]`), is the colour `draw::theme` draws
//! series N in, and there are as many as the palette has.

use cluster_atlas::draw::theme::{DARK, LIGHT, PALETTE_LEN, Theme};

/// The `--series-N` colours of the CSS block that starts with `selector`,
/// in order of N, as `#rrggbb`.
fn series_colours(css: &str, selector: &str) -> Vec<String> {
    let start = css
        .find(&format!("{selector} {{"))
        .or_else(|| css.find(&format!("{selector}, ")))
        .unwrap_or_else(|| panic!("style/main.css has a block for {selector}"));
    let block = &css[start..start + css[start..].find('}').expect("the block ends")];
    let mut colours = Vec::new();
    for n in 0.. {
        let name = format!("--series-{n}:");
        let Some(at) = block.find(&name) else { break };
        let value = block[at + name.len()..]
            .split(';')
            .next()
            .unwrap_or_default();
        colours.push(value.trim().to_lowercase());
    }
    colours
}

fn hex(theme: &Theme) -> Vec<String> {
    theme
        .series
        .iter()
        .map(|c| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2))
        .collect()
}

#[test]
fn the_style_sheet_and_the_charts_share_one_palette_in_both_themes() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .expect("style/main.css");
    let light = series_colours(&css, ":root");
    let dark = series_colours(&css, "[data-theme=\"dark\"]");
    assert_eq!(light.len(), PALETTE_LEN, "light series in the CSS");
    assert_eq!(dark.len(), PALETTE_LEN, "dark series in the CSS");
    assert_eq!(light, hex(&LIGHT), "the light palette");
    assert_eq!(dark, hex(&DARK), "the dark palette");
    for n in 0..PALETTE_LEN {
        assert!(
            css.contains(&format!(".series-{n} {{ --cluster: var(--series-{n}); }}")),
            "the class series-{n}"
        );
    }
}
