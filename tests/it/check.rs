//! `storyfolio check`: the labelled corpus (precision and recall), the self-check over every
//! document storyfolio generates, every reader, and each bad input with its exact message.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::files::{repo, EXAMPLE_PAIRS};
use crate::common::run::{stderr, stdout, storyfolio, ALL_DOCS};
use serde_json::Value;

fn check_json(document: &Path, profile: &str, target: Option<&str>) -> (Value, i32) {
    let mut cmd = storyfolio();
    cmd.arg("check")
        .arg(document)
        .args(["--profile", profile, "--format", "json"]);
    if let Some(t) = target {
        cmd.args(["--target", t]);
    }
    let out = cmd.output().expect("runs");
    let report: Value = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{}: {e}\n{}", document.display(), stderr(&out)));
    (report, out.status.code().unwrap_or(-1))
}

fn line_of(finding: &Value) -> Option<u64> {
    finding["location"]["line"]
        .as_u64()
        .or(finding["location"]["paragraph"].as_u64())
}

/// Every seeded fabrication is reported with its kind on its line; nothing else is.
#[test]
fn corpus_precision_and_recall() {
    let dir = repo("tests/fixtures/check/corpus");
    let mut sidecars: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".labels.json"))
        .collect();
    sidecars.sort();
    assert!(sidecars.len() >= 30, "{} documents", sidecars.len());
    let (mut true_positive, mut false_positive, mut missed) = (0, 0, 0);
    // The documents written for the plain profiles before check was run on them (`held_out`
    // in the sidecar), counted apart as well.
    let (mut held_tp, mut held_fp, mut held_missed, mut held_docs) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    let (mut faithful, mut seeded) = (0, 0);
    for sidecar in &sidecars {
        let labels: Value = serde_json::from_str(&fs::read_to_string(sidecar).expect("read"))
            .expect("labels are JSON");
        let document = PathBuf::from(sidecar.to_string_lossy().trim_end_matches(".labels.json"));
        let name = document.file_name().unwrap().to_string_lossy().into_owned();
        let (report, code) = check_json(
            &document,
            labels["profile"].as_str().expect("profile"),
            labels["target"].as_str(),
        );
        let wanted: Vec<(u64, &str)> = labels["fabrications"]
            .as_array()
            .expect("fabrications")
            .iter()
            .map(|f| (f["line"].as_u64().unwrap(), f["kind"].as_str().unwrap()))
            .collect();
        if wanted.is_empty() {
            faithful += 1;
        } else {
            seeded += 1;
        }
        let held_out = labels["held_out"].as_bool().unwrap_or(false);
        held_docs += usize::from(held_out);
        let (tp_before, fp_before, missed_before) = (true_positive, false_positive, missed);
        let found: Vec<(u64, String, String)> = report["unsupported"]
            .as_array()
            .expect("unsupported")
            .iter()
            .map(|f| {
                (
                    line_of(f).unwrap_or(0),
                    f["why"].as_str().unwrap_or_default().to_string(),
                    f["claim"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        for (line, kind) in &wanted {
            if found.iter().any(|(l, k, _)| l == line && k == kind) {
                true_positive += 1;
            } else {
                missed += 1;
                failures.push(format!(
                    "{name}:{line}: {kind} not reported (found {found:?})"
                ));
            }
        }
        for (line, kind, claim) in &found {
            if !wanted.iter().any(|(l, _)| l == line) {
                false_positive += 1;
                failures.push(format!(
                    "{name}:{line}: faithful sentence reported: {kind} \"{claim}\""
                ));
            }
        }
        if held_out {
            held_tp += true_positive - tp_before;
            held_fp += false_positive - fp_before;
            held_missed += missed - missed_before;
        }
        let expected_code = if wanted.is_empty() { 0 } else { 1 };
        if code != expected_code {
            failures.push(format!(
                "{name}: exit code {code}, expected {expected_code}"
            ));
        }
    }
    let precision = f64::from(true_positive) / f64::from((true_positive + false_positive).max(1));
    let recall = f64::from(true_positive) / f64::from((true_positive + missed).max(1));
    println!(
        "check corpus: {} documents ({faithful} faithful, {seeded} seeded), {} fabrications; precision {precision:.3}, recall {recall:.3} ({true_positive} found, {false_positive} false alarms, {missed} missed)",
        sidecars.len(),
        true_positive + missed
    );
    println!(
        "  held-out documents for the plain profiles: {held_docs}, {} fabrications; precision {:.3}, recall {:.3} ({held_tp} found, {held_fp} false alarms, {held_missed} missed)",
        held_tp + held_missed,
        f64::from(held_tp) / f64::from((held_tp + held_fp).max(1)),
        f64::from(held_tp) / f64::from((held_tp + held_missed).max(1)),
    );
    assert!(held_docs >= 6, "{held_docs} held-out documents");
    assert!(
        faithful >= 15 && seeded >= 15,
        "{faithful} faithful, {seeded} seeded"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every document storyfolio writes passes `check` against the inputs it was written from.
#[test]
fn every_generated_document_passes_its_own_check() {
    let out = tempfile::tempdir().expect("tempdir");
    // Each example with the targets in its language, and once across languages.
    let mut pairs = EXAMPLE_PAIRS.to_vec();
    pairs.push((
        "profiles/example.ko.json",
        "profiles/targets/visionguard.json",
    ));
    pairs.push((
        "profiles/example.json",
        "profiles/targets/lightedge.ko.json",
    ));
    let mut checked = 0;
    let mut failures = Vec::new();
    for (i, (profile, target)) in pairs.iter().enumerate() {
        let dir = out.path().join(i.to_string());
        // PDF (through typst, read back with pdftotext) for one pair per language.
        let pdf: &[&str] = if i < 1 || *profile == "profiles/example.ko.json" && i < 3 {
            &["--format", "pdf"]
        } else {
            &[]
        };
        let rendered = storyfolio()
            .args(["render", profile, "--target", target])
            .args(ALL_DOCS)
            .args([
                "--format", "md", "--format", "txt", "--format", "html", "--format", "docx",
            ])
            .args(pdf)
            .arg("--out")
            .arg(&dir)
            .output()
            .expect("render runs");
        assert!(rendered.status.success(), "{}", stderr(&rendered));
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .expect("out")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        // The documents, not the Typst sources beside the PDFs.
        files.retain(|p| p.extension().is_some_and(|e| e != "typ"));
        for file in files {
            let (report, code) = check_json(&file, profile, Some(target));
            checked += 1;
            if code != 0 {
                failures.push(format!(
                    "{profile} + {target}: {}: {}",
                    file.file_name().unwrap().to_string_lossy(),
                    report["unsupported"]
                ));
            }
        }
    }
    assert!(
        checked >= 6 * 4 * 4 + 2 * 4,
        "only {checked} documents checked"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every document storyfolio writes for every plain profile x posting pair passes `check`
/// against the inputs it was written from: Markdown, text, HTML and Word for all 54 pairs
/// (through `batch`, whose checked column is `check`'s own count), PDF for one pair per
/// language (typst is the slow part).
#[test]
fn every_document_for_the_plain_profiles_passes_its_own_check() {
    let (profiles, targets) = crate::plain::plain_set();
    let out = tempfile::tempdir().expect("tempdir");
    let mut failures = Vec::new();
    let (mut pairs, mut documents) = (0, 0);
    for profile in &profiles {
        let profile_name = profile.file_name().unwrap().to_string_lossy().into_owned();
        let dir = out.path().join(&profile_name);
        let run = storyfolio()
            .arg("batch")
            .arg(profile)
            .arg("--targets")
            .args(&targets)
            .args(ALL_DOCS)
            .args([
                "--format", "md", "--format", "txt", "--format", "html", "--format", "docx",
            ])
            .arg("--out")
            .arg(&dir)
            .output()
            .expect("batch runs");
        assert!(run.status.success(), "{profile_name}: {}", stderr(&run));
        let summary: Value =
            serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).expect("summary"))
                .expect("summary is JSON");
        for entry in summary["targets"].as_array().expect("targets") {
            pairs += 1;
            let target = PathBuf::from(entry["target"].as_str().expect("target"));
            let target_name = target.file_name().unwrap().to_string_lossy().into_owned();
            let checked = &entry["checked"];
            documents += checked["documents"].as_u64().unwrap_or(0);
            assert_eq!(
                checked["documents"], 16,
                "{profile_name} + {target_name}: {entry}"
            );
            assert_eq!(checked["errors"], serde_json::json!([]), "{entry}");
            if checked["unsupported"] == 0 {
                continue;
            }
            // Which claims: `check` on every file of the pair.
            for file in entry["files"].as_array().expect("files") {
                let file = dir.join(file.as_str().expect("file"));
                let (report, _) = check_json(&file, &relative(profile), Some(&relative(&target)));
                for finding in report["unsupported"].as_array().expect("unsupported") {
                    failures.push(format!(
                        "{profile_name} + {target_name}: {}: {finding}",
                        file.file_name().unwrap().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(pairs >= 8 * 6, "only {pairs} pairs");
    assert!(documents >= 8 * 6 * 16, "only {documents} documents");
    // PDFs, read back with pdftotext: one pair per language.
    for (profile, target) in [
        ("en-nlp.json", "en-search-ranking.json"),
        ("ko-vision.json", "ko-traffic-vision.json"),
    ] {
        let profile = format!("tests/fixtures/plain/{profile}");
        let target = format!("tests/fixtures/plain/targets/{target}");
        let dir = out.path().join("pdf").join(&profile);
        let rendered = storyfolio()
            .args(["render", &profile, "--target", &target])
            .args(ALL_DOCS)
            .args(["--format", "pdf", "--out"])
            .arg(&dir)
            .output()
            .expect("render runs");
        assert!(rendered.status.success(), "{}", stderr(&rendered));
        let mut pdfs = 0;
        for file in fs::read_dir(&dir)
            .expect("out")
            .map(|e| e.expect("entry").path())
        {
            if file.extension().is_none_or(|e| e != "pdf") {
                continue;
            }
            pdfs += 1;
            let (report, code) = check_json(&file, &profile, Some(&target));
            if code != 0 {
                failures.push(format!(
                    "{profile} + {target}: {}: {}",
                    file.file_name().unwrap().to_string_lossy(),
                    report["unsupported"]
                ));
            }
        }
        assert_eq!(pdfs, 4, "{}", dir.display());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn relative(path: &Path) -> String {
    path.strip_prefix(crate::common::root())
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("write");
    path
}

fn check_fails_with(document: &Path, message: &str) {
    let out = storyfolio()
        .arg("check")
        .arg(document)
        .args(["--profile", "profiles/example.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim_end(), message);
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}

#[test]
fn an_empty_document_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "letter.md", b"  \n\n");
    check_fails_with(
        &path,
        &format!(
            "error: `{}` is empty: there is nothing to check",
            path.display()
        ),
    );
}

#[test]
fn a_binary_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "photo.jpg",
        b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01binary",
    );
    check_fails_with(
        &path,
        &format!("error: `{}` is not a document check can read: binary data that is not .docx or .pdf (check reads .md, .txt, .html, .docx and .pdf)", path.display()),
    );
}

/// A one-page PDF that draws a rectangle and has no text at all, like a scan.
fn pdf_without_text() -> Vec<u8> {
    pdf_with_content(b"0 0 1 rg 100 100 200 200 re f", false)
}

/// A minimal PDF whose page shows `content` (with Helvetica when `font`).
fn pdf_with_content(content: &[u8], font: bool) -> Vec<u8> {
    let font_dict = if font {
        "/Resources << /Font << /F1 5 0 R >> >>"
    } else {
        ""
    };
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R {font_dict} >>"
        ),
        format!(
            "<< /Length {} >>\nstream\n{}\nendstream",
            content.len(),
            String::from_utf8_lossy(content)
        ),
    ];
    if font {
        objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into());
    }
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn a_pdf_without_a_text_layer_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "scan.pdf", &pdf_without_text());
    let message = format!("error: `{}` is a PDF with no text layer (a scan or a picture of text): export the document as text (.txt, .docx, or a PDF with selectable text) and check that", path.display());
    check_fails_with(&path, &message);
    let out = storyfolio()
        .arg("check")
        .arg(&path)
        .args([
            "--profile",
            "profiles/example.json",
            "--pdf-reader",
            "builtin",
        ])
        .output()
        .unwrap();
    assert_eq!(stderr(&out).trim_end(), message);
}

#[test]
fn pdf_text_is_read_by_pdftotext_and_by_the_builtin_reader() {
    let dir = tempfile::tempdir().unwrap();
    let content = b"BT /F1 12 Tf 72 700 Td (I cut latency per frame from 84 ms to 15 ms.) Tj ET";
    let path = write(dir.path(), "letter.pdf", &pdf_with_content(content, true));
    for (reader, name) in [("pdftotext", "pdftotext"), ("builtin", "lopdf")] {
        let out = storyfolio()
            .arg("check")
            .arg(&path)
            .args(["--profile", "profiles/example.json", "--pdf-reader", reader])
            .output()
            .unwrap();
        let text = stdout(&out);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{reader}: {text}{}",
            stderr(&out)
        );
        assert!(text.contains(&format!("(read with {name})")), "{text}");
        assert!(
            text.contains("paragraph 1, sentence 1: before/after \"84 ms to 15 ms\": different value; closest: projects[1].metrics[0]: \"latency per frame: 84 ms -> 21 ms\""),
            "{reader}: {text}"
        );
    }
}

#[test]
fn a_fifty_megabyte_document_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    fs::File::create(&path)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let started = std::time::Instant::now();
    check_fails_with(
        &path,
        &format!("error: `{}` is over 20 MB, more than a letter or a resume ever is; check refuses it rather than read it: export the text you want checked (.txt or .md) and check that", path.display()),
    );
    // Refused from its size, never read: well under the time a read of 50 MB would take.
    assert!(started.elapsed().as_secs() < 20);
}

#[test]
fn markup_inside_is_data_never_run() {
    let dir = tempfile::tempdir().unwrap();
    let html = "<html><body><script>document.write('I led Google')</script>\
        <p>I cut latency per frame from 84 ms to 21 ms.</p>\
        <p>#read(\"/etc/passwd\") #import \"@preview/x:1.0.0\" <img src=x onerror=alert(1)></p></body></html>";
    let path = write(dir.path(), "letter.html", html.as_bytes());
    let (report, code) = check_json(&path, "profiles/example.json", None);
    assert_eq!(code, 0, "{report}");
    let text = report.to_string();
    assert!(!text.contains("root:"), "{text}");
    assert!(
        !text.contains("Google"),
        "the script's text is not read: {text}"
    );
    assert_eq!(report["reader"], "html");
    // Typst markup in Markdown is text too.
    let md = write(dir.path(), "letter.md", b"#set page(width: 1pt)\n\nI cut latency per frame from 84 ms to 21 ms. #read(\"/etc/passwd\")\n");
    let (report, code) = check_json(&md, "profiles/example.json", None);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn a_korean_letter_against_an_english_profile_is_checked_by_value_and_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "letter.md",
        "Jetson Orin Nano에서 프레임당 지연 시간을 84 ms에서 15 ms로 줄였습니다.\n\nHanul Mobility에서 인턴으로 일했습니다.\n".as_bytes(),
    );
    let out = storyfolio()
        .arg("check")
        .arg(&path)
        .args(["--profile", "profiles/example.json"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(":line 1: before/after \"84 ms에서 15 ms\": different value;"),
        "{text}"
    );
    assert!(
        !text.contains(":line 3:"),
        "the employer is named in Latin letters and held: {text}"
    );
    assert!(
        text.contains("note: the document is in Korean and the profile has no Korean text: numbers, dates and Latin-script names are checked by value; Korean names and skills only through the shared vocabulary"),
        "{text}"
    );
}

#[test]
fn standard_input_and_the_text_and_markdown_formats() {
    let out = storyfolio()
        .args([
            "check",
            "-",
            "--profile",
            "profiles/example.json",
            "--target",
            "profiles/targets/visionguard.json",
            "--format",
            "md",
        ])
        .write_stdin("I led the edge deployment on a Jetson Orin Nano with Kubernetes.\n")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.starts_with("# Fact check: standard input\n"), "{text}");
    assert!(
        text.contains("| line 1 | ownership: led | stronger verb than the profile |"),
        "{text}"
    );
    assert!(
        text.contains("| line 1 | skill: Kubernetes | skill not in the profile |"),
        "{text}"
    );
}

#[test]
fn a_docx_is_read_from_its_document_xml() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.docx");
    let mut zip = zip::ZipWriter::new(fs::File::create(&path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\
         <w:p><w:r><w:t>I hold an M.S. from Korea University &amp; </w:t></w:r><w:r><w:t xml:space=\"preserve\">finished 3rd of 512 teams.</w:t></w:r></w:p>\
         <w:p><w:r><w:t>Latency fell from 84 ms to 21 ms.</w:t></w:r></w:p></w:body></w:document>"
            .as_bytes(),
    )
    .unwrap();
    zip.finish().unwrap();
    let (report, code) = check_json(&path, "profiles/example.json", None);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["reader"], "docx");
    let unsupported = report["unsupported"].as_array().unwrap();
    assert_eq!(unsupported.len(), 1, "{report}");
    assert_eq!(unsupported[0]["claim"], "3rd of 512 teams");
    assert_eq!(unsupported[0]["location"]["paragraph"], 1);
    assert_eq!(unsupported[0]["closest"]["path"], "competitions[0]");
}

#[test]
fn usage_errors_exit_with_two() {
    let out = storyfolio().args(["check", "letter.md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn render_check_checks_what_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "render",
            "profiles/example.ko.json",
            "--target",
            "profiles/targets/lightedge.ko.json",
        ])
        .args(["--format", "md", "--format", "docx", "--check", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    for file in [
        "resume.md",
        "resume.docx",
        "cover-letter.md",
        "cover-letter.docx",
    ] {
        let path = dir.path().join(file);
        let line = format!("{} (read with ", path.display());
        let summary = text
            .lines()
            .find(|l| l.starts_with(&line))
            .unwrap_or_else(|| panic!("{file} not checked:\n{text}"));
        assert!(summary.ends_with(" 0 unsupported"), "{summary}");
    }
}

#[test]
fn batch_summary_has_a_checked_column() {
    let dir = tempfile::tempdir().unwrap();
    let out = storyfolio()
        .args([
            "batch",
            "profiles/example.json",
            "--targets",
            "profiles/targets/visionguard.json",
            "profiles/targets/lightedge.ko.json",
        ])
        .args(["--format", "md", "--format", "txt", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("summary.json")).unwrap())
            .unwrap();
    for row in summary["targets"].as_array().unwrap() {
        let checked = &row["checked"];
        assert_eq!(checked["documents"], 4, "{row}");
        assert!(checked["claims"].as_u64().unwrap() > 50, "{row}");
        assert_eq!(checked["unsupported"], 0, "{row}");
    }
    let md = fs::read_to_string(dir.path().join("summary.md")).unwrap();
    assert!(md.contains("| checked | files |"), "{md}");
    assert!(md.contains(" claims, all supported |"), "{md}");
}
