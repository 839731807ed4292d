//! `check` of a two-page letter: the profile prepared once (`Checker::new`), then the
//! document read and checked, timed over many runs next to the time to read the same text,
//! so the ratio says what the claim matching costs. The goal: under 50 ms per letter.
//! Run with `cargo bench --bench check` (or bench/check.sh).

use std::path::Path;
use std::time::{Duration, Instant};

use storyfolio::check::dates::Ym;
use storyfolio::check::read::{parse, PdfReader};
use storyfolio::check::Checker;
use storyfolio::knowledge::Knowledge;

const RUNS: usize = 50;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(f());
        times.push(start.elapsed());
    }
    median(times)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let load = |p: &str| std::fs::read_to_string(root.join(p)).expect("bundled file");
    let profile = storyfolio::profile::load(&root.join("profiles/example.json"))
        .expect("example loads")
        .document;
    let target = storyfolio::target::load(&root.join("profiles/targets/visionguard.json"))
        .expect("target loads")
        .document;
    // Two pages: the cover letter, the pitch and the resume of the bundled example (about
    // 1,100 words, more than a two-page letter holds).
    let letter = [
        load("docs/examples/visionguard-en/cover-letter.md"),
        load("docs/examples/visionguard-en/pitch.md"),
        load("docs/examples/visionguard-en/resume.md"),
    ]
    .join("\n\n");
    let words = letter.split_whitespace().count();
    let today = Ym {
        year: 2026,
        month: Some(11),
    };
    let knowledge = Knowledge::builtin();

    let prepare = time(|| Checker::new(&profile, Some(&target), knowledge, today));
    let read =
        time(|| parse(letter.as_bytes(), "md", "letter.md", PdfReader::Auto).expect("reads"));
    let checker = Checker::new(&profile, Some(&target), knowledge, today);
    let document = parse(letter.as_bytes(), "md", "letter.md", PdfReader::Auto).expect("reads");
    let report = checker.check(&document);
    let check = time(|| checker.check(&document));
    let total = prepare + read + check;
    println!(
        "check bench: a {words}-word letter ({} claims), median of {RUNS} runs",
        report.findings.len()
    );
    println!(
        "  prepare the profile and target  {:>8.2} ms",
        prepare.as_secs_f64() * 1e3
    );
    println!(
        "  read the Markdown               {:>8.2} ms",
        read.as_secs_f64() * 1e3
    );
    println!(
        "  find and match the claims       {:>8.2} ms",
        check.as_secs_f64() * 1e3
    );
    println!(
        "  total                           {:>8.2} ms  ({:.0}% of the 50 ms budget; claims cost {:.1}x the read)",
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3 / 50.0 * 100.0,
        check.as_secs_f64() / read.as_secs_f64().max(1e-9)
    );
}
