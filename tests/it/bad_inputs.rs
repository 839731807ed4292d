//! The bad-input catalogue walked through every command that reads a profile or a target:
//! `validate`, `render` (txt and typ; pdf for a few) and `coach`. Every case ends with exit
//! code 0 or 1 and the exact message below, never with a panic (exit code 101) or a crash,
//! and a refused input writes no file. Usage errors end with exit code 2.
//!
//! Each case is one row of a table; a failing row names its file and the others still run.

use crate::common;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// What an input file holds.
enum Content {
    Bytes(&'static [u8]),
    /// The repository's file at the case's path (a fixture under `tests/fixtures/bad/`),
    /// copied to the same path in the test's folder so that messages name it the same way.
    Fixture,
    Text(String),
    /// A folder where a file is expected.
    Directory,
    /// No file at all.
    Missing,
    /// A sparse file of this many bytes: over the size limit without writing it.
    Sparse(u64),
}

/// What storyfolio must answer.
enum Expect {
    /// Refused before it is parsed or as it is parsed: one line naming the file.
    Unreadable(&'static str),
    /// Parsed, then refused by the schema or the typed checks: these diagnostics (every
    /// error, and the warnings found on the way), in order.
    Invalid(&'static [&'static str]),
    /// Accepted, with these warnings.
    Valid(&'static [&'static str]),
    /// Invalid JSON Resume (so `validate` fails with these errors, agreeing with JSON Resume's
    /// own validator), but read leniently by render and coach, with these warnings.
    Lenient(&'static [&'static str], &'static [&'static str]),
    /// Valid JSON Resume to its own validator (every key is allowed), but no resume at all:
    /// `validate` warns, render and coach refuse with this reason after the file's name.
    NotResume(&'static str),
}

struct Case {
    file: &'static str,
    content: Content,
    expect: Expect,
}

fn deep(open: &str, close: &str, depth: usize) -> String {
    format!(
        "{{\"meta\": {}1{}}}",
        open.repeat(depth),
        close.repeat(depth)
    )
}

