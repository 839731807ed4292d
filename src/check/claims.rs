//! The claims a reader takes as facts in one sentence, in English and Korean: numbers and
//! before/after pairs, ranks, years of experience, names of employers, schools, competitions
//! and venues, titles, degrees, awards, dates, skills, and verbs of ownership with their object.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::dates::{self, Ym};
use crate::facts::metric::before_after;
use crate::facts::quantity::{claimed_quantities, Bound, Dimension, Quantity, MONTH_MS};

/// What kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ClaimKind {
    Number,
    Change,
    Rank,
    Experience,
    Employer,
    School,
    Title,
    Degree,
    Award,
    Competition,
    Publication,
    Date,
    Skill,
    Verb,
}

impl ClaimKind {
    /// How the report names it.
    pub fn label(self) -> &'static str {
        match self {
            ClaimKind::Number => "number",
            ClaimKind::Change => "before/after",
            ClaimKind::Rank => "rank",
            ClaimKind::Experience => "experience",
            ClaimKind::Employer => "employer",
            ClaimKind::School => "school",
            ClaimKind::Title => "title",
            ClaimKind::Degree => "degree",
            ClaimKind::Award => "award",
            ClaimKind::Competition => "competition",
            ClaimKind::Publication => "publication",
            ClaimKind::Date => "date",
            ClaimKind::Skill => "skill",
            ClaimKind::Verb => "ownership",
        }
    }
}

/// What a claim states.
#[derive(Debug, Clone)]
pub enum What {
    Number(Quantity),
    Change(Quantity, Quantity),
    /// A place and the size of the field.
    RankOf(Quantity, Quantity),
    Experience {
        months: f64,
        bound: Bound,
        professional: bool,
    },
    Name(String),
    Title {
        title: String,
        level: u8,
        family: Family,
    },
    Degree(u8),
    /// An award word: a medal, a prize, a place.
    Award {
        word: String,
        place: Option<u32>,
    },
    Date(Ym),
    Skill(String),
    Verb {
        level: u8,
        object: String,
    },
}

/// A claim with where it is in its paragraph.
#[derive(Debug, Clone)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The words as written.
    pub text: String,
    /// Byte range in the paragraph.
    pub span: Range<usize>,
    pub what: What,
    /// The clause is about the target company ("VisionGuard handles ..."), not the candidate.
    pub about_company: bool,
}

/// A clause: the part of a sentence one subject speaks for.
#[derive(Debug, Clone)]
pub struct Clause<'a> {
    pub text: &'a str,
    /// Byte offset in the paragraph.
    pub offset: usize,
}

/// Splits a paragraph into sentences (byte ranges). A full stop inside a number, an
/// abbreviation (M.S., e.g.) or an initial does not end a sentence.
pub fn sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let end_mark = matches!(c, '.' | '!' | '?' | '。' | '！' | '？');
        if !end_mark {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, n)| n);
        if !next.is_none_or(char::is_whitespace) {
            continue;
        }
        if c == '.' {
            let word: String = paragraph[start..i]
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let abbreviation = ABBREVIATIONS.contains(&word.as_str())
                || (word.contains('.') && word.chars().any(char::is_alphabetic))
                || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic));
            let next_word_lower = chars.get(k + 2).is_some_and(|&(_, n)| n.is_lowercase());
            if abbreviation || next_word_lower {
                continue;
            }
        }
        let end = i + c.len_utf8();
        if !paragraph[start..end].trim().is_empty() {
            out.push(start..end);
        }
        start = end;
    }
    if !paragraph[start..].trim().is_empty() {
        out.push(start..paragraph.len());
    }
    out
}

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "dr", "mr", "ms", "mrs", "inc", "co", "corp", "ltd", "no", "jr",
    "sr", "st", "univ", "dept", "approx", "fig", "al", "m.s", "b.s", "ph.d", "m.sc", "b.sc",
];

/// Splits a sentence at `;` and at ", while" style joints into clauses.
pub fn clauses(sentence: &str, offset: usize) -> Vec<Clause<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in sentence.char_indices() {
        if c == ';' {
            out.push(Clause {
                text: &sentence[start..i],
                offset: offset + start,
            });
            start = i + 1;
        }
    }
    out.push(Clause {
        text: &sentence[start..],
        offset: offset + start,
    });
    out
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// Links, e-mail addresses and phone numbers hold no claims: blanked (same length).
pub fn mask_contacts(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"(?i)https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|org|net|kr|ai|dev|me|co)(?:/\S*)?|\+?\d{2,3}[ -]?\d{1,4}-\d{3,4}-\d{4}|(?:\+1[ .-]?)?\(\d{3}\)\s?\d{3}[ .-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b",
    );
    let mut out = text.to_string();
    for m in pattern.find_iter(text) {
        // A link at the end of a sentence keeps its full stop.
        let kept = m.as_str().trim_end_matches(['.', ',', ';', ':', ')']).len();
        let range = m.start()..m.start() + kept;
        // Only ASCII is blanked: other characters keep their bytes, so offsets hold.
        let blank: String = text[range.clone()]
            .chars()
            .map(|c| if c.is_ascii() { ' ' } else { c })
            .collect();
        out.replace_range(range, &blank);
    }
    out
}

