//! `storyfolio coach`: the fit score and its breakdown, the matched evidence, keyword
//! coverage and advice with a next action, as a table, Markdown or stable JSON.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use serde::Serialize;

use crate::app::session::{Session, SessionOptions};
use crate::app::{output, AppError, Outcome};
use crate::cli::{CoachArgs, CoachFormat};
use crate::profile::{Lang, LangTag};
use crate::story::{Advice, Coverage, Evidence, Fact, Fit, Story};

/// Everything `coach` needs.
#[derive(Debug, Clone)]
pub struct CoachConfig {
    pub profile: PathBuf,
    pub target: PathBuf,
    pub format: CoachFormat,
    pub lang: Option<LangTag>,
    pub knowledge: Option<PathBuf>,
    pub stats_max_age: u32,
}

impl From<CoachArgs> for CoachConfig {
    fn from(args: CoachArgs) -> Self {
        CoachConfig {
            profile: args.profile,
            target: args.target,
            format: args.format,
            lang: args.lang,
            knowledge: args.knowledge,
            stats_max_age: args.stats_max_age,
        }
    }
}

/// The coach report; its JSON form is documented in `docs/coach.md`.
#[derive(Debug, Clone, Serialize)]
pub struct CoachReport {
    /// The version of this format.
    pub version: u32,
    pub profile: String,
    pub target: String,
    pub company: Option<String>,
    pub lang: &'static str,
    pub fit: Fit,
    pub track: Option<Fact>,
    pub evidence: Vec<Evidence>,
    pub coverage: Coverage,
    pub advice: Vec<Advice>,
    /// Why the main track is what it is.
    pub track_reason: Option<String>,
    /// What was read from the profile's prose, with paths, for the user to check.
    pub read: Vec<crate::story::ReadFact>,
    /// The posting's required experience against the work history.
    pub experience: Option<crate::story::ExperienceCheck>,
    /// The items a resume longer than its page budget leaves out, first to go first (the
    /// order `render` uses): `"Old demo" (projects[4])`.
    pub left_out_first: Vec<String>,
    /// The profile's texts this target's letter, pitch and prep would tell but cannot, being
    /// in another language: where to write each translation.
    pub translate: Vec<Translate>,
}

/// One text to translate for the document's language.
#[derive(Debug, Clone, Serialize)]
pub struct Translate {
    /// The text's path in the profile, as `--explain` names it.
    pub path: String,
    /// Where its translation goes: the `i18n` of the entry that holds it.
    pub at: String,
    /// The text as written now.
    pub text: String,
}

/// Runs `coach`.
pub fn run(config: CoachConfig) -> Result<Outcome, AppError> {
    let session = Session::open(&SessionOptions {
        profile: &config.profile,
        lang: config.lang.as_ref(),
        knowledge: config.knowledge.as_deref(),
        output: None,
    })?;
    output::warnings(&config.profile, &session.warnings);
    let target = Session::target(&config.target)?;
    session.print_stats_warning();
    // Statistics older than the allowed age are flagged, as `validate` does.
    output::warnings(
        &config.profile,
        &session.stats_freshness(config.stats_max_age),
    );
    session.explain_language(Some(&target));
    let lang = session.story_language(Some(&target), "a coaching report")?;
    let story = session.story(Some(&target));
    let profile = session.profile_in(lang);
    let left_out_first = crate::view::named_items(profile, &crate::view::drop_order(&story));
    let view = crate::view::build(
        profile,
        Some(&target),
        &story,
        lang,
        &crate::view::ViewOptions::default(),
    );
    let source = serde_json::to_value(profile).unwrap_or_default();
    let translate = view
        .untranslated
        .iter()
        .map(|path| Translate {
            at: crate::profile::i18n::translation_path(path, lang),
            text: text_at(&source, path).unwrap_or_default(),
            path: path.clone(),
        })
        .collect();
    let mut report = report(
        &config.profile,
        &config.target,
        target.company.clone(),
        lang,
        story,
    );
    report.left_out_first = left_out_first;
    report.translate = translate;
    let text = match config.format {
        CoachFormat::Json => {
            serde_json::to_string_pretty(&report).map_err(|e| AppError::Bug(e.to_string()))? + "\n"
        }
        CoachFormat::Md => markdown(&report),
        CoachFormat::Text => table(&report, std::io::stdout().is_terminal()),
    };
    output::write(text.as_bytes())?;
    Ok(Outcome::Success)
}

