//! A step's view: a query string of the atlas's link parameters, read
//! strictly (validation names what cannot be read), and the state a link
//! to a step opens.

use crate::core::chart::options::charted;
use crate::core::dataset::atlas::Atlas;
use crate::core::link::permalink::{Focus, Permalink, StoryPlace};
use crate::core::link::query;
use crate::core::map::grid::TileGrid;
use crate::core::story::model::{Step, Story};

/// The parameters that are the reader's, never a step's: the language,
/// the theme, the dataset, the embedding, and the story itself.
pub const READER_PARAMS: [&str; 6] = ["lang", "theme", "data", "embed", "story", "step"];

/// The state `view` records; in words, why it cannot be read: a
/// parameter that is the reader's, unknown, or with a value that does
/// not read (or is the default, which a view leaves out).
pub fn read_view(view: &str) -> Result<Permalink, String> {
    let link = Permalink::decode(view);
    let written = query::parse(&link.encode());
    for (name, value) in query::parse(view) {
        if READER_PARAMS.contains(&name.as_str()) {
            return Err(format!(
                "\"{name}\" is the reader's to choose, not a step's"
            ));
        }
        if query::get(&written, &name).is_none() {
            return Err(format!(
                "\"{name}={value}\" cannot be read (an unknown parameter, a value it does not take, or its default)"
            ));
        }
    }
    Ok(link)
}

/// What of `link` the dataset lacks, in words: a chart, a cluster or a
/// milestone it names.
pub fn lacks(link: &Permalink, atlas: &Atlas) -> Option<String> {
    match link.focus {
        Focus::Charts if !charted(atlas) => return Some("the dataset has no charts".into()),
        Focus::Map if TileGrid::of(atlas).is_empty() => {
            return Some("the dataset has no map (no entity has a tile)".into());
        }
        Focus::Timeline if atlas.milestones().is_empty() => {
            return Some("the dataset has no milestones".into());
        }
        _ => {}
    }
    if !link.names_view_in(atlas) && link.names_view() {
        return Some(format!("the dataset has no chart \"{}\"", link.chart()));
    }
    if let Some(id) = link
        .clusters
        .iter()
        .flatten()
        .find(|c| atlas.cluster(c).is_none())
    {
        return Some(format!("the dataset has no cluster \"{id}\""));
    }
    if let Some(id) = link.milestone.as_deref()
        && link.selected(atlas).is_none()
    {
        return Some(format!("the dataset has no milestone \"{id}\""));
    }
    None
}

/// The story of `atlas` with this id; its first story for an empty id
/// (`view=story`, a script embed's `data-cluster-atlas="story"`).
pub fn story<'a>(atlas: &'a Atlas, id: &str) -> Option<&'a Story> {
    let stories = atlas.stories();
    if id.is_empty() {
        return stories.first();
    }
    stories.iter().find(|s| s.id == id)
}

/// The step a link names, if `atlas` has it.
pub fn step_at<'a>(atlas: &'a Atlas, place: &StoryPlace) -> Option<(&'a Story, &'a Step)> {
    let story = story(atlas, &place.id)?;
    Some((story, story.steps.get(place.step)?))
}

/// The state `link` opens: where it names a step of a story of `atlas`,
/// that step's view (the reader's language, theme, dataset and
/// embedding kept), its first highlighted milestone selected if the view
/// selects none; where it names a story `atlas` lacks, the link without
/// it; else the link itself.
pub fn story_view(link: &Permalink, atlas: &Atlas) -> Permalink {
    let Some(place) = &link.story else {
        return link.clone();
    };
    let Some(story) = story(atlas, &place.id) else {
        return Permalink {
            story: None,
            ..link.clone()
        };
    };
    let at = place.step.min(story.steps.len().saturating_sub(1));
    let Some(step) = story.steps.get(at) else {
        return Permalink {
            story: None,
            ..link.clone()
        };
    };
    // Read as the address is: validation read it strictly.
    let mut view = Permalink::decode(&step.view);
    if view.milestone.is_none() {
        view.milestone = step.highlight.milestones.first().cloned();
    }
    Permalink {
        lang: link.lang,
        theme: link.theme,
        data: link.data.clone(),
        embed: link.embed,
        story: Some(StoryPlace {
            id: story.id.clone(),
            step: at,
        }),
        ..view
    }
}
