//! Issue 11 on the real-world-shaped documents of `tests/fixtures/realworld/`: each is rendered
//! once (PDF, text and Markdown, the default `--pages 1`, all documents in parallel) and the
//! tests read the results. Every document renders (and coach reads it), with a warning for
//! each deviation it has;
//! nothing the input holds (employers, dates, links, highlights) is missing from the text
//! unless the page budget left its item out and said so; the PDF shows the name and the
//! employers in every script; no raw markup shows; the page count keeps the budget or a
//! warning says why not. (That their exports are valid and whole is checked with every other
//! profile's, in `export::`.) What is expected is derived from each input file here, through
//! the lenient reading's rules (legacy `company`, loose dates), never listed by hand.
//! These tests need typst 0.15.1, Noto CJK and Noto Color Emoji (scripts/setup.sh).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::common::export::realworld_profiles;
use crate::common::pdf::{pdf_pages, pdf_raw_text};
use crate::common::{stderr, storyfolio};

/// One document rendered.
struct Rendered {
    file: PathBuf,
    input: Value,
    code: Option<i32>,
    stderr: String,
    txt: String,
    md: String,
    pdf: String,
    pages: usize,
}

impl Rendered {
    fn name(&self) -> String {
        self.file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }
}

/// Every document of the set, rendered once for all the tests of this module.
fn rendered() -> &'static [Rendered] {
    static RENDERED: OnceLock<(tempfile::TempDir, Vec<Rendered>)> = OnceLock::new();
    &RENDERED
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let files = realworld_profiles();
            // Three at a time: typst takes most of the time, and the machine is shared.
            let chunks: Vec<&[PathBuf]> = files.chunks(files.len().div_ceil(3)).collect();
            let done = std::thread::scope(|scope| {
                let running: Vec<_> = chunks
                    .iter()
                    .map(|chunk| {
                        let dir = dir.path();
                        scope
                            .spawn(move || chunk.iter().map(|f| render(f, dir)).collect::<Vec<_>>())
                    })
                    .collect();
                running
                    .into_iter()
                    .flat_map(|r| r.join().unwrap())
                    .collect::<Vec<Rendered>>()
            });
            (dir, done)
        })
        .1
}

fn render(file: &Path, dir: &Path) -> Rendered {
    let out = dir.join(file.file_stem().unwrap());
    let output = storyfolio()
        .arg("render")
        .arg(file)
        .args(["--format", "pdf", "--format", "txt", "--format", "md"])
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap_or_default();
    let pdf = out.join("resume.pdf");
    let (pdf_text, pages) = if pdf.is_file() {
        (pdf_raw_text(&pdf), pdf_pages(&pdf))
    } else {
        (String::new(), 0)
    };
    Rendered {
        file: file.to_path_buf(),
        input: serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap(),
        code: output.status.code(),
        stderr: stderr(&output),
        txt: read("resume.txt"),
        md: read("resume.md"),
        pdf: pdf_text,
        pages,
    }
}

/// Every character but white space: PDF extraction spaces CJK text and wrapped lines at
/// will, so text is compared without it.
fn no_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of a field, when it has any.
fn text_at<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The employer of a job: `name` since JSON Resume 1.0, `company` before.
fn employer(job: &Value) -> Option<&str> {
    text_at(job, "name").or_else(|| text_at(job, "company"))
}

/// The visible pieces of a text with inline Markdown or HTML: the runs of text between tags
/// and markers, entities decoded. Each must show in the output, however the markup is
/// rendered (a link's text with or without its address, a list item on its own line).
fn visible_pieces(text: &str) -> Vec<String> {
    let decoded = decode_entities(text);
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut chars = decoded.chars().peekable();
    let mut flush = |current: &mut String| {
        let piece = no_space(current);
        if !piece.is_empty() {
            pieces.push(piece);
        }
        current.clear();
    };
    while let Some(c) = chars.next() {
        match c {
            // A tag (`<strong>`, `<a href="...">`) is markup: nothing of it shows.
            '<' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/') =>
            {
                flush(&mut current);
                for t in chars.by_ref() {
                    if t == '>' {
                        break;
                    }
                }
            }
            // A Markdown link's address may show or not.
            ']' if chars.peek() == Some(&'(') => {
                flush(&mut current);
                for t in chars.by_ref() {
                    if t == ')' {
                        break;
                    }
                }
            }
            '*' | '`' | '[' => flush(&mut current),
            _ => current.push(c),
        }
    }
    flush(&mut current);
    pieces
}

