//! Each rule of the notes' table on small profiles: when it fires and when it does not.

use std::collections::BTreeMap;

use crate::knowledge::Knowledge;
use crate::profile::{
    CodingTest, Competition, Deliverable, DeliverableKind, Growth, Lang, Metric, Profile, Project,
    Publication, Skill, Work,
};
use crate::target::{RoleKind, Target};

use super::*;

fn project(
    name: &str,
    description: &str,
    highlights: &[&str],
    keywords: &[&str],
    modalities: &[&str],
) -> Project {
    Project {
        name: Some(name.into()),
        description: Some(description.into()),
        highlights: highlights.iter().map(|s| s.to_string()).collect(),
        keywords: keywords.iter().map(|s| s.to_string()).collect(),
        modalities: modalities.iter().map(|s| s.to_string()).collect(),
        ..Project::default()
    }
}

fn cctv_target() -> Target {
    Target {
        company: Some("VisionGuard".into()),
        title: Some("Computer Vision Engineer".into()),
        industry: Some("video surveillance".into()),
        data: vec!["CCTV video streams".into()],
        opportunities: vec!["fall detection in care facilities".into()],
        role_kind: Some(RoleKind::Engineering),
        ..Target::default()
    }
}

fn shop_target() -> Target {
    Target {
        company: Some("ShopMind".into()),
        title: Some("ML Engineer".into()),
        industry: Some("e-commerce recommendation".into()),
        data: vec!["click logs".into(), "product images".into()],
        ..Target::default()
    }
}

fn fall() -> Project {
    project(
        "Fall detection",
        "Detects falls in CCTV footage.",
        &[
            "Reproduced ST-GCN, then built a pose-based head",
            "Deployed on the edge box of a care facility",
        ],
        &["action recognition", "PyTorch"],
        &["video"],
    )
}

fn recsys() -> Project {
    project(
        "Movie recommender",
        "Recommends movies from ratings.",
        &["Implemented ALS matrix factorization"],
        &["recommendation"],
        &["logs"],
    )
}

fn story(profile: &Profile, target: Option<&Target>) -> Story {
    story_in(profile, target, Lang::En)
}

/// `story`, told in `lang`.
fn story_in(profile: &Profile, target: Option<&Target>, lang: Lang) -> Story {
    let stats = BTreeMap::new();
    build(&Inputs {
        profile,
        target,
        stats: &stats,
        knowledge: Knowledge::builtin(),
        lang,
    })
}

/// The beat of `rule` in `story`, if it has one.
fn beat_of(story: &Story, rule: RuleId) -> Option<&Beat> {
    story.beats.iter().find(|b| b.rule == rule)
}

fn has(story: &Story, rule: RuleId) -> bool {
    beat_of(story, rule).is_some()
}

fn advised(story: &Story, rule: RuleId) -> bool {
    story.advice.iter().any(|a| a.rule == rule)
}

#[test]
fn data_first_leads_with_the_matching_data_and_differs_per_target() {
    let profile = Profile {
        projects: vec![recsys(), fall()],
        ..Profile::default()
    };
    let cctv = story(&profile, Some(&cctv_target()));
    let shop = story(&profile, Some(&shop_target()));
    assert_eq!(cctv.evidence[0].path, "projects[1]");
    assert_eq!(shop.evidence[0].path, "projects[0]");
    let lead = beat_of(&cctv, RuleId::DataFirst).unwrap();
    assert_eq!(lead.variant, "match");
    assert_eq!(lead.facts["data"].path, "data[0]");
    assert_eq!(lead.facts["project"].text, "Fall detection");
}

#[test]
fn data_first_advises_when_the_target_names_no_data() {
    let profile = Profile {
        projects: vec![fall()],
        ..Profile::default()
    };
    let target = Target {
        company: Some("X".into()),
        ..Target::default()
    };
    let s = story(&profile, Some(&target));
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::DataFirst && a.path == "data"));
    assert!(!story(&profile, Some(&cctv_target()))
        .advice
        .iter()
        .any(|a| a.rule == RuleId::DataFirst));
}

#[test]
fn a_guessed_data_match_outside_the_companys_domain_gives_way_to_work_in_it() {
    // The movie recommender shares only the tabular data the posting mentions in passing;
    // the fall detector works where the company does, in care.
    let movies = project(
        "Movie recommender",
        "Recommends movies from MovieLens ratings.",
        &["Implemented ALS matrix factorization"],
        &[],
        &["tabular"],
    );
    let profile = Profile {
        projects: vec![movies, fall()],
        ..Profile::default()
    };
    let clinic = Target {
        company: Some("Northwind Health".into()),
        title: Some("ML Platform Engineer".into()),
        description: Some(
            "Northwind Health builds care-navigation software for clinics and hospitals. \
             We productionise NLP and tabular models."
                .into(),
        ),
        ..Target::default()
    };
    let lead = |target: &Target| {
        beat_of(&story(&profile, Some(target)), RuleId::DataFirst)
            .map(|b| b.facts["project"].text.clone())
    };
    assert_eq!(lead(&clinic).as_deref(), Some("Fall detection"));
    // Stated by the target, the same data leads.
    let stated = Target {
        data: vec!["tabular claims data".into()],
        ..clinic.clone()
    };
    assert_eq!(lead(&stated).as_deref(), Some("Movie recommender"));
}

