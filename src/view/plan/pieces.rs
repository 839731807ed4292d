//! The pieces a paragraph is made of: an opening, the hook, a measured result, a gap with
//! the evidence tied to it, one piece per rule, a close. Each piece is one to four finished
//! sentences; a piece whose facts were told already, or are not in the document's
//! language, says nothing rather than repeating or mixing languages.

use crate::profile::{DeliverableKind, Lang};
use crate::story::{Beat, Evidence, EvidenceKind, Fact, Measured, RuleId, Story};
use crate::view::realize::en::{self, Place};
use crate::view::realize::{self, ko, EnKind, EnPhrase, KoKind, KoPhrase, Phrase};

use super::{Sentence, Work, Writer};

/// Metric names where a smaller number is better.
const LOWER_BETTER: &[&str] = &[
    "latency",
    "time",
    "size",
    "error",
    "loss",
    "memory",
    "cost",
    "false",
    "wer",
    "cer",
    "p95",
    "p99",
    "ms",
    "alarm",
    "지연",
    "크기",
    "오류",
    "오탐",
    "경보",
    "비용",
    "메모리",
    "시간",
    "용량",
];

/// A competition's name without the place the profile wrote after it ("교통 AI 경진대회 3위
/// (218팀 중)" -> "교통 AI 경진대회"): the sentence tells the place in its own language.
fn without_place<'t>(title: &'t str, rank: Option<&str>) -> &'t str {
    let Some(digits) = rank.map(|r| r.chars().filter(char::is_ascii_digit).collect::<String>())
    else {
        return title;
    };
    if digits.is_empty() {
        return title;
    }
    // " 3위", or "(23rd of 4,358 teams)" in parentheses.
    let cut = [format!(" {digits}"), format!("({digits}")]
        .iter()
        .filter_map(|needle| {
            title
                .match_indices(needle.as_str())
                .map(|(i, _)| i)
                .find(|&i| {
                    let rest = &title[i + needle.len()..];
                    ["위", "st", "nd", "rd", "th", "등"]
                        .iter()
                        .any(|s| rest.starts_with(s))
                })
        })
        .min();
    match cut {
        Some(i) if i > 0 => title[..i].trim_end_matches([' ', '-', ',', '(']),
        _ => title,
    }
}

/// A count as prose writes it, with the document language's thousands separator ("4358" ->
/// "4,358"); anything but plain digits unchanged.
fn grouped(count: &str, lang: Lang) -> String {
    let digits_only = !count.is_empty() && count.chars().all(|c| c.is_ascii_digit());
    match count.parse::<u64>() {
        Ok(n) if digits_only => match crate::locale::builtin().get(lang.code()) {
            Ok(locale) => locale.number(n),
            Err(_) => count.to_string(),
        },
        _ => count.to_string(),
    }
}

/// The first number in `text` (`84 ms` -> 84, `0.84 (ST-GCN)` -> 0.84).
fn number(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    digits.trim_end_matches('.').parse().ok()
}

/// Whether the metric improved, worsened, or that cannot be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Cut,
    Raised,
    Neutral,
}

/// A duration in seconds ("2 days", "40 minutes", "6분", "90초", "120ms"), so that values
/// written in different units compare.
fn seconds(text: &str) -> Option<f64> {
    let n = number(text)?;
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let unit: String = text[start..]
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let factor = match unit.to_lowercase().as_str() {
        "ms" | "밀리초" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" | "초" => 1.0,
        "min" | "mins" | "minute" | "minutes" | "분" => 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" | "시간" => 3600.0,
        "day" | "days" | "일" => 86400.0,
        "week" | "weeks" | "주" => 604_800.0,
        _ => return None,
    };
    Some(n * factor)
}

fn direction(m: &Measured) -> Direction {
    let durations = m
        .baseline
        .as_ref()
        .and_then(|b| seconds(&b.text))
        .zip(seconds(&m.value.text));
    let numbers = m
        .baseline
        .as_ref()
        .and_then(|b| number(&b.text))
        .zip(number(&m.value.text));
    let Some((before, after)) = durations.or(numbers) else {
        return Direction::Neutral;
    };
    let name = m.name.text.to_lowercase();
    let lower_better = LOWER_BETTER.iter().any(|w| name.contains(w));
    match (after < before, lower_better) {
        (true, true) => Direction::Cut,
        (false, false) if after > before => Direction::Raised,
        _ => Direction::Neutral,
    }
}

/// A measured result as an English clause, without a lead or a full stop: "I cut latency
/// from 84 ms to 21 ms", "mAP went from 0.826 to 0.812".
fn measured_clause_en(m: &Measured) -> String {
    // "Accuracy went from ..." read from a highlight is a common noun mid-sentence.
    let name = en::lc_first(m.name.text.trim());
    let value = m.value.text.trim();
    match (&m.baseline, direction(m)) {
        (Some(b), Direction::Cut) => format!("I cut {name} from {} to {value}", b.text.trim()),
        (Some(b), Direction::Raised) => {
            format!("I raised {name} from {} to {value}", b.text.trim())
        }
        (Some(b), Direction::Neutral) => format!("{name} went from {} to {value}", b.text.trim()),
        (None, _) => format!("{name} reached {value}"),
    }
}

