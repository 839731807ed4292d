//! Korean: typing a quoted text (full sentence, note style, noun phrase), turning note style
//! and plain -다 into polite declarative 합니다체, quoting a gap as "~다는 점" or "~라는 문제",
//! and the frames that take each type in its one grammatical way.

use crate::korean::{attach, finals, join, split, vowels};

use super::{KoKind, KoPhrase};

/// Verbal nouns that end a note ("...4배 축소", "...서비스 담당"): the verb 하다 is implied.
const VERBAL_NOUNS: &[&str] = &[
    "담당",
    "실험",
    "점검",
    "개선",
    "단축",
    "구현",
    "설계",
    "개발",
    "적용",
    "수집",
    "공개",
    "변환",
    "달성",
    "배포",
    "구축",
    "운영",
    "분석",
    "제안",
    "수행",
    "참여",
    "진행",
    "작성",
    "향상",
    "감소",
    "증가",
    "상승",
    "하락",
    "설치",
    "패키징",
    "도입",
    "리딩",
    "라벨링",
    "파인튜닝",
    "학습",
    "검증",
    "연구",
    "재현",
    "발표",
    "게재",
    "수상",
    "기여",
    "주도",
    "관리",
    "유지보수",
    "축소",
    "절감",
    "확보",
    "구성",
    "제작",
    "튜닝",
    "정리",
    "출시",
    "전환",
    "통합",
    "이전",
    "처리",
    "해결",
    "완료",
    "입상",
    "선정",
    "기획",
    "측정",
    "평가",
    "실험",
    "비교",
    "공동",
    "협업",
    "지원",
    "서빙",
    "모니터링",
    "자동",
    "증류",
    "양자화",
    "프루닝",
    "추출",
    "예측",
    "탐지",
    "분류",
    "생성",
    "요약",
    "번역",
    "통일",
    "개편",
    "확장",
    "교체",
    "이관",
    "마이그레이션",
    "검수",
    "수정",
    "추가",
    "제거",
    "병합",
    "리팩터링",
];

/// Nouns that take 하다 as an adjective (부족하다): quoted in the present, not the past.
const DESCRIPTIVE: &[&str] = &[
    "부족",
    "심",
    "열악",
    "미약",
    "부실",
    "모호",
    "불명확",
    "필요",
    "가능",
    "불가능",
    "중요",
    "미흡",
    "불편",
    "부정확",
    "정확",
    "충분",
    "불충분",
    "취약",
    "복잡",
    "어려움",
    "용이",
    "느슨",
    "불안정",
    "안정",
    "유사",
    "동일",
];

/// Adjectives in note style and their plain and polite forms.
const ADJECTIVE_NOTES: &[(&str, &str, &str)] = &[
    ("어려움", "어렵다", "어렵습니다"),
    ("무거움", "무겁다", "무겁습니다"),
    ("가벼움", "가볍다", "가볍습니다"),
    ("쉬움", "쉽다", "쉽습니다"),
    ("번거로움", "번거롭다", "번거롭습니다"),
    ("까다로움", "까다롭다", "까다롭습니다"),
    ("느림", "느리다", "느립니다"),
    ("빠름", "빠르다", "빠릅니다"),
    ("다름", "다르다", "다릅니다"),
    ("높음", "높다", "높습니다"),
    ("낮음", "낮다", "낮습니다"),
    ("많음", "많다", "많습니다"),
    ("적음", "적다", "적습니다"),
    ("좋음", "좋다", "좋습니다"),
    ("작음", "작다", "작습니다"),
    ("같음", "같다", "같습니다"),
    ("없음", "없다", "없습니다"),
    ("있음", "있다", "있습니다"),
    ("큼", "크다", "큽니다"),
];

/// Note-style words in -임 that are verbs (줄이다), not the copula (이다).
const IM_VERBS: &[&str] = &["줄임", "높임", "늘임", "붙임", "보임", "먹임", "기울임"];

/// The last word of `text`.
fn last_word(text: &str) -> &str {
    text.split_whitespace().next_back().unwrap_or("")
}

fn last_syllable(text: &str) -> Option<char> {
    text.chars().next_back()
}

/// Whether the last word ends in a verbal noun (담당, 개선, 경량화).
fn ends_in_verbal_noun(text: &str) -> bool {
    let word = last_word(text);
    VERBAL_NOUNS
        .iter()
        .chain(DESCRIPTIVE)
        .any(|v| word.ends_with(v))
        || (word.ends_with('화') && word.chars().count() >= 3)
}

/// Whether the last syllable is a note-style nominal ending (-함, -음, -됨, -임, or -ㅁ on a
/// verb stem such as 바꿈, 만듦, 낮춤).
fn ends_in_nominal(text: &str) -> bool {
    let Some(last) = last_syllable(text) else {
        return false;
    };
    if matches!(
        last,
        '함' | '음'
            | '됨'
            | '임'
            | '짐'
            | '킴'
            | '듦'
            | '춤'
            | '꿈'
            | '냄'
            | '움'
            | '림'
            | '뀜'
            | '봄'
            | '줌'
            | '룸'
    ) {
        return true;
    }
    ADJECTIVE_NOTES
        .iter()
        .any(|(n, _, _)| last_word(text).ends_with(n))
}

/// "외부 검증 AUROC 0.91 → 0.95" as a clause: "외부 검증 AUROC가 0.91에서 0.95로
/// 높아졌습니다" (the direction the numbers moved, nothing more).
fn arrow_clause(text: &str) -> Option<String> {
    let (head, after) = text.split_once(" → ").or_else(|| text.split_once(" -> "))?;
    let (subject, before) = head.rsplit_once(' ')?;
    let number = |s: &str| {
        s.trim_end_matches(|c: char| !c.is_ascii_digit())
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .replace(',', "")
            .parse::<f64>()
            .ok()
    };
    let (a, b) = (number(before)?, number(after)?);
    if after.contains(' ') || subject.is_empty() || a == b {
        return None;
    }
    let moved = if b > a {
        "높아졌습니다"
    } else {
        "낮아졌습니다"
    };
    Some(format!(
        "{} {before}에서 {} {moved}",
        attach(subject, "이/가"),
        attach(after, "으로/로")
    ))
}

/// "사람 평가 선호도 71%" -> "사람 평가 선호도는 71%였습니다": after an action, a measure the
/// work reached, as a fact about it.
fn measure_clause(text: &str) -> Option<String> {
    if !ends_in_measure(text) {
        return None;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let last = words.len().checked_sub(1)?;
    // The amount: "71%", or a number and its unit ("30 FPS").
    let amount_at = if is_quantity(words[last]) {
        last
    } else {
        last.checked_sub(1)?
    };
    let noun_at = amount_at.checked_sub(1)?;
    let noun = words[noun_at];
    // A Hangul noun (선호도), or a metric's Latin name (AUROC, mAP@0.5).
    if !bare_hangul_noun(noun) && !latin_name(noun) {
        return None;
    }
    let amount = words[amount_at..].join(" ");
    let mut out: Vec<String> = words[..noun_at].iter().map(|w| w.to_string()).collect();
    out.push(attach(noun, "은/는"));
    out.push(attach(&amount, "이었습니다/였습니다"));
    Some(out.join(" "))
}

/// Whether a clause before a comma is an action ("추천 개선"). "모델(SlowFast 경량화)": a verbal
/// noun inside parentheses ends no action; the action's own last word is plain Hangul.
fn is_action(clause: &str) -> bool {
    ends_in_verbal_noun(clause)
        && !descriptive_before(clause)
        && last_word(clause).chars().all(crate::korean::is_syllable)
}

/// Whether `text` is a note itself (so a list of notes joins into one sentence).
fn ends_in_nominal_or_verbal(text: &str) -> bool {
    ends_in_nominal(text) || ends_in_verbal_noun(text)
}

/// Joins names for prose: "A, B와 C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {last}", attach(&init.join(", "), "과/와")),
    }
}