/// Two dated projects on one track (action recognition), in order.
fn fall_track() -> [Project; 2] {
    let mut first = fall();
    first.start_date = Some("2022-03".into());
    let mut second = fall();
    second.name = Some("Violence detection".into());
    second.start_date = Some("2023-05".into());
    [first, second]
}

#[test]
fn one_story_detects_the_track_and_flags_detours() {
    let [first, second] = fall_track();
    let profile = Profile {
        projects: vec![first, second.clone(), recsys()],
        ..Profile::default()
    };
    let s = story(&profile, Some(&cctv_target()));
    assert_eq!(s.track.as_ref().unwrap().text, "action recognition");
    assert!(has(&s, RuleId::OneStory));
    // An undated project has no place in a story told in order.
    let undated = Profile {
        projects: vec![fall(), second, recsys()],
        ..Profile::default()
    };
    assert!(!has(
        &story(&undated, Some(&cctv_target())),
        RuleId::OneStory
    ));
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::OneStory && a.path == "projects[2]"));
    let lone = Profile {
        projects: vec![recsys()],
        ..Profile::default()
    };
    let s = story(&lone, Some(&cctv_target()));
    assert!(!has(&s, RuleId::OneStory));
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::OneStory && a.path == "track"));
}

#[test]
fn declared_track_wins() {
    let profile = Profile {
        track: Some("video understanding".into()),
        projects: vec![fall(), recsys()],
        ..Profile::default()
    };
    let s = story(&profile, None);
    assert_eq!(s.track.as_ref().unwrap().path, "track");
    assert!(s
        .evidence
        .iter()
        .find(|e| e.path == "projects[1]")
        .is_some_and(|e| !e.on_track));
}

#[test]
fn role_emphasis_is_backed_by_the_highlight_that_shows_it() {
    // The claim "I build what surrounds a model in production: serving, tests" is backed by
    // the highlight whose signals show exactly that, even in a lower-ranked item; a
    // compression highlight in the lead project does not back it.
    let lead = project(
        "Recommender",
        "Click-log recommender for an online store.",
        &[
            "Quantized the ranking model with TensorRT",
            "recall@10 from 0.61 to 0.83",
        ],
        &["recommendation"],
        &["logs"],
    );
    let platform = project(
        "Model platform",
        "Internal tooling.",
        &[
            "Ran weekly A/B tests",
            "Wrote the FastAPI serving layer, load tests and CI checks for every model we ship",
        ],
        &[],
        &[],
    );
    let profile = Profile {
        projects: vec![lead.clone(), platform],
        ..Profile::default()
    };
    let mut target = shop_target();
    target.role_kind = Some(RoleKind::MlEngineering);
    let s = story(&profile, Some(&target));
    let beat = beat_of(&s, RuleId::RoleEmphasis).expect("a backed claim");
    assert_eq!(beat.variant, "ml-engineering");
    assert_eq!(beat.facts["highlight"].path, "projects[1].highlights[1]");
    // Nothing backs it: the claim is left out and the user is told why.
    let unbacked = Profile {
        projects: vec![lead],
        ..Profile::default()
    };
    let s = story(&unbacked, Some(&target));
    assert!(!has(&s, RuleId::RoleEmphasis));
    assert!(advised(&s, RuleId::RoleEmphasis));
}

#[test]
fn role_emphasis_follows_the_role() {
    let paper = Publication {
        name: Some("Pose-based fall detection".into()),
        publisher: Some("IPIU".into()),
        ..Publication::default()
    };
    let profile = Profile {
        projects: vec![fall()],
        publications: vec![paper],
        ..Profile::default()
    };
    let mut research = cctv_target();
    research.role_kind = Some(RoleKind::Research);
    let r = story(&profile, Some(&research));
    assert!(r
        .beats
        .iter()
        .any(|b| b.rule == RuleId::RoleEmphasis && b.variant == "research"));
    let e = story(&profile, Some(&cctv_target()));
    let beat = beat_of(&e, RuleId::RoleEmphasis).unwrap();
    assert_eq!(beat.variant, "engineering");
    assert!(beat.facts["highlight"].text.starts_with("Deployed"));
    let no_paper = Profile {
        projects: vec![recsys()],
        ..Profile::default()
    };
    assert!(advised(
        &story(&no_paper, Some(&research)),
        RuleId::RoleEmphasis
    ));
}

