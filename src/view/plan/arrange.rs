//! Arrangements: which pieces make each paragraph of a letter, of a 자기소개서 answer, of the
//! pitch and of an interview answer.

use crate::story::{Beat, Evidence, EvidenceKind, Fact, PrepItem, RuleId, Topic};
use crate::view::CharCount;

use super::{Paragraph, Sentence, Writer};

/// Answers fill their tightest limit to between these shares, never beyond the upper one.
pub const FILL_LOW: f64 = 0.80;
pub const FILL_HIGH: f64 = 0.95;

/// Rules whose beats tell how the candidate works, for the letter's third paragraph.
const HOW_I_WORK: &[RuleId] = &[
    RuleId::BringResearch,
    RuleId::RoleEmphasis,
    RuleId::ReproduceThenBuild,
    RuleId::CompetitionRetro,
    RuleId::GithubGrowth,
    RuleId::Trend,
    RuleId::DomainFit,
    RuleId::OneStory,
];

/// A piece a paragraph may be made of.
#[derive(Clone)]
enum Piece<'a> {
    Opening,
    Hook,
    Beat(&'a Beat),
    Gap(&'a Fact),
    Result(&'a Evidence),
    Highlights(&'a Evidence),
    /// One highlight alone: the smallest piece, for the last room in an answer.
    Highlight(&'a Evidence, &'a Fact),
    /// The tools of a work none of whose texts is in the document's language.
    Tools(&'a Evidence),
    Close,
}

impl Writer<'_> {
    fn piece(&mut self, piece: &Piece<'_>) -> Vec<Sentence> {
        match piece {
            Piece::Opening => self.opening(),
            Piece::Hook => self.hook(),
            Piece::Beat(b) => self.beat(b),
            Piece::Gap(g) => self.gap(g),
            Piece::Result(e) => self.result(RuleId::DataFirst, e, 0),
            Piece::Highlights(e) => self.result(RuleId::DataFirst, e, 3),
            Piece::Highlight(e, h) => self.highlight(e, h),
            Piece::Tools(e) => self.tools(e),
            Piece::Close => self.close(),
        }
    }
}

/// The evidence that can carry results: projects, jobs and competitions, best first.
fn results<'a>(writer: &Writer<'a>) -> Vec<&'a Evidence> {
    let story = writer.story;
    story
        .evidence
        .iter()
        .filter(|e| e.kind != EvidenceKind::Publication)
        .collect()
}

/// The company's gaps to tell: the target's own first; the knowledge base's only when the
/// target states none (then one, as a question, and only one the candidate's work backs).
fn gaps<'a>(writer: &Writer<'a>) -> Vec<&'a Fact> {
    let story = writer.story;
    let stated: Vec<&Fact> = story
        .gaps
        .iter()
        .filter(|g| !g.is_from_knowledge())
        .collect();
    if stated.is_empty() {
        // The knowledge base's idea the candidate's evidence speaks to most (ai-opportunity
        // beats come strongest first), so the question leads to work that backs it. An idea
        // no work backs is a generic one for the industry and often beside this company's
        // point: it is left to coach's advice, not asked in the letter.
        story
            .beats
            .iter()
            .filter(|b| b.rule == RuleId::AiOpportunity)
            .filter_map(|b| b.facts.get("opportunity"))
            .find_map(|o| story.gaps.iter().find(|g| g.path == o.path))
            .into_iter()
            .collect()
    } else {
        stated
    }
}

/// The least relevance (`story::relevance`) a highlight needs to be told as answering the
/// posting: one shared concept, or a tool and a word, or three words.
const RELEVANT: u32 = 3;

/// One thing the evidence paragraph tells: a highlight, or a work's strongest result.
#[derive(Clone, Copy)]
enum Told<'a> {
    Highlight(&'a Evidence, &'a Fact),
    Result(&'a Evidence),
    Tools(&'a Evidence),
}

impl<'a> Told<'a> {
    fn evidence(&self) -> &'a Evidence {
        match self {
            Told::Highlight(e, _) | Told::Result(e) | Told::Tools(e) => e,
        }
    }

    fn tell(&self, writer: &mut Writer<'_>) -> Vec<Sentence> {
        match self {
            Told::Highlight(e, h) => writer.answer_highlight(e, h).into_iter().collect(),
            Told::Result(e) => writer.result(RuleId::DataFirst, e, 0),
            Told::Tools(e) => writer.tools(e),
        }
    }
}