/// The kind of a Korean text (trimmed, without its final full stop).
pub fn kind_of(text: &str) -> KoKind {
    if arrow_clause(text).is_some()
        || text.split_once(", ").is_some_and(|(first, rest)| {
            arrow_clause(rest).is_some() || is_action(first) && measure_clause(rest).is_some()
        })
    {
        return KoKind::Note;
    }
    let text = text.trim_end_matches(|c: char| c == ')' || c.is_whitespace());
    if text.ends_with('다') || text.ends_with("니다") || text.ends_with('요') {
        KoKind::Sentence
    } else if ends_in_nominal(text) || ends_in_verbal_noun(text) {
        KoKind::Note
    } else {
        KoKind::Noun
    }
}

/// `text` without its last character.
fn drop_last(text: &str) -> &str {
    let end = text.char_indices().next_back().map(|(i, _)| i).unwrap_or(0);
    &text[..end]
}

/// The stem's last syllable with the past-tense ㅆ contracted into it (보 -> 봤, 줄이 -> 줄였,
/// 바꾸 -> 바꿨, 되 -> 됐); for a stem with a final consonant, 았/었 after it (얻 -> 얻었).
fn past_of(stem: &str) -> String {
    let Some(last) = last_syllable(stem) else {
        return stem.to_string();
    };
    let head = drop_last(stem);
    let Some((initial, vowel, fin)) = split(last) else {
        return format!("{stem}었");
    };
    if fin != finals::NONE {
        let bright = matches!(vowel, vowels::A | vowels::O);
        return format!("{stem}{}", if bright { "았" } else { "었" });
    }
    if last == '하' {
        return format!("{head}했");
    }
    let contracted = match vowel {
        vowels::A | vowels::EO | vowels::AE | vowels::E | vowels::YEO => Some(vowel),
        vowels::O => Some(vowels::WA),
        vowels::U => Some(vowels::WO),
        vowels::I => Some(vowels::YEO),
        vowels::EU => Some(vowels::EO),
        vowels::OE => Some(10),
        _ => None,
    };
    match contracted.and_then(|v| join(initial, v, finals::SSANG_SIOS)) {
        Some(syllable) => format!("{head}{syllable}"),
        None => format!("{stem}었"),
    }
}

/// The verb stem of a note-style word ending in -ㅁ (바꿈 -> 바꾸, 만듦 -> 만들).
fn stem_of_nominal(text: &str) -> Option<String> {
    let last = last_syllable(text)?;
    let (initial, vowel, fin) = split(last)?;
    let bare = match fin {
        finals::MIEUM => join(initial, vowel, finals::NONE)?,
        finals::RIEUL_MIEUM => join(initial, vowel, finals::RIEUL)?,
        _ => return None,
    };
    Some(format!("{}{bare}", drop_last(text)))
}

/// Whether the word before 하다 in `text` is descriptive (부족하다, not 개선하다).
fn descriptive_before(text: &str) -> bool {
    let word = last_word(text);
    DESCRIPTIVE.iter().any(|d| word.ends_with(d))
}

/// A plain -다 sentence in 합니다체 (했다 -> 했습니다, 한다 -> 합니다, 이다 -> 입니다).
fn polite_sentence(text: &str) -> String {
    if text.ends_with("니다") || text.ends_with('요') || !text.ends_with('다') {
        return text.to_string();
    }
    let body = drop_last(text);
    if let Some(stem) = body.strip_suffix('는') {
        return format!("{stem}습니다");
    }
    let Some(last) = last_syllable(body) else {
        return text.to_string();
    };
    let head = drop_last(body);
    match split(last) {
        Some((i, v, finals::NONE)) => join(i, v, finals::BIEUP)
            .map(|s| format!("{head}{s}니다"))
            .unwrap_or_else(|| text.to_string()),
        Some((i, v, finals::NIEUN | finals::RIEUL)) => join(i, v, finals::BIEUP)
            .map(|s| format!("{head}{s}니다"))
            .unwrap_or_else(|| text.to_string()),
        Some(_) => format!("{body}습니다"),
        None => text.to_string(),
    }
}

/// A 합니다체 sentence ending in the plain form (했습니다 -> 했다, 합니다 -> 한다).
fn plain_sentence(text: &str) -> String {
    if let Some(body) = text.strip_suffix("습니다") {
        if body.ends_with('않') {
            return format!("{body}는다");
        }
        return format!("{body}다");
    }
    if let Some(body) = text.strip_suffix("니다") {
        let Some(last) = last_syllable(body) else {
            return text.to_string();
        };
        let head = drop_last(body);
        if let Some((i, v, finals::BIEUP)) = split(last) {
            let copula_or_adjective = last == '입' || descriptive_before(head);
            let fin = if copula_or_adjective {
                finals::NONE
            } else {
                finals::NIEUN
            };
            if let Some(s) = join(i, v, fin) {
                return format!("{head}{s}다");
            }
        }
        return text.to_string();
    }
    text.to_string()
}

/// A note in the plain present or past, ending in -다: the form "~다는 점" quotes.
fn plain_note(text: &str) -> String {
    if let Some((note, plain, _)) = ADJECTIVE_NOTES
        .iter()
        .find(|(n, _, _)| last_word(text).ends_with(n))
    {
        if let Some(head) = text.strip_suffix(note) {
            return format!("{head}{plain}");
        }
    }
    if let Some(head) = text.strip_suffix("않음") {
        let adjective =
            head.ends_with("하지 ") && descriptive_before(head.trim_end().trim_end_matches("하지"));
        return format!("{head}{}", if adjective { "않다" } else { "않는다" });
    }
    if let Some(head) = text.strip_suffix('함') {
        return format!(
            "{head}{}",
            if descriptive_before(head) {
                "하다"
            } else {
                "한다"
            }
        );
    }
    if let Some(head) = text.strip_suffix('됨') {
        return format!("{head}된다");
    }
    if text.ends_with('임') && !IM_VERBS.iter().any(|v| last_word(text).ends_with(v)) {
        return format!("{}이다", drop_last(text));
    }
    if let Some(head) = text.strip_suffix('음') {
        // 했음, 얻음: the stem already ends in a consonant.
        let past = last_syllable(head)
            .and_then(split)
            .is_some_and(|(_, _, f)| f == finals::SSANG_SIOS);
        return format!("{head}{}", if past { "다" } else { "는다" });
    }
    // 실험 and 점검 end in ㅁ but are verbal nouns, not 실허- + -ㅁ.
    if let Some(stem) = stem_of_nominal(text).filter(|_| !ends_in_verbal_noun(text)) {
        // 바꾸 -> 바꾼다, 만들 -> 만든다: ㄴ joins a vowel stem, ㄹ gives way to it.
        if let Some(last) = last_syllable(&stem) {
            if let Some((i, v, f)) = split(last) {
                if f == finals::NONE || f == finals::RIEUL {
                    if let Some(s) = join(i, v, finals::NIEUN) {
                        return format!("{}{s}다", drop_last(&stem));
                    }
                }
            }
        }
        return format!("{stem}는다");
    }
    if ends_in_verbal_noun(text) {
        return format!(
            "{text}{}",
            if descriptive_before(text) {
                "하다"
            } else {
                "한다"
            }
        );
    }
    format!("{text}이다")
}

/// Endings of a word that already carries its role (a particle or an adverbial ending):
/// 모델을, 센터에, 자동으로, 대상으로, 함께, 빠르게, 완전히.
const ROLE_ENDINGS: &[char] = &[
    '을', '를', '에', '로', '서', '와', '과', '의', '도', '만', '고', '며', '게', '히', '께', '해',
    '여', '든', '나', '이', '가', '은', '는',
];

/// Nouns whose last syllable is also a particle: 정확도 is accuracy, not 정확 + 도.
const NOUNS_LIKE_PARTICLES: &[&str] = &[
    "정확도",
    "정밀도",
    "속도",
    "밀도",
    "온도",
    "강도",
    "해상도",
    "만족도",
    "선호도",
    "신뢰도",
    "유사도",
    "복잡도",
    "민감도",
    "특이도",
    "빈도",
    "완성도",
    "충실도",
    "성과",
    "효과",
    "결과",
    "평가",
    "단가",
    "원가",
    "재고",
];

/// A Hangul word of two or more syllables with no particle after it: a noun that can take
/// one (시간, 선호도).
fn bare_hangul_noun(word: &str) -> bool {
    word.chars().all(crate::korean::is_syllable)
        && word.chars().count() >= 2
        && !ends_in_particle(word)
}

