//! What a batch remembers between runs: for each folder under OUT, the hash of everything
//! it was rendered from and the files written, so unchanged targets are skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::app::documents::OutputConfig;

/// The file in OUT that records what each folder was rendered from.
pub const STATE_FILE: &str = ".storyfolio-batch.json";

/// The state recorded in `out` by the last batch; empty when there is none or it is unreadable.
pub fn read(out: &Path) -> State {
    std::fs::read(out.join(STATE_FILE))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct State {
    /// Folder -> the hash of everything it was rendered from, and the files written.
    pub folders: BTreeMap<String, Recorded>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Recorded {
    pub hash: String,
    pub files: Vec<String>,
}

/// The hash of everything a target's documents depend on: the shared inputs and the target.
pub fn input_hash(shared_inputs: &[u8], target: &Path) -> String {
    let mut hasher = Sha256::new();
    hasher.update(shared_inputs);
    hasher.update(std::fs::read(target).unwrap_or_default());
    format!("{:x}", hasher.finalize())
}

/// Everything shared by all targets, as bytes to hash: storyfolio's version, the options,
/// the profile, the statistics cache, the knowledge file and the templates folder.
pub fn shared_inputs(profile: &Path, config: &OutputConfig) -> Vec<u8> {
    let mut bytes = format!(
        "storyfolio {}\n{:?}\n",
        env!("CARGO_PKG_VERSION"),
        (
            &config.docs,
            &config.formats,
            &config.lang,
            &config.design,
            config.ppi,
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
    add(profile);
    add(&crate::github::cache::path_for_profile(profile));
    if let Some(k) = &config.knowledge {
        add(k);
    }
    for dir in config.templates.iter().chain(&config.locales) {
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
