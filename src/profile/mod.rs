//! The candidate's profile: its model, loading, and the checks the schema cannot express.

pub mod i18n;
mod model;

use std::path::Path;

pub use model::*;

use crate::diagnostics::Diagnostic;
use crate::load::DocumentKind;
use crate::load::{load_document, LoadError, Loaded};

/// Data modalities storyfolio understands; others are accepted with a warning.
pub const KNOWN_MODALITIES: &[&str] = &[
    "video",
    "image",
    "text",
    "tabular",
    "audio",
    "speech",
    "logs",
    "time-series",
    "3d",
    "point-cloud",
    "graph",
    "multimodal",
    "code",
    "sensor",
];

/// Loads and checks the profile at `path`.
pub fn load(path: &Path) -> Result<Loaded<Profile>, LoadError> {
    load_document(path, DocumentKind::Profile, check)
}

/// Checks that need the typed profile: ranks within the field, date order, known modalities.
pub fn check(profile: &Profile) -> Vec<Diagnostic> {
    let mut found = i18n::check(profile);
    for (i, c) in profile.competitions.iter().enumerate() {
        if let (Some(rank), Some(teams)) = (c.rank, c.teams) {
            if rank > teams {
                found.push(Diagnostic::error(
                    format!("competitions[{i}].rank"),
                    format!("rank {rank} is larger than the number of teams ({teams})"),
                ));
            }
        }
    }
    let mut date_order = |path: String, start: &Option<String>, end: &Option<String>| {
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                found.push(Diagnostic::warning(
                    path,
                    format!("ends ({e}) before it starts ({s})"),
                ));
            }
        }
    };
    for (i, w) in profile.work.iter().enumerate() {
        date_order(format!("work[{i}]"), &w.start_date, &w.end_date);
    }
    for (i, p) in profile.projects.iter().enumerate() {
        date_order(format!("projects[{i}]"), &p.start_date, &p.end_date);
    }
    for (i, e) in profile.education.iter().enumerate() {
        date_order(format!("education[{i}]"), &e.start_date, &e.end_date);
    }
    let modality_lists = profile
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("projects[{i}].modalities"), &p.modalities))
        .chain(
            profile
                .work
                .iter()
                .enumerate()
                .map(|(i, w)| (format!("work[{i}].modalities"), &w.modalities)),
        )
        .chain(
            profile
                .competitions
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("competitions[{i}].modalities"), &c.modalities)),
        );
    for (path, list) in modality_lists {
        for (j, m) in list.iter().enumerate() {
            if !KNOWN_MODALITIES.contains(&m.to_lowercase().as_str()) {
                found.push(Diagnostic::warning(
                    format!("{path}[{j}]"),
                    format!(
                        "unknown modality `{m}`; known: {}",
                        KNOWN_MODALITIES.join(", ")
                    ),
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_beyond_the_field_is_an_error() {
        let profile = Profile {
            competitions: vec![Competition {
                name: "x".into(),
                rank: Some(12),
                teams: Some(10),
                ..Default::default()
            }],
            ..Default::default()
        };
        let found: Vec<String> = check(&profile).iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            ["error: `competitions[0].rank`: rank 12 is larger than the number of teams (10)"]
        );
    }

    #[test]
    fn reversed_dates_and_odd_modalities_warn() {
        let profile = Profile {
            projects: vec![Project {
                start_date: Some("2024-05".into()),
                end_date: Some("2023-01".into()),
                modalities: vec!["Video".into(), "vidoe".into()],
                ..Default::default()
            }],
            ..Default::default()
        };
        let found: Vec<String> = check(&profile).iter().map(ToString::to_string).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("ends (2023-01) before it starts (2024-05)"));
        assert!(
            found[1].starts_with("warning: `projects[0].modalities[1]`: unknown modality `vidoe`")
        );
    }
}