/// A Latin name a metric or a model goes by (AUROC, mAP@0.5, KoBART): letters, digits and
/// `@.-_`, with at least one letter.
fn latin_name(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic())
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "@.-_".contains(c))
}

/// Whether a word ends in a particle (or an ending) already, so takes no other.
fn ends_in_particle(word: &str) -> bool {
    word.ends_with(ROLE_ENDINGS) && !NOUNS_LIKE_PARTICLES.iter().any(|n| word.ends_with(n))
}

/// Adverbs and words that are never the object of the verb after them.
const NOT_OBJECTS: &[&str] = &[
    "직접",
    "함께",
    "새로",
    "주로",
    "처음",
    "다시",
    "모두",
    "각각",
    "전면",
    "추가",
    "신규",
    "최초",
    "단독",
    "공동",
    "자체",
    "사내",
    "실시간",
    "전사",
    "현장",
];

/// A word that starts with a number: a count (37개, 1년간) or a ratio (4배, 23%).
fn is_quantity(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// A ratio (4배, 23%, 2.1%p, 3x): how much the verb changed its object.
fn is_ratio(word: &str) -> bool {
    ["배", "%", "%p", "x", "X"]
        .iter()
        .any(|unit| word.ends_with(unit))
}

/// A note ending in a bare verbal noun with its object particle written out, as written
/// Korean has it: "리포트 자동화" -> "리포트를 자동화", "모델 크기 4배 축소" -> "모델 크기를 4배
/// 축소". Only a Hangul noun takes the particle; a Latin tool name before the verb is usually
/// an instrument ("Docker 배포"), and nothing is guessed for it.
fn with_object(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let Some((verb, before)) = words.split_last() else {
        return text.to_string();
    };
    let bare_verb =
        VERBAL_NOUNS.contains(verb) || (verb.ends_with('화') && verb.chars().count() >= 3);
    if !bare_verb {
        return text.to_string();
    }
    if let Some(out) = with_changed_subject(&words, verb) {
        return out;
    }
    // "Jetson Orin에서 30 FPS 달성": the measure reached is the object (30 FPS를 달성).
    if *verb == "달성" && ends_in_measure(&before.join(" ")) {
        if let Some((last, init)) = before.split_last() {
            let mut out: Vec<String> = init.iter().map(|w| w.to_string()).collect();
            out.push(attach(last, "을/를"));
            out.push(verb.to_string());
            return out.join(" ");
        }
    }
    if let Some(count) = counted_object(before).filter(|_| !INTRANSITIVE.contains(verb)) {
        let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        out[count] = attach(before[count], "을/를");
        return out.join(" ");
    }
    let mut object = before.len();
    let mut ratio = false;
    if object > 0 && is_quantity(before[object - 1]) {
        // "모델 크기 4배 축소": a ratio sits between the object and its verb. A count
        // ("41건 실험", "38,000개로 변환") is the object itself, or has its own particle.
        if !is_ratio(before[object - 1]) {
            return text.to_string();
        }
        object -= 1;
        ratio = true;
    }
    let Some(noun) = object.checked_sub(1).map(|i| before[i]) else {
        return text.to_string();
    };
    // Before a ratio, a Latin word is the metric that changed ("AP 2.1%p 향상"), not a
    // tool the verb used ("Docker 배포").
    let metric = ratio && latin_name(noun);
    // A model's name before training verbs is what was trained ("KoBART 파인튜닝").
    let model = !ratio && MODEL_VERBS.contains(verb) && latin_name(noun);
    // "모델(KoELECTRA) 고도화": the particle follows the noun before its parenthetical.
    let noun = match noun.strip_suffix(')').and_then(|n| n.split_once('(')) {
        Some((core, _)) if !core.is_empty() => core,
        _ => noun,
    };
    let takes_object = metric || model || bare_hangul_noun(noun) && !NOT_OBJECTS.contains(&noun);
    if !takes_object {
        return text.to_string();
    }
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    // 상승, 감소: what changed is the subject ("클릭률이 18% 상승"), not an object.
    let particle = if INTRANSITIVE.contains(verb) {
        "이/가"
    } else {
        "을/를"
    };
    out[object - 1] = attach(before[object - 1], particle);
    out.join(" ")
}

/// Where the object ends when it is a noun and its count ("데이터셋 1만 장 구축", "라벨
/// 3,000건 검수"): at the count, which then takes the particle (1만 장을). A count after
/// anything but a bare noun ("1년간 41건 실험") says how often, and is left alone.
fn counted_object(before: &[&str]) -> Option<usize> {
    let bare_noun = |w: &str| bare_hangul_noun(w) && !NOT_OBJECTS.contains(&w);
    let counter = |w: &str| {
        (1..=2).contains(&w.chars().count())
            && w.chars().all(crate::korean::is_syllable)
            && !ends_in_particle(w)
    };
    let count = |w: &str| is_quantity(w) && !is_ratio(w);
    match before {
        [.., noun, amount, unit] if bare_noun(noun) && count(amount) && counter(unit) => {
            Some(before.len() - 1)
        }
        [.., noun, amount]
            if bare_noun(noun)
                && count(amount)
                && amount
                    .chars()
                    .last()
                    .is_some_and(crate::korean::is_syllable)
                && !ends_in_particle(amount) =>
        {
            Some(before.len() - 1)
        }
        _ => None,
    }
}

/// "응답 시간 120ms에서 35ms로 단축", "Dice 0.78에서 0.84로 향상": what changed, from one
/// amount to another, takes its particle (시간을, Dice가), a Latin metric name too.
fn with_changed_subject(words: &[&str], verb: &str) -> Option<String> {
    let n = words.len();
    // The amounts: "120ms에서" or "120 ms에서", then "35ms로" or "35 ms로".
    let to_start = |end: usize| -> Option<usize> {
        let last = words.get(end.checked_sub(1)?)?;
        if is_quantity(last) {
            return Some(end - 1);
        }
        let before = words.get(end.checked_sub(2)?)?;
        (is_quantity(before) && last.starts_with(|c: char| c.is_ascii_alphabetic()))
            .then(|| end - 2)
    };
    let verb_at = n.checked_sub(1)?;
    let to = to_start(verb_at)?;
    if !(words[verb_at - 1].ends_with('로')) {
        return None;
    }
    let from = to_start(to)?;
    if !words[to - 1].ends_with("에서") {
        return None;
    }
    let noun_at = from.checked_sub(1)?;
    let noun = words[noun_at];
    let bare = !ends_in_particle(noun)
        && !is_quantity(noun)
        && !NOT_OBJECTS.contains(&noun)
        && noun.chars().count() >= 2;
    if !bare {
        return None;
    }
    let particle = if INTRANSITIVE.contains(&verb) {
        "이/가"
    } else {
        "을/를"
    };
    let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    out[noun_at] = attach(noun, particle);
    Some(out.join(" "))
}

/// "클릭률 18% 상승" -> "클릭률을 18% 높였습니다", "오탐률 23% 감소" -> "오탐률을 23%
/// 줄였습니다": a rise or a fall by a ratio, as something the candidate did.
fn changed_by(note: &str) -> Option<String> {
    let words: Vec<&str> = note.split(' ').collect();
    let [.., noun, ratio, verb] = words.as_slice() else {
        return None;
    };
    let done = match *verb {
        "상승" | "증가" | "향상" => "높였습니다",
        "감소" | "하락" => "줄였습니다",
        _ => return None,
    };
    let bare = !ends_in_particle(noun) && !is_quantity(noun) && noun.chars().count() >= 2;
    if !is_quantity(ratio) || !is_ratio(ratio) || !bare {
        return None;
    }
    let head = &words[..words.len() - 3];
    let mut out: Vec<String> = head.iter().map(|w| w.to_string()).collect();
    out.push(attach(noun, "을/를"));
    out.push(ratio.to_string());
    out.push(done.to_string());
    Some(out.join(" "))
}

/// "야간 영상 mAP@0.5 0.58에서 0.74로 향상" -> "야간 영상 mAP@0.5를 0.58에서 0.74로
/// 높였습니다": a change from one amount to another, as something the candidate did.
fn changed_from_to(note: &str) -> Option<String> {
    let words: Vec<&str> = note.split(' ').collect();
    let verb = *words.last()?;
    let done = match verb {
        "상승" | "증가" | "향상" => "높였습니다",
        "감소" | "하락" => "줄였습니다",
        "개선" => "개선했습니다",
        "단축" => "단축했습니다",
        _ => return None,
    };
    // The object particle, as a transitive verb (개선) takes it.
    let phrased = with_changed_subject(&words, "개선")?;
    let head = phrased.strip_suffix(verb)?.trim_end();
    Some(format!("{head} {done}"))
}

/// Verbs done to a model: a Latin name before them is the model, their object.
const MODEL_VERBS: &[&str] = &["파인튜닝", "재현", "증류", "양자화", "프루닝", "경량화"];

/// Verbal nouns that take no object: what changed is their subject.
const INTRANSITIVE: &[&str] = &["향상", "감소", "증가", "상승", "하락"];

/// Whether `text` ends in a measured amount: "30 FPS", "95%", "120ms", "0.91".
pub fn ends_in_measure(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [.., before, last] if is_quantity(before) && !is_quantity(last) => {
            last.chars().all(|c| c.is_ascii_alphabetic() || c == '/')
        }
        [.., last] => {
            is_quantity(last) && !last.chars().last().is_some_and(crate::korean::is_syllable)
        }
        [] => false,
    }
}

