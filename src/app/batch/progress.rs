//! Batch progress: a bar on a terminal, one line per finished target when piped.

use std::io::IsTerminal;

use super::summary::{Row, Status};
use crate::app::output;

/// A progress bar on a terminal, one line per finished target when piped.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
            {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, total }
    }

    pub fn finished(&self, n: usize, row: &Row) {
        let what = match row.status {
            Status::Rendered => format!("rendered (fit {})", row.fit.unwrap_or_default()),
            Status::Skipped => "unchanged, skipped".to_string(),
            Status::Failed => format!(
                "failed: {}",
                row.error
                    .as_deref()
                    .unwrap_or_default()
                    .lines()
                    .next()
                    .unwrap_or_default()
            ),
        };
        match &self.bar {
            Some(bar) => {
                bar.set_position(n as u64);
                bar.set_message(format!("{}: {what}", row.folder));
            }
            // Progress lines are best effort; the summary line reports a failed standard output.
            None => {
                let _ = output::line(format_args!("[{n}/{}] {}: {what}", self.total, row.folder));
            }
        }
    }

    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
