//! Watching input files: runs a job, then runs it again whenever one of its inputs changes,
//! until Ctrl-C. Shared by `render --watch` and `check --watch`. Files are watched through
//! their folders because editors replace a file on save (a new inode a file watch would
//! lose); a burst of events from one save (write, rename, chmod) runs the job once.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};

use crate::app::{output, AppError, Outcome};

/// Editors save in bursts (write, rename, chmod); one run per burst.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// What wakes the loop.
enum Wake {
    Changed(Vec<PathBuf>),
    Trouble(String),
    Stop,
}

/// The inputs of a job: single files, and folders whose files with one extension all count
/// (a templates folder and its `.hbs` files).
#[derive(Debug, Default)]
pub struct Inputs {
    files: Vec<PathBuf>,
    folders: Vec<(PathBuf, &'static str)>,
}

impl Inputs {
    /// Adds the file at `file` (it need not exist yet, its folder must).
    pub fn file(&mut self, file: &Path) -> Result<(), AppError> {
        let name = file
            .file_name()
            .ok_or_else(|| AppError::Watch(format!("`{}` does not name a file", file.display())))?;
        self.files.push(absolute_folder(parent(file))?.join(name));
        Ok(())
    }

    /// Adds every file ending in `.extension` inside `dir`.
    pub fn folder(&mut self, dir: &Path, extension: &'static str) -> Result<(), AppError> {
        self.folders.push((absolute_folder(dir)?, extension));
        Ok(())
    }

    /// The folders to watch, each once.
    fn watched(&self) -> Vec<&Path> {
        let mut dirs: Vec<&Path> = self.files.iter().filter_map(|f| f.parent()).collect();
        dirs.extend(self.folders.iter().map(|(d, _)| d.as_path()));
        dirs.sort();
        dirs.dedup();
        dirs
    }

    /// Whether a change of `path` calls for a new run.
    fn affected_by(&self, path: &Path) -> bool {
        self.files.iter().any(|f| f == path)
            || self.folders.iter().any(|(dir, extension)| {
                path.extension().is_some_and(|e| e == *extension)
                    && path.parent().is_some_and(|p| p == dir)
            })
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// `dir` as an absolute path without links, as the watcher reports event paths.
fn absolute_folder(dir: &Path) -> Result<PathBuf, AppError> {
    dir.canonicalize()
        .map_err(|e| AppError::Watch(format!("failed to open folder `{}`: {e}", dir.display())))
}

/// Runs `job` once, then again on every change of `inputs`, until Ctrl-C. Each run prints
/// its own result; `job` never stops the loop (a failed run is reported by it and the
/// next change runs it again). Notes go to standard error: `changed: PATH, ...` before a
/// run, `stopped watching` at the end.
pub fn run(inputs: &Inputs, mut job: impl FnMut()) -> Result<Outcome, AppError> {
    let (wake, woken) = mpsc::channel();
    let stop = wake.clone();
    ctrlc::set_handler(move || {
        // The loop may already be gone; nothing is left to stop then.
        let _ = stop.send(Wake::Stop);
    })
    .map_err(|e| AppError::Watch(format!("failed to catch Ctrl-C: {e}")))?;
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let message = match result {
            Ok(events) => Wake::Changed(
                events
                    .into_iter()
                    // Reading is no change, and every run reads its inputs.
                    .filter(|e| !matches!(e.kind, EventKind::Access(_)))
                    .flat_map(|e| e.event.paths)
                    .collect(),
            ),
            Err(errors) => Wake::Trouble(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        };
        let _ = wake.send(message);
    })
    .map_err(|e| AppError::Watch(e.to_string()))?;
    for dir in inputs.watched() {
        debouncer
            .watch(dir, RecursiveMode::NonRecursive)
            .map_err(|e| AppError::Watch(format!("failed to watch `{}`: {e}", dir.display())))?;
    }
    job();
    while let Ok(message) = woken.recv() {
        match message {
            Wake::Changed(paths) => {
                let mut changed: Vec<String> = paths
                    .iter()
                    .filter(|p| inputs.affected_by(p))
                    .map(|p| p.display().to_string())
                    .collect();
                changed.sort();
                changed.dedup();
                if !changed.is_empty() {
                    output::note(format_args!("changed: {}", changed.join(", ")));
                    job();
                }
            }
            Wake::Trouble(message) => {
                output::note(format_args!("warning: watching for changes: {message}"))
            }
            Wake::Stop => break,
        }
    }
    output::note("stopped watching");
    Ok(Outcome::Success)
}
