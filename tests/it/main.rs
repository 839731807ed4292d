//! The integration tests, as one binary (as ripgrep does): one module per area, each running
//! the real `storyfolio` binary through the helpers in `tests/common/`. One binary links the
//! crate and its dependencies once instead of once per file, and cargo runs all of its tests
//! in parallel.
//!
//! Run one area with `cargo test --test it <module>::`, e.g. `cargo test --test it pdf::`.
//! New integration tests go into a module here, never into a new file directly under tests/.

#[path = "../common/mod.rs"]
mod common;

mod bad_inputs;
mod batch;
#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod binary;
mod check;
mod design;
#[cfg(unix)]
mod doctor;
mod docx;
mod escaping_props;
#[cfg(unix)]
mod exit_codes;
mod export;
mod fuzz_corpus;
mod golden;
mod i18n;
mod init;
mod jsonresume;
mod kill;
#[cfg(unix)]
mod paths;
mod pdf;
mod realworld;
mod plain;
mod refresh;
mod render;
mod scripts;
mod shell;
mod story;
#[cfg(unix)]
mod watch;
mod writing;