/// Is the clause about the company (its subject the company or "you"), not the candidate?
pub fn about_company(clause: &str, company_names: &[String]) -> bool {
    static FIRST_PERSON: OnceLock<Regex> = OnceLock::new();
    let first = re(
        &FIRST_PERSON,
        r"(?i)\b(?:i|i'm|i've|i'd|my|me|mine|we|our)\b|저는|제가|저의|제 |저희|나는|내가",
    );
    if first.is_match(clause) {
        return false;
    }
    let lower = clause.to_lowercase();
    if ["you ", "your ", "귀사", "貴社"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return true;
    }
    company_names
        .iter()
        .filter(|n| n.chars().count() >= 2)
        .any(|n| lower.contains(&n.to_lowercase()))
}

/// A clause that wishes, plans or asks states no fact.
pub fn states_no_fact(clause: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"(?i)\b(?:would|could|want to|wish|hope|eager|look forward|looking forward|plan to|intend|aim to|excited to|love to|like to|will|can't wait|keen to|may|might|learn|learning)\b|싶습니다|싶다|싶은|하겠습니다|겠습니다|예정|배우고|기대합니다|바랍니다|희망",
    );
    clause.trim_end().ends_with('?') || pattern.is_match(clause)
}

/// Before/after pairs among `found` (indices, next to each other), as the facts stage reads
/// them, with both sides in one unit.
pub fn pairs(text: &str, found: &[Quantity]) -> Vec<(usize, Quantity, Quantity)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k + 1 < found.len() {
        match before_after(text, &found[k], &found[k + 1]) {
            Some(m) => {
                if let (Some(before), Some(after)) = (m.before, m.after) {
                    out.push((k, before, after));
                }
                k += 2;
            }
            None => k += 1,
        }
    }
    out
}

/// Places with the size of their field among `found` (the index of the first of the two,
/// the place, the field): "10th of 412", "10th out of 412 teams", "412팀 중 10위",
/// "3위 (218팀 중)", "2nd (of 87)".
pub fn ranks_of(text: &str, found: &[Quantity]) -> Vec<(usize, Quantity, Quantity)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let between = text
            .get(a.span.end..b.span.start)
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        let after = text[b.span.end..].trim_start();
        let after = after
            .strip_prefix(b.noun.as_deref().unwrap_or_default())
            .unwrap_or(after)
            .trim_start();
        let rank_first = a.dimension == Dimension::Rank
            && (matches!(
                between.as_str(),
                "of" | "out of" | "among" | "/" | "of the" | "out of the" | "(of" | "(out of"
            ) || between == "(" && after.starts_with(['중', ')']));
        let field_first = b.dimension == Dimension::Rank
            && matches!(between.as_str(), "중" | "가운데" | "중에서" | "팀 중");
        if rank_first || field_first {
            let (rank, field) = if rank_first { (a, b) } else { (b, a) };
            out.push((i, rank.clone(), field.clone()));
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// Where a number ends with the word it counts ("512 teams").
fn with_noun(text: &str, q: &Quantity) -> usize {
    let Some(noun) = &q.noun else {
        return q.span.end;
    };
    let rest = &text[q.span.end..];
    let gap = usize::from(rest.starts_with(' '));
    match rest.get(gap..gap + noun.len()) {
        Some(word) if word.to_lowercase() == *noun => q.span.end + gap + noun.len(),
        _ => q.span.end,
    }
}

/// Whether `q` is a duration a career is measured in (months, years, weeks), and how many
/// months it is.
pub fn career_months(q: &Quantity) -> Option<f64> {
    let unit = q.unit.to_lowercase();
    let career = [
        "month", "months", "개월", "달", "year", "years", "yr", "yrs", "년",
    ];
    (q.dimension == Dimension::Duration && career.contains(&unit.as_str()))
        .then(|| q.base_value() / MONTH_MS)
}

/// Ownership level a text claims: 3 founded, 2 led or owned, 0 otherwise.
pub fn verb_level(text: &str) -> u8 {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"(?i)\b(?P<f>founded|co-founded|cofounded|founder|co-founder|established)\b|(?P<f2>창업|설립)|\b(?:led|lead|leading|headed|head|spearheaded|directed|director|managed|manager|oversaw|supervised|architected|architect|owned|owner|pioneered|invented|in charge of|responsible for)\b|주도(?:했|하여|하고|한|해)|총괄|리드|이끌|이끈|팀장|지휘|책임지",
    );
    let mut level = 0;
    for c in pattern.captures_iter(text) {
        let whole = c.get(0).map_or("", |m| m.as_str()).to_lowercase();
        let after = &text[c.get(0).map_or(0, |m| m.end())..];
        if whole == "led" && after.trim_start().starts_with("to ")
            || whole == "managed" && after.trim_start().starts_with("to ")
        {
            continue;
        }
        level = level.max(if c.name("f").is_some() || c.name("f2").is_some() {
            3
        } else {
            2
        });
    }
    level
}

