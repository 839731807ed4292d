//! `storyfolio doctor`: one line per check, a fix for each problem, exit 1 only on failures.
//! typst is a fake shell script here, so the tests control its version and its fonts.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::common::files::script;
use crate::common::{stdout, storyfolio};

/// A fake typst answering `--version` with `version` and `fonts` with `fonts`.
fn fake_typst(dir: &Path, version: &str, fonts: &[&str]) -> PathBuf {
    let fonts: String = fonts.iter().map(|f| format!("echo '{f}'; ")).collect();
    script(
        dir,
        "typst",
        &format!("case \"$1\" in --version) echo 'typst {version}';; fonts) {fonts};; esac"),
    )
}

fn doctor(path_dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> std::process::Output {
    storyfolio()
        .env("PATH", path_dir)
        .envs(envs.iter().copied())
        .arg("doctor")
        .args(args)
        .output()
        .unwrap()
}

fn line<'a>(output: &'a str, subject: &str) -> &'a str {
    output
        .lines()
        .find(|l| {
            l.get(6..)
                .is_some_and(|rest| rest.starts_with(&format!("{subject}:")))
        })
        .unwrap_or_else(|| panic!("no `{subject}` line in:\n{output}"))
}

#[test]
fn all_good_with_the_pinned_typst_and_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let typst = fake_typst(dir.path(), "0.15.1", &["DejaVu Sans", "NanumGothic"]);
    let output = doctor(dir.path(), &[], &[("GITHUB_TOKEN", "ghp_s3cr3tvalue")]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        text,
        format!(
            "ok    typst: `{}` is typst 0.15.1\n\
             ok    Hangul font: typst finds NanumGothic\n\
             ok    GitHub token: GITHUB_TOKEN is set (its value is not shown)\n\
             skip  statistics: not checked: pass `--profile FILE` to check its GitHub statistics\n\
             ok    templates: the built-in ones (pass `--templates DIR` to check your own)\n\
             everything storyfolio needs is in place\n",
            typst.display()
        )
    );
    assert!(!String::from_utf8_lossy(&output.stderr).contains("s3cr3t"));
}

#[test]
fn an_old_typst_is_a_warning_with_the_install_command() {
    let dir = tempfile::tempdir().unwrap();
    let typst = fake_typst(dir.path(), "0.14.0", &["NanumGothic"]);
    let output = doctor(dir.path(), &[], &[]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        line(&text, "typst"),
        format!(
            "warn  typst: `{}` is typst 0.14.0, but storyfolio is tested with 0.15.1; install it with `cargo install --locked typst-cli --version 0.15.1`",
            typst.display()
        )
    );
    assert_eq!(
        line(&text, "GitHub token"),
        "warn  GitHub token: neither GITHUB_TOKEN nor GH_TOKEN is set, so `storyfolio refresh` may make only 60 GitHub requests an hour; create a token without scopes at https://github.com/settings/tokens and `export GITHUB_TOKEN=...`"
    );
    assert!(
        text.ends_with("nothing is missing; 2 warning(s) above\n"),
        "{text}"
    );
}

#[test]
fn a_missing_typst_fails_and_says_how_to_install_it() {
    let empty = tempfile::tempdir().unwrap();
    let output = doctor(empty.path(), &[], &[]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(
        line(&text, "typst"),
        "fail  typst: typst was not found (no `typst` on PATH); install it with `cargo install --locked typst-cli --version 0.15.1`, or point to it with `--typst PATH` or STORYFOLIO_TYPST"
    );
    assert_eq!(
        line(&text, "Hangul font"),
        "skip  Hangul font: not checked: typst was not found"
    );
    assert!(
        text.ends_with("1 problem(s) to fix before rendering\n"),
        "{text}"
    );
}

#[test]
fn a_typst_path_that_does_not_exist_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let output = doctor(dir.path(), &["--typst", "/nowhere/typst"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        line(&stdout(&output), "typst"),
        "fail  typst: typst was not found (`/nowhere/typst` does not exist); install it with `cargo install --locked typst-cli --version 0.15.1`, or point to it with `--typst PATH` or STORYFOLIO_TYPST"
    );
}

#[test]
fn the_token_is_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    fake_typst(dir.path(), "0.15.1", &["NanumGothic"]);
    let secret = "github_pat_11ABCDEF0123456789";
    let output = doctor(dir.path(), &[], &[("GH_TOKEN", secret)]);
    let all = format!("{output:?}");
    assert!(!all.contains(secret), "{all}");
    assert_eq!(
        line(&stdout(&output), "GitHub token"),
        "ok    GitHub token: GH_TOKEN is set (its value is not shown)"
    );
}