/// Builds the report from a story.
pub fn report(
    profile: &Path,
    target: &Path,
    company: Option<String>,
    lang: Lang,
    story: Story,
) -> CoachReport {
    CoachReport {
        version: 1,
        profile: profile.display().to_string(),
        target: target.display().to_string(),
        company,
        lang: lang.code(),
        fit: story.fit,
        track: story.track,
        evidence: story.evidence,
        coverage: story.coverage,
        advice: story.advice,
        track_reason: story.track_reason,
        read: story.read,
        experience: story.experience,
        left_out_first: Vec::new(),
        translate: Vec::new(),
    }
}

/// The text at a profile path such as `work[0].highlights[1]`.
fn text_at(value: &serde_json::Value, path: &str) -> Option<String> {
    let mut node = value;
    for part in path.split('.') {
        let (key, indices) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            node = node.get(key)?;
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            node = node.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    node.as_str().map(str::to_string)
}

/// The report's last lines in either layout: what the page budget leaves out first, then the
/// translations needed under `heading`, each line after `bullet`.
fn push_left_out_and_translations(
    out: &mut String,
    r: &CoachReport,
    w: &Words,
    heading: &str,
    bullet: &str,
) {
    if !r.left_out_first.is_empty() {
        out.push_str(&format!(
            "\n{}: {}\n",
            w.left_out,
            r.left_out_first.join(", ")
        ));
    }
    if !r.translate.is_empty() {
        out.push_str(heading);
        for line in translate_lines(r) {
            out.push_str(&format!("{bullet}{line}\n"));
        }
    }
}

/// The translations a document needs, one line each: where to write it, and the text now.
fn translate_lines(r: &CoachReport) -> Vec<String> {
    r.translate
        .iter()
        .map(|t| {
            let text: String = t.text.chars().take(60).collect();
            let more = if t.text.chars().count() > 60 {
                "..."
            } else {
                ""
            };
            format!("`{}`: \"{text}{more}\"", t.at)
        })
        .collect()
}

struct Words {
    fit: &'static str,
    rule: &'static str,
    points: &'static str,
    why: &'static str,
    evidence: &'static str,
    say_it: &'static str,
    missing: &'static str,
    advice: &'static str,
    next: &'static str,
    track: &'static str,
    left_out: &'static str,
    translate: &'static str,
    none: &'static str,
    read: &'static str,
    read_from: &'static str,
    experience: &'static str,
}

fn words(lang: &str) -> Words {
    if lang == "ko" {
        Words {
            fit: "적합도",
            rule: "규칙",
            points: "점수",
            why: "이유",
            evidence: "근거가 되는 경험",
            say_it: "근거 있음: 말하세요",
            missing: "부족함",
            advice: "조언",
            next: "다음 할 일",
            track: "주 트랙",
            left_out: "분량을 넘으면 먼저 빠지는 항목",
            translate: "한국어 번역이 필요한 항목 (없으면 이 문서에서 빠집니다)",
            none: "없음",
            read: "프로필 글에서 읽은 사실 (맞는지 확인하세요)",
            read_from: "읽은 곳",
            experience: "경력",
        }
    } else {
        Words {
            fit: "Fit",
            rule: "rule",
            points: "points",
            why: "why",
            evidence: "Matched evidence",
            say_it: "You have evidence: say it",
            missing: "Missing",
            advice: "Advice",
            next: "next action",
            track: "Main track",
            left_out: "Left out first when the resume runs over its pages",
            translate: "Needs an English translation (left out of this document until then)",
            none: "none",
            read: "Read from your profile's text (check it)",
            read_from: "read from",
            experience: "Experience",
        }
    }
}

/// The posting's experience requirement against the work history, as one sentence.
fn experience_line(r: &CoachReport) -> Option<String> {
    let e = r.experience.as_ref()?;
    let (years, months) = (e.months / 12, e.months % 12);
    let counted = if e.counted.is_empty() {
        String::new()
    } else {
        format!(" ({})", e.counted.join(", "))
    };
    let until = e
        .ongoing_until
        .as_ref()
        .map(|(month, source)| match (r.lang, *source) {
            ("ko", "posting") => format!("; 재직 중인 경력은 공고 날짜 {month}까지 셈"),
            ("ko", _) => format!("; 재직 중인 경력은 프로필의 마지막 날짜 {month}까지 셈"),
            (_, "posting") => format!("; ongoing jobs counted to the posting's date, {month}"),
            _ => format!("; ongoing jobs counted to {month}, the latest date your profile gives"),
        });
    let until = until.unwrap_or_default();
    Some(if r.lang == "ko" {
        let verdict = if e.met { "충족" } else { "미달" };
        format!(
            "공고 \"{}\" ({}): 경력 {years}년 {months}개월{counted}, {verdict}{until}",
            e.required.text, e.required.path
        )
    } else {
        let verdict = if e.met { "met" } else { "not met" };
        format!(
            "the posting asks \"{}\" ({}); your work history shows {years} years {months} months{counted}: {verdict}{until}",
            e.required.text, e.required.path
        )
    })
}

fn markdown(r: &CoachReport) -> String {
    let w = words(r.lang);
    let mut out = format!(
        "# {} {}/100{}\n\n",
        w.fit,
        r.fit.score,
        r.company
            .as_deref()
            .map(|c| format!(" · {c}"))
            .unwrap_or_default()
    );
    if let Some(track) = &r.track {
        out.push_str(&format!("{}: **{}**", w.track, track.text));
        if let Some(reason) = &r.track_reason {
            out.push_str(&format!(" ({reason})"));
        }
        out.push_str("\n\n");
    }
    if let Some(line) = experience_line(r) {
        out.push_str(&format!("{}: {line}\n\n", w.experience));
    }
    out.push_str(&format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        w.rule, w.points, w.why
    ));
    for p in &r.fit.parts {
        out.push_str(&format!(
            "| {} | {}/{} | {} |\n",
            p.rule.as_str(),
            p.points,
            p.max,
            p.reason.replace('|', "\\|")
        ));
    }
    out.push_str(&format!("\n## {}\n\n", w.evidence));
    for e in r.evidence.iter().take(6) {
        out.push_str(&format!(
            "- **{}** ({}) — {}\n",
            e.title,
            e.score,
            e.reasons.join("; ")
        ));
    }
    out.push_str(&format!("\n## {}\n\n", w.say_it));
    for c in &r.coverage.have {
        out.push_str(&format!("- {} — `{}`\n", c.keyword, c.evidence));
    }
    out.push_str(&format!("\n## {}\n\n", w.missing));
    if r.coverage.missing.is_empty() {
        out.push_str(&format!("- {}\n", w.none));
    }
    for m in &r.coverage.missing {
        out.push_str(&format!("- {m}\n"));
    }
    if !r.read.is_empty() {
        out.push_str(&format!("\n## {}\n\n", w.read));
        for f in &r.read {
            out.push_str(&format!("- {} `{}`: {}\n", w.read_from, f.path, f.what));
        }
    }
    out.push_str(&format!("\n## {}\n\n", w.advice));
    for a in &r.advice {
        out.push_str(&format!(
            "- **{}** `{}`: {}. {}: {}\n",
            a.rule.as_str(),
            a.path,
            a.message,
            w.next,
            a.action
        ));
    }
    let heading = format!("\n## {}\n\n", w.translate);
    push_left_out_and_translations(&mut out, r, &w, &heading, "- ");
    out
}