/// A note in 합니다체: actions in the past (개선함 -> 개선했습니다), states in the present
/// (없음 -> 없습니다, 부족함 -> 부족합니다).
fn polite_note(text: &str) -> String {
    // "추천 개선, 클릭률 18% 상승": each action before the last is joined with -하고.
    if let Some((first, rest)) = text.split_once(", ") {
        let action = is_action(first);
        if action && ends_in_nominal_or_verbal(rest) {
            // "추천 개선, 클릭률 18% 상승": the action led to the change, which is what the
            // candidate did with it (개선해 클릭률을 18% 높였습니다).
            if let Some(result) = changed_by(rest).or_else(|| changed_from_to(rest)) {
                return format!("{}해 {result}", with_object(first));
            }
            return format!("{}하고, {}", with_object(first), polite_note(rest));
        }
        if action {
            if let Some(result) = arrow_clause(rest).or_else(|| measure_clause(rest)) {
                return format!("{}했고, {result}", with_object(first));
            }
        }
        // "Jetson Orin에서 30 FPS, 모델 크기 4배 축소": a measure before the comma is a result
        // of its own, reached: "30 FPS를 달성하고, 모델 크기를 4배 축소했습니다".
        if ends_in_measure(first) && ends_in_nominal_or_verbal(rest) {
            return format!("{} 달성하고, {}", attach(first, "을/를"), polite_note(rest));
        }
    }
    if let Some(result) = arrow_clause(text) {
        return result;
    }
    if let Some((note, _, polite)) = ADJECTIVE_NOTES
        .iter()
        .find(|(n, _, _)| last_word(text).ends_with(n))
    {
        if let Some(head) = text.strip_suffix(note) {
            return format!("{head}{polite}");
        }
    }
    if let Some(head) = text.strip_suffix("않음") {
        return format!("{head}않습니다");
    }
    if let Some(head) = text.strip_suffix('함') {
        return if descriptive_before(head) {
            format!("{head}합니다")
        } else {
            format!("{}했습니다", with_object(head))
        };
    }
    if let Some(head) = text.strip_suffix('됨') {
        return format!("{head}되었습니다");
    }
    if text.ends_with('임') && !IM_VERBS.iter().any(|v| last_word(text).ends_with(v)) {
        return format!("{}입니다", drop_last(text));
    }
    if let Some(head) = text.strip_suffix('음') {
        let past = last_syllable(head)
            .and_then(split)
            .is_some_and(|(_, _, f)| f == finals::SSANG_SIOS);
        if past {
            return format!("{head}습니다");
        }
        return format!("{}습니다", past_of(head));
    }
    // 실험 and 점검 end in ㅁ but are verbal nouns, not 실허- + -ㅁ.
    if let Some(stem) = stem_of_nominal(text).filter(|_| !ends_in_verbal_noun(text)) {
        return format!("{}습니다", past_of(&stem));
    }
    if ends_in_verbal_noun(text) {
        if descriptive_before(text) {
            return format!("{text}합니다");
        }
        let phrased = with_object(text);
        // "Dice가 ... 향상": a subject that improved was improved (향상되었습니다).
        let passive = last_word(text) == "향상" && phrased != text;
        return format!(
            "{phrased}{}",
            if passive {
                "되었습니다"
            } else {
                "했습니다"
            }
        );
    }
    format!("{text}입니다")
}

/// The phrase as the body of a 합니다체 sentence (no final full stop): a sentence made
/// polite, a note conjugated, a noun phrase with the copula.
pub fn polite(p: &KoPhrase) -> String {
    match p.kind {
        KoKind::Sentence => polite_sentence(&p.text),
        KoKind::Note => polite_note(&p.text),
        KoKind::Noun => format!("{}입니다", p.text),
    }
}

/// The phrase quoted as a point: "~다는 점" for a sentence or note, "~라는 문제" for a noun
/// phrase.
pub fn point(p: &KoPhrase) -> String {
    let plain = match p.kind {
        KoKind::Sentence => plain_sentence(&p.text),
        KoKind::Note => plain_note(&p.text),
        KoKind::Noun => return format!("{} 문제", attach(&p.text, "이라는/라는")),
    };
    // The copula and 아니다 quote with 라는 (수작업이라는 점), every other verb with 다는.
    match plain.strip_suffix('다') {
        Some(head) if head.ends_with('이') || head.ends_with("아니") => format!("{head}라는 점"),
        Some(head) => format!("{head}다는 점"),
        None => format!("{plain}는 점"),
    }
}

/// A sentence that says what the work itself is ("X는 의료 영상 AI 스타트업입니다"): it needs the
/// work's name as its subject.
fn describes_itself(p: &KoPhrase) -> bool {
    p.kind == KoKind::Sentence && polite(p).ends_with("입니다")
}

/// The sentence that goes on, in a new paragraph, with the employer the last paragraph
/// ended on: "같은 곳에서는 ...했습니다." or "같은 곳에서 거둔 성과로는 ...가 있습니다.";
/// `None` for a description of the place itself ("X는 ...입니다"), which needs its name.
pub fn introduce_same_place(p: &KoPhrase) -> Option<String> {
    match p.kind {
        KoKind::Sentence if describes_itself(p) => None,
        KoKind::Sentence | KoKind::Note => Some(format!("같은 곳에서는 {}.", polite(p))),
        KoKind::Noun if is_star_count(&p.text) => None,
        KoKind::Noun => Some(format!(
            "같은 곳에서 거둔 성과로는 {} 있습니다.",
            attach(&p.text, "이/가")
        )),
    }
}

/// The sentence that introduces a piece of work (`name`, a project or, when `employer`, a
/// job) with its description: "X에서는 ...했습니다." or "X는 ...입니다."; a noun phrase
/// about a job is what was achieved there, never what the employer is: "X에서 거둔 성과로는
/// ...가 있습니다."
pub fn introduce(name: &str, employer: bool, p: &KoPhrase) -> String {
    match p.kind {
        KoKind::Sentence if describes_itself(p) => {
            format!("{} {}.", attach(name, "은/는"), polite(p))
        }
        KoKind::Sentence | KoKind::Note => format!("{name}에서는 {}.", polite(p)),
        KoKind::Noun if is_star_count(&p.text) => format!(
            "{} {} 받았습니다.",
            attach(name, "은/는"),
            attach(&p.text, "을/를")
        ),
        KoKind::Noun if employer => format!(
            "{name}에서 거둔 성과로는 {} 있습니다.",
            attach(&p.text, "이/가")
        ),
        KoKind::Noun => format!("{} {}입니다.", attach(name, "은/는"), p.text),
    }
}

/// "GitHub 스타 310개": stars a repository received, not what it is.
fn is_star_count(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    matches!(words.as_slice(), [.., "스타", count] if is_quantity(count) && count.ends_with('개'))
}

