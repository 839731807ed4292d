//! The load stage: read a JSON file (`input`), check it against its JSON Schema (`schema`),
//! then deserialize it into its typed model, with every problem named by file and path.

pub mod input;
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
    /// Warnings (never errors): unknown keys, links that will not be links, ...
    pub warnings: Vec<Diagnostic>,
}

/// Reads, schema-checks and deserializes a document; `extra` adds checks on the typed value.
pub fn load_document<T: serde::de::DeserializeOwned>(
    path: &Path,
    kind: schema::DocumentKind,
    extra: fn(&T) -> Vec<Diagnostic>,
) -> Result<Loaded<T>, LoadError> {
    load_document_bytes(path, &input::read_bytes(path)?, kind, extra)
}

/// `load_document` on content already read; `path` names it in messages.
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
    let mut found = schema::check(kind, &value);
    if found.iter().any(|d| d.is_error()) {
        return Err(invalid(found));
    }
    let document: T = serde_path_to_error::deserialize(value).map_err(|e| {
        // The schema accepted it, so this is a gap between schema and model; still the
        // user's input that triggered it, so say where.
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        invalid(vec![Diagnostic::error(
            path,
            plain_serde_message(&e.into_inner().to_string()),
        )])
    })?;
    found.extend(extra(&document));
    let (errors, warnings): (Vec<_>, Vec<_>) = found.into_iter().partition(|d| d.is_error());
    if !errors.is_empty() {
        return Err(invalid(errors.into_iter().chain(warnings).collect()));
    }
    Ok(Loaded { document, warnings })
}
