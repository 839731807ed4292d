//! The paragraph planner: which of the story's facts each paragraph of a letter, answer,
//! pitch or prep answer tells, in what order, each sentence phrased by the realizer. One
//! `Writer` per document remembers what was told, so no fact, highlight or sentence is told
//! twice and a long name is introduced once.

mod arrange;
mod pieces;
#[cfg(test)]
mod tests;

pub use arrange::{
    answers, asked_result, length, letter, pitch, place_of, prep_answer, FILL_HIGH, FILL_LOW,
};

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use serde::Serialize;

use crate::profile::{Lang, Profile};
use crate::story::{Evidence, EvidenceKind, Fact, RuleId, Story};
use crate::target::Target;

use super::realize::{self, Names};

/// One finished sentence with the rule it serves and the JSON paths of its facts.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub rule: &'static str,
    pub paths: Vec<String>,
}

/// A paragraph: finished sentences, and their text as templates print it.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    #[serde(skip)]
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    /// The paragraph of `sentences`.
    pub fn new(sentences: Vec<Sentence>) -> Paragraph {
        let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
        Paragraph {
            text: texts.join(" "),
            sentences,
        }
    }
}

/// The profile's texts the documents of one view reached but could not tell, being in
/// another language: what the user would translate (`coach` lists them). Shared by every
/// writer of the view, and by the trial copies a writer makes while filling an answer.
#[derive(Debug, Clone, Default)]
pub struct Untranslated(Rc<RefCell<BTreeSet<String>>>);

/// The profile's top-level texts outside its sections (others are the target's, the
/// knowledge base's or GitHub's, which the user does not translate).
const PROFILE_TEXTS: &[&str] = &["track", "codingTest"];

impl Untranslated {
    /// Notes the profile text at `path`.
    fn note(&self, path: &str) {
        let head = path.split(['.', '[']).next().unwrap_or("");
        if crate::fields::PROFILE_SECTIONS.contains(&head) || PROFILE_TEXTS.contains(&head) {
            self.0.borrow_mut().insert(path.to_string());
        }
    }

    /// Notes each profile text at `paths`.
    pub fn note_all<'p>(&self, paths: impl IntoIterator<Item = &'p str>) {
        for path in paths {
            self.note(path);
        }
    }

    /// The paths noted, in order.
    pub fn paths(&self) -> Vec<String> {
        self.0.borrow().iter().cloned().collect()
    }
}

/// A piece of work as the writing names it.
#[derive(Debug, Clone)]
pub(crate) struct Work {
    pub path: String,
    pub full: String,
    pub short: Option<String>,
    pub employer: bool,
    /// Told without its name, which is not in the document's language ("one of my
    /// projects"): frames that need a name to point at leave it out.
    pub unnamed: bool,
}

/// The state of one document being written.
#[derive(Debug, Clone)]
pub struct Writer<'a> {
    pub(crate) lang: Lang,
    pub(crate) story: &'a Story,
    pub(crate) profile: &'a Profile,
    pub(crate) company: Option<String>,
    pub(crate) role: Option<String>,
    names: Names,
    used: BTreeSet<String>,
    /// Facts kept for a later part of the document (`reserve`): told as if said already,
    /// until that part releases them.
    reserved: BTreeSet<String>,
    said: BTreeSet<String>,
    seed: u64,
    /// Gaps told so far: the second is "another".
    pub(crate) gaps_told: usize,
    /// The work the last sentence was about, with the number of sentences said then: the
    /// next sentence about it need not name it again, as long as nothing came between.
    last_work: Option<(String, usize)>,
    /// The works the last sentence named, with the number of sentences said then.
    last_named: (Vec<String>, usize),
    /// The work the previous paragraph's last sentence was about, with the number of
    /// sentences said then: a paragraph that goes on with it may refer back to it.
    paragraph_ended_on: Option<(String, usize)>,
    /// Sentences in this paragraph that added to the work named before them.
    pub(crate) also: usize,
    /// Each text typed once per document: typing is pure, and the planner asks about the
    /// same facts many times (shared by the trial copies an answer's filling makes).
    phrases: Rc<RefCell<HashMap<String, Option<realize::Phrase>>>>,
    untranslated: Untranslated,
}