fn table(r: &CoachReport, colour: bool) -> String {
    let w = words(r.lang);
    let new_table = |headers: Vec<&str>| {
        let mut t = Table::new();
        t.load_preset(if colour {
            presets::UTF8_FULL_CONDENSED
        } else {
            presets::ASCII_MARKDOWN
        });
        t.set_content_arrangement(ContentArrangement::Dynamic);
        if !colour {
            t.force_no_tty();
        }
        t.set_header(
            headers
                .into_iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
        t
    };
    let score_colour = match r.fit.score {
        70.. => Color::Green,
        45..=69 => Color::Yellow,
        _ => Color::Red,
    };
    let mut out = String::new();
    let title = format!(
        "{} {}/100{}",
        w.fit,
        r.fit.score,
        r.company
            .as_deref()
            .map(|c| format!(" · {c}"))
            .unwrap_or_default()
    );
    out.push_str(&if colour {
        format!("\x1b[1m{title}\x1b[0m\n")
    } else {
        format!("{title}\n")
    });
    if let Some(track) = &r.track {
        out.push_str(&format!("{}: {}", w.track, track.text));
        if let Some(reason) = &r.track_reason {
            out.push_str(&format!(" ({reason})"));
        }
        out.push('\n');
    }
    if let Some(line) = experience_line(r) {
        out.push_str(&format!("{}: {line}\n", w.experience));
    }
    let mut fit = new_table(vec![w.rule, w.points, w.why]);
    for p in &r.fit.parts {
        let mut cell = Cell::new(format!("{}/{}", p.points, p.max));
        if colour {
            cell = cell.fg(if p.points == p.max {
                Color::Green
            } else if p.points == 0 {
                Color::Red
            } else {
                score_colour
            });
        }
        fit.add_row(vec![Cell::new(p.rule.as_str()), cell, Cell::new(&p.reason)]);
    }
    out.push_str(&format!("{fit}\n\n{}\n", w.evidence));
    let mut evidence = new_table(vec!["#", w.evidence, w.why]);
    for (i, e) in r.evidence.iter().take(6).enumerate() {
        evidence.add_row(vec![
            Cell::new(i + 1),
            Cell::new(&e.title),
            Cell::new(e.reasons.join("; ")),
        ]);
    }
    out.push_str(&format!("{evidence}\n\n"));
    let mut coverage = new_table(vec![w.say_it, w.missing]);
    let rows = r.coverage.have.len().max(r.coverage.missing.len());
    for i in 0..rows {
        let have = r
            .coverage
            .have
            .get(i)
            .map(|c| format!("{} ({})", c.keyword, c.evidence))
            .unwrap_or_default();
        let missing = r.coverage.missing.get(i).cloned().unwrap_or_default();
        let mut missing_cell = Cell::new(missing);
        if colour {
            missing_cell = missing_cell.fg(Color::Red);
        }
        coverage.add_row(vec![Cell::new(have), missing_cell]);
    }
    out.push_str(&format!("{coverage}\n\n"));
    if !r.read.is_empty() {
        out.push_str(&format!("{}\n", w.read));
        for f in &r.read {
            out.push_str(&format!("  {} {}: {}\n", w.read_from, f.path, f.what));
        }
        out.push('\n');
    }
    out.push_str(&format!("{}\n", w.advice));
    let mut advice = new_table(vec![w.rule, w.advice, w.next]);
    for a in &r.advice {
        advice.add_row(vec![
            Cell::new(a.rule.as_str()),
            Cell::new(format!("{} ({})", a.message, a.path)),
            Cell::new(&a.action),
        ]);
    }
    out.push_str(&format!("{advice}\n"));
    let heading = format!("\n{}:\n", w.translate);
    push_left_out_and_translations(&mut out, r, &w, &heading, "  ");
    out
}
