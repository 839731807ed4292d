//! The story engine: pure functions from a profile and a target (and GitHub statistics) to a
//! typed `Story`: ranked evidence, narrative beats carrying rule ids and the JSON paths of
//! their facts, a fit score, and advice. No I/O here. One module per rule family.

mod analysis;
mod coverage;
mod evidence;
mod experience;
mod fit;
mod growth;
mod letter;
mod model;
mod opportunity;
mod prep;
mod questions;
mod rank;
mod read;
mod readiness;
mod relevance;
mod skills;
#[cfg(test)]
mod tests;
pub mod text;
mod track;

pub use analysis::Needs;
pub use coverage::{Coverage, Covered};
pub use model::*;
pub use prep::PrepItem;
pub use questions::{assign_to_questions, topic_of, Topic};
pub use relevance::AskMatch;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::facts::{ProfileFacts, ResultFacts};
use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::target::Target;

/// The GitHub statistics of one repository the story may cite.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RepoFacts {
    pub stars: u64,
    pub forks: u64,
    pub commits: Option<u64>,
    pub pushed_at: Option<String>,
}

/// Everything the engine reads.
pub struct Inputs<'a> {
    pub profile: &'a Profile,
    pub target: Option<&'a Target>,
    /// GitHub statistics by lower-case `owner/name`.
    pub stats: &'a BTreeMap<String, RepoFacts>,
    pub knowledge: &'a Knowledge,
    pub lang: Lang,
}

/// English or Korean text, by document language.
pub(crate) fn say(lang: Lang, en: &str, ko: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Ko => ko.to_string(),
    }
}

/// Builds the story of the profile told for the target (or a general story without one).
pub fn build(inputs: &Inputs<'_>) -> Story {
    build_with(
        &ProfileAnalysis::of(inputs.profile, inputs.knowledge),
        inputs,
    )
}

/// What the engine reads from a profile, independent of any target: computed once when one
/// profile is told for many companies (`batch`).
pub struct ProfileAnalysis {
    items: Vec<analysis::Item>,
    track: Option<track::Track>,
    /// What the profile's prose says of its results (the items carry them).
    results: ResultFacts,
    /// Everything the profile's prose says beyond its extension fields, read when a story is
    /// first told: ranking alone (a resume) never needs it.
    facts: OnceLock<ProfileFacts>,
    /// The GitHub repositories the profile names, wherever (the list `refresh` fetches),
    /// found when a story is first told.
    repos: OnceLock<crate::github::refs::Refs>,
}

impl ProfileAnalysis {
    /// Analyses `profile` with `kb`.
    pub fn of(profile: &Profile, kb: &Knowledge) -> ProfileAnalysis {
        let results = ResultFacts::read(profile);
        let items = analysis::items(kb, profile, &results);
        let track = track::track(kb, profile, &items);
        ProfileAnalysis {
            items,
            track,
            results,
            facts: OnceLock::new(),
            repos: OnceLock::new(),
        }
    }

    /// Everything the prose of `profile` (the analysed one) says.
    fn facts(&self, profile: &Profile) -> &ProfileFacts {
        self.facts
            .get_or_init(|| ProfileFacts::read_with(profile, self.results.clone()))
    }

    /// The GitHub repositories `profile` (the analysed one) names.
    fn repos(&self, profile: &Profile) -> &crate::github::refs::Refs {
        self.repos
            .get_or_init(|| crate::github::refs::extract(profile))
    }
}

/// `build` with the profile already analysed (`inputs.profile` must be the analysed one).
pub fn build_with(analysed: &ProfileAnalysis, inputs: &Inputs<'_>) -> Story {
    build_from(analysed, target_needs(inputs, Scope::Whole), inputs)
}

/// What the target of `inputs` needs, read as far as `scope` asks, independently of the
/// profile (so that it can be read while the profile is analysed).
pub fn target_needs(inputs: &Inputs<'_>, scope: Scope) -> Option<Needs> {
    inputs
        .target
        .map(|t| analysis::needs(inputs.knowledge, t, inputs.lang, scope))
}

