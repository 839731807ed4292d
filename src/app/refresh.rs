//! `storyfolio refresh`: fetch the profile's GitHub statistics into the cache beside it.

use crate::app::session::{Session, SessionOptions};
use crate::app::stats::{self, RefreshConfig};
use crate::app::{output, AppError, Outcome};
use crate::cli::RefreshArgs;

impl From<RefreshArgs> for RefreshConfig {
    fn from(args: RefreshArgs) -> Self {
        RefreshConfig::new(args.profile, args.github)
    }
}

/// Runs `refresh`.
pub fn run(config: &RefreshConfig) -> Result<Outcome, AppError> {
    let session = Session::open(&SessionOptions::profile(&config.profile))?;
    // The cache is refresh's to rebuild: only the profile's own warnings are news here.
    output::warnings(&config.profile, &session.warnings);
    stats::refresh(config, &session.profile)
}