/// The months a date is shown with in the text output, in each form storyfolio uses.
fn month_forms(year: &str, month: u32) -> Vec<String> {
    const SHORT: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = month as usize - 1;
    vec![
        format!("{} {year}", SHORT[i]),
        format!("{year}.{month:02}"),
        format!("{year}-{month:02}"),
        format!("{year}/{month:02}"),
        format!("{month:02}/{year}"),
        format!("{year}년{month}월"),
        format!("{year}年{month}月"),
    ]
}

/// The paths the "to fit --pages N, the resume leaves out ..." line names: each item is
/// `"name" (projects[3])`.
fn left_out(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| l.starts_with("to fit --pages"))
        .flat_map(|l| l.split('(').skip(1))
        .filter_map(|rest| rest.split_once(')').map(|(inside, _)| inside))
        .filter(|inside| {
            inside.split_once('[').is_some_and(|(list, index)| {
                !list.is_empty()
                    && list.chars().all(|c| c.is_ascii_lowercase())
                    && index
                        .strip_suffix(']')
                        .is_some_and(|i| i.parse::<usize>().is_ok())
            })
        })
        .map(str::to_string)
        .collect()
}

/// A link as it may be shown: no scheme, no trailing slash, host in lower case.
fn link_key(url: &str) -> String {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    format!("{}/{}", host.to_ascii_lowercase(), path)
        .trim_end_matches('/')
        .to_string()
}

/// The paragraphs of the text output that may show the item named `name`: those whose first
/// line has `name` as a field ("Engineer | Acme | Mar 2020 – Present"), else those that hold it.
fn item_paragraphs<'t>(text: &'t str, name: &str) -> Vec<&'t str> {
    let heading = text
        .split("\n\n")
        .filter(|p| {
            let first = p.lines().next().unwrap_or_default();
            first.split(" | ").any(|field| field.trim() == name)
        })
        .collect::<Vec<_>>();
    if heading.is_empty() {
        text.split("\n\n").filter(|p| p.contains(name)).collect()
    } else {
        heading
    }
}

/// Text with the HTML entities people paste decoded.
fn decode_entities(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&mdash;", "—")
        .replace("&ndash;", "–")
}

/// What the text output of one document misses of its input.
/// Facts looked for in an output, and those not found.
#[derive(Default)]
struct Tally {
    checked: usize,
    missing: Vec<String>,
}

impl Tally {
    fn check(&mut self, found: bool, what: impl FnOnce() -> String) {
        self.checked += 1;
        if !found {
            self.missing.push(what());
        }
    }
}