/// A further fact about the work just introduced.
pub fn detail(p: &KoPhrase) -> String {
    match p.kind {
        KoKind::Sentence | KoKind::Note => format!("{}.", polite(p)),
        KoKind::Noun if is_star_count(&p.text) => {
            format!("{} 받았습니다.", attach(&p.text, "을/를"))
        }
        KoKind::Noun => format!("성과로는 {} 있습니다.", attach(&p.text, "이/가")),
    }
}

/// A gap the company has stated: "X에서 AI로 더 잘할 수 있다고 보는 부분은 ~다는 점입니다.";
/// a second gap is "또 하나는 ~입니다."
pub fn gap(company: &str, p: &KoPhrase, another: bool) -> String {
    if another {
        return format!("또 하나는 {}입니다.", point(p));
    }
    format!(
        "{company}에서 AI로 더 잘할 수 있다고 보는 부분은 {}입니다.",
        point(p)
    )
}

/// An idea the company has not stated, as a question.
pub fn gap_question(company: &str, p: &KoPhrase) -> String {
    match p.kind {
        // An idea written as an action ("영상으로 낙상 모니터링"): doing it with AI.
        KoKind::Note if ends_in_verbal_noun(&p.text) && !descriptive_before(&p.text) => format!(
            "{company}에서도 {}하는 일에 AI를 써 볼 수 있지 않을까요?",
            with_object(&p.text)
        ),
        KoKind::Sentence | KoKind::Note => format!(
            "{company}에서도 {} AI로 풀어 볼 수 있지 않을까요?",
            attach(&point(p), "을/를")
        ),
        KoKind::Noun => format!(
            "{company}에서도 {}에 AI를 적용해 볼 수 있지 않을까요?",
            p.text
        ),
    }
}

/// An idea the company already works on (the posting's own work), as the place the
/// candidate helps first: "…검출은 제가 스마트로드에서 가장 먼저 힘을 보탤 수 있는
/// 일입니다."; without work of mine behind it (`backed`), what I would most like to do
/// there. Only a noun phrase, or one ending in a verbal noun (감지), takes this frame.
pub fn gap_owned(company: &str, p: &KoPhrase, backed: bool) -> Option<String> {
    let noun = p.kind == KoKind::Noun || p.kind == KoKind::Note && ends_in_verbal_noun(&p.text);
    let what = if backed {
        "가장 먼저 힘을 보탤 수 있는 일입니다"
    } else {
        "가장 해 보고 싶은 일입니다"
    };
    // "언어 모델로 리뷰 요약": an action done with something is no noun phrase; it is told
    // as doing it ("언어 모델로 리뷰를 요약하는 것").
    let words: Vec<&str> = p.text.split_whitespace().collect();
    let by_means = p.kind == KoKind::Note
        && words.len() >= 3
        && words[words.len() - 3].ends_with('로')
        && words[words.len() - 3]
            .chars()
            .all(crate::korean::is_syllable);
    let subject = if by_means {
        format!("{}하는 것", with_object(p.text.trim()))
    } else {
        p.text.trim().to_string()
    };
    noun.then(|| format!("{} 제가 {company}에서 {what}.", attach(&subject, "은/는")))
}

/// A measured quantity's name read from Korean prose, without the verb that led to it:
/// "도구를 만들어 클립당 라벨링 시간" -> "클립당 라벨링 시간" (the words up to a connective
/// ending of three syllables or more: 만들어, 증류해, 적용하여).
pub fn metric_name(name: &str) -> &str {
    let mut start = 0;
    let mut offset = 0;
    let words: Vec<&str> = name.split(' ').collect();
    for (i, word) in words.iter().enumerate() {
        offset += word.len() + 1;
        let syllables = word
            .chars()
            .filter(|c| crate::korean::is_syllable(*c))
            .count();
        let connective = syllables >= 3
            && word.chars().all(crate::korean::is_syllable)
            && word.ends_with(['해', '어', '아', '여']);
        if connective && i + 1 < words.len() {
            start = offset;
        }
    }
    &name[start.min(name.len())..]
}

/// Prizes a competition's title may end in.
const PRIZES: &[&str] = &[
    "최우수상",
    "우수상",
    "대상",
    "장려상",
    "금상",
    "은상",
    "동상",
    "특별상",
    "입선",
];

/// A competition's title split into the event and the prize written after it: "… 대회
/// 우수상" -> ("… 대회", Some("우수상")); a title without one is the event.
pub fn prize_of(title: &str) -> (&str, Option<&str>) {
    match title.trim().rsplit_once(' ') {
        Some((event, last)) if PRIZES.contains(&last) && !event.trim().is_empty() => {
            (event.trim(), Some(last))
        }
        _ => (title.trim(), None),
    }
}

/// A medal as Korean names it ("silver medal" -> "은메달").
pub fn medal(english: &str) -> &'static str {
    let lower = english.to_lowercase();
    if lower.starts_with("gold") {
        "금메달"
    } else if lower.starts_with("silver") {
        "은메달"
    } else {
        "동메달"
    }
}

/// What a place of work is, for the frames that say where something was done: an
/// employer is named plainly, a project as "개인 프로젝트 ‘…’" (or "팀 프로젝트 ‘…’" when the
/// profile says it was a team's), anything else (a competition) by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Employer,
    Project { team: bool },
    Other,
}

/// The word a project is introduced with.
fn project_word(team: bool) -> &'static str {
    if team {
        "팀 프로젝트"
    } else {
        "개인 프로젝트"
    }
}

/// A place as a sentence names it; a project named already in the document is not named
/// again (an empty `name`).
fn place(name: &str, kind: Where) -> String {
    match kind {
        Where::Project { team } if name.is_empty() => project_word(team).to_string(),
        Where::Project { team } => format!("{} ‘{name}’", project_word(team)),
        Where::Employer | Where::Other => name.to_string(),
    }
}

/// The places, employers first, then projects, then the rest, each kind listed once:
/// "스타일마켓", "개인 프로젝트 ‘A’, ‘B’".
fn places_by_kind(places: &[(String, Where)]) -> Vec<String> {
    [
        Where::Employer,
        Where::Project { team: false },
        Where::Project { team: true },
        Where::Other,
    ]
    .into_iter()
    .filter_map(|kind| {
        let names: Vec<String> = places
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(n, _)| match kind {
                Where::Project { .. } => format!("‘{n}’"),
                _ => n.clone(),
            })
            .collect();
        match (kind, names.is_empty()) {
            (_, true) => None,
            // The project the sentence before was about (an empty name).
            (Where::Project { .. }, false) if names == ["‘’"] => {
                Some("이 프로젝트".to_string())
            }
            (Where::Project { team }, false) => {
                Some(format!("{} {}", project_word(team), join_and(&names)))
            }
            (_, false) => Some(join_and(&names)),
        }
    })
    .collect()
}

/// Where the candidate learned the company's domain: the employer first, a side project
/// after it ("스타일마켓에서 이커머스 도메인을 직접 경험했고, 개인 프로젝트 ‘…’에서도 이
/// 도메인을 다뤘습니다."), never a project and an employer as one subject. A project with an
/// empty name is the one the sentence before was about: "이 프로젝트".
pub fn domain_fit(domain: &str, places: &[(String, Where)]) -> String {
    let groups = places_by_kind(places);
    match groups.split_first() {
        None => String::new(),
        Some((first, [])) => format!("{first}에서 {domain} 도메인을 직접 경험했습니다."),
        Some((first, rest)) => format!(
            "{first}에서 {domain} 도메인을 직접 경험했고, {}에서도 이 도메인을 다뤘습니다.",
            join_and(rest)
        ),
    }
}