#[test]
fn domain_fit_needs_a_project_in_the_domain() {
    let profile = Profile {
        projects: vec![fall()],
        ..Profile::default()
    };
    let s = story(&profile, Some(&cctv_target()));
    let beat = beat_of(&s, RuleId::DomainFit).unwrap();
    assert_eq!(beat.facts["domain"].text, "video surveillance");
    let s = story(
        &Profile {
            projects: vec![recsys()],
            ..Profile::default()
        },
        Some(&cctv_target()),
    );
    assert!(!has(&s, RuleId::DomainFit));
    assert!(advised(&s, RuleId::DomainFit));
}

#[test]
fn bring_research_ties_a_paper_to_the_product() {
    let paper = Publication {
        name: Some("Skeleton action recognition for CCTV".into()),
        summary: Some("Action recognition from pose.".into()),
        ..Publication::default()
    };
    let mut target = cctv_target();
    target.products = vec![crate::target::Product {
        name: "GuardView".into(),
        description: None,
    }];
    let s = story(
        &Profile {
            projects: vec![fall()],
            publications: vec![paper],
            ..Profile::default()
        },
        Some(&target),
    );
    let beat = beat_of(&s, RuleId::BringResearch).unwrap();
    assert_eq!(beat.facts["product"].text, "GuardView");
    assert!(!has(
        &story(
            &Profile {
                projects: vec![fall()],
                ..Profile::default()
            },
            Some(&target)
        ),
        RuleId::BringResearch
    ));
}

#[test]
fn ai_opportunity_keeps_only_opportunities_with_evidence() {
    let s = story(
        &Profile {
            projects: vec![fall()],
            ..Profile::default()
        },
        Some(&cctv_target()),
    );
    let beat = beat_of(&s, RuleId::AiOpportunity).unwrap();
    assert_eq!(beat.facts["opportunity"].path, "opportunities[0]");
    assert_eq!(beat.facts["project"].text, "Fall detection");
    let s = story(
        &Profile {
            projects: vec![recsys()],
            ..Profile::default()
        },
        Some(&cctv_target()),
    );
    assert!(!has(&s, RuleId::AiOpportunity));
    assert!(advised(&s, RuleId::AiOpportunity));
}

#[test]
fn ai_opportunity_falls_back_to_the_knowledge_base_minus_existing_ai() {
    let mut target = cctv_target();
    target.opportunities.clear();
    target.ai_uses = vec!["fall detection with pose estimation".into()];
    let s = story(
        &Profile {
            projects: vec![fall()],
            ..Profile::default()
        },
        Some(&target),
    );
    for beat in s.beats.iter().filter(|b| b.rule == RuleId::AiOpportunity) {
        assert!(beat.facts["opportunity"]
            .path
            .starts_with("knowledge:domains.video-surveillance"));
        assert!(
            !beat.facts["opportunity"].text.contains("fall"),
            "{}",
            beat.facts["opportunity"].text
        );
    }
}

#[test]
fn ai_opportunity_advice_says_whose_opportunities_they_are() {
    // Evidence far from video surveillance: nothing ties, so the rule advises.
    let profile = Profile {
        projects: vec![recsys()],
        ..Profile::default()
    };
    let message = |target: &Target| {
        let s = story(&profile, Some(target));
        s.advice
            .iter()
            .find(|a| a.rule == RuleId::AiOpportunity)
            .map(|a| a.message.clone())
            .unwrap_or_default()
    };
    let own = message(&cctv_target());
    assert_eq!(
        own,
        "none of your evidence ties to their opportunities: fall detection in care facilities"
    );
    let mut without = cctv_target();
    without.opportunities.clear();
    let ideas = message(&without);
    assert!(
        ideas.starts_with("the target lists no opportunities, and none of your evidence ties to the AI ideas common in their industry: "),
        "{ideas}"
    );
}

#[test]
fn industry_ideas_fit_where_the_company_works() {
    // Two logistics companies, one moving containers and one running warehouses, and two
    // healthcare ones: each is offered the ideas of its own setting, not the other's.
    let profile = Profile {
        projects: vec![recsys()],
        ..Profile::default()
    };
    let ideas = |industry: &str, description: &str| {
        let target = Target {
            company: Some("Quay".into()),
            title: Some("ML Engineer".into()),
            industry: Some(industry.into()),
            description: Some(description.into()),
            ..Target::default()
        };
        story(&profile, Some(&target))
            .advice
            .iter()
            .find(|a| a.rule == RuleId::AiOpportunity)
            .map(|a| a.message.clone())
            .unwrap_or_default()
    };
    let shipper = ideas(
        "logistics",
        "We move containers for 3,000 shippers across Europe.",
    );
    assert!(shipper.contains("container dwell time"), "{shipper}");
    assert!(shipper.contains("bills of lading"), "{shipper}");
    assert!(!shipper.contains("forklift"), "{shipper}");
    assert!(!shipper.contains("parcel"), "{shipper}");
    let warehouse = ideas(
        "물류",
        "물류센터 12곳에서 하루 40만 건의 주문을 출고합니다.",
    );
    assert!(warehouse.contains("forklift"), "{warehouse}");
    assert!(!warehouse.contains("container"), "{warehouse}");
    // Healthcare: fall monitoring belongs to care homes and scans to hospitals, not to
    // software for clinics.
    let clinics = ideas(
        "healthcare",
        "Care-navigation software used by 400 clinics.",
    );
    assert!(clinics.contains("patient messages"), "{clinics}");
    assert!(
        !clinics.contains("falls") && !clinics.contains("scans"),
        "{clinics}"
    );
    // Care navigation is not a robot's navigation.
    assert!(!clinics.contains("robot"), "{clinics}");
    let care_homes = ideas("healthcare", "We run 40 care homes for elderly residents.");
    assert!(care_homes.contains("falls"), "{care_homes}");
}