/// The facts of one document's input looked for in its text output.
fn missing_from_txt(doc: &Rendered) -> Tally {
    let input = &doc.input;
    let txt = &doc.txt;
    let flat = no_space(txt);
    let shown_links: Vec<String> = txt
        .split_whitespace()
        .filter(|w| w.contains("://"))
        .map(|w| link_key(w.trim_end_matches([')', ',', '.'])))
        .collect();
    let dropped = left_out(&doc.stderr);
    let mut tally = Tally::default();
    let basics = input.get("basics").or_else(|| input.get("bio"));
    for key in ["url", "website"] {
        if let Some(url) = basics.and_then(|b| text_at(b, key)) {
            tally.check(shown_links.contains(&link_key(url)), || {
                format!("basics.{key} {url}")
            });
        }
    }
    if let Some(email) = basics.and_then(|b| text_at(b, "email")) {
        tally.check(txt.contains(email), || format!("basics.email {email}"));
    }
    let profiles = basics.and_then(|b| b.get("profiles"));
    for profile in profiles.and_then(Value::as_array).into_iter().flatten() {
        if let Some(url) = text_at(profile, "url") {
            tally.check(shown_links.contains(&link_key(url)), || {
                format!("profile link {url}")
            });
        }
    }
    // Each list's items: the field that names the item, and its links and highlights.
    for (list, title) in [
        ("work", "name"),
        ("projects", "name"),
        ("volunteer", "organization"),
        ("education", "institution"),
        ("awards", "title"),
        ("publications", "name"),
        ("certificates", "name"),
    ] {
        for (index, item) in input
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let path = format!("{list}[{index}]");
            if dropped.contains(&path) {
                continue;
            }
            let name = if list == "work" {
                employer(item)
            } else {
                text_at(item, title)
            };
            let Some(name) = name.map(decode_entities) else {
                continue;
            };
            // The dates as shown: the month in one of the forms storyfolio writes, else the year.
            let dates: Vec<(&str, &str, Vec<String>)> =
                ["startDate", "endDate", "date", "releaseDate"]
                    .into_iter()
                    .filter_map(|key| {
                        let date = text_at(item, key)?;
                        let year = find_year(date)?;
                        let forms = match read_month(date, &year) {
                            Some(m) => month_forms(&year, m),
                            None => vec![year],
                        };
                        Some((key, date, forms))
                    })
                    .collect();
            let shows = |block: &str, forms: &[String]| {
                forms.iter().any(|f| no_space(block).contains(&no_space(f)))
            };
            // A name can head two items (an employer that is also the school): the item's own
            // paragraph is the one that shows its dates.
            let candidates = item_paragraphs(txt, &name);
            let block = candidates
                .iter()
                .find(|b| dates.iter().all(|(_, _, forms)| shows(b, forms)))
                .or(candidates.first());
            tally.check(block.is_some(), || format!("{path} {name:?}"));
            let Some(block) = block else {
                continue;
            };
            for (key, date, forms) in &dates {
                tally.check(shows(block, forms), || {
                    format!("{path}.{key} {date:?} in {block:?}")
                });
            }
            for key in ["url", "website"] {
                if let Some(url) = text_at(item, key) {
                    tally.check(shown_links.contains(&link_key(url)), || {
                        format!("{path}.{key} {url}")
                    });
                }
            }
            for (h, highlight) in item
                .get("highlights")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .enumerate()
            {
                for piece in visible_pieces(highlight) {
                    tally.check(flat.contains(&piece), || {
                        format!("{path}.highlights[{h}] {piece:?}")
                    });
                }
            }
        }
    }
    tally
}

/// The four-digit year of a date as people write it.
fn find_year(date: &str) -> Option<String> {
    let chars: Vec<char> = date.chars().collect();
    chars.windows(4).enumerate().find_map(|(i, w)| {
        let before = i.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i + 4);
        (w.iter().all(char::is_ascii_digit)
            && !before.is_some_and(|c| c.is_ascii_digit())
            && !after.is_some_and(char::is_ascii_digit))
        .then(|| w.iter().collect())
    })
}

/// The month of a date as people write it, next to its `year`: "2020-03", "2020.03", "2020/03",
/// "03/2020", "03.2020", "2020년 3월", "2020年3月", "Mar 2020", "March 2020", "Sept 2017".
fn read_month(date: &str, year: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = date.to_lowercase();
    if let Some(m) = NAMES.iter().position(|n| lower.contains(n)) {
        return Some(m as u32 + 1);
    }
    let (before, after) = date.split_once(year)?;
    let number = |s: &str| -> Option<u32> {
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok().filter(|m| (1..=12).contains(m))
    };
    let after = after.trim_start_matches(['-', '.', '/', ' ', '년', '年']);
    if let Some(m) = number(after) {
        return Some(m);
    }
    let before: String = before
        .trim_end_matches(['-', '.', '/', ' '])
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    number(&before)
}

