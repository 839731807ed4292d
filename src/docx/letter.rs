//! The cover letter as Word paragraphs. Each beat is phrased by the plain-text partial
//! `beat-<lang>`, the same words the other formats print and the character limits count.

use docx_rs::{LineSpacing, Paragraph};

use super::{header, heading, muted, para, run};
use crate::render::{RenderError, Renderer};
use crate::view::{CharCount, DocumentView};

/// Every paragraph of the cover letter, in reading order.
pub fn body(view: &DocumentView, _renderer: &Renderer) -> Result<Vec<Paragraph>, RenderError> {
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
        return Ok(out);
    };
    let beats = |paragraphs: &[crate::view::Paragraph]| -> Result<Vec<Paragraph>, RenderError> {
        Ok(paragraphs.iter().map(|p| para(&p.text)).collect())
    };
    if letter.answers_questions {
        for section in &letter.sections {
            if let Some(question) = &section.question {
                out.push(heading(1, question));
            }
            out.extend(beats(&section.paragraphs)?);
            if let Some(count) = &section.count {
                out.push(muted(&count_line(count, view)));
            }
        }
    } else {
        let greeting = match (view.is_ko, company) {
            (true, Some(company)) => Some(format!("{company} 채용 담당자님께")),
            (true, None) => None,
            (false, Some(company)) => Some(format!("{} {company} hiring team,", view.labels.dear)),
            (false, None) => Some(format!("{} hiring team,", view.labels.dear)),
        };
        out.extend(greeting.as_deref().map(para));
        for section in &letter.sections {
            out.extend(beats(&section.paragraphs)?);
        }
        out.push(para(&format!(
            "{}\n{}",
            view.labels.sincerely, view.person.name
        )));
    }
    Ok(out)
}

/// "812/1000 characters, without spaces 640/800", as the other formats write it.
fn count_line(count: &CharCount, view: &DocumentView) -> String {
    let limit = |n: Option<u32>| n.map(|n| format!("/{n}")).unwrap_or_default();
    format!(
        "{}{} {}, {} {}{}",
        count.with_spaces,
        limit(count.max_chars),
        view.labels.characters,
        view.labels.without_spaces,
        count.without_spaces,
        limit(count.max_chars_no_spaces)
    )
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
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
    fn paragraphs_are_the_views_text() {
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
        let renderer = Renderer::new(None).unwrap();
        let sentence = &view.letter.as_ref().unwrap().sections[0].paragraphs[0].text;
        assert!(
            sentence.starts_with("I ")
                && sentence.contains("Vision Engineer")
                && sentence.contains("VisionGuard"),
            "{sentence}"
        );
        let xml =
            document_xml(&crate::docx::render(DocKind::CoverLetter, &view, &renderer).unwrap());
        assert!(
            xml.contains(&format!(
                "<w:t xml:space=\"preserve\">{}</w:t>",
                sentence.trim()
            )),
            "{xml}"
        );
    }
}
