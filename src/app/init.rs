//! `storyfolio init`: a starter profile and target with `$schema` references (the schemas are
//! written beside them, so editors check the fields offline) and a guide of what to fill in
//! first. An existing file is never overwritten.

use std::path::Path;

use crate::app::{output, AppError, Outcome};
use crate::load::schema::{PROFILE_SCHEMA, TARGET_SCHEMA};
use crate::profile::Lang;

/// The files `init` writes, relative to its folder, in `lang`.
fn starter_files(lang: Lang) -> [(&'static str, &'static str); 5] {
    let (profile, target, guide) = match lang {
        Lang::En => (
            include_str!("../../starter/profile.en.json"),
            include_str!("../../starter/target.en.json"),
            include_str!("../../starter/GUIDE.en.md"),
        ),
        Lang::Ko => (
            include_str!("../../starter/profile.ko.json"),
            include_str!("../../starter/target.ko.json"),
            include_str!("../../starter/GUIDE.ko.md"),
        ),
    };
    [
        (".storyfolio/profile.schema.json", PROFILE_SCHEMA),
        (".storyfolio/target.schema.json", TARGET_SCHEMA),
        ("profile.json", profile),
        ("target.json", target),
        ("GUIDE.md", guide),
    ]
}

/// Runs `init` in `dir`.
pub fn run(dir: &Path, lang: Lang) -> Result<Outcome, AppError> {
    if dir.is_file() {
        return Err(AppError::NotAFolder {
            path: dir.to_path_buf(),
        });
    }
    for (name, text) in starter_files(lang) {
        let path = dir.join(name);
        let written =
            crate::atomic::write_new(&path, text.as_bytes()).map_err(|source| AppError::Write {
                path: path.clone(),
                source,
            })?;
        if written {
            output::line(format_args!("wrote {}", path.display()))?;
        } else {
            output::note(format_args!(
                "skipped `{}`: it already exists",
                path.display()
            ));
        }
    }
    output::line(format_args!(
        "next: read {}",
        dir.join("GUIDE.md").display()
    ))?;
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_documents_name_the_schemas_written_beside_them() {
        for lang in [Lang::En, Lang::Ko] {
            let files = starter_files(lang);
            for (document, schema) in [("profile.json", 0), ("target.json", 1)] {
                let text = files
                    .iter()
                    .find(|(name, _)| *name == document)
                    .map(|(_, text)| *text)
                    .unwrap();
                let value: serde_json::Value = serde_json::from_str(text).unwrap();
                assert_eq!(
                    value["$schema"]
                        .as_str()
                        .map(|s| s.trim_start_matches("./")),
                    Some(files[schema].0),
                    "{document} ({lang:?})"
                );
            }
        }
    }
}