#[test]
fn every_document_renders_with_a_warning_for_each_deviation() {
    let mut deviations = 0;
    for doc in rendered() {
        let name = doc.name();
        assert_eq!(doc.code, Some(0), "{name}: {}", doc.stderr);
        let warned = crate::common::export::warned_paths(&doc.stderr);
        // Derived from the input: every date not written YYYY[-MM[-DD]], every pre-1.0 key,
        // every link without a scheme gets a warning at its path.
        let mut expected = Vec::new();
        collect_deviations(&doc.input, "", &mut expected);
        deviations += expected.len();
        let unwarned: Vec<&String> = expected.iter().filter(|p| !warned.contains(p)).collect();
        assert!(
            unwarned.is_empty(),
            "{name}: no warning at {unwarned:?}:\n{}",
            doc.stderr
        );
    }
    // Loose dates, legacy keys and links without a scheme in most of the set.
    assert!(deviations > 80, "only {deviations} deviations found");
}

/// The paths of `value` a warning must name.
fn collect_deviations(value: &Value, path: &str, out: &mut Vec<String>) {
    let exact_date = |d: &str| {
        let parts: Vec<&str> = d.split('-').collect();
        !parts.is_empty()
            && parts.len() <= 3
            && parts[0].len() == 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    };
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "meta" && path.is_empty() {
                    continue;
                }
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                // Where each pre-1.0 key lives: `work[0].company`, `basics.website`, ...
                let parent = path.split('[').next().unwrap_or_default();
                let legacy = [
                    ("work", "company"),
                    ("work", "website"),
                    ("volunteer", "website"),
                    ("publications", "website"),
                    ("education", "gpa"),
                    ("basics", "website"),
                    ("basics", "picture"),
                ]
                .contains(&(parent, key.as_str()))
                    && (parent == "basics") == (path == "basics");
                let date = ["startDate", "endDate", "date", "releaseDate"].contains(&key.as_str());
                let deviates = match child {
                    Value::String(s) if date => !exact_date(s),
                    Value::Null | Value::Number(_) if date => true,
                    Value::String(s) if key == "url" => {
                        !s.trim().is_empty() && !s.contains("://") && s.contains('.')
                    }
                    _ => false,
                };
                if legacy || deviates {
                    out.push(child_path.clone());
                }
                collect_deviations(child, &child_path, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_deviations(item, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_text_keeps_every_employer_date_link_and_highlight() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for doc in rendered() {
        let tally = missing_from_txt(doc);
        checked += tally.checked;
        if !tally.missing.is_empty() {
            failures.push(format!("{}: {:#?}", doc.name(), tally.missing));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The set is large: a reader that finds nothing to check is broken.
    assert!(checked > 350, "only {checked} facts checked");
}

#[test]
fn the_pdf_shows_the_name_and_every_employer_in_its_script() {
    for doc in rendered() {
        let name = doc.name();
        let flat = no_space(&doc.pdf);
        let person = doc.input["basics"]["name"].as_str().unwrap();
        assert!(
            flat.contains(&no_space(person)),
            "{name}: name {person:?} not in:\n{}",
            doc.pdf
        );
        for job in doc.input["work"].as_array().into_iter().flatten() {
            if let Some(employer) = employer(job) {
                assert!(
                    flat.contains(&no_space(employer)),
                    "{name}: employer {employer:?} not in:\n{}",
                    doc.pdf
                );
            }
        }
        assert!(
            !doc.stderr.contains("would print as boxes"),
            "{name}: every script has a font here: {}",
            doc.stderr
        );
    }
}

#[test]
fn no_raw_markup_shows_in_any_format() {
    for doc in rendered() {
        let name = doc.name();
        for (format, text) in [("txt", &doc.txt), ("pdf", &doc.pdf)] {
            for raw in [
                "<p>", "</p>", "<b>", "</b>", "<strong>", "<em>", "<i>", "<br", "<ul>", "<li>",
                "<a ", "</a>", "&amp;", "&nbsp;", "&mdash;", "**", "](", "`",
            ] {
                assert!(
                    !text.contains(raw),
                    "{name} {format}: raw `{raw}` in:\n{text}"
                );
            }
        }
        // Markdown output writes its own markup; no pasted HTML or entity passes through.
        for raw in [
            "<p>", "<b>", "<strong>", "<em>", "<i>", "<br", "<ul>", "<li>", "<a href", "&nbsp;",
            "&mdash;",
        ] {
            assert!(
                !doc.md.contains(raw),
                "{name} md: raw `{raw}` in:\n{}",
                doc.md
            );
        }
    }
}

#[test]
fn page_counts_keep_the_budget_or_say_why_not() {
    let mut over = 0;
    for doc in rendered() {
        let name = doc.name();
        assert!(doc.pages >= 1, "{name}: no PDF: {}", doc.stderr);
        if doc.pages > 1 {
            over += 1;
            let warned = format!(
                "warning: resume is {} pages; --pages 1 could not be met",
                doc.pages
            );
            assert!(
                doc.stderr.contains(&warned),
                "{name}: {} pages, unwarned: {}",
                doc.pages,
                doc.stderr
            );
        }
    }
    // The 13-year profile cannot fit one page: the warning above is exercised.
    assert!(over >= 1);
}

#[test]
fn coach_reads_every_document_for_a_posting_in_its_language() {
    for file in realworld_profiles() {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let target = if name.starts_with("ko-") {
            "realworld/targets/ko-vision-safety.json"
        } else {
            "realworld/targets/en-ml-platform.json"
        };
        let output = storyfolio()
            .arg("coach")
            .arg(&file)
            .arg("--target")
            .arg(crate::common::fixture(target))
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        assert!(!output.stdout.is_empty(), "{name}: coach said nothing");
    }
}

#[test]
fn the_readers_of_this_module_read_what_they_claim() {
    assert_eq!(
        visible_pieces("Fine-tuned `whisper` **14.1% → 9.8%** [blog](https://x.org) a&amp;b<ul><li>x</li></ul>"),
        ["Fine-tuned", "whisper", "14.1%→9.8%", "blog", "a&b", "x"]
    );
    assert_eq!(find_year("03/2020"), Some("2020".into()));
    assert_eq!(read_month("03/2020", "2020"), Some(3));
    assert_eq!(read_month("2021년 7월", "2021"), Some(7));
    assert_eq!(read_month("Sept 2017", "2017"), Some(9));
    assert_eq!(read_month("2017-10-01T00:00:00.000Z", "2017"), Some(10));
    assert_eq!(read_month("2019", "2019"), None);
    assert_eq!(link_key("HTTPS://Www.Example.com/a/"), "www.example.com/a");
    assert_eq!(
        left_out("to fit --pages 1, the resume leaves out 2 items: \"a (b)\" (projects[0]), \"c\" (projects[3])"),
        ["projects[0]", "projects[3]"]
    );
    let txt = "A\n\nDev | Acme | Mar 2020 – Present\n  * did x\n  https://acme.example/\n\nAcme | BSc | 2015";
    let doc = Rendered {
        file: PathBuf::from("t.json"),
        input: serde_json::json!({
            "work": [{"company": "Acme", "startDate": "2020-03", "endDate": "2021.07",
                      "url": "acme.example", "highlights": ["did **x**", "did y"]}],
            "education": [{"institution": "Acme", "startDate": "2015", "url": "https://school.example"}],
            "basics": {"url": "https://me.example"}
        }),
        code: Some(0),
        stderr: String::new(),
        txt: txt.into(),
        md: String::new(),
        pdf: String::new(),
        pages: 1,
    };
    let tally = missing_from_txt(&doc);
    assert_eq!(
        tally.missing,
        [
            "basics.url https://me.example",
            "work[0].endDate \"2021.07\" in \"Dev | Acme | Mar 2020 – Present\\n  * did x\\n  https://acme.example/\"",
            "work[0].highlights[1] \"didy\"",
            "education[0].url https://school.example"
        ]
    );
    assert_eq!(tally.checked, 11);
}
