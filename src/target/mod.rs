//! The target company and role: its model and loading.

mod model;

use std::path::Path;

pub use model::*;

use crate::diagnostics::Diagnostic;
use crate::load::DocumentKind;
use crate::load::{load_document, LoadError, Loaded};

/// Loads and checks the target at `path`.
pub fn load(path: &Path) -> Result<Loaded<Target>, LoadError> {
    load_document(path, DocumentKind::Target, check)
}

/// Checks that need the typed target.
pub fn check(target: &Target) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if target
        .company
        .as_deref()
        .is_none_or(|c| c.trim().is_empty())
    {
        found.push(Diagnostic::warning(
            "company",
            "no company name; the cover letter and pitch cannot address the company by name",
        ));
    }
    for (i, q) in target.questions.iter().enumerate() {
        if q.question.trim().is_empty() {
            found.push(Diagnostic::error(
                format!("questions[{i}].question"),
                "the question is empty",
            ));
        }
    }
    found
}