/// `told` grouped by place: each work's items together, the works in the order they first
/// come (the strongest first), each work's items in their own order. A paragraph tells one
/// place at a time and never returns to a place it left.
fn by_place<'a>(told: &[Told<'a>], first: Option<&str>) -> Vec<Told<'a>> {
    let mut places: Vec<&str> = first.into_iter().collect();
    for t in told {
        let path = t.evidence().path.as_str();
        if !places.contains(&path) {
            places.push(path);
        }
    }
    places
        .iter()
        .flat_map(|place| {
            told.iter()
                .filter(move |t| t.evidence().path == *place)
                .copied()
        })
        .collect()
}

/// The evidence paragraph: up to `n` highlights that answer the posting's responsibilities
/// and qualifications best (measured ones first among equals, then by the evidence's rank),
/// each told once and named by its work; then the strongest measured results, so that the
/// document carries at least two with the `already` told before. `before` sentences open
/// the paragraph already, about the work at `current`; the highlights at `reserved` are left
/// to the paragraph that ties them to an opportunity. What is chosen is told grouped by
/// place (`by_place`).
pub(super) fn evidence_paragraph(
    writer: &mut Writer<'_>,
    n: usize,
    already: usize,
    before: usize,
    reserved: &[String],
) -> Vec<Sentence> {
    let current = writer.current_work();
    // Choose on a trial copy: which items say something, in order of relevance.
    let mut trial = writer.clone();
    let chosen = choose_evidence(&mut trial, n, already, before, reserved);
    let mut out = Vec::new();
    for t in by_place(&chosen, current.as_deref()) {
        out.extend(t.tell(writer));
    }
    out
}

/// The items `evidence_paragraph` tells, in order of relevance, told on `writer` (a trial).
fn choose_evidence<'a>(
    writer: &mut Writer<'a>,
    n: usize,
    already: usize,
    before: usize,
    reserved: &[String],
) -> Vec<Told<'a>> {
    let mut picks: Vec<(u32, bool, usize, usize, &Evidence, &Fact)> = Vec::new();
    for (rank, e) in results(writer).into_iter().enumerate() {
        for (i, h) in e.facts.highlights.iter().enumerate() {
            let relevance = e.facts.relevance.get(&h.path).copied().unwrap_or(0);
            if relevance < RELEVANT || reserved.contains(&h.path) || !writer.fresh(h) {
                continue;
            }
            let measured = e.facts.metrics.iter().any(|m| m.value.path == h.path);
            picks.push((relevance, measured, rank, i, e, h));
        }
    }
    picks.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut out = Vec::new();
    let mut said = 0;
    let mut measured = 0;
    for (_, m, _, _, e, h) in picks {
        if out.len() == n {
            break;
        }
        let told = Told::Highlight(e, h);
        let sentences = told.tell(writer);
        if !sentences.is_empty() {
            measured += usize::from(m);
            said += sentences.len();
            out.push(told);
        }
    }
    if measured + already < 2 {
        let mut wanted = 2 - measured - already;
        for e in results(writer) {
            if wanted == 0 {
                break;
            }
            if writer.untold_metrics(e) == 0 {
                continue;
            }
            let told = Told::Result(e);
            let sentences = told.tell(writer);
            if !sentences.is_empty() {
                wanted -= 1;
                said += sentences.len();
                out.push(told);
            }
        }
    }
    // A paragraph of one result when the profile has more: the next highlights of the
    // strongest evidence, in its order; then what the works were done with, for works
    // none of whose texts is in the document's language.
    let more = results(writer).into_iter().flat_map(|e| {
        e.facts
            .highlights
            .iter()
            .filter(|h| !reserved.contains(&h.path))
            .map(move |h| Told::Highlight(e, h))
    });
    let tools = results(writer).into_iter().map(Told::Tools);
    for told in more.chain(tools) {
        // Tools fill the paragraph's room: for such a profile they are all there is to tell.
        let enough = match told {
            Told::Tools(_) => before + said >= n.max(2),
            _ => before + said >= 2,
        };
        if enough {
            if matches!(told, Told::Tools(_)) {
                break;
            }
            continue;
        }
        if let Told::Highlight(_, h) = told {
            if !writer.fresh(h) {
                continue;
            }
        }
        let sentences = told.tell(writer);
        if !sentences.is_empty() {
            said += sentences.len();
            out.push(told);
        }
    }
    out
}