/// FNV-1a: a stable hash (the same on every run and platform) to choose phrasings.
fn stable_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl<'a> Writer<'a> {
    /// A writer for one document in `lang` about the story told for `target`.
    pub fn new(story: &'a Story, profile: &'a Profile, lang: Lang, target: &Target) -> Self {
        let company = target.company.as_deref();
        let role = target.title.as_deref();
        let company = company
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        // "의료 영상 AI 연구원 (신입/경력)": the level in parentheses is the posting's, not
        // part of the role a letter names.
        let role = role
            .map(|r| match r.trim().rsplit_once(" (") {
                Some((head, tail))
                    if tail.ends_with(')')
                        && !head.is_empty()
                        && (tail.contains("신입") || tail.contains("경력")) =>
                {
                    head
                }
                _ => r,
            })
            .map(str::trim)
            .filter(|r| !r.is_empty() && realize::fits(r, lang))
            .map(str::to_string);
        let seed = stable_hash(
            format!(
                "{}|{}",
                company.as_deref().unwrap_or(""),
                role.as_deref().unwrap_or("")
            )
            .as_bytes(),
        );
        Writer {
            lang,
            story,
            profile,
            company,
            role,
            names: Names::default(),
            used: BTreeSet::new(),
            reserved: BTreeSet::new(),
            said: BTreeSet::new(),
            seed,
            gaps_told: 0,
            last_work: None,
            last_named: (Vec::new(), usize::MAX),
            paragraph_ended_on: None,
            also: 0,
            phrases: Rc::default(),
            untranslated: Untranslated::default(),
        }
    }

    /// `text` typed (`Phrase::of`), remembered for the document.
    pub(crate) fn phrase_of(&self, text: &str) -> Option<realize::Phrase> {
        if let Some(known) = self.phrases.borrow().get(text) {
            return known.clone();
        }
        // Sentences are made of what the text says: pasted HTML and Markdown are read, and
        // a list's items are sentences of their own.
        let typed = realize::Phrase::of(&crate::inline::as_sentences(text));
        self.phrases
            .borrow_mut()
            .insert(text.to_string(), typed.clone());
        typed
    }

    /// Notes the texts this writer cannot tell for their language in `untranslated`.
    pub fn noting(mut self, untranslated: &Untranslated) -> Self {
        self.untranslated = untranslated.clone();
        self
    }

    /// Whether `fact` is written in the document's language (or is a name that passes in
    /// every language); a fact of the profile that is not is noted as one to translate.
    pub(crate) fn fits(&self, fact: &Fact) -> bool {
        let fits = realize::fits(&fact.text, self.lang);
        if !fits {
            self.untranslated.note(&fact.path);
        }
        fits
    }

    /// One of `n` phrasings for `rule`, chosen by the company and role: the same input
    /// always gets the same words, different companies get different ones.
    pub(crate) fn variant(&self, rule: &str, n: usize) -> usize {
        let h = stable_hash(rule.as_bytes()) ^ self.seed;
        (h % n.max(1) as u64) as usize
    }

    /// Whether `fact` may be told: not told yet, and written in the document's language.
    pub(crate) fn fresh(&self, fact: &Fact) -> bool {
        !self.used.contains(&fact.path) && self.fits(fact)
    }

    /// Whether the last sentence said was about the work at `path`.
    pub(crate) fn is_current(&self, path: &str) -> bool {
        matches!(&self.last_work, Some((p, n)) if p == path && *n == self.said.len())
    }

    /// The work the last sentence said was about, if nothing came after it.
    pub(crate) fn current_work(&self) -> Option<String> {
        self.last_work
            .as_ref()
            .filter(|(_, n)| *n == self.said.len())
            .map(|(p, _)| p.clone())
    }

    /// Notes that the last sentence said was about the work at `path`.
    pub(crate) fn now_about(&mut self, path: &str) {
        self.last_work = Some((path.to_string(), self.said.len()));
    }

    /// A new paragraph of the same text: its first sentence names its work again, so the
    /// reader always knows where a result happened, or refers back to the work the last
    /// paragraph ended on.
    pub(crate) fn new_paragraph(&mut self) {
        let ended_on = self.current_work().map(|p| (p, self.said.len()));
        self.new_section();
        self.paragraph_ended_on = ended_on;
    }

    /// A paragraph that starts a part of its own (under a heading, or an answer to another
    /// question): nothing said before it is referred back to.
    pub(crate) fn new_section(&mut self) {
        self.paragraph_ended_on = None;
        self.last_work = None;
        self.also = 0;
    }

    /// Whether nothing was said yet in this paragraph and the previous one ended on the work
    /// at `path`.
    pub(crate) fn goes_on_from_last_paragraph(&self, path: &str) -> bool {
        matches!(&self.paragraph_ended_on, Some((p, n)) if p == path && *n == self.said.len())
    }

    /// Keeps the current work current over the sentences said since `before` sentences.
    pub(crate) fn continuing(&mut self, before: usize) {
        if let Some((_, n)) = &mut self.last_work {
            if *n == before {
                *n = self.said.len();
            }
        }
    }

    /// How many sentences were said so far.
    pub(crate) fn said_count(&self) -> usize {
        self.said.len()
    }

    /// Marks facts as told.
    pub(crate) fn mark<'f>(&mut self, facts: impl IntoIterator<Item = &'f Fact>) {
        for f in facts {
            self.used.insert(f.path.clone());
        }
    }

    /// Keeps the facts at `paths` for a later part of the document: until `release`, the
    /// parts before it reach for other evidence.
    pub fn reserve(&mut self, paths: impl IntoIterator<Item = String>) {
        for path in paths {
            self.used.insert(path.clone());
            self.reserved.insert(path);
        }
    }

    /// Lets the part a fact was reserved for tell it (a fact told already stays told).
    pub(crate) fn release(&mut self, path: &str) {
        if self.reserved.remove(path) {
            self.used.remove(path);
        }
    }

    /// Whether the fact at `path` was told.
    pub(crate) fn told(&self, path: &str) -> bool {
        self.used.contains(path)
    }

    /// The company's name, or a neutral word for it.
    pub(crate) fn company(&self) -> String {
        self.company.clone().unwrap_or_else(|| match self.lang {
            Lang::En => "your team".to_string(),
            Lang::Ko => "귀사".to_string(),
        })
    }

    /// How a work is named at this point of the document.
    pub(crate) fn name(&mut self, work: &Work) -> String {
        self.names
            .mention(&work.path, &work.full, work.short.as_deref())
    }

    /// Notes that the last sentence said named the works at `paths`.
    pub(crate) fn named_last(&mut self, paths: Vec<String>) {
        self.last_named = (paths, self.said.len());
    }

    /// Whether the last sentence said named the work at `path`.
    pub(crate) fn named_just_before(&self, path: &str) -> bool {
        self.last_named.1 == self.said.len() && self.last_named.0.iter().any(|p| p == path)
    }

    /// The work behind `evidence`, named as the profile names it. Employers and
    /// competitions are proper nouns and pass through in every language; a project whose
    /// name is not in the document's language goes by its short name when that is, else it
    /// is told without a name ("one of my projects", "제 프로젝트 중 하나"), never quoted.
    pub(crate) fn work(&self, evidence: &Evidence) -> Option<Work> {
        let employer = evidence.facts.employer.as_ref();
        let full = employer
            .map(|e| e.text.clone())
            .unwrap_or_else(|| evidence.title.trim().to_string());
        if full.is_empty() {
            return None;
        }
        let project = match evidence.kind {
            EvidenceKind::Project => self.profile.projects.get(evidence.index),
            _ => None,
        };
        let short = match project {
            Some(p) => realize::short_name(&full, p.short_name.as_deref(), p.repo.as_deref()),
            None => realize::short_name(&full, None, None),
        };
        let is_employer = employer.is_some() || evidence.kind == EvidenceKind::Work;
        let proper = is_employer || evidence.kind != EvidenceKind::Project;
        // A one-word Latin name (`night-vehicle-detector`) is an identifier: a name in
        // Korean prose too.
        let identifier = !full.contains(char::is_whitespace) && realize::fits(&full, Lang::En);
        if proper || identifier || realize::fits(&full, self.lang) {
            // "Wafer map defect classifier" describes the project, it does not name it: in
            // English prose it is "my wafer map defect classifier".
            let full = match (self.lang, proper) {
                (Lang::En, false) => realize::en::as_my_project(&full).unwrap_or(full),
                _ => full,
            };
            return Some(Work {
                path: evidence.path.clone(),
                full,
                short,
                employer: is_employer,
                unnamed: false,
            });
        }
        // A short name is an identifier (`fallnet`, `edge-yolo-trt`): a name in Korean
        // prose too, as long as an English document gets no Hangul.
        let short_fits = |s: &String| match self.lang {
            Lang::En => realize::fits(s, Lang::En),
            Lang::Ko => true,
        };
        if let Some(short) = short.filter(short_fits) {
            return Some(Work {
                path: evidence.path.clone(),
                full: short,
                short: None,
                employer: false,
                unnamed: false,
            });
        }
        self.untranslated.note(&format!("{}.name", evidence.path));
        let domain = project
            .into_iter()
            .flat_map(|p| &p.domains)
            .find(|d| realize::fits(d, self.lang) && !d.trim().is_empty());
        let full = match (self.lang, domain) {
            (Lang::En, Some(d)) => format!("my {} project", d.trim()),
            (Lang::En, None) => "one of my projects".to_string(),
            (Lang::Ko, Some(d)) => format!("제 {} 프로젝트", d.trim()),
            (Lang::Ko, None) => "제 프로젝트 중 하나".to_string(),
        };
        Some(Work {
            path: evidence.path.clone(),
            full,
            short: None,
            employer: false,
            unnamed: true,
        })
    }

    /// Finishes a sentence: kept when it is new to the document.
    pub(crate) fn sentence(
        &mut self,
        rule: RuleId,
        text: String,
        facts: &[&Fact],
    ) -> Option<Sentence> {
        let text = text.trim().to_string();
        if text.is_empty() || !self.said.insert(text.clone()) {
            return None;
        }
        let mut paths: Vec<String> = facts.iter().map(|f| f.path.clone()).collect();
        paths.sort();
        paths.dedup();
        Some(Sentence {
            text,
            rule: rule.as_str(),
            paths,
        })
    }

    /// Whether a sentence said so far mentions a paper that appeared at `venue` ("an EMNLP
    /// Findings paper" for "Findings of EMNLP 2021"): it says paper (논문) and one of the
    /// venue's own names, not its generic words or year.
    pub(crate) fn mentioned_paper(&self, venue: &str) -> bool {
        const GENERIC: &[&str] = &[
            "findings",
            "proceedings",
            "conference",
            "journal",
            "workshop",
            "international",
            "annual",
            "transactions",
            "symposium",
        ];
        let names: Vec<&str> = venue
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| {
                w.chars().count() >= 3
                    && w.starts_with(|c: char| c.is_uppercase())
                    && !GENERIC.contains(&w.to_lowercase().as_str())
            })
            .collect();
        !names.is_empty()
            && self.said.iter().any(|s| {
                (s.contains("paper") || s.contains("논문")) && names.iter().any(|n| s.contains(n))
            })
    }

    /// The evidence at `path`.
    pub(crate) fn evidence(&self, path: &str) -> Option<&'a Evidence> {
        let story: &'a Story = self.story;
        story.evidence.iter().find(|e| e.path == path)
    }
}