#[test]
fn no_hangul_font_warns_and_fails_for_a_korean_profile() {
    let dir = tempfile::tempdir().unwrap();
    fake_typst(dir.path(), "0.15.1", &["DejaVu Sans"]);
    let english = doctor(dir.path(), &[], &[]);
    assert_eq!(english.status.code(), Some(0), "{english:?}");
    assert_eq!(
        line(&stdout(&english), "Hangul font"),
        "warn  Hangul font: typst finds no font that covers Hangul, so Korean PDFs would print boxes; install one (Debian: `apt-get install fonts-nanum` or `fonts-noto-cjk`) or pass `--font-path DIR` with a Korean font such as NanumGothic"
    );
    let profile = common::fixture("profile.ko.json");
    let korean = doctor(dir.path(), &["--profile", profile.to_str().unwrap()], &[]);
    assert_eq!(korean.status.code(), Some(1), "{korean:?}");
    assert!(line(&stdout(&korean), "Hangul font").starts_with(
        "fail  Hangul font: the profile is Korean, but typst finds no font that covers Hangul"
    ));
}

#[test]
fn statistics_cache_age_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    fake_typst(dir.path(), "0.15.1", &["NanumGothic"]);
    let profile = dir.path().join("me.json");
    std::fs::write(&profile, "{}").unwrap();
    let cache = dir.path().join("me.github.json");
    let run = || {
        let output = doctor(dir.path(), &["--profile", profile.to_str().unwrap()], &[]);
        line(&stdout(&output), "statistics").to_string()
    };
    assert_eq!(
        run(),
        format!(
            "warn  statistics: no `{}` yet, so the documents show no live GitHub activity; run `storyfolio refresh {}`",
            cache.display(),
            profile.display()
        )
    );
    std::fs::write(&cache, "{}").unwrap();
    assert_eq!(
        run(),
        format!(
            "ok    statistics: `{}` was refreshed today",
            cache.display()
        )
    );
    let file = std::fs::File::options().write(true).open(&cache).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(30 * 24 * 60 * 60 + 60))
        .unwrap();
    assert_eq!(
        run(),
        format!(
            "warn  statistics: `{}` was refreshed 30 days ago; run `storyfolio refresh {}`",
            cache.display(),
            profile.display()
        )
    );
}

#[test]
fn an_unreadable_profile_fails() {
    let dir = tempfile::tempdir().unwrap();
    fake_typst(dir.path(), "0.15.1", &["NanumGothic"]);
    let output = doctor(dir.path(), &["--profile", "missing.json"], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        line(&stdout(&output), "profile"),
        "fail  profile: failed to read `missing.json`: no such file"
    );
}

#[test]
fn a_broken_templates_folder_fails_with_the_template_named() {
    let dir = tempfile::tempdir().unwrap();
    fake_typst(dir.path(), "0.15.1", &["NanumGothic"]);
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("resume.txt.hbs"),
        "{{#if person}}never closed",
    )
    .unwrap();
    let output = doctor(
        dir.path(),
        &["--templates", templates.to_str().unwrap()],
        &[],
    );
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let text = stdout(&output);
    let templates_line = line(&text, "templates");
    assert!(
        templates_line
            .starts_with("fail  templates: template `resume.txt.hbs` has a syntax error:"),
        "{templates_line}"
    );
    assert!(
        templates_line.ends_with("; fix it, or leave out `--templates` to use the built-in ones"),
        "{templates_line}"
    );
    // The excerpt of the template follows, indented under the check.
    assert!(
        text.contains("\n         0 | {{#if person}}never closed\n"),
        "{text}"
    );

    std::fs::write(templates.join("resume.txt.hbs"), "{{person.name}}").unwrap();
    let output = doctor(
        dir.path(),
        &["--templates", templates.to_str().unwrap()],
        &[],
    );
    assert_eq!(
        line(&stdout(&output), "templates"),
        format!(
            "ok    templates: `{}` loads and every template compiles",
            templates.display()
        )
    );
}