#[test]
fn reproduce_then_build_fires_on_reproduction() {
    let s = story(
        &Profile {
            projects: vec![fall()],
            ..Profile::default()
        },
        None,
    );
    assert!(has(&s, RuleId::ReproduceThenBuild));
    let s = story(
        &Profile {
            projects: vec![recsys()],
            ..Profile::default()
        },
        None,
    );
    assert!(!has(&s, RuleId::ReproduceThenBuild));
    assert!(advised(&s, RuleId::ReproduceThenBuild));
}

#[test]
fn no_data_answer_comes_from_data_work() {
    let mut labelled = fall();
    labelled
        .highlights
        .push("Collected and labelled 1,240 clips".into());
    let s = story(
        &Profile {
            projects: vec![labelled],
            ..Profile::default()
        },
        None,
    );
    let beat = beat_of(&s, RuleId::NoDataAnswer).unwrap();
    assert_eq!(
        beat.lists["highlights"][0].path,
        "projects[0].highlights[2]"
    );
    let s = story(
        &Profile {
            projects: vec![recsys()],
            ..Profile::default()
        },
        None,
    );
    assert!(advised(&s, RuleId::NoDataAnswer));
}

#[test]
fn core_skills_ask_for_cpp_only_in_compression_roles() {
    let skills = vec![Skill {
        name: Some("Languages".into()),
        keywords: vec!["Python".into(), "PyTorch".into()],
        ..Skill::default()
    }];
    let profile = Profile {
        projects: vec![fall()],
        skills,
        ..Profile::default()
    };
    let s = story(&profile, Some(&cctv_target()));
    assert!(!advised(&s, RuleId::CoreSkills));
    let mut compression = cctv_target();
    compression.responsibilities = vec!["Quantize and prune models with TensorRT in C++".into()];
    let s = story(&profile, Some(&compression));
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::CoreSkills && a.message.contains("C/C++")));
    let s = story(&Profile::default(), Some(&cctv_target()));
    assert_eq!(
        s.advice
            .iter()
            .filter(|a| a.rule == RuleId::CoreSkills)
            .count(),
        2
    );
}

#[test]
fn core_skills_fit_names_the_skill_that_is_missing() {
    let reason = |keywords: &[&str], target: &Target| {
        // The project names no framework either: project keywords count as skills.
        let mut project = fall();
        project.keywords.retain(|k| k != "PyTorch");
        let profile = Profile {
            projects: vec![project],
            skills: vec![Skill {
                name: Some("Languages".into()),
                keywords: keywords.iter().map(|k| k.to_string()).collect(),
                ..Skill::default()
            }],
            ..Profile::default()
        };
        let s = story(&profile, Some(target));
        let part = s.fit.parts.iter().find(|p| p.rule == RuleId::CoreSkills);
        part.map(|p| (p.points, p.reason.clone()))
    };
    // Python is there: only the framework may be named as missing.
    assert_eq!(
        reason(&["Python", "Go"], &cctv_target()),
        Some((
            10,
            "a deep-learning framework (PyTorch or TensorFlow) is not visible in your skills"
                .into()
        ))
    );
    assert_eq!(
        reason(&["Python", "PyTorch"], &cctv_target()),
        Some((
            15,
            "Python and a deep-learning framework are visible".into()
        ))
    );
    let mut compression = cctv_target();
    compression.responsibilities = vec!["Quantize and prune models with TensorRT in C++".into()];
    assert_eq!(
        reason(&["Go"], &compression),
        Some((
            0,
            "Python, a deep-learning framework (PyTorch or TensorFlow) and C/C++ (the posting asks for compression) are not visible in your skills".into()
        ))
    );
}

#[test]
fn deliverables_are_asked_for_each_project_without_one() {
    let mut with = fall();
    with.deliverables = vec![Deliverable {
        kind: DeliverableKind::Repo,
        url: "https://github.com/a/b".into(),
        title: None,
    }];
    let s = story(
        &Profile {
            projects: vec![with, recsys()],
            ..Profile::default()
        },
        None,
    );
    let paths: Vec<&str> = s
        .advice
        .iter()
        .filter(|a| a.rule == RuleId::Deliverables)
        .map(|a| a.path.as_str())
        .collect();
    assert_eq!(paths, ["projects[1].deliverables"]);
    assert!(has(&s, RuleId::Deliverables));
}