/// The highlights and results the letter's opportunities are tied to (`gap` tells them).
fn tied(writer: &Writer<'_>) -> Vec<String> {
    let story = writer.story;
    let told: Vec<&str> = gaps(writer)
        .into_iter()
        .take(2)
        .map(|g| g.path.as_str())
        .collect();
    story
        .beats
        .iter()
        .filter(|b| b.rule == RuleId::AiOpportunity)
        .filter(|b| {
            b.facts
                .get("opportunity")
                .is_some_and(|o| told.contains(&o.path.as_str()))
        })
        .flat_map(|b| ["highlight", "value"].map(|role| b.facts.get(role)))
        .flatten()
        .map(|f| f.path.clone())
        .collect()
}

/// How many of `sentences` tell a measured result (a number from a highlight or a metric).
fn measured_in(sentences: &[Sentence]) -> usize {
    sentences
        .iter()
        .filter(|s| s.text.chars().any(|c| c.is_ascii_digit()))
        .filter(|s| {
            s.paths
                .iter()
                .any(|p| p.contains(".metrics[") || p.contains(".highlights["))
        })
        .count()
}

/// The free-form letter: a hook, the results that answer the posting, how I work, the
/// opportunity, a close.
pub fn letter(writer: &mut Writer<'_>) -> Vec<Paragraph> {
    let story = writer.story;
    let mut paragraphs: Vec<Vec<Sentence>> = Vec::new();
    let mut hook = writer.opening();
    let opened = hook.len();
    hook.extend(writer.hook());
    if hook.len() == opened && results(writer).is_empty() {
        // Nothing worked on yet: what I studied, rather than a letter of two lines.
        hook.extend(writer.coursework());
    }
    paragraphs.push(hook);

    // The evidence: the results that answer the posting best, at least two measured.
    writer.new_paragraph();
    let mut evidence = Vec::new();
    if let Some(beat) = story
        .letter
        .iter()
        .find(|b| b.rule == RuleId::CompressionValue)
    {
        evidence.extend(writer.beat(beat));
    }
    // After the lightweighting beat's numbers, two more results keep the paragraph readable.
    let room = if evidence.is_empty() { 3 } else { 2 };
    let already = measured_in(&paragraphs[0]) + measured_in(&evidence);
    let mut reserved = tied(writer);
    // No gap to tell: the opportunity is the posting's own need my work answers best, and
    // its highlight waits for that paragraph.
    let own_need = gaps(writer).is_empty();
    if own_need {
        reserved.extend(writer.best_ask_highlight());
    }
    let before = evidence.len();
    evidence.extend(evidence_paragraph(writer, room, already, before, &reserved));
    paragraphs.push(evidence);

    writer.new_paragraph();
    let mut how = Vec::new();
    let mut beats = 0;
    // A highlight the opportunity paragraph cites waits for it.
    let candidates: Vec<&Beat> = story
        .letter
        .iter()
        .filter(|b| HOW_I_WORK.contains(&b.rule))
        .filter(|b| {
            !b.facts
                .get("highlight")
                .is_some_and(|h| reserved.contains(&h.path))
        })
        .collect();
    // The two strongest, told in the story's order; one that says nothing gives its place
    // to the next strongest.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(candidates[i].strength));
    order[..candidates.len().min(2)].sort_unstable();
    for beat in order.into_iter().map(|i| candidates[i]) {
        if beats == 2 {
            break;
        }
        let piece = writer.beat(beat);
        if !piece.is_empty() {
            beats += 1;
            how.extend(piece);
        }
    }
    paragraphs.push(how);

    writer.new_paragraph();
    let mut opportunity = Vec::new();
    for gap in gaps(writer).into_iter().take(2) {
        opportunity.extend(writer.gap(gap));
    }
    if own_need {
        opportunity.extend(writer.ask_opening());
    }
    paragraphs.push(opportunity);
    writer.new_paragraph();
    paragraphs.push(writer.close());
    tidy(paragraphs)
}

/// The most sentences a letter's paragraph has.
pub const LONGEST: usize = 4;

