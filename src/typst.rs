//! Finding, checking and running the typst CLI, and reporting what it says.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

mod early;
mod version_cache;

pub use early::{EarlyCompile, EarlyCompiles};
use version_cache::{BinaryKey, VersionCache};

/// The typst version storyfolio is tested with.
pub const PINNED_VERSION: &str = "0.15.1";
/// The command that installs it.
pub const INSTALL_COMMAND: &str = "cargo install --locked typst-cli --version 0.15.1";

/// What went wrong with typst.
#[derive(Debug, thiserror::Error)]
pub enum TypstError {
    #[error("typst was not found ({searched}); install it with `{INSTALL_COMMAND}`, or point to it with `--typst PATH` or STORYFOLIO_TYPST")]
    NotFound { searched: String },
    #[error("failed to run `{command}`: {source}")]
    Spawn {
        command: String,
        source: std::io::Error,
    },
    #[error("`{command} --version` printed an unexpected answer: {answer}")]
    UnknownVersion { command: String, answer: String },
    #[error("typst failed to compile `{typ}` (the generated source is kept there for inspection):\n{diagnostics}")]
    Compile { typ: PathBuf, diagnostics: String },
    #[error("this document contains Hangul, but typst finds no font that covers it, so it would print boxes; install one (Debian: `apt-get install fonts-nanum` or `fonts-noto-cjk`) or pass `--font-path DIR` with a Korean font such as NanumGothic")]
    NoHangulFont,
    #[error("failed to move the compiled PDF into `{path}`: {source}")]
    Publish {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The families one typst lists with one set of font folders.
type FontListing = (PathBuf, Vec<PathBuf>, Arc<Vec<String>>);

/// A located typst binary and its version.
#[derive(Debug, Clone)]
pub struct Typst {
    pub path: PathBuf,
    pub version: String,
    font_paths: Vec<PathBuf>,
}

impl Typst {
    /// Finds typst: `explicit` (`--typst`), then `$STORYFOLIO_TYPST`, then `PATH`; and reads its
    /// version, remembered per build of the binary so that most runs start no `typst --version`.
    pub fn locate(explicit: Option<&Path>, font_paths: &[PathBuf]) -> Result<Typst, TypstError> {
        let from_env = std::env::var_os("STORYFOLIO_TYPST")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let (path, searched) = match (explicit, from_env) {
            (Some(p), _) => (
                Some(p.to_path_buf()).filter(|p| p.is_file()),
                format!("`{}` does not exist", p.display()),
            ),
            (None, Some(p)) => {
                let exists = p.is_file();
                (
                    exists.then_some(p.clone()),
                    format!("STORYFOLIO_TYPST=`{}` does not exist", p.display()),
                )
            }
            (None, None) => (which::which("typst").ok(), "no `typst` on PATH".to_string()),
        };
        let path = path.ok_or(TypstError::NotFound { searched })?;
        let version = version_of(&path, VersionCache::user().as_ref())?;
        Ok(Typst {
            path,
            version,
            font_paths: font_paths.to_vec(),
        })
    }

    /// A warning when this typst is not the version storyfolio is tested with.
    pub fn version_warning(&self) -> Option<String> {
        (self.version != PINNED_VERSION).then(|| {
            format!(
                "warning: `{}` is typst {}; storyfolio is tested with {PINNED_VERSION} (`{INSTALL_COMMAND}`); continuing",
                self.path.display(),
                self.version
            )
        })
    }

    fn command(&self, subcommand: &str) -> Command {
        let mut command = Command::new(&self.path);
        command.arg(subcommand);
        for dir in &self.font_paths {
            let mut arg = OsString::from("--font-path=");
            arg.push(dir);
            command.arg(arg);
        }
        // Reproducible output and no influence from the caller's typst settings.
        command
            .env_remove("TYPST_ROOT")
            .env_remove("TYPST_FONT_PATHS")
            .env_remove("SOURCE_DATE_EPOCH");
        die_with_parent(&mut command);
        command
    }

    /// The font families typst finds (`typst fonts`: embedded, system and `--font-path`
    /// fonts), listed once per process for each typst and set of font folders.
    pub fn font_families(&self) -> Result<Arc<Vec<String>>, TypstError> {
        static LISTED: Mutex<Vec<FontListing>> = Mutex::new(Vec::new());
        let mut listed = LISTED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, _, families)) = listed
            .iter()
            .find(|(path, fonts, _)| *path == self.path && *fonts == self.font_paths)
        {
            return Ok(families.clone());
        }
        let output = self
            .command("fonts")
            .output()
            .map_err(|source| TypstError::Spawn {
                command: format!("{} fonts", self.path.display()),
                source,
            })?;
        let families: Arc<Vec<String>> = Arc::new(
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect(),
        );
        listed.push((self.path.clone(), self.font_paths.clone(), families.clone()));
        Ok(families)
    }

