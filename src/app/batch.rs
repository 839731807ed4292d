//! `storyfolio batch`: tailored documents for every company on the list at once, in
//! parallel, ranked by fit in `summary.md` and `summary.json`; unchanged targets are skipped.

mod progress;
mod state;
mod summary;
mod targets;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::app::documents::{self, OutputConfig};
use crate::app::session::{Session, SessionOptions};
use crate::app::{output, AppError, Outcome};
use crate::cli::BatchArgs;
use crate::story::Scope;
use progress::Progress;
use state::{Recorded, State};
use summary::{fill, Row, Status, Summary};
use targets::Loaded;

/// Everything `batch` needs.
#[derive(Debug, Clone)]
pub struct BatchConfig {
    pub profile: PathBuf,
    /// Target files and folders of target files.
    pub targets: Vec<PathBuf>,
    /// What to write for every target, and where (`out`).
    pub output: OutputConfig,
    pub jobs: usize,
    pub force: bool,
}

impl From<BatchArgs> for BatchConfig {
    fn from(args: BatchArgs) -> Self {
        let jobs = args
            .jobs
            .map(|j| j as usize)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
        BatchConfig {
            profile: args.profile,
            targets: args.targets,
            output: OutputConfig::new(args.output, true),
            jobs,
            force: args.force,
        }
    }
}

/// Runs `batch`.
pub fn run(config: BatchConfig) -> Result<Outcome, AppError> {
    let files = targets::target_files(&config.targets)?;
    let out = config.output.out.clone();
    let session = Session::open(&SessionOptions::writing(&config.profile, &config.output))?;
    session.print_warnings();
    let loaded = targets::load(&files);

    let previous = state::read(&out);
    let shared_bytes = state::shared_inputs(&config.profile, &config.output);
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let rows: Mutex<Vec<(Row, Option<Recorded>)>> = Mutex::new(Vec::new());
    let progress = Progress::new(loaded.len());
    let workers = config.jobs.max(1).min(loaded.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = loaded.get(i) else { break };
                let hash = state::input_hash(&shared_bytes, &item.file);
                let row = run_one(&session, &config, item, &hash, &previous, &out);
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                progress.finished(n, &row.0);
                if let Ok(mut rows) = rows.lock() {
                    rows.push(row);
                }
            });
        }
    });
    progress.clear();
    let rows = rows
        .into_inner()
        .map_err(|_| AppError::Bug("a batch worker panicked".into()))?;
    let mut state = State::default();
    for (row, recorded) in &rows {
        if let Some(recorded) = recorded {
            state.folders.insert(row.folder.clone(), recorded.clone());
        }
    }
    let summary = Summary {
        version: 1,
        profile: config.profile.display().to_string(),
        targets: summary::rank(rows.into_iter().map(|(row, _)| row).collect()),
    };
    let write = |path: PathBuf, bytes: Vec<u8>| {
        crate::atomic::write(&path, &bytes).map_err(|source| AppError::Write { path, source })
    };
    let json = serde_json::to_vec_pretty(&summary).map_err(|e| AppError::Bug(e.to_string()))?;
    write(out.join("summary.json"), json)?;
    write(
        out.join("summary.md"),
        summary::markdown(&summary).into_bytes(),
    )?;
    let state_json = serde_json::to_vec_pretty(&state).map_err(|e| AppError::Bug(e.to_string()))?;
    write(out.join(state::STATE_FILE), state_json)?;
    let rendered = summary::count(&summary.targets, Status::Rendered);
    let skipped = summary::count(&summary.targets, Status::Skipped);
    let failed = summary::count(&summary.targets, Status::Failed);
    output::line(format_args!(
        "summary: {rendered} rendered, {skipped} unchanged, {failed} failed; ranking in {}",
        out.join("summary.md").display()
    ))?;
    Ok(if failed > 0 {
        Outcome::Problems
    } else {
        Outcome::Success
    })
}

fn run_one(
    session: &Session,
    config: &BatchConfig,
    item: &Loaded,
    hash: &str,
    previous: &State,
    out: &Path,
) -> (Row, Option<Recorded>) {
    let folder_path = out.join(&item.folder);
    let mut row = Row {
        rank: 0,
        company: None,
        title: None,
        folder: item.folder.clone(),
        target: item.file.display().to_string(),
        status: Status::Failed,
        fit: None,
        evidence: Vec::new(),
        gaps: Vec::new(),
        files: Vec::new(),
        checked: None,
        error: None,
    };
    let target = match &item.target {
        Ok(t) => t,
        Err(e) => {
            row.error = Some(e.clone());
            return (row, None);
        }
    };
    row.company = target.company.clone();
    row.title = target.title.clone();
    let unchanged = previous.folders.get(&item.folder).filter(|r| {
        !config.force && r.hash == hash && r.files.iter().all(|f| folder_path.join(f).is_file())
    });
    let (story, files) = match unchanged {
        Some(recorded) => {
            // The story is pure and cheap: rebuilt for the summary, nothing written.
            let story = session.story(Some(target));
            row.status = Status::Skipped;
            (story, recorded.files.clone())
        }
        None => {
            match documents::write(
                session,
                &config.output,
                Some(target),
                &folder_path,
                false,
                // The summary shows the fit and the advice.
                Scope::Whole,
            ) {
                Ok(rendered) => {
                    row.status = Status::Rendered;
                    let files = rendered
                        .files
                        .iter()
                        .filter_map(|f| {
                            f.strip_prefix(&folder_path)
                                .ok()
                                .map(|p| p.display().to_string())
                        })
                        .collect();
                    (rendered.story, files)
                }
                Err(e) => {
                    row.error = Some(e.to_string());
                    return (row, None);
                }
            }
        }
    };
    fill(&mut row, &story);
    row.checked = Some(check_written(session, target, &folder_path, &files));
    row.files = files
        .iter()
        .map(|f| format!("{}/{f}", item.folder))
        .collect();
    (
        row,
        Some(Recorded {
            hash: hash.to_string(),
            files,
        }),
    )
}

/// The checked column: every document written for the target, fact-checked against the
/// profile and the target (Typst sources and `--explain` notes are not documents).
fn check_written(
    session: &Session,
    target: &crate::target::Target,
    folder: &Path,
    files: &[String],
) -> summary::Checked {
    let checker = session.checker(Some(target));
    let mut checked = summary::Checked::default();
    for path in files.iter().map(|f| folder.join(f)) {
        if !crate::check::is_checked_output(&path) {
            continue;
        }
        match checker.check_file(&path) {
            Ok(report) => {
                checked.documents += 1;
                checked.claims += report.findings.len();
                checked.unsupported += report.unsupported().count();
            }
            Err(e) => checked.errors.push(e.to_string()),
        }
    }
    checked
}
