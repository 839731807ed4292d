//! Where templates come from: the built-in ones, compiled into the binary so storyfolio
//! works from any directory, and the `.hbs` files of the user's folder; and exporting the
//! built-in ones for editing.

use std::fs;
use std::path::{Path, PathBuf};

use super::RenderError;

/// A built-in template: its file name and text.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinTemplate {
    pub file: &'static str,
    pub text: &'static str,
}

macro_rules! builtin {
    ($($file:literal),* $(,)?) => {
        &[$(BuiltinTemplate { file: $file, text: include_str!(concat!("../../templates/", $file)) }),*]
    };
}

const BUILTIN: &[BuiltinTemplate] = builtin!(
    "_header.html.hbs",
    "_header.typ.hbs",
    "_section.typ.hbs",
    "_style.html.hbs",
    "_style.typ.hbs",
    "cover-letter.html.hbs",
    "cover-letter.md.hbs",
    "cover-letter.txt.hbs",
    "cover-letter.typ.hbs",
    "pitch.html.hbs",
    "pitch.md.hbs",
    "pitch.txt.hbs",
    "pitch.typ.hbs",
    "prep.html.hbs",
    "prep.md.hbs",
    "prep.txt.hbs",
    "prep.typ.hbs",
    "resume-ats.typ.hbs",
    "resume-sidebar.typ.hbs",
    "resume.html.hbs",
    "resume.md.hbs",
    "resume.txt.hbs",
    "resume.typ.hbs",
);

/// Every built-in template, sorted by file name.
pub fn builtin_templates() -> &'static [BuiltinTemplate] {
    BUILTIN
}

pub(super) fn read_user_templates(dir: &Path) -> Result<Vec<(String, String)>, RenderError> {
    let read_dir_error = |source| RenderError::ReadDir {
        path: dir.to_path_buf(),
        source,
    };
    let root = fs::canonicalize(dir).map_err(read_dir_error)?;
    let mut found = Vec::new();
    for entry in fs::read_dir(&root).map_err(read_dir_error)? {
        let entry = entry.map_err(read_dir_error)?;
        let path = entry.path();
        let Some(file) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !file.ends_with(".hbs") {
            continue;
        }
        let real = fs::canonicalize(&path).map_err(|source| RenderError::ReadTemplate {
            path: path.clone(),
            source,
        })?;
        if real.parent() != Some(root.as_path()) {
            return Err(RenderError::OutsideFolder { path });
        }
        if !real.is_file() {
            continue;
        }
        let text = fs::read_to_string(&real).map_err(|source| RenderError::ReadTemplate {
            path: path.clone(),
            source,
        })?;
        found.push((file, text));
    }
    found.sort();
    Ok(found)
}

/// Writes the built-in templates into `dir`; existing files are kept unless `force`.
/// Returns the files written and the ones kept.
pub fn export_builtin(
    dir: &Path,
    force: bool,
) -> Result<(Vec<PathBuf>, Vec<PathBuf>), RenderError> {
    let mut written = Vec::new();
    let mut kept = Vec::new();
    for template in builtin_templates() {
        let path = dir.join(template.file);
        if path.exists() && !force {
            kept.push(path);
            continue;
        }
        crate::atomic::write(&path, template.text.as_bytes()).map_err(|source| {
            RenderError::Write {
                path: path.clone(),
                source,
            }
        })?;
        written.push(path);
    }
    Ok((written, kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_file_is_built_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".hbs"))
            .collect();
        on_disk.sort();
        let built_in: Vec<&str> = builtin_templates().iter().map(|t| t.file).collect();
        assert_eq!(on_disk, built_in);
    }

    #[test]
    fn no_template_fetches_a_package() {
        for t in builtin_templates() {
            assert!(!t.text.contains("@preview"), "{} imports a package", t.file);
            assert!(!t.text.contains("#import"), "{} imports a file", t.file);
        }
    }
}