#[test]
fn competition_retro_tells_rank_field_and_winner() {
    let retro = Competition {
        name: "Sign Language".into(),
        platform: Some("Kaggle".into()),
        rank: Some(10),
        teams: Some(1165),
        winner_did: Some("The winner distilled an ensemble.".into()),
        ..Competition::default()
    };
    let bare = Competition {
        name: "Crash video".into(),
        rank: Some(3),
        ..Competition::default()
    };
    let s = story(
        &Profile {
            competitions: vec![bare, retro],
            ..Profile::default()
        },
        None,
    );
    let beat = beat_of(&s, RuleId::CompetitionRetro).unwrap();
    assert_eq!(beat.facts["rank"].text, "10th");
    assert_eq!(beat.facts["teams"].text, "1165");
    assert_eq!(beat.facts["winner"].path, "competitions[1].winnerDid");
    assert!(s
        .advice
        .iter()
        .any(|a| a.path == "competitions[0].winnerDid"));
    assert!(!has(
        &story(&Profile::default(), None),
        RuleId::CompetitionRetro
    ));
}

#[test]
fn competition_retro_in_the_companys_field_is_stronger() {
    let profile = Profile {
        competitions: vec![Competition {
            name: "CCTV intrusion detection challenge".into(),
            rank: Some(4),
            teams: Some(310),
            winner_did: Some("The winner tracked people across frames.".into()),
            ..Competition::default()
        }],
        ..Profile::default()
    };
    let strength = |target: &Target| {
        beat_of(&story(&profile, Some(target)), RuleId::CompetitionRetro).map(|b| b.strength)
    };
    // A video-surveillance company's own field; a shop's is recommendation.
    assert_eq!(strength(&cctv_target()), Some(80));
    assert_eq!(strength(&shop_target()), Some(70));
}

#[test]
fn github_growth_uses_the_note_and_live_statistics() {
    let mut p = fall();
    p.repo = Some("kim/fallnet".into());
    p.growth = Some(Growth {
        before: Some("One 900-line script.".into()),
        after: Some("Tested modules.".into()),
    });
    let mut bare = recsys();
    bare.repo = Some("kim/recsys".into());
    let profile = Profile {
        projects: vec![p, bare],
        github: Some("kim".into()),
        ..Profile::default()
    };
    let mut stats = BTreeMap::new();
    stats.insert(
        "kim/fallnet".to_string(),
        RepoFacts {
            stars: 42,
            forks: 3,
            commits: Some(310),
            pushed_at: Some("2024-05-01T10:00:00Z".into()),
        },
    );
    let s = build(&Inputs {
        profile: &profile,
        target: None,
        stats: &stats,
        knowledge: Knowledge::builtin(),
        lang: Lang::En,
    });
    let beat = beat_of(&s, RuleId::GithubGrowth).unwrap();
    assert_eq!(beat.facts["stars"].text, "42");
    assert_eq!(beat.facts["stars"].path, "github:kim/fallnet.stars");
    assert_eq!(beat.facts["pushed"].text, "May 2024");
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::GithubGrowth && a.path == "projects[1].growth"));
    let without = story(
        &Profile {
            projects: vec![recsys()],
            ..Profile::default()
        },
        None,
    );
    assert!(!has(&without, RuleId::GithubGrowth));
    assert!(without
        .advice
        .iter()
        .any(|a| a.rule == RuleId::GithubGrowth && a.path == "github"));
}

#[test]
fn compression_value_needs_numbers() {
    let mut edge = project(
        "Edge detector",
        "Quantized a detector.",
        &["INT8 quantization with TensorRT"],
        &["quantization"],
        &["video"],
    );
    let s = story(
        &Profile {
            projects: vec![edge.clone()],
            ..Profile::default()
        },
        None,
    );
    assert!(!has(&s, RuleId::CompressionValue));
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::CompressionValue && a.path == "projects[0].metrics"));
    edge.metrics = vec![Metric {
        name: "latency".into(),
        value: "21 ms".into(),
        baseline: Some("84 ms".into()),
    }];
    let s = story(
        &Profile {
            projects: vec![edge],
            ..Profile::default()
        },
        None,
    );
    let beat = beat_of(&s, RuleId::CompressionValue).unwrap();
    assert_eq!(beat.lists["metrics"][0].text, "latency: 84 ms → 21 ms");
}

#[test]
fn coding_proof_shows_the_level_or_advises() {
    let profile = Profile {
        coding_test: Some(CodingTest {
            platform: Some("solved.ac".into()),
            level: "Gold III".into(),
            url: None,
        }),
        ..Profile::default()
    };
    assert!(has(&story(&profile, None), RuleId::CodingProof));
    assert!(advised(
        &story(&Profile::default(), None),
        RuleId::CodingProof
    ));
}

