//! Rules about growth over time: competition-retro ("10th; the winner did X") and
//! github-growth ("my old code was messy; now...", with live statistics when fetched).

use crate::facts::CompetitionFact;
use crate::profile::{Lang, Profile};

use super::{say, Advice, Beat, Evidence, Fact, RepoFacts, RuleId};
use crate::github::refs::Refs;

/// How strong a competition-retro beat is: with the winner's approach told, or the rank
/// alone. One in the company's own field ("교통 CCTV 이상행동 탐지" for a traffic-video
/// company) is `IN_FIELD` stronger: with a retrospective, as strong as a domain-fit line
/// backed by two works, and stronger than the track's line.
const WITH_RETRO: u8 = 70;
const RANK_ONLY: u8 = 45;
const IN_FIELD: u8 = 10;

/// competition-retro: the most relevant competition with its rank and retrospective.
/// `in_field` says whether a text is about the company's own field.
pub fn competition_retro(
    profile: &Profile,
    read: &[CompetitionFact],
    ranked: &[Evidence],
    in_field: &dyn Fn(&str) -> bool,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let strength = |retro: bool, texts: &[&str]| {
        let base = if retro { WITH_RETRO } else { RANK_ONLY };
        base + if in_field(&texts.join(" ")) {
            IN_FIELD
        } else {
            0
        }
    };
    let mut advice = Vec::new();
    // Competitions written in awards, projects or jobs: the same advice, at their own paths.
    for c in read {
        let name = &c.competition.name;
        if c.competition.rank.is_none() && c.top_percent.is_none() {
            advice.push(Advice {
                rule: RuleId::CompetitionRetro,
                path: c.source.path.clone(),
                message: say(lang, &format!("\"{name}\" has no rank"), &format!("\"{name}\"에 순위가 없습니다")),
                action: say(lang, "write the rank and the field: \"87th of 1,165 teams\" says more than a prize name", "순위와 참가 팀 수를 적으세요. \"1,165팀 중 87위\"가 상 이름보다 많은 것을 말합니다"),
            });
        }
        if c.winner.is_none() {
            advice.push(Advice {
                rule: RuleId::CompetitionRetro,
                path: format!("{}.summary", c.owner),
                message: say(lang, &format!("\"{name}\" has no retrospective"), &format!("\"{name}\"에 회고가 없습니다")),
                action: say(
                    lang,
                    "read the winning solution and add to the summary one sentence on what the winner did that you did not, and what you learned; interviewers ask exactly this",
                    "우승 솔루션을 읽고, 우승 팀이 한 것 중 내가 하지 못한 점과 배운 점을 요약에 한 문장씩 적으세요. 면접에서 바로 이것을 묻습니다",
                ),
            });
        }
    }
    for (i, c) in profile.competitions.iter().enumerate() {
        let path = format!("competitions[{i}]");
        if c.rank.is_none() {
            advice.push(Advice {
                rule: RuleId::CompetitionRetro,
                path: format!("{path}.rank"),
                message: say(lang, &format!("\"{}\" has no rank", c.name), &format!("\"{}\"에 순위가 없습니다", c.name)),
                action: say(lang, "add `rank` and `teams`: \"87th of 1,165 teams\" says more than \"participated\"", "`rank`와 `teams`를 적으세요. \"1,165팀 중 87위\"가 \"참가\"보다 많은 것을 말합니다"),
            });
        }
        if c.winner_did.as_deref().is_none_or(|w| w.trim().is_empty()) {
            advice.push(Advice {
                rule: RuleId::CompetitionRetro,
                path: format!("{path}.winnerDid"),
                message: say(lang, &format!("\"{}\" has no retrospective", c.name), &format!("\"{}\"에 회고가 없습니다", c.name)),
                action: say(
                    lang,
                    "read the winning solution and write in `winnerDid` what they did that you did not; interviewers ask exactly this",
                    "우승 솔루션을 읽고 내가 하지 못한 점을 `winnerDid`에 적으세요. 면접에서 바로 이것을 묻습니다",
                ),
            });
        }
    }
    // The best-ranked competition that has a rank; a retrospective makes it stronger.
    let pick = ranked
        .iter()
        .filter(|e| e.kind == super::EvidenceKind::Competition)
        .filter_map(|e| profile.competitions.get(e.index).map(|c| (e.index, c)))
        .filter(|(_, c)| c.rank.is_some())
        .max_by_key(|(i, c)| (c.winner_did.is_some(), std::cmp::Reverse(*i)));
    let Some((i, c)) = pick else {
        // No ranked competition in the `competitions` field: the best one read from prose.
        let beat = read
            .iter()
            .filter(|c| c.competition.rank.is_some())
            .max_by_key(|c| (c.winner.is_some(), std::cmp::Reverse(c.competition.rank)))
            .map(|c| {
                let texts = [c.competition.name.as_str(), c.source.text.as_str()];
                prose_beat(c, strength(c.winner.is_some(), &texts), lang)
            });
        return (beat, advice);
    };
    let path = format!("competitions[{i}]");
    let rank = c
        .rank
        .map(|r| Fact::new(rank_text(r, lang), format!("{path}.rank")));
    let beat = Beat::new(
        RuleId::CompetitionRetro,
        if c.winner_did.is_some() {
            "retro"
        } else {
            "rank"
        },
        strength(
            c.winner_did.is_some(),
            &[&c.name, c.summary.as_deref().unwrap_or_default()],
        ),
    )
    .fact(
        "competition",
        Fact::new(c.name.trim(), format!("{path}.name")),
    )
    .maybe(
        "platform",
        c.platform
            .as_ref()
            .map(|p| Fact::new(p.trim(), format!("{path}.platform"))),
    )
    .maybe("rank", rank)
    .maybe(
        "teams",
        c.teams
            .map(|t| Fact::new(t.to_string(), format!("{path}.teams"))),
    )
    .maybe(
        "winner",
        c.winner_did
            .as_ref()
            .map(|w| Fact::new(w.trim(), format!("{path}.winnerDid"))),
    )
    .maybe(
        "summary",
        c.summary
            .as_ref()
            .map(|s| Fact::new(s.trim(), format!("{path}.summary"))),
    );
    (Some(beat), advice)
}

