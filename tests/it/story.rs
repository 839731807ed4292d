//! The story engine end to end on the bundled examples: no fabricated fact, explanations
//! that point at real facts, different leads for different companies, Korean answers within
//! their limits, and the coach report.

use crate::common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::common::{repo, storyfolio};

/// The bundled examples, and the English profile told for a Korean posting.
fn pairs() -> impl Iterator<Item = (&'static str, &'static str)> {
    common::EXAMPLE_PAIRS.into_iter().chain([(
        "profiles/example.json",
        "profiles/targets/lightedge.ko.json",
    )])
}

fn render_all(profile: &str, target: &str, out: &Path) {
    let result = storyfolio()
        .args(["render", profile, "--target", target])
        .args(common::ALL_DOCS)
        .args(["--format", "txt", "--explain", "--out"])
        .arg(out)
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", common::stderr(&result));
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Everything the documents may say: the inputs, the templates' own words, the knowledge
/// base and the fixed labels. A word outside this set would be invented.
fn vocabulary(inputs: &str) -> (BTreeSet<String>, String) {
    let mut text = inputs.to_string();
    for dir in ["templates"] {
        for entry in fs::read_dir(repo(dir)).unwrap() {
            text.push_str(&fs::read_to_string(entry.unwrap().path()).unwrap());
        }
    }
    for file in [
        "knowledge/default.json",
        "src/view/labels.rs",
        "src/display.rs",
        "locales/en.json",
        "locales/ko.json",
        "src/view/resume.rs",
        // The greeting, the letter's fixed sentences and each beat's frames are phrased here.
        "src/view/letter.rs",
        "src/view/question.rs",
        "src/view/plan/pieces.rs",
        "src/view/realize/en.rs",
        "src/view/realize/ko.rs",
        // solved.ac's tier names in both languages (골드 III for Gold III).
        "src/facts/coding.rs",
    ] {
        text.push_str(&fs::read_to_string(repo(file)).unwrap());
    }
    (words(&text).into_iter().collect(), text.to_lowercase())
}

/// `text` with thousands separators dropped: "4,358" is the number 4358.
fn join_thousands(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if !(c == ',' && between_digits) {
            plain.push(c);
        }
    }
    plain
}

fn numbers(text: &str) -> Vec<String> {
    // Compared as values: the "07" of a date "2023-07" is the 7 of "2023년 7월".
    join_thousands(text)
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .map(|n| match n.trim_start_matches('0') {
            "" => "0".to_string(),
            value => value.to_string(),
        })
        .collect()
}

#[test]
fn every_word_and_number_in_the_outputs_comes_from_the_inputs() {
    for (profile, target) in pairs() {
        let dir = tempfile::tempdir().unwrap();
        render_all(profile, target, dir.path());
        let inputs =
            fs::read_to_string(repo(profile)).unwrap() + &fs::read_to_string(repo(target)).unwrap();
        let (vocab, vocab_text) = vocabulary(&inputs);
        let input_numbers: BTreeSet<String> = numbers(&inputs).into_iter().collect();
        for doc in ["resume", "cover-letter", "pitch", "prep"] {
            let text = fs::read_to_string(dir.path().join(format!("{doc}.txt"))).unwrap();
            for line in text.lines() {
                // The character counts of 자기소개서 answers are measurements, not claims.
                if line.starts_with('(') && (line.contains(" 자") || line.contains("characters")) {
                    continue;
                }
                for number in numbers(line) {
                    assert!(input_numbers.contains(&number), "number {number} in {doc} ({profile} for {target}) is not in the inputs: {line}");
                }
                for word in words(line) {
                    if word.chars().all(|c| c.is_ascii_digit()) {
                        // Checked above, with thousands separators joined.
                        continue;
                    } else if word.chars().any(is_hangul) {
                        // Korean words carry particles; the stem must occur somewhere.
                        let mut bare = word.as_str();
                        for particle in [
                            "에서는",
                            "에서",
                            "으로",
                            "은",
                            "는",
                            "이",
                            "가",
                            "을",
                            "를",
                            "의",
                            "로",
                            "와",
                            "과",
                            "도",
                            "에",
                        ] {
                            if bare.chars().count() > 1 {
                                if let Some(b) = bare.strip_suffix(particle) {
                                    bare = b;
                                    break;
                                }
                            }
                        }
                        let stem: String = bare.chars().take(2).collect();
                        assert!(vocab_text.contains(&stem), "word {word} in {doc} ({profile} for {target}) comes from nowhere: {line}");
                    } else if word.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                        let letters: String = word
                            .trim_start_matches(|c: char| c.is_ascii_digit())
                            .to_string();
                        assert!(vocab.contains(&word) || vocab.contains(&letters), "word {word} in {doc} ({profile} for {target}) comes from nowhere: {line}");
                    }
                }
            }
        }
    }
}

