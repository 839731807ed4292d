//! Korean sentences (합니다체): one function per beat kind, with particles chosen by the word
//! before them.

use super::{join_and, join_then, Facts};
use crate::korean::attach as josa;
use crate::profile::Lang;

/// "0.61 → 0.83" or "0.83".
fn change(f: &Facts, out: &mut String) {
    if let Some(baseline) = f.get("baseline") {
        out.push_str(baseline);
        out.push_str(" → ");
    }
    out.push_str(f.text("value"));
}

/// "(mAP: 0.61 → 0.83)" after a sentence, when a metric is there.
fn metric_note(f: &Facts, out: &mut String) {
    if let Some(metric) = f.get("metric") {
        out.push('(');
        out.push_str(metric);
        out.push_str(": ");
        change(f, out);
        out.push(')');
    }
}

/// " Summary." after a sentence, when the fact is there.
fn sentence(text: Option<&str>, out: &mut String) {
    if let Some(text) = text {
        out.push(' ');
        out.push_str(text);
        out.push('.');
    }
}

/// "(ECCV 2024)" after a paper, when the venue is known.
fn venue(f: &Facts, out: &mut String) {
    if let Some(venue) = f.get("venue") {
        out.push('(');
        out.push_str(venue);
        out.push(')');
    }
}

/// "프로젝트에서: 한 일." or "회사에서 일하며: 한 일."
fn where_highlight(f: &Facts, out: &mut String) {
    out.push_str(f.text("project"));
    out.push_str(if f.get("employer").is_some() {
        "에서 일하며"
    } else {
        "에서"
    });
    out.push_str(": ");
    out.push_str(f.text("highlight"));
    out.push('.');
}

pub(super) fn frame(f: &Facts, out: &mut String) {
    let company = f.text("company");
    match f.variant {
        "opening" => {
            out.push_str(company);
            match f.get("role") {
                Some(role) => {
                    out.push_str("의 ");
                    out.push_str(&josa(role, "으로/로"));
                    out.push_str(" 지원합니다.");
                }
                None => out.push_str("에 지원합니다."),
            }
        }
        "closing" => match f.get("opportunity") {
            Some(opportunity) => {
                out.push_str("입사한다면 ");
                out.push_str(company);
                out.push_str("에서 이 문제부터 풀어 보고 싶습니다: ");
                out.push_str(opportunity);
                out.push('.');
            }
            None => {
                out.push_str(company);
                out.push_str("에서 함께 만들어 갈 기회를 주신다면 감사하겠습니다.");
            }
        },
        "claim" => {
            out.push_str(f.text("project"));
            out.push_str("에서 ");
            out.push_str(f.text("metric"));
            out.push_str(" 지표는 ");
            change(f, out);
            out.push_str("였습니다.");
            sentence(f.get("description"), out);
            for highlight in f.list("highlights") {
                sentence(Some(highlight), out);
            }
        }
        _ => {}
    }
}

pub(super) fn data_first(f: &Facts, out: &mut String) {
    if f.variant == "match" {
        if let Some(company) = f.get("company") {
            out.push_str(&josa(company, "은/는"));
            out.push(' ');
            out.push_str(&josa(f.text("data"), "을/를"));
            out.push_str(" 다룹니다. ");
        }
        match f.get("employer") {
            Some(employer) => {
                out.push_str("제가 ");
                out.push_str(employer);
                out.push_str("에서 한 일도");
            }
            None => {
                out.push_str("제 프로젝트 중 가장 가까운 ");
                out.push_str(f.text("project"));
                out.push('도');
            }
        }
        out.push_str(" 같은 종류의 데이터를 다뤘습니다.");
    } else {
        out.push_str("귀사의 일과 가장 가까운 제 프로젝트는 ");
        out.push_str(f.text("project"));
        out.push_str("입니다.");
    }
    sentence(f.get("description"), out);
    if f.get("metric").is_some() {
        out.push(' ');
        metric_note(f, out);
    }
}

