//! The writing checks of issue 13, run on every generated letter, 자기소개서 answer, pitch and
//! interview answer: the bundled example and the plain test profiles, in both languages.
//! Each check names the document, the pair and the sentence that broke it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use storyfolio::knowledge::Knowledge;
use storyfolio::profile::Lang;
use storyfolio::story::{self, Inputs};
use storyfolio::view::plan::{length, place_of, FILL_HIGH, FILL_LOW};
use storyfolio::view::realize::ko::{ends_in_measure, ends_in_note_style};
use storyfolio::view::{self, BeatView, Paragraph, Sentence, ViewOptions};

use crate::common::repo;

/// The planned paragraphs behind the views the templates print.
fn paragraphs(beats: Vec<BeatView>) -> Vec<Paragraph> {
    beats
        .into_iter()
        .map(|b| Paragraph {
            text: b.text,
            sentences: b.sentences,
        })
        .collect()
}

/// Every (profile, target) pair to check: the bundled example against the bundled targets,
/// and each plain profile against each plain target when the plain set is present.
fn pairs() -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for profile in [
        "profiles/example.json",
        "profiles/example.ko.json",
        "tests/fixtures/i18n/profile.json",
    ] {
        for entry in fs::read_dir(repo("profiles/targets")).unwrap() {
            out.push((repo(profile), entry.unwrap().path()));
        }
    }
    let plain = repo("tests/fixtures/plain");
    let targets = plain.join("targets");
    if targets.is_dir() {
        let mut profiles: Vec<PathBuf> = fs::read_dir(&plain)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        profiles.sort();
        let mut target_files: Vec<PathBuf> = fs::read_dir(&targets)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        target_files.sort();
        for p in &profiles {
            for t in &target_files {
                out.push((p.clone(), t.clone()));
            }
        }
    }
    out.sort();
    out
}

/// A generated document: its paragraphs by section, for one pair in one language.
struct Doc {
    name: String,
    lang: Lang,
    sections: Vec<Vec<Paragraph>>,
    /// The limits of each section, for answers.
    limits: Vec<(Option<u32>, Option<u32>)>,
    /// Whether the document is letter prose (a letter, a pitch), whose paragraphs are held
    /// to four sentences and one place at a time; prep answers are not. Repeats are checked
    /// across every document: no prep answer tells a sentence or highlight another told.
    prose: bool,
    /// Measured results the profile has in the document's language.
    metrics: usize,
    /// The paths of every highlight and measured result the document could tell.
    tellable: BTreeSet<String>,
}

fn documents(profile_path: &Path, target_path: &Path, lang: Lang) -> Vec<Doc> {
    let loaded = storyfolio::profile::load(profile_path).unwrap().document;
    let profile = storyfolio::profile::i18n::localized(&loaded, lang);
    let target = storyfolio::target::load(target_path).unwrap().document;
    let stats = BTreeMap::new();
    let inputs = Inputs {
        profile: &profile,
        target: Some(&target),
        stats: &stats,
        knowledge: Knowledge::builtin(),
        lang,
    };
    let story = story::build(&inputs);
    let metrics = story
        .evidence
        .iter()
        .flat_map(|e| &e.facts.metrics)
        .filter(|m| storyfolio::view::realize::fits(&m.name.text, lang))
        .count();
    let tellable: BTreeSet<String> = story
        .evidence
        .iter()
        .flat_map(|e| {
            e.facts
                .highlights
                .iter()
                .filter(|h| storyfolio::view::realize::fits(&h.text, lang))
                .map(|h| h.path.clone())
                .chain(
                    e.facts
                        .metrics
                        .iter()
                        .filter(|m| storyfolio::view::realize::fits(&m.name.text, lang))
                        .map(|m| m.value.path.clone()),
                )
        })
        .collect();
    let view = view::build(
        profile.as_ref(),
        Some(&target),
        &story,
        lang,
        &ViewOptions::default(),
    );
    let pair = format!(
        "{} for {} ({})",
        profile_path.file_name().unwrap().to_string_lossy(),
        target_path.file_name().unwrap().to_string_lossy(),
        lang.code()
    );
    let mut docs = Vec::new();
    let letter = view.letter.unwrap();
    docs.push(Doc {
        name: format!("cover letter, {pair}"),
        lang,
        limits: letter
            .sections
            .iter()
            .map(|s| {
                s.count
                    .as_ref()
                    .map_or((None, None), |c| (c.max_chars, c.max_chars_no_spaces))
            })
            .collect(),
        sections: letter
            .sections
            .into_iter()
            .map(|s| paragraphs(s.beats))
            .collect(),
        prose: true,
        metrics,
        tellable: tellable.clone(),
    });
    let pitch = view.pitch.unwrap();
    let mut sections: Vec<Vec<Paragraph>> = pitch
        .sections
        .into_iter()
        .map(|s| paragraphs(s.beats))
        .collect();
    sections.push(paragraphs(pitch.ask));
    docs.push(Doc {
        name: format!("pitch, {pair}"),
        lang,
        limits: Vec::new(),
        sections,
        prose: true,
        metrics,
        tellable: tellable.clone(),
    });
    docs.push(Doc {
        name: format!("prep, {pair}"),
        lang,
        limits: Vec::new(),
        sections: view
            .prep
            .unwrap()
            .items
            .into_iter()
            .map(|i| paragraphs(i.answer))
            .collect(),
        prose: false,
        metrics,
        tellable: tellable.clone(),
    });
    docs
}

