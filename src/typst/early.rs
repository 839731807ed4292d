//! A `typst compile` started before its source is written, so that typst's start-up (most of
//! it is finding the system's fonts) runs while storyfolio builds the story and the source.
//!
//! typst reads every source file before it looks for fonts, so a main file that is only
//! written later (or a pipe as the main file) would make it wait before that work. The main
//! file is therefore a fixed stub which, at layout time, measures a dot (which makes typst
//! load its fonts) and only then includes the real source, read from typst's standard input
//! through a link to `/dev/stdin`. The link and the stub sit in `.build/` beside the drafts,
//! so the source's relative paths mean what they mean in the draft.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Stdio};

use super::{Typst, TypstError};

/// The link to typst's standard input, beside the drafts.
const STDIN_LINK: &str = "stdin.typ";
/// The stub typst compiles: fonts first, then the source from standard input.
const STUB: &str = "early.typ";
const STUB_SOURCE: &str = "#context { let _ = measure[.]; include \"stdin.typ\" }\n";

/// A running `typst compile` waiting for its source on standard input.
pub struct EarlyCompile {
    child: Child,
    stdin: Option<ChildStdin>,
    /// Where typst writes the PDF, renamed over `pdf` once it succeeded.
    output: Option<tempfile::NamedTempFile>,
    pdf: PathBuf,
    /// `…/typst compile`, as errors name it.
    command: String,
}

impl Typst {
    /// Starts compiling into the PDF `pdf` a source that `finish` will give, with the stub
    /// and the link made in `build` (a folder made by `atomic::scratch_dir`) and reads
    /// allowed only below `root`. `None` where it cannot start (no `/dev/stdin`, a folder
    /// that cannot be written): the caller then compiles as usual, so nothing is lost.
    pub fn start_compile(&self, build: &Path, pdf: &Path, root: &Path) -> Option<EarlyCompile> {
        if !cfg!(unix) || !Path::new("/dev/stdin").exists() {
            return None;
        }
        let stub = build.join(STUB);
        let link = build.join(STDIN_LINK);
        prepare(&stub, &link).ok()?;
        let output = crate::atomic::temp_beside(pdf).ok()?;
        let child = self
            .command("compile")
            .arg("--root")
            .arg(root)
            .args(["--format", "pdf", "--diagnostic-format", "human"])
            .arg(&stub)
            .arg(output.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        let mut early = EarlyCompile {
            child,
            stdin: None,
            output: Some(output),
            pdf: pdf.to_path_buf(),
            command: format!("{} compile", self.path.display()),
        };
        early.stdin = early.child.stdin.take();
        Some(early)
    }
}

/// Writes the stub and links `link` to `/dev/stdin`, unless they are there already.
fn prepare(stub: &Path, link: &Path) -> std::io::Result<()> {
    if std::fs::read(stub).ok().as_deref() != Some(STUB_SOURCE.as_bytes()) {
        crate::atomic::write_scratch(stub, STUB_SOURCE.as_bytes())?;
    }
    if std::fs::read_link(link).ok().as_deref() != Some(Path::new("/dev/stdin")) {
        if link.symlink_metadata().is_ok() {
            std::fs::remove_file(link)?;
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink("/dev/stdin", link)?;
    }
    Ok(())
}

impl EarlyCompile {
    /// Gives typst `source` (also written at `typ`, the draft a failure points to) and
    /// waits for the PDF.
    pub fn finish(mut self, source: &str, typ: &Path) -> Result<(), TypstError> {
        if let Some(mut stdin) = self.stdin.take() {
            // A typst that already failed closed its end: its message says why.
            let _ = stdin.write_all(source.as_bytes());
        }
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
        }
        let status = self.child.wait().map_err(|source| TypstError::Spawn {
            command: self.command.clone(),
            source,
        })?;
        if !status.success() {
            let draft = typ.file_name().unwrap_or_default().to_string_lossy();
            let mut diagnostics = as_the_drafts(&stderr, &draft);
            if diagnostics.is_empty() {
                diagnostics = format!("typst exited with {status}");
            }
            return Err(TypstError::Compile {
                typ: typ.to_path_buf(),
                diagnostics,
            });
        }
        match self.output.take() {
            Some(output) => super::publish_pdf(output, &self.pdf),
            None => Ok(()),
        }
    }
}

/// typst's messages about the source it read through the link, as if it had compiled the
/// draft `draft` (the same text): the link's name becomes the draft's, and the note that
/// the stub included it goes.
fn as_the_drafts(stderr: &str, draft: &str) -> String {
    let trace = format!("while including `{STDIN_LINK}`");
    let mut lines: Vec<String> = Vec::new();
    let mut in_trace = false;
    for line in stderr.trim().lines() {
        if line.trim_start().starts_with(&trace) {
            // The trace's blank line before it, and its quoted stub line after it.
            if lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            in_trace = true;
            continue;
        }
        if in_trace && line.starts_with("    ") && line.contains(STDIN_LINK) {
            in_trace = false;
            continue;
        }
        in_trace = false;
        lines.push(line.replace(STDIN_LINK, draft));
    }
    lines.join("\n").trim().to_string()
}

/// The PDFs of one render, started early in one output folder, each taken by its first
/// compile.
pub struct EarlyCompiles {
    out: PathBuf,
    compiles: Vec<(String, EarlyCompile)>,
    /// Whether a compile was taken: until then the render has written nothing.
    taken: bool,
    /// The folders made for the stub, removed again (when empty) if the render fails before
    /// it compiles anything, so that a failed render leaves no trace.
    made: Vec<PathBuf>,
}

impl EarlyCompiles {
    /// Starts typst on the PDF of every stem (`resume`) in `out/.build/`.
    pub fn start<'s>(typst: &Typst, out: &Path, stems: impl IntoIterator<Item = &'s str>) -> Self {
        let build = out.join(".build");
        let made: Vec<PathBuf> = build
            .ancestors()
            .take_while(|dir| !dir.as_os_str().is_empty() && dir.symlink_metadata().is_err())
            .map(Path::to_path_buf)
            .collect();
        let mut early = EarlyCompiles {
            out: out.to_path_buf(),
            compiles: Vec::new(),
            taken: false,
            made,
        };
        if crate::atomic::scratch_dir(&build).is_ok() {
            for stem in stems {
                let pdf = build.join(format!("{stem}.pdf"));
                if let Some(compile) = typst.start_compile(&build, &pdf, out) {
                    early.compiles.push((stem.to_string(), compile));
                }
            }
        }
        early
    }

