//! Section names and fixed words, per document language.

use serde::Serialize;

use crate::profile::Lang;

/// The fixed words a template prints. Korean documents use Korean section names.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    pub resume: &'static str,
    pub cover_letter: &'static str,
    pub summary: &'static str,
    pub experience: &'static str,
    pub projects: &'static str,
    pub education: &'static str,
    pub publications: &'static str,
    pub competitions: &'static str,
    pub awards: &'static str,
    pub certificates: &'static str,
    pub skills: &'static str,
    pub languages: &'static str,
    pub volunteer: &'static str,
    pub interests: &'static str,
    pub references: &'static str,
    pub present: &'static str,
    pub coding_test: &'static str,
    pub characters: &'static str,
    pub without_spaces: &'static str,
    pub limit: &'static str,
    pub dear: &'static str,
    pub sincerely: &'static str,
}

impl Labels {
    /// The labels of `lang`.
    pub fn for_lang(lang: Lang) -> Labels {
        match lang {
            Lang::En => Labels {
                resume: "Resume",
                cover_letter: "Cover Letter",
                summary: "Summary",
                experience: "Experience",
                projects: "Projects",
                education: "Education",
                publications: "Publications",
                competitions: "Competitions",
                awards: "Awards",
                certificates: "Certifications",
                skills: "Skills",
                languages: "Languages",
                volunteer: "Volunteering",
                interests: "Interests",
                references: "References",
                present: "Present",
                coding_test: "Coding test",
                characters: "characters",
                without_spaces: "without spaces",
                limit: "limit",
                dear: "Dear",
                sincerely: "Sincerely,",
            },
            Lang::Ko => Labels {
                resume: "이력서",
                cover_letter: "자기소개서",
                summary: "요약",
                experience: "경력",
                projects: "프로젝트",
                education: "학력",
                publications: "논문",
                competitions: "대회",
                awards: "수상",
                certificates: "자격증",
                skills: "기술",
                languages: "어학",
                volunteer: "봉사 활동",
                interests: "관심 분야",
                references: "추천인",
                present: "현재",
                coding_test: "코딩 테스트",
                characters: "자",
                without_spaces: "공백 제외",
                limit: "제한",
                dear: "",
                sincerely: "감사합니다.",
            },
        }
    }
}
