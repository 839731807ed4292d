//! The check report as text (one line per unsupported claim), Markdown, or JSON (with the
//! supported claims and their paths), each ending with the counts.

use serde_json::{json, Value};

use super::{FactRef, Finding, Report, Verdict};

/// The longest quote of a profile fact in a report line.
const QUOTE_CHARS: usize = 90;

fn quote(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= QUOTE_CHARS {
        one_line
    } else {
        let cut: String = one_line.chars().take(QUOTE_CHARS - 1).collect();
        format!("{cut}…")
    }
}

fn closest_text(closest: &Option<FactRef>) -> String {
    match closest {
        Some(f) => format!("closest: {}: \"{}\"", f.path, quote(&f.says)),
        None => "closest: nothing in the profile".to_string(),
    }
}

/// The counts line.
pub fn summary(report: &Report) -> String {
    let unsupported = report.unsupported().count();
    format!(
        "{} claims, {} supported, {unsupported} unsupported",
        report.findings.len(),
        report.findings.len() - unsupported
    )
}

/// One line per unsupported claim, the notes, and the counts.
pub fn text(report: &Report, name: &str) -> String {
    let mut out = String::new();
    for f in report.unsupported() {
        if let Verdict::Unsupported { why, closest } = &f.verdict {
            out.push_str(&format!(
                "{name}:{}: {} \"{}\": {}; {}\n",
                f.location,
                f.claim.kind.label(),
                quote(&f.claim.text),
                why.label(),
                closest_text(closest)
            ));
        }
    }
    for note in &report.notes {
        out.push_str(&format!("note: {note}\n"));
    }
    out.push_str(&format!(
        "{name} (read with {}): {}\n",
        report.reader,
        summary(report)
    ));
    out
}

/// A Markdown table of the unsupported claims.
pub fn markdown(report: &Report, name: &str) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("# Fact check: {}\n\n", cell(name));
    out.push_str(&format!(
        "Read with {}: {}.\n\n",
        report.reader,
        summary(report)
    ));
    let unsupported: Vec<&Finding> = report.unsupported().collect();
    if unsupported.is_empty() {
        out.push_str("Every claim is supported by the profile.\n");
    } else {
        out.push_str("| Where | Claim | Why | Closest fact |\n|---|---|---|---|\n");
        for f in unsupported {
            if let Verdict::Unsupported { why, closest } = &f.verdict {
                let closest = match closest {
                    Some(c) => format!("`{}`: {}", c.path, cell(&quote(&c.says))),
                    None => "nothing in the profile".into(),
                };
                out.push_str(&format!(
                    "| {} | {}: {} | {} | {} |\n",
                    f.location,
                    f.claim.kind.label(),
                    cell(&quote(&f.claim.text)),
                    why.label(),
                    closest
                ));
            }
        }
    }
    for note in &report.notes {
        out.push_str(&format!("\nNote: {}\n", cell(note)));
    }
    out
}

fn location_json(f: &Finding) -> Value {
    json!({
        "line": f.location.line,
        "paragraph": f.location.paragraph,
        "sentence": f.location.sentence,
    })
}

/// Everything, for tools: the unsupported and the supported claims with their paths.
pub fn json(report: &Report, name: &str) -> Value {
    let mut supported = Vec::new();
    let mut unsupported = Vec::new();
    for f in &report.findings {
        match &f.verdict {
            Verdict::Supported(fact) => supported.push(json!({
                "kind": f.claim.kind.label(),
                "claim": f.claim.text,
                "location": location_json(f),
                "path": fact.path,
                "fact": quote(&fact.says),
            })),
            Verdict::Unsupported { why, closest } => unsupported.push(json!({
                "kind": f.claim.kind.label(),
                "claim": f.claim.text,
                "location": location_json(f),
                "why": why.id(),
                "reason": why.label(),
                "closest": closest.as_ref().map(|c| json!({"path": c.path, "fact": quote(&c.says)})),
            })),
        }
    }
    json!({
        "document": name,
        "reader": report.reader,
        "summary": {
            "claims": report.findings.len(),
            "supported": supported.len(),
            "unsupported": unsupported.len(),
        },
        "unsupported": unsupported,
        "supported": supported,
        "notes": report.notes,
    })
}