#[test]
fn weak_signals_are_flagged_not_headlined() {
    let profile = Profile {
        certificates: vec![crate::profile::Certificate {
            name: Some("TensorFlow Developer Certificate".into()),
            ..Default::default()
        }],
        ..Profile::default()
    };
    let s = story(&profile, None);
    assert!(s
        .advice
        .iter()
        .any(|a| a.rule == RuleId::WeakSignals && a.path == "certificates[0]"));
    assert!(!s.beats.iter().any(|b| b
        .facts
        .values()
        .any(|f| f.text.contains("TensorFlow Developer"))));
    assert!(!advised(
        &story(&Profile::default(), None),
        RuleId::WeakSignals
    ));
}

#[test]
fn trend_only_where_the_role_values_llms() {
    let llm = project(
        "RAG assistant",
        "An LLM assistant.",
        &["Built a RAG assistant with GPT-4 over manuals"],
        &["LLM", "RAG"],
        &["text"],
    );
    let mut target = shop_target();
    target.qualifications = vec!["Experience applying LLMs and GPT".into()];
    let s = story(
        &Profile {
            projects: vec![llm.clone()],
            ..Profile::default()
        },
        Some(&target),
    );
    assert!(s.beats.iter().any(|b| b.rule == RuleId::Trend));
    assert!(!story(
        &Profile {
            projects: vec![llm],
            ..Profile::default()
        },
        Some(&shop_target())
    )
    .beats
    .iter()
    .any(|b| b.rule == RuleId::Trend));
    assert!(advised(
        &story(
            &Profile {
                projects: vec![fall()],
                ..Profile::default()
            },
            Some(&target)
        ),
        RuleId::Trend
    ));
}

#[test]
fn every_beat_fact_has_a_path_and_the_letter_keeps_its_frame() {
    let work = Work {
        name: Some("Hanul".into()),
        position: Some("Intern".into()),
        highlights: vec!["Served a model with FastAPI".into()],
        ..Work::default()
    };
    let profile = Profile {
        projects: vec![fall(), recsys()],
        work: vec![work],
        ..Profile::default()
    };
    let s = story(&profile, Some(&cctv_target()));
    for beat in &s.beats {
        for fact in beat.facts.values().chain(beat.lists.values().flatten()) {
            assert!(!fact.path.is_empty() && !fact.text.is_empty(), "{beat:?}");
        }
    }
    assert_eq!(s.letter.first().map(|b| b.variant), Some("opening"));
    assert_eq!(s.letter.last().map(|b| b.variant), Some("closing"));
    assert!(s.fit.score <= 100 && s.fit.parts.iter().all(|p| p.points <= p.max));
}

#[test]
fn the_same_inputs_give_the_same_story() {
    let profile = Profile {
        projects: vec![fall(), recsys()],
        ..Profile::default()
    };
    let a = serde_json::to_string(&story(&profile, Some(&cctv_target()))).unwrap();
    let b = serde_json::to_string(&story(&profile, Some(&cctv_target()))).unwrap();
    assert_eq!(a, b);
}

fn recommender_job(highlights: &[&str]) -> Work {
    Work {
        name: Some("StyleMarket".into()),
        position: Some("ML Engineer".into()),
        summary: Some("Home feed and product page recommendations for a fashion app".into()),
        highlights: highlights.iter().map(|h| h.to_string()).collect(),
        start_date: Some("2022-04".into()),
        ..Work::default()
    }
}

fn opportunity_beats(s: &Story) -> Vec<&Beat> {
    s.beats
        .iter()
        .filter(|b| b.rule == RuleId::AiOpportunity)
        .collect()
}

#[test]
fn a_cold_start_opportunity_is_tied_to_the_cold_start_highlight() {
    let mut target = shop_target();
    target.opportunities = vec!["cold-start recommendations for new products".into()];
    let job = recommender_job(&[
        "Two-tower candidate generation for the home feed recommendations: recall@10 from 0.61 to 0.83",
        // Korean evidence for an English opportunity: the knowledge base's idea carries both.
        "CLIP 이미지 임베딩으로 신상품 콜드 스타트 추천 개선, 신상품 클릭률 2.1%에서 2.6%로 상승",
        "Weekly A/B tests of the recommender, 41 experiments in a year",
    ]);
    let s = story(
        &Profile {
            work: vec![job],
            ..Profile::default()
        },
        Some(&target),
    );
    let beats = opportunity_beats(&s);
    assert_eq!(beats.len(), 1);
    assert_eq!(beats[0].facts["highlight"].path, "work[0].highlights[1]");
    assert_eq!(beats[0].facts["project"].path, "work[0].name");
    // The number cited is the one read from that highlight, not the job's best one.
    assert_eq!(
        beats[0].facts.get("value").map(|f| f.path.as_str()),
        Some("work[0].highlights[1]")
    );
}

