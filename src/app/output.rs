//! What a command prints, one way: results on standard output through one writer that takes
//! a closed pipe (`storyfolio coach ... | head -1`) as a normal end, and warnings on standard
//! error, each with the file it is about.

use std::fmt::Display;
use std::io::{ErrorKind, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::app::AppError;
use crate::diagnostics::Diagnostic;

/// Set once the reader of standard output has gone: later output is dropped.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes `bytes` to standard output. When the reader has closed the pipe, the rest of the
/// output is dropped and the command goes on (the files it writes are still its result);
/// any other failure is an error.
pub fn write(bytes: &[u8]) -> Result<(), AppError> {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(e) => Err(AppError::Stdout(e)),
    }
}

/// Writes `text` and a line break to standard output (see `write`).
pub fn line(text: impl Display) -> Result<(), AppError> {
    write(format!("{text}\n").as_bytes())
}

/// Writes one line to standard error. Nothing is left to tell when standard error itself is
/// closed, so a failure there is ignored.
pub fn note(text: impl Display) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Prints the warnings found in the file at `path` on standard error, one per line.
pub fn warnings(path: &Path, warnings: &[Diagnostic]) {
    for w in warnings {
        note(format_args!("{}: {w}", path.display()));
    }
}