fn profile_cases() -> Vec<Case> {
    use Content::*;
    use Expect::*;
    vec![
        Case {
            file: "malformed.json",
            content: Bytes(br#"{"basics": {"name": "x",}}"#),
            expect: Unreadable("failed to parse `malformed.json` at line 1, column 25: trailing comma"),
        },
        Case {
            file: "trailing.json",
            content: Bytes(b"{} {}"),
            expect: Unreadable("failed to parse `trailing.json` at line 1, column 4: trailing characters"),
        },
        Case {
            file: "empty.json",
            content: Bytes(b""),
            expect: Unreadable("failed to read `empty.json`: the file is empty; expected a JSON object"),
        },
        Case {
            file: "blank.json",
            content: Bytes(b" \n\t\n"),
            expect: Unreadable("failed to read `blank.json`: the file is empty; expected a JSON object"),
        },
        Case {
            file: "folder.json",
            content: Directory,
            expect: Unreadable("failed to read `folder.json`: it is a directory, not a JSON file"),
        },
        Case {
            file: "missing.json",
            content: Missing,
            expect: Unreadable("failed to read `missing.json`: no such file"),
        },
        Case {
            file: "latin1.json",
            content: Bytes(b"{\"basics\": {\"name\": \"caf\xE9\"}}"),
            expect: Unreadable("failed to read `latin1.json`: not UTF-8 text (invalid byte at offset 24); save the file as UTF-8"),
        },
        Case {
            file: "huge.json",
            content: Sparse(33 * 1024 * 1024),
            expect: Unreadable("failed to read `huge.json`: the file is 34603008 bytes, over the limit of 33554432 bytes"),
        },
        Case {
            file: "deep-objects.json",
            content: Text(deep("{\"a\": ", "}", 10_000)),
            expect: Unreadable("failed to parse `deep-objects.json` at line 1, column 766: arrays and objects are nested more than 128 levels deep"),
        },
        Case {
            file: "deep-arrays.json",
            content: Text(deep("[", "]", 10_000)),
            expect: Unreadable("failed to parse `deep-arrays.json` at line 1, column 136: arrays and objects are nested more than 128 levels deep"),
        },
        Case {
            file: "array.json",
            content: Bytes(b"[1, 2]"),
            expect: Unreadable("failed to parse `array.json`: expected a JSON object at the top level, found an array"),
        },
        Case {
            file: "null-document.json",
            content: Bytes(b"null"),
            expect: Unreadable("failed to parse `null-document.json`: expected a JSON object at the top level, found null"),
        },
        Case {
            file: "surrogate.json",
            content: Bytes(br#"{"basics": {"name": "\ud800"}}"#),
            expect: Unreadable("failed to parse `surrogate.json` at line 1, column 28: unexpected end of hex escape"),
        },
        Case {
            file: "infinite.json",
            content: Bytes(br#"{"competitions": [{"name": "x", "rank": 1e400}]}"#),
            expect: Unreadable("failed to parse `infinite.json` at line 1, column 45: number out of range"),
        },
        Case {
            file: "wrong-type.json",
            content: Bytes(br#"{"projects": "none"}"#),
            expect: Invalid(&["error: `projects`: expected an array, found a string"]),
        },
        Case {
            file: "object-for-list.json",
            content: Bytes(br#"{"work": [{"name": "A", "highlights": {"first": "x"}}]}"#),
            expect: Invalid(&["error: `work[0].highlights`: expected an array, found an object"]),
        },
        Case {
            file: "fresh.json",
            content: Bytes(br#"{"name": "Kim", "meta": {"format": "FRESH@1.0.0"}, "employment": {"history": []}}"#),
            expect: NotResume("is a FRESH resume (`meta.format` is \"FRESH@1.0.0\"), not JSON Resume; convert it with HackMyResume (`npm install -g hackmyresume`, then `hackmyresume convert fresh.json TO resume.json`) and give storyfolio the result"),
        },
        Case {
            file: "custom.json",
            content: Bytes(br#"{"personalInfo": {"fullName": "Kim"}, "experiences": [], "educations": []}"#),
            expect: NotResume("is not a JSON Resume document: it has `personalInfo`, `experiences`, `educations` but no `basics` and none of JSON Resume's sections (`work`, `education`, `skills`, `projects`, ...); write it as JSON Resume (https://jsonresume.org/schema), e.g. `personalInfo` -> `basics`, `experiences` -> `work`, `educations` -> `education`"),
        },
        Case {
            file: "null-field.json",
            content: Bytes(br#"{"basics": {"name": null}}"#),
            expect: Lenient(
                &["error: `basics.name`: expected a string, found null"],
                &["warning: `basics.name`: read null as absent; leave the key out instead of writing null"],
            ),
        },
        Case {
            file: "bad-date.json",
            content: Bytes(br#"{"work": [{"startDate": "2013-13-45"}]}"#),
            expect: Lenient(
                &["error: `work[0].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2013-13-45\""],
                &["warning: `work[0].startDate`: read \"2013-13-45\" as 2013, the only part that is clear; write dates as YYYY-MM-DD, YYYY-MM or YYYY"],
            ),
        },
        Case {
            file: "present.json",
            content: Bytes(br#"{"work": [{"name": "A", "startDate": "03/2020", "endDate": "present"}]}"#),
            expect: Lenient(
                &[
                    "error: `work[0].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"03/2020\"",
                    "error: `work[0].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"present\"",
                ],
                &[
                    "warning: `work[0].startDate`: read \"03/2020\" as 2020-03; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[0].endDate`: read \"present\" as ongoing; for a current position leave `endDate` out",
                ],
            ),
        },
        Case {
            // Every date form issue 11 names, each with its warning.
            file: "date-forms.json",
            content: Bytes(r#"{"work": [{"name": "A", "startDate": "2020.03", "endDate": ""}, {"name": "B", "startDate": "2019/07", "endDate": null}, {"name": "C", "startDate": "Mar 2018", "endDate": "now"}, {"name": "D", "startDate": "March 2017", "endDate": "current"}, {"name": "E", "startDate": "2016년 3월", "endDate": "현재"}, {"name": "F", "startDate": "2015年3月", "endDate": "재직중"}, {"name": "G", "startDate": "2014-03-01T09:00", "endDate": "至今"}, {"name": "H", "startDate": "05/2013", "endDate": "現在"}, {"name": "I", "startDate": "soon", "endDate": "Spring 2020"}]}"#.as_bytes()),
            expect: Lenient(
                &[
                    "error: `work[0].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2020.03\"",
                    "error: `work[0].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"\"",
                    "error: `work[1].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2019/07\"",
                    "error: `work[1].endDate`: expected a string, found null",
                    "error: `work[2].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"Mar 2018\"",
                    "error: `work[2].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"now\"",
                    "error: `work[3].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"March 2017\"",
                    "error: `work[3].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"current\"",
                    "error: `work[4].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2016년 3월\"",
                    "error: `work[4].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"현재\"",
                    "error: `work[5].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2015年3月\"",
                    "error: `work[5].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"재직중\"",
                    "error: `work[6].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2014-03-01T09:00\"",
                    "error: `work[6].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"至今\"",
                    "error: `work[7].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"05/2013\"",
                    "error: `work[7].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"現在\"",
                    "error: `work[8].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"soon\"",
                    "error: `work[8].endDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"Spring 2020\"",
                ],
                &[
                    "warning: `work[0].startDate`: read \"2020.03\" as 2020-03; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[0].endDate`: read \"\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[1].startDate`: read \"2019/07\" as 2019-07; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[1].endDate`: read null as ongoing; for a current position leave `endDate` out",
                    "warning: `work[2].startDate`: read \"Mar 2018\" as 2018-03; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[2].endDate`: read \"now\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[3].startDate`: read \"March 2017\" as 2017-03; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[3].endDate`: read \"current\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[4].startDate`: read \"2016년 3월\" as 2016-03; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[4].endDate`: read \"현재\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[5].startDate`: read \"2015年3月\" as 2015-03; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[5].endDate`: read \"재직중\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[6].startDate`: read \"2014-03-01T09:00\" as 2014-03-01; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[6].endDate`: read \"至今\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[7].startDate`: read \"05/2013\" as 2013-05; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[7].endDate`: read \"現在\" as ongoing; for a current position leave `endDate` out",
                    "warning: `work[8].startDate`: could not read \"soon\" as a date, so it is left out; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `work[8].endDate`: read \"Spring 2020\" as 2020, the only part that is clear; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                ],
            ),
        },
        Case {
            file: "scheme-less.json",
            content: Bytes(br#"{"basics": {"name": "Kim", "url": "kim.example.com", "profiles": [{"network": "LinkedIn", "url": "www.linkedin.com/in/kim"}]}}"#),
            expect: Valid(&[
                "warning: `basics.url`: read \"kim.example.com\" as https://kim.example.com; write the full address with https://",
                "warning: `basics.profiles[0].url`: read \"www.linkedin.com/in/kim\" as https://www.linkedin.com/in/kim; write the full address with https://",
            ]),
        },
        Case {
            // Shown as text, never run and never a link (the rendered text: scripts::).
            file: "script-and-javascript.json",
            content: Bytes(br#"{"basics": {"name": "Ana", "summary": "<p>Hi</p><script>alert('pwned')</script> See <a href=\"javascript:alert(1)\">my demo</a>."}, "work": [{"name": "A", "highlights": ["[x](javascript:alert(2))", "fine"]}]}"#),
            expect: Valid(&[
                "warning: `basics.summary`: `<script>` is left out with everything inside it; storyfolio prints text and simple formatting, never scripts or embedded content",
                "warning: `basics.summary`: a `javascript:` link is shown as its text, never as a link; link to an https:// address instead",
                "warning: `work[0].highlights[0]`: a `javascript:` link is shown as its text, never as a link; link to an https:// address instead",
            ]),
        },
        Case {
            file: "legacy.json",
            content: Bytes(br#"{"work": [{"company": "A", "website": "a.example.com"}]}"#),
            expect: Valid(&[
                "warning: `work[0].company`: read as `name`, its name since JSON Resume 1.0; rename the key to `name`",
                "warning: `work[0].website`: read as `url`, its name since JSON Resume 1.0; rename the key to `url`",
                "warning: `work[0].url`: read \"a.example.com\" as https://a.example.com; write the full address with https://",
            ]),
        },
        Case {
            file: "bad-email.json",
            content: Bytes(br#"{"basics": {"name": "Kim", "email": "kim(at)example.com", "url": ""}}"#),
            expect: Valid(&[
                "warning: `basics.email`: \"kim(at)example.com\" is not an email address, so it is shown as text, not as a link; write it as name@example.com",
                "warning: `basics.url`: empty, so there is no link to show; fill it in or leave the key out",
            ]),
        },
        Case {
            file: "bad-repo.json",
            content: Bytes(br#"{"projects": [{"repo": "../../etc/passwd"}]}"#),
            expect: Valid(&["warning: `projects[0].repo`: expected a GitHub repository as `owner/name`, found \"../../etc/passwd\"; this key is not used and is kept as your own"]),
        },
        Case {
            file: "repo-url.json",
            content: Bytes(br#"{"projects": [{"repo": "https://github.com/kim/fallnet"}], "github": "github.com/kim", "lang": "ko-KR"}"#),
            expect: Valid(&[
                "warning: `lang`: read \"ko-KR\" as ko; write \"ko\"",
                "warning: `github`: read \"github.com/kim\" as the GitHub user kim; write \"github\": \"kim\"",
                "warning: `projects[0].repo`: read \"https://github.com/kim/fallnet\" as the GitHub repository kim/fallnet; write \"repo\": \"kim/fallnet\"",
            ]),
        },
        Case {
            file: "bad-lang.json",
            content: Bytes(br#"{"basics": {"name": "Kim"}, "lang": "tlh"}"#),
            expect: Valid(&["warning: `lang`: \"tlh\" has no built-in language file (storyfolio writes resumes in de, en, es, fr, it, ja, ko, nl, pt, ru, zh-Hans, zh-Hant), so the document language comes from --lang, the target or the text; add `tlh.json` to a --locales folder to write in it"]),
        },
        Case {
            file: "keywords-text.json",
            content: Bytes(br#"{"work": [{"name": "A", "keywords": "Python, PyTorch"}]}"#),
            expect: Valid(&["warning: `work[0].keywords`: read the text \"Python, PyTorch\" as a list of 2; write [\"Python\",\"PyTorch\"]"]),
        },
        Case {
            file: "negative.json",
            content: Bytes(br#"{"competitions": [{"name": "x", "rank": -1}]}"#),
            expect: Valid(&["warning: `competitions[0].rank`: expected a number of at least 1, found -1; this item is not used and is kept as your own"]),
        },
        Case {
            file: "too-big.json",
            content: Bytes(br#"{"competitions": [{"name": "x", "rank": 99999999999}]}"#),
            expect: Valid(&["warning: `competitions[0].rank`: invalid value: integer `99999999999`, expected a whole number from 0 to 4294967295; this item is not used and is kept as your own"]),
        },
        Case {
            file: "rank.json",
            content: Bytes(br#"{"competitions": [{"name": "x", "rank": 12, "teams": 10}]}"#),
            expect: Valid(&["warning: `competitions[0].rank`: rank 12 is larger than the number of teams (10); this item is not used and is kept as your own"]),
        },
        Case {
            file: "no-url.json",
            content: Bytes(br#"{"projects": [{"deliverables": [{"type": "repo"}]}]}"#),
            expect: Valid(&["warning: `projects[0].deliverables[0]`: missing required field `url`; this item is not used and is kept as your own"]),
        },
        Case {
            file: "bom.json",
            content: Bytes(b"\xEF\xBB\xBF{\"basics\": {\"name\": \"Kim\"}}"),
            expect: Valid(&[]),
        },
        Case {
            file: "control.json",
            content: Bytes(br#"{"basics": {"name": "a\u0000b\u001b[31mc\u0007", "summary": "\u202eevil\u200b"}}"#),
            expect: Valid(&[]),
        },
        Case {
            file: "script-url.json",
            content: Bytes(br#"{"basics": {"url": "javascript:alert(1)"}}"#),
            expect: Valid(&["warning: `basics.url`: not an http, https or mailto URL; it is shown as text, not as a link"]),
        },
        Case {
            file: "unknown-key.json",
            content: Bytes(br#"{"basics": {"nmae": "x"}}"#),
            expect: Valid(&["warning: `basics.nmae`: unknown key `nmae`, not used in documents; did you mean `name`?"]),
        },
        // The checked-in fixtures, named by their path in the repository.
        Case {
            file: "tests/fixtures/bad/malformed.json",
            content: Fixture,
            expect: Unreadable("failed to parse `tests/fixtures/bad/malformed.json` at line 4, column 5: expected `,` or `}`"),
        },
        Case {
            file: "tests/fixtures/bad/wrong-type.json",
            content: Fixture,
            expect: Invalid(&["error: `projects[2].highlights`: expected an array, found an object"]),
        },
        Case {
            file: "tests/fixtures/bad/missing-field.json",
            content: Fixture,
            // `deliverables` is storyfolio's own key, so JSON Resume's validator accepts the
            // file: the incomplete item is set aside, never a reason to refuse the document.
            expect: Valid(&["warning: `projects[0].deliverables[0]`: missing required field `type`; this item is not used and is kept as your own"]),
        },
        Case {
            file: "tests/fixtures/bad/null-basics.json",
            content: Fixture,
            expect: Lenient(
                &["error: `basics`: expected an object, found null"],
                &["warning: `basics`: read null as absent; leave the key out instead of writing null"],
            ),
        },
        Case {
            file: "tests/fixtures/bad/unknown-key.json",
            content: Fixture,
            expect: Valid(&["warning: `projects[0].deliverable`: unknown key `deliverable`, not used in documents; did you mean `deliverables`?"]),
        },
        Case {
            file: "tests/fixtures/bad/bom.json",
            content: Fixture,
            expect: Valid(&[]),
        },
        Case {
            file: "tests/fixtures/bad/latin1.json",
            content: Fixture,
            expect: Unreadable("failed to read `tests/fixtures/bad/latin1.json`: not UTF-8 text (invalid byte at offset 24); save the file as UTF-8"),
        },
        Case {
            file: "tests/fixtures/bad/empty.json",
            content: Fixture,
            expect: Unreadable("failed to read `tests/fixtures/bad/empty.json`: the file is empty; expected a JSON object"),
        },
        Case {
            file: "tests/fixtures/bad/array.json",
            content: Fixture,
            expect: Unreadable("failed to parse `tests/fixtures/bad/array.json`: expected a JSON object at the top level, found an array"),
        },
        Case {
            file: "tests/fixtures/bad/nope.json",
            content: Missing,
            expect: Unreadable("failed to read `tests/fixtures/bad/nope.json`: no such file"),
        },
        Case {
            file: "tests/fixtures/bad",
            content: Directory,
            expect: Unreadable("failed to read `tests/fixtures/bad`: it is a directory, not a JSON file"),
        },
        Case {
            file: "tests/fixtures/bad/bad-values.json",
            content: Fixture,
            expect: Lenient(
                &["error: `work[0].startDate`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2013-12-021\""],
                &[
                    "warning: `work[0].startDate`: read \"2013-12-021\" as 2013, the only part that is clear; write dates as YYYY-MM-DD, YYYY-MM or YYYY",
                    "warning: `projects[0].repo`: expected a GitHub repository as `owner/name`, found \"not a repo\"; this key is not used and is kept as your own",
                    "warning: `basics.url`: not an http, https or mailto URL; it is shown as text, not as a link",
                ],
            ),
        },
    ]
}

fn target_cases() -> Vec<Case> {
    use Content::*;
    use Expect::*;
    vec![
        Case {
            file: "t-malformed.json",
            content: Bytes(b"{\"title\": "),
            expect: Unreadable("failed to parse `t-malformed.json` at line 1, column 10: EOF while parsing a value"),
        },
        Case {
            file: "t-missing.json",
            content: Missing,
            expect: Unreadable("failed to read `t-missing.json`: no such file"),
        },
        Case {
            file: "t-questions.json",
            content: Bytes(br#"{"company": "X", "questions": "why us?"}"#),
            expect: Invalid(&["error: `questions`: expected an array, found a string"]),
        },
        Case {
            file: "t-empty-question.json",
            content: Bytes(br#"{"company": "X", "questions": [{"question": "  "}]}"#),
            expect: Invalid(&["error: `questions[0].question`: the question is empty"]),
        },
        Case {
            file: "t-no-company.json",
            content: Bytes(br#"{"title": "Engineer"}"#),
            expect: Valid(&["warning: `company`: no company name; the cover letter and pitch cannot address the company by name"]),
        },
        Case {
            file: "t-max-chars.json",
            content: Bytes(br#"{"company": "X", "questions": [{"question": "Why?", "maxChars": "about 700"}]}"#),
            expect: Invalid(&["error: `questions[0].maxChars`: expected a whole number, found a string"]),
        },
        Case {
            file: "t-max-chars-text.json",
            content: Bytes(br#"{"company": "X", "questions": [{"question": "Why?", "maxChars": "700"}]}"#),
            expect: Valid(&["warning: `questions[0].maxChars`: read \"700\" as the number 700; write it without quotes"]),
        },
    ]
}

fn create(dir: &Path, case: &Case) {
    let path = dir.join(case.file);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("creates the parent folder");
    }
    match &case.content {
        Content::Bytes(bytes) => fs::write(path, bytes).expect("writes"),
        Content::Text(text) => fs::write(path, text).expect("writes"),
        Content::Fixture => {
            fs::copy(common::repo(case.file), path).expect("copies the fixture");
        }
        Content::Directory => fs::create_dir_all(path).expect("creates"),
        Content::Missing => {}
        Content::Sparse(size) => fs::File::create(path)
            .and_then(|f| f.set_len(*size))
            .expect("creates a sparse file"),
    }
}

/// Runs storyfolio in `dir` and returns (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = common::command()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs storyfolio");
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("`storyfolio {}` was killed by a signal", args.join(" ")));
    assert_ne!(code, 101, "`storyfolio {}` panicked", args.join(" "));
    (code, common::stdout(&output), common::stderr(&output))
}

/// What `render` and `coach` print on standard error when they refuse the document.
fn refusal(case: &Case, noun: &str) -> Option<String> {
    match case.expect {
        Expect::Unreadable(message) => Some(format!("error: {message}\n")),
        Expect::Invalid(diagnostics) => {
            let mut text = format!("error: `{}` is not a valid {noun}:\n", case.file);
            for diagnostic in diagnostics {
                text.push_str(&format!("  {diagnostic}\n"));
            }
            Some(text)
        }
        Expect::NotResume(why) => Some(format!("error: `{}` {why}\n", case.file)),
        Expect::Valid(_) | Expect::Lenient(..) => None,
    }
}

/// What `validate` prints on standard output for the document, and its exit code.
fn validation(case: &Case, noun: &str) -> (i32, String) {
    let file = case.file;
    match case.expect {
        Expect::Unreadable(message) => (1, format!("error: {message}\n")),
        Expect::Invalid(diagnostics) => {
            let mut text: String = diagnostics
                .iter()
                .map(|d| format!("{file}: {d}\n"))
                .collect();
            let errors = diagnostics
                .iter()
                .filter(|d| d.starts_with("error:"))
                .count();
            let plural = if errors == 1 { "" } else { "s" };
            text.push_str(&format!(
                "{file}: invalid {noun} ({errors} error{plural})\n"
            ));
            (1, text)
        }
        Expect::NotResume(why) => (
            0,
            format!(
                "{file}: warning: render, coach, batch and export refuse this file: it {why}\n\
                 {file}: valid JSON Resume, but not a resume storyfolio can use\n"
            ),
        ),
        Expect::Lenient(errors, warnings) => {
            let mut text: String = errors
                .iter()
                .chain(warnings)
                .map(|d| format!("{file}: {d}\n"))
                .collect();
            let n = errors.len();
            let plural = if n == 1 { "" } else { "s" };
            text.push_str(&format!(
                "{file}: invalid JSON Resume ({n} error{plural}); storyfolio reads it as the warnings say\n"
            ));
            (1, text)
        }
        Expect::Valid(warnings) => {
            let mut text: String = warnings.iter().map(|w| format!("{file}: {w}\n")).collect();
            let tail = match warnings.len() {
                0 => String::new(),
                1 => " (1 warning)".to_string(),
                n => format!(" ({n} warnings)"),
            };
            text.push_str(&format!("{file}: valid {noun}{tail}\n"));
            (0, text)
        }
    }
}

/// The warnings `render` and `coach` print for an accepted document.
fn warnings(case: &Case) -> String {
    match case.expect {
        Expect::Valid(warnings) | Expect::Lenient(_, warnings) => warnings
            .iter()
            .map(|w| format!("{}: {w}\n", case.file))
            .collect(),
        _ => String::new(),
    }
}

fn assert_no_output(dir: &Path, what: &str) {
    let out = dir.join("out");
    let files = if out.exists() {
        common::snapshot(&out)
    } else {
        Default::default()
    };
    assert!(files.is_empty(), "{what} wrote files: {:?}", files.keys());
}

/// Runs `args` in `dir` and checks the answer to `case`: refused with exactly its message
/// and no file written, or accepted with exactly its warnings.
fn check_command(dir: &Path, case: &Case, noun: &str, args: &[&str]) {
    let _ = fs::remove_dir_all(dir.join("out"));
    let (code, stdout, stderr) = run(dir, args);
    let what = args.join(" ");
    match refusal(case, noun) {
        Some(message) => {
            assert_eq!(
                (code, stdout.as_str(), stderr.as_str()),
                (1, "", message.as_str()),
                "{what}"
            );
            assert_no_output(dir, &what);
        }
        None => {
            assert_eq!(code, 0, "{what}: {stderr}");
            assert_eq!(stderr, warnings(case), "{what}");
            assert!(!stdout.is_empty(), "{what} printed nothing");
        }
    }
}

/// Runs `check` on every case and fails once at the end, naming every case that failed (each
/// failure's own message is printed above it).
fn check_every_case(cases: Vec<Case>, check: impl Fn(&Case)) {
    let failed: Vec<&str> = cases
        .iter()
        .filter(|case| catch_unwind(AssertUnwindSafe(|| check(case))).is_err())
        .map(|case| case.file)
        .collect();
    assert!(failed.is_empty(), "cases that failed: {failed:?}");
}

#[test]
fn every_bad_profile_is_refused_or_rendered_by_every_command() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    let target = common::bundled("profiles/targets/shopmind.json");
    common::write_json(dir, "target.json", &target);
    check_every_case(profile_cases(), |case| {
        create(dir, case);
        let file = case.file;
        let (code, stdout, stderr) = run(dir, &["validate", file]);
        let (want_code, want_stdout) = validation(case, "profile");
        assert_eq!(
            (code, stdout.as_str(), stderr.as_str()),
            (want_code, want_stdout.as_str(), ""),
            "validate {file}"
        );
        let txt = ["--format", "txt", "--out", "out"];
        check_command(
            dir,
            case,
            "profile",
            &[&["render", file][..], &txt].concat(),
        );
        let txt_typ = ["--format", "txt", "--format", "typ", "--out", "out"];
        check_command(
            dir,
            case,
            "profile",
            &[&["render", file][..], &txt_typ].concat(),
        );
        let with_target = ["--target", "target.json", "--format", "txt", "--out", "out"];
        check_command(
            dir,
            case,
            "profile",
            &[&["render", file][..], &with_target].concat(),
        );
        check_command(
            dir,
            case,
            "profile",
            &["coach", file, "--target", "target.json"],
        );
    });
}

#[test]
fn every_bad_target_is_refused_or_used_by_every_command() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    let profile = common::bundled("profiles/example.json");
    common::write_json(dir, "profile.json", &profile);
    check_every_case(target_cases(), |case| {
        create(dir, case);
        let file = case.file;
        let (code, stdout, _) = run(dir, &["validate", "profile.json", "--target", file]);
        let (want_code, want_stdout) = validation(case, "target");
        assert_eq!(code, want_code, "validate --target {file}");
        assert_eq!(
            stdout,
            format!("profile.json: valid profile\n{want_stdout}"),
            "validate --target {file}"
        );
        let txt_typ = ["--format", "txt", "--format", "typ", "--out", "out"];
        let render = [&["render", "profile.json", "--target", file][..], &txt_typ].concat();
        check_command(dir, case, "target", &render);
        check_command(
            dir,
            case,
            "target",
            &["coach", "profile.json", "--target", file],
        );
    });
}

#[test]
fn usage_errors_exit_with_two() {
    let (code, _, _) = run(&common::root(), &["render"]);
    assert_eq!(code, 2);
    let (code, _, stderr) = run(
        &common::root(),
        &["render", "profiles/example.json", "--format", "docz"],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid value 'docz' for '--format <FORMAT>'"),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        &common::root(),
        &[
            "render",
            "profiles/example.json",
            "--doc",
            "cover-letter",
            "--format",
            "txt",
            "--out",
            "/tmp/unused-storyfolio",
        ],
    );
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: `--doc cover-letter` needs a target: add `--target FILE`\n"
    );
}

#[test]
fn hostile_but_valid_text_compiles_to_pdf() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    let mut profile = common::bundled("profiles/example.json");
    profile["basics"]["name"] =
        serde_json::json!("a\u{0}b\u{1b}[31m #set page(width: 1pt) \u{202e}x\u{200b} $ \\ // */");
    profile["basics"]["summary"] = serde_json::json!(
        "#read(\"/etc/passwd\")\n= Heading\n- item\n1. one\n```raw``` <label> @ref"
    );
    common::write_json(dir, "profile.json", &profile);
    let (code, stdout, stderr) = run(
        dir,
        &["render", "profile.json", "--format", "pdf", "--out", "out"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "wrote out/resume.pdf\n");
    assert!(dir.join("out/resume.pdf").is_file());
}

#[test]
fn a_refused_profile_stops_a_pdf_render_before_typst() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    fs::write(dir.join("bad.json"), br#"{"projects": "none"}"#).expect("writes");
    let (code, _, stderr) = run(
        dir,
        &["render", "bad.json", "--format", "pdf", "--out", "out"],
    );
    assert_eq!(
        (code, stderr.as_str()),
        (1, "error: `bad.json` is not a valid profile:\n  error: `projects`: expected an array, found a string\n")
    );
    assert_no_output(dir, "render --format pdf");
}

#[test]
fn a_bad_knowledge_file_is_refused_by_render_and_coach() {
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    common::write_json(
        dir,
        "profile.json",
        &common::bundled("profiles/example.json"),
    );
    common::write_json(
        dir,
        "target.json",
        &common::bundled("profiles/targets/shopmind.json"),
    );
    fs::write(dir.join("kb.json"), br#"{"domains": [{"id": 3}]}"#).expect("writes");
    let message = "error: `kb.json` is not a valid knowledge file: `domains[0].id`: invalid type: integer `3`, expected a string\n";
    for args in [
        vec![
            "render",
            "profile.json",
            "--knowledge",
            "kb.json",
            "--format",
            "txt",
            "--out",
            "out",
        ],
        vec![
            "coach",
            "profile.json",
            "--target",
            "target.json",
            "--knowledge",
            "kb.json",
        ],
    ] {
        let (code, _, stderr) = run(dir, &args);
        assert_eq!((code, stderr.as_str()), (1, message), "{}", args.join(" "));
    }
}