#[test]
fn a_review_text_opportunity_is_tied_to_the_review_project() {
    let mut target = shop_target();
    target.opportunities = vec!["summarising product reviews with language models".into()];
    let review = project(
        "Review-based recommendation reasons",
        "Summarises product reviews into the reason a product is recommended; KoBART fine-tuned.",
        &["Trained on 120k reviews; preferred by raters 71% of the time"],
        &[],
        &[],
    );
    let s = story(
        &Profile {
            work: vec![recommender_job(&[
                "CLIP image embeddings for cold-start recommendations of new products",
            ])],
            projects: vec![review],
            ..Profile::default()
        },
        Some(&target),
    );
    let beats = opportunity_beats(&s);
    assert_eq!(beats.len(), 1);
    assert_eq!(beats[0].facts["project"].path, "projects[0].name");
    assert_eq!(beats[0].facts["highlight"].path, "projects[0].description");
    // The same from the knowledge base's idea, for a Korean project.
    let mut target = shop_target();
    target.ai_uses = vec!["visual search".into(), "cold-start recommendations".into()];
    let review = project(
        "리뷰 텍스트 기반 추천 설명 생성",
        "상품 리뷰를 요약해 추천 이유 문구를 만드는 사이드 프로젝트",
        &["리뷰 12만 건으로 학습, 사람 평가 선호도 71%"],
        &[],
        &[],
    );
    let s = story(
        &Profile {
            work: vec![recommender_job(&[
                "투 타워 추천 모델로 recall@10 0.61에서 0.83으로 향상",
            ])],
            projects: vec![review],
            ..Profile::default()
        },
        Some(&target),
    );
    let beats = opportunity_beats(&s);
    assert_eq!(beats.len(), 1, "{beats:#?}");
    assert!(beats[0].facts["opportunity"]
        .path
        .starts_with("knowledge:domains.e-commerce"));
    assert_eq!(beats[0].facts["highlight"].path, "projects[0].description");
}

#[test]
fn sharing_only_the_domain_ties_no_opportunity() {
    let mut target = shop_target();
    target.opportunities = vec!["cold-start recommendations for new products".into()];
    let s = story(
        &Profile {
            work: vec![recommender_job(&[
                "Two-tower recommender for the home feed: recall@10 from 0.61 to 0.83",
                "추천 모델 서빙 지연 시간 820 ms에서 140 ms로 단축",
            ])],
            ..Profile::default()
        },
        Some(&target),
    );
    assert!(opportunity_beats(&s).is_empty());
    assert!(advised(&s, RuleId::AiOpportunity));
}

#[test]
fn a_track_outside_the_posting_is_told_as_the_candidates_own() {
    let profile = Profile {
        projects: fall_track().to_vec(),
        ..Profile::default()
    };
    let variant = |target: &Target| {
        beat_of(&story(&profile, Some(target)), RuleId::OneStory).map(|b| b.variant)
    };
    // Action recognition on CCTV video is VisionGuard's field, not ShopMind's.
    assert_eq!(variant(&cctv_target()), Some(""));
    assert_eq!(variant(&shop_target()), Some("own-field"));
}

#[test]
fn prep_asks_why_us_from_the_company_description() {
    let target = Target {
        description: Some(
            "VisionGuard builds video analytics for smart cities. We are hiring.".into(),
        ),
        ..cctv_target()
    };
    let s = story(
        &Profile {
            projects: vec![fall()],
            ..Profile::default()
        },
        Some(&target),
    );
    let why = s
        .prep
        .iter()
        .find(|p| p.question.variant == "why-domain")
        .unwrap();
    let about = &why.answer[0].facts["about"];
    assert_eq!(
        (about.text.as_str(), about.path.as_str()),
        (
            "VisionGuard builds video analytics for smart cities.",
            "description"
        )
    );
    // A description that does not open with the company is not what it does.
    let other = Target {
        description: Some("We build video analytics.".into()),
        ..cctv_target()
    };
    let s = story(&Profile::default(), Some(&other));
    assert!(!s.prep.iter().any(|p| p.question.variant == "why-domain"));
}

#[test]
fn prep_for_a_profile_with_no_work_tells_its_courses_and_says_so() {
    let s = story(&Profile::default(), Some(&cctv_target()));
    let variants: Vec<(&str, Vec<&str>)> = s
        .prep
        .iter()
        .map(|p| {
            (
                p.question.variant,
                p.answer.iter().map(|b| b.variant).collect(),
            )
        })
        .collect();
    assert_eq!(
        variants,
        [
            ("hire-you", vec!["coursework", "no-work"]),
            ("no-data", vec![""]),
        ]
    );
}

