//! The versions of typst binaries seen before, so a render does not start `typst --version`
//! each time: one line per binary in `storyfolio/typst-versions` of the user's cache folder,
//! keyed by the binary's real path, size and modification time (a reinstalled or upgraded
//! typst changes at least one of them), written atomically.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// How many binaries the file remembers (the most recent first).
const KEPT: usize = 8;

/// The cache file.
pub struct VersionCache {
    file: PathBuf,
}

/// What identifies one build of a binary: its real path, size and modification time.
#[derive(Debug, PartialEq, Eq)]
pub struct BinaryKey {
    path: String,
    size: u64,
    modified_ns: u128,
}

impl BinaryKey {
    /// The key of the binary at `path`; `None` when it cannot be told (no metadata, no
    /// modification time, or a path that does not fit on one line).
    pub fn of(path: &Path) -> Option<BinaryKey> {
        let real = std::fs::canonicalize(path).ok()?;
        let meta = std::fs::metadata(&real).ok()?;
        let modified_ns = meta
            .modified()
            .ok()?
            .duration_since(UNIX_EPOCH)
            .ok()?
            .as_nanos();
        let path = real.to_str()?.to_string();
        if path.contains(['\n', '\r', '\t']) {
            return None;
        }
        Some(BinaryKey {
            path,
            size: meta.len(),
            modified_ns,
        })
    }

    fn line(&self, version: &str) -> String {
        format!(
            "{}\t{}\t{version}\t{}",
            self.modified_ns, self.size, self.path
        )
    }
}

/// One line of the file: (key, version); `None` for a line that does not parse.
fn parse(line: &str) -> Option<(BinaryKey, &str)> {
    let mut fields = line.splitn(4, '\t');
    let modified_ns = fields.next()?.parse().ok()?;
    let size = fields.next()?.parse().ok()?;
    let version = fields.next()?;
    let path = fields.next()?.to_string();
    Some((
        BinaryKey {
            path,
            size,
            modified_ns,
        },
        version,
    ))
}

impl VersionCache {
    /// The cache in the user's cache folder (`~/.cache/storyfolio` on Linux); `None` when
    /// the system names none.
    pub fn user() -> Option<VersionCache> {
        dirs::cache_dir().map(|dir| VersionCache::at(dir.join("storyfolio").join("typst-versions")))
    }

    /// The cache kept in `file`.
    pub fn at(file: PathBuf) -> VersionCache {
        VersionCache { file }
    }

    /// The version remembered for exactly this build of the binary.
    pub fn lookup(&self, key: &BinaryKey) -> Option<String> {
        let text = std::fs::read_to_string(&self.file).ok()?;
        text.lines()
            .filter_map(parse)
            .find(|(k, _)| k == key)
            .map(|(_, version)| version.to_string())
    }

    /// Remembers `version` for `key`, first, dropping any older line for the same path.
    /// A cache that cannot be written is no error: the next run asks typst again.
    pub fn store(&self, key: &BinaryKey, version: &str) {
        if version.contains(['\n', '\r', '\t']) {
            return;
        }
        let old = std::fs::read_to_string(&self.file).unwrap_or_default();
        let mut lines = vec![key.line(version)];
        lines.extend(
            old.lines()
                .filter(|line| parse(line).is_some_and(|(k, _)| k.path != key.path))
                .take(KEPT - 1)
                .map(str::to_string),
        );
        let mut text = lines.join("\n");
        text.push('\n');
        if let Some(dir) = self.file.parent() {
            if std::fs::create_dir_all(dir).is_err() {
                return;
            }
        }
        let _ = crate::atomic::write(&self.file, text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_is_remembered_for_the_same_build_only() {
        let dir = tempfile::tempdir().unwrap();
        let binary = dir.path().join("typst");
        std::fs::write(&binary, "one build").unwrap();
        let cache = VersionCache::at(dir.path().join("cache").join("typst-versions"));
        let key = BinaryKey::of(&binary).unwrap();
        assert_eq!(cache.lookup(&key), None);
        cache.store(&key, "0.15.1");
        assert_eq!(cache.lookup(&key).as_deref(), Some("0.15.1"));
        // Another build at the same path (a different size): asked again, then replaced.
        std::fs::write(&binary, "another build").unwrap();
        let rebuilt = BinaryKey::of(&binary).unwrap();
        assert_eq!(cache.lookup(&rebuilt), None);
        cache.store(&rebuilt, "0.16.0");
        let text = std::fs::read_to_string(dir.path().join("cache/typst-versions")).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert_eq!(cache.lookup(&rebuilt).as_deref(), Some("0.16.0"));
    }

    #[test]
    fn a_garbled_cache_is_ignored_and_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let binary = dir.path().join("typst");
        std::fs::write(&binary, "build").unwrap();
        let file = dir.path().join("typst-versions");
        std::fs::write(&file, "not\ta cache\n\u{0}\n").unwrap();
        let cache = VersionCache::at(file.clone());
        let key = BinaryKey::of(&binary).unwrap();
        assert_eq!(cache.lookup(&key), None);
        cache.store(&key, "0.15.1");
        assert_eq!(cache.lookup(&key).as_deref(), Some("0.15.1"));
    }
}
