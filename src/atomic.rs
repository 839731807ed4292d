//! Atomic file writes: a temp file in the destination folder, then a rename over the target.
//!
//! Temp files are named `.{file}.{pid}.{random}.tmp`. A process killed before its rename
//! (SIGKILL, power loss) leaves its temp file behind but never a partial file in place of
//! the real one; the next write into the same folder removes temp files of this pattern
//! whose process is gone.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The suffix of every temp file storyfolio creates.
const TEMP_SUFFIX: &str = ".tmp";

/// A temp file next to `path`, to be renamed over it once complete. Stale temp files of
/// dead storyfolio processes in the same folder are removed first.
pub fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = parent_dir(path);
    fs::create_dir_all(&dir)?;
    // Best effort: a temp file that cannot be removed is only clutter, never a wrong output.
    let _ = remove_stale_temps(&dir);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    tempfile::Builder::new()
        .prefix(&format!(".{name}.{}.", std::process::id()))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&dir)
}

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
/// A symlink at `path` is replaced, never followed. A file that already holds exactly
/// `bytes` is left as it is, time included: re-rendering what did not change writes
/// nothing and costs no flush to disk, and programs watching the file are not woken.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if holds(path, bytes) {
        return Ok(());
    }
    let mut file = temp_beside(path)?;
    file.write_all(bytes)?;
    publish(file, path)
}

/// Whether `path` is a regular file (not a link) whose content is exactly `bytes`. Only a
/// file of the same length is read.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    let same_length = path
        .symlink_metadata()
        .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
    same_length && fs::read(path).is_ok_and(|content| content == bytes)
}

/// Renames `file` over `path`, flushed to disk first when something is there to replace.
pub fn publish(file: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    finish(&file, replaces(path))?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether writing `path` replaces something there. Only then is the new file flushed to
/// disk before its rename: after a power loss the old file or the whole new one is there,
/// never a cut new one in place of the old. A file where nothing was may be lost or cut
/// by a power loss, but no good file is; the next run writes it again (it differs). A
/// flush costs a disk round trip, more than writing a resume's Typst source.
fn replaces(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Moves the complete file `from` to `to` (on the same file system) as `write` writes: a
/// `to` that already holds the same bytes is left as it is, time included (and `from` is
/// removed); else `from` is renamed over it, flushed to disk first when something is there
/// to replace (see `replaces`).
pub fn rename_over(from: &Path, to: &Path) -> io::Result<()> {
    if replaces(to) {
        if holds(to, &fs::read(from)?) {
            return fs::remove_file(from);
        }
        fs::File::open(from)?.sync_all()?;
    }
    fs::rename(from, to)
}

/// Writes a scratch file (a draft or a note inside a folder made by `scratch_dir`) as
/// `write` does, minus the flush to disk: such a file lost in a crash is made again by the
/// next run, and flushing every draft would cost more than compiling it.
pub fn write_scratch(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = temp_beside(path)?;
    file.write_all(bytes)?;
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
    // Flushed although nothing is replaced: a file cut by a power loss would stay so, as
    // this never replaces a file.
    finish(&file, true)?;
    // The check above is for a clear answer; this link-based rename is what guarantees it
    // when another program creates the file in between.
    match file.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.error),
    }
}