/// How much of the story a command reads, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// The evidence ranked for the target, its track and the posting's asks it answers;
    /// nothing told (no beats, fit, advice or preparation): all a resume shows.
    Ranking,
    /// The whole story.
    Whole,
}

/// The evidence ranked for the target, and what ranked it.
struct Ranking {
    track: Option<track::Track>,
    ranked: Vec<Evidence>,
    asks: Vec<AskMatch>,
}

/// The analysed items ranked for what the target of `inputs` needs.
fn rank_for(analysed: &ProfileAnalysis, needs: Option<&Needs>, inputs: &Inputs<'_>) -> Ranking {
    let Inputs {
        target,
        knowledge: kb,
        lang,
        ..
    } = *inputs;
    let track = analysed.track.clone().map(|t| track::in_lang(kb, t, lang));
    let mut ranked = rank::rank(kb, &analysed.items, needs, track.as_ref(), lang);
    let asks = target
        .map(|t| relevance::score(kb, t, &mut ranked))
        .unwrap_or_default();
    Ranking {
        track,
        ranked,
        asks,
    }
}

/// `build_from` told as far as `scope` asks (`needs` read for the same scope): with
/// `Scope::Ranking` only `evidence`, `track`, `track_reason` and `asks` are filled, in a
/// fraction of the time.
pub fn build_scoped(
    analysed: &ProfileAnalysis,
    needs: Option<Needs>,
    inputs: &Inputs<'_>,
    scope: Scope,
) -> Story {
    match scope {
        Scope::Whole => build_from(analysed, needs, inputs),
        Scope::Ranking => {
            let Ranking {
                track,
                ranked,
                asks,
            } = rank_for(analysed, needs.as_ref(), inputs);
            Story {
                lang: inputs.lang,
                track_reason: track.as_ref().map(|t| t.reason.clone()),
                track: track.map(|t| t.fact),
                evidence: ranked,
                asks,
                ..Story::default()
            }
        }
    }
}

