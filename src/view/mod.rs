//! The typed structs templates see. Templates never get raw JSON maps: every value here is
//! text from the inputs (or fixed words), every link already checked.

pub mod labels;
mod letter;
mod pitch;
pub mod plan;
mod question;
pub mod realize;
mod resume;

use std::collections::BTreeMap;

use serde::Serialize;

pub use labels::Labels;
pub use letter::{CharCount, LetterSection, LetterView};
pub use pitch::{PitchSection, PitchView, PrepItemView, PrepView};
pub use plan::{Paragraph, Sentence};
pub use realize::{english_clause, join_and, join_then};
pub use resume::{deliverable_label, drop_order, droppable, left_out_line, named_items};

use crate::design::{Design, Theme};
use crate::link::safe_url;
use crate::locale::Locale;
use crate::profile::{Lang, Profile};
use crate::story::{Beat, Story};
use crate::target::Target;

/// A checked link: only http, https and mailto URLs get here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub label: String,
    pub url: String,
}

impl Link {
    /// A link when `url` passes the check.
    pub fn new(label: impl Into<String>, url: &str) -> Option<Link> {
        safe_url(url).map(|url| Link {
            label: label.into(),
            url,
        })
    }
}

/// One item of the header's contact line: text, linked when it has a checked URL.
#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub label: String,
    pub url: Option<String>,
    /// A web link (website, GitHub, ...) rather than email, phone or location.
    pub web: bool,
}

/// The candidate as the header shows them.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub name: String,
    /// The name a letter is signed with: `name` without emoji. A 🚀 in the header is the
    /// candidate's style; after "Sincerely," it reads as a slip.
    pub signature: String,
    pub label: Option<String>,
    pub email: Option<Link>,
    pub phone: Option<String>,
    pub location: Option<String>,
    /// Website and profiles (GitHub, LinkedIn, ...).
    pub links: Vec<Link>,
    /// Email, phone, location and links, in that order, for the contact line.
    pub contacts: Vec<Contact>,
}

/// One entry of a section, in a shape every section shares.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Entry {
    pub title: String,
    pub subtitle: Option<String>,
    pub date: Option<String>,
    pub location: Option<String>,
    pub link: Option<Link>,
    pub summary: Option<String>,
    pub bullets: Vec<String>,
    /// Measured results: "mAP@0.5: 0.71 → 0.83".
    pub results: Vec<String>,
    pub tags: Vec<String>,
    pub links: Vec<Link>,
    /// Live GitHub statistics of the entry's repository, when fetched.
    pub github: Option<String>,
    /// The JSON path of the fact this entry shows.
    pub path: String,
}

/// A resume section.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// `experience`, `projects`, ... for templates that style sections differently.
    pub id: &'static str,
    pub title: String,
    /// Set in the sidebar theme for the sections that go in the sidebar.
    pub side: bool,
    /// One line per entry ("Skills: Python, PyTorch") instead of a block.
    pub compact: bool,
    /// All entries on one line, separated by dots (for short compact lists).
    pub inline: bool,
    pub entries: Vec<Entry>,
}

/// The company and role the documents are written for.
#[derive(Debug, Clone, Serialize)]
pub struct TargetView {
    pub company: Option<String>,
    pub title: Option<String>,
    pub link: Option<Link>,
}

/// A beat as templates see it: its finished sentences, and the plain fact texts by role
/// for templates that phrase a beat their own way.
#[derive(Debug, Clone, Serialize)]
pub struct BeatView {
    pub rule: &'static str,
    pub variant: &'static str,
    /// The beat phrased in the document's language: plain text, escaped by the renderer.
    pub text: String,
    pub facts: BTreeMap<&'static str, String>,
    pub lists: BTreeMap<&'static str, Vec<String>>,
    pub strength: u8,
    /// The JSON paths of the facts used, for `--explain`.
    #[serde(skip)]
    pub paths: Vec<String>,
    /// For a planned paragraph: its sentences, each with its rule and paths (`--explain`).
    #[serde(skip)]
    pub sentences: Vec<Sentence>,
}

/// Fact roles that hold whole sentences: their final full stop is dropped so they can be
/// punctuated like any other phrase.
const SENTENCE_ROLES: &[&str] = &[
    "description",
    "highlight",
    "highlights",
    "summary",
    "before",
    "after",
    "winner",
    "opportunity",
];

fn fact_text(role: &str, text: &str) -> String {
    let text = text.trim();
    if SENTENCE_ROLES.contains(&role) {
        text.trim_end_matches(['.', '。']).trim_end().to_string()
    } else {
        text.to_string()
    }
}

