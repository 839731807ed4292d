//! The typed structs templates see. Templates never get raw JSON maps: every value here is
//! text from the inputs (or fixed words), every link already checked.

pub mod labels;
mod letter;
mod pitch;
pub mod realize;
mod resume;

use std::collections::BTreeMap;

use serde::Serialize;

pub use labels::Labels;
pub use letter::{fit_to_limits, CharCount, LetterSection, LetterView};
pub use pitch::{PitchSection, PitchView, PrepItemView, PrepView};
pub use resume::{competition_result, deliverable_label, drop_order, droppable};

use crate::link::safe_url;
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
    pub title: &'static str,
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

/// A beat as templates see it: plain fact texts by role.
#[derive(Debug, Clone, Serialize)]
pub struct BeatView {
    pub rule: &'static str,
    pub variant: &'static str,
    pub facts: BTreeMap<&'static str, String>,
    pub lists: BTreeMap<&'static str, Vec<String>>,
    pub strength: u8,
    /// The JSON paths of the facts used, for `--explain`.
    #[serde(skip)]
    pub paths: Vec<String>,
}

/// Fact roles that hold whole sentences: their final full stop is dropped so templates can
/// punctuate them like any other phrase.
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

fn phrase(role: &str, text: &str) -> String {
    if SENTENCE_ROLES.contains(&role) {
        text.trim()
            .trim_end_matches(['.', '。'])
            .trim_end()
            .to_string()
    } else {
        text.trim().to_string()
    }
}

impl From<&Beat> for BeatView {
    fn from(beat: &Beat) -> Self {
        BeatView {
            rule: beat.rule.as_str(),
            variant: beat.variant,
            facts: beat
                .facts
                .iter()
                .map(|(k, f)| (*k, phrase(k, &f.text)))
                .collect(),
            lists: beat
                .lists
                .iter()
                .map(|(k, v)| (*k, v.iter().map(|f| phrase(k, &f.text)).collect()))
                .collect(),
            strength: beat.strength,
            paths: beat.paths(),
        }
    }
}

/// Typst font settings: the families in fallback order.
#[derive(Debug, Clone, Serialize)]
pub struct Fonts {
    pub body: Vec<String>,
}

/// Everything a document template sees.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub lang: &'static str,
    pub is_ko: bool,
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
}

/// Options that shape the view.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// A font family known to cover Hangul, put first in Korean documents.
    pub hangul_font: Option<String>,
    /// How many of the weakest resume items to leave out (to fit the page budget).
    pub drop_weakest: usize,
    /// GitHub statistics from the cache beside the profile.
    pub github: Option<std::sync::Arc<crate::github::StatsCache>>,
}

/// Builds the view shared by every document.
pub fn build(
    profile: &Profile,
    target: Option<&Target>,
    story: &Story,
    lang: Lang,
    options: &ViewOptions,
) -> DocumentView {
    let labels = Labels::for_lang(lang);
    let github = options.github.as_deref();
    let person = resume::person(profile, github, &labels);
    let sections = resume::sections(profile, story, lang, &labels, options.drop_weakest, github);
    let target_view = target.map(|t| TargetView {
        company: t.company.clone().filter(|c| !c.trim().is_empty()),
        title: t.title.clone().filter(|c| !c.trim().is_empty()),
        link: t
            .url
            .as_deref()
            .and_then(|u| Link::new(t.company.clone().unwrap_or_default(), u)),
    });
    let letter = target.map(|t| letter::build(t, story));
    let pitch = target.map(|_| pitch::pitch(story, &sections, &labels));
    let prep = target.map(|_| pitch::prep(story));
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
        fonts: fonts(lang, options.hangul_font.as_deref()),
    }
}

fn fonts(lang: Lang, hangul: Option<&str>) -> Fonts {
    let latin = ["Libertinus Serif", "New Computer Modern"];
    let mut body: Vec<String> = Vec::new();
    if lang == Lang::Ko {
        body.extend(hangul.map(str::to_string));
    }
    body.extend(latin.iter().map(|s| s.to_string()));
    if lang == Lang::En {
        body.extend(hangul.map(str::to_string));
    }
    Fonts { body }
}