pub(super) fn domain_fit(f: &Facts, out: &mut String) {
    out.push_str(f.text("domain"));
    out.push_str(" 도메인은 제 프로젝트로 직접 경험했습니다: ");
    out.push_str(&join_and(f.list("projects"), Lang::Ko));
    out.push('.');
}

pub(super) fn one_story(f: &Facts, out: &mut String) {
    out.push_str("저는 ");
    out.push_str(&josa(f.text("track"), "이라는/라는"));
    out.push_str(" 한 분야를 꾸준히 파고들었습니다: ");
    out.push_str(&join_then(f.list("steps"), Lang::Ko));
    out.push('.');
}

pub(super) fn reproduce_then_build(f: &Facts, out: &mut String) {
    out.push_str("새 모델은 먼저 재현하고, 그 위에 쌓아 올리며 익힙니다. ");
    where_highlight(f, out);
}

pub(super) fn role_emphasis(f: &Facts, out: &mut String) {
    match f.variant {
        "research" => {
            out.push_str("제 연구는 쓰이기 위한 연구입니다: ");
            out.push_str(f.text("paper"));
            venue(f, out);
            out.push('.');
            sentence(f.get("summary"), out);
        }
        "engineering" => {
            out.push_str("저는 벤치마크 점수보다 사용자에게 닿는 모델을 중요하게 생각합니다. ");
            where_highlight(f, out);
        }
        "ml-engineering" => {
            out.push_str("모델이 현장에서 실제로 쓰이게 만드는 일까지 직접 해 왔습니다. ");
            where_highlight(f, out);
        }
        _ => {}
    }
}

pub(super) fn bring_research(f: &Facts, out: &mut String) {
    out.push_str("제 논문 ");
    out.push_str(f.text("paper"));
    venue(f, out);
    out.push_str("의 방법을 ");
    out.push_str(f.get("product").unwrap_or("귀사 제품"));
    out.push_str("에 가져오고 싶습니다.");
    sentence(f.get("summary"), out);
}

pub(super) fn compression_value(f: &Facts, out: &mut String) {
    out.push_str("경량화는 결국 속도와 비용입니다. ");
    out.push_str(f.text("project"));
    out.push_str("의 결과: ");
    out.push_str(&join_and(f.list("metrics"), Lang::Ko));
    out.push('.');
}

pub(super) fn competition_retro(f: &Facts, out: &mut String) {
    match f.get("rank") {
        Some(rank) => {
            if let Some(platform) = f.get("platform") {
                out.push_str(platform);
                out.push(' ');
            }
            out.push_str(f.text("competition"));
            out.push_str("에서 ");
            if let Some(teams) = f.get("teams") {
                out.push_str(teams);
                out.push_str("팀 중 ");
            }
            out.push_str(&josa(rank, "을/를"));
            out.push_str(" 기록했습니다.");
        }
        None => {
            out.push_str(f.text("competition"));
            out.push_str("에 참가했습니다.");
        }
    }
    if let Some(winner) = f.get("winner") {
        out.push_str(" 순위보다 상위권 솔루션과의 차이에서 더 많이 배웠습니다: ");
        out.push_str(winner);
        out.push('.');
    }
}

pub(super) fn github_growth(f: &Facts, out: &mut String) {
    out.push_str("코드도 성장했습니다. ");
    out.push_str(f.text("project"));
    out.push_str("의 예전 코드를 돌아보면: ");
    if let Some(before) = f.get("before") {
        out.push_str(before);
        out.push_str(". ");
    }
    if let Some(after) = f.get("after") {
        out.push_str(after);
        out.push('.');
    }
    if let Some(repo) = f.get("repo") {
        out.push_str(" 코드는 github.com/");
        out.push_str(repo);
        out.push_str("에 공개되어 있습니다");
        if let Some(stars) = f.get("stars") {
            out.push_str("(스타 ");
            out.push_str(stars);
            out.push('개');
            if let Some(commits) = f.get("commits") {
                out.push_str(", 커밋 ");
                out.push_str(commits);
                out.push('개');
            }
            out.push(')');
        }
        out.push('.');
    }
}

