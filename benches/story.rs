//! Story building and coach for a generated 200-project profile against 100 targets, timed
//! per target; story building plus writing (the whole view) for the bundled example; next to
//! one real render for scale.
//! Run with `cargo bench --bench story` (or bench/story.sh).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use storyfolio::knowledge::Knowledge;
use storyfolio::profile::{Lang, Profile};
use storyfolio::story::{build, build_with, Inputs, ProfileAnalysis};
use storyfolio::target::Target;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = storyfolio::profile::load(&root.join("profiles/example.json"))
        .expect("example loads")
        .document;
    // The generated profile is written as JSON (the way a user would have it) and loaded back.
    let mut value: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("profiles/example.json")).expect("reads the example"),
    )
    .expect("example is JSON");
    let words = [
        "video",
        "detection",
        "tracking",
        "recommendation",
        "quantization",
        "pose",
        "segmentation",
        "LLM",
        "logs",
        "tabular",
    ];
    let originals = value["projects"].as_array().cloned().unwrap_or_default();
    let projects: Vec<serde_json::Value> = (0..200)
        .map(|i| {
            let mut p = originals[i % originals.len()].clone();
            let name = format!("{} #{i}", p["name"].as_str().unwrap_or_default());
            p["name"] = serde_json::json!(name);
            if let Some(k) = p["keywords"].as_array_mut() {
                k.push(serde_json::json!(words[i % words.len()]));
            }
            if let Some(h) = p["highlights"].as_array_mut() {
                h.push(serde_json::json!(format!(
                    "Iteration {i}: built on {} data",
                    words[(i * 7) % words.len()]
                )));
            }
            p
        })
        .collect();
    value["projects"] = serde_json::Value::Array(projects);
    let generated = std::env::temp_dir().join("storyfolio-bench-story-profile.json");
    std::fs::write(&generated, value.to_string()).expect("writes the profile");
    let profile: Profile = storyfolio::profile::load(&generated)
        .expect("the generated profile is valid")
        .document;
    let mut targets: Vec<Target> = Vec::new();
    for name in ["visionguard", "shopmind", "lightedge.ko", "safecity.ko"] {
        targets.push(
            storyfolio::target::load(&root.join(format!("profiles/targets/{name}.json")))
                .expect("target loads")
                .document,
        );
    }
    let targets: Vec<Target> = (0..100)
        .map(|i| {
            let mut t = targets[i % targets.len()].clone();
            t.company = Some(format!("{} {i}", t.company.unwrap_or_default()));
            t
        })
        .collect();
    let stats = BTreeMap::new();
    let kb = Knowledge::builtin();
    let mut story_times = Vec::new();
    let mut coach_times = Vec::new();
    // A single render analyses the profile for its one target...
    let mut single_times = Vec::new();
    for target in targets.iter().take(20) {
        let lang = target
            .language
            .as_ref()
            .and_then(|l| l.story())
            .unwrap_or(Lang::En);
        let start = Instant::now();
        let _ = build(&Inputs {
            profile: &profile,
            target: Some(target),
            stats: &stats,
            knowledge: kb,
            lang,
        });
        single_times.push(start.elapsed());
    }
    // ...batch analyses it once and tells it for every target.
    let start = Instant::now();
    let analysed = ProfileAnalysis::of(&profile, kb);
    let analysis_time = start.elapsed();
    for target in &targets {
        let lang = target
            .language
            .as_ref()
            .and_then(|l| l.story())
            .unwrap_or(Lang::En);
        let start = Instant::now();
        let story = build_with(
            &analysed,
            &Inputs {
                profile: &profile,
                target: Some(target),
                stats: &stats,
                knowledge: kb,
                lang,
            },
        );
        story_times.push(start.elapsed());
        let start = Instant::now();
        let report = storyfolio::app::coach::report(
            Path::new("p.json"),
            Path::new("t.json"),
            target.company.clone(),
            lang,
            story,
        );
        let _json = serde_json::to_string(&report).expect("report serialises");
        coach_times.push(start.elapsed());
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    // The cost per profile: analysing the bundled example (facts read from its prose included).
    let mut example_times: Vec<Duration> = (0..200)
        .map(|_| {
            let start = Instant::now();
            let analysed = ProfileAnalysis::of(&example, kb);
            let elapsed = start.elapsed();
            std::hint::black_box(analysed);
            elapsed
        })
        .collect();
    let example_analysis = median(&mut example_times);
    let story = median(&mut story_times);
    let coach = median(&mut coach_times);
    let single = median(&mut single_times);
    println!(
        "profile analysis of the bundled example (per profile): median {:.3} ms",
        example_analysis.as_secs_f64() * 1e3
    );
    println!("profile: 200 projects; targets: 100");
    println!(
        "story for one target, profile analysis included (render): median {:.2} ms",
        single.as_secs_f64() * 1e3
    );
    println!(
        "profile analysis, once (batch):                            {:.2} ms",
        analysis_time.as_secs_f64() * 1e3
    );
    println!(
        "story per target after it (batch):     median {:.2} ms (total {:.0} ms)",
        story.as_secs_f64() * 1e3,
        story_times.iter().sum::<Duration>().as_secs_f64() * 1e3
    );
    println!(
        "coach report per target:   median {:.2} ms",
        coach.as_secs_f64() * 1e3
    );

    // Story building plus writing (letter or answers, pitch, prep and resume sections: the whole
    // view) for the bundled example against each bundled target, in the target's language; and
    // the same for the one-file profile with Korean translations, localized first.
    let writing_pairs = [
        ("profiles/example.json", "visionguard"),
        ("profiles/example.json", "shopmind"),
        ("profiles/example.ko.json", "lightedge.ko"),
        ("profiles/example.ko.json", "safecity.ko"),
        ("tests/fixtures/i18n/profile.json", "lightedge.ko"),
    ];
    for (profile_path, target_name) in writing_pairs {
        let loaded = storyfolio::profile::load(&root.join(profile_path))
            .expect("profile loads")
            .document;
        let target =
            storyfolio::target::load(&root.join(format!("profiles/targets/{target_name}.json")))
                .expect("target loads")
                .document;
        let lang = target
            .language
            .as_ref()
            .or(loaded.lang.as_ref())
            .and_then(|tag| tag.story())
            .unwrap_or(Lang::En);
        let mut times: Vec<Duration> = (0..200)
            .map(|_| {
                let start = Instant::now();
                let profile = storyfolio::profile::i18n::localized(&loaded, lang);
                let story = build(&Inputs {
                    profile: &profile,
                    target: Some(&target),
                    stats: &stats,
                    knowledge: kb,
                    lang,
                });
                let view = storyfolio::view::build(
                    &profile,
                    Some(&target),
                    &story,
                    lang,
                    &storyfolio::view::ViewOptions::default(),
                );
                let elapsed = start.elapsed();
                std::hint::black_box(view);
                elapsed
            })
            .collect();
        println!(
            "story + writing, {profile_path} for {target_name} ({}): median {:.3} ms (goal < 5 ms)",
            lang.code(),
            median(&mut times).as_secs_f64() * 1e3
        );
    }

    // One real render of the same generated profile for scale: resume and cover letter to PDF.
    let binary = root.join("target/release/storyfolio");
    if binary.is_file() {
        let out = std::env::temp_dir().join("storyfolio-bench-story");

        let mut renders = Vec::new();
        for _ in 0..5 {
            let _ = std::fs::remove_dir_all(&out);
            let start = Instant::now();
            let status = std::process::Command::new(&binary)
                .current_dir(root)
                .arg("render")
                .arg(&generated)
                .args(["--target", "profiles/targets/visionguard.json", "--out"])
                .arg(&out)
                .stdout(std::process::Stdio::null())
                .status();
            if status.is_ok_and(|s| s.success()) {
                renders.push(start.elapsed());
            }
        }
        if !renders.is_empty() {
            let render = median(&mut renders);
            println!(
                "one render of that profile (resume + cover letter, PDF, cold): median {:.1} ms",
                render.as_secs_f64() * 1e3
            );
            println!("story building / render: {:.1}% for one render, {:.1}% per target in batch (goal < 5%)", 100.0 * single.as_secs_f64() / render.as_secs_f64(), 100.0 * story.as_secs_f64() / render.as_secs_f64());
        }
    } else {
        println!("(build the release binary to compare with a render: cargo build --release)");
    }
}