/// One field followed from the first work on it to the last: "저는 추천 시스템이라는 한
/// 분야를 꾸준히 파고들었습니다." and how the ends connect, by their kind (a job's work goes
/// on at the next job; it widens into a side project). A project named just before comes
/// with an empty name and is not named again.
/// When `own`, the track is not the posting's field: it is named as mine, not as why I fit.
pub fn one_story(track: &str, from: &(String, Where), to: &(String, Where), own: bool) -> String {
    let field = one_field(track, own);
    let start = place(&from.0, from.1);
    let path = match (from.1, to.1) {
        // From one project to another of the same kind: "개인 프로젝트" is said once.
        (Where::Project { .. }, Where::Project { .. }) if from.1 == to.1 && !to.0.is_empty() => {
            format!(
                "{start}에서 시작한 이 일을 ‘{}’{}까지 넓혔습니다.",
                to.0,
                attach(&to.0, "으로/로").trim_start_matches(to.0.as_str())
            )
        }
        (_, Where::Project { .. }) => format!(
            "{start}에서 시작한 이 일을 {}까지 넓혔습니다.",
            attach(&place(&to.0, to.1), "으로/로")
        ),
        (_, Where::Employer | Where::Other) => {
            format!("{start}에서 시작한 일이 {}까지 이어졌습니다.", to.0)
        }
    };
    format!("{field} {path}")
}

/// The track sentence alone, for when its places were named just before: "저는 추천
/// 시스템이라는 한 분야를 꾸준히 파고들었습니다."; when `own`, "지금까지 제가 파고든 분야는
/// …입니다."
pub fn one_field(track: &str, own: bool) -> String {
    if own {
        format!("지금까지 제가 파고든 분야는 {track}입니다.")
    } else {
        format!(
            "저는 {} 한 분야를 꾸준히 파고들었습니다.",
            attach(track, "이라는/라는")
        )
    }
}