/// The work a sentence is about: the first profile item among its facts (`work[0]` of
/// `work[0].highlights[2]`).
pub fn place_of(sentence: &Sentence) -> Option<&str> {
    sentence.paths.iter().find_map(|p| {
        let head = p.split('.').next()?;
        ["work[", "projects[", "competitions[", "publications["]
            .iter()
            .any(|list| head.starts_with(list))
            .then_some(head)
    })
}

/// A paragraph of more than `longest` sentences split in two where it moves from one place
/// to the next, nearest its middle (each part at least two sentences); at its middle when it
/// tells one place only. Nothing is dropped.
pub(super) fn split_long(sentences: Vec<Sentence>, longest: usize) -> Vec<Vec<Sentence>> {
    let total = length(&sentences);
    if total <= longest {
        return vec![sentences];
    }
    // Cuts that leave two sentences or more on each side, counted as read (a piece may
    // hold two), nearest the middle first.
    let middle = total / 2;
    let mut cuts: Vec<usize> = (1..sentences.len())
        .filter(|&i| length(&sentences[..i]) >= 2 && length(&sentences[i..]) >= 2)
        .collect();
    cuts.sort_by_key(|&i| length(&sentences[..i]).abs_diff(middle));
    let Some(&nearest) = cuts.first() else {
        return vec![sentences];
    };
    let cut = cuts
        .iter()
        .copied()
        .find(|&i| {
            let (a, b) = (place_of(&sentences[i - 1]), place_of(&sentences[i]));
            a.is_some() && b.is_some() && a != b
        })
        .unwrap_or(nearest);
    let mut first = sentences;
    let second = first.split_off(cut);
    let mut out = split_long(first, longest);
    out.extend(split_long(second, longest));
    out
}

/// How many sentences `sentences` read as (a piece may hold two: "저는 ... 파고들었습니다.
/// ...이어졌습니다.").
pub fn length(sentences: &[Sentence]) -> usize {
    sentences
        .iter()
        .map(|s| {
            1 + [". ", "? ", "! "]
                .iter()
                .map(|end| s.text.matches(end).count())
                .sum::<usize>()
        })
        .sum()
}

/// A paragraph of one sentence joins its neighbour: no paragraph is a lone line.
fn merge_short(parts: Vec<Vec<Sentence>>) -> Vec<Paragraph> {
    merge_within(parts, usize::MAX)
}

/// `merge_short`, unless joining would make a paragraph longer than `longest` sentences.
fn merge_within(parts: Vec<Vec<Sentence>>, longest: usize) -> Vec<Paragraph> {
    let mut out: Vec<Vec<Sentence>> = Vec::new();
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        match out.last_mut() {
            Some(last)
                if (part.len() == 1 || last.len() == 1)
                    && length(last) + length(&part) <= longest =>
            {
                last.extend(part)
            }
            _ => out.push(part),
        }
    }
    out.into_iter().map(Paragraph::new).collect()
}

/// Paragraphs of a letter or a pitch: each long one split (`split_long`), the short ones
/// joined as long as that keeps them within `LONGEST` (a 자기소개서 answer's paragraphs are
/// only joined: its length is the question's limit).
fn tidy(parts: Vec<Vec<Sentence>>) -> Vec<Paragraph> {
    merge_within(
        parts
            .into_iter()
            .flat_map(|p| split_long(p, LONGEST))
            .collect(),
        LONGEST,
    )
}