fn verb_claims(clause: &str, out: &mut Vec<(Range<usize>, u8, String)>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"(?i)\b(?P<en>led|leading|headed|spearheaded|directed|managed|oversaw|supervised|founded|co-founded|cofounded|architected|owned|pioneered|invented|was in charge of|took charge of)\b|(?P<ko>주도(?:했|하여|하고|한|해|적으로 이끌)|총괄|리드(?:했|하여|하며|한)|이끌었|이끌며|이끈|지휘|창업|설립)",
    );
    for c in pattern.captures_iter(clause) {
        let Some(m) = c.get(0) else { continue };
        let after = &clause[m.end()..];
        let word = m.as_str().to_lowercase();
        if (word == "managed" || word == "led") && after.trim_start().starts_with("to ") {
            continue;
        }
        let level = if ["founded", "co-founded", "cofounded", "창업", "설립"]
            .iter()
            .any(|w| word.starts_with(w))
        {
            3
        } else {
            2
        };
        let object = if c.name("en").is_some() {
            after
                .split([',', '.', ';', ':', '(', ')'])
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .take(10)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            let before = &clause[..m.start()];
            let words: Vec<&str> = before
                .split([',', ';', ':'])
                .next_back()
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            words[words.len().saturating_sub(8)..].join(" ")
        };
        out.push((m.range(), level, object));
    }
}

/// Title level: 0 intern, 1 junior, 2 engineer/researcher, 3 senior, 4 lead/staff/principal,
/// 5 manager/head/director, 6 founder/CTO/CEO.
pub fn title_level(title: &str) -> u8 {
    let lower = title.to_lowercase();
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            if w.is_ascii() {
                lower
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|x| x == *w)
            } else {
                lower.contains(w)
            }
        })
    };
    if has(&[
        "founder",
        "co-founder",
        "cofounder",
        "cto",
        "ceo",
        "창업자",
        "대표",
    ]) {
        6
    } else if has(&[
        "manager",
        "head",
        "director",
        "vp",
        "chief",
        "팀장",
        "매니저",
        "실장",
        "본부장",
    ]) {
        5
    } else if has(&["lead", "staff", "principal", "책임", "수석", "리드"]) {
        4
    } else if has(&["senior", "sr", "선임", "시니어"]) {
        3
    } else if has(&["intern", "trainee", "인턴", "assistant", "보조"]) {
        0
    } else if has(&["junior", "주니어", "associate"]) {
        1
    } else {
        2
    }
}

/// Kinds of role, so a researcher title does not support an engineer claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Engineering,
    Research,
    Intern,
    Management,
    Other,
}

pub fn title_family(title: &str) -> Family {
    let lower = title.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| lower.contains(w));
    if has(&["intern", "인턴", "trainee"]) {
        Family::Intern
    } else if has(&["research", "scientist", "연구"]) {
        Family::Research
    } else if has(&[
        "engineer",
        "developer",
        "programmer",
        "architect",
        "엔지니어",
        "개발",
    ]) {
        Family::Engineering
    } else if has(&[
        "manager", "head", "director", "founder", "cto", "ceo", "팀장", "대표", "창업",
    ]) {
        Family::Management
    } else {
        Family::Other
    }
}