/// The sentences of a fact's text as a letter tells them: its formatting read and dropped,
/// each list item a sentence (`inline::as_sentences`), then split (`split_sentences`).
fn sentences_of(text: &str) -> Vec<String> {
    split_sentences(&crate::inline::as_sentences(text))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Splits a text of several sentences ("A. B.") into sentences.
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, (i, c)) in chars.iter().enumerate() {
        let next_is_space = chars.get(k + 1).is_none_or(|(_, n)| n.is_whitespace());
        let prev_is_digit = k > 0 && chars[k - 1].1.is_ascii_digit();
        if matches!(c, '.' | '?' | '!' | '。') && next_is_space && !prev_is_digit {
            let piece = text[start..*i].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = i + c.len_utf8();
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

impl<'a> Writer<'a> {
    fn english(&self, fact: &Fact) -> Option<EnPhrase> {
        (self.lang == Lang::En && self.fresh(fact))
            .then(|| match self.phrase_of(&fact.text)? {
                Phrase::En(p) => Some(p),
                Phrase::Ko(_) => None,
            })
            .flatten()
    }

    fn korean(&self, fact: &Fact) -> Option<KoPhrase> {
        (self.lang == Lang::Ko && self.fresh(fact))
            .then(|| match self.phrase_of(&fact.text)? {
                Phrase::Ko(p) => Some(p),
                Phrase::En(_) => None,
            })
            .flatten()
    }

    fn typed(&self, fact: &Fact) -> Option<Phrase> {
        match self.lang {
            Lang::En => self.english(fact).map(Phrase::En),
            Lang::Ko => self.korean(fact).map(Phrase::Ko),
        }
    }

    /// The phrases of a fact's sentences (`None` for one in neither language). The items of
    /// a list that are all noun phrases are one phrase ("an active-learning loop for
    /// labelling and drift alerts in Grafana"), not a run of "The work also includes ...".
    fn fact_phrases(&self, text: &str) -> Vec<Option<Phrase>> {
        let phrases: Vec<Option<Phrase>> = sentences_of(text)
            .iter()
            .map(|part| self.phrase_of(part))
            .collect();
        let nouns = |lang: Lang| {
            phrases.iter().all(|p| match p {
                Some(Phrase::En(p)) => lang == Lang::En && p.kind == EnKind::Noun,
                Some(Phrase::Ko(p)) => lang == Lang::Ko && p.kind == KoKind::Noun,
                None => false,
            })
        };
        if phrases.len() < 2 || !crate::inline::is_list(text) {
            return phrases;
        }
        let texts = phrases.iter().flatten().map(|p| match p {
            Phrase::En(p) => p.text.clone(),
            Phrase::Ko(p) => p.text.clone(),
        });
        if nouns(Lang::En) {
            let items: Vec<String> = texts
                .enumerate()
                .map(|(i, t)| if i == 0 { t } else { en::lc_first(&t) })
                .collect();
            return vec![Some(Phrase::En(EnPhrase {
                text: en::join_and(&items),
                kind: EnKind::Noun,
            }))];
        }
        if nouns(Lang::Ko) {
            return vec![Some(Phrase::Ko(KoPhrase {
                text: texts.collect::<Vec<_>>().join(", "),
                kind: KoKind::Noun,
            }))];
        }
        phrases
    }

    /// "I built X, a ..." / "X에서는 ...했습니다." for a fact about `work`.
    fn introduce(&mut self, rule: RuleId, work: &Work, fact: &Fact) -> Option<Sentence> {
        self.typed(fact)?;
        let phrases = self.fact_phrases(&fact.text);
        let phrase = phrases.first()?.clone()?;
        if phrase.lang() != self.lang {
            return None;
        }
        // The work the previous sentence named is not named again: "I also ...".
        if self.is_current(&work.path) {
            let text = match &phrase {
                Phrase::En(p) => en::detail(p),
                Phrase::Ko(p) => ko::detail(p),
            };
            if let Some(s) = self.sentence(rule, text, &[fact]) {
                self.mark([fact]);
                self.now_about(&work.path);
                return Some(s);
            }
        }
        let name = self.name(work);
        let text = match &phrase {
            Phrase::En(p) => {
                let place = if work.employer {
                    Place::Employer(&name)
                } else if work.unnamed {
                    Place::Unnamed(&name)
                } else {
                    Place::Project(&name)
                };
                en::introduce(place, p)
            }
            // A paragraph that goes on with the employer the last one ended on does not open
            // with its name again ("메디비전에서는 ..." twice in a row): "같은 곳에서는 ...".
            Phrase::Ko(p) if work.employer && self.goes_on_from_last_paragraph(&work.path) => {
                ko::introduce_same_place(p).unwrap_or_else(|| ko::introduce(&name, true, p))
            }
            Phrase::Ko(p) => ko::introduce(&name, work.employer, p),
        };
        let mut s = self.sentence(rule, text, &[fact])?;
        // The fact's further sentences follow in the same register.
        for phrase in phrases.iter().skip(1) {
            let more = match phrase {
                Some(Phrase::En(p)) if self.lang == Lang::En => en::detail(p),
                Some(Phrase::Ko(p)) if self.lang == Lang::Ko => ko::detail(p),
                _ => continue,
            };
            s.text.push(' ');
            s.text.push_str(&more);
        }
        self.mark([fact]);
        self.now_about(&work.path);
        Some(s)
    }

    /// A further fact about the work just named.
    fn detail(&mut self, rule: RuleId, fact: &Fact) -> Vec<Sentence> {
        let mut out = Vec::new();
        if !self.fresh(fact) {
            return out;
        }
        let before = self.said_count();
        for phrase in self.fact_phrases(&fact.text) {
            let text = match phrase {
                Some(Phrase::En(p)) if self.lang == Lang::En => en::detail(&p),
                Some(Phrase::Ko(p)) if self.lang == Lang::Ko => ko::detail(&p),
                _ => return Vec::new(),
            };
            out.extend(self.sentence(rule, text, &[fact]));
        }
        self.mark([fact]);
        self.continuing(before);
        out
    }

    /// The facts of a measured result (name, baseline, value), when none was told and its
    /// name is in the document's language.
    fn untold_parts<'m>(&self, m: &'m Measured) -> Option<Vec<&'m Fact>> {
        let facts: Vec<&Fact> = std::iter::once(&m.name)
            .chain(m.baseline.as_ref())
            .chain(std::iter::once(&m.value))
            .collect();
        let untold = !facts.iter().any(|f| self.told(&f.path)) && self.fits(&m.name);
        untold.then_some(facts)
    }

    /// A measured result as a sentence. `lead` names where ("In X, "); without one the
    /// sentence says "I cut ..." or opens with a connective.
    fn measured(&mut self, rule: RuleId, lead: Option<&str>, m: &Measured) -> Option<Sentence> {
        let facts = self.untold_parts(m)?;
        let name = match self.lang {
            Lang::Ko => ko::metric_name(m.name.text.trim()),
            Lang::En => m.name.text.trim(),
        };
        let value = m.value.text.trim();
        let text = match self.lang {
            Lang::En => {
                let lead = lead.map(|l| format!("{l}, ")).unwrap_or_else(|| {
                    if direction(m) == Direction::Neutral {
                        return "There, ".to_string();
                    }
                    ["There, ", "Along the way, ", "In that work, "][self.variant(name, 3)]
                        .to_string()
                });
                format!("{lead}{}.", measured_clause_en(m))
            }
            Lang::Ko => {
                let lead = lead.map(|l| format!("{l} ")).unwrap_or_else(|| {
                    if direction(m) == Direction::Neutral {
                        return "이때 ".to_string();
                    }
                    ["그 결과 ", "이를 통해 ", "덕분에 "][self.variant(name, 3)].to_string()
                });
                match (&m.baseline, direction(m)) {
                    (Some(b), Direction::Cut) => format!(
                        "{lead}{} {}에서 {} 줄였습니다.",
                        realize_josa(name, "을/를"),
                        b.text.trim(),
                        realize_josa(value, "으로/로")
                    ),
                    (Some(b), Direction::Raised) => format!(
                        "{lead}{} {}에서 {} 높였습니다.",
                        realize_josa(name, "을/를"),
                        b.text.trim(),
                        realize_josa(value, "으로/로")
                    ),
                    (Some(b), Direction::Neutral) => format!(
                        "{lead}{} {}에서 {} 바뀌었습니다.",
                        realize_josa(name, "은/는"),
                        b.text.trim(),
                        realize_josa(value, "으로/로")
                    ),
                    (None, _) => format!(
                        "{lead}{name} {} 기록했습니다.",
                        realize_josa(value, "을/를")
                    ),
                }
            }
        };
        let before = self.said_count();
        let s = self.sentence(rule, text, &facts)?;
        self.mark(facts);
        self.continuing(before);
        Some(s)
    }

    /// The lead that names a work: "In X" / "At X" / "X에서".
    fn lead(&mut self, work: &Work) -> String {
        let name = self.name(work);
        match (self.lang, work.employer) {
            (Lang::En, false) => format!("In {}", name),
            (Lang::En, true) => en::uc_first(&en::at_employer(&name)),
            (Lang::Ko, _) => format!("{name}에서"),
        }
    }

    /// The strongest result of `evidence`: what the work was (its description or a
    /// highlight) and its strongest measured result not yet told; `extra` more highlights.
    pub(crate) fn result(
        &mut self,
        rule: RuleId,
        evidence: &Evidence,
        extra: usize,
    ) -> Vec<Sentence> {
        // Its first result not told yet: a work without a description is introduced by the
        // highlight that states it, never by another one with the number tacked on ("Along
        // the way, ...") as if it came of that.
        let lead = evidence
            .facts
            .metrics
            .iter()
            .find(|m| !self.told(&m.value.path) && realize::fits(&m.name.text, self.lang))
            .map(|m| m.value.path.clone());
        self.result_led(rule, evidence, extra, lead.as_deref())
    }

    /// `result`, told with the measured result whose value is at `lead` (the one the story
    /// chose for this work) rather than the work's first: after the description, or, when
    /// the work has none, as the highlight it was read from, which then carries the number.
    fn result_led(
        &mut self,
        rule: RuleId,
        evidence: &Evidence,
        extra: usize,
        lead: Option<&str>,
    ) -> Vec<Sentence> {
        let Some(work) = self.work(evidence) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let facts = &evidence.facts;
        // Whether the introduction goes on from the work the sentence before named, without
        // naming it again.
        let continued = self.is_current(&work.path);
        // A description introduces a work: after a sentence about it, it would only be
        // tacked on ("The work also includes ..."), so the next highlight follows instead.
        let lead_highlight = lead.and_then(|path| {
            facts
                .highlights
                .iter()
                .find(|h| h.path == path && !self.told(path))
        });
        let about = facts
            .description
            .iter()
            .filter(|_| !continued)
            .chain(lead_highlight)
            .chain(&facts.highlights)
            .find(|f| self.typed(f).is_some())
            .cloned();
        // The highlight the chosen result was read from tells its own number: no second
        // result is claimed beside it.
        let led = about
            .as_ref()
            .is_some_and(|a| lead_highlight.is_some_and(|h| h.path == a.path));
        // A job's description written as a noun ("스마트 교차로 영상 분석 솔루션 개발팀") names
        // the team or the role, not the employer: "X의 Y에서 ...", never "X는 Y입니다".
        let team = about
            .as_ref()
            .filter(|f| {
                self.lang == Lang::Ko
                    && work.employer
                    && !continued
                    && facts.description.as_ref().is_some_and(|d| d.path == f.path)
            })
            .and_then(|f| self.korean(f))
            .filter(|p| p.kind == realize::KoKind::Noun)
            .map(|p| p.text.trim().to_string());
        let team = match team {
            Some(t) => {
                let name = self.name(&work);
                Some(format!("{name}의 {t}에서"))
            }
            None => None,
        };
        if let (Some(fact), None) = (&about, &team) {
            out.extend(self.introduce(rule, &work, fact));
        }
        let untold = |m: &&Measured| !self.told(&m.value.path) && self.fits(&m.name);
        let metric = facts
            .metrics
            .iter()
            .filter(|_| !led)
            .find(|m| lead.is_some_and(|l| m.value.path == l) && untold(m))
            .or_else(|| facts.metrics.iter().filter(|_| !led).find(untold));
        if let (Some(lead), Some(description)) = (&team, &about) {
            let said = match metric.cloned() {
                Some(m) => self.measured(rule, Some(lead), &m),
                None => {
                    let h = facts
                        .highlights
                        .iter()
                        .find(|h| {
                            self.korean(h)
                                .is_some_and(|p| p.kind != realize::KoKind::Noun)
                        })
                        .cloned();
                    match h {
                        Some(h) => {
                            let p = self.korean(&h).map(|p| ko::polite(&p));
                            let s =
                                p.and_then(|p| self.sentence(rule, format!("{lead} {p}."), &[&h]));
                            if s.is_some() {
                                self.mark([&h]);
                            }
                            s
                        }
                        None => None,
                    }
                }
            };
            if let Some(mut s) = said {
                s.paths.push(description.path.clone());
                s.paths.sort();
                s.paths.dedup();
                self.mark([description]);
                self.now_about(&work.path);
                out.push(s);
            }
        } else if let Some((m, h)) = metric
            .and_then(|m| facts.highlights.iter().find(|h| h.path == m.value.path))
            .filter(|h| !out.is_empty() && self.fresh(h))
            .and_then(|h| metric.map(|m| (m, h)))
        {
            // After the description, a number read from a highlight is told by that
            // highlight, which says how it was reached ("I moved 14 models to Kubeflow
            // pipelines ..., cutting deployment time ..."; "이곳에서 PyQt로 검수 도구를 만들어
            // ... 단축했습니다"), not by the number alone.
            let said = self.there_as(rule, h, true, here_ko(continued, work.employer));
            if said.is_empty() {
                out.extend(self.measured(rule, None, m));
            }
            out.extend(said);
            self.now_about(&work.path);
        } else if let Some(m) = metric.cloned() {
            let lead = if out.is_empty() {
                Some(self.lead(&work))
            } else if self.lang == Lang::Ko {
                Some(here_ko(continued, work.employer).to_string())
            } else {
                None
            };
            let named = lead.is_some();
            let said = self.measured(rule, lead.as_deref(), &m);
            if named && said.is_some() {
                self.now_about(&work.path);
            }
            out.extend(said);
        }
        let more: Vec<Fact> = facts
            .highlights
            .iter()
            .filter(|h| self.typed(h).is_some())
            .take(extra)
            .cloned()
            .collect();
        for h in &more {
            out.extend(self.detail(rule, h));
        }
        out
    }

    /// One highlight of `evidence`, introduced with the work's name.
    pub(crate) fn highlight(&mut self, evidence: &Evidence, highlight: &Fact) -> Vec<Sentence> {
        match self.work(evidence) {
            Some(work) => self
                .introduce(RuleId::DataFirst, &work, highlight)
                .into_iter()
                .collect(),
            None => Vec::new(),
        }
    }

    /// What a work was done with, for a work none of whose texts is in the document's
    /// language (an English profile asked for Korean): the tools its keywords name, which
    /// pass in every language ("edge-yolo-trt에서는 TensorRT, ONNX, C++, Jetson을
    /// 다뤘습니다."). Each tool is told once per document; fewer than two say nothing.
    pub(crate) fn tools(&mut self, evidence: &Evidence) -> Vec<Sentence> {
        let facts = &evidence.facts;
        let tellable = facts
            .description
            .iter()
            .chain(&facts.highlights)
            .any(|f| realize::fits(&f.text, self.lang));
        if tellable {
            return Vec::new();
        }
        let keywords = match evidence.kind {
            EvidenceKind::Work => self.profile.work.get(evidence.index).map(|w| &w.keywords),
            EvidenceKind::Project => self
                .profile
                .projects
                .get(evidence.index)
                .map(|p| &p.keywords),
            _ => None,
        };
        let tools: Vec<Fact> = keywords
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(j, k)| Fact::new(k.trim(), format!("{}.keywords[{j}]", evidence.path)))
            .filter(|k| realize::is_name_like(&k.text) && realize::fits(&k.text, self.lang))
            .filter(|k| !self.told(&format!("tool:{}", k.text)))
            .collect();
        if tools.len() < 2 {
            return Vec::new();
        }
        let Some(work) = self.work(evidence).filter(|w| !w.unnamed) else {
            return Vec::new();
        };
        let names: Vec<&str> = tools.iter().map(|t| t.text.as_str()).collect();
        let lead = self.lead(&work);
        let text = match self.lang {
            Lang::En => format!(
                "{lead}, I worked with {}.",
                realize::join_and(&names, Lang::En)
            ),
            Lang::Ko => format!(
                "{lead}는 {} 다뤘습니다.",
                realize_josa(&realize::join_and(&names, Lang::Ko), "을/를")
            ),
        };
        let refs: Vec<&Fact> = tools.iter().collect();
        let s = self.sentence(RuleId::DataFirst, text, &refs);
        if s.is_some() {
            let told: Vec<Fact> = tools
                .iter()
                .map(|t| Fact::new(t.text.as_str(), format!("tool:{}", t.text)))
                .collect();
            self.mark(&told);
            self.now_about(&work.path);
        }
        s.into_iter().collect()
    }

    /// How many measured results of `evidence` are still untold.
    pub(crate) fn untold_metrics(&self, evidence: &Evidence) -> usize {
        evidence
            .facts
            .metrics
            .iter()
            .filter(|m| !self.told(&m.value.path) && realize::fits(&m.name.text, self.lang))
            .count()
    }

    /// The letter's first sentence: the role and the company.
    pub(crate) fn opening(&mut self) -> Vec<Sentence> {
        let Some(company) = self.company.clone() else {
            return Vec::new();
        };
        let role = self.role.clone();
        let text = match (self.lang, role) {
            (Lang::En, Some(role)) => [
                format!("I am applying for the {role} role at {company}."),
                format!(
                    "I would like to join {company} as {}{role}.",
                    en::indefinite(&role)
                ),
            ][self.variant("opening", 2)]
            .clone(),
            (Lang::En, None) => format!("I am applying to join {company}."),
            (Lang::Ko, Some(role)) => {
                format!("{company}의 {} 지원합니다.", realize_josa(&role, "으로/로"))
            }
            (Lang::Ko, None) => format!("{}에 지원합니다.", company),
        };
        self.sentence(RuleId::Frame, text, &[])
            .into_iter()
            .collect()
    }

    /// For a profile with no work or project to tell: the courses of its first degree that
    /// lists them, at most three ("At the University of Toronto, my Computer Science courses
    /// included A, B and C."). Nothing when a text is not in the document's language.
    pub(crate) fn coursework(&mut self) -> Vec<Sentence> {
        let profile = self.profile;
        let Some((i, school)) = profile
            .education
            .iter()
            .enumerate()
            .find(|(_, e)| !e.courses.is_empty())
        else {
            return Vec::new();
        };
        let path = format!("education[{i}]");
        let institution = school
            .institution
            .as_deref()
            .map(|t| Fact::new(t.trim(), format!("{path}.institution")))
            .filter(|f| !f.text.is_empty() && self.fresh(f));
        let area = school
            .area
            .as_deref()
            .map(|t| Fact::new(t.trim(), format!("{path}.area")))
            .filter(|f| !f.text.is_empty() && self.fits(f));
        let courses: Vec<Fact> = school
            .courses
            .iter()
            .enumerate()
            .map(|(j, c)| Fact::new(c.trim(), format!("{path}.courses[{j}]")))
            .filter(|f| !f.text.is_empty() && self.fresh(f))
            .take(3)
            .collect();
        let Some(institution) = institution.filter(|_| !courses.is_empty()) else {
            return Vec::new();
        };
        let names: Vec<String> = courses.iter().map(|c| c.text.clone()).collect();
        let text = match self.lang {
            Lang::En => format!(
                "{}, my {}courses included {}.",
                en::uc_first(&en::at_employer(&institution.text)),
                area.as_ref()
                    .map(|a| format!("{} ", a.text))
                    .unwrap_or_default(),
                en::join_and(&names)
            ),
            Lang::Ko => format!(
                "{}에서 {}{} 과목을 들었습니다.",
                institution.text,
                area.as_ref()
                    .map(|a| format!("{} 공부하며 ", realize_josa(&a.text, "을/를")))
                    .unwrap_or_default(),
                names.join(", ")
            ),
        };
        let mut facts: Vec<&Fact> = vec![&institution];
        facts.extend(area.as_ref());
        facts.extend(courses.iter());
        let s = self.sentence(RuleId::Frame, text, &facts);
        if s.is_some() {
            self.mark(facts);
        }
        s.into_iter().collect()
    }

    /// The hook: the company's data and the candidate's closest work with its strongest number.
    pub(crate) fn hook(&mut self) -> Vec<Sentence> {
        let story = self.story;
        let Some(beat) = story.beats.iter().find(|b| b.rule == RuleId::DataFirst) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let company = self.company();
        let mut hook = None;
        if let Some(data) = beat.facts.get("data") {
            let text = match self.typed(data) {
                Some(Phrase::En(p)) if p.kind == EnKind::Noun => Some(format!(
                    "{company} works with {}, and so does the work I am proudest of.",
                    en::lc_first(&p.text)
                )),
                Some(Phrase::Ko(p)) if p.kind == realize::KoKind::Noun => Some(format!(
                    "{} {} 다룹니다. 제가 가장 자신 있는 경험도 같은 종류의 데이터에서 나왔습니다.",
                    realize_josa(&company, "은/는"),
                    realize_josa(&p.text, "을/를")
                )),
                _ => None,
            };
            hook = text
                .and_then(|text| self.sentence(RuleId::DataFirst, text, &[data]))
                .map(|sentence| (data, sentence));
        }
        let evidence = match beat_evidence(self, beat) {
            Some(evidence) => {
                let lead = beat.facts.get("value").map(|v| v.path.as_str());
                self.result_led(RuleId::DataFirst, evidence, 0, lead)
            }
            None => Vec::new(),
        };
        // "... and so does the work I am proudest of" promises that work: when none of it
        // can be told (its lines are not in the document's language), the hook is unsaid.
        match hook {
            Some((_, hook)) if evidence.is_empty() => {
                self.said.remove(&hook.text);
            }
            Some((data, hook)) => {
                self.mark([data]);
                out.push(hook);
            }
            None => {}
        }
        out.extend(evidence);
        out
    }

    /// A gap at the company: stated in the target (a sentence) or the knowledge base's idea
    /// (a question), then the evidence tied to it by content, else how I would start.
    pub(crate) fn gap(&mut self, gap: &Fact) -> Vec<Sentence> {
        let Some(phrase) = self.typed(gap) else {
            return Vec::new();
        };
        let stated = !gap.is_from_knowledge();
        // An idea the posting already works on is offered help, not asked about.
        let story = self.story;
        let owned = !stated && story.gaps_in_posting.contains(&gap.path);
        let company = self.company();
        let another = self.gaps_told > 0;
        let tie = story.beats.iter().find(|b| {
            b.rule == RuleId::AiOpportunity
                && b.facts
                    .get("opportunity")
                    .is_some_and(|o| o.path == gap.path)
        });
        let tied = tie
            .and_then(|b| beat_evidence(self, b))
            .and_then(|e| self.work(e).map(|w| (e, w)));
        // Without work behind it, the offer is what I would like to do, not what I can; so
        // too when the line that backs it is not in the document's language (an English
        // profile's work in a Korean letter cannot be shown, so it is not claimed).
        let shown = tie
            .into_iter()
            .flat_map(|b| ["highlight", "value"].map(|role| b.facts.get(role)))
            .flatten()
            .all(|f| realize::fits(&f.text, self.lang));
        let backed = tied.is_some() && shown;
        let text = match (&phrase, stated) {
            (Phrase::En(p), true) => en::gap(&company, p, another),
            (Phrase::En(p), false) => owned
                .then(|| en::gap_owned(&company, p, backed))
                .flatten()
                .unwrap_or_else(|| en::gap_question(&company, p)),
            (Phrase::Ko(p), true) => ko::gap(&company, p, another),
            (Phrase::Ko(p), false) => owned
                .then(|| ko::gap_owned(&company, p, backed))
                .flatten()
                .unwrap_or_else(|| ko::gap_question(&company, p)),
        };
        let mut out: Vec<Sentence> = self
            .sentence(RuleId::AiOpportunity, text, &[gap])
            .into_iter()
            .collect();
        if out.is_empty() {
            return out;
        }
        self.gaps_told += 1;
        self.mark([gap]);
        match tied {
            Some((evidence, work)) => {
                let merged = match tie {
                    Some(b) if self.lang == Lang::En && !work.unnamed => {
                        self.tie_en(b, evidence, &work, owned)
                    }
                    _ => None,
                };
                if let Some(s) = merged {
                    out.push(s);
                    return out;
                }
                let name = self.name(&work);
                let text = match (self.lang, work.unnamed) {
                    (Lang::En, false) if work.employer => {
                        format!("It is close to what I did {}.", en::at_employer(&name))
                    }
                    (Lang::En, false) => format!("It is close to what I did in {name}."),
                    (Lang::En, true) => "I have worked on a problem close to it.".to_string(),
                    (Lang::Ko, false) if evidence.kind == EvidenceKind::Publication => {
                        format!("제 논문 「{name}」에서 다룬 문제와 맞닿아 있습니다.")
                    }
                    (Lang::Ko, false) => format!("제가 {name}에서 해 온 일과 맞닿아 있습니다."),
                    (Lang::Ko, true) => {
                        "저도 이와 가까운 문제를 다뤄 본 적이 있습니다.".to_string()
                    }
                };
                // A second idea tied to the same work says so in other words (the first
                // sentence would repeat, and a result after it would point at nothing).
                let again = match (self.lang, work.unnamed) {
                    (Lang::En, false) => format!("My work in {name} speaks to this as well."),
                    (Lang::En, true) => "My earlier work speaks to this as well.".to_string(),
                    (Lang::Ko, false) if evidence.kind == EvidenceKind::Publication => {
                        format!("이 역시 제 논문 「{name}」에서 다룬 문제와 이어집니다.")
                    }
                    (Lang::Ko, false) => format!("이 역시 {name}에서 해 온 일과 이어집니다."),
                    (Lang::Ko, true) => "이 역시 제가 해 온 일과 이어집니다.".to_string(),
                };
                // The story tied the idea to one sentence of this work (the highlight, or
                // the measured result, whose text overlaps it most): cite that one, with its
                // number when it states one, and nothing else. Already told: not again.
                let highlight = tie.and_then(|b| b.facts.get("highlight")).cloned();
                let metric = tie.and_then(|b| b.facts.get("value")).and_then(|v| {
                    evidence
                        .facts
                        .metrics
                        .iter()
                        .find(|m| m.value.path == v.path && !self.told(&m.value.path))
                        .cloned()
                });
                // The posting's own work: the result itself, named by its work, is the
                // offer's evidence; no sentence says it is "close".
                if owned && !work.unnamed {
                    match (metric, highlight) {
                        (Some(m), _) => {
                            let lead = self.lead(&work);
                            out.extend(self.measured(RuleId::AiOpportunity, Some(&lead), &m));
                        }
                        (None, Some(h)) if !self.told(&h.path) => {
                            out.extend(self.introduce(RuleId::AiOpportunity, &work, &h));
                        }
                        _ => {}
                    }
                    return out;
                }
                let said = self.sentence(RuleId::AiOpportunity, text, &[]);
                let said = said.or_else(|| self.sentence(RuleId::AiOpportunity, again, &[]));
                let named = said.is_some();
                out.extend(said);
                match (metric, highlight) {
                    // Where, not "as a result": the sentence before says the work is close
                    // to the idea, not that it caused the result.
                    (Some(m), _) => {
                        let lead = match self.lang {
                            Lang::En => "There",
                            Lang::Ko => "그곳에서",
                        };
                        let lead = named.then_some(lead);
                        out.extend(self.measured(RuleId::AiOpportunity, lead, &m))
                    }
                    (None, Some(h)) if !self.told(&h.path) && self.typed(&h).is_some() => {
                        out.extend(self.there(RuleId::AiOpportunity, &h, named));
                    }
                    _ => {}
                }
            }
            None => {
                let plans = match self.lang {
                    Lang::En => [
                        format!("I would start by measuring how it is handled today on {} own data, then try the smallest model that could change that number.", en::possessive(&company)),
                        format!("My first step would be a baseline on {} own data, so that any model I try is judged against today's numbers.", en::possessive(&company)),
                    ],
                    Lang::Ko => [
                        format!("저라면 먼저 지금의 방식을 {company}의 실제 데이터로 측정하고, 그 수치를 바꿀 수 있는 가장 작은 모델부터 시도하겠습니다."),
                        format!("첫 단계로 {company}의 실제 데이터에서 기준 성능을 재고, 어떤 모델이든 그 수치와 비교해 판단하겠습니다."),
                    ],
                };
                for plan in plans {
                    if let Some(s) = self.sentence(RuleId::AiOpportunity, plan, &[gap]) {
                        out.push(s);
                        break;
                    }
                }
            }
        }
        out
    }

    /// An untold one-sentence English highlight as a clause that can follow "where" ("I
    /// shipped ...", "recall went from ..."); `None` for any other text.
    fn where_clause(&self, highlight: &Fact) -> Option<String> {
        if sentences_of(&highlight.text).len() != 1 {
            return None;
        }
        let p = self.english(highlight)?;
        match p.kind {
            EnKind::Past => Some(format!("I {}", en::lc_first(&p.text))),
            EnKind::Clause => Some(en::lc_first(&p.text)),
            _ => None,
        }
    }

    /// The work tied to a gap in one English sentence that says what is close: "It is
    /// close to what I did at X, where I shipped ...", never a bare "It is close to what I
    /// did at X"; for the posting's own work (`owned`), "At X, I shipped ...". Nothing when
    /// the tied result was told already or cannot follow "where".
    fn tie_en(
        &mut self,
        tie: &Beat,
        evidence: &Evidence,
        work: &Work,
        owned: bool,
    ) -> Option<Sentence> {
        let metric = tie.facts.get("value").and_then(|v| {
            evidence
                .facts
                .metrics
                .iter()
                .find(|m| m.value.path == v.path)
        });
        let highlight = tie.facts.get("highlight");
        let (clause, facts): (String, Vec<&Fact>) = match (metric, highlight) {
            (Some(m), _) => (measured_clause_en(m), self.untold_parts(m)?),
            (None, Some(h)) => (self.where_clause(h)?, vec![h]),
            _ => return None,
        };
        let name = self.name(work);
        let at = if work.employer {
            en::at_employer(&name)
        } else {
            format!("in {name}")
        };
        let text = if owned {
            format!("{}, {clause}.", en::uc_first(&at))
        } else if self.gaps_told > 1 {
            format!("My work {at} speaks to this as well: {clause}.")
        } else {
            format!("It is close to what I did {at}, where {clause}.")
        };
        let s = self.sentence(RuleId::AiOpportunity, text, &facts)?;
        self.mark(facts);
        self.now_about(&work.path);
        Some(s)
    }

    /// The close: what the reader can act on, never a repeat of the letter: where the
    /// strongest project can be looked at, and the part of the role I would take on first
    /// (the posting's responsibility my work answers best). An English letter thanks the
    /// reader; a Korean one signs off with its own 감사합니다.
    pub(crate) fn close(&mut self) -> Vec<Sentence> {
        let mut out = Vec::new();
        out.extend(self.link());
        out.extend(self.first_step());
        if self.lang == Lang::En {
            out.extend(self.sentence(RuleId::Frame, "Thank you for your time.".to_string(), &[]));
        }
        out
    }

    /// Where the best-ranked project with a public link can be looked at.
    fn link(&mut self) -> Option<Sentence> {
        let story = self.story;
        let profile = self.profile;
        for e in story
            .evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Project)
        {
            let Some(project) = profile.projects.get(e.index) else {
                continue;
            };
            // What a reader can look at first: the code, a demo, the model; a paper or a post
            // only when the work has nothing else ("fallnet is public at ...pdf" is not).
            let rank = |kind: &DeliverableKind| match kind {
                DeliverableKind::Repo => 0,
                DeliverableKind::Demo => 1,
                DeliverableKind::Model => 2,
                DeliverableKind::Dataset => 3,
                _ => 4,
            };
            let found = project
                .deliverables
                .iter()
                .enumerate()
                .filter(|(_, d)| crate::link::safe_url(&d.url).is_some())
                .min_by_key(|(j, d)| (rank(&d.kind), *j))
                .map(|(j, d)| {
                    (
                        d.url.trim().to_string(),
                        format!("{}.deliverables[{j}]", e.path),
                    )
                })
                .or_else(|| {
                    project
                        .url
                        .as_deref()
                        .filter(|u| crate::link::safe_url(u).is_some())
                        .map(|u| (u.trim().to_string(), format!("{}.url", e.path)))
                });
            let Some((url, path)) = found else {
                continue;
            };
            if self.told(&path) {
                return None;
            }
            let Some(work) = self.work(e).filter(|w| !w.unnamed) else {
                continue;
            };
            let shown = url
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string();
            let name = self.name(&work);
            let text = match self.lang {
                Lang::En => {
                    format!("You can look at {name} before we talk: it is public at {shown}.")
                }
                Lang::Ko => format!(
                    "{} {shown}에 공개되어 있어 미리 살펴보실 수 있습니다.",
                    realize_josa(&name, "은/는")
                ),
            };
            let fact = Fact::new(url, path);
            let s = self.sentence(RuleId::Deliverables, text, &[&fact]);
            self.mark([&fact]);
            return s;
        }
        None
    }

    /// The posting's responsibility my work answers best, not told yet, with the work that
    /// answers it, named ("at X" / "in X" for English), and the fact of that name.
    fn best_ask(&mut self) -> Option<BestAsk<'a>> {
        let story: &'a Story = self.story;
        // The highlight backing the claim must be one this document can quote.
        let eligible = story.asks.iter().filter(|m| {
            !self.told(&m.ask.path)
                && realize::fits(&m.ask.text, self.lang)
                && realize::fits(&m.highlight.text, self.lang)
        });
        // A responsibility whose work the document has not told yet comes first: its
        // highlight adds to the letter rather than pointing back at it.
        let (untold, told): (Vec<_>, Vec<_>) =
            eligible.partition(|m| !self.told(&m.highlight.path));
        let (m, evidence, work) = untold.into_iter().chain(told).find_map(|m| {
            let e = self.evidence(&m.evidence)?;
            let work = self.work(e).filter(|w| !w.unnamed)?;
            Some((m.clone(), e, work))
        })?;
        let name = self.name(&work);
        let place = if work.employer {
            en::at_employer(&name)
        } else {
            format!("in {name}")
        };
        let named = Fact::new(work.full.clone(), format!("{}.name", evidence.path));
        Some(BestAsk {
            text: m.ask.text.trim().trim_end_matches('.').to_string(),
            m,
            evidence,
            name,
            place,
            named,
        })
    }

    /// The path of the highlight behind the responsibility `best_ask` would name now.
    pub(crate) fn best_ask_highlight(&mut self) -> Option<String> {
        let mut trial = self.clone();
        trial.best_ask().map(|b| b.m.highlight.path)
    }

    /// "If I join, the first thing I would take on is “…”, the kind of work I did at X,
    /// where I ...": the highlight that backs it says what that work was. When the letter
    /// told that work already, the responsibility alone, without pointing back at it.
    fn first_step(&mut self) -> Option<Sentence> {
        let BestAsk {
            m,
            text: ask,
            name,
            place,
            named,
            ..
        } = self.best_ask()?;
        // What the work was, as a clause after "where"; told here, so marked below.
        let backing = self.where_clause(&m.highlight);
        let repeat = self.told(&m.highlight.path);
        let text = match self.lang {
            Lang::En if repeat => [
                format!("If I join, the first thing I would take on is “{ask}”."),
                format!("The part of the role I would take on from the first week is “{ask}”."),
            ][self.variant("first-step", 2)]
            .clone(),
            Lang::En => {
                let tail = backing
                    .as_ref()
                    .map(|b| format!(", where {b}"))
                    .unwrap_or_default();
                [
                    format!("If I join, the first thing I would take on is “{ask}”, the kind of work I did {place}{tail}."),
                    format!("The part of the role I could take on from the first week is “{ask}”, as I did {place}{tail}."),
                ][self.variant("first-step", 2)]
                .clone()
            }
            Lang::Ko => [
                format!("합류하면 {name}에서 해 온 일과 맞닿은 ‘{ask}’ 업무부터 바로 맡을 수 있습니다."),
                format!("입사 후 첫 과제로는 {name}에서 해 온 일과 맞닿은 ‘{ask}’ 업무를 맡고 싶습니다."),
            ][self.variant("first-step", 2)]
            .clone(),
        };
        let backed = self.lang == Lang::En && !repeat && backing.is_some();
        let mut facts = vec![&m.ask, &named];
        facts.extend(backed.then_some(&m.highlight));
        let s = self.sentence(RuleId::Frame, text, &facts);
        self.mark([&m.ask]);
        if backed && s.is_some() {
            self.mark([&m.highlight]);
        }
        s
    }

    /// The pitch's opening when the company states no gap and no knowledge-base idea is
    /// backed by my work: the posting's own need my work answers best, with that work.
    pub(crate) fn ask_opening(&mut self) -> Vec<Sentence> {
        let Some(BestAsk {
            m,
            evidence,
            text: ask,
            name,
            place,
            named,
        }) = self.best_ask()
        else {
            return Vec::new();
        };
        let company = self.company();
        let text = match self.lang {
            // The responsibility is quoted as the posting lists it, often an imperative
            // ("Build drift monitoring"): named as an item of that list, not as a noun.
            Lang::En => format!(
                "{} posting lists “{ask}” among this role's responsibilities, and it is work I have done {place}.",
                en::possessive(&company)
            ),
            Lang::Ko => {
                let particle = &realize_josa(&ask, "은/는")[ask.len()..];
                format!(
                    "{} 이 자리에 맡기려는 일 가운데 ‘{ask}’{particle} 제가 {name}에서 해 온 일입니다.",
                    realize_josa(&company, "이/가")
                )
            }
        };
        let mut out: Vec<Sentence> = self
            .sentence(RuleId::AiOpportunity, text, &[&m.ask, &named])
            .into_iter()
            .collect();
        if out.is_empty() {
            return out;
        }
        self.mark([&m.ask]);
        self.now_about(&evidence.path);
        // "There, I ..." / "그곳에서 ...": the highlight shows the claim, it does not add to it.
        let there = self.there(RuleId::AiOpportunity, &m.highlight, true);
        if there.is_empty() {
            out.extend(self.answer_highlight(evidence, &m.highlight));
        }
        out.extend(there);
        out
    }

    /// A highlight of the work the sentence before named, pointed back to when `named`:
    /// "There, I ..." / "그곳에서 ...했습니다."; otherwise, or when it cannot be phrased so,
    /// told as a further fact.
    pub(crate) fn there(&mut self, rule: RuleId, h: &Fact, named: bool) -> Vec<Sentence> {
        self.there_as(rule, h, named, "그곳에서")
    }

    /// `there`, pointing back in Korean with `ko_lead` ("이곳에서" for a job the sentence
    /// before introduced, "이 프로젝트에서" for a project).
    fn there_as(&mut self, rule: RuleId, h: &Fact, named: bool, ko_lead: &str) -> Vec<Sentence> {
        let single = sentences_of(&h.text).len() == 1;
        let Some(phrase) = self.typed(h) else {
            return Vec::new();
        };
        let text = match phrase {
            Phrase::Ko(p) if named && single && p.kind != realize::KoKind::Noun => {
                format!("{ko_lead} {}.", ko::polite(&p))
            }
            Phrase::En(p) if named && single && p.kind == EnKind::Past => {
                format!("There, I {}.", en::lc_first(&p.text))
            }
            _ => return self.detail(rule, h),
        };
        let s: Vec<Sentence> = self.sentence(rule, text, &[h]).into_iter().collect();
        self.mark([h]);
        s
    }

    /// A highlight that answers the posting, named by its work; after a sentence about the
    /// same work, "또한 ..." / "I also ...".
    pub(crate) fn answer_highlight(&mut self, evidence: &Evidence, h: &Fact) -> Option<Sentence> {
        let work = self.work(evidence)?;
        if !self.is_current(&work.path) || sentences_of(&h.text).len() > 1 {
            return self.introduce(RuleId::DataFirst, &work, h);
        }
        // Consecutive additions do not all open alike: "I also ...", then "Beyond that, I ...".
        let again = self.also > 0;
        let text = match self.typed(h)? {
            Phrase::En(p) if p.kind == EnKind::Past => {
                let lead = if again { "Beyond that, I" } else { "I also" };
                format!("{lead} {}.", en::lc_first(&p.text))
            }
            Phrase::En(p) => en::detail(&p),
            Phrase::Ko(p) if p.kind != realize::KoKind::Noun => {
                let lead = if again { "이와 함께" } else { "또한" };
                format!("{lead} {}", ko::detail(&p))
            }
            Phrase::Ko(p) => ko::detail(&p),
        };
        self.also += 1;
        let s = self.sentence(RuleId::DataFirst, text, &[h])?;
        self.mark([h]);
        self.now_about(&work.path);
        Some(s)
    }

    /// The sentences of one beat of the story, by its rule.
    pub(crate) fn beat(&mut self, beat: &Beat) -> Vec<Sentence> {
        match beat.rule {
            RuleId::DomainFit => self.domain_fit(beat),
            RuleId::OneStory => self.one_story(beat),
            RuleId::ReproduceThenBuild | RuleId::RoleEmphasis | RuleId::Trend => {
                self.topic_and_highlight(beat)
            }
            RuleId::BringResearch => self.research(beat),
            RuleId::CompressionValue => self.compression(beat, false),
            RuleId::CompetitionRetro => self.competition(beat),
            RuleId::GithubGrowth => self.growth(beat),
            RuleId::CodingProof => self.coding(beat),
            RuleId::CoreSkills => self.skills(beat),
            RuleId::NoDataAnswer => self.no_data(beat),
            RuleId::DataFirst => self.hook(),
            RuleId::AiOpportunity => match beat.facts.get("opportunity") {
                Some(gap) => self.gap(&gap.clone()),
                None => Vec::new(),
            },
            RuleId::Deliverables | RuleId::Frame | RuleId::WeakSignals => Vec::new(),
        }
    }

    /// The names of the works at `facts`, each once, with what each is; a work told
    /// without a name, or a name not in the document's language, is left out.
    /// In English an employer is "my work at X", a project "X".
    fn names_of(&mut self, facts: &[Fact]) -> Vec<(String, ko::Where)> {
        let mut out: Vec<(String, ko::Where)> = Vec::new();
        for f in facts {
            let path = f.path.trim_end_matches(".name");
            let evidence = self.evidence(path);
            let named = match evidence.and_then(|e| self.work(e).map(|w| (e, w))) {
                Some((_, work)) if work.unnamed => continue,
                Some((_, work)) if work.employer && self.lang == Lang::En => {
                    let name = self.name(&work);
                    let name = if en::is_freelance(&name) {
                        "my freelance work".to_string()
                    } else {
                        format!("my work at {name}")
                    };
                    (name, ko::Where::Employer)
                }
                Some((e, work)) => {
                    let kind = if work.employer {
                        ko::Where::Employer
                    } else if e.kind == EvidenceKind::Project {
                        ko::Where::Project {
                            team: self.profile.projects.get(e.index).is_some_and(is_team),
                        }
                    } else {
                        ko::Where::Other
                    };
                    (self.name(&work), kind)
                }
                None if realize::fits(&f.text, self.lang) => {
                    (f.text.trim().to_string(), ko::Where::Other)
                }
                None => continue,
            };
            if !out.iter().any(|(n, _)| *n == named.0) {
                out.push(named);
            }
        }
        out
    }

    fn domain_fit(&mut self, beat: &Beat) -> Vec<Sentence> {
        let (Some(domain), Some(projects)) = (beat.facts.get("domain"), beat.lists.get("projects"))
        else {
            return Vec::new();
        };
        if self.told(&domain.path) || !self.fits(domain) {
            return Vec::new();
        }
        let named = self.names_of(projects);
        if named.is_empty() {
            return Vec::new();
        }
        let text = match self.lang {
            Lang::En => {
                let places: Vec<String> = named
                    .iter()
                    .map(|(n, _)| match n.strip_prefix("my work ") {
                        Some(at) => at.to_string(),
                        None if n == "my freelance work" => format!("in {n}"),
                        // "my own work on my fall detection" says "my" twice: a name
                        // that is a description takes an article instead ("on fall
                        // detection", "on a movie recommendation web app").
                        None => match n.strip_prefix("my ") {
                            Some(described) => format!("on {}", en::with_article(described)),
                            None => format!("on {n}"),
                        },
                    })
                    .collect();
                format!(
                    "I know the {} domain from my own work {}.",
                    domain.text,
                    en::join_and(&places)
                )
            }
            Lang::Ko => {
                // The project the sentence before was about is "이 프로젝트", not named again.
                let current = self
                    .current_work()
                    .and_then(|p| self.evidence(&p))
                    .and_then(|e| self.work(e))
                    .map(|w| w.short.unwrap_or(w.full));
                let projects = named
                    .iter()
                    .filter(|(_, k)| matches!(k, ko::Where::Project { .. }))
                    .count();
                let named: Vec<(String, ko::Where)> = named
                    .into_iter()
                    .map(|(n, k)| match k {
                        ko::Where::Project { .. }
                            if projects == 1 && current.as_ref() == Some(&n) =>
                        {
                            (String::new(), k)
                        }
                        _ => (n, k),
                    })
                    .collect();
                ko::domain_fit(domain.text.trim(), &named)
            }
        };
        let mut facts = vec![domain];
        facts.extend(projects.iter());
        let s = self.sentence(RuleId::DomainFit, text, &facts);
        if s.is_some() {
            self.named_last(
                projects
                    .iter()
                    .map(|f| f.path.trim_end_matches(".name").to_string())
                    .collect(),
            );
        }
        self.mark([domain]);
        s.into_iter().collect()
    }

    fn one_story(&mut self, beat: &Beat) -> Vec<Sentence> {
        let (Some(track), Some(steps)) = (beat.facts.get("track"), beat.lists.get("steps")) else {
            return Vec::new();
        };
        if steps.len() < 2 || self.told(&track.path) || !self.fits(track) {
            return Vec::new();
        }
        let ends = [steps[0].clone(), steps[steps.len() - 1].clone()];
        let named_before = ends
            .clone()
            .map(|f| self.named_just_before(f.path.trim_end_matches(".name")));
        // "from Callwise to Sonance Labs": the ends of a track are named plainly.
        let named: Vec<(String, ko::Where)> = self
            .names_of(&ends)
            .into_iter()
            .map(|(n, kind)| {
                let n = n
                    .strip_prefix("my work at ")
                    .map(str::to_string)
                    .unwrap_or(n);
                (n, kind)
            })
            .collect();
        if named.len() < 2 {
            return Vec::new();
        }
        // A track outside the posting's field is the candidate's own, not why they fit.
        let own = beat.variant == "own-field";
        // Both ends were the places of the sentence just before (domain-fit's): naming them
        // again would say the same thing twice, so only the field is told.
        let text = if named_before.iter().all(|&b| b) {
            match self.lang {
                Lang::En => en::one_field(track.text.trim(), own),
                Lang::Ko => ko::one_field(track.text.trim(), own),
            }
        } else {
            self.one_story_path(track.text.trim(), &named, named_before, own)
        };
        let mut facts = vec![track];
        facts.extend(ends.iter());
        let s = self.sentence(RuleId::OneStory, text, &facts);
        self.mark([track]);
        s.into_iter().collect()
    }

    /// The one-story sentence with the two ends of the track: "from A to B".
    fn one_story_path(
        &self,
        track: &str,
        named: &[(String, ko::Where)],
        named_before: [bool; 2],
        own: bool,
    ) -> String {
        match self.lang {
            Lang::En => en::one_story(track, &named[0].0, &named[1].0, own),
            Lang::Ko => {
                // A project the sentence just before named is "개인 프로젝트" now.
                let [from, to] = [0, 1].map(|i| match &named[i] {
                    (_, kind @ ko::Where::Project { .. }) if named_before[i] => {
                        (String::new(), *kind)
                    }
                    other => other.clone(),
                });
                ko::one_story(track, &from, &to, own)
            }
        }
    }

    fn topic_and_highlight(&mut self, beat: &Beat) -> Vec<Sentence> {
        if beat.variant == "research" {
            return self.research(beat);
        }
        let Some(highlight) = beat.facts.get("highlight") else {
            return Vec::new();
        };
        let Some(evidence) = beat_evidence(self, beat) else {
            return Vec::new();
        };
        let Some(work) = self.work(evidence) else {
            return Vec::new();
        };
        if self.typed(highlight).is_none() {
            return Vec::new();
        }
        let topic: &[&str] = match (beat.rule, beat.variant, self.lang) {
            (RuleId::ReproduceThenBuild, _, Lang::En) => &[
                "I learn a new model by reproducing it first and then building on it.",
                "When a new model appears, I reproduce it before I build on it.",
            ],
            (RuleId::ReproduceThenBuild, _, Lang::Ko) => &[
                "새 모델은 먼저 재현하고, 그 위에 쌓아 올리며 익힙니다.",
                "새 모델이 나오면 먼저 재현해 본 뒤 그 위에 제 것을 쌓습니다.",
            ],
            (RuleId::Trend, _, Lang::En) => &["I have also applied LLMs in practice."],
            (RuleId::Trend, _, Lang::Ko) => &["LLM도 실제 업무에 활용해 봤습니다."],
            (_, "ml-engineering", Lang::En) => {
                &["I also see my models through until they are used in production."]
            }
            (_, "ml-engineering", Lang::Ko) => {
                &["모델이 현장에서 실제로 쓰이게 만드는 일까지 직접 해 왔습니다."]
            }
            (_, _, Lang::En) => &[
                "I care about models that reach users, not only benchmarks.",
                "What matters to me is a model that works in a product, not only on a benchmark.",
            ],
            (_, _, Lang::Ko) => &[
                "저는 벤치마크 점수보다 사용자에게 닿는 모델을 중요하게 생각합니다.",
                "저에게 중요한 것은 벤치마크가 아니라 제품 안에서 동작하는 모델입니다.",
            ],
        };
        let pick = topic[self.variant(beat.rule.as_str(), topic.len())].to_string();
        let mut out: Vec<Sentence> = self.sentence(beat.rule, pick, &[]).into_iter().collect();
        out.extend(self.introduce(beat.rule, &work, highlight));
        if out.len() < 2 {
            return Vec::new();
        }
        out
    }

    fn research(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(paper) = beat.facts.get("paper") else {
            return Vec::new();
        };
        if self.told(&paper.path) {
            return Vec::new();
        }
        let venue = beat
            .facts
            .get("venue")
            .filter(|v| realize::fits(&v.text, self.lang) || realize::is_name_like(&v.text));
        let product = beat
            .facts
            .get("product")
            .filter(|p| realize::fits(&p.text, self.lang) || realize::is_name_like(&p.text));
        let venue_text = venue
            .map(|v| format!(" ({})", v.text.trim()))
            .unwrap_or_default();
        // A title in Hangul is not quoted in an English letter: the paper is named by its
        // venue, or just as my paper. English titles are quoted as they are in Korean prose.
        let title = match self.lang {
            Lang::En if self.fits(paper) => {
                format!(" \"{}\"{venue_text}", paper.text.trim())
            }
            Lang::En => venue_text.clone(),
            // 「제목」(학회): a title in Korean prose is set off by corner brackets.
            Lang::Ko => format!(" 「{}」{}", paper.text.trim(), venue_text.trim_start()),
        };
        let company = self.company();
        // A paper an earlier sentence mentioned ("I co-authored an EMNLP Findings paper") is
        // referred back to, not introduced as if it were new.
        let again = venue.is_some_and(|v| self.mentioned_paper(&v.text));
        let mine = match (self.lang, again) {
            (Lang::En, true) if title.is_empty() => "That paper".to_string(),
            (Lang::En, true) => format!("That paper,{title},"),
            (Lang::En, false) => format!("My paper{title}"),
            (Lang::Ko, true) => format!("그 논문{title}"),
            (Lang::Ko, false) => format!("제 논문{title}"),
        };
        let text = match (self.lang, beat.rule, product) {
            (Lang::En, RuleId::BringResearch, Some(p)) => {
                format!("{mine} is work I would bring to {}.", p.text.trim())
            }
            (Lang::En, RuleId::BringResearch, None) => {
                format!("{mine} is work I would bring to {company}.")
            }
            (Lang::En, _, _) if title.is_empty() => {
                "My research is meant to be used, as my published paper shows.".to_string()
            }
            (Lang::En, _, _) => format!("My research is meant to be used, as in my paper{title}."),
            (Lang::Ko, RuleId::BringResearch, Some(p)) => {
                format!("{mine}의 방법을 {}에 가져오고 싶습니다.", p.text.trim())
            }
            (Lang::Ko, RuleId::BringResearch, None) => {
                format!("{mine}의 방법을 {company}에 가져오고 싶습니다.")
            }
            // "~도 그렇게 썼습니다" said nothing: the paper is named with where it appeared.
            (Lang::Ko, _, _) => {
                let venue = venue
                    .map(|v| format!("{}에 발표한 ", v.text.trim()))
                    .unwrap_or_default();
                format!(
                    "저는 현장에서 쓰일 연구를 지향합니다. {venue}논문 「{}」도 그런 연구입니다.",
                    paper.text.trim()
                )
            }
        };
        let mut facts: Vec<&Fact> = vec![paper];
        facts.extend(venue);
        facts.extend(product);
        let mut out: Vec<Sentence> = self.sentence(beat.rule, text, &facts).into_iter().collect();
        self.mark(facts);
        if let Some(summary) = beat.facts.get("summary") {
            let s = match self.typed(summary) {
                Some(Phrase::En(p)) if p.kind == EnKind::Noun => {
                    Some(format!("It presents {}.", en::with_article(&p.text)))
                }
                Some(Phrase::Ko(p)) if p.kind == realize::KoKind::Noun => {
                    Some(format!("논문의 핵심은 {}입니다.", p.text))
                }
                _ => None,
            };
            match s {
                Some(text) => {
                    out.extend(self.sentence(beat.rule, text, &[summary]));
                    self.mark([summary]);
                }
                None => out.extend(self.detail(beat.rule, summary)),
            }
        }
        out
    }

    /// The lightweighting beat: its numbers, and with `topic` the sentence that says why
    /// they matter ("경량화는 결국 속도와 비용의 문제입니다."), which answers an interview
    /// question about it but in a letter is a saying of the template's, not the candidate's.
    pub(crate) fn compression(&mut self, beat: &Beat, topic: bool) -> Vec<Sentence> {
        let Some(evidence) = beat_evidence(self, beat) else {
            return Vec::new();
        };
        let Some(work) = self.work(evidence) else {
            return Vec::new();
        };
        // The numbers of the lightweighting itself: the item's own metrics, or those read
        // from the highlights about it; a number read from another highlight (an accuracy)
        // does not answer for speed and cost.
        let about: Vec<Fact> = beat.lists.get("compression").cloned().unwrap_or_default();
        let highlight_paths: Vec<&str> = evidence
            .facts
            .highlights
            .iter()
            .map(|h| h.path.as_str())
            .collect();
        let metrics: Vec<Measured> = evidence
            .facts
            .metrics
            .iter()
            .filter(|m| !self.told(&m.value.path) && self.fits(&m.name))
            .filter(|m| {
                about.is_empty()
                    || !highlight_paths.contains(&m.value.path.as_str())
                    || about.iter().any(|h| h.path == m.value.path)
            })
            .take(3)
            .cloned()
            .collect();
        if metrics.is_empty() {
            // The highlights about it, as written: "30 FPS를 달성하고, 모델 크기를 4배 ...".
            let measured: Vec<&Fact> = about
                .iter()
                .filter(|h| h.text.chars().any(|c| c.is_ascii_digit()) && self.fresh(h))
                .take(2)
                .collect();
            if measured.is_empty() {
                return Vec::new();
            }
            let mut out: Vec<Sentence> = self.compression_topic(topic);
            for h in measured {
                out.extend(self.answer_highlight(evidence, h).map(|mut s| {
                    s.rule = RuleId::CompressionValue.as_str();
                    s
                }));
            }
            return out;
        }
        let mut out: Vec<Sentence> = self.compression_topic(topic);
        let lead = self.lead(&work);
        for (i, m) in metrics.iter().enumerate() {
            let lead = match (i, self.lang) {
                (0, _) => lead.clone(),
                (1, Lang::En) => "At the same time".to_string(),
                (_, Lang::En) => "Meanwhile".to_string(),
                (1, Lang::Ko) => "동시에".to_string(),
                (_, Lang::Ko) => "또한".to_string(),
            };
            // The first number read from a highlight is told by the highlight, which says
            // how ("..., taking real-time factor from 0.9 to 0.3 after moving inference to
            // ONNX Runtime"), not as a bare number.
            let source = evidence
                .facts
                .highlights
                .iter()
                .find(|h| i == 0 && h.path == m.value.path && self.fresh(h));
            let said = match source.and_then(|h| self.answer_highlight(evidence, h)) {
                Some(mut s) => {
                    s.rule = RuleId::CompressionValue.as_str();
                    Some(s)
                }
                None => self.measured(RuleId::CompressionValue, Some(&lead), m),
            };
            // The work was named: what follows about it need not name it again.
            if said.is_some() {
                self.now_about(&work.path);
            }
            out.extend(said);
        }
        out
    }

    /// Why lightweighting matters, when results of its work were told by an earlier answer:
    /// the reason, then the work pointed to by name, those numbers not told again.
    pub(crate) fn compression_told(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(evidence) = beat_evidence(self, beat) else {
            return Vec::new();
        };
        let Some(work) = self.work(evidence).filter(|w| !w.unnamed) else {
            return Vec::new();
        };
        let told = evidence
            .facts
            .metrics
            .iter()
            .any(|m| self.told(&m.value.path));
        if !told {
            return Vec::new();
        }
        let name = self.name(&work);
        let text = match self.lang {
            Lang::En if work.employer => {
                format!("My example is the result above from my work at {name}.")
            }
            Lang::En => format!("My example is the result above from {name}."),
            Lang::Ko => format!("제 사례는 위에서 다룬 {name}의 결과입니다."),
        };
        let named = Fact::new(work.full.clone(), format!("{}.name", evidence.path));
        let mut out = self.compression_topic(true);
        out.extend(self.sentence(RuleId::CompressionValue, text, &[&named]));
        out
    }

    /// Why lightweighting matters, when `wanted`.
    fn compression_topic(&mut self, wanted: bool) -> Vec<Sentence> {
        if !wanted {
            return Vec::new();
        }
        let topic = match self.lang {
            Lang::En => "Lightweighting is, in the end, about speed and cost.",
            Lang::Ko => "경량화는 결국 속도와 비용의 문제입니다.",
        };
        self.sentence(RuleId::CompressionValue, topic.to_string(), &[])
            .into_iter()
            .collect()
    }

    fn competition(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(name) = beat.facts.get("competition") else {
            return Vec::new();
        };
        if self.told(&name.path) {
            return Vec::new();
        }
        let platform = beat.facts.get("platform");
        let rank = beat.facts.get("rank").filter(|r| {
            realize::fits(&r.text, self.lang)
                || self.lang == Lang::En && r.text.chars().any(|c| c.is_ascii_digit())
        });
        let teams = beat.facts.get("teams");
        // A name that says the platform or the place already ("Kaggle CommonLit ... (23rd of
        // 4,358 teams)") is not told them again.
        let title = without_place(name.text.trim(), rank.map(|r| r.text.as_str()));
        let p = platform
            .map(|p| p.text.trim().to_string())
            .filter(|p| !title.contains(p.as_str()));
        let rank = rank.filter(|r| !title.contains(r.text.trim()));
        // "Kaggle CommonLit Readability Prize - silver medal": the medal is what I won, not
        // part of the competition's name.
        let (title, medal) = match self.lang {
            Lang::En => en::without_medal(title),
            Lang::Ko => (title.to_string(), None),
        };
        let title = title.as_str();
        // "In the Kaggle CommonLit Readability Prize": a competition's name takes "the".
        let the = if self.lang == Lang::En
            && p.is_none()
            && title.starts_with(|c: char| c.is_uppercase())
            && !title.starts_with("The ")
        {
            "the "
        } else {
            ""
        };
        let text = match (self.lang, rank) {
            (Lang::En, Some(r)) => format!(
                "In {}{the}{}, I {}{}{}.",
                p.as_ref()
                    .map(|p| format!("the {p} competition "))
                    .unwrap_or_default(),
                title,
                medal
                    .as_ref()
                    .map(|m| format!("won a {m}, placing "))
                    .unwrap_or_else(|| "placed ".to_string()),
                r.text.trim(),
                teams
                    .map(|t| format!(" of {} teams", grouped(t.text.trim(), Lang::En)))
                    .unwrap_or_default()
            ),
            (Lang::En, None) => match &medal {
                Some(m) => format!("In {the}{title}, I won a {m}."),
                None => format!("I competed in {the}{title}."),
            },
            // "… 대회 우수상": the prize is not where the candidate competed, but what the
            // place won ("… 대회에서 87팀 중 2위로 우수상을 받았습니다").
            (Lang::Ko, Some(r)) => {
                // "… Prize - silver medal": the medal is a prize too (은메달).
                let (event, medal) = en::without_medal(title);
                let medal = medal.map(|m| ko::medal(&m));
                let (event, prize) = match medal {
                    Some(m) => (event.as_str(), Some(m)),
                    None => ko::prize_of(title),
                };
                let place = match prize {
                    Some(prize) => format!(
                        "{} {} 받았습니다",
                        realize_josa(r.text.trim(), "으로/로"),
                        realize_josa(prize, "을/를")
                    ),
                    None => format!("{} 기록했습니다", realize_josa(r.text.trim(), "을/를")),
                };
                format!(
                    "{}{}에서 {}{place}.",
                    p.as_ref().map(|p| format!("{p} ")).unwrap_or_default(),
                    event,
                    teams
                        .map(|t| format!("{}팀 중 ", grouped(t.text.trim(), Lang::Ko)))
                        .unwrap_or_default(),
                )
            }
            (Lang::Ko, None) => format!("{}에 참가했습니다.", title),
        };
        let mut facts: Vec<&Fact> = vec![name];
        facts.extend(platform);
        facts.extend(rank);
        facts.extend(teams);
        let mut out: Vec<Sentence> = self
            .sentence(RuleId::CompetitionRetro, text, &facts)
            .into_iter()
            .collect();
        self.mark(facts);
        if let Some(winner) = beat.facts.get("winner") {
            if self.typed(winner).is_some()
                || sentences_of(&winner.text)
                    .iter()
                    .all(|s| self.phrase_of(s).is_some_and(|p| p.lang() == self.lang))
            {
                let lesson = match self.lang {
                    Lang::En => {
                        "Comparing my solution with the winners taught me more than the rank."
                    }
                    Lang::Ko => "순위보다 상위권 솔루션과의 차이에서 더 많이 배웠습니다.",
                };
                let detail = self.detail(RuleId::CompetitionRetro, winner);
                if !detail.is_empty() {
                    out.extend(self.sentence(
                        RuleId::CompetitionRetro,
                        lesson.to_string(),
                        &[winner],
                    ));
                    out.extend(detail);
                }
            }
        }
        out
    }

    fn growth(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(evidence) = beat_evidence(self, beat) else {
            return Vec::new();
        };
        let Some(work) = self.work(evidence) else {
            return Vec::new();
        };
        let before = beat.facts.get("before").filter(|f| self.fresh(f));
        let after = beat.facts.get("after").filter(|f| self.fresh(f));
        if before.is_none() && after.is_none() {
            return Vec::new();
        }
        let name = self.name(&work);
        let topic = match self.lang {
            Lang::En => format!("My code has grown, too, and {name} shows it."),
            Lang::Ko => format!(
                "코드도 성장했습니다. {name}의 예전 코드를 돌아보면 부끄러운 부분이 많습니다."
            ),
        };
        let mut out: Vec<Sentence> = self
            .sentence(RuleId::GithubGrowth, topic, &[])
            .into_iter()
            .collect();
        for f in [before, after].into_iter().flatten() {
            out.extend(self.detail(RuleId::GithubGrowth, f));
        }
        if let Some(repo) = beat.facts.get("repo").filter(|r| !self.told(&r.path)) {
            let stars = beat.facts.get("stars");
            let commits = beat.facts.get("commits");
            let pushed = beat.facts.get("pushed");
            let text = match self.lang {
                Lang::En => {
                    let mut text = format!("The code is public at github.com/{}", repo.text.trim());
                    if let Some(stars) = stars {
                        text.push_str(&format!(", with {} stars", stars.text.trim()));
                        if let Some(commits) = commits {
                            text.push_str(&format!(" and {} commits", commits.text.trim()));
                        }
                    }
                    if let Some(pushed) = pushed {
                        text.push_str(&format!(", last updated {}", pushed.text.trim()));
                    }
                    text + "."
                }
                Lang::Ko => {
                    let mut counts = Vec::new();
                    counts.extend(stars.map(|s| format!("스타 {}개", s.text.trim())));
                    counts.extend(commits.map(|c| format!("커밋 {}개", c.text.trim())));
                    let counts = if counts.is_empty() {
                        String::new()
                    } else {
                        format!("({})", counts.join(", "))
                    };
                    format!(
                        "코드는 github.com/{}에 공개되어 있습니다{counts}.",
                        repo.text.trim()
                    )
                }
            };
            let facts: Vec<&Fact> = [Some(repo), stars, commits, pushed]
                .into_iter()
                .flatten()
                .collect();
            out.extend(self.sentence(RuleId::GithubGrowth, text, &facts));
            self.mark(facts);
        }
        out
    }

    fn coding(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(level) = beat.facts.get("level") else {
            return Vec::new();
        };
        // A platform is a proper noun (solved.ac, 백준); only Hangul stays out of English.
        let platform = beat
            .facts
            .get("platform")
            .filter(|p| self.lang == Lang::Ko || realize::fits(&p.text, Lang::En));
        // A solved.ac tier is named in the document's language ("플래티넘 5" -> "Platinum V");
        // any other level in Hangul is not quoted in English.
        let written = level.text.trim();
        let level_text = crate::facts::coding::tier_in(written, self.lang == Lang::Ko)
            .unwrap_or_else(|| written.to_string());
        if !self.fits(&Fact::new(level_text.as_str(), level.path.as_str())) {
            return Vec::new();
        }
        // "LeetCode 600+ solved" names its platform already.
        let platform = platform.filter(|p| !level_text.contains(p.text.trim()));
        let text = match (self.lang, platform) {
            (Lang::En, Some(p)) => {
                format!("My coding-test level is {level_text} on {}.", p.text.trim())
            }
            // A count of problems is a record, not a level.
            (Lang::En, None)
                if level_text.contains("solved") || level_text.contains("problems") =>
            {
                format!("My coding-test record is {level_text}.")
            }
            (Lang::En, None) => format!("My coding-test level is {level_text}."),
            (Lang::Ko, Some(p)) => {
                format!("코딩 테스트는 {} {level_text} 수준입니다.", p.text.trim())
            }
            (Lang::Ko, None) => format!("코딩 테스트는 {level_text} 수준입니다."),
        };
        let mut facts = vec![level];
        facts.extend(platform);
        self.sentence(RuleId::CodingProof, text, &facts)
            .into_iter()
            .collect()
    }

    fn skills(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(skills) = beat.lists.get("skills") else {
            return Vec::new();
        };
        let names: Vec<String> = skills.iter().map(|s| s.text.trim().to_string()).collect();
        let text = match self.lang {
            Lang::En => format!(
                "The tools I work with every day are {}.",
                en::join_and(&names)
            ),
            Lang::Ko => format!("주로 쓰는 도구는 {}입니다.", names.join(", ")),
        };
        let facts: Vec<&Fact> = skills.iter().collect();
        self.sentence(RuleId::CoreSkills, text, &facts)
            .into_iter()
            .collect()
    }

    /// "What if we had no data?": labelling, synthetic data, self-supervision and transfer,
    /// with the candidate's own data work where the profile has it, and plainly when not.
    pub(crate) fn no_data(&mut self, beat: &Beat) -> Vec<Sentence> {
        let plan = match self.lang {
            Lang::En => "I would start by labelling a small, carefully chosen set myself, stretch it with synthetic data and augmentation, pretrain with self-supervision on the unlabelled data the company does have, and transfer from a public model; when the budget allows, buying labelled data is often the best value.",
            Lang::Ko => "먼저 작지만 잘 고른 데이터를 직접 라벨링하고, 합성 데이터와 증강으로 늘리고, 회사에 쌓인 라벨 없는 데이터로 자기지도 사전학습을 한 뒤 공개 모델에서 전이 학습을 하겠습니다. 예산이 허락한다면 라벨링된 데이터를 사는 것이 가장 가성비가 좋은 경우가 많습니다.",
        };
        let mut out: Vec<Sentence> = self
            .sentence(RuleId::NoDataAnswer, plan.to_string(), &[])
            .into_iter()
            .collect();
        let highlights = beat.lists.get("highlights").cloned().unwrap_or_default();
        let projects = beat.lists.get("projects").cloned().unwrap_or_default();
        // The data work not told elsewhere in the document is told here; work whose line
        // another part tells (or that is not in the document's language) is only named.
        let mut shown: Vec<Sentence> = Vec::new();
        let mut named: Vec<(String, &Fact)> = Vec::new();
        for (h, p) in highlights.iter().zip(&projects) {
            let path = p.path.trim_end_matches(".name");
            let Some(work) = self.evidence(path).and_then(|e| self.work(e)) else {
                continue;
            };
            if self.fresh(h) {
                if let Some(s) = self.introduce(RuleId::NoDataAnswer, &work, h) {
                    shown.push(s);
                    continue;
                }
            }
            if !work.unnamed {
                let name = self.name(&work);
                let place = match self.lang {
                    Lang::En if work.employer => en::at_employer(&name),
                    Lang::En => format!("in {name}"),
                    Lang::Ko => name,
                };
                if !named.iter().any(|(n, _)| *n == place) {
                    named.push((place, p));
                }
            }
        }
        if !shown.is_empty() {
            out.extend(self.fixed(
                RuleId::NoDataAnswer,
                "I have done this before.",
                "실제로 해 본 일입니다.",
            ));
            out.extend(shown);
        } else if !named.is_empty() {
            let places: Vec<String> = named.iter().map(|(n, _)| n.clone()).collect();
            let facts: Vec<&Fact> = named.iter().map(|(_, f)| *f).collect();
            out.extend(self.sentence(
                RuleId::NoDataAnswer,
                no_data_done(self.lang, &places),
                &facts,
            ));
        } else {
            out.extend(self.fixed(
                RuleId::NoDataAnswer,
                "My profile has no project where I had to build the data myself, so this is a plan rather than experience.",
                "제 이력에는 데이터를 직접 만들어야 했던 프로젝트가 없어, 이 답은 경험이 아니라 계획입니다.",
            ));
        }
        out
    }

    /// What the company does, in its own words (the description's first sentence, which
    /// names it first): "As I understand it, Hearth Audio makes smart speakers and earbuds."
    pub(crate) fn about(&mut self, beat: &Beat) -> Vec<Sentence> {
        let Some(about) = beat.facts.get("about").filter(|f| self.fresh(f)) else {
            return Vec::new();
        };
        let text = about_sentence(self.lang, about.text.trim());
        let s = self.sentence(RuleId::DomainFit, text, &[about]);
        self.mark([about]);
        s.into_iter().collect()
    }

    /// Said plainly when no work of mine is in the company's domain.
    pub(crate) fn new_to_domain(&mut self) -> Vec<Sentence> {
        self.fixed(
            RuleId::DomainFit,
            "I have not worked in this domain yet, so I would start by learning it from your team and your data.",
            "이 도메인에서 일해 본 경험은 아직 없어, 팀과 실제 데이터에서 먼저 배우며 시작하겠습니다.",
        )
    }

    /// Said plainly for a profile with no work and no project: what it can show instead.
    pub(crate) fn no_work(&mut self) -> Vec<Sentence> {
        self.fixed(
            RuleId::Frame,
            "I have not yet held a job or built a project in this field, so what I can show is my coursework and my skills rather than results.",
            "아직 이 분야의 경력이나 프로젝트가 없어, 보여 드릴 수 있는 것은 결과가 아니라 수업에서 배운 내용과 다룰 줄 아는 도구입니다.",
        )
    }

    /// A sentence of no fact, written once per language.
    fn fixed(&mut self, rule: RuleId, en: &str, ko: &str) -> Vec<Sentence> {
        let text = match self.lang {
            Lang::En => en,
            Lang::Ko => ko,
        };
        self.sentence(rule, text.to_string(), &[])
            .into_iter()
            .collect()
    }
}