/// Makes `file` readable by others, flushed to disk first with `flush`.
fn finish(file: &tempfile::NamedTempFile, flush: bool) -> io::Result<()> {
    if flush {
        file.as_file().sync_all()?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // tempfile creates 0600; documents are meant to be shared.
        file.as_file()
            .set_permissions(fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

/// Makes `dir` a real folder of its own for scratch files: a symlink there (which could
/// lead writes to another place) is removed, not followed, and a folder is created.
pub fn scratch_dir(dir: &Path) -> io::Result<()> {
    if fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
        fs::remove_file(dir)?;
    }
    fs::create_dir_all(dir)
}

/// Removes the temp files in `dir` left by storyfolio processes that no longer run, and
/// returns how many were removed. Only regular files named exactly like our temp files
/// are touched; symlinks and everything else are left alone.
pub fn remove_stale_temps(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let Some(pid) = entry.file_name().to_str().and_then(temp_owner) else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && !process_alive(pid) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// The process id in a temp file name `.{file}.{pid}.{random}.tmp`, or `None` when the
/// name is not one of ours.
fn temp_owner(name: &str) -> Option<u32> {
    let inner = name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let mut parts = inner.rsplitn(3, '.');
    let random = parts.next()?;
    let pid = parts.next()?;
    let file = parts.next()?;
    let random_ok = random.len() == 6 && random.chars().all(|c| c.is_ascii_alphanumeric());
    let pid_ok = !pid.is_empty() && pid.chars().all(|c| c.is_ascii_digit());
    (random_ok && pid_ok && !file.is_empty())
        .then(|| pid.parse().ok())
        .flatten()
}

/// Whether process `pid` still runs (or may: when in doubt, its files are kept).
#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    if pid <= 0 {
        return true;
    }
    // SAFETY: signal 0 sends nothing; kill only checks that the process exists.
    let answer = unsafe { libc::kill(pid, 0) };
    answer == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Without a way to ask, every process is taken to be alive and no temp file is removed.
#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
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
    fn only_a_file_that_replaces_something_is_flushed_and_either_way_it_lands_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("resume.typ");
        assert!(!replaces(&path));
        write(&path, b"first").unwrap();
        assert!(replaces(&path));
        write(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        #[cfg(unix)]
        {
            // A dangling link is something to replace too (it is replaced, not followed).
            let link = dir.path().join("cover-letter.typ");
            std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
            assert!(replaces(&link));
        }
        let draft = dir.path().join("draft.pdf");
        fs::write(&draft, b"%PDF new").unwrap();
        let pdf = dir.path().join("resume.pdf");
        rename_over(&draft, &pdf).unwrap();
        fs::write(&draft, b"%PDF newer").unwrap();
        rename_over(&draft, &pdf).unwrap();
        assert_eq!(fs::read(&pdf).unwrap(), b"%PDF newer");
        assert!(!draft.exists());
        // The same PDF again: the file there stays (the same inode), the draft goes.
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let before = fs::metadata(&pdf).unwrap().ino();
            fs::write(&draft, b"%PDF newer").unwrap();
            rename_over(&draft, &pdf).unwrap();
            assert_eq!(fs::metadata(&pdf).unwrap().ino(), before);
            assert!(!draft.exists());
        }
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

    #[test]
    fn an_unchanged_file_is_not_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("resume.typ");
        write(&path, b"same").unwrap();
        let past =
            std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(past)
            .unwrap();
        let modified = || fs::metadata(&path).unwrap().modified().unwrap();
        write(&path, b"same").unwrap();
        assert_eq!(modified(), past);
        // Same length, other bytes: written.
        write(&path, b"sane").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"sane");
        assert_ne!(modified(), past);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_the_same_content_is_still_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        fs::write(&outside, b"resume").unwrap();
        let link = dir.path().join("resume.txt");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        write(&link, b"resume").unwrap();
        assert!(!fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&link).unwrap(), b"resume");
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

    #[cfg(unix)]
    #[test]
    fn a_symlinked_scratch_folder_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        let scratch = dir.path().join(".build");
        std::os::unix::fs::symlink(&elsewhere, &scratch).unwrap();
        scratch_dir(&scratch).unwrap();
        write(&scratch.join("resume.typ"), b"draft").unwrap();
        assert!(!fs::symlink_metadata(&scratch)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    }

    #[test]
    fn temp_names_carry_the_process_id() {
        assert_eq!(temp_owner(".resume.pdf.4242.aB3xZ9.tmp"), Some(4242));
        assert_eq!(temp_owner(".cover-letter.typ.7.000000.tmp"), Some(7));
        for not_ours in [
            "resume.pdf.4242.aB3xZ9.tmp",
            ".resume.pdf.aB3xZ9.tmp",
            ".4242.aB3xZ9.tmp",
            ".resume.pdf.4242.aB3xZ.tmp",
            ".resume.pdf.42x2.aB3xZ9.tmp",
            ".resume.pdf.4242.aB3xZ9.tmp.bak",
            "notes.tmp",
        ] {
            assert_eq!(temp_owner(not_ours), None, "{not_ours}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn stale_temps_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // A process that has exited and been reaped: its pid names no running process
        // (unless reused in the meantime, in which case the file is rightly kept).
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = dir.path().join(format!(".resume.pdf.{dead}.aB3xZ9.tmp"));
        let live = dir
            .path()
            .join(format!(".resume.txt.{}.aB3xZ9.tmp", std::process::id()));
        let user = dir.path().join(".notes.tmp");
        for f in [&stale, &live, &user] {
            fs::write(f, b"x").unwrap();
        }
        write(&dir.path().join("resume.txt"), b"new").unwrap();
        assert!(!stale.exists() || process_alive(dead));
        assert!(live.exists(), "a running process's temp file is kept");
        assert!(user.exists(), "files not named like ours are kept");
    }
}
