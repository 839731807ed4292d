//! `storyfolio batch`: tailored documents for every company on the list at once, in
//! parallel, ranked by fit in `summary.md` and `summary.json`; unchanged targets are skipped.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::app::render_cmd::RenderConfig;
use crate::app::render_cmd::{locate_typst, print_warnings, render_target, Shared};
use crate::app::{AppError, Outcome};
use crate::cli::BatchArgs;
use crate::story::{Inputs, Story};
use crate::target::Target;

/// Everything `batch` needs.
#[derive(Debug, Clone)]
pub struct BatchConfig {
    /// The render options shared by every target (`target` is unused).
    pub render: RenderConfig,
    /// Target files and folders of target files.
    pub targets: Vec<PathBuf>,
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
            render: RenderConfig::new(args.profile, None, args.output, None, true),
            targets: args.targets,
            jobs,
            force: args.force,
        }
    }
}

/// The file in OUT that records what each folder was rendered from.
const STATE_FILE: &str = ".storyfolio-batch.json";

/// How one target ended.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Rendered,
    /// Inputs unchanged since the last batch into the same folder.
    Skipped,
    Failed,
}

/// One row of the summary.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub rank: usize,
    pub company: Option<String>,
    pub title: Option<String>,
    /// The folder under OUT.
    pub folder: String,
    pub target: String,
    pub status: Status,
    pub fit: Option<u32>,
    pub evidence: Vec<String>,
    pub gaps: Vec<String>,
    pub files: Vec<String>,
    pub error: Option<String>,
}

/// `summary.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub version: u32,
    pub profile: String,
    pub targets: Vec<Row>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    /// Folder -> the hash of everything it was rendered from, and the files written.
    folders: BTreeMap<String, Recorded>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Recorded {
    hash: String,
    files: Vec<String>,
}

/// The target files named on the command line: files as given, folders by their `*.json`
/// files in name order (not recursive).
fn target_files(named: &[PathBuf]) -> Result<Vec<PathBuf>, AppError> {
    let mut files = Vec::new();
    for path in named {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| AppError::Usage(format!("failed to read `{}`: {e}", path.display())))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "json") && p.is_file() && !is_stats_cache(p)
                })
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    if files.is_empty() {
        let list: Vec<String> = named.iter().map(|p| format!("`{}`", p.display())).collect();
        return Err(AppError::Usage(format!(
            "no target files in {}",
            list.join(", ")
        )));
    }
    Ok(files)
}

fn is_stats_cache(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".github.json"))
}

/// The hash of everything a target's documents depend on: the shared inputs and the target.
fn input_hash(shared_inputs: &[u8], target: &Path) -> String {
    let mut hasher = Sha256::new();
    hasher.update(shared_inputs);
    hasher.update(std::fs::read(target).unwrap_or_default());
    format!("{:x}", hasher.finalize())
}

/// Everything shared by all targets, as bytes to hash: storyfolio's version, the options,
/// the profile, the statistics cache, the knowledge file and the templates folder.
fn shared_inputs(config: &RenderConfig) -> Vec<u8> {
    let mut bytes = format!(
        "storyfolio {}\n{:?}\n",
        env!("CARGO_PKG_VERSION"),
        (
            &config.docs,
            &config.formats,
            config.lang,
            config.pages,
            config.explain,
            &config.font_paths,
            &config.typst
        )
    )
    .into_bytes();
    let mut add = |path: &Path| {
        bytes.extend(path.display().to_string().as_bytes());
        bytes.extend(std::fs::read(path).unwrap_or_default());
    };
    add(&config.profile);
    add(&crate::github::cache::path_for_profile(&config.profile));
    if let Some(k) = &config.knowledge {
        add(k);
    }
    if let Some(dir) = &config.templates {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for f in files {
            add(&f);
        }
    }
    bytes
}

struct Loaded {
    file: PathBuf,
    target: Result<Target, String>,
    folder: String,
}

