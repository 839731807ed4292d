//! Live GitHub statistics for the portfolio: `refresh` fetches them over the REST API into a
//! cache file beside the profile; rendering reads that file and never the network.
//!
//! Public API for the rest of storyfolio: [`cache::load_for_profile`] and the types of
//! [`model`] ([`StatsCache::repo`], [`StatsCache::user_stats`]).

pub mod cache;
pub mod client;
mod error;
pub mod fetch;
pub mod freshness;
pub mod model;
pub mod parse;
pub mod refresh;
pub mod refs;

pub use error::GithubError;
pub use model::{
    LanguageShare, RepoEntry, RepoStats, StatsCache, SubValidators, UserEntry, UserStats,
    Validator, CACHE_VERSION,
};