/// "I have done this before, at Callwise and in fallnet." / "Callwise와 fallnet에서 실제로
/// 해 본 일입니다.": data work told elsewhere in the document, named and not told again.
fn no_data_done(lang: Lang, places: &[String]) -> String {
    match lang {
        Lang::En => format!("I have done this before, {}.", en::join_and(places)),
        Lang::Ko => {
            let (last, rest) = places
                .split_last()
                .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            let mut names: Vec<String> = rest.iter().map(|n| realize_josa(n, "과/와")).collect();
            names.push(last.to_string());
            format!("{}에서 실제로 해 본 일입니다.", names.join(" "))
        }
    }
}

/// "As I understand it, X makes ..." / "제가 알기로 X는 ...": the company's own first sentence.
fn about_sentence(lang: Lang, about: &str) -> String {
    match lang {
        Lang::En => format!("As I understand it, {about}"),
        Lang::Ko => format!("제가 알기로 {about}"),
    }
}

/// The posting's responsibility my work answers best, as the close and the pitch tell it.
struct BestAsk<'a> {
    m: crate::story::AskMatch,
    evidence: &'a Evidence,
    /// The responsibility's words, without a final full stop.
    text: String,
    name: String,
    place: String,
    named: Fact,
}

/// The evidence a beat tells about (its `project` fact, by path).
pub(crate) fn beat_evidence<'a>(writer: &Writer<'a>, beat: &Beat) -> Option<&'a Evidence> {
    let project = beat.facts.get("project")?;
    writer.evidence(project.path.trim_end_matches(".name"))
}

