//! The load stage: read a JSON file (`input`), check it against its JSON Schema (`schema`),
//! then deserialize it into its typed model, with every problem named by file and path.

pub mod input;
pub mod lenient;
pub mod schema;

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

pub use input::{parse_json_object, read_json_object, type_name, InputError, MAX_INPUT_BYTES};
pub use schema::DocumentKind;

/// Why a profile or target could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Input(#[from] InputError),
    /// Parsed, but not JSON Resume at all (a FRESH resume, an app's own resume JSON).
    #[error("`{path}` {why}")]
    NotJsonResume { path: PathBuf, why: String },
    #[error("`{path}` is not a valid {noun}:\n{}", list(.diagnostics))]
    Invalid {
        path: PathBuf,
        noun: &'static str,
        diagnostics: Vec<Diagnostic>,
    },
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// serde's message with Rust type names said as a reader says them.
fn plain_serde_message(message: &str) -> String {
    message
        .replace(
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        )
        .replace("floating point", "the number")
}

/// A loaded document and the warnings found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub document: T,
    /// Warnings (never errors): deviations read leniently, unknown keys, links that will not
    /// be links, ...
    pub warnings: Vec<Diagnostic>,
    /// The document as read: every key of the file, the user's own included, with the
    /// deviations read leniently written the JSON Resume 1.0 way. `export` starts from it.
    pub source: serde_json::Value,
    /// What JSON Resume's own validator rejects in the file as written (profiles only);
    /// `validate` reports these, the other commands read them leniently.
    pub json_resume_errors: Vec<Diagnostic>,
}

/// Reads, schema-checks and deserializes a document; `extra` adds checks on the typed value.
pub fn load_document<T: serde::de::DeserializeOwned>(
    path: &Path,
    kind: schema::DocumentKind,
    extra: fn(&T) -> Vec<Diagnostic>,
) -> Result<Loaded<T>, LoadError> {
    load_document_bytes(path, &input::read_bytes(path)?, kind, extra)
}

/// `load_document` on content already read; `path` names it in messages. The order is the
/// point: the lenient reading first (so real files load), then the schema check of what was
/// read, then storyfolio's own keys that still fail it set aside, then the typed model.
pub fn load_document_bytes<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    kind: schema::DocumentKind,
    extra: fn(&T) -> Vec<Diagnostic>,
) -> Result<Loaded<T>, LoadError> {
    let value = parse_json_object(path, bytes)?;
    let invalid = |diagnostics| LoadError::Invalid {
        path: path.to_path_buf(),
        noun: kind.noun(),
        diagnostics,
    };
    let (json_resume_errors, read) =
        match kind {
            DocumentKind::Profile => {
                let errors = schema::check_json_resume(&value);
                let file = path.display().to_string();
                let read = lenient::read_profile(value, schema::schema_value(kind), &file)
                    .map_err(|why| LoadError::NotJsonResume {
                        path: path.to_path_buf(),
                        why,
                    })?;
                (errors, read)
            }
            DocumentKind::Target => (Vec::new(), lenient::read(value, schema::schema_value(kind))),
        };
    let mut source = read.document;
    let mut found = schema::check(kind, &source);
    // A finding where the lenient reading already spoke is that reading's to explain.
    found.retain(|d| d.is_error() || !read.warnings.iter().any(|r| r.path == d.path));
    let set_aside = match kind {
        DocumentKind::Profile => lenient::aside::set_aside(&mut source, &mut found, &read.warnings),
        DocumentKind::Target => Vec::new(),
    };
    let mut warnings = read.warnings;
    if found.iter().any(|d| d.is_error()) {
        warnings.extend(found);
        return Err(invalid(errors_first(warnings)));
    }
    let document: T = serde_path_to_error::deserialize(&source).map_err(|e| {
        // The schema accepted it, so this is a gap between schema and model; still the
        // user's input that triggered it, so say where.
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        invalid(vec![Diagnostic::error(
            path,
            plain_serde_message(&e.into_inner().to_string()),
        )])
    })?;
    lenient::aside::restore(&mut source, set_aside);
    warnings.extend(found);
    warnings.extend(extra(&document));
    if warnings.iter().any(|d| d.is_error()) {
        return Err(invalid(errors_first(warnings)));
    }
    Ok(Loaded {
        document,
        warnings,
        source,
        json_resume_errors,
    })
}

/// Errors, then warnings, each in the order found.
fn errors_first(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let (errors, warnings): (Vec<_>, Vec<_>) = found.into_iter().partition(|d| d.is_error());
    errors.into_iter().chain(warnings).collect()
}