pub(super) fn ai_opportunity(f: &Facts, out: &mut String) {
    if f.variant == "more" {
        out.push_str("또 하나는 ");
        out.push_str(f.text("opportunity"));
        out.push_str("입니다.");
    } else {
        if let Some(company) = f.get("company") {
            out.push_str(company);
            out.push_str("에서 ");
        }
        out.push_str("AI가 더 잘할 수 있는 지점이 있다고 생각합니다: ");
        out.push_str(f.text("opportunity"));
        out.push('.');
    }
    out.push_str(" 제가 ");
    out.push_str(f.text("project"));
    out.push_str("에서 해 온 일과 가깝습니다");
    metric_note(f, out);
    out.push('.');
}

pub(super) fn trend(f: &Facts, out: &mut String) {
    out.push_str("LLM도 실제로 활용해 봤습니다. ");
    where_highlight(f, out);
}

pub(super) fn core_skills(f: &Facts, out: &mut String) {
    out.push_str("주로 쓰는 도구: ");
    out.push_str(&join_and(f.list("skills"), Lang::Ko));
    out.push('.');
}

pub(super) fn coding_proof(f: &Facts, out: &mut String) {
    out.push_str("코딩 테스트는 ");
    if let Some(platform) = f.get("platform") {
        out.push_str(platform);
        out.push(' ');
    }
    out.push_str(f.text("level"));
    out.push_str(" 수준입니다.");
}

pub(super) fn deliverables(f: &Facts, out: &mut String) {
    out.push_str("모든 결과물은 직접 확인하실 수 있습니다: ");
    out.push_str(&join_and(f.list("deliverables"), Lang::Ko));
    out.push('.');
}

pub(super) fn no_data_answer(f: &Facts, out: &mut String) {
    out.push_str("데이터 엔지니어링부터 시작하겠습니다. 실제로 해 본 일입니다.");
    let projects = f.list("projects");
    for (i, highlight) in f.list("highlights").iter().enumerate() {
        out.push(' ');
        out.push_str(projects.get(i).map(String::as_str).unwrap_or_default());
        out.push_str("에서: ");
        out.push_str(highlight);
        out.push('.');
    }
    out.push_str(" 그다음은 증강과 도메인 적응이고, 예산이 허락한다면 라벨링된 데이터를 사는 것이 가장 가성비가 좋은 경우가 많습니다.");
}

/// Appends an interview question of the kind `f.variant` to `out`.
pub(super) fn question(f: &Facts, out: &mut String) {
    match f.variant {
        "hire-you" => {
            match f.get("company") {
                Some(company) => out.push_str(&josa(company, "이/가")),
                None => out.push_str("우리가"),
            }
            out.push_str(" 왜 당신을 뽑아야 합니까?");
        }
        "why-domain" => {
            out.push_str("왜 ");
            out.push_str(f.get("company").unwrap_or("우리 회사"));
            out.push_str("입니까? 우리 도메인에 대해 무엇을 알고 있습니까?");
        }
        "no-data" => out.push_str("회사에 학습할 데이터가 없다면 어떻게 하겠습니까?"),
        "claim" => {
            out.push_str(f.text("project"));
            out.push_str("에서 ");
            out.push_str(f.text("metric"));
            out.push_str(" 지표가 ");
            change(f, out);
            out.push_str("였습니다. 어떻게 달성했고, 어떻게 측정했습니까?");
        }
        "compression" => out.push_str("우리 같은 제품에서 모델 경량화가 왜 중요합니까?"),
        "competition" => {
            out.push_str(f.text("competition"));
            out.push_str("에서 무엇을 배웠습니까?");
        }
        "code" => {
            out.push_str(f.text("project"));
            out.push_str(" 코드를 설명해 주세요. 지금이라면 무엇을 다르게 하겠습니까?");
        }
        "llm" => out.push_str("LLM을 실제로 활용해 본 적이 있습니까?"),
        "coding-test" => out.push_str(
            "코딩 실력은 어느 정도입니까? 레이어나 전처리 코드를 처음부터 짤 수 있습니까?",
        ),
        _ => {}
    }
}