/// Whether the profile says `project` was a team's ("팀 프로젝트", "A team project that
/// ...", type `team`): a Korean sentence then does not call it 개인 프로젝트.
fn is_team(project: &crate::profile::Project) -> bool {
    let said = |t: &str| {
        let t = t.to_lowercase();
        t.contains("팀 프로젝트") || t.contains("team project")
    };
    project.description.as_deref().is_some_and(said)
        || project
            .kind
            .as_deref()
            .is_some_and(|k| k.trim().eq_ignore_ascii_case("team"))
}

/// `word` with its particle: the realizer's choice of 은/는, 을/를, (으)로.
fn realize_josa(word: &str, pair: &str) -> String {
    crate::korean::attach(word, pair)
}

/// How a Korean sentence after the one that introduced a work points back to it: "이곳에서"
/// (a job) or "이 프로젝트에서" names it again; after a sentence that did not name the work
/// (`continued`), the result is added to it: "또한". Never "그 결과", which would claim the
/// result came of the sentence before.
fn here_ko(continued: bool, employer: bool) -> &'static str {
    if continued {
        "또한"
    } else if employer {
        "이곳에서"
    } else {
        "이 프로젝트에서"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competition_names_lose_the_place_written_after_them() {
        assert_eq!(
            without_place(
                "교통 CCTV 이상행동 탐지 AI 경진대회 3위 (218팀 중)",
                Some("3rd")
            ),
            "교통 CCTV 이상행동 탐지 AI 경진대회"
        );
        assert_eq!(
            without_place(
                "CommonLit Readability Prize - 23rd of 4,358 teams",
                Some("23rd")
            ),
            "CommonLit Readability Prize"
        );
        assert_eq!(
            without_place(
                "Kaggle CommonLit Readability Prize - silver medal (23rd of 4,358 teams)",
                Some("23rd")
            ),
            "Kaggle CommonLit Readability Prize - silver medal"
        );
        assert_eq!(
            without_place("Top 10 Challenge", Some("3rd")),
            "Top 10 Challenge"
        );
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped("4358", Lang::En), "4,358");
        assert_eq!(grouped("1165", Lang::Ko), "1,165");
        assert_eq!(grouped("218", Lang::En), "218");
        assert_eq!(grouped("1,200", Lang::En), "1,200");
    }

    #[test]
    fn numbers_and_sentences() {
        assert_eq!(number("84 ms"), Some(84.0));
        assert_eq!(number("0.84 (ST-GCN)"), Some(0.84));
        assert_eq!(number("1,240 clips"), Some(1240.0));
        assert_eq!(
            split_sentences("The winner used X. I used 0.5 of it. 저는 못했습니다."),
            ["The winner used X", "I used 0.5 of it", "저는 못했습니다"]
        );
    }

    #[test]
    fn direction_follows_the_metric() {
        let m = |name: &str, b: &str, v: &str| Measured {
            name: Fact::new(name, "n"),
            baseline: Some(Fact::new(b, "b")),
            value: Fact::new(v, "v"),
        };
        let cases = [
            ("latency per frame", "84 ms", "21 ms", Direction::Cut),
            ("F1", "0.84", "0.91", Direction::Raised),
            ("mAP@0.5", "0.826", "0.812", Direction::Neutral),
            ("지연 시간", "820 ms", "140 ms", Direction::Cut),
            // Different units: 2 days is longer than 40 minutes, 6분 than 90초.
            ("deployment time", "2 days", "40 minutes", Direction::Cut),
            ("클립당 수작업 라벨링 시간", "6분", "90초", Direction::Cut),
        ];
        for (name, before, after, expected) in cases {
            assert_eq!(direction(&m(name, before, after)), expected, "{name}");
        }
    }
}