/// The pieces that answer a question of `topic`, most fitting first, then every other
/// result the profile has, so a long answer is filled with evidence, never padding.
fn candidates<'a>(writer: &Writer<'a>, topic: Topic) -> Vec<Piece<'a>> {
    let story = writer.story;
    let beat = |rule: RuleId| story.beats.iter().find(|b| b.rule == rule).map(Piece::Beat);
    let mut out: Vec<Piece<'a>> = Vec::new();
    match topic {
        Topic::Motivation => {
            out.extend(
                [Some(Piece::Opening), Some(Piece::Hook)]
                    .into_iter()
                    .flatten(),
            );
            out.extend(
                [RuleId::DomainFit, RuleId::BringResearch, RuleId::OneStory]
                    .into_iter()
                    .filter_map(beat),
            );
        }
        Topic::Strengths | Topic::Other => {
            out.extend(beat(RuleId::CompressionValue));
            out.extend(results(writer).into_iter().take(3).map(Piece::Result));
            out.extend(
                [
                    RuleId::RoleEmphasis,
                    RuleId::ReproduceThenBuild,
                    RuleId::Trend,
                    RuleId::OneStory,
                ]
                .into_iter()
                .filter_map(beat),
            );
        }
        Topic::Growth => {
            out.extend(
                [
                    RuleId::CompetitionRetro,
                    RuleId::GithubGrowth,
                    RuleId::ReproduceThenBuild,
                    RuleId::OneStory,
                ]
                .into_iter()
                .filter_map(beat),
            );
        }
        Topic::Goals => {
            // 입사 후 포부: the company's gaps, then what I would take on first (the close:
            // the posting's responsibility my work answers, where my work can be seen).
            out.extend(gaps(writer).into_iter().take(2).map(Piece::Gap));
            out.push(Piece::Close);
            out.extend(beat(RuleId::BringResearch));
        }
    }
    out.extend(results(writer).into_iter().map(Piece::Result));
    out.extend(results(writer).into_iter().map(Piece::Highlights));
    out.extend(results(writer).into_iter().flat_map(|e| {
        e.facts
            .highlights
            .iter()
            .map(move |h| Piece::Highlight(e, h))
    }));
    // What a work was done with, when nothing else about it can be told: evidence of
    // skill, so only for the questions that ask for it.
    if matches!(topic, Topic::Strengths | Topic::Other) {
        out.extend(results(writer).into_iter().map(Piece::Tools));
    }
    out
}

