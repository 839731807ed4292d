//! The plain test set (`tests/fixtures/plain/`): JSON Resume profiles and job postings with
//! none of storyfolio's own fields, their facts only in prose. The set must stay plain, and
//! every profile x posting pair must render (Markdown and text, every document) and coach.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use storyfolio::jsonresume::{PROJECT_KEYS, TOP_LEVEL_KEYS, WORK_KEYS};

use crate::common::{self, storyfolio, ALL_DOCS};

/// storyfolio's keys of a target, beyond JSON Resume's job description.
const TARGET_KEYS: &[&str] = &[
    "language",
    "industry",
    "data",
    "products",
    "aiUses",
    "opportunities",
    "roleKind",
    "questions",
];

/// The JSON files directly in `dir`, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("lists the folder")
        .map(|entry| entry.expect("reads an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// The plain profiles and the plain postings.
pub fn plain_set() -> (Vec<PathBuf>, Vec<PathBuf>) {
    let dir = common::fixture("plain");
    (json_files(&dir), json_files(&dir.join("targets")))
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).expect("reads the fixture")).expect("JSON")
}

/// A path relative to the repository root, as the binary is given it.
fn relative(path: &Path) -> String {
    path.strip_prefix(common::root())
        .expect("below the repository")
        .to_string_lossy()
        .into_owned()
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The storyfolio keys `object` has among `keys`, prefixed with `at`.
fn own_keys(object: &Value, keys: &[&str], at: &str) -> Vec<String> {
    keys.iter()
        .filter(|key| object.get(**key).is_some())
        .map(|key| format!("{at}{key}"))
        .collect()
}

#[test]
fn the_set_is_plain_in_both_languages_and_described() {
    let (profiles, targets) = plain_set();
    assert!(profiles.len() >= 8, "{profiles:?}");
    assert!(targets.len() >= 6, "{targets:?}");
    for set in [&profiles, &targets] {
        for lang in ["en-", "ko-"] {
            assert!(
                set.iter().any(|path| name(path).starts_with(lang)),
                "no {lang} file in {set:?}"
            );
        }
    }
    let readme = fs::read_to_string(common::fixture("plain/README.md")).unwrap();
    let mut found = Vec::new();
    for path in &profiles {
        let profile = read(path);
        found.extend(own_keys(&profile, TOP_LEVEL_KEYS, ""));
        for (section, keys) in [("work", WORK_KEYS), ("projects", PROJECT_KEYS)] {
            let items = profile[section].as_array().cloned().unwrap_or_default();
            for (index, item) in items.iter().enumerate() {
                found.extend(own_keys(item, keys, &format!("{section}[{index}].")));
            }
        }
        assert!(found.is_empty(), "{}: {found:?}", name(path));
        assert!(
            readme.contains(&format!("`{}`", name(path))),
            "{}",
            name(path)
        );
    }
    for path in &targets {
        found.extend(own_keys(&read(path), TARGET_KEYS, ""));
        assert!(found.is_empty(), "{}: {found:?}", name(path));
        assert!(
            readme.contains(&format!("`{}`", name(path))),
            "{}",
            name(path)
        );
    }
}

#[test]
fn every_pair_renders_in_markdown_and_text_and_coaches() {
    let (profiles, targets) = plain_set();
    for profile in &profiles {
        let person = read(profile)["basics"]["name"]
            .as_str()
            .expect("every plain profile has a name")
            .to_string();
        for target in &targets {
            let pair = format!("{} x {}", name(profile), name(target));
            let dir = tempfile::tempdir().unwrap();
            let out = storyfolio()
                .args(["render", &relative(profile), "--target", &relative(target)])
                .args(ALL_DOCS)
                .args(["--format", "md", "--format", "txt", "--out"])
                .arg(dir.path())
                .output()
                .unwrap();
            assert!(out.status.success(), "{pair}: {}", common::stderr(&out));
            let files = common::snapshot(dir.path());
            for doc in ["resume", "cover-letter", "pitch", "prep"] {
                for ext in ["md", "txt"] {
                    let file = format!("{doc}.{ext}");
                    let text = String::from_utf8(files.get(&file).cloned().unwrap_or_default())
                        .expect("UTF-8");
                    // Prep is the candidate's own notes: it has no letterhead.
                    let signed = doc != "prep";
                    assert!(
                        !text.trim().is_empty() && (!signed || text.contains(&person)),
                        "{pair}: {file} is empty or lacks {person}:\n{text}"
                    );
                }
            }

            let out = storyfolio()
                .args(["coach", &relative(profile), "--target", &relative(target)])
                .args(["--format", "json"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{pair}: {}", common::stderr(&out));
            let coach: Value = serde_json::from_slice(&out.stdout).expect("coach JSON");
            let parts = coach["fit"]["parts"].as_array().expect("fit parts");
            let total: u64 = parts
                .iter()
                .map(|part| part["points"].as_u64().unwrap())
                .sum();
            assert_eq!(coach["fit"]["score"].as_u64(), Some(total), "{pair}");
            assert_whole_sentences(&coach, &pair);
        }
    }
}

/// The coach JSON of every pair, as a reviewed snapshot in `tests/golden/plain/`: what was
/// read from the prose (with paths), the track, the fit with its reasons, the coverage and
/// the advice. Regenerate with `INSTA_UPDATE=always cargo test --test it plain::` and read
/// the diff.
#[test]
fn coach_json_of_every_pair_matches_its_golden() {
    let (profiles, targets) = plain_set();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(common::repo("tests/golden/plain"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut failed = Vec::new();
    for profile in &profiles {
        for target in &targets {
            let (p, t) = (relative(profile), relative(target));
            let out = storyfolio()
                .args(["coach", &p, "--target", &t, "--format", "json"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{p} x {t}: {}", common::stderr(&out));
            let json = common::stdout(&out);
            let stem = |path: &Path| name(path).trim_end_matches(".json").to_string();
            let snapshot = format!("{}--{}", stem(profile), stem(target));
            settings.set_description(format!("storyfolio coach {p} --target {t} --format json"));
            settings.bind(|| {
                let check = std::panic::AssertUnwindSafe(|| {
                    insta::assert_snapshot!(snapshot.clone(), json)
                });
                if std::panic::catch_unwind(check).is_err() {
                    failed.push(snapshot.clone());
                }
            });
        }
    }
    assert!(
        failed.is_empty(),
        "out of date: {failed:?}; if intended, INSTA_UPDATE=always cargo test --test it plain:: \
         and review the diff"
    );
}

/// Runs coach on one pair and returns its JSON.
fn coach_json(profile: &str, target: &str) -> Value {
    coach_json_in(profile, target, &[])
}

/// Runs coach on one pair with extra arguments (`--lang en`) and returns its JSON.
fn coach_json_in(profile: &str, target: &str, extra: &[&str]) -> Value {
    let out = storyfolio()
        .args(["coach", profile, "--target", target, "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    serde_json::from_slice(&out.stdout).expect("coach JSON")
}

#[test]
fn coach_reads_every_fact_the_prose_states_with_its_path() {
    let target = "tests/fixtures/plain/targets/ko-traffic-vision.json";
    // (profile, kind, path, what coach says it read)
    let expected = [
        (
            "ko-vision",
            "metric",
            "work[0].highlights[0]",
            "mAP@0.5 0.58 -> 0.74 (up)",
        ),
        (
            "ko-vision",
            "metric",
            "work[0].highlights[1]",
            "모델 크기 4배 축소 (down)",
        ),
        (
            "ko-vision",
            "metric",
            "projects[0].highlights[1]",
            "재현율 0.66 -> 0.79 (up)",
        ),
        (
            "ko-vision",
            "competition",
            "awards[0].title",
            "rank 3 of 218",
        ),
        (
            "ko-vision",
            "coding-test",
            "skills[3].keywords[0]",
            "solved.ac Gold II",
        ),
        (
            "ko-vision",
            "deployment",
            "work[0].highlights[1]",
            "TensorRT, INT8, Jetson",
        ),
        (
            "ko-recsys",
            "metric",
            "work[0].highlights[0]",
            "recall@10 0.61 -> 0.83 (up)",
        ),
        (
            "ko-recsys",
            "metric",
            "work[0].highlights[2]",
            "p95 지연 시간 820 ms -> 140 ms",
        ),
        (
            "ko-recsys",
            "metric",
            "work[1].highlights[1]",
            "응답 시간 120ms -> 35ms (down)",
        ),
        (
            "ko-recsys",
            "deployment",
            "work[0].highlights[3]",
            "A/B 테스트",
        ),
        (
            "en-nlp",
            "metric",
            "work[0].highlights[1]",
            "p95 latency 820 ms -> 140 ms (down)",
        ),
        (
            "en-nlp",
            "competition",
            "awards[0].title",
            "rank 23 of 4358, silver",
        ),
        (
            "en-nlp",
            "coding-test",
            "skills[2].keywords[0]",
            "LeetCode 600+ solved",
        ),
        (
            "en-nlp",
            "coding-test",
            "skills[2].keywords[1]",
            "Codeforces 1850",
        ),
        (
            "en-nlp",
            "deployment",
            "work[0].highlights[2]",
            "FastAPI, serving",
        ),
        (
            "en-speech",
            "metric",
            "work[0].highlights[0]",
            "WER 12.4% -> 8.1% (down)",
        ),
        (
            "en-speech",
            "metric",
            "work[0].highlights[1]",
            "false accepts 38% (down)",
        ),
        (
            "en-mlops",
            "metric",
            "work[0].highlights[0]",
            "deployment time 2 days -> 40 minutes",
        ),
        (
            "en-career-changer",
            "metric",
            "projects[0].highlights[0]",
            "Accuracy 0.87 -> 0.94",
        ),
        (
            "en-career-changer",
            "competition",
            "awards[0].title",
            "top 9%, bronze",
        ),
        (
            "ko-nlp",
            "metric",
            "work[0].highlights[0]",
            "매크로 F1 0.78 -> 0.86 (up)",
        ),
        ("ko-nlp", "competition", "awards[0].summary", "rank 2 of 87"),
        (
            "ko-nlp",
            "coding-test",
            "skills[2].keywords[0]",
            "solved.ac Platinum V",
        ),
        (
            "ko-medical",
            "metric",
            "work[0].highlights[0]",
            "AUROC 0.91 -> 0.95 (up)",
        ),
        (
            "ko-medical",
            "competition",
            "awards[0].title",
            "rank 5 of 61",
        ),
    ];
    let mut missing = Vec::new();
    for (profile, kind, path, what) in expected {
        let coach = coach_json(&format!("tests/fixtures/plain/{profile}.json"), target);
        let found = coach["read"].as_array().unwrap().iter().any(|r| {
            r["kind"] == kind && r["path"] == path && r["what"].as_str().unwrap().contains(what)
        });
        if !found {
            missing.push(format!("{profile}: {kind} {path} {what:?}"));
        }
    }
    assert!(missing.is_empty(), "not read: {missing:#?}");
}

#[test]
fn coding_advice_fits_the_candidates_country() {
    let target = "tests/fixtures/plain/targets/en-search-ranking.json";
    let advice = |profile: &str| -> String {
        let coach = coach_json(&format!("tests/fixtures/plain/{profile}.json"), target);
        coach["advice"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["rule"] == "coding-proof")
            .map(|a| format!("{} {}", a["message"], a["action"]))
            .collect()
    };
    // Korean, no level: Baekjoon and solved.ac. German-based, no level: LeetCode or
    // Codeforces, never Baekjoon. A level stated in prose: no "no level" advice.
    let korean = advice("ko-medical");
    assert!(
        korean.contains("Baekjoon") && korean.contains("solved.ac"),
        "{korean}"
    );
    let elsewhere = advice("en-mlops");
    assert!(
        elsewhere.contains("LeetCode") && !elsewhere.contains("Baekjoon"),
        "{elsewhere}"
    );
    for stated in ["en-nlp", "ko-vision", "ko-recsys", "ko-nlp"] {
        assert!(!advice(stated).contains("no coding-test level"), "{stated}");
    }
}

#[test]
fn keywords_are_covered_across_languages_and_synonyms() {
    let covered = |profile: &str, target: &str| -> Vec<String> {
        let coach = coach_json(
            &format!("tests/fixtures/plain/{profile}.json"),
            &format!("tests/fixtures/plain/targets/{target}.json"),
        );
        coach["coverage"]["have"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["keyword"].as_str().unwrap().to_string())
            .collect()
    };
    // An English posting against Korean prose, and the reverse.
    let have = covered("ko-recsys", "en-search-ranking");
    for keyword in ["A/B testing", "learning to rank"] {
        assert!(have.contains(&keyword.to_string()), "{keyword}: {have:?}");
    }
    let have = covered("ko-vision", "ko-traffic-vision");
    assert!(
        have.contains(&"객체 검출".to_string()),
        "YOLOv8 is 객체 검출: {have:?}"
    );
    let have = covered("en-nlp", "ko-commerce-recsys");
    for keyword in ["A/B 테스트", "랭킹 학습"] {
        assert!(have.contains(&keyword.to_string()), "{keyword}: {have:?}");
    }
    // A/B 테스트 is not testing: a vision profile without A/B tests does not cover it.
    let have = covered("ko-vision", "ko-commerce-recsys");
    assert!(!have.contains(&"A/B 테스트".to_string()), "{have:?}");
}

/// Every reason and advice message of a coach report: none empty or cut off (a dangling
/// space, an empty quote or parenthesis, a sentence ending on "handles").
fn assert_whole_sentences(coach: &Value, case: &str) {
    let mut texts: Vec<String> = Vec::new();
    for part in coach["fit"]["parts"].as_array().unwrap() {
        texts.push(part["reason"].as_str().unwrap().to_string());
    }
    for e in coach["evidence"].as_array().unwrap() {
        for r in e["reasons"].as_array().unwrap() {
            texts.push(r.as_str().unwrap().to_string());
        }
    }
    for a in coach["advice"].as_array().unwrap() {
        texts.push(a["message"].as_str().unwrap().to_string());
        texts.push(a["action"].as_str().unwrap().to_string());
    }
    for text in texts {
        let cut = text.trim().is_empty()
            || text != text.trim()
            || text.contains("\"\"")
            || text.contains("()")
            || text.contains(": ;")
            || text.ends_with(':')
            || text.ends_with("\" handles")
            || text.ends_with(',');
        assert!(!cut, "{case}: cut-off text {text:?}");
    }
}

/// The reason coach gives for `rule`.
fn reason<'a>(coach: &'a Value, rule: &str) -> (u64, &'a str) {
    let part = coach["fit"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["rule"] == rule)
        .unwrap_or_else(|| panic!("no {rule} part"));
    (
        part["points"].as_u64().unwrap(),
        part["reason"].as_str().unwrap(),
    )
}

#[test]
fn profiles_with_no_projects_no_work_or_only_a_name_get_whole_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let only_a_name = common::write_json(
        dir.path(),
        "name.json",
        &serde_json::json!({ "basics": { "name": "Kim Minji" } }),
    );
    let no_projects = common::write_json(
        dir.path(),
        "no-projects.json",
        &serde_json::json!({
            "basics": { "name": "Lee Jun", "location": { "countryCode": "KR" } },
            "work": [{
                "name": "Acme Vision", "position": "ML Engineer", "startDate": "2022-01",
                "highlights": ["Deployed a YOLOv8 detector on Jetson Orin at 30 FPS"]
            }],
            "skills": [{ "name": "ML", "keywords": ["Python", "PyTorch"] }]
        }),
    );
    let no_work = common::write_json(
        dir.path(),
        "no-work.json",
        &serde_json::json!({
            "basics": { "name": "Ana Ruiz" },
            "projects": [{
                "name": "Review summariser",
                "description": "Fine-tuned a T5 model to summarise product reviews",
                "highlights": ["ROUGE-L from 0.31 to 0.38"],
                "url": "https://github.com/anaruiz/review-sum"
            }]
        }),
    );
    let search = "tests/fixtures/plain/targets/en-search-ranking.json";
    let traffic = "tests/fixtures/plain/targets/ko-traffic-vision.json";
    let path = |p: &PathBuf| p.to_string_lossy().into_owned();
    for profile in [&only_a_name, &no_projects, &no_work] {
        for target in [search, traffic] {
            let coach = coach_json(&path(profile), target);
            assert_whole_sentences(&coach, &format!("{} x {target}", name(profile)));
        }
    }

    let coach = coach_json(&path(&only_a_name), search);
    let parts: Vec<(u64, &str)> = ["data-first", "core-skills", "one-story", "deliverables"]
        .iter()
        .map(|rule| reason(&coach, rule))
        .collect();
    assert_eq!(
        parts,
        [
            (0, "no project or job to lead with"),
            (
                0,
                "neither Python nor a deep-learning framework (PyTorch or TensorFlow) is visible in your skills"
            ),
            (0, "no main track stands out in your profile"),
            (0, "no project left a paper, result, repo or demo"),
        ]
    );
    assert_eq!(coach["fit"]["score"], 0);
    assert_eq!(coach["experience"]["months"], 0);
    assert_eq!(coach["experience"]["met"], false);

    // The Korean posting makes a Korean report; its English words are checked here.
    let coach = coach_json_in(&path(&no_projects), traffic, &["--lang", "en"]);
    assert_eq!(
        reason(&coach, "role-emphasis"),
        (10, "an engineering role, and your work reached service")
    );
    assert_eq!(
        reason(&coach, "data-first"),
        (
            0,
            "your lead evidence \"ML Engineer @ Acme Vision\" does not say what data it handles"
        )
    );

    let coach = coach_json(&path(&no_work), search);
    assert_eq!(
        reason(&coach, "data-first"),
        (
            30,
            "your lead evidence \"Review summariser\" handles text, data the target handles"
        )
    );
    assert_eq!(
        reason(&coach, "deliverables"),
        (10, "your projects left a paper, result, repo or demo")
    );
    assert!(coach["experience"]["jobs"].as_array().unwrap().is_empty());
}

/// coach's experience line in Markdown for a plain profile against `target` (a posting
/// written to a scratch folder).
fn experience_line(profile: &str, target: serde_json::Value) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = common::write_json(dir.path(), "target.json", &target);
    let out = storyfolio()
        .args(["coach", profile, "--target"])
        .arg(&path)
        .args(["--format", "md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .find(|l| l.starts_with("경력:") || l.starts_with("Experience:"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn experience_levels_are_compared_with_the_work_history_and_shown() {
    let vision = "tests/fixtures/plain/ko-vision.json";
    // 신입 for a candidate with almost six years: met, and said plainly to be over the level.
    let line = experience_line(
        vision,
        serde_json::json!({ "title": "영상 분석 엔지니어", "company": "스마트로드", "date": "2025-03", "experience": "신입" }),
    );
    common::assert_contains_all(
        &line,
        &[
            "공고 \"신입\" (experience)",
            "신입은 관례상 경력 2년 이하를 뜻합니다(회사마다 다른 관례입니다)",
            "work[0] 2021-03 – 현재, 4년 1개월",
            "충족, 다만 공고가 말하는 범위보다 깁니다",
            "자격 초과",
        ],
        "신입 posting",
    );
    // A range whose upper bound is passed: advice, not a fail.
    let line = experience_line(
        vision,
        serde_json::json!({ "title": "영상 분석 엔지니어", "company": "스마트로드", "date": "2025-03", "experience": "경력 2~4년" }),
    );
    common::assert_contains_all(&line, &["충족", "상한보다 경력이 깁니다"], "range");
    // A level in an English title, not met; the band is called a convention.
    let line = experience_line(
        "tests/fixtures/plain/en-nlp.json",
        serde_json::json!({ "title": "Staff Machine Learning Engineer", "company": "Tandem Goods", "date": "2025-02", "language": "en" }),
    );
    common::assert_contains_all(
        &line,
        &[
            "the posting asks \"Staff\" (title)",
            "by convention, staff means 8+ years (a convention that varies by company)",
            "work[0] 2021-06 – present, 3 y 9 m",
            ": not met.",
        ],
        "staff title",
    );
    // A posting that states nothing: nothing is said.
    let line = experience_line(
        "tests/fixtures/plain/en-nlp.json",
        serde_json::json!({ "title": "Machine Learning Engineer", "company": "Tandem Goods", "language": "en" }),
    );
    assert_eq!(line, "");
}