/// Resolves `projects[1].metrics[0].name` in a JSON document.
fn resolve<'a>(doc: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    let mut at = doc;
    for part in path.split('.') {
        let (key, indices) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        at = at.get(key)?;
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            at = at.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(at)
}

#[test]
fn every_explained_sentence_points_at_real_facts() {
    for (profile, target) in pairs() {
        let dir = tempfile::tempdir().unwrap();
        render_all(profile, target, dir.path());
        let p: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(repo(profile)).unwrap()).unwrap();
        let t: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(repo(target)).unwrap()).unwrap();
        let mut checked = 0;
        for doc in ["cover-letter", "pitch", "prep", "resume"] {
            let explain = fs::read_to_string(dir.path().join(format!("{doc}.explain.md"))).unwrap();
            for line in explain
                .lines()
                .filter(|l| l.starts_with("- ") || l.starts_with("## "))
            {
                for path in line.split('`').skip(1).step_by(2) {
                    if path.starts_with("knowledge:")
                        || path.starts_with("github:")
                        || path.contains(' ')
                    {
                        continue;
                    }
                    assert!(
                        resolve(&p, path).is_some() || resolve(&t, path).is_some(),
                        "`{path}` in {doc}.explain.md does not exist ({profile} / {target})"
                    );
                    checked += 1;
                }
            }
            let rules = explain.lines().filter(|l| l.starts_with("- **")).count();
            if doc == "cover-letter" {
                assert!(rules >= 4, "{doc}: {explain}");
            }
        }
        assert!(checked > 20, "{checked}");
    }
}