/// How full `text` is against the question's limits (the tightest of the two), or `None`
/// when the question has no limit.
fn fill(text: &str, max_chars: Option<u32>, max_no_spaces: Option<u32>) -> Option<f64> {
    let count = CharCount::of(text, max_chars, max_no_spaces);
    let with = max_chars.map(|m| count.with_spaces as f64 / f64::from(m.max(1)));
    let without = max_no_spaces.map(|m| count.without_spaces as f64 / f64::from(m.max(1)));
    match (with, without) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn joined(parts: &[Vec<Sentence>]) -> String {
    merge_short(parts.to_vec())
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Greedy filling: each candidate (but `skip`) kept when the answer stays within 95% of
/// its tightest limit. Returns the parts, the writer after them, the accepted candidates
/// and the fill reached.
fn greedy<'a>(
    writer: &Writer<'a>,
    candidates: &[Piece<'a>],
    skip: Option<usize>,
    limits: (Option<u32>, Option<u32>),
) -> (Vec<Vec<Sentence>>, Writer<'a>, Vec<usize>, f64) {
    let limited = limits.0.is_some() || limits.1.is_some();
    let mut state = writer.clone();
    let mut parts: Vec<Vec<Sentence>> = Vec::new();
    let mut accepted = Vec::new();
    for (i, piece) in candidates.iter().enumerate() {
        if Some(i) == skip {
            continue;
        }
        if !limited && parts.len() == 3 {
            break;
        }
        let mut trial = state.clone();
        let sentences = trial.piece(piece);
        if sentences.is_empty() {
            continue;
        }
        parts.push(sentences);
        let fits = fill(&joined(&parts), limits.0, limits.1).is_none_or(|f| f <= FILL_HIGH);
        if fits {
            state = trial;
            accepted.push(i);
        } else {
            parts.pop();
        }
    }
    let reached = fill(&joined(&parts), limits.0, limits.1).unwrap_or(1.0);
    (parts, state, accepted, reached)
}

/// One answer: pieces in order of fit, each kept only when the answer stays within 95% of
/// its tightest limit, until no further piece fits. When that leaves it under 80%, each
/// kept piece in turn is left out to make room for smaller ones, and the fullest answer
/// wins. Without a limit, three pieces.
pub fn answer(
    writer: &mut Writer<'_>,
    question: &str,
    max_chars: Option<u32>,
    max_no_spaces: Option<u32>,
) -> Vec<Paragraph> {
    let topic = crate::story::topic_of(question);
    let candidates = candidates(writer, topic);
    let limits = (max_chars, max_no_spaces);
    let (mut parts, mut state, accepted, mut reached) = greedy(writer, &candidates, None, limits);
    let mut kept = accepted.clone();
    if reached < FILL_LOW {
        for skip in accepted {
            let (p, w, k, r) = greedy(writer, &candidates, Some(skip), limits);
            if r > reached {
                (parts, state, kept, reached) = (p, w, k, r);
            }
            if reached >= FILL_LOW {
                break;
            }
        }
    }
    *writer = state;
    // The close is the answer's last word: evidence that filled the room comes before it.
    if let Some(at) = kept
        .iter()
        .position(|&i| matches!(candidates[i], Piece::Close))
    {
        let close = parts.remove(at);
        parts.push(close);
    }
    merge_short(parts)
}

/// Every answer of a 자기소개서, in the order asked; what one answer tells, no later one repeats.
pub fn answers(
    writer: &mut Writer<'_>,
    questions: &[crate::target::Question],
) -> Vec<Vec<Paragraph>> {
    questions
        .iter()
        .map(|q| answer(writer, &q.question, q.max_chars, q.max_chars_no_spaces))
        .collect()
}

/// The pitch: the company's problem first, then why I fit, then the ask.
pub struct PitchPlan {
    pub problem: Vec<Paragraph>,
    pub fit: Vec<Paragraph>,
    pub ask: Vec<Paragraph>,
}

/// Plans the pitch.
pub fn pitch(writer: &mut Writer<'_>) -> PitchPlan {
    let story = writer.story;
    let mut problem = Vec::new();
    for gap in gaps(writer).into_iter().take(2) {
        problem.push(writer.gap(gap));
    }
    if problem.is_empty() {
        // No stated gap and no knowledge-base idea my work backs: the pitch opens with the
        // company's own need from the posting, the one my work answers best.
        problem.push(writer.ask_opening());
    }
    if problem.iter().all(Vec::is_empty) {
        // Nothing in the posting my work answers: the knowledge base's first idea, asked,
        // with how I would start.
        if let Some(gap) = story.gaps.first() {
            problem.push(writer.gap(gap));
        }
    }
    writer.new_section();
    let mut fit = vec![writer.hook()];
    if fit[0].is_empty() && results(writer).is_empty() {
        fit[0] = writer.coursework();
    }
    // A hook of one sentence shares its paragraph with the evidence: the work it named is
    // not named again right after it.
    if fit[0].len() > 1 {
        writer.new_paragraph();
    }
    let already = fit.iter().chain(&problem).map(|p| measured_in(p)).sum();
    fit.push(evidence_paragraph(writer, 2, already, 0, &[]));
    writer.new_paragraph();
    for rule in [RuleId::BringResearch, RuleId::DomainFit, RuleId::OneStory] {
        if let Some(beat) = story.beats.iter().find(|b| b.rule == rule) {
            let piece = writer.beat(beat);
            if !piece.is_empty() {
                fit.push(piece);
                break;
            }
        }
    }
    writer.new_section();
    PitchPlan {
        problem: merge_short(problem),
        fit: tidy(fit),
        ask: merge_short(vec![writer.close()]),
    }
}

/// Words too common in resume lines to say two lines are about the same thing.
const COMMON_WORDS: &[&str] = &[
    "about",
    "after",
    "before",
    "every",
    "model",
    "models",
    "their",
    "there",
    "these",
    "which",
    "while",
    "within",
    "모델",
    "개발",
    "구축",
    "기반",
    "적용",
    "활용",
    "영상",
    "데이터",
    "이미지",
];

/// Whether two lines share a word ("labelling" in "manual labelling time" and
/// "auto-labelling pipeline", 라벨링 in "라벨링 시간을" and "자동 라벨링 파이프라인을"): of
/// five letters or more in Latin script, two syllables or more in Hangul without its
/// particle; never a common one.
fn shares_a_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .map(|w| crate::korean::strip_particle(&w.to_lowercase()).to_string())
            .filter(|w| {
                let least = if crate::korean::contains_hangul(w) {
                    2
                } else {
                    5
                };
                w.chars().count() >= least && !COMMON_WORDS.contains(&w.as_str())
            })
            .collect()
    };
    let b = words(b);
    words(a).iter().any(|w| b.contains(w))
}

/// The fact a measured-result question asks about (its value), which its answer tells:
/// the writer keeps it for that answer.
pub fn asked_result(item: &PrepItem) -> Option<String> {
    item.answer
        .iter()
        .find(|b| b.rule == RuleId::Frame && b.variant == "claim")
        .and_then(|b| b.facts.get("value"))
        .map(|v| v.path.clone())
}