fn title_claims(clause: &str, out: &mut Vec<(Range<usize>, String)>) {
    static EN: OnceLock<Regex> = OnceLock::new();
    static SENIOR: OnceLock<Regex> = OnceLock::new();
    static KO: OnceLock<Regex> = OnceLock::new();
    let roles = "engineer|scientist|researcher|developer|intern|manager|lead|director|architect|analyst|head|founder|co-founder|cto|ceo|consultant|specialist|programmer";
    let en = re(
        &EN,
        &format!(
            r"(?i)\b(?:worked as|work as|working as|served as|hired as|joined as|as)\s+(?:an?\s+|the\s+)?(?P<t>(?:[A-Za-z/&+-]+\s+){{0,4}}?(?:{roles})s?)\b"
        ),
    );
    let senior = re(
        &SENIOR,
        r"(?i)\b(?P<t>(?:senior|sr\.|lead|principal|staff|chief|head of)\s+(?:[A-Za-z/&+-]+\s+){0,3}?(?:engineer|scientist|researcher|developer|manager|architect|engineering|research|ai|ml|data))\b",
    );
    let ko = re(
        &KO,
        r"(?P<t>(?:(?:수석|책임|선임|시니어|리드|주니어)\s?)?(?:[A-Za-z가-힣]+\s){0,2}(?:연구원|엔지니어|개발자|인턴|팀장|매니저|리드|대표|창업자|CTO))(?:으로서|로서|으로|로)\s",
    );
    let application = {
        let lower = clause.to_lowercase();
        [
            "position",
            "role",
            "opening",
            "지원",
            "apply",
            "applying",
            "포지션",
            "직무",
        ]
        .iter()
        .any(|w| lower.contains(w))
    };
    for pattern in [en, senior, ko] {
        for c in pattern.captures_iter(clause) {
            let Some(t) = c.name("t") else { continue };
            if application && !clause[..t.start()].to_lowercase().contains("work") {
                // "apply as a senior engineer" names the role applied for, not one held.
                continue;
            }
            if out
                .iter()
                .any(|(r, _)| r.start < t.end() && t.start() < r.end)
            {
                continue;
            }
            out.push((t.range(), t.as_str().trim().to_string()));
        }
    }
}

/// Degree level of a text: 3 doctorate, 2 master, 1 bachelor.
pub fn degree_level(text: &str) -> Option<u8> {
    degrees(text).into_iter().map(|(l, _)| l).max()
}

/// Every degree named in `text`, with its byte range.
pub fn degrees(text: &str) -> Vec<(u8, Range<usize>)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"(?i)(?P<d3>\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\b|\bdoctor of philosophy\b|박사)|(?P<d2>\bmaster'?s\b|\bmaster of (?:science|arts|engineering|business)\b|\bm\.\s?s\.|\bm\.\s?sc\b\.?|\bm\.\s?eng\b\.?|\bmsc\b|\bmeng\b|\bmba\b|석사)|(?P<d1>\bbachelor'?s\b|\bbachelor of (?:science|arts|engineering)\b|\bb\.\s?s\.|\bb\.\s?sc\b\.?|\bb\.\s?eng\b\.?|\bbsc\b|\bbeng\b|\bb\.\s?a\.|학사)|(?-i:\b(?P<m2>MS|M\.S)\b)|(?-i:\b(?P<m1>BS|B\.S)\b)",
    );
    pattern
        .captures_iter(text)
        .filter_map(|c| {
            let level = if c.name("d3").is_some() {
                3
            } else if c.name("d2").is_some() || c.name("m2").is_some() {
                2
            } else {
                1
            };
            c.get(0).map(|m| (level, m.range()))
        })
        .collect()
}

