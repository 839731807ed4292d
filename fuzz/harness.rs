//! What the fuzz targets run, shared with `tests/it/fuzz_corpus.rs`, which replays the corpus
//! and every crash found on the stable toolchain. Each function takes the bytes of one
//! input file; it may refuse them with an error but must never panic.

#![allow(dead_code)] // each fuzz target uses one of these functions

use std::collections::BTreeMap;
use std::path::Path;

use storyfolio::knowledge::Knowledge;
use storyfolio::load::DocumentKind;
use storyfolio::load::{load_document_bytes, LoadError};
use storyfolio::profile::{Lang, Profile};
use storyfolio::render::{DocKind, Format, Renderer};
use storyfolio::story::{Inputs, Story};
use storyfolio::target::Target;
use storyfolio::view::{self, ViewOptions};

const EXAMPLE_PROFILE: &[u8] = include_bytes!("../profiles/example.json");
const EXAMPLE_TARGET: &[u8] = include_bytes!("../profiles/targets/shopmind.json");

/// Loads `data` as a profile: read, schema-checked, typed, checked.
pub fn load_profile(data: &[u8]) -> Result<Profile, LoadError> {
    load_document_bytes(
        Path::new("fuzz.json"),
        data,
        DocumentKind::Profile,
        storyfolio::profile::check,
    )
    .map(|l| l.document)
}

/// Loads `data` as a target.
pub fn load_target(data: &[u8]) -> Result<Target, LoadError> {
    load_document_bytes(
        Path::new("fuzz.json"),
        data,
        DocumentKind::Target,
        storyfolio::target::check,
    )
    .map(|l| l.document)
}

/// The example profile (part of the harness: it always loads).
fn example_profile() -> Profile {
    load_profile(EXAMPLE_PROFILE).unwrap_or_default()
}

/// The example target.
fn example_target() -> Target {
    load_target(EXAMPLE_TARGET).unwrap_or_default()
}

/// `data` as a profile told for the example target, rendered as every document in every
/// format but PDF (which only adds typst's compile of the `.typ` text rendered here).
pub fn render_profile(data: &[u8]) {
    if let Ok(profile) = load_profile(data) {
        render_all(&profile, &example_target());
    }
}

/// The example profile told for `data` as a target, rendered the same way.
pub fn render_target(data: &[u8]) {
    if let Ok(target) = load_target(data) {
        render_all(&example_profile(), &target);
    }
}

/// The same steps as `storyfolio render`, without the files.
fn render_all(profile: &Profile, target: &Target) {
    for lang in [Lang::En, Lang::Ko] {
        let stats = BTreeMap::new();
        let story = storyfolio::story::build(&Inputs {
            profile,
            target: Some(target),
            stats: &stats,
            knowledge: Knowledge::builtin(),
            lang,
        });
        let Ok(renderer) = Renderer::new(None) else {
            panic!("the built-in templates load");
        };
        let view = build_view(profile, target, &story, lang);
        for doc in [
            DocKind::Resume,
            DocKind::CoverLetter,
            DocKind::Pitch,
            DocKind::Prep,
        ] {
            for format in [Format::Typ, Format::Html, Format::Md, Format::Txt] {
                if let Err(e) = renderer.render(doc, format, &view) {
                    panic!("the built-in templates render any valid input: {e}");
                }
            }
        }
    }
}

fn build_view(profile: &Profile, target: &Target, story: &Story, lang: Lang) -> view::DocumentView {
    let options = ViewOptions {
        scripts: storyfolio::scripts::Choice {
            families: vec!["NanumGothic".into()],
            ..Default::default()
        },
        drop_weakest: 1,
        ..ViewOptions::default()
    };
    view::build(profile, Some(target), story, lang, &options)
}

/// The GitHub response parsers on arbitrary bytes: the first byte chooses the parser (a
/// repository, a user, languages, a commit or release count with its `Link` header, an error
/// message), the rest is the body (and, for counts, also the `Link` header's text).
pub fn github_response(data: &[u8]) {
    use storyfolio::github::parse;
    let Some((&choice, body)) = data.split_first() else {
        return;
    };
    match choice % 5 {
        0 => {
            let _ = parse::repo(body, None);
        }
        1 => {
            let _ = parse::user(body);
        }
        2 => {
            let _ = parse::languages(body);
        }
        3 => {
            let link = String::from_utf8_lossy(body);
            let _ = parse::last_page(&link);
            let _ = parse::count(Some(&link), body);
            let _ = parse::count(None, body);
        }
        _ => {
            let _ = parse::message(body);
        }
    }
}
