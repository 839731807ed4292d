//! The cover letter as Word paragraphs: the view's sentences, greeting and count lines, the
//! same words the other formats print and the character limits count.

use docx_rs::{LineSpacing, Paragraph};

use super::{header, heading, muted, para, run};
use crate::view::{BeatView, DocumentView};

/// Every paragraph of the cover letter, in reading order.
pub fn body(view: &DocumentView) -> Vec<Paragraph> {
    let mut out = header(&view.person);
    let company = view.target.as_ref().and_then(|t| t.company.as_deref());
    if let Some(company) = company {
        let mut line = Paragraph::new()
            .line_spacing(LineSpacing::new().before(240))
            .add_run(run(company).bold());
        if let Some(title) = view.target.as_ref().and_then(|t| t.title.as_deref()) {
            line = line.add_run(run(&format!(" · {title}")));
        }
        out.push(line);
    }
    let Some(letter) = &view.letter else {
        return out;
    };
    let beats = |beats: &[BeatView]| -> Vec<Paragraph> {
        beats
            .iter()
            .filter(|b| !b.text.is_empty())
            .map(|b| para(&b.text))
            .collect()
    };
    if letter.answers_questions {
        for section in &letter.sections {
            if let Some(question) = &section.question {
                out.push(heading(1, question));
            }
            out.extend(beats(&section.beats));
            if let Some(count) = &section.count {
                out.push(muted(&count.line));
            }
        }
    } else {
        out.extend(letter.greeting.as_deref().map(para));
        for section in &letter.sections {
            out.extend(beats(&section.beats));
        }
        out.push(para(&format!(
            "{}\n{}",
            view.labels.sincerely, view.person.signature
        )));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use crate::profile::{Lang, Profile};
    use crate::render::DocKind;
    use crate::story::{Beat, Fact, RuleId, Story};
    use crate::target::Target;
    use crate::view::ViewOptions;

    fn document_xml(docx: &[u8]) -> String {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        archive
            .by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    #[test]
    fn the_letter_says_the_views_sentences_and_greeting() {
        let target = Target {
            company: Some("VisionGuard".into()),
            title: Some("Vision Engineer".into()),
            ..Default::default()
        };
        let opening = Beat::new(RuleId::Frame, "opening", 5)
            .fact("company", Fact::new("VisionGuard", "company"))
            .fact("role", Fact::new("Vision Engineer", "title"));
        let story = Story {
            beats: vec![opening.clone()],
            letter: vec![opening],
            ..Default::default()
        };
        let view = crate::view::build(
            &Profile::default(),
            Some(&target),
            &story,
            Lang::En,
            &ViewOptions::default(),
        );
        let xml = document_xml(&crate::docx::render(DocKind::CoverLetter, &view).unwrap());
        let body = view.letter.as_ref().unwrap().sections[0].beats[0]
            .text
            .clone();
        assert!(
            body.contains("Vision Engineer") && body.contains("VisionGuard"),
            "{body}"
        );
        for line in ["Dear VisionGuard hiring team,", body.as_str()] {
            assert!(
                xml.contains(&format!("<w:t xml:space=\"preserve\">{line}</w:t>")),
                "{xml}"
            );
        }
    }
}
