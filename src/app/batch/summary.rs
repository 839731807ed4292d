//! The batch summary: one row per target, ranked by fit, as `summary.json` and as the
//! Markdown table of `summary.md`.

use serde::{Deserialize, Serialize};

use crate::story::Story;

/// How one target ended.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Rendered,
    /// Inputs unchanged since the last batch into the same folder.
    Skipped,
    Failed,
}

/// One row of the summary.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub rank: usize,
    pub company: Option<String>,
    pub title: Option<String>,
    /// The folder under OUT.
    pub folder: String,
    pub target: String,
    pub status: Status,
    pub fit: Option<u32>,
    pub evidence: Vec<String>,
    pub gaps: Vec<String>,
    pub files: Vec<String>,
    /// The fact check of the documents written (as `storyfolio check`).
    pub checked: Option<Checked>,
    pub error: Option<String>,
}

/// What `check` found in one target's documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Checked {
    pub documents: usize,
    pub claims: usize,
    pub unsupported: usize,
    /// Documents that could not be read back, with why.
    pub errors: Vec<String>,
}

impl Checked {
    /// The summary cell: "163 claims, all supported", "2 of 163 unsupported".
    pub fn cell(&self) -> String {
        let mut cell = if self.unsupported == 0 {
            format!("{} claims, all supported", self.claims)
        } else {
            format!("**{} of {} unsupported**", self.unsupported, self.claims)
        };
        if !self.errors.is_empty() {
            cell.push_str(&format!("; {} unreadable", self.errors.len()));
        }
        cell
    }
}

/// `summary.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub version: u32,
    pub profile: String,
    pub targets: Vec<Row>,
}

/// Numbers the rows best fit first, failures last, ties in target order.
pub fn rank(mut rows: Vec<Row>) -> Vec<Row> {
    rows.sort_by(|a, b| {
        (a.status == Status::Failed, std::cmp::Reverse(a.fit))
            .cmp(&(b.status == Status::Failed, std::cmp::Reverse(b.fit)))
            .then(a.target.cmp(&b.target))
    });
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    rows
}

/// How many rows ended with `status`.
pub fn count(rows: &[Row], status: Status) -> usize {
    rows.iter().filter(|r| r.status == status).count()
}

pub fn fill(row: &mut Row, story: &Story) {
    row.fit = Some(story.fit.score);
    row.evidence = story
        .evidence
        .iter()
        .take(3)
        .map(|e| e.title.clone())
        .collect();
    row.gaps = story
        .advice
        .iter()
        .take(3)
        .map(|a| a.message.clone())
        .collect();
}

pub fn markdown(summary: &Summary) -> String {
    let cell = |s: &str| crate::render::escape::markdown(s);
    let mut out = format!(
        "# Applications ranked by fit\n\nProfile: `{}`\n\n",
        summary.profile
    );
    out.push_str("| # | company | role | fit | top evidence | main gaps | checked | files |\n|---|---|---|---|---|---|---|---|\n");
    for r in &summary.targets {
        let fit = r.fit.map(|f| f.to_string()).unwrap_or_else(|| "–".into());
        let files = if r.files.is_empty() {
            format!(
                "**failed**: {}",
                cell(r.error.as_deref().unwrap_or_default())
            )
        } else {
            r.files
                .iter()
                .map(|f| {
                    format!(
                        "[{}]({})",
                        cell(f.rsplit('/').next().unwrap_or(f)),
                        crate::render::escape::markdown_url(f)
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let checked = r.checked.as_ref().map_or_else(|| "–".into(), Checked::cell);
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
            r.rank,
            cell(r.company.as_deref().unwrap_or_default()),
            cell(r.title.as_deref().unwrap_or_default()),
            fit,
            r.evidence
                .iter()
                .map(|e| cell(e))
                .collect::<Vec<_>>()
                .join("; "),
            r.gaps
                .iter()
                .map(|g| cell(g))
                .collect::<Vec<_>>()
                .join("; "),
            checked,
            files
        ));
    }
    out
}