/// "How did you get there?": the highlight the number was read from tells how, with the
/// highlights of the same work about the same thing (the auto-labelling pipeline behind a
/// labelling time); the rest of the work would answer another question. A number from the
/// `metrics` field has no such sentence: the work and its highlights tell how.
fn how_reached(writer: &mut Writer<'_>, beat: &Beat) -> Vec<Sentence> {
    let Some(e) = super::pieces::beat_evidence(writer, beat) else {
        return Vec::new();
    };
    let source = beat
        .facts
        .get("value")
        .and_then(|v| e.facts.highlights.iter().find(|h| h.path == v.path));
    let Some((source, how)) = source.and_then(|h| writer.answer_highlight(e, h).map(|s| (h, s)))
    else {
        return writer.result(RuleId::Frame, e, 2);
    };
    let mut out = vec![how];
    for h in &e.facts.highlights {
        if out.len() == 3 {
            break;
        }
        if h.path != source.path && shares_a_word(&h.text, &source.text) {
            out.extend(writer.answer_highlight(e, h));
        }
    }
    out
}

/// The answer to one interview question: the evidence that fits the question asked.
pub fn prep_answer(writer: &mut Writer<'_>, item: &PrepItem) -> Vec<Paragraph> {
    let mut parts: Vec<Vec<Sentence>> = Vec::new();
    if let Some(asked) = asked_result(item) {
        writer.release(&asked);
    }
    for beat in &item.answer {
        let piece = match (beat.rule, beat.variant) {
            (RuleId::Frame, "ask") => {
                // Why us: the posting's need my work answers best; when neither it nor the
                // domain finds work of mine, that is said plainly.
                let mut piece = writer.ask_opening();
                let shown = parts
                    .iter()
                    .flatten()
                    .any(|s| s.paths.iter().any(|p| p != "description"));
                if piece.is_empty() && !shown {
                    piece = writer.new_to_domain();
                }
                piece
            }
            (RuleId::Frame, "coursework") => writer.coursework(),
            (RuleId::Frame, "no-work") => writer.no_work(),
            (RuleId::DomainFit, "about") => writer.about(beat),
            (RuleId::Frame, "claim") => how_reached(writer, beat),
            (RuleId::CompressionValue, _) => {
                // Asked why lightweighting matters: the answer says why before the numbers;
                // the numbers an earlier answer told are pointed to, the others told.
                let mut piece = writer.compression_told(beat);
                let topic = piece.is_empty();
                piece.extend(writer.compression(beat, topic));
                piece
            }
            _ => writer.beat(beat),
        };
        parts.push(piece);
    }
    // "Why should we hire you?" is not answered in one sentence: when the results its beats
    // chose were kept for other questions, the next-strongest untold one is told.
    if item.question.variant == "hire-you" {
        let story = writer.story;
        for e in &story.evidence {
            if parts.iter().map(Vec::len).sum::<usize>() >= 2 {
                break;
            }
            parts.push(writer.result(RuleId::DataFirst, e, 0));
        }
    }
    merge_short(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_about_the_same_thing_share_a_word() {
        assert!(shares_a_word(
            "Wrote a frame-sampling and auto-labelling pipeline (YOLOv8 + ByteTrack)",
            "Cut manual labelling time per clip from 6 minutes to 90 seconds"
        ));
        assert!(shares_a_word(
            "YOLOv8 + ByteTrack 기반 프레임 샘플링·자동 라벨링 파이프라인을 개발해",
            "PyQt로 검수 도구를 만들어 클립당 수작업 라벨링 시간을 6분에서 90초로 단축"
        ));
        assert!(!shares_a_word(
            "Built drift and data-quality monitoring (Evidently, Prometheus, Grafana)",
            "Moved 14 models from hand-run notebooks to Kubeflow pipelines"
        ));
    }

    #[test]
    fn fill_uses_the_tightest_limit() {
        let text = "가 나 다 라"; // 7 with spaces, 4 without
        assert_eq!(fill(text, Some(10), None), Some(0.7));
        assert_eq!(fill(text, Some(10), Some(5)), Some(0.8));
        assert_eq!(fill(text, None, None), None);
    }
}