impl BeatView {
    /// An interview question (its kind is the beat's variant) phrased in `lang`.
    pub fn question(beat: &Beat, lang: Lang) -> Self {
        let mut view = Self::facts_of(beat);
        // A job is where the work was done ("At Callwise, ..."), a project what it was in.
        if beat
            .facts
            .get("project")
            .is_some_and(|p| p.path.starts_with("work["))
        {
            view.facts.insert("place", "At".to_string());
        }
        view.text = question::question(&question::Facts::new(view.variant, &view.facts), lang);
        view
    }

    fn facts_of(beat: &Beat) -> Self {
        BeatView {
            rule: beat.rule.as_str(),
            variant: beat.variant,
            text: String::new(),
            facts: beat
                .facts
                .iter()
                .map(|(k, f)| (*k, fact_text(k, &f.text)))
                .collect(),
            lists: beat
                .lists
                .iter()
                .map(|(k, v)| (*k, v.iter().map(|f| fact_text(k, &f.text)).collect()))
                .collect(),
            strength: beat.strength,
            paths: beat.paths(),
            sentences: Vec::new(),
        }
    }

    /// A paragraph the planner wrote: its text, the rule of its first sentence, and every
    /// sentence with its own rule and paths.
    pub fn paragraph(paragraph: Paragraph) -> Self {
        let mut paths: Vec<String> = paragraph
            .sentences
            .iter()
            .flat_map(|s| s.paths.iter().cloned())
            .collect();
        paths.sort();
        paths.dedup();
        BeatView {
            rule: paragraph.sentences.first().map_or("frame", |s| s.rule),
            variant: "",
            text: paragraph.text,
            facts: BTreeMap::new(),
            lists: BTreeMap::new(),
            strength: 0,
            paths,
            sentences: paragraph.sentences,
        }
    }
}

/// Typst font settings: the families in fallback order, and the language and region
/// that pick the right CJK glyphs when the document's own language is not that one.
#[derive(Debug, Clone, Serialize)]
pub struct Fonts {
    pub body: Vec<String>,
    /// The user's heading font before the body ones; empty when the headings use the body's.
    pub heading: Vec<String>,
    pub cjk: Option<CjkText>,
}

/// Typst's `lang` and `region` for the CJK text of a document in another language.
#[derive(Debug, Clone, Serialize)]
pub struct CjkText {
    pub lang: &'static str,
    pub region: &'static str,
}

/// Everything a document template sees.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// The story's language (`en` or `ko`): letters, pitches and preparation.
    pub lang: &'static str,
    pub is_ko: bool,
    /// The document language as a BCP 47 tag (`ja`, `zh-Hans`): HTML's `lang`.
    pub doc_lang: String,
    /// Typst's `text(lang:)` and `region:` for the document language.
    pub typst_lang: String,
    pub typst_region: Option<String>,
    /// Theme, paper, margins, sizes, colour.
    pub design: Design,
    pub labels: Labels,
    /// The document title (PDF metadata, HTML `<title>`).
    pub title: String,
    pub person: Person,
    pub summary: Option<String>,
    pub sections: Vec<Section>,
    pub target: Option<TargetView>,
    pub letter: Option<LetterView>,
    pub pitch: Option<PitchView>,
    pub prep: Option<PrepView>,
    pub fonts: Fonts,
    /// The paths of the profile's texts the letter, pitch and prep would tell but cannot,
    /// being in another language (`coach` asks for their translations).
    #[serde(skip)]
    pub untranslated: Vec<String>,
}

/// Options that shape the view.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// The resume's language (headings, dates, degrees); English when not set.
    pub locale: Option<std::sync::Arc<Locale>>,
    /// The checked design settings.
    pub design: Design,
    /// The fonts chosen for the scripts the document uses (`scripts::choose`), the
    /// language's own first.
    pub scripts: crate::scripts::Choice,
    /// How many of the weakest resume items to leave out (to fit the page budget).
    pub drop_weakest: usize,
    /// GitHub statistics from the cache beside the profile.
    pub github: Option<std::sync::Arc<crate::github::StatsCache>>,
    /// Only the resume is shown: the letter, the pitch and the preparation are not written
    /// (fitting the resume to its pages builds its view several times).
    pub resume_only: bool,
}