/// `build_with` with the target's needs already read (`target_needs` of the same inputs, for
/// the whole story).
pub fn build_from(analysed: &ProfileAnalysis, needs: Option<Needs>, inputs: &Inputs<'_>) -> Story {
    let Inputs {
        profile,
        target,
        knowledge: kb,
        lang,
        ..
    } = *inputs;
    let items = &analysed.items;
    let Ranking {
        track,
        ranked,
        asks,
    } = rank_for(analysed, needs.as_ref(), inputs);
    let role = needs
        .as_ref()
        .and_then(|n| n.role_kind)
        .or(profile.preferred_role);
    let stats = |repo: &str| inputs.stats.get(&repo.to_lowercase()).cloned();

    let mut advice: Vec<Advice> = Vec::new();
    let mut keep = |(beat, more): (Option<Beat>, Vec<Advice>)| {
        advice.extend(more);
        beat
    };
    let one_story = keep(track::one_story(
        kb,
        items,
        track.as_ref(),
        needs.as_ref(),
        lang,
    ));
    let reproduce = keep(evidence::reproduce_then_build(kb, items, &ranked, lang));
    let role_beat = keep(evidence::role_emphasis(
        kb, profile, items, &ranked, role, lang,
    ));
    let compression = keep(skills::compression_value(
        kb,
        items,
        &ranked,
        needs.as_ref(),
        lang,
    ));
    // The company's own field: its first domain, as domain-fit reads it.
    let field = needs.as_ref().and_then(|n| n.domains.first().copied());
    let in_field = |text: &str| {
        field.is_some_and(|d| {
            analysis::domains_in(kb, &text::Text::new(text))
                .iter()
                .any(|(found, _)| *found == d)
        })
    };
    let competition = keep(growth::competition_retro(
        profile,
        &analysed.facts(profile).competitions,
        &ranked,
        &in_field,
        lang,
    ));
    let github = keep(growth::github_growth(
        profile,
        &ranked,
        analysed.repos(profile),
        &stats,
        lang,
    ));
    let coding = keep(skills::coding_proof(
        profile,
        &analysed.facts(profile).coding,
        lang,
    ));
    let trend = keep(skills::trend(kb, items, needs.as_ref(), lang));
    let no_data = keep(readiness::no_data_answer(kb, items, lang));
    let (core, core_advice, core_score) = skills::core_skills(kb, profile, needs.as_ref(), lang);
    advice.extend(core_advice);
    let (deliverables, deliverable_advice, deliverable_points) =
        readiness::deliverables(profile, &ranked, lang);
    advice.extend(deliverable_advice);
    advice.extend(skills::weak_signals(kb, profile, lang));

    let mut fit = Fit::default();
    let mut opportunity_beats = Vec::new();
    let mut data_first = None;
    let mut domain_fit = None;
    let mut research = None;
    let mut coverage = Coverage::default();
    if let Some(needs) = &needs {
        let (beat, more) = evidence::data_first(profile, items, &ranked, needs, lang);
        data_first = beat;
        advice.extend(more);
        let (beat, more) = evidence::domain_fit(kb, items, needs, lang);
        domain_fit = beat;
        advice.extend(more);
        let (beats_, more) = opportunity::ai_opportunity(kb, items, &ranked, needs, lang);
        opportunity_beats = beats_;
        advice.extend(more);
        let (beat, more) = opportunity::bring_research(kb, profile, items, needs, lang);
        research = beat;
        advice.extend(more);
        let skills_text = text::Text::new(
            &profile
                .skills
                .iter()
                .flat_map(|s| s.name.iter().chain(s.keywords.iter()))
                .cloned()
                .collect::<Vec<_>>()
                .join(" \n "),
        );
        coverage = coverage::coverage(kb, needs, items, &skills_text, lang);
        fit = fit::fit_score(&fit::FitInputs {
            kb,
            items,
            ranked: &ranked,
            needs,
            track: track.as_ref(),
            role,
            core: &core_score,
            deliverable_points,
            opportunity_tied: !opportunity_beats.is_empty(),
            lang,
        });
    }

    // Telling order: who I am for you, the evidence, how I grew, what I would do for you.
    let opening = needs
        .as_ref()
        .and_then(|n| n.company.clone())
        .map(|company| {
            Beat::new(RuleId::Frame, "opening", 100)
                .fact("company", company)
                .maybe("role", needs.as_ref().and_then(|n| n.role.clone()))
        });
    let closing = needs
        .as_ref()
        .and_then(|n| n.company.clone())
        .map(|company| {
            Beat::new(RuleId::Frame, "closing", 100)
                .fact("company", company)
                .maybe(
                    "opportunity",
                    opportunity_beats
                        .first()
                        .and_then(|b| b.facts.get("opportunity").cloned()),
                )
        });
    let ordered: Vec<Option<Beat>> = vec![
        opening,
        data_first,
        domain_fit,
        one_story,
        reproduce,
        role_beat,
        research,
        compression,
        competition,
        github,
        opportunity_beats.first().cloned(),
        opportunity_beats.get(1).cloned(),
        trend,
        core,
        coding,
        deliverables,
        no_data,
        closing,
    ];
    let all: Vec<Beat> = ordered.into_iter().flatten().collect();
    let prep = prep::prep(&all, items, &ranked, needs.as_ref());
    let letter = letter::letter_beats(&all);
    advice.sort_by(|a, b| a.rule.cmp(&b.rule).then(a.path.cmp(&b.path)));
    let track_reason = track.as_ref().map(|t| t.reason.clone());
    Story {
        lang,
        track_reason,
        read: read::read_facts(analysed.facts(profile)),
        experience: target.and_then(|t| {
            experience::check(profile, t, |i| {
                items.iter().any(|it| {
                    it.kind == EvidenceKind::Work && it.index == i && !it.concepts.is_empty()
                })
            })
        }),
        track: track.map(|t| t.fact),
        evidence: ranked,
        beats: all,
        letter,
        fit,
        advice,
        coverage,
        prep,
        gaps_in_posting: needs
            .iter()
            .flat_map(|n| &n.opportunities)
            .filter(|o| o.in_posting)
            .map(|o| o.fact.path.clone())
            .collect(),
        gaps: needs
            .map(|n| n.opportunities.into_iter().map(|o| o.fact).collect())
            .unwrap_or_default(),
        asks,
    }
}
