//! Loading and saving the statistics cache beside the profile, always atomically.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::model::{StatsCache, CACHE_VERSION};
use super::GithubError;

/// The cache file of the profile at `profile_path`: `<dir>/<stem>.github.json`.
pub fn path_for_profile(profile_path: &Path) -> PathBuf {
    let stem = profile_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "profile".into());
    profile_path.with_file_name(format!("{stem}.github.json"))
}

/// The cache of the profile at `profile_path`; `None` when `refresh` never ran for it.
pub fn load_for_profile(profile_path: &Path) -> Result<Option<StatsCache>, GithubError> {
    load(&path_for_profile(profile_path))
}

/// The cache at `path`; `None` when there is no such file.
pub fn load(path: &Path) -> Result<Option<StatsCache>, GithubError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(GithubError::CacheRead {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    // Read the version first so that a future format fails with a clear word, not a
    // confusing field error.
    #[derive(serde::Deserialize)]
    struct Version {
        version: u32,
    }
    let parse_error = |e: serde_json::Error| GithubError::CacheParse {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let Version { version } = serde_json::from_str(&text).map_err(parse_error)?;
    if version != CACHE_VERSION {
        return Err(GithubError::CacheVersion {
            path: path.to_path_buf(),
            found: version,
            expected: CACHE_VERSION,
        });
    }
    serde_json::from_str(&text).map(Some).map_err(parse_error)
}

/// Writes `cache` to `path` atomically: a reader, or a refresh killed half-way, sees the old
/// file or the new one, never a mix.
pub fn save(path: &Path, cache: &StatsCache) -> Result<(), GithubError> {
    let mut text = serde_json::to_string_pretty(cache).map_err(|e| GithubError::CacheWrite {
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    })?;
    text.push('\n');
    crate::atomic::write(path, text.as_bytes()).map_err(|source| GithubError::CacheWrite {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_sits_beside_the_profile() {
        assert_eq!(
            path_for_profile(Path::new("profiles/example.json")),
            Path::new("profiles/example.github.json")
        );
        assert_eq!(
            path_for_profile(Path::new("me")),
            Path::new("me.github.json")
        );
    }

    #[test]
    fn round_trip_and_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        let profile = dir.path().join("me.json");
        assert!(load_for_profile(&profile).unwrap().is_none());
        let cache = StatsCache::default();
        save(&path_for_profile(&profile), &cache).unwrap();
        assert_eq!(load_for_profile(&profile).unwrap(), Some(cache));
    }

    #[test]
    fn other_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.github.json");
        std::fs::write(&path, r#"{"version": 9, "repos": {}}"#).unwrap();
        let err = load(&path).unwrap_err().to_string();
        assert!(err.contains("has cache version 9"), "{err}");
    }

    #[test]
    fn broken_json_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.github.json");
        std::fs::write(&path, "{\"version\": 1, \"repos\": ").unwrap();
        let err = load(&path).unwrap_err().to_string();
        assert!(err.starts_with("failed to parse"), "{err}");
    }
}
