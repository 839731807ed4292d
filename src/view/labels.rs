//! The fixed words of letters, pitches and preparation, per story language (English or
//! Korean); the resume's own words come from its language file (`locale`).

use serde::Serialize;

use crate::locale::ResumeLabels;
use crate::profile::Lang;

/// The fixed words a template prints. Korean documents use Korean section names.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    pub cover_letter: &'static str,
    /// From the resume language's file.
    pub summary: String,
    pub characters: &'static str,
    pub without_spaces: &'static str,
    pub limit: &'static str,
    pub dear: &'static str,
    pub sincerely: &'static str,
    /// From the resume language's file.
    pub results: String,
    pub pitch: &'static str,
    pub pitch_fit: &'static str,
    pub pitch_opportunity: &'static str,
    pub pitch_evidence: &'static str,
    pub pitch_ask: &'static str,
    pub prep: &'static str,
    pub prep_intro: &'static str,
    pub answer: &'static str,
    pub cite: &'static str,
}

impl Labels {
    /// The labels of `lang`, with the resume's words from `resume` (the resume language).
    pub fn new(lang: Lang, resume: &ResumeLabels) -> Labels {
        match lang {
            Lang::En => Labels {
                cover_letter: "Cover Letter",
                summary: resume.summary.clone(),
                characters: "characters",
                without_spaces: "without spaces",
                limit: "limit",
                dear: "Dear",
                sincerely: "Sincerely,",
                results: resume.results.clone(),
                pitch: "Why me, for you",
                pitch_fit: "Why I fit",
                pitch_opportunity: "The opportunity I see",
                pitch_evidence: "Evidence",
                pitch_ask: "The ask",
                prep: "Interview preparation",
                prep_intro: "Likely questions for this company and role, with answers drafted from your own facts. Say them in your words.",
                answer: "Answer",
                cite: "Evidence to cite",
            },
            Lang::Ko => Labels {
                cover_letter: "자기소개서",
                summary: resume.summary.clone(),
                characters: "자",
                without_spaces: "공백 제외",
                limit: "제한",
                dear: "",
                sincerely: "감사합니다.",
                results: resume.results.clone(),
                pitch: "회사 맞춤 제안",
                pitch_fit: "왜 저인가",
                pitch_opportunity: "제가 본 기회",
                pitch_evidence: "근거",
                pitch_ask: "제안",
                prep: "면접 준비",
                prep_intro: "이 회사와 직무에서 나올 만한 질문과, 내 사실로만 쓴 답변 초안입니다. 내 말로 바꿔 연습하세요.",
                answer: "답변",
                cite: "근거로 들 것",
            },
        }
    }
}