    /// No compile started early, in `out`.
    pub fn none(out: &Path) -> Self {
        EarlyCompiles {
            out: out.to_path_buf(),
            compiles: Vec::new(),
            taken: false,
            made: Vec::new(),
        }
    }

    /// Whether these compiles write into `out`.
    pub fn writes_into(&self, out: &Path) -> bool {
        self.out == out
    }

    /// The compile started on `stem`, unless it was taken already.
    pub fn take(&mut self, stem: &str) -> Option<EarlyCompile> {
        let at = self.compiles.iter().position(|(s, _)| s == stem)?;
        self.taken = true;
        Some(self.compiles.swap_remove(at).1)
    }
}

impl Drop for EarlyCompiles {
    fn drop(&mut self) {
        // Stopped first, so that nothing holds the stub or writes a PDF any more.
        self.compiles.clear();
        if !self.taken && !self.made.is_empty() {
            let build = self.out.join(".build");
            let _ = std::fs::remove_file(build.join(STUB));
            let _ = std::fs::remove_file(build.join(STDIN_LINK));
            for dir in &self.made {
                let _ = std::fs::remove_dir(dir);
            }
        }
    }
}

impl Drop for EarlyCompile {
    /// A compile never given its source (the render failed first) is stopped.
    fn drop(&mut self) {
        if self.stdin.is_some() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_draft_and_not_the_stub() {
        let stderr = "error: unknown variable: foo\n  ┌─ .build/stdin.typ:1:7\n  │\n1 │ hello #foo(1)\n  │        ^^^\n\n  while including `stdin.typ` at .build/early.typ:1:31\n    include \"stdin.typ\"\n\nerror: unclosed delimiter\n  ┌─ .build/stdin.typ:3:9\n\n  while including `stdin.typ` at .build/early.typ:1:31\n    include \"stdin.typ\"\n";
        assert_eq!(
            as_the_drafts(stderr, "resume.typ"),
            "error: unknown variable: foo\n  ┌─ .build/resume.typ:1:7\n  │\n1 │ hello #foo(1)\n  │        ^^^\n\nerror: unclosed delimiter\n  ┌─ .build/resume.typ:3:9"
        );
    }

    #[test]
    fn the_stub_loads_fonts_before_it_reads_the_source() {
        let measure = STUB_SOURCE.find("measure").unwrap();
        let include = STUB_SOURCE
            .find(&format!("include \"{STDIN_LINK}\""))
            .unwrap();
        assert!(measure < include, "{STUB_SOURCE}");
    }
}