#[test]
fn different_companies_hear_different_leads() {
    let lead = |target: &str| {
        let out = storyfolio()
            .args([
                "coach",
                "profiles/example.json",
                "--target",
                target,
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["evidence"][0]["path"].as_str().unwrap().to_string()
    };
    assert_ne!(
        lead("profiles/targets/visionguard.json"),
        lead("profiles/targets/shopmind.json")
    );
    let dir = tempfile::tempdir().unwrap();
    let letter = |target: &str| {
        render_all("profiles/example.json", target, dir.path());
        fs::read_to_string(dir.path().join("cover-letter.txt")).unwrap()
    };
    let vision = letter("profiles/targets/visionguard.json");
    let shop = letter("profiles/targets/shopmind.json");
    assert!(vision.contains("CCTV video streams"), "{vision}");
    assert!(
        shop.contains("product images") || shop.contains("click"),
        "{shop}"
    );
    assert!(!shop.contains("VisionGuard") && !vision.contains("ShopMind"));
}

#[test]
fn korean_answers_stay_within_their_limits() {
    let dir = tempfile::tempdir().unwrap();
    render_all(
        "profiles/example.ko.json",
        "profiles/targets/lightedge.ko.json",
        dir.path(),
    );
    let text = fs::read_to_string(dir.path().join("cover-letter.txt")).unwrap();
    let counts: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with('(') && l.contains(" 자"))
        .collect();
    assert_eq!(counts.len(), 4, "{text}");
    // "(372/500 자, 공백 제외 278/400)": each count at most its limit.
    for line in counts {
        for pair in line
            .split(|c: char| !(c.is_ascii_digit() || c == '/'))
            .filter(|s| s.contains('/'))
        {
            let (n, max) = pair.split_once('/').unwrap();
            assert!(
                n.parse::<u32>().unwrap() <= max.parse::<u32>().unwrap(),
                "{line}"
            );
        }
    }
    // The answers themselves are counted the way the line says.
    let first = text
        .split("[지원 동기를 작성해 주세요.]")
        .nth(1)
        .unwrap()
        .split("\n(")
        .next()
        .unwrap()
        .trim();
    assert!(
        text.contains(&format!("({}/700 자", first.chars().count())),
        "{first}"
    );
}

#[test]
fn coach_reports_score_breakdown_coverage_and_advice() {
    let out = storyfolio()
        .args([
            "coach",
            "profiles/example.json",
            "--target",
            "profiles/targets/visionguard.json",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["version"], 1);
    let score = report["fit"]["score"].as_u64().unwrap();
    let parts: u64 = report["fit"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["points"].as_u64().unwrap())
        .sum();
    assert_eq!(score, parts);
    assert!(score <= 100);
    assert!(report["coverage"]["have"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["keyword"] == "PyTorch"));
    let advice = report["advice"].as_array().unwrap();
    assert!(advice
        .iter()
        .any(|a| a["rule"] == "competition-retro" && a["path"] == "competitions[1].winnerDid"));
    assert!(advice
        .iter()
        .all(|a| !a["action"].as_str().unwrap().is_empty()));
    // Plain text when piped: no escape codes.
    let out = storyfolio()
        .args([
            "coach",
            "profiles/example.ko.json",
            "--target",
            "profiles/targets/lightedge.ko.json",
        ])
        .output()
        .unwrap();
    let text = common::stdout(&out);
    assert!(!text.contains('\u{1b}'));
    assert!(text.starts_with("적합도 "), "{text}");
    let md = storyfolio()
        .args([
            "coach",
            "profiles/example.json",
            "--target",
            "profiles/targets/shopmind.json",
            "--format",
            "md",
        ])
        .output()
        .unwrap();
    assert!(common::stdout(&md).starts_with("# Fit "));
}

#[test]
fn korean_particles_do_not_block_keyword_coverage() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("t.json");
    fs::write(&target, r#"{"company": "경량테크", "title": "엔지니어", "language": "ko", "skills": [{"name": "경량화", "keywords": ["양자화를", "TensorRT"]}]}"#).unwrap();
    let out = storyfolio()
        .args([
            "coach",
            "profiles/example.ko.json",
            "--format",
            "json",
            "--target",
        ])
        .arg(&target)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let have: Vec<&str> = report["coverage"]["have"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["keyword"].as_str().unwrap())
        .collect();
    assert!(have.contains(&"양자화를"), "{have:?}");
}

#[test]
fn a_knowledge_file_extends_the_domains() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("kb.json");
    fs::write(&kb, r#"{"domains": [{"id": "elder-care", "name": {"en": "elder care", "ko": "노인 돌봄"}, "keywords": ["care facility", "elder care", "요양"], "data": ["video"], "aiApplications": [{"en": "fall alerts", "ko": "낙상 알림", "keywords": ["fall"]}], "opportunities": [{"en": "night-time fall alerts", "ko": "야간 낙상 알림", "keywords": ["fall"]}]}]}"#).unwrap();
    let target = dir.path().join("t.json");
    fs::write(&target, r#"{"company": "CareSight", "title": "Vision Engineer", "industry": "elder care", "data": ["care facility video"]}"#).unwrap();
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.json",
            "--doc",
            "cover-letter",
            "--format",
            "txt",
            "--knowledge",
        ])
        .arg(&kb)
        .arg("--target")
        .arg(&target)
        .arg("--out")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let letter = fs::read_to_string(dir.path().join("cover-letter.txt")).unwrap();
    assert!(letter.contains("I know the elder care domain from my own work on fallnet.") || letter.contains("I know the elder care domain from my own work on Skeleton-based fall detection for CCTV"), "{letter}");
    let out = storyfolio()
        .args([
            "coach",
            "profiles/example.json",
            "--format",
            "json",
            "--knowledge",
        ])
        .arg(&kb)
        .arg("--target")
        .arg(&target)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let domain = report["fit"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["rule"] == "domain-fit")
        .unwrap()
        .clone();
    assert_eq!(domain["reason"], "evidence in their domain, elder care");
    assert_eq!(domain["points"], 15);
}

#[test]
fn fetched_statistics_appear_in_the_resume_and_the_story() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        repo("profiles/example.json"),
        dir.path().join("example.json"),
    )
    .unwrap();
    fs::copy(
        common::fixture("github-cache/example.github.json"),
        dir.path().join("example.github.json"),
    )
    .unwrap();
    let out = storyfolio()
        .arg("render")
        .arg(dir.path().join("example.json"))
        .args([
            "--target",
            "profiles/targets/visionguard.json",
            "--doc",
            "resume",
            "--doc",
            "prep",
            "--format",
            "txt",
            "--explain",
            "--pages",
            "3",
            "--out",
        ])
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let resume = fs::read_to_string(dir.path().join("out/resume.txt")).unwrap();
    assert!(resume.contains("GitHub jiwoo-kim-cv/fallnet: 41 stars · 7 forks · Python 93%, Shell 7% · 214 commits · 3 releases · last push Apr 2026 · action-recognition, pytorch"), "{resume}");
    assert!(
        resume.contains(
            "GitHub: jiwoo-kim-cv (12 public repos, 40 followers): https://github.com/jiwoo-kim-cv"
        ),
        "{resume}"
    );
    let prep = fs::read_to_string(dir.path().join("out/prep.txt")).unwrap();
    assert!(prep.contains("The code is public at github.com/jiwoo-kim-cv/fallnet, with 41 stars and 214 commits, last updated Apr 2026."), "{prep}");
    let explain = fs::read_to_string(dir.path().join("out/prep.explain.md")).unwrap();
    assert!(
        explain.contains("`github:jiwoo-kim-cv/fallnet.stars`"),
        "{explain}"
    );
    // Old statistics are flagged by coach (and validate), never silently used as current.
    let coach = storyfolio()
        .arg("coach")
        .arg(dir.path().join("example.json"))
        .args([
            "--target",
            "profiles/targets/visionguard.json",
            "--stats-max-age",
            "1",
        ])
        .output()
        .unwrap();
    assert!(coach.status.success());
    assert!(
        common::stderr(&coach).contains("refresh"),
        "{}",
        common::stderr(&coach)
    );
}
