//! Atomic file writes: a temp file in the destination folder, then a rename over the target.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A temp file next to `path`, to be renamed over it once complete.
pub fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = parent_dir(path);
    fs::create_dir_all(&dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
}

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
/// A symlink at `path` is replaced, never followed.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = temp_beside(path)?;
    file.write_all(bytes)?;
    publish(file, path)
}

/// Flushes `file` to disk and renames it over `path`.
pub fn publish(file: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    finish(&file)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes `bytes` to `path` like `write`, but only if nothing is there yet: an existing file
/// or link is never replaced. Returns whether the file was written.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    if path.symlink_metadata().is_ok() {
        return Ok(false);
    }
    let mut file = temp_beside(path)?;
    file.write_all(bytes)?;
    finish(&file)?;
    // The check above is for a clear answer; this link-based rename is what guarantees it
    // when another program creates the file in between.
    match file.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.error),
    }
}

/// Flushes `file` to disk and makes it readable by others.
fn finish(file: &tempfile::NamedTempFile) -> io::Result<()> {
    file.as_file().sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // tempfile creates 0600; documents are meant to be shared.
        file.as_file()
            .set_permissions(fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write(&path, b"old").unwrap();
        write(&path, b"new content").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new content");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn write_new_keeps_what_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("profile.json");
        assert!(write_new(&path, b"first").unwrap());
        assert!(!write_new(&path, b"second").unwrap());
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        fs::write(&outside, b"precious").unwrap();
        let link = dir.path().join("resume.txt");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        write(&link, b"resume").unwrap();
        assert_eq!(fs::read(&outside).unwrap(), b"precious");
        assert_eq!(fs::read(&link).unwrap(), b"resume");
    }
}