    /// The font family to use for Hangul, or `NoHangulFont`.
    pub fn hangul_font(&self) -> Result<String, TypstError> {
        let families = self.font_families()?;
        let mut usage = crate::scripts::Usage::default();
        usage.add_text("한", "");
        crate::scripts::choose(&usage, &families, None)
            .families
            .into_iter()
            .next()
            .ok_or(TypstError::NoHangulFont)
    }

    /// Compiles `typ` into the PDF `pdf`, allowing reads only below `root`. The PDF is
    /// written to a temp file beside `pdf` and renamed over it once complete.
    pub fn compile(&self, typ: &Path, pdf: &Path, root: &Path) -> Result<(), TypstError> {
        let publish_error = |source| TypstError::Publish {
            path: pdf.to_path_buf(),
            source,
        };
        let temp = crate::atomic::temp_beside(pdf).map_err(publish_error)?;
        self.run_compile(typ, temp.path(), root, &["--format", "pdf"])?;
        publish_pdf(temp, pdf)
    }

    /// Compiles `typ` to one PNG per page at `ppi` pixels per inch, named by `pattern`
    /// (`dir/resume-{p}.png`: typst puts the page number in place of `{p}`).
    pub fn compile_png(
        &self,
        typ: &Path,
        pattern: &Path,
        root: &Path,
        ppi: u32,
    ) -> Result<(), TypstError> {
        let ppi = ppi.to_string();
        self.run_compile(typ, pattern, root, &["--format", "png", "--ppi", &ppi])
    }

    /// Runs `typst compile` with `args`; its diagnostics become the error when it fails.
    fn run_compile(
        &self,
        typ: &Path,
        output: &Path,
        root: &Path,
        args: &[&str],
    ) -> Result<(), TypstError> {
        let result = self
            .command("compile")
            .arg("--root")
            .arg(root)
            .args(args)
            .args(["--diagnostic-format", "human"])
            .arg(typ)
            .arg(output)
            .output()
            .map_err(|source| TypstError::Spawn {
                command: format!("{} compile", self.path.display()),
                source,
            })?;
        if !result.status.success() {
            let mut diagnostics = String::from_utf8_lossy(&result.stderr).trim().to_string();
            if diagnostics.is_empty() {
                diagnostics = format!("typst exited with {}", result.status);
            }
            return Err(TypstError::Compile {
                typ: typ.to_path_buf(),
                diagnostics,
            });
        }
        Ok(())
    }
}

/// Renames the PDF typst wrote into `temp` over `pdf`, readable by all as a PDF typst
/// writes itself would be.
fn publish_pdf(temp: tempfile::NamedTempFile, pdf: &Path) -> Result<(), TypstError> {
    let publish_error = |source| TypstError::Publish {
        path: pdf.to_path_buf(),
        source,
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o644))
            .map_err(publish_error)?;
    }
    temp.persist(pdf).map_err(|e| publish_error(e.error))?;
    Ok(())
}

/// The version of the typst at `path`: remembered in `cache` for this very build of the
/// binary, else asked with `typst --version` (and remembered).
fn version_of(path: &Path, cache: Option<&VersionCache>) -> Result<String, TypstError> {
    let key = cache.and_then(|_| BinaryKey::of(path));
    if let (Some(cache), Some(key)) = (cache, &key) {
        if let Some(version) = cache.lookup(key) {
            return Ok(version);
        }
    }
    let command = path.display().to_string();
    let output = Command::new(path)
        .arg("--version")
        .output()
        .map_err(|source| TypstError::Spawn {
            command: command.clone(),
            source,
        })?;
    let answer = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let version = answer
        .strip_prefix("typst ")
        .and_then(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .ok_or(TypstError::UnknownVersion {
            command,
            answer: answer.clone(),
        })?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.store(key, &version);
    }
    Ok(version)
}

/// One position marker a template placed for page fitting (`<sf-fit>`).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct FitMarker {
    /// `start`, `entry` or `end`.
    pub kind: String,
    /// The JSON path of the entry (`projects[3]`), for `entry` markers.
    #[serde(default)]
    pub path: String,
    #[serde(default = "first_page")]
    pub page: usize,
    /// Distance from the top of its page, in points.
    pub y: f64,
    /// The page height in points (on the `start` marker).
    #[serde(default)]
    pub height: f64,
}