/// Builds the view shared by every document.
pub fn build(
    profile: &Profile,
    target: Option<&Target>,
    story: &Story,
    lang: Lang,
    options: &ViewOptions,
) -> DocumentView {
    let english;
    let locale = match &options.locale {
        Some(locale) => locale.as_ref(),
        None => {
            english = Locale::english();
            &english
        }
    };
    let dated;
    let locale = match &options.design.date_format {
        Some(pattern) => {
            dated = locale.with_date_format(pattern);
            &dated
        }
        None => locale,
    };
    let labels = Labels::new(lang, &locale.labels);
    let design = &options.design;
    let github = options
        .github
        .as_deref()
        .filter(|_| design.show_github_stats);
    let person = resume::person(profile, github, locale);
    let sidebar = design.theme == Theme::Sidebar;
    let sections = resume::sections(
        profile,
        story,
        locale,
        sidebar,
        options.drop_weakest,
        github,
    );
    let target_view = target.map(|t| TargetView {
        company: t.company.clone().filter(|c| !c.trim().is_empty()),
        title: t.title.clone().filter(|c| !c.trim().is_empty()),
        link: t
            .url
            .as_deref()
            .and_then(|u| Link::new(t.company.clone().unwrap_or_default(), u)),
    });
    let untranslated = plan::Untranslated::default();
    let target = target.filter(|_| !options.resume_only);
    let letter = target.map(|t| letter::build(t, story, profile, lang, &labels, &untranslated));
    let pitch =
        target.map(|t| pitch::pitch(t, story, profile, lang, &sections, &labels, &untranslated));
    let prep = target.map(|t| pitch::prep(t, story, profile, lang, &untranslated));
    let title = match &target_view {
        Some(TargetView {
            company: Some(company),
            ..
        }) => format!("{} – {company}", person.name),
        _ => person.name.clone(),
    };
    DocumentView {
        lang: lang.code(),
        is_ko: lang == Lang::Ko,
        doc_lang: locale.code.clone(),
        typst_lang: locale.typst.lang.clone(),
        typst_region: locale.typst.region.clone(),
        design: design.clone(),
        labels,
        title,
        summary: profile
            .basics
            .summary
            .clone()
            .filter(|s| !s.trim().is_empty()),
        person,
        sections,
        target: target_view,
        letter,
        pitch,
        prep,
        fonts: fonts(locale, design, &options.scripts),
        untranslated: untranslated.paths(),
    }
}

/// The body fonts: the user's, then the ones chosen for the document's scripts (before the
/// Latin ones in a CJK document, whose Latin text is set in its CJK font as CJK typesetting
/// does; after them otherwise), then emoji; duplicates once. The heading fonts: the user's
/// heading font before the body ones.
fn fonts(locale: &Locale, design: &Design, scripts: &crate::scripts::Choice) -> Fonts {
    let latin = ["Libertinus Serif", "New Computer Modern"].map(String::from);
    let cjk_document = matches!(locale.typst.lang.as_str(), "ko" | "ja" | "zh");
    let ordered = if cjk_document {
        [scripts.families.as_slice(), &latin].concat()
    } else {
        [&latin, scripts.families.as_slice()].concat()
    };
    let body = design
        .body_font
        .iter()
        .cloned()
        .chain(ordered)
        .chain(scripts.emoji.clone())
        .fold(Vec::new(), |mut body: Vec<String>, family| {
            if !body.iter().any(|f| f.eq_ignore_ascii_case(&family)) {
                body.push(family);
            }
            body
        });
    let heading = match &design.heading_font {
        Some(f) => std::iter::once(f.clone())
            .chain(body.iter().filter(|b| *b != f).cloned())
            .collect(),
        None => Vec::new(),
    };
    let cjk = scripts
        .cjk
        .map(|v| v.lang_region())
        .filter(|(cjk_lang, _)| *cjk_lang != locale.typst.lang)
        .map(|(lang, region)| CjkText { lang, region });
    Fonts { body, heading, cjk }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::{Beat, Fact, RuleId};

    #[test]
    fn a_resume_alone_builds_no_letter_pitch_or_preparation() {
        let target = Target {
            company: Some("VisionGuard".into()),
            title: Some("Vision Engineer".into()),
            ..Default::default()
        };
        let opening = Beat::new(RuleId::Frame, "opening", 5)
            .fact("company", Fact::new("VisionGuard", "company"));
        let story = Story {
            beats: vec![opening.clone()],
            letter: vec![opening],
            ..Default::default()
        };
        let view = |resume_only| {
            let options = ViewOptions {
                resume_only,
                ..ViewOptions::default()
            };
            build(
                &Profile::default(),
                Some(&target),
                &story,
                Lang::En,
                &options,
            )
        };
        let all = view(false);
        assert!(all.letter.is_some() && all.pitch.is_some() && all.prep.is_some());
        let resume = view(true);
        assert!(resume.letter.is_none() && resume.pitch.is_none() && resume.prep.is_none());
        assert_eq!(resume.title, all.title);
        assert_eq!(
            resume.target.as_ref().and_then(|t| t.company.as_deref()),
            Some("VisionGuard")
        );
    }
}
