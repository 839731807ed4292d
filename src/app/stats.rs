//! GitHub statistics for a render or a coach run: read from the cache beside the profile
//! (never the network), handed to the story as facts and to the view for display.

use std::collections::BTreeMap;
use std::path::Path;

use crate::github::{cache, StatsCache};
use crate::story::RepoFacts;

/// The cached statistics of the profile at `profile_path`, if any. A cache that cannot be
/// read is reported as a warning: rendering goes on without statistics.
pub fn load(profile_path: &Path) -> Option<StatsCache> {
    match cache::load_for_profile(profile_path) {
        Ok(found) => found,
        Err(e) => {
            eprintln!(
                "warning: {e}; rendering without GitHub statistics (run `storyfolio refresh {}`)",
                profile_path.display()
            );
            None
        }
    }
}

/// The statistics as the story engine cites them, by lower-case `owner/name`.
pub fn story_facts(cache: Option<&StatsCache>) -> BTreeMap<String, RepoFacts> {
    cache
        .map(|c| {
            c.repos
                .iter()
                .filter(|(_, entry)| !entry.stale)
                .map(|(key, entry)| {
                    let s = &entry.stats;
                    (
                        key.to_lowercase(),
                        RepoFacts {
                            stars: s.stars,
                            forks: s.forks,
                            commits: s.commits,
                            pushed_at: s.pushed_at.clone(),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}