fn first_page() -> usize {
    1
}

impl Typst {
    /// The `<sf-fit>` markers of `typ` with their laid-out positions (`typst eval` with a
    /// query; one layout, no PDF). A template without markers gives an empty list.
    pub fn fit_markers(&self, typ: &Path, root: &Path) -> Result<Vec<FitMarker>, TypstError> {
        let output = self
            .command("eval")
            .arg("query(<sf-fit>).map(it => it.value)")
            .arg("--in")
            .arg(typ)
            .arg("--root")
            .arg(root)
            .args(["--format", "json"])
            .output()
            .map_err(|source| TypstError::Spawn {
                command: format!("{} eval", self.path.display()),
                source,
            })?;
        if !output.status.success() {
            let diagnostics = String::from_utf8_lossy(&output.stderr).trim().to_string();
            return Err(TypstError::Compile {
                typ: typ.to_path_buf(),
                diagnostics,
            });
        }
        // Markers come from storyfolio's own templates; anything else (a user's template
        // without them) simply means "no measurements".
        Ok(serde_json::from_slice(&output.stdout).unwrap_or_default())
    }
}

/// How many of the items in `drop_order` (JSON paths, weakest first) must go for the content
/// measured by `markers` to fit in `pages` pages; `None` when the markers cannot tell.
pub fn drops_to_fit(markers: &[FitMarker], drop_order: &[&str], pages: usize) -> Option<usize> {
    let start = markers.iter().find(|m| m.kind == "start")?;
    let top = start.y;
    // Our templates use equal top and bottom margins.
    let usable = start.height - 2.0 * top;
    if usable <= 0.0 {
        return None;
    }
    let offset = |m: &FitMarker| (m.page.saturating_sub(1)) as f64 * usable + (m.y - top);
    let end = offset(markers.iter().find(|m| m.kind == "end")?);
    // A little slack: a line's worth, since removing an entry also removes its spacing.
    let overflow = end - pages as f64 * usable + 12.0;
    if overflow <= 12.0 {
        return Some(0);
    }
    let mut entries: Vec<(f64, &str)> = markers
        .iter()
        .filter(|m| m.kind == "entry")
        .map(|m| (offset(m), m.path.as_str()))
        .collect();
    entries.sort_by(|a, b| a.0.total_cmp(&b.0));
    let height = |path: &str| -> f64 {
        let Some(i) = entries.iter().position(|(_, p)| *p == path) else {
            return 0.0;
        };
        let next = entries.get(i + 1).map_or(end, |(o, _)| *o);
        next - entries[i].0
    };
    let mut freed = 0.0;
    for (k, path) in drop_order.iter().enumerate() {
        freed += height(path);
        if freed >= overflow {
            return Some(k + 1);
        }
    }
    Some(drop_order.len())
}

/// How many pages each section's entries take (`work`, `publications`: the JSON list the
/// entries' paths name), largest first. An entry reaches to the next entry or the end, so
/// short sections between measured ones count with the entry before them.
pub fn pages_by_section(markers: &[FitMarker]) -> Vec<(String, f64)> {
    let (Some(start), Some(end)) = (
        markers.iter().find(|m| m.kind == "start"),
        markers.iter().find(|m| m.kind == "end"),
    ) else {
        return Vec::new();
    };
    let usable = start.height - 2.0 * start.y;
    if usable <= 0.0 {
        return Vec::new();
    }
    let offset = |m: &FitMarker| (m.page.saturating_sub(1)) as f64 * usable + (m.y - start.y);
    let mut entries: Vec<(f64, &str)> = markers
        .iter()
        .filter(|m| m.kind == "entry")
        .map(|m| (offset(m), m.path.split('[').next().unwrap_or_default()))
        .collect();
    entries.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut sections: Vec<(String, f64)> = Vec::new();
    for (i, (at, section)) in entries.iter().enumerate() {
        let next = entries.get(i + 1).map_or(offset(end), |(o, _)| *o);
        let pages = (next - at).max(0.0) / usable;
        match sections.iter_mut().find(|(s, _)| s == section) {
            Some((_, total)) => *total += pages,
            None => sections.push((section.to_string(), pages)),
        }
    }
    sections.sort_by(|a, b| b.1.total_cmp(&a.1));
    sections
}