fn org_claims(clause: &str, out: &mut Vec<(Range<usize>, String, ClaimKind)>) {
    static EN: OnceLock<Regex> = OnceLock::new();
    static SUFFIX: OnceLock<Regex> = OnceLock::new();
    static KO_SCHOOL: OnceLock<Regex> = OnceLock::new();
    static KO_WORK: OnceLock<Regex> = OnceLock::new();
    let en = re(
        &EN,
        r"\b(?:[Aa]t|[Jj]oined|[Ww]orked for|[Ww]ork for|[Ii]nterned at|[Ii]nterned with|[Gg]raduated from|[Dd]egree from|[Ss]tudied at|[Ff]rom) {1,2}(?:the\s+)?(?P<o>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|&|and|for)){0,5})",
    );
    let suffix = re(
        &SUFFIX,
        r"\b(?P<o>(?:[A-Z][\w&'.-]*\s+){1,4}(?:University|Institute|College|Labs?|Laboratory|Inc\.?|Corp\.?|Corporation|Ltd\.?|Technologies|Electronics))\b|\b(?P<u>University of (?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,2})",
    );
    let ko_school = re(
        &KO_SCHOOL,
        r"(?P<o>[가-힣A-Za-z]{2,}(?:대학교|대학원|과학기술원))",
    );
    let ko_work = re(
        &KO_WORK,
        r"(?P<o>[가-힣A-Za-z0-9&]{2,}(?:\s[가-힣A-Za-z0-9&]{2,})?)에서\s(?:[가-힣A-Za-z0-9 ]{0,20}?)(?:인턴|근무|재직|일했|일하며|연구원으로|엔지니어로|개발자로|인턴십)",
    );
    let push =
        |out: &mut Vec<(Range<usize>, String, ClaimKind)>, range: Range<usize>, name: &str| {
            // "At Sonance Labs" at the start of a sentence, "Q. In Sonance Labs" in a prep
            // sheet: the capitalised word before the name is no part of it.
            let mut range = range;
            let mut name = name;
            while let Some((first, rest)) = name.split_once(' ') {
                if !LEADING_WORDS.contains(&first) {
                    break;
                }
                range.start += first.len() + 1;
                name = rest;
            }
            let name = name.trim().trim_end_matches(['.', ',', '\'']).trim();
            let name = name
                .strip_suffix(" and")
                .or_else(|| name.strip_suffix(" of"))
                .or_else(|| name.strip_suffix(" for"))
                .unwrap_or(name)
                .trim();
            let first = name.split_whitespace().next().unwrap_or_default();
            if name.chars().count() < 2
                || NOT_ORG_STARTS.contains(&first)
                || degree_level(name).is_some()
            {
                return;
            }
            if out
                .iter()
                .any(|(r, _, _)| r.start < range.end && range.start < r.end)
            {
                return;
            }
            let lower = name.to_lowercase();
            let kind = if [
                "university",
                "institute",
                "college",
                "school",
                "대학",
                "과학기술원",
            ]
            .iter()
            .any(|w| lower.contains(w))
            {
                ClaimKind::School
            } else {
                ClaimKind::Employer
            };
            out.push((
                range.start..range.start + name.len(),
                name.to_string(),
                kind,
            ));
        };
    for c in suffix.captures_iter(clause) {
        if let Some(o) = c.name("o").or_else(|| c.name("u")) {
            push(out, o.range(), o.as_str());
        }
    }
    for c in en.captures_iter(clause) {
        let Some(o) = c.name("o") else { continue };
        let before = clause[..c.get(0).map_or(0, |m| m.start())].to_lowercase();
        let keyword = c.get(0).map_or("", |m| m.as_str()).to_lowercase();
        // "from" names a school only next to a degree; "at" after an application word names
        // the company applied to.
        if keyword.starts_with("from") && degree_level(clause).is_none() {
            continue;
        }
        let tail: String = before
            .chars()
            .rev()
            .take(30)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if [
            "position",
            "role",
            "opening",
            "job",
            "team",
            "opportunit",
            "apply",
            "applying",
            "interview",
            "career",
        ]
        .iter()
        .any(|w| tail.contains(w))
        {
            continue;
        }
        push(out, o.range(), o.as_str());
    }
    for pattern in [ko_school, ko_work] {
        for c in pattern.captures_iter(clause) {
            if let Some(o) = c.name("o") {
                // "그 전에는 한국전자연구소에서": a word ending in a particle is not part of
                // the name that follows it.
                let (first, rest) = o.as_str().split_once(' ').unwrap_or(("", o.as_str()));
                if !first.is_empty() && ends_in_particle(first) {
                    let start = o.start() + first.len() + 1;
                    push(out, start..o.end(), rest);
                } else {
                    push(out, o.range(), o.as_str());
                }
            }
        }
    }
}

/// Capitalised words that start a sentence before an organisation's name.
const LEADING_WORDS: &[&str] = &[
    "At", "In", "From", "With", "For", "On", "By", "To", "As", "And", "While", "During", "After",
    "Before", "Since", "Q.", "A.", "Q:", "A:",
];

/// A Korean word ending in a topic, subject, object or adverbial particle (전에는, 이후에도).
fn ends_in_particle(word: &str) -> bool {
    ["는", "은", "도", "를", "을", "가", "에", "서"]
        .iter()
        .any(|p| word.ends_with(p) && word.chars().count() >= 2)
}