fn sentences(paragraphs: &[Paragraph]) -> impl Iterator<Item = &Sentence> {
    paragraphs.iter().flat_map(|p| &p.sentences)
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// The texts of names in the inputs (projects, jobs, papers, competitions, products, the
/// company, the title): proper nouns pass through in every language.
fn names(profile: &serde_json::Value, target: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |v: &serde_json::Value| {
        if let Some(s) = v.as_str() {
            out.push(s.trim().to_string());
        }
    };
    for list in ["projects", "work", "publications", "competitions", "awards"] {
        for item in profile[list].as_array().into_iter().flatten() {
            for key in ["name", "title", "shortName", "publisher", "platform"] {
                push(&item[key]);
            }
        }
    }
    for key in ["company", "title"] {
        push(&target[key]);
    }
    for product in target["products"].as_array().into_iter().flatten() {
        push(&product["name"]);
    }
    // A competition's name as the letter tells it: without the place written after it
    // ("... 챌린지 5위 (61팀 중)" is told "... 챌린지", the place in the sentence's language).
    let with_places = out.clone();
    for name in with_places {
        let cut = name.match_indices(' ').map(|(i, _)| i).find(|&i| {
            let rest = &name[i + 1..];
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            digits > 0
                && ["위", "st", "nd", "rd", "th"]
                    .iter()
                    .any(|s| rest[digits..].starts_with(s))
        });
        if let Some(i) = cut {
            out.push(name[..i].trim_end_matches([' ', '-', ',']).to_string());
        }
    }
    out.sort_by_key(|n| std::cmp::Reverse(n.len()));
    out
}

fn numbers(text: &str) -> Vec<String> {
    let cleaned = text.replace(',', "");
    cleaned
        .split(|c: char| !c.is_ascii_digit() && c != '.')
        .map(|n| n.trim_matches('.'))
        .filter(|n| !n.is_empty() && n.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_generated_document_passes_the_writing_checks() {
    let mut checked = 0;
    let mut failures: Vec<String> = Vec::new();
    for (profile_path, target_path) in pairs() {
        let profile_text = fs::read_to_string(&profile_path).unwrap();
        let target_text = fs::read_to_string(&target_path).unwrap();
        let profile: serde_json::Value = serde_json::from_str(&profile_text).unwrap();
        let target: serde_json::Value = serde_json::from_str(&target_text).unwrap();
        let names = names(&profile, &target);
        let employers: Vec<String> = profile["work"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|w| w["name"].as_str().or(w["company"].as_str()))
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        let input_numbers: BTreeSet<String> = numbers(&(profile_text.clone() + &target_text))
            .into_iter()
            .collect();
        for lang in [Lang::En, Lang::Ko] {
            for doc in documents(&profile_path, &target_path, lang) {
                let mut fail =
                    |what: &str, s: &str| failures.push(format!("{}: {what}: {s}", doc.name));
                let mut said: BTreeSet<&str> = BTreeSet::new();
                let mut highlight_paragraph: BTreeMap<&str, usize> = BTreeMap::new();
                let mut paragraph_index = 0;
                for section in &doc.sections {
                    for paragraph in section {
                        paragraph_index += 1;
                        // A letter's or a pitch's paragraph: at most four sentences, and one
                        // place at a time (it never returns to a work it left).
                        if doc.prose && doc.limits.iter().all(|l| *l == (None, None)) {
                            if length(&paragraph.sentences) > 4 {
                                fail("a paragraph of more than four sentences", &paragraph.text);
                            }
                            // The results told (a sentence naming two works, as the track's
                            // does, is about neither alone).
                            let mut places: Vec<&str> = Vec::new();
                            let results = paragraph
                                .sentences
                                .iter()
                                .filter(|s| ["data-first", "compression-value"].contains(&s.rule));
                            for s in results {
                                let Some(place) = place_of(s) else { continue };
                                if places.last() != Some(&place) {
                                    if places.contains(&place) {
                                        fail(
                                            "a paragraph returns to a place it left",
                                            &paragraph.text,
                                        );
                                    }
                                    places.push(place);
                                }
                            }
                        }
                        for s in &paragraph.sentences {
                            checked += 1;
                            let text = s.text.as_str();
                            let first = text.chars().next().unwrap_or(' ');
                            if doc.lang == Lang::En && first.is_lowercase() {
                                fail("starts lowercase", text);
                            }
                            if !text.ends_with(['.', '?', '!']) {
                                fail("ends without punctuation", text);
                            }
                            if !said.insert(text) {
                                fail("said twice", text);
                            }
                            for path in s.paths.iter().filter(|p| p.contains(".highlights[")) {
                                let at = highlight_paragraph.entry(path).or_insert(paragraph_index);
                                if *at != paragraph_index {
                                    fail("highlight told twice", text);
                                }
                            }
                            match doc.lang {
                                Lang::En => {
                                    let mut rest = text.to_string();
                                    for name in &names {
                                        rest = rest.replace(name.as_str(), "");
                                    }
                                    if has_hangul(&rest) {
                                        fail("Hangul in an English sentence", text);
                                    }
                                }
                                Lang::Ko => {
                                    if !has_hangul(text) {
                                        fail("a Latin-script sentence in a Korean document", text);
                                    }
                                    if ends_in_note_style(text) {
                                        fail("a note-style ending", text);
                                    }
                                    // "30 FPS, 모델 크기를 4배 축소했습니다": two results
                                    // joined by a comma, the first with no verb.
                                    let mut head = String::new();
                                    for part in text.split(", ") {
                                        if !head.is_empty() && ends_in_measure(&head) {
                                            fail("a comma splice after a measure", text);
                                        }
                                        head = part.to_string();
                                    }
                                }
                            }
                            // "로드아이는 ... 개발팀입니다": a job's description names the
                            // team or the role, never what the employer is.
                            for employer in &employers {
                                let team_ko =
                                    ["팀입니다.", "조직입니다.", "부서입니다.", "파트입니다."]
                                        .iter()
                                        .any(|end| text.ends_with(end));
                                let team_en = text.ends_with(" team.");
                                let is_employer = [" 은 ", "은 ", "는 ", " is "]
                                    .iter()
                                    .any(|p| text.starts_with(&format!("{employer}{p}")));
                                if is_employer && (team_ko || team_en) {
                                    fail("the employer told as a team", text);
                                }
                            }
                            match doc.lang {
                                Lang::En => {}
                                Lang::Ko => {}
                            }
                            for n in numbers(text) {
                                if !input_numbers.contains(&n) {
                                    fail(&format!("number {n} is not in the inputs"), text);
                                }
                            }
                        }
                    }
                }
                if doc.name.starts_with("cover letter")
                    && doc.limits.iter().all(|l| *l == (None, None))
                {
                    let measured: BTreeSet<&str> = doc
                        .sections
                        .iter()
                        .flat_map(|s| sentences(s))
                        // A measured result: a metric field, or a highlight the facts stage
                        // read a before/after from, told in a sentence with its number.
                        .filter(|s| s.text.chars().any(|c| c.is_ascii_digit()))
                        .flat_map(|s| &s.paths)
                        .filter(|p| {
                            (p.contains(".metrics[") && p.ends_with(".value"))
                                || p.contains(".highlights[")
                        })
                        .map(String::as_str)
                        .collect();
                    if doc.metrics >= 2 && measured.len() < 2 {
                        fail("fewer than two measured results", &format!("{measured:?}"));
                    }
                }
                for (section, (max, max_no_spaces)) in doc.sections.iter().zip(&doc.limits) {
                    if max.is_none() && max_no_spaces.is_none() {
                        continue;
                    }
                    let text: Vec<&str> = section.iter().map(|p| p.text.as_str()).collect();
                    let text = text.join("\n\n");
                    let with = text.trim().chars().count() as f64;
                    let without = text.chars().filter(|c| !c.is_whitespace()).count() as f64;
                    let share = max
                        .map(|m| with / f64::from(m))
                        .into_iter()
                        .chain(max_no_spaces.map(|m| without / f64::from(m)))
                        .fold(0.0, f64::max);
                    if share > FILL_HIGH {
                        fail(
                            &format!("answer at {:.0}% of its limit", share * 100.0),
                            &text,
                        );
                    }
                    // Below 80% only when the profile has nothing left to tell.
                    let told: BTreeSet<&str> = doc
                        .sections
                        .iter()
                        .flat_map(|s| sentences(s))
                        .flat_map(|s| &s.paths)
                        .map(String::as_str)
                        .collect();
                    let left = doc.tellable.iter().any(|p| !told.contains(p.as_str()));
                    if share < FILL_LOW && left {
                        fail(
                            &format!("answer at {:.0}% of its limit", share * 100.0),
                            &text,
                        );
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} sentences checked");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
