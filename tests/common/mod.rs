//! Helpers shared by the integration tests (`tests/it/`), one module per job.
//!
//! - [`run`]: the storyfolio binary in a scrubbed environment, and its output as text;
//! - [`files`]: repository files, fixtures, JSON written to temp folders, folder listings;
//! - [`pdf`] and [`docx`]: reading back the documents storyfolio writes;
//! - [`export`]: checking a JSON Resume export (valid, every key kept, stable);
//! - [`server`] and [`github`]: a loopback HTTP server and the GitHub look-alike on it;
//! - [`rng`]: a replayable random generator;
//! - [`assert`]: assertions with the whole text in the failure message.

pub mod assert;
pub mod docx;
pub mod export;
pub mod files;
pub mod github;
pub mod pdf;
pub mod rng;
pub mod run;
pub mod server;

pub use assert::assert_contains_all;
pub use files::{bundled, fixture, is_temp_name, repo, root, snapshot, write_json, EXAMPLE_PAIRS};
pub use run::{command, has_program, stderr, stdout, storyfolio, ALL_DOCS};