/// A resume entry's heading ("AI Research Intern, Hanul Mobility, Jul 2023 – Dec 2023",
/// "네이버 · AI 연구원 · 2022.01 – 2023.06"): its parts name a title and an organisation.
fn header_claims(
    clause: &str,
    out: &mut Vec<(Range<usize>, String, ClaimKind)>,
    titles: &mut Vec<(Range<usize>, String)>,
) {
    if clause.chars().count() > 140 || clause.contains(". ") {
        return;
    }
    // A heading has a part that is only a date or a date range ("Jul 2023 – Dec 2023",
    // "2023.07"); a year inside a name ("IPIU 2024 paper") does not make one.
    let date_only = clause.split(['·', '|', ',', '(', ')']).any(|part| {
        let found = dates::find(part);
        let mut rest = part.to_lowercase();
        for (r, _) in found.iter().rev() {
            rest.replace_range(r.clone(), "");
        }
        !found.is_empty()
            && rest
                .replace("present", "")
                .replace("현재", "")
                .chars()
                .all(|c| !c.is_alphanumeric())
    });
    if !date_only {
        return;
    }
    let mut start = 0;
    let mut segments = Vec::new();
    for (i, c) in clause.char_indices() {
        if matches!(c, '·' | '|' | ',' | '(' | ')' | '–' | '—' | '/') {
            segments.push(start..i);
            start = i + c.len_utf8();
        }
    }
    segments.push(start..clause.len());
    for range in segments {
        let raw = &clause[range.clone()];
        let seg = raw.trim().trim_matches(['*', '_', '-', ' ']).trim();
        if seg.is_empty()
            || seg.chars().any(|c| c.is_ascii_digit())
            || seg.split_whitespace().count() > 5
            || degree_level(seg).is_some()
        {
            continue;
        }
        let at = range.start + raw.find(seg).unwrap_or(0);
        let span = at..at + seg.len();
        if out
            .iter()
            .any(|(r, _, _)| r.start < span.end && span.start < r.end)
            || titles
                .iter()
                .any(|(r, _)| r.start < span.end && span.start < r.end)
        {
            continue;
        }
        if title_family(seg) != Family::Other {
            titles.push((span, seg.to_string()));
            continue;
        }
        let first = seg.split_whitespace().next().unwrap_or_default();
        let proper = first
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || crate::korean::contains_hangul(&c.to_string()));
        if !proper || NOT_ORG_STARTS.contains(&first) {
            continue;
        }
        let lower = seg.to_lowercase();
        let kind = if ["university", "institute", "college", "대학", "과학기술원"]
            .iter()
            .any(|w| lower.contains(w))
        {
            ClaimKind::School
        } else {
            ClaimKind::Employer
        };
        out.push((span, seg.to_string(), kind));
    }
}

const NOT_ORG_STARTS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "My",
    "Our",
    "Your",
    "Its",
    "Their",
    "His",
    "Her",
    "I",
    "We",
    "First",
    "Last",
    "Each",
    "Every",
    "Some",
    "Any",
    "All",
    "Night",
    "Home",
    "Scale",
    "Least",
    "Most",
    "Once",
    "Present",
    "Day",
    "Times",
    "Work",
    "Camera",
    "Frame",
    "Remote",
    "Now",
    "Today",
    "현재",
    "재직중",
    "재직",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

fn award_claims(clause: &str, out: &mut Vec<(Range<usize>, String, Option<u32>)>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"(?i)\b(?P<medal>gold|silver|bronze)\s+medal|\bbest (?:student )?paper(?: award)?|\boutstanding paper|\bgrand prize|\b(?P<p1>first|1st)\s+(?:place|prize)|\b(?P<p2>second|2nd)\s+(?:place|prize)|\b(?P<p3>third|3rd)\s+(?:place|prize)|\bhonou?rable mention|\bscholarship|\bawarded\b|(?P<kmedal>금|은|동)메달|대상|최우수상|우수상|장려상|금상|은상|동상|(?P<k2>준우승)|(?P<k1>우승)|입상|수상|장학금",
    );
    for c in pattern.captures_iter(clause) {
        let Some(m) = c.get(0) else { continue };
        let after = clause[m.end()..].trim_start();
        if ["팀", "자", "team", "'s", "solution", "approach"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            // "우승 팀", "first-place team": someone else's win.
            continue;
        }
        let place = if c.name("p1").is_some() || c.name("k1").is_some() {
            Some(1)
        } else if c.name("p2").is_some() || c.name("k2").is_some() {
            Some(2)
        } else if c.name("p3").is_some() {
            Some(3)
        } else {
            None
        };
        out.push((m.range(), m.as_str().to_string(), place));
    }
}

fn competition_claims(clause: &str, out: &mut Vec<(Range<usize>, String)>) {
    static EN: OnceLock<Regex> = OnceLock::new();
    static KO: OnceLock<Regex> = OnceLock::new();
    let en = re(
        &EN,
        r"\b(?P<c>(?:[A-Z0-9][\w&'.-]*\s+(?:-\s+)?){1,7}(?:Challenge|Competition|Cup|Hackathon|Contest|Olympiad))\b",
    );
    let ko = re(
        &KO,
        r"(?P<c>(?:[가-힣A-Za-z0-9]+\s){0,4}[가-힣A-Za-z0-9]*(?:경진대회|챌린지|해커톤))",
    );
    for pattern in [en, ko] {
        for c in pattern.captures_iter(clause) {
            if let Some(m) = c.name("c") {
                out.push((m.range(), m.as_str().trim().to_string()));
            }
        }
    }
}

