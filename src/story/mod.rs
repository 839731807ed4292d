//! The story engine: pure functions from a profile and a target (and GitHub statistics) to a
//! typed `Story`: ranked evidence, narrative beats carrying rule ids and the JSON paths of
//! their facts, a fit score, and advice. No I/O here.

mod model;
mod questions;

pub use model::*;
pub use questions::{assign_to_questions, topic_of, Topic};

use crate::profile::{Lang, Profile};
use crate::target::Target;

/// Builds the story of `profile` told for `target` (or a general story without one).
pub fn build(profile: &Profile, target: Option<&Target>, lang: Lang) -> Story {
    let _ = (profile, target);
    Story {
        lang,
        ..Story::default()
    }
}
