//! `render --watch`: renders, then renders again whenever the profile, the target, a template
//! or the GitHub statistics change. A failed render is reported and the last good output stays
//! (every write is atomic). Ctrl-C stops between renders.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};

use super::RenderConfig;
use crate::app::{output, AppError, Outcome};

/// Editors save in bursts (write, rename, chmod); one render per burst.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// What wakes the loop.
enum Wake {
    Changed(Vec<PathBuf>),
    Trouble(String),
    Stop,
}

/// The inputs of a render: files, watched through their folders because editors replace a
/// file on save (a new inode a file watch would lose), and the templates folder.
struct Inputs {
    files: Vec<PathBuf>,
    folders: Vec<PathBuf>,
}

impl Inputs {
    fn of(config: &RenderConfig) -> Result<Inputs, AppError> {
        let stats = crate::github::cache::path_for_profile(&config.profile);
        let mut files = Vec::new();
        for file in [Some(&config.profile), config.target.as_ref(), Some(&stats)]
            .into_iter()
            .flatten()
        {
            let name = file.file_name().ok_or_else(|| {
                AppError::Watch(format!("`{}` does not name a file", file.display()))
            })?;
            files.push(absolute_folder(parent(file))?.join(name));
        }
        let folders = match &config.output.templates {
            Some(dir) => vec![absolute_folder(dir)?],
            None => Vec::new(),
        };
        Ok(Inputs { files, folders })
    }

    /// The folders to watch, each once.
    fn watched(&self) -> Vec<&Path> {
        let mut dirs: Vec<&Path> = self.files.iter().filter_map(|f| f.parent()).collect();
        dirs.extend(self.folders.iter().map(PathBuf::as_path));
        dirs.sort();
        dirs.dedup();
        dirs
    }

    /// Whether a change of `path` calls for a new render.
    fn affected_by(&self, path: &Path) -> bool {
        self.files.iter().any(|f| f == path)
            || (path.extension().is_some_and(|e| e == "hbs")
                && path
                    .parent()
                    .is_some_and(|p| self.folders.iter().any(|f| f == p)))
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

/// Runs `render --watch` until Ctrl-C.
pub fn run(config: RenderConfig) -> Result<Outcome, AppError> {
    let inputs = Inputs::of(&config)?;
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
                    // Reading is no change, and every render reads its inputs.
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
    render(&config);
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
                    render(&config);
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

/// One render; a failure is reported, never fatal.
fn render(config: &RenderConfig) {
    match super::render_once(config) {
        Ok(_) => output::note("rendered; watching for changes (Ctrl-C stops)"),
        Err(e) => {
            output::note(e.report());
            output::note("kept the last good output; watching for changes (Ctrl-C stops)");
        }
    }
}
