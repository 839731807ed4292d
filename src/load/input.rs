//! Reading one JSON input file into a `serde_json::Value`, with one clear line for every way it can fail.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The largest input accepted. A real profile is a few kilobytes; this leaves room for
/// generated ones while keeping memory bounded.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// Why an input file could not be read as JSON.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("failed to read `{path}`: no such file")]
    Missing { path: PathBuf },
    #[error("failed to read `{path}`: it is a directory, not a JSON file")]
    Directory { path: PathBuf },
    #[error("failed to read `{path}`: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("failed to read `{path}`: the file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("failed to read `{path}`: the file is empty; expected a JSON object")]
    Empty { path: PathBuf },
    #[error("failed to read `{path}`: not UTF-8 text (invalid byte at offset {offset}); save the file as UTF-8")]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("failed to parse `{path}` at line {line}, column {column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("failed to parse `{path}`: expected a JSON object at the top level, found {found}")]
    NotObject { path: PathBuf, found: &'static str },
}

/// Reads `path` as a JSON object. A UTF-8 byte-order mark is accepted and dropped.
pub fn read_json_object(path: &Path) -> Result<Value, InputError> {
    parse_json_object(path, &read_bytes(path)?)
}

/// Parses the content of a file as a JSON object; `path` names it in messages. A UTF-8
/// byte-order mark is accepted and dropped. Used on its own by the fuzz targets.
pub fn parse_json_object(path: &Path, bytes: &[u8]) -> Result<Value, InputError> {
    let text = utf8_text(path, bytes)?;
    let value: Value = serde_json::from_str(text).map_err(|e| InputError::Syntax {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: syntax_message(&e),
    })?;
    if !value.is_object() {
        return Err(InputError::NotObject {
            path: path.to_path_buf(),
            found: type_name(&value),
        });
    }
    Ok(value)
}

/// The bytes of `path`, refused when it is missing, not a file, or larger than `MAX_INPUT_BYTES`.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, InputError> {
    let owned = || path.to_path_buf();
    let meta = fs::metadata(path).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => InputError::Missing { path: owned() },
        _ => InputError::Io {
            path: owned(),
            source,
        },
    })?;
    if meta.is_dir() {
        return Err(InputError::Directory { path: owned() });
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            path: owned(),
            size: meta.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    // `meta.len()` is at most MAX_INPUT_BYTES here, so the capacity is bounded.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|source| InputError::Io {
            path: owned(),
            source,
        })?;
    Ok(bytes)
}

fn utf8_text<'b>(path: &Path, bytes: &'b [u8]) -> Result<&'b str, InputError> {
    let owned = || path.to_path_buf();
    // A device or pipe reports no size up front (`/dev/zero` says 0): measure what was read.
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError::TooLarge {
            path: owned(),
            size: bytes.len() as u64,
            limit: MAX_INPUT_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        path: owned(),
        offset: e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(InputError::Empty { path: owned() });
    }
    Ok(text)
}

/// How deep serde_json lets arrays and objects nest before it gives up.
const MAX_NESTING: usize = 128;

/// serde_json's message without its own " at line X column Y" suffix, which we print
/// ourselves, and with its terse "recursion limit exceeded" explained.
fn syntax_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    // `rfind` returns a char boundary, so the slice cannot panic.
    let message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    };
    if message == "recursion limit exceeded" {
        format!("arrays and objects are nested more than {MAX_NESTING} levels deep")
    } else {
        message
    }
}

/// A JSON type as a user reads it: "a string", "null".
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn bom_is_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "p.json", b"\xEF\xBB\xBF{\"a\": 1}");
        assert_eq!(read_json_object(&path).unwrap()["a"], 1);
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "p.json", b"{\n  \"a\": 1,\n  \"b\" 2\n}");
        let err = read_json_object(&path).unwrap_err().to_string();
        assert!(err.ends_with("at line 3, column 7: expected `:`"), "{err}");
    }

    #[test]
    fn deep_nesting_is_refused_with_its_limit() {
        let dir = tempfile::tempdir().unwrap();
        let deep = format!("{{\"a\": {}1{}}}", "[".repeat(10_000), "]".repeat(10_000));
        let path = write(&dir, "deep.json", deep.as_bytes());
        let err = read_json_object(&path).unwrap_err().to_string();
        assert!(
            err.ends_with(
                "at line 1, column 133: arrays and objects are nested more than 128 levels deep"
            ),
            "{err}"
        );
        let fine = format!("{{\"a\": {}1{}}}", "[".repeat(100), "]".repeat(100));
        let path = write(&dir, "fine.json", fine.as_bytes());
        assert!(read_json_object(&path).is_ok());
    }

    #[test]
    fn empty_non_utf8_and_non_object_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let empty = write(&dir, "e.json", b"  \n");
        assert!(matches!(
            read_json_object(&empty),
            Err(InputError::Empty { .. })
        ));
        let latin1 = write(&dir, "l.json", b"{\"a\": \"caf\xE9\"}");
        assert!(matches!(
            read_json_object(&latin1),
            Err(InputError::NotUtf8 { offset: 10, .. })
        ));
        let list = write(&dir, "a.json", b"[1]");
        assert!(matches!(
            read_json_object(&list),
            Err(InputError::NotObject {
                found: "an array",
                ..
            })
        ));
        assert!(matches!(
            read_json_object(dir.path()),
            Err(InputError::Directory { .. })
        ));
        assert!(matches!(
            read_json_object(&dir.path().join("none.json")),
            Err(InputError::Missing { .. })
        ));
    }
}
