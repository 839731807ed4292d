//! The targets of a batch: the files named on the command line (folders by their `*.json`
//! files), loaded one by one, each with its own folder under OUT.

use std::path::{Path, PathBuf};

use crate::app::session::Session;
use crate::app::{output, AppError};
use crate::target::Target;

/// The target files named on the command line: files as given, folders by their `*.json`
/// files in name order (not recursive).
pub fn target_files(named: &[PathBuf]) -> Result<Vec<PathBuf>, AppError> {
    let mut files = Vec::new();
    for path in named {
        if path.is_dir() {
            let unreadable = |source| AppError::Read {
                path: path.clone(),
                source,
            };
            // A listing that fails part-way is as unreadable as one that cannot start.
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .and_then(|entries| {
                    entries
                        .map(|entry| entry.map(|e| e.path()))
                        .collect::<Result<Vec<_>, _>>()
                })
                .map_err(unreadable)?
                .into_iter()
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

pub struct Loaded {
    pub file: PathBuf,
    /// The target, or why it could not be loaded.
    pub target: Result<Target, String>,
    /// Its folder under OUT, unique in the run.
    pub folder: String,
}

/// Loads every target in `files` and gives each a folder named after its company; a target
/// that cannot be loaded keeps its error for the summary and never stops the others.
pub fn load(files: &[PathBuf]) -> Vec<Loaded> {
    let loaded_targets: Vec<(PathBuf, Result<Target, String>)> = files
        .iter()
        .map(|file| {
            let result = Session::load_target(file).map(|l| {
                output::warnings(file, &l.warnings);
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
    loaded_targets
        .into_iter()
        .zip(folders)
        .map(|((file, target), folder)| Loaded {
            file,
            target,
            folder,
        })
        .collect()
}
