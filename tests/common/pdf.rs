//! Reading PDFs back with poppler-utils (`pdftotext`, `pdfinfo`; installed by the README's
//! set-up): what a PDF says, not only that it exists.

use std::path::Path;

/// The text of a PDF as laid out on the page (`pdftotext -layout`): columns and lines kept.
pub fn pdf_text(pdf: &Path) -> String {
    pdftotext(pdf, "-layout")
}

/// The text of a PDF in the order it was drawn (`pdftotext -raw`): no layout guessing, so
/// every glyph the document wrote is there exactly once.
pub fn pdf_raw_text(pdf: &Path) -> String {
    pdftotext(pdf, "-raw")
}

fn pdftotext(pdf: &Path, mode: &str) -> String {
    let output = std::process::Command::new("pdftotext")
        .args([mode, "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The number of pages of a PDF, read with `pdfinfo`.
pub fn pdf_pages(pdf: &Path) -> usize {
    let output = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().expect("a page count"))
        })
        .expect("pdfinfo prints Pages")
}