/// How many pages the content measured by `markers` takes, as a fraction ("2.4").
pub fn content_pages(markers: &[FitMarker]) -> Option<f64> {
    let start = markers.iter().find(|m| m.kind == "start")?;
    let end = markers.iter().find(|m| m.kind == "end")?;
    let usable = start.height - 2.0 * start.y;
    if usable <= 0.0 {
        return None;
    }
    let length = (end.page.saturating_sub(1)) as f64 * usable + (end.y - start.y);
    Some(length / usable)
}

/// On Linux, typst is killed when the thread that started it ends, so a storyfolio killed
/// mid-render (SIGKILL cannot be caught) leaves no compiler running that would write a temp
/// file after the next run has cleaned up.
#[cfg(target_os = "linux")]
fn die_with_parent(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs in the forked child before exec and calls only prctl,
    // getppid and kill, which are async-signal-safe; it allocates nothing.
    let parent = unsafe { libc::getpid() };
    unsafe {
        command.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The parent may have died between fork and prctl: then nobody would signal us.
            if libc::getppid() != parent {
                libc::kill(libc::getpid(), libc::SIGKILL);
            }
            Ok(())
        });
    }
}

/// Elsewhere typst outlives a killed storyfolio; its temp file is removed by the next run.
#[cfg(not(target_os = "linux"))]
fn die_with_parent(_command: &mut Command) {}

/// The number of pages of a PDF file.
/// Reads only the cross-reference table and the page tree's count, not every object.
pub fn page_count(pdf: &Path) -> Option<usize> {
    lopdf::Document::load_metadata(pdf)
        .ok()
        .map(|meta| meta.page_count as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(kind: &str, path: &str, page: usize, y: f64) -> FitMarker {
        FitMarker {
            kind: kind.into(),
            path: path.into(),
            page,
            y,
            height: 800.0,
        }
    }

    #[test]
    fn drops_enough_of_the_weakest_to_fit() {
        // Pages hold 700pt (800 - 2 x 50); the content ends 150pt into page 2.
        let markers = [
            marker("start", "", 1, 50.0),
            marker("entry", "projects[0]", 1, 100.0),
            marker("entry", "projects[1]", 1, 300.0),
            marker("entry", "projects[2]", 1, 600.0),
            marker("end", "", 2, 200.0),
        ];
        // projects[2] is 250pt tall (600 -> 150 on page 2): enough on its own.
        assert_eq!(
            drops_to_fit(&markers, &["projects[2]", "projects[1]"], 1),
            Some(1)
        );
        // projects[1] alone is 300pt but the overflow is 162pt: also one.
        assert_eq!(
            drops_to_fit(&markers, &["projects[1]", "projects[2]"], 1),
            Some(1)
        );
        assert_eq!(drops_to_fit(&markers, &["projects[0]"], 2), Some(0));
        // 700pt on page 1 and 150pt on page 2.
        let pages = content_pages(&markers).unwrap();
        assert!((pages - 850.0 / 700.0).abs() < 1e-9, "{pages}");
        // The projects run from 50pt into page 1 to the end: 800pt.
        let sections = pages_by_section(&markers);
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].0, "projects");
        assert!((sections[0].1 - 800.0 / 700.0).abs() < 1e-9, "{sections:?}");
        assert_eq!(
            drops_to_fit(&markers[1..], &["projects[0]"], 1),
            None,
            "no start marker"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_version_is_asked_once_per_build_of_the_binary() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let calls = dir.path().join("calls");
        let typst = dir.path().join("typst");
        std::fs::write(
            &typst,
            format!(
                "#!/bin/sh\necho called >> '{}'\necho 'typst 0.15.1 (abc)'\n",
                calls.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&typst, std::fs::Permissions::from_mode(0o755)).unwrap();
        let cache = VersionCache::at(dir.path().join("typst-versions"));
        for _ in 0..3 {
            assert_eq!(version_of(&typst, Some(&cache)).unwrap(), "0.15.1");
        }
        let asked = || std::fs::read_to_string(&calls).unwrap().lines().count();
        assert_eq!(asked(), 1);
        // Without a cache, typst is asked every time.
        version_of(&typst, None).unwrap();
        assert_eq!(asked(), 2);
    }

    #[test]
    fn pages_are_counted_from_the_page_tree() {
        let dir = tempfile::tempdir().unwrap();
        let typ = dir.path().join("three.typ");
        let pdf = dir.path().join("three.pdf");
        std::fs::write(&typ, "One #pagebreak() Two #pagebreak() Three").unwrap();
        let typst = Typst::locate(None, &[]).expect("typst is installed for the tests");
        typst.compile(&typ, &pdf, dir.path()).unwrap();
        assert_eq!(page_count(&pdf), Some(3));
        assert_eq!(page_count(&typ), None, "not a PDF");
    }
}