/// The competition-retro beat of a competition read from prose, of `strength`: every fact
/// points at the field it was read from.
fn prose_beat(c: &CompetitionFact, strength: u8, lang: Lang) -> Beat {
    let name_path = if c.owner.starts_with("awards[") {
        format!("{}.title", c.owner)
    } else if c.owner.starts_with("projects[") {
        format!("{}.name", c.owner)
    } else {
        c.source.path.clone()
    };
    let at = &c.source.path;
    Beat::new(
        RuleId::CompetitionRetro,
        if c.winner.is_some() { "retro" } else { "rank" },
        strength,
    )
    .fact(
        "competition",
        Fact::new(c.competition.name.trim(), name_path),
    )
    .maybe(
        "platform",
        c.competition
            .platform
            .as_ref()
            .map(|p| Fact::new(p.trim(), at.clone())),
    )
    .maybe(
        "rank",
        c.competition
            .rank
            .map(|r| Fact::new(rank_text(r, lang), at.clone())),
    )
    .maybe(
        "teams",
        c.competition
            .teams
            .map(|t| Fact::new(t.to_string(), at.clone())),
    )
    .maybe(
        "winner",
        c.winner
            .as_ref()
            .map(|w| Fact::new(w.text.trim(), w.path.clone())),
    )
    .maybe(
        "summary",
        c.lesson
            .as_ref()
            .map(|l| Fact::new(l.text.trim(), l.path.clone())),
    )
}

fn rank_text(rank: u32, lang: Lang) -> String {
    match lang {
        Lang::En => crate::display::ordinal(rank),
        Lang::Ko => format!("{rank}위"),
    }
}