/// Runs `batch`.
pub fn run(config: BatchConfig) -> Result<Outcome, AppError> {
    let files = target_files(&config.targets)?;
    let out = config.render.out.clone();
    let (shared, typst_error) = std::thread::scope(|scope| -> Result<_, AppError> {
        let locating = scope.spawn(|| locate_typst(&config.render));
        let shared = Shared::load(&config.render, None)?;
        let typst = locating
            .join()
            .map_err(|_| AppError::Bug("locating typst panicked".into()))?;
        Ok((shared, typst))
    })?;
    let mut shared = shared;
    shared.typst = typst_error?;

    // Load every target; a bad one is reported in the summary, never stops the others.
    let loaded_targets: Vec<(PathBuf, Result<Target, String>)> = files
        .iter()
        .map(|file| {
            let result = crate::target::load(file).map(|l| {
                print_warnings(file, &l.warnings);
                l.document
            });
            (file.clone(), result.map_err(|e| e.to_string()))
        })
        .collect();
    let names: Vec<(String, String)> = loaded_targets
        .iter()
        .map(|(file, t)| {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let company = t
                .as_ref()
                .ok()
                .and_then(|t| t.company.clone())
                .unwrap_or_else(|| stem.clone());
            (company, stem)
        })
        .collect();
    let folders = crate::slug::unique_slugs(&names);
    let loaded: Vec<Loaded> = loaded_targets
        .into_iter()
        .zip(folders)
        .map(|((file, target), folder)| Loaded {
            file,
            target,
            folder,
        })
        .collect();

    let state_path = out.join(STATE_FILE);
    let previous: State = std::fs::read(&state_path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let shared_bytes = shared_inputs(&config.render);
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
                let hash = input_hash(&shared_bytes, &item.file);
                let row = run_one(&shared, &config, item, &hash, &previous, &out);
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                progress.finished(n, &row.0);
                if let Ok(mut rows) = rows.lock() {
                    rows.push(row);
                }
            });
        }
    });
    progress.clear();
    let mut rows = rows
        .into_inner()
        .map_err(|_| AppError::Bug("a batch worker panicked".into()))?;
    let mut state = State::default();
    for (row, recorded) in &rows {
        if let Some(recorded) = recorded {
            state.folders.insert(row.folder.clone(), recorded.clone());
        }
    }
    // Best fit first; failures last; ties in target order.
    rows.sort_by(|a, b| {
        (a.0.status == Status::Failed, std::cmp::Reverse(a.0.fit))
            .cmp(&(b.0.status == Status::Failed, std::cmp::Reverse(b.0.fit)))
            .then(a.0.target.cmp(&b.0.target))
    });
    let targets: Vec<Row> = rows
        .into_iter()
        .enumerate()
        .map(|(i, (mut row, _))| {
            row.rank = i + 1;
            row
        })
        .collect();
    let failed = targets
        .iter()
        .filter(|r| r.status == Status::Failed)
        .count();
    let summary = Summary {
        version: 1,
        profile: config.render.profile.display().to_string(),
        targets,
    };
    let write = |path: PathBuf, bytes: Vec<u8>| {
        crate::atomic::write(&path, &bytes).map_err(|source| AppError::Write { path, source })
    };
    let json = serde_json::to_vec_pretty(&summary).map_err(|e| AppError::Bug(e.to_string()))?;
    write(out.join("summary.json"), json)?;
    write(out.join("summary.md"), markdown(&summary).into_bytes())?;
    let state_json = serde_json::to_vec_pretty(&state).map_err(|e| AppError::Bug(e.to_string()))?;
    write(state_path, state_json)?;
    let (rendered, skipped) = (
        summary
            .targets
            .iter()
            .filter(|r| r.status == Status::Rendered)
            .count(),
        summary
            .targets
            .iter()
            .filter(|r| r.status == Status::Skipped)
            .count(),
    );
    println!(
        "summary: {rendered} rendered, {skipped} unchanged, {failed} failed; ranking in {}",
        out.join("summary.md").display()
    );
    Ok(if failed > 0 {
        Outcome::Problems
    } else {
        Outcome::Success
    })
}

fn run_one(
    shared: &Shared,
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
            let lang =
                crate::app::render_cmd::language(&config.render, &shared.profile, Some(target));
            let story = crate::story::build_with(
                &shared.analysis,
                &Inputs {
                    profile: &shared.profile,
                    target: Some(target),
                    stats: &shared.stats,
                    knowledge: &shared.knowledge,
                    lang,
                },
            );
            row.status = Status::Skipped;
            (story, recorded.files.clone())
        }
        None => match render_target(shared, &config.render, Some(target), &folder_path, false) {
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
        },
    };
    fill(&mut row, &story);
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

fn fill(row: &mut Row, story: &Story) {
    row.fit = Some(story.fit.score);
    row.evidence = story
        .evidence
        .iter()
        .take(3)
        .map(|e| e.title.clone())
        .collect();
    row.gaps = story
        .advice
        .iter()
        .take(3)
        .map(|a| a.message.clone())
        .collect();
}

fn markdown(summary: &Summary) -> String {
    let cell = |s: &str| crate::render::escape::markdown(s);
    let mut out = format!(
        "# Applications ranked by fit\n\nProfile: `{}`\n\n",
        summary.profile
    );
    out.push_str("| # | company | role | fit | top evidence | main gaps | files |\n|---|---|---|---|---|---|---|\n");
    for r in &summary.targets {
        let fit = r.fit.map(|f| f.to_string()).unwrap_or_else(|| "–".into());
        let files = if r.files.is_empty() {
            format!(
                "**failed**: {}",
                cell(r.error.as_deref().unwrap_or_default())
            )
        } else {
            r.files
                .iter()
                .map(|f| {
                    format!(
                        "[{}]({})",
                        cell(f.rsplit('/').next().unwrap_or(f)),
                        crate::render::escape::markdown_url(f)
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            r.rank,
            cell(r.company.as_deref().unwrap_or_default()),
            cell(r.title.as_deref().unwrap_or_default()),
            fit,
            r.evidence
                .iter()
                .map(|e| cell(e))
                .collect::<Vec<_>>()
                .join("; "),
            r.gaps
                .iter()
                .map(|g| cell(g))
                .collect::<Vec<_>>()
                .join("; "),
            files
        ));
    }
    out
}

/// A progress bar on a terminal, one line per finished target when piped.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
}

impl Progress {
    fn new(total: usize) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
            {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, total }
    }

    fn finished(&self, n: usize, row: &Row) {
        let what = match row.status {
            Status::Rendered => format!("rendered (fit {})", row.fit.unwrap_or_default()),
            Status::Skipped => "unchanged, skipped".to_string(),
            Status::Failed => format!(
                "failed: {}",
                row.error
                    .as_deref()
                    .unwrap_or_default()
                    .lines()
                    .next()
                    .unwrap_or_default()
            ),
        };
        match &self.bar {
            Some(bar) => {
                bar.set_position(n as u64);
                bar.set_message(format!("{}: {what}", row.folder));
            }
            None => println!("[{n}/{}] {}: {what}", self.total, row.folder),
        }
    }

    fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