#[test]
fn a_korean_bank_posting_is_read_as_finance_not_shopping() {
    // "뱅크" in the name and 금융권 in the asks outweigh one "추천" (an agent's reply
    // suggestions, not a shop's recommendations).
    let target = Target {
        company: Some("모아뱅크".into()),
        title: Some("NLP 엔지니어".into()),
        description: Some(
            "모아뱅크 고객경험팀은 상담 요약과 상담사 답변 추천 모델을 만듭니다.".into(),
        ),
        qualifications: vec!["우대: 금융권 데이터 경험".into()],
        ..Target::default()
    };
    let kb = Knowledge::builtin();
    let needs = analysis::needs(kb, &target, Lang::Ko, Scope::Whole);
    let ids: Vec<&str> = needs
        .domains
        .iter()
        .map(|&d| kb.domains[d].id.as_str())
        .collect();
    let at = |id: &str| ids.iter().position(|d| *d == id);
    assert!(at("finance").is_some(), "{ids:?}");
    assert!(
        at("finance") < at("e-commerce").or(Some(usize::MAX)),
        "{ids:?}"
    );
}

#[test]
fn no_idea_is_offered_on_data_the_company_does_not_handle() {
    // A speech company: video-model ideas of the on-device domain are not theirs; speech
    // ones are.
    let target = Target {
        company: Some("Hearth Audio".into()),
        title: Some("Speech Recognition Engineer (On-device)".into()),
        data: vec!["far-field speech recordings".into()],
        responsibilities: vec!["Train and compress streaming ASR models for on-device use".into()],
        ..Target::default()
    };
    let kb = Knowledge::builtin();
    let needs = analysis::needs(kb, &target, Lang::En, Scope::Whole);
    let ideas: Vec<&str> = needs
        .opportunities
        .iter()
        .map(|o| o.fact.text.as_str())
        .collect();
    assert!(!ideas.is_empty(), "{ideas:?}");
    assert!(!ideas.iter().any(|i| i.contains("video")), "{ideas:?}");
}

#[test]
fn a_ranking_ranks_as_the_whole_story_does_and_tells_nothing() {
    let profile = Profile {
        projects: vec![recsys(), fall()],
        competitions: vec![Competition {
            name: "Kaggle fall detection".into(),
            rank: Some(10),
            teams: Some(300),
            ..Competition::default()
        }],
        ..Profile::default()
    };
    let kb = Knowledge::builtin();
    let stats = BTreeMap::new();
    for target in [Some(cctv_target()), Some(shop_target()), None] {
        let inputs = Inputs {
            profile: &profile,
            target: target.as_ref(),
            stats: &stats,
            knowledge: kb,
            lang: Lang::En,
        };
        // One analysis ranked first, then told whole: what it reads on first telling is
        // read all the same.
        let analysed = ProfileAnalysis::of(&profile, kb);
        let needs = target_needs(&inputs, Scope::Ranking);
        assert!(needs.as_ref().is_none_or(|n| n.opportunities.is_empty()));
        let ranking = build_scoped(&analysed, needs, &inputs, Scope::Ranking);
        let whole = build_scoped(
            &analysed,
            target_needs(&inputs, Scope::Whole),
            &inputs,
            Scope::Whole,
        );
        let told_alone = story(&profile, target.as_ref());
        // Serialized: every field the documents and `coach --json` read.
        let json = |s: &Story| serde_json::to_string(s).unwrap_or_default();
        assert_eq!(json(&whole), json(&told_alone));
        assert!(!whole.beats.is_empty() && !whole.read.is_empty());
        assert_eq!(
            serde_json::to_string(&ranking.evidence).ok(),
            serde_json::to_string(&whole.evidence).ok()
        );
        assert_eq!(ranking.track, whole.track);
        assert_eq!(ranking.asks.len(), whole.asks.len());
        assert!(ranking.beats.is_empty() && ranking.letter.is_empty());
        assert!(ranking.advice.is_empty() && ranking.read.is_empty() && ranking.prep.is_empty());
    }
}

#[test]
fn the_main_data_advice_names_a_guessed_modality_as_a_korean_reader_calls_it() {
    // No `data`: the main data is read from the posting's prose (click logs first).
    let target = Target {
        company: Some("오늘의장바구니".into()),
        title: Some("추천 시스템 ML 엔지니어".into()),
        description: Some("클릭 로그와 상품 이미지로 개인화 추천을 만듭니다".into()),
        ..Target::default()
    };
    let profile = Profile {
        projects: vec![project(
            "상품 이미지 분류",
            "상품 이미지를 분류하는 모델",
            &["정확도 0.91 달성"],
            &[],
            &["image"],
        )],
        ..Profile::default()
    };
    let story = story_in(&profile, Some(&target), Lang::Ko);
    let messages: Vec<&str> = story
        .advice
        .iter()
        .filter(|a| a.rule == RuleId::DataFirst)
        .map(|a| a.message.as_str())
        .collect();
    assert!(
        messages.contains(&"회사의 주 데이터(로그)로 한 프로젝트가 없습니다"),
        "{messages:?}"
    );
}