/// github-growth: a showcased repository with its before/after note and live statistics.
pub fn github_growth(
    profile: &Profile,
    ranked: &[Evidence],
    repos: &Refs,
    stats: &dyn Fn(&str) -> Option<RepoFacts>,
    lang: Lang,
) -> (Option<Beat>, Vec<Advice>) {
    let mut advice = Vec::new();
    for (i, p) in profile.projects.iter().enumerate() {
        let has_note = p
            .growth
            .as_ref()
            .is_some_and(|g| g.before.is_some() || g.after.is_some());
        if repos.repo_of(&format!("projects[{i}]")).is_some() && !has_note {
            advice.push(Advice {
                rule: RuleId::GithubGrowth,
                path: format!("projects[{i}].growth"),
                message: say(
                    lang,
                    &format!("\"{}\" shows a repository but no growth note", p.name.as_deref().unwrap_or_default()),
                    &format!("\"{}\" 저장소에 성장 기록이 없습니다", p.name.as_deref().unwrap_or_default()),
                ),
                action: say(
                    lang,
                    "reread your old code and fill `growth.before` (what was messy) and `growth.after` (what you improved, how you work now)",
                    "예전 코드를 다시 읽고 `growth.before`(지저분했던 점)와 `growth.after`(개선한 점, 지금 일하는 방식)를 채우세요",
                ),
            });
        }
    }
    if profile.github.is_none()
        && !profile.basics.profiles.iter().any(|p| {
            p.network
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case("github"))
        })
    {
        advice.push(Advice {
            rule: RuleId::GithubGrowth,
            path: "github".into(),
            message: say(
                lang,
                "no GitHub account in your profile",
                "프로필에 GitHub 계정이 없습니다",
            ),
            action: say(
                lang,
                "add `github` (your username) and keep your project code there: interviewers look",
                "`github`에 사용자명을 적고 프로젝트 코드를 올리세요. 면접관이 봅니다",
            ),
        });
    }
    let pick = ranked
        .iter()
        .filter(|e| e.kind == super::EvidenceKind::Project)
        .filter_map(|e| profile.projects.get(e.index).map(|p| (e.index, p)))
        .find(|(_, p)| {
            p.growth
                .as_ref()
                .is_some_and(|g| g.before.is_some() && g.after.is_some())
        });
    let Some((i, p)) = pick else {
        return (None, advice);
    };
    let path = format!("projects[{i}]");
    let repo = repos.repo_of(&path);
    let growth = p.growth.clone().unwrap_or_default();
    let mut beat = Beat::new(RuleId::GithubGrowth, "", 60)
        .fact(
            "project",
            Fact::new(
                p.name.clone().unwrap_or_default().trim(),
                format!("{path}.name"),
            ),
        )
        .maybe(
            "before",
            growth
                .before
                .map(|b| Fact::new(b.trim(), format!("{path}.growth.before"))),
        )
        .maybe(
            "after",
            growth
                .after
                .map(|a| Fact::new(a.trim(), format!("{path}.growth.after"))),
        )
        .maybe(
            "repo",
            repo.map(|r| Fact::new(r.owner_name.as_str(), r.source.as_str())),
        );
    if let Some((repo, facts)) = repo.and_then(|r| stats(&r.owner_name).map(|f| (r, f))) {
        let at = format!("github:{}", repo.owner_name);
        if facts.stars > 0 {
            beat = beat.fact(
                "stars",
                Fact::new(facts.stars.to_string(), format!("{at}.stars")),
            );
        }
        if let Some(commits) = facts.commits.filter(|c| *c > 0) {
            beat = beat.fact(
                "commits",
                Fact::new(commits.to_string(), format!("{at}.commits")),
            );
        }
        if let Some(pushed) = facts.pushed_at {
            beat = beat.fact(
                "pushed",
                Fact::new(
                    // The date part of an ISO timestamp; `get` so that text which is not
                    // one (it comes from the network) cannot split a character.
                    crate::display::date(pushed.get(..10).unwrap_or(&pushed), lang),
                    format!("{at}.pushed_at"),
                ),
            );
        }
        beat.strength = 70;
    }
    (Some(beat), advice)
}