fn venue_claims(clause: &str, out: &mut Vec<(Range<usize>, String)>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let pattern = re(
        &RE,
        r"\b(?P<v>CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|KDD|SIGIR|RecSys|WSDM|CIKM|Interspeech|INTERSPEECH|ICASSP|MICCAI|WACV|BMVC|TPAMI|IJCV|IPIU|KCC|KSC|TIP|TNNLS|JMLR)\b|(?i:\b(?P<a>first[- ]author(?:ed)?)\b)|(?P<k>제1저자|주저자)",
    );
    for c in pattern.captures_iter(clause) {
        if let Some(m) = c.get(0) {
            out.push((m.range(), m.as_str().to_string()));
        }
    }
}

/// Everything a clause claims. `skills` are the vocabulary's terms found in the clause.
pub fn extract(
    paragraph: &str,
    clause: &Clause<'_>,
    about_company: bool,
    skills: &[(Range<usize>, String)],
) -> Vec<Claim> {
    let masked = mask_contacts(clause.text);
    let text = masked.as_str();
    let at = |r: &Range<usize>| clause.offset + r.start..clause.offset + r.end;
    let mut claims = Vec::new();
    let mut push = |kind: ClaimKind, range: Range<usize>, what: What| {
        let span = at(&range);
        claims.push(Claim {
            kind,
            text: paragraph
                .get(span.clone())
                .unwrap_or_default()
                .trim()
                .to_string(),
            span,
            what,
            about_company,
        });
    };
    // Dates first: their digits are not numbers.
    let found_dates = dates::find(text);
    for (range, ym) in &found_dates {
        push(ClaimKind::Date, range.clone(), What::Date(*ym));
    }
    let in_date = |r: &Range<usize>| {
        found_dates
            .iter()
            .any(|(d, _)| d.start < r.end && r.start < d.end)
    };
    let quantities: Vec<Quantity> = claimed_quantities(text)
        .into_iter()
        .filter(|q| !in_date(&q.span))
        .collect();
    let mut used = vec![false; quantities.len()];
    for (i, a, b) in pairs(text, &quantities) {
        used[i] = true;
        used[i + 1] = true;
        push(
            ClaimKind::Change,
            quantities[i].span.start..quantities[i + 1].span.end,
            What::Change(a, b),
        );
    }
    for (i, rank, field) in ranks_of(text, &quantities) {
        if used[i] || used[i + 1] {
            continue;
        }
        used[i] = true;
        used[i + 1] = true;
        let end = with_noun(text, &quantities[i + 1]);
        push(
            ClaimKind::Rank,
            quantities[i].span.start..end,
            What::RankOf(rank, field),
        );
    }
    let lower = text.to_lowercase();
    for (k, q) in quantities.iter().enumerate() {
        if used[k] {
            continue;
        }
        if let Some(months) = career_months(q) {
            let window_after: String = lower[q.span.end..].chars().take(40).collect();
            let window_before: String = lower[..q.span.start]
                .chars()
                .rev()
                .take(12)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if window_after.contains("experience")
                || window_after.contains("경력")
                || window_before.contains("경력")
            {
                let professional = [
                    "professional",
                    "industry",
                    "work experience",
                    "실무",
                    "현업",
                ]
                .iter()
                .any(|w| lower.contains(w));
                push(
                    ClaimKind::Experience,
                    q.span.clone(),
                    What::Experience {
                        months,
                        bound: q.bound,
                        professional,
                    },
                );
                continue;
            }
        }
        let kind = if matches!(q.dimension, Dimension::Rank | Dimension::TopShare) {
            ClaimKind::Rank
        } else {
            ClaimKind::Number
        };
        push(kind, q.span.clone(), What::Number(q.clone()));
    }
    let mut orgs = Vec::new();
    org_claims(text, &mut orgs);
    let mut titles = Vec::new();
    title_claims(text, &mut titles);
    header_claims(text, &mut orgs, &mut titles);
    for (range, name, kind) in orgs {
        push(kind, range, What::Name(name));
    }
    for (range, title) in titles {
        push(
            ClaimKind::Title,
            range,
            What::Title {
                level: title_level(&title),
                family: title_family(&title),
                title,
            },
        );
    }
    for (level, range) in degrees(text) {
        push(ClaimKind::Degree, range, What::Degree(level));
    }
    let mut awards = Vec::new();
    award_claims(text, &mut awards);
    for (range, word, place) in awards {
        push(ClaimKind::Award, range, What::Award { word, place });
    }
    let mut competitions = Vec::new();
    competition_claims(text, &mut competitions);
    for (range, name) in competitions {
        push(ClaimKind::Competition, range, What::Name(name));
    }
    let mut venues = Vec::new();
    venue_claims(text, &mut venues);
    for (range, name) in venues {
        push(ClaimKind::Publication, range, What::Name(name));
    }
    for (range, term) in skills {
        push(ClaimKind::Skill, range.clone(), What::Skill(term.clone()));
    }
    let mut verbs = Vec::new();
    verb_claims(text, &mut verbs);
    for (range, level, object) in verbs {
        push(ClaimKind::Verb, range, What::Verb { level, object });
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(ClaimKind, String)> {
        let clause = Clause { text, offset: 0 };
        extract(text, &clause, false, &[])
            .into_iter()
            .map(|c| (c.kind, c.text))
            .collect()
    }

    #[test]
    fn sentences_skip_decimals_and_abbreviations() {
        let p = "I hold an M.S. in CS. F1 rose to 0.91. Done! 다음입니다. 끝";
        let s: Vec<&str> = sentences(p).into_iter().map(|r| p[r].trim()).collect();
        assert_eq!(
            s,
            [
                "I hold an M.S. in CS.",
                "F1 rose to 0.91.",
                "Done!",
                "다음입니다.",
                "끝"
            ]
        );
    }

    #[test]
    fn before_after_pairs_in_both_languages() {
        let found =
            kinds("I cut latency from 84 ms to 21 ms and labelling time 6분에서 90초로 줄였습니다");
        let changes: Vec<&str> = found
            .iter()
            .filter(|(k, _)| *k == ClaimKind::Change)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(changes, ["84 ms to 21 ms", "6분에서 90초"]);
        let arrows = kinds("F1 0.84 (ST-GCN) → 0.91");
        assert!(
            arrows.iter().any(|(k, _)| *k == ClaimKind::Change),
            "{arrows:?}"
        );
    }

    #[test]
    fn ranks_with_their_field() {
        let found = kinds("finished 10th of 512 teams, and 1165팀 중 87위; 3위 (218팀 중)");
        let ranks: Vec<&str> = found
            .iter()
            .filter(|(k, _)| *k == ClaimKind::Rank)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(ranks, ["10th of 512 teams", "1165팀 중 87위", "3위 (218팀"]);
    }

    #[test]
    fn names_titles_degrees_and_verbs() {
        let found = kinds("As a Senior ML Engineer at Samsung Research, I led the fall detection project after my Ph.D. from Seoul National University.");
        let has = |k: ClaimKind, t: &str| found.iter().any(|(kk, tt)| *kk == k && tt == t);
        assert!(has(ClaimKind::Title, "Senior ML Engineer"), "{found:?}");
        assert!(has(ClaimKind::Employer, "Samsung Research"), "{found:?}");
        assert!(
            has(ClaimKind::School, "Seoul National University"),
            "{found:?}"
        );
        assert!(has(ClaimKind::Degree, "Ph.D."), "{found:?}");
        assert!(has(ClaimKind::Verb, "led"), "{found:?}");
        assert!(verb_level("Lead researcher") == 2 && verb_level("which led to fewer alarms") == 0);
        assert_eq!(title_level("AI Research Intern, Perception Team"), 0);
        assert_eq!(title_level("Computer Vision Engineer"), 2);
    }

    #[test]
    fn company_clauses_and_wishes() {
        let names = vec!["VisionGuard".to_string()];
        assert!(about_company(
            "VisionGuard works with CCTV video streams",
            &names
        ));
        assert!(!about_company(
            "my closest project was built on the same data",
            &names
        ));
        assert!(states_no_fact("I would love to bring this to VG Edge Box"));
        assert!(states_no_fact("이 문제부터 풀어 보고 싶습니다"));
        assert!(!states_no_fact("I compressed a YOLOv8-s detector."));
    }

    #[test]
    fn leading_words_phones_and_spelled_out_degrees_are_no_names() {
        let found = kinds("At Sonance Labs, I shipped a wake-word model.");
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == ClaimKind::Employer && t == "Sonance Labs"),
            "{found:?}"
        );
        let found = kinds("Master of Science in Analytics, Georgia Institute of Technology");
        assert!(
            found.iter().all(|(k, _)| *k != ClaimKind::Employer),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(k, _)| *k == ClaimKind::Degree),
            "{found:?}"
        );
        assert!(kinds("Seattle, WA · (415) 555-0142")
            .iter()
            .all(|(k, _)| *k != ClaimKind::Number));
        let found = kinds("그 전에는 한국전자연구소에서 위촉연구원으로 일했습니다");
        assert!(
            found
                .iter()
                .any(|(k, t)| *k == ClaimKind::Employer && t == "한국전자연구소"),
            "{found:?}"
        );
    }
}