/// Whether a Korean sentence ends in note style (the writing check).
pub fn ends_in_note_style(sentence: &str) -> bool {
    let body = super::without_stop(sentence).trim_end_matches([')', '"']);
    kind_of(body) == KoKind::Note
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> KoPhrase {
        KoPhrase {
            text: text.into(),
            kind: kind_of(text),
        }
    }

    #[test]
    fn texts_are_typed() {
        let cases = [
            ("석사 학위 논문 프로젝트입니다", KoKind::Sentence),
            (
                "영상을 클라우드로 보내지 않고 동작하도록 설계했다",
                KoKind::Sentence,
            ),
            ("진단 기능이 없음", KoKind::Note),
            ("사용자에게 노출되지 않음", KoKind::Note),
            ("추천 API 응답 시간 단축", KoKind::Note),
            ("모델 크기 4배 축소", KoKind::Note),
            ("검색 서비스 담당", KoKind::Note),
            ("클립 1,240개를 수집·라벨링함", KoKind::Note),
            ("모델 경량화", KoKind::Note),
            ("데이터 파이프라인을 바꿈", KoKind::Note),
            ("Jetson Orin Nano 사람 탐지 모델", KoKind::Noun),
            ("CCTV 영상 기반 스켈레톤 낙상 감지 시스템", KoKind::Noun),
            ("추천 알고리즘", KoKind::Noun),
        ];
        for (text, kind) in cases {
            assert_eq!(kind_of(text), kind, "{text}");
        }
    }

    #[test]
    fn an_action_and_the_change_it_made_become_one_clause() {
        assert_eq!(
            polite(&p("CLIP 이미지 임베딩으로 신상품 콜드 스타트 추천 개선, 신상품 클릭률 18% 상승")),
            "CLIP 이미지 임베딩으로 신상품 콜드 스타트 추천을 개선해 신상품 클릭률을 18% 높였습니다"
        );
        assert_eq!(
            polite(&p("현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인 구축, 오탐률 23% 감소")),
            "현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인을 구축해 오탐률을 23% 줄였습니다"
        );
        assert_eq!(
            polite(&p("YOLOv8 기반 차량·보행자 검출 모델 개발, 야간 영상 mAP@0.5 0.58에서 0.74로 향상")),
            "YOLOv8 기반 차량·보행자 검출 모델을 개발해 야간 영상 mAP@0.5를 0.58에서 0.74로 높였습니다"
        );
        assert_eq!(
            polite(&p(
                "상담 의도 분류 모델(KoELECTRA) 고도화, 매크로 F1 0.78에서 0.86으로 개선"
            )),
            "상담 의도 분류 모델(KoELECTRA)을 고도화해 매크로 F1을 0.78에서 0.86으로 개선했습니다"
        );
        // No ratio: the change stays a clause of its own.
        assert_eq!(changed_by("구매 전환율 개선"), None);
    }

    #[test]
    fn a_measure_before_a_comma_becomes_a_clause_of_its_own() {
        assert_eq!(
            polite(&p("TensorRT INT8 변환으로 Jetson Orin에서 30 FPS, 모델 크기 4배 축소")),
            "TensorRT INT8 변환으로 Jetson Orin에서 30 FPS를 달성하고, 모델 크기를 4배 축소했습니다"
        );
        // Written with its verb, the measure takes the particle too.
        assert_eq!(
            polite(&p(
                "YOLOv8 모델을 INT8 양자화해 Jetson Orin에서 30 FPS 달성, 모델 크기 4배 축소"
            )),
            "YOLOv8 모델을 INT8 양자화해 Jetson Orin에서 30 FPS를 달성하고, 모델 크기를 4배 축소했습니다"
        );
        assert_eq!(
            polite(&p("검증 mAP 0.74 달성")),
            "검증 mAP 0.74를 달성했습니다"
        );
        assert!(ends_in_measure("Jetson Orin에서 30 FPS"));
        assert!(ends_in_measure("정확도 95%"));
        assert!(!ends_in_measure("Airflow와 BigQuery"));
        assert!(!ends_in_measure("교차로 37개"));
    }

    #[test]
    fn notes_and_plain_sentences_become_hamnida() {
        let cases = [
            (
                "클립 1,240개를 수집·라벨링함",
                "클립 1,240개를 수집·라벨링했습니다",
            ),
            ("모델 크기 4배 축소", "모델 크기를 4배 축소했습니다"),
            (
                "검색 API 응답 시간 120ms에서 35ms로 단축",
                "검색 API 응답 시간을 120ms에서 35ms로 단축했습니다",
            ),
            (
                "크로스 인코더 리랭커를 작은 모델로 증류해 p95 지연 시간 820 ms에서 140 ms로 단축",
                "크로스 인코더 리랭커를 작은 모델로 증류해 p95 지연 시간을 820 ms에서 140 ms로 단축했습니다",
            ),
            (
                "공개 데이터셋 VisDrone에서 AP 2.1%p 향상",
                "공개 데이터셋 VisDrone에서 AP가 2.1%p 향상되었습니다",
            ),
            (
                "CT 폐 분할 모델 Dice 0.78에서 0.84로 향상",
                "CT 폐 분할 모델 Dice가 0.78에서 0.84로 향상되었습니다",
            ),
            ("오탐 리포트 자동화", "오탐 리포트를 자동화했습니다"),
            (
                "야간 차량 검출용 데이터 증강과 YOLOv8 파인튜닝 코드 공개",
                "야간 차량 검출용 데이터 증강과 YOLOv8 파인튜닝 코드를 공개했습니다",
            ),
            (
                "안전 모니터링 시스템 개발함",
                "안전 모니터링 시스템을 개발했습니다",
            ),
            ("모델을 경량화", "모델을 경량화했습니다"),
            ("현장에 직접 배포", "현장에 직접 배포했습니다"),
            (
                "Jetson Orin에 TensorRT 배포",
                "Jetson Orin에 TensorRT 배포했습니다",
            ),
            ("37개 교차로 배포", "37개 교차로 배포했습니다"),
            (
                "주간 A/B 테스트 체계를 만들어 1년간 41건 실험",
                "주간 A/B 테스트 체계를 만들어 1년간 41건 실험했습니다",
            ),
            ("오탐률 23% 감소", "오탐률이 23% 감소했습니다"),
            (
                "영상 420시간을 보행자 트랙 38,000개로 변환",
                "영상 420시간을 보행자 트랙 38,000개로 변환했습니다",
            ),
            ("진단 기능이 없음", "진단 기능이 없습니다"),
            ("사용자에게 노출되지 않음", "사용자에게 노출되지 않습니다"),
            ("툴킷 지원이 부족함", "툴킷 지원이 부족합니다"),
            ("서비스에 적용됨", "서비스에 적용되었습니다"),
            ("팀 리더임", "팀 리더입니다"),
            ("지연 시간을 4배 줄임", "지연 시간을 4배 줄였습니다"),
            ("데이터 파이프라인을 바꿈", "데이터 파이프라인을 바꿨습니다"),
            ("C++ 추론 엔진을 만듦", "C++ 추론 엔진을 만들었습니다"),
            ("지연 시간을 낮춤", "지연 시간을 낮췄습니다"),
            ("논문을 발표했음", "논문을 발표했습니다"),
            ("베이스라인을 얻음", "베이스라인을 얻었습니다"),
            ("추론 속도가 느림", "추론 속도가 느립니다"),
            (
                "카메라 프레임 속도로 동작하게 만들었다",
                "카메라 프레임 속도로 동작하게 만들었습니다",
            ),
            (
                "석사 학위 논문 프로젝트이다",
                "석사 학위 논문 프로젝트입니다",
            ),
            (
                "매일 리포트를 자동으로 만든다",
                "매일 리포트를 자동으로 만듭니다",
            ),
            ("모델을 서비스한다", "모델을 서비스합니다"),
            ("로그를 읽는다", "로그를 읽습니다"),
            ("결과가 좋다", "결과가 좋습니다"),
            ("데이터가 없다", "데이터가 없습니다"),
            ("이미 공개했습니다", "이미 공개했습니다"),
            (
                "YOLOv8 파인튜닝 코드 공개",
                "YOLOv8 파인튜닝 코드를 공개했습니다",
            ),
            (
                "흉부 X-ray 폐결절 검출 모델 개발, 외부 검증 AUROC 0.91 → 0.95",
                "흉부 X-ray 폐결절 검출 모델을 개발했고, 외부 검증 AUROC가 0.91에서 0.95로 높아졌습니다",
            ),
            ("추론 서버를 14개 병원에 설치", "추론 서버를 14개 병원에 설치했습니다"),
            (
                "CLIP 임베딩으로 콜드 스타트 추천 개선, 신상품 클릭률 18% 상승",
                "CLIP 임베딩으로 콜드 스타트 추천을 개선해 신상품 클릭률을 18% 높였습니다",
            ),
            (
                "재학습 파이프라인 구축함",
                "재학습 파이프라인을 구축했습니다",
            ),
            ("야간 mAP 0.74로 향상", "야간 mAP 0.74로 향상했습니다"),
            // A noun and its count: the count takes the particle; a count after a span
            // of time says how often.
            (
                "용접 불량 이미지 분류 데이터셋 1만 장 구축",
                "용접 불량 이미지 분류 데이터셋 1만 장을 구축했습니다",
            ),
            ("라벨 3,000건 검수", "라벨 3,000건을 검수했습니다"),
            ("1년간 41건 실험", "1년간 41건 실험했습니다"),
            ("실험 관리 도구를 MLflow로 통일", "실험 관리 도구를 MLflow로 통일했습니다"),
            // 정확도 and 평가 end in a syllable that is also a particle, and are nouns.
            (
                "문자 단위 정확도 89%에서 95%로 향상",
                "문자 단위 정확도가 89%에서 95%로 향상되었습니다",
            ),
            ("사람 평가 선호도 71% 상승", "사람 평가 선호도가 71% 상승했습니다"),
            // An action, then the measure it reached.
            (
                "리뷰 12만 건으로 학습, 사람 평가 선호도 71%",
                "리뷰 12만 건으로 학습했고, 사람 평가 선호도는 71%였습니다",
            ),
            (
                "Jetson에 배포, 처리 속도 30 FPS",
                "Jetson에 배포했고, 처리 속도는 30 FPS였습니다",
            ),
            (
                "검증 세트 구축, 외부 검증 AUROC 0.91",
                "검증 세트를 구축했고, 외부 검증 AUROC는 0.91이었습니다",
            ),
            ("추천 모델 개발", "추천 모델을 개발했습니다"),
            ("KoBART 파인튜닝", "KoBART를 파인튜닝했습니다"),
            ("YOLOv8-s 양자화", "YOLOv8-s를 양자화했습니다"),
        ];
        for (note, want) in cases {
            assert_eq!(polite(&p(note)), want, "{note}");
        }
    }

    #[test]
    fn gaps_are_quoted_as_points_or_problems() {
        let cases = [
            ("툴킷 지원이 부족함", "툴킷 지원이 부족하다는 점"),
            (
                "원인 레이어를 찾아 주는 진단 기능이 없음",
                "원인 레이어를 찾아 주는 진단 기능이 없다는 점",
            ),
            (
                "답변 근거가 사용자에게 노출되지 않음",
                "답변 근거가 사용자에게 노출되지 않는다는 점",
            ),
            (
                "직원이 화면을 보며 사건을 찾음",
                "직원이 화면을 보며 사건을 찾는다는 점",
            ),
            ("수작업 검수에 의존함", "수작업 검수에 의존한다는 점"),
            ("야간 오탐이 많음", "야간 오탐이 많다는 점"),
            ("야간에는 특히 심함", "야간에는 특히 심하다는 점"),
            ("야간 오탐이 많다", "야간 오탐이 많다는 점"),
            ("검수는 아직 수작업입니다", "검수는 아직 수작업이라는 점"),
            (
                "양자화 후 정확도 하락 원인 진단",
                "양자화 후 정확도 하락 원인 진단이라는 문제",
            ),
            ("야간 영상의 오탐", "야간 영상의 오탐이라는 문제"),
            (
                "시간 축 모델의 경량화 사례 부족",
                "시간 축 모델의 경량화 사례 부족하다는 점",
            ),
        ];
        for (gap, want) in cases {
            assert_eq!(point(&p(gap)), want, "{gap}");
        }
    }

    #[test]
    fn the_domain_is_learned_at_the_employer_and_a_project_adds_to_it() {
        let employer = ("스타일마켓".to_string(), Where::Employer);
        let project = (
            "리뷰 텍스트 기반 추천 설명 생성".to_string(),
            Where::Project { team: false },
        );
        assert_eq!(
            domain_fit("이커머스·추천", &[project.clone(), employer.clone()]),
            "스타일마켓에서 이커머스·추천 도메인을 직접 경험했고, 개인 프로젝트 ‘리뷰 텍스트 기반 추천 설명 생성’에서도 이 도메인을 다뤘습니다."
        );
        assert_eq!(
            domain_fit(
                "교통·스마트시티",
                &[("로드아이".to_string(), Where::Employer)]
            ),
            "로드아이에서 교통·스마트시티 도메인을 직접 경험했습니다."
        );
        assert_eq!(
            domain_fit(
                "영상 보안",
                &[
                    ("fallnet".to_string(), Where::Project { team: false }),
                    ("edge-yolo-trt".to_string(), Where::Project { team: false })
                ]
            ),
            "개인 프로젝트 ‘fallnet’과 ‘edge-yolo-trt’에서 영상 보안 도메인을 직접 경험했습니다."
        );
        assert_eq!(
            domain_fit(
                "온디바이스 AI",
                &[
                    (String::new(), Where::Project { team: false }),
                    ("Kaggle ISLR".to_string(), Where::Other)
                ]
            ),
            "이 프로젝트에서 온디바이스 AI 도메인을 직접 경험했고, Kaggle ISLR에서도 이 도메인을 다뤘습니다."
        );
        assert_eq!(
            domain_fit(
                "이커머스·추천",
                &[("영화 추천 웹 앱".to_string(), Where::Project { team: true })]
            ),
            "팀 프로젝트 ‘영화 추천 웹 앱’에서 이커머스·추천 도메인을 직접 경험했습니다."
        );
    }

    #[test]
    fn a_track_goes_on_at_the_next_job_or_widens_into_a_project() {
        let at = |name: &str, kind: Where| (name.to_string(), kind);
        let cases = [
            (
                ("추천 시스템", at("스타일마켓", Where::Employer)),
                at("리뷰 텍스트 기반 추천 설명 생성", Where::Project { team: false }),
                "스타일마켓에서 시작한 이 일을 개인 프로젝트 ‘리뷰 텍스트 기반 추천 설명 생성’으로까지 넓혔습니다.",
            ),
            // Named in the sentence before: not named again.
            (
                ("추천 시스템", at("스타일마켓", Where::Employer)),
                at("", Where::Project { team: false }),
                "스타일마켓에서 시작한 이 일을 개인 프로젝트로까지 넓혔습니다.",
            ),
            (
                ("영상 이해", at("fallnet", Where::Project { team: false })),
                at("단일 GPU로 VideoMAE 재현", Where::Project { team: false }),
                "개인 프로젝트 ‘fallnet’에서 시작한 이 일을 ‘단일 GPU로 VideoMAE 재현’으로까지 넓혔습니다.",
            ),
            (
                ("객체 탐지", at("한국전자연구소", Where::Employer)),
                at("로드아이", Where::Employer),
                "한국전자연구소에서 시작한 일이 로드아이까지 이어졌습니다.",
            ),
        ];
        for ((track, from), to, path) in cases {
            let field = attach(track, "이라는/라는");
            assert_eq!(
                one_story(track, &from, &to, false),
                format!("저는 {field} 한 분야를 꾸준히 파고들었습니다. {path}")
            );
        }
        assert_eq!(
            one_story("추천 시스템", &at("A", Where::Employer), &at("B", Where::Employer), false),
            "저는 추천 시스템이라는 한 분야를 꾸준히 파고들었습니다. A에서 시작한 일이 B까지 이어졌습니다."
        );
        // Not the posting's field: named as mine, not as why I fit.
        assert_eq!(
            one_story(
                "영상 이해",
                &at("A", Where::Employer),
                &at("B", Where::Employer),
                true
            ),
            "지금까지 제가 파고든 분야는 영상 이해입니다. A에서 시작한 일이 B까지 이어졌습니다."
        );
    }

    /// A paragraph going on with the last one's employer: each type, or its name when the
    /// sentence describes the place itself.
    #[test]
    fn the_same_place_goes_without_its_name() {
        assert_eq!(
            introduce_same_place(&p("CT 폐 분할 모델을 개발했다")).as_deref(),
            Some("같은 곳에서는 CT 폐 분할 모델을 개발했습니다.")
        );
        assert_eq!(
            introduce_same_place(&p("추론 서버를 14개 병원에 설치함")).as_deref(),
            Some("같은 곳에서는 추론 서버를 14개 병원에 설치했습니다.")
        );
        assert_eq!(
            introduce_same_place(&p("국내 학회 논문 1편 제1저자")).as_deref(),
            Some("같은 곳에서 거둔 성과로는 국내 학회 논문 1편 제1저자가 있습니다.")
        );
        assert_eq!(introduce_same_place(&p("의료 영상 AI 스타트업이다")), None);
        assert_eq!(introduce_same_place(&p("GitHub 스타 310개")), None);
    }

    /// Each type into each frame, with particles after Hangul, Latin words and digits.
    #[test]
    fn each_type_into_each_frame() {
        let sentence = p("요양시설 CCTV에서 낙상을 감지하도록 설계했다");
        let note = p("클립 1,240개를 수집·라벨링함");
        let noun = p("오픈소스 다중 레이블 분류기");
        let expected = [
            (
                introduce("FallNet", false, &sentence),
                "FallNet에서는 요양시설 CCTV에서 낙상을 감지하도록 설계했습니다.",
            ),
            (
                introduce("낙상 감지", false, &note),
                "낙상 감지에서는 클립 1,240개를 수집·라벨링했습니다.",
            ),
            (
                introduce("ticket-triage", false, &noun),
                "ticket-triage는 오픈소스 다중 레이블 분류기입니다.",
            ),
            (
                introduce("Kaggle", false, &noun),
                "Kaggle은 오픈소스 다중 레이블 분류기입니다.",
            ),
            (
                introduce("korean-receipt-ocr", false, &p("GitHub 스타 310개")),
                "korean-receipt-ocr은 GitHub 스타 310개를 받았습니다.",
            ),
            (
                detail(&p("GitHub 스타 120개")),
                "GitHub 스타 120개를 받았습니다.",
            ),
            (
                introduce("한국전자연구소", true, &p("국내 학회 논문 1편 제1저자")),
                "한국전자연구소에서 거둔 성과로는 국내 학회 논문 1편 제1저자가 있습니다.",
            ),
            (
                detail(&sentence),
                "요양시설 CCTV에서 낙상을 감지하도록 설계했습니다.",
            ),
            (detail(&note), "클립 1,240개를 수집·라벨링했습니다."),
            (
                detail(&noun),
                "성과로는 오픈소스 다중 레이블 분류기가 있습니다.",
            ),
            (
                gap("라이트엣지", &p("진단 기능이 없음"), false),
                "라이트엣지에서 AI로 더 잘할 수 있다고 보는 부분은 진단 기능이 없다는 점입니다.",
            ),
            (
                gap("VG", &p("야간 영상의 오탐"), false),
                "VG에서 AI로 더 잘할 수 있다고 보는 부분은 야간 영상의 오탐이라는 문제입니다.",
            ),
            (
                gap("VG", &p("야간 오탐이 많다"), true),
                "또 하나는 야간 오탐이 많다는 점입니다.",
            ),
            (
                gap_question("VG", &p("야간 영상의 오탐")),
                "VG에서도 야간 영상의 오탐에 AI를 적용해 볼 수 있지 않을까요?",
            ),
            (
                gap_question("VG", &p("진단 기능이 없음")),
                "VG에서도 진단 기능이 없다는 점을 AI로 풀어 볼 수 있지 않을까요?",
            ),
            (
                gap_question("VG", &p("야간 오탐이 많다")),
                "VG에서도 야간 오탐이 많다는 점을 AI로 풀어 볼 수 있지 않을까요?",
            ),
        ];
        for (got, want) in expected {
            assert_eq!(got, want);
        }
        for s in [detail(&sentence), detail(&note), detail(&noun)] {
            assert!(!ends_in_note_style(&s), "{s}");
        }
        assert!(ends_in_note_style("진단 기능이 없음."));
    }

    #[test]
    fn korean_metric_names_lose_the_verb_before_them() {
        assert_eq!(
            metric_name("만들어 클립당 수작업 라벨링 시간"),
            "클립당 수작업 라벨링 시간"
        );
        assert_eq!(metric_name("모델로 증류해 p95 지연 시간"), "p95 지연 시간");
        assert_eq!(metric_name("영상 이해 정확도"), "영상 이해 정확도");
        assert_eq!(
            metric_name("후보 생성 모델 도입으로 recall@10"),
            "후보 생성 모델 도입으로 recall@10"
        );
    }

    #[test]
    fn a_prize_is_told_apart_from_the_event() {
        assert_eq!(
            prize_of("국립국어원 인공지능 언어 능력 평가 대회 우수상"),
            ("국립국어원 인공지능 언어 능력 평가 대회", Some("우수상"))
        );
        assert_eq!(
            prize_of("교통 CCTV 이상행동 탐지 AI 경진대회"),
            ("교통 CCTV 이상행동 탐지 AI 경진대회", None)
        );
        assert_eq!(prize_of("대상"), ("대상", None));
        assert_eq!(medal("silver medal"), "은메달");
        assert_eq!(medal("Bronze medal"), "동메달");
    }

    #[test]
    fn an_idea_the_posting_works_on_is_offered_help_with() {
        assert_eq!(
            gap_owned("스마트로드", &p("야간·우천에도 흔들리지 않는 도로 카메라 검출"), true).as_deref(),
            Some("야간·우천에도 흔들리지 않는 도로 카메라 검출은 제가 스마트로드에서 가장 먼저 힘을 보탤 수 있는 일입니다.")
        );
        assert_eq!(
            gap_owned("VG", &p("사고 전 교차로 아차사고 감지"), false).as_deref(),
            Some("사고 전 교차로 아차사고 감지는 제가 VG에서 가장 해 보고 싶은 일입니다.")
        );
        assert_eq!(gap_owned("VG", &p("야간 오탐이 많다"), true), None);
        assert_eq!(
            gap_owned("오늘의장바구니", &p("언어 모델로 리뷰 요약"), true).as_deref(),
            Some("언어 모델로 리뷰를 요약하는 것은 제가 오늘의장바구니에서 가장 먼저 힘을 보탤 수 있는 일입니다.")
        );
    }
}
