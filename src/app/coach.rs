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
    /// The 자기소개서 answers below 80% of their limit: the profile has no more evidence
    /// for them in the document's language (the document never pads them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub short_answers: Vec<ShortAnswer>,
}

/// An answer the profile cannot fill to 80% of its limit.
#[derive(Debug, Clone, Serialize)]
pub struct ShortAnswer {
    pub question: String,
    /// Its length and its tightest limit, as the document counts them.
    pub count: String,
    /// Whether texts in another language would fill it once translated (`translate`).
    pub needs_translation: bool,
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
        ..SessionOptions::profile(&config.profile)
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
    report.short_answers = short_answers(&view, !view.untranslated.is_empty());
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
        short_answers: Vec::new(),
    }
}

/// The answers of `view`'s 자기소개서 below 80% of their tightest limit.
fn short_answers(view: &crate::view::DocumentView, untranslated: bool) -> Vec<ShortAnswer> {
    let Some(letter) = &view.letter else {
        return Vec::new();
    };
    letter
        .sections
        .iter()
        .filter_map(|section| {
            let count = section.count.as_ref()?;
            let share = |n: usize, max: Option<u32>| max.map(|m| n as f64 / f64::from(m.max(1)));
            let fill = [
                share(count.with_spaces, count.max_chars),
                share(count.without_spaces, count.max_chars_no_spaces),
            ]
            .into_iter()
            .flatten()
            .fold(None, |a: Option<f64>, b| Some(a.map_or(b, |a| a.max(b))))?;
            (fill < crate::view::plan::FILL_LOW).then(|| ShortAnswer {
                question: section.question.clone().unwrap_or_default(),
                count: count.line.clone(),
                needs_translation: untranslated,
            })
        })
        .collect()
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
    for a in &r.short_answers {
        let why = match (r.lang == "ko", a.needs_translation) {
            (true, true) => "나머지 경험이 다른 언어로만 적혀 있습니다. 아래 항목을 번역하면 채워집니다",
            (true, false) => "프로필에 이 질문에 쓸 경험이 더 없습니다. 지어내지 않고 비워 둡니다",
            (false, true) => "the rest of your evidence is written in another language only; translating the fields below fills it",
            (false, false) => "your profile has no more evidence for it; nothing is made up to fill it",
        };
        let label = if r.lang == "ko" {
            "분량의 80%에 못 미치는 답변"
        } else {
            "Answer below 80% of its limit"
        };
        out.push_str(&format!(
            "\n{label}: \"{}\" ({}): {why}\n",
            a.question, a.count
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

/// A length in months, short ("3 y 9 m", "3년 9개월") or long ("3 years 9 months").
fn duration(months: u32, ko: bool, short: bool) -> String {
    let (y, m) = (months / 12, months % 12);
    match (ko, short) {
        (true, _) if y == 0 => format!("{m}개월"),
        (true, _) if m == 0 => format!("{y}년"),
        (true, _) => format!("{y}년 {m}개월"),
        (false, true) if y == 0 => format!("{m} m"),
        (false, true) if m == 0 => format!("{y} y"),
        (false, true) => format!("{y} y {m} m"),
        (false, false) => {
            let plural = |n: u32, word: &str| {
                if n == 1 {
                    format!("1 {word}")
                } else {
                    format!("{n} {word}s")
                }
            };
            match (y, m) {
                (0, m) => plural(m, "month"),
                (y, 0) => plural(y, "year"),
                (y, m) => format!("{} {}", plural(y, "year"), plural(m, "month")),
            }
        }
    }
}

/// The posting's experience requirement against the work history: what it asks (a level's
/// years called a convention), the work counted with its periods, met or not, and the advice
/// when the candidate has more years than the posting's range or level.
fn experience_line(r: &CoachReport) -> Option<String> {
    use crate::story::Level;
    let e = r.experience.as_ref()?;
    let ko = r.lang == "ko";
    let lang = if ko {
        crate::profile::Lang::Ko
    } else {
        crate::profile::Lang::En
    };
    let asked = match (e.years, e.max_years, ko) {
        (0, None, true) => "경력 무관".to_string(),
        (0, None, false) => "any experience".to_string(),
        (0, Some(max), true) => format!("경력 {max}년 이하"),
        (0, Some(max), false) => format!("up to {max} years"),
        (min, None, true) => format!("경력 {min}년 이상"),
        (min, None, false) => format!("{min}+ years"),
        (min, Some(max), true) => format!("경력 {min}~{max}년"),
        (min, Some(max), false) => format!("{min}-{max} years"),
    };
    let mut out = if ko {
        format!("공고 \"{}\" ({})", e.required.text, e.required.path)
    } else {
        format!(
            "the posting asks \"{}\" ({})",
            e.required.text, e.required.path
        )
    };
    match (e.level, ko) {
        (Some(Level::Any), true) => out.push_str(": 경력을 따지지 않습니다."),
        (Some(Level::Any), false) => out.push_str(": it is open to any experience."),
        (Some(level), true) => out.push_str(&format!(
            ": {} 관례상 {} 뜻합니다(회사마다 다른 관례입니다).",
            crate::korean::attach(level.name(lang), "은/는"),
            crate::korean::attach(&asked, "을/를")
        )),
        (Some(level), false) => out.push_str(&format!(
            ": by convention, {} means {asked} (a convention that varies by company).",
            level.name(lang)
        )),
        (None, _) => out.push(':'),
    }
    let jobs: Vec<String> = e
        .jobs
        .iter()
        .filter(|j| !j.internship)
        .map(|j| {
            let to =
                j.to.clone()
                    .unwrap_or_else(|| if ko { "현재" } else { "present" }.to_string());
            format!(
                "{} {} – {to}, {}",
                j.path,
                j.from,
                duration(j.months, ko, true)
            )
        })
        .collect();
    let jobs = if jobs.is_empty() {
        String::new()
    } else {
        format!(" ({})", jobs.join("; "))
    };
    let total = duration(e.months, ko, false);
    out.push_str(&if ko {
        if e.months == 0 {
            " 프로필에 날짜가 있는 경력이 없습니다".to_string()
        } else {
            format!(" 프로필의 경력은 {total}입니다{jobs}")
        }
    } else {
        // After a level's sentence a new sentence; after the quoted requirement, its colon.
        let your = if e.level.is_some() { "Your" } else { "your" };
        if e.months == 0 {
            format!(" {your} profile shows no dated professional work")
        } else {
            format!(" {your} professional work history shows {total}{jobs}")
        }
    });
    let verdict = match (e.met, e.over, ko) {
        (true, false, true) => ": 충족.",
        (true, false, false) => ": met.",
        (true, true, true) => ": 충족, 다만 공고가 말하는 범위보다 깁니다.",
        (true, true, false) => ": met, and more than it asks.",
        (false, _, true) => ": 미달.",
        (false, _, false) => ": not met.",
    };
    out.push_str(verdict);
    if let Some(ai) = e.ai_months {
        let without: Vec<&str> = e
            .jobs
            .iter()
            .filter(|j| !j.internship && !j.ai_work)
            .map(|j| j.path.as_str())
            .collect();
        let ai = duration(ai, ko, false);
        out.push_str(&if ko {
            format!(
                " AI/ML 작업이 글에 드러나는 경력만 세면 {ai}입니다({}에는 드러나지 않습니다).",
                without.join(", ")
            )
        } else {
            format!(
                " Counting only the jobs whose own text shows AI/ML work: {ai} ({} shows none).",
                without.join(", ")
            )
        });
    }
    if e.internship_months > 0 {
        let paths: Vec<&str> = e
            .jobs
            .iter()
            .filter(|j| j.internship)
            .map(|j| j.path.as_str())
            .collect();
        let months = duration(e.internship_months, ko, false);
        out.push_str(&if ko {
            format!(
                " 인턴 {} 따로 셌습니다({}).",
                crate::korean::attach(&months, "은/는"),
                paths.join(", ")
            )
        } else {
            format!(
                " Internships, {months}, are counted apart ({}).",
                paths.join(", ")
            )
        });
    }
    if e.over {
        let entry = matches!(e.level, Some(Level::Intern | Level::Entry | Level::Junior));
        out.push_str(match (entry, ko) {
            (true, true) => " 경력이 이 공고가 찾는 수준보다 많아 자격 초과로 보일 수 있습니다. 탈락 사유는 아니지만, 이 자리를 원하는 이유를 자기소개서에 분명히 쓰세요.",
            (true, false) => " You have more experience than this level usually means and may read as over-qualified: not a reason to be turned down, but say plainly in the letter why you want this role.",
            (false, true) => " 공고의 상한보다 경력이 깁니다. 탈락 사유는 아니지만, 이 역할을 고른 이유를 자기소개서에 쓰세요.",
            (false, false) => " That is more than the upper bound it states: not a reason to be turned down, but say in the letter why this role is the one you want.",
        });
    }
    if let Some(degree) = &e.graduate_degree {
        out.push_str(&if ko {
            format!(" 석사·박사 과정을 경력으로 인정하는 회사도 있습니다({degree}). 이 회사도 그런지 확인하세요.")
        } else {
            format!(" Some companies count a master's or doctorate as work experience ({degree}); ask whether this one does.")
        });
    }
    if let Some((month, source)) = &e.ongoing_until {
        out.push_str(&match (ko, *source) {
            (true, "posting") => format!(" 재직 중인 경력은 공고 날짜 {month}까지 셌습니다."),
            (true, _) => format!(" 재직 중인 경력은 프로필의 마지막 날짜 {month}까지 셌습니다."),
            (false, "posting") => {
                format!(" Ongoing jobs are counted to the posting's date, {month}.")
            }
            (false, _) => {
                format!(" Ongoing jobs are counted to {month}, the latest date your profile gives.")
            }
        });
    }
    Some(out)
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
