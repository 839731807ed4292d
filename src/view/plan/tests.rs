//! The planner on small profiles and postings: the exact sentences a letter and a pitch get.

use crate::knowledge::Knowledge;
use crate::profile::{Lang, Profile};
use crate::story::{self, Inputs, Story};
use crate::target::Target;

use super::{letter, pitch, Paragraph, Untranslated, Writer};

fn profile(json: &str) -> Profile {
    serde_json::from_str(json).expect("test profile")
}

fn target(json: &str) -> Target {
    serde_json::from_str(json).expect("test target")
}

fn story_of(profile: &Profile, target: &Target, lang: Lang) -> Story {
    story::build(&Inputs {
        profile,
        target: Some(target),
        stats: &Default::default(),
        knowledge: Knowledge::builtin(),
        lang,
    })
}

/// The profile, the target and the story told for it in `lang`, from JSON.
fn inputs(profile_json: &str, target_json: &str, lang: Lang) -> (Profile, Target, Story) {
    let profile = profile(profile_json);
    let target = target(target_json);
    let story = story_of(&profile, &target, lang);
    (profile, target, story)
}

/// `inputs` of the repository's files at `profile_path` and `target_path`, in Korean.
/// The sentences of the letter of the repository's files in `lang`.
fn letter_of(profile_path: &str, target_path: &str, lang: Lang) -> Vec<String> {
    let (profile, target, story) = files(profile_path, target_path, lang);
    let mut writer = Writer::new(&story, &profile, lang, &target);
    sentences(&letter(&mut writer))
}

/// The sentence told right after the one that starts with `start`.
fn sentence_after<'t>(told: &'t [String], start: &str) -> Option<&'t str> {
    let at = told.iter().position(|s| s.starts_with(start))?;
    told.get(at + 1).map(String::as_str)
}

fn korean_files(profile_path: &str, target_path: &str) -> (Profile, Target, Story) {
    files(profile_path, target_path, Lang::Ko)
}

fn sentences(paragraphs: &[Paragraph]) -> Vec<String> {
    paragraphs
        .iter()
        .flat_map(|p| p.sentences.iter().map(|s| s.text.clone()))
        .collect()
}

const TRAFFIC: &str = r#"{
  "company": "스마트로드",
  "title": "영상 분석 AI 엔지니어",
  "responsibilities": [
    "무단횡단, 역주행 등 이상 행동 인식 모델 개발",
    "현장 데이터 수집·라벨링과 재학습 파이프라인 운영"
  ]
}"#;

const VISION: &str = r#"{
  "basics": { "name": "김도윤" },
  "work": [{
    "name": "로드아이",
    "position": "비전 AI 엔지니어",
    "startDate": "2021-03",
    "summary": "스마트 교차로 영상 분석 솔루션 개발팀",
    "highlights": [
      "YOLOv8 기반 차량·보행자 검출 모델 개발, 야간 영상 mAP@0.5 0.58에서 0.74로 향상",
      "TensorRT INT8 변환으로 Jetson Orin에서 30 FPS, 모델 크기 4배 축소",
      "무단횡단 행동 인식 모델(SlowFast 경량화)을 전국 37개 교차로에 배포",
      "현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인 구축, 오탐률 23% 감소"
    ]
  }],
  "projects": [{
    "name": "night-vehicle-detector",
    "description": "야간 저조도 차량 검출용 데이터 증강과 YOLOv8 파인튜닝 코드 공개",
    "url": "https://github.com/doyun-vision/night-vehicle-detector"
  }]
}"#;

#[test]
fn the_letter_tells_what_answers_the_posting_and_closes_with_a_first_step() {
    let profile = profile(VISION);
    let target = target(TRAFFIC);
    let story = story_of(&profile, &target, Lang::Ko);
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told = sentences(&letter(&mut writer));
    let expected = [
        // A job's noun summary names the team, not the employer.
        "로드아이의 스마트 교차로 영상 분석 솔루션 개발팀에서 야간 영상 mAP@0.5를 0.58에서 0.74로 높였습니다.",
        // The highlight that answers the posting's responsibilities; its paragraph goes on
        // with the employer the opening ended on.
        "같은 곳에서는 무단횡단 행동 인식 모델(SlowFast 경량화)을 전국 37개 교차로에 배포했습니다.",
        // No gap is stated and no idea is backed: the posting's own need is the opportunity,
        // and the highlight that answers it waits for that paragraph.
        "스마트로드가 이 자리에 맡기려는 일 가운데 ‘현장 데이터 수집·라벨링과 재학습 파이프라인 운영’은 제가 로드아이에서 해 온 일입니다.",
        "그곳에서 현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인을 구축해 오탐률을 23% 줄였습니다.",
        // The close: where the work can be looked at, and the responsibility to take on first.
        "night-vehicle-detector는 github.com/doyun-vision/night-vehicle-detector에 공개되어 있어 미리 살펴보실 수 있습니다.",
    ];
    for sentence in expected {
        assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
    }
    assert!(
        told.iter().any(
            |s| s.contains("‘현장 데이터 수집·라벨링과 재학습 파이프라인 운영’")
                || s.contains("‘무단횡단, 역주행 등 이상 행동 인식 모델 개발’")
        ),
        "{told:#?}"
    );
    assert!(
        !told.iter().any(|s| s.contains("개발팀입니다")),
        "{told:#?}"
    );
    assert!(
        !told.iter().any(|s| s.contains("면접에서 더 자세히")),
        "{told:#?}"
    );
}

#[test]
fn the_pitch_opens_with_the_postings_own_need_when_no_idea_is_backed() {
    let profile = profile(VISION);
    let target = target(TRAFFIC);
    let story = story_of(&profile, &target, Lang::Ko);
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let planned = pitch(&mut writer);
    let opening = sentences(&planned.problem);
    assert_eq!(
        opening.first().map(String::as_str),
        Some("스마트로드가 이 자리에 맡기려는 일 가운데 ‘현장 데이터 수집·라벨링과 재학습 파이프라인 운영’은 제가 로드아이에서 해 온 일입니다."),
        "{opening:#?}"
    );
    assert_eq!(
        opening.get(1).map(String::as_str),
        Some("그곳에서 현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인을 구축해 오탐률을 23% 줄였습니다."),
    );
    // The ask proposes the next responsibility, not the one the opening told.
    let ask = sentences(&planned.ask);
    assert!(
        ask.iter()
            .any(|s| s.contains("‘무단횡단, 역주행 등 이상 행동 인식 모델 개발’")),
        "{ask:#?}"
    );
}

#[test]
fn an_english_letter_without_a_gap_offers_the_postings_own_need() {
    let profile = profile(
        r#"{
      "basics": { "name": "Maya Thompson" },
      "work": [{
        "name": "Parcelly",
        "position": "Machine Learning Engineer",
        "highlights": [
          "Ran weekly A/B tests with the marketplace team; booked loads per search up 4.3%",
          "Replaced BM25-only retrieval with a hybrid dense + sparse retriever; recall@50 went from 0.71 to 0.88"
        ]
      }],
      "projects": [{ "name": "tiny-reranker", "description": "A small cross-encoder reranker", "url": "https://github.com/mthompson-nlp/tiny-reranker" }]
    }"#,
    );
    let target = target(
        r#"{
      "company": "Tandem Goods",
      "title": "Machine Learning Engineer",
      "responsibilities": [
        "Design and read A/B tests with product managers",
        "Build hybrid dense retrieval for product search"
      ]
    }"#,
    );
    let story = story_of(&profile, &target, Lang::En);
    let mut writer = Writer::new(&story, &profile, Lang::En, &target);
    let told = sentences(&letter(&mut writer));
    assert_eq!(
        told,
        [
            "I would like to join Tandem Goods as a Machine Learning Engineer.",
            "At Parcelly, I replaced BM25-only retrieval with a hybrid dense + sparse retriever; recall@50 went from 0.71 to 0.88.",
            // The opportunity is the posting's own need, shown by the work that answers it.
            "Tandem Goods' posting lists “Design and read A/B tests with product managers” among this role's responsibilities, and it is work I have done at Parcelly.",
            "There, I ran weekly A/B tests with the marketplace team, raising booked loads per search by 4.3%.",
            "You can look at tiny-reranker before we talk: it is public at github.com/mthompson-nlp/tiny-reranker.",
            // The close names the next responsibility without pointing back at work told.
            "If I join, the first thing I would take on is “Build hybrid dense retrieval for product search”.",
            "Thank you for your time.",
        ]
    );
}

#[test]
fn the_goals_answer_says_what_i_would_take_on_first() {
    let profile = profile(VISION);
    let target = target(TRAFFIC);
    let story = story_of(&profile, &target, Lang::Ko);
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let questions = [crate::target::Question {
        question: "입사 후 포부를 작성해 주세요.".to_string(),
        max_chars: Some(300),
        max_chars_no_spaces: None,
    }];
    let answer = super::answers(&mut writer, &questions);
    let told = sentences(&answer[0]);
    assert!(
        told.iter().any(|s| s.ends_with("업무를 맡고 싶습니다.")
            || s.ends_with("업무부터 바로 맡을 수 있습니다.")),
        "{told:#?}"
    );
}

const SPEECH: &str = r#"{
  "basics": { "name": "Oliver Grant" },
  "work": [
    {
      "name": "Sonance Labs",
      "position": "Senior Speech Engineer",
      "startDate": "2022-02",
      "highlights": [
        "Trained a streaming Conformer-Transducer for British and Irish accents: WER 12.4% -> 8.1% on our accented test set",
        "Shipped an on-device wake-word model (160 KB, int8) to 2M phones; false accepts cut by 38%"
      ]
    },
    {
      "name": "Callwise",
      "position": "Machine Learning Engineer",
      "startDate": "2019-09",
      "endDate": "2022-01",
      "summary": "Call-centre analytics: transcription and call summaries.",
      "highlights": [
        "Fine-tuned wav2vec 2.0 on 900 hours of call audio; real-time factor 0.9 -> 0.3 after moving inference to ONNX Runtime"
      ]
    }
  ]
}"#;

const VOICE: &str = r#"{
  "title": "Speech Recognition Engineer",
  "company": "Hearth Audio",
  "description": "Our voice assistant understands commands on the device itself, without sending audio to the cloud. We make on-device speech recognition faster and more accurate across accents.",
  "responsibilities": [
    "Train and compress streaming ASR and wake-word models",
    "Measure word error rate and latency on real devices"
  ],
  "qualifications": ["Experience with end-to-end ASR (RNN-T, Conformer, CTC)", "Model quantization and on-device inference"]
}"#;

#[test]
fn the_hook_is_the_current_jobs_closest_result_and_owned_ideas_are_offered() {
    let profile = profile(SPEECH);
    let target = target(VOICE);
    let story = story_of(&profile, &target, Lang::En);
    let mut writer = Writer::new(&story, &profile, Lang::En, &target);
    let told = sentences(&letter(&mut writer));
    // The hook: the current job, with its result that answers the posting best (the older
    // Callwise job scores higher on the posting's words, but it is not what I do now).
    assert_eq!(
        told.get(1).map(String::as_str),
        Some("At Sonance Labs, I trained a streaming Conformer-Transducer for British and Irish accents, taking WER from 12.4% to 8.1% on our accented test set."),
        "{told:#?}"
    );
    // A voice company already does on-device speech: the idea is offered, not asked, and
    // the work behind it is told at once.
    for sentence in [
        // The lightweighting number is told by the line it was read from, which says how.
        "At Callwise, I fine-tuned wav2vec 2.0 on 900 hours of call audio, taking real-time factor from 0.9 to 0.3 after moving inference to ONNX Runtime.",
        "On-device speech models for privacy and latency are where I can help Hearth Audio first.",
        "At Sonance Labs, I shipped an on-device wake-word model (160 KB, int8) to 2M phones, cutting false accepts by 38%.",
    ] {
        assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
    }
    assert!(
        !told
            .iter()
            .any(|s| s.starts_with("Could AI help") || s.starts_with("It is close to")),
        "{told:#?}"
    );
}

#[test]
fn a_work_named_by_its_description_takes_an_article_in_the_domain_line() {
    let told = letter_of(
        "profiles/example.json",
        "profiles/targets/shopmind.json",
        Lang::En,
    );
    // "Movie recommendation web app" is told as "my movie recommendation web app"; after
    // "my own work" it is "a movie recommendation web app", not a bare countable noun.
    let sentence = "I know the e-commerce and recommendation domain from my own work on a movie recommendation web app.";
    assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
}

#[test]
fn the_hook_promises_the_proudest_work_only_when_it_tells_it() {
    let proudest = |told: &[String]| told.iter().any(|s| s.contains("the work I am proudest of"));
    // The example's work is told in English: the hook leads into it.
    let told = letter_of(
        "profiles/example.json",
        "profiles/targets/visionguard.json",
        Lang::En,
    );
    assert!(proudest(&told), "{told:#?}");
    // A Korean profile's lines cannot be told in an English letter: no promise of them.
    let told = letter_of(
        "tests/fixtures/plain/ko-vision.json",
        "profiles/targets/visionguard.json",
        Lang::En,
    );
    assert!(!proudest(&told), "{told:#?}");
    assert!(
        !told.iter().any(|s| s.starts_with("VisionGuard works with")),
        "{told:#?}"
    );
}

#[test]
fn a_tie_to_a_stated_gap_says_what_is_close() {
    let profile: Profile =
        serde_json::from_str(include_str!("../../../profiles/example.json")).expect("example");
    let target: Target =
        serde_json::from_str(include_str!("../../../profiles/targets/visionguard.json"))
            .expect("visionguard");
    let story = story_of(&profile, &target, Lang::En);
    let mut writer = Writer::new(&story, &profile, Lang::En, &target);
    let told = sentences(&letter(&mut writer));
    for sentence in [
        "It is close to what I did in fallnet, where I raised fall-detection F1 on the facility test set from 0.84 (ST-GCN) to 0.91.",
        "My work in fallnet speaks to this as well: I cut false alarms per camera per day from 2.1 to 0.3.",
        // A project named "my …" is not "my own work on my …".
        "I know the video surveillance domain from my own work on skeleton-based fall detection for CCTV (fallnet) and on edge-yolo-trt.",
    ] {
        assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
    }
    assert!(
        !told
            .iter()
            .any(|s| s.ends_with("It is close to what I did in fallnet.")),
        "{told:#?}"
    );
}

#[test]
fn a_result_after_its_work_is_told_with_how_it_was_reached() {
    let told = letter_of(
        "tests/fixtures/plain/ko-recsys.json",
        "tests/fixtures/plain/targets/ko-commerce-recsys.json",
        Lang::Ko,
    );
    // The candidate-generation result answers the first responsibility (투 타워 and 후보 생성
    // are recommender systems), and the highlight says how it was reached.
    let expected = [
        "스타일마켓에서는 패션 커머스 앱의 홈 피드와 상품 상세 추천을 담당했습니다.",
        "이곳에서 투 타워 후보 생성 모델 도입으로 recall@10이 0.61에서 0.83으로 향상되었습니다.",
        "합류하면 스타일마켓에서 해 온 일과 맞닿은 ‘개인화 추천 후보 생성 및 랭킹 모델 개발’ 업무부터 바로 맡을 수 있습니다.",
    ];
    for sentence in expected {
        assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
    }
}

#[test]
fn a_track_whose_places_were_just_named_is_told_without_them() {
    let told = letter_of(
        "tests/fixtures/plain/ko-recsys.json",
        "tests/fixtures/plain/targets/ko-commerce-recsys.json",
        Lang::Ko,
    );
    assert_eq!(
        sentence_after(&told, "스타일마켓에서 이커머스·추천 도메인을 직접 경험했고"),
        Some("저는 추천 시스템이라는 한 분야를 꾸준히 파고들었습니다."),
        "{told:#?}"
    );
    assert!(!told.iter().any(|s| s.contains("시작한")), "{told:#?}");
}

#[test]
fn a_paragraph_that_goes_on_with_the_last_ones_employer_does_not_rename_it() {
    let (profile, target, story) = korean_files(
        "tests/fixtures/plain/ko-medical.json",
        "tests/fixtures/plain/targets/ko-medical-imaging.json",
    );
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let paragraphs = letter(&mut writer);
    let opening = &paragraphs[0].sentences;
    assert!(
        opening
            .last()
            .is_some_and(|s| s.text.starts_with("메디비전에서는")),
        "{paragraphs:#?}"
    );
    assert_eq!(
        paragraphs[1].sentences.first().map(|s| s.text.as_str()),
        Some("같은 곳에서는 CT 폐 분할 모델 Dice가 0.78에서 0.84로 향상되었습니다."),
        "{paragraphs:#?}"
    );
    // A paragraph after one about other work names its place.
    let told = sentences(&paragraphs);
    assert_eq!(
        told.iter().filter(|s| s.starts_with("같은 곳")).count(),
        1,
        "{told:#?}"
    );
}

#[test]
fn pasted_html_is_told_as_sentences() {
    let told = letter_of(
        "tests/fixtures/realworld/en-pasted-html.json",
        "tests/fixtures/realworld/targets/en-ml-platform.json",
        Lang::En,
    );
    // A pasted list is one phrase, a bold subject is the sentence's subject, a line break
    // is a sentence break, and no markup is left in a sentence.
    let expected = [
        "The work also includes an active-learning loop for labelling and drift alerts in Grafana.",
        "At Forgeline Robotics, the defect detector (YOLOv8 + tiling) catches 96.5% of scratches at 1.2% false alarms, up from 81% with the rule-based system.",
        "At Forgeline Robotics, I worked on visual inspection for sheet-metal stamping. I worked in a team of 5, reporting to the VP of Engineering.",
    ];
    for sentence in expected {
        assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
    }
    assert!(
        !told.iter().any(|s| s.contains(['•', '<', '*'])),
        "{told:#?}"
    );
}

#[test]
fn german_and_spanish_lines_are_not_quoted_in_an_english_letter() {
    for path in [
        "tests/fixtures/realworld/de.json",
        "tests/fixtures/realworld/es.json",
    ] {
        let (profile, target, story) = files(
            path,
            "tests/fixtures/plain/targets/en-ml-platform.json",
            Lang::En,
        );
        let untranslated = Untranslated::default();
        let mut writer = Writer::new(&story, &profile, Lang::En, &target).noting(&untranslated);
        let told = sentences(&letter(&mut writer));
        for word in [
            "Wartung",
            "Abschlussarbeiten",
            "Prüfständen",
            "ingesta",
            "clientes",
        ] {
            assert!(!told.iter().any(|s| s.contains(word)), "{path}: {told:#?}");
        }
        // What was left out is what the user is asked to translate.
        assert!(
            untranslated.paths().iter().any(|p| p.starts_with("work[")),
            "{path}: {:?}",
            untranslated.paths()
        );
    }
}

#[test]
fn a_paper_the_letter_already_mentioned_is_referred_back_to() {
    let told = letter_of(
        "tests/fixtures/plain/en-nlp.json",
        "tests/fixtures/plain/targets/en-search-ranking.json",
        Lang::En,
    );
    assert!(
        told.iter()
            .any(|s| s.contains("I co-authored an EMNLP Findings paper")),
        "{told:#?}"
    );
    assert!(
        told.iter().any(|s| s.starts_with(
            "That paper, \"Harder Negatives, Better Retrievers: Mining Strategies for Dense Passage Retrieval\" (Findings of EMNLP 2021), is work I would bring to Tandem Goods."
        )),
        "{told:#?}"
    );
    assert!(!told.iter().any(|s| s.starts_with("My paper")), "{told:#?}");
}

#[test]
fn the_strongest_beats_tell_how_i_work() {
    // The paper fits the posting better than the track, whose places the domain sentence
    // has just named.
    let told = letter_of(
        "tests/fixtures/plain/en-speech.json",
        "tests/fixtures/plain/targets/en-voice-assistant.json",
        Lang::En,
    );
    assert_eq!(
        sentence_after(&told, "I know the speech and audio domain from my own work at"),
        Some("My paper \"Accent-Robust Streaming ASR with Adapter Fusion\" (Interspeech 2023) is work I would bring to Hearth Audio."),
        "{told:#?}"
    );
}

/// The places the sentences of `paragraph` are about, in order, each run once.
fn places(paragraph: &Paragraph) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for s in &paragraph.sentences {
        if let Some(p) = super::arrange::place_of(s) {
            if out.last() != Some(&p) {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn the_evidence_paragraph_tells_one_place_at_a_time() {
    let (profile, target, story) = korean_files(
        "tests/fixtures/plain/ko-recsys.json",
        "tests/fixtures/plain/targets/ko-commerce-recsys.json",
    );
    // The CLIP highlight is left to the opportunity it backs and the recall@10 one to the
    // letter's opening, as in the letter.
    let reserved = [
        "work[0].highlights[1]".to_string(),
        "work[0].highlights[0]".to_string(),
    ];
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told = super::arrange::evidence_paragraph(&mut writer, 3, 2, 0, &reserved);
    let texts: Vec<&str> = told.iter().map(|s| s.text.as_str()).collect();
    // By relevance alone: 스타일마켓 (latency), 트럭링크 (latency), 스타일마켓 (A/B testing).
    assert_eq!(
        texts,
        [
            "스타일마켓에서는 크로스 인코더 리랭커를 작은 모델로 증류해 p95 지연 시간을 820 ms에서 140 ms로 단축했습니다.",
            "또한 주간 A/B 테스트 체계를 만들어 1년간 41건 실험하고, 구매 전환율을 6.2% 개선했습니다.",
            "트럭링크에서는 검색 API 응답 시간을 120ms에서 35ms로 단축했습니다.",
        ]
    );
    let paragraph = Paragraph::new(told);
    assert_eq!(places(&paragraph), ["work[0]", "work[1]"]);
}

#[test]
fn a_long_paragraph_is_split_where_it_changes_place() {
    let s = |text: &str, path: &str| super::Sentence {
        text: text.to_string(),
        rule: "data-first",
        paths: vec![path.to_string()],
    };
    let long = vec![
        s("가.", "work[0].highlights[0]"),
        s("나.", "work[0].highlights[1]"),
        s("다.", "work[0].highlights[2]"),
        s("라.", "work[1].highlights[0]"),
        s("마.", "work[1].highlights[1]"),
    ];
    let parts = super::arrange::split_long(long, super::arrange::LONGEST);
    let texts: Vec<Vec<&str>> = parts
        .iter()
        .map(|p| p.iter().map(|s| s.text.as_str()).collect())
        .collect();
    assert_eq!(texts, [vec!["가.", "나.", "다."], vec!["라.", "마."]]);
}

const EDGE_EN: &str = r#"{
  "basics": { "name": "Jiwoo Kim" },
  "projects": [{
    "name": "Edge deployment of a person detector on Jetson Orin Nano",
    "repo": "jiwoo-kim-cv/edge-yolo-trt",
    "description": "Compressed a YOLOv8-s person detector to run at camera frame rate on an edge box.",
    "highlights": ["Applied structured channel pruning and INT8 post-training quantization"],
    "keywords": ["model compression", "TensorRT", "ONNX", "C++", "Jetson"],
    "domains": ["video surveillance"]
  }]
}"#;

const EDGE_KO: &str = r#"{
  "company": "라이트엣지",
  "title": "모델 경량화 엔지니어",
  "responsibilities": ["TensorRT, ONNX Runtime을 이용한 모델 변환과 추론 최적화"],
  "questions": [
    { "question": "지원 직무와 관련된 경험과 역량을 구체적으로 작성해 주세요.", "maxChars": 1000 }
  ]
}"#;

#[test]
fn an_english_profile_asked_for_korean_tells_the_tools_of_its_work() {
    let (profile, target, story) = inputs(EDGE_EN, EDGE_KO, Lang::Ko);
    let untranslated = super::Untranslated::default();
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target).noting(&untranslated);
    let answers = super::answers(&mut writer, &target.questions);
    // No English prose is quoted; the names of the work and its tools pass.
    assert_eq!(
        sentences(&answers[0]),
        ["edge-yolo-trt에서는 TensorRT, ONNX, C++, Jetson을 다뤘습니다."]
    );
    // What would fill the answer once translated is listed for coach.
    let paths = untranslated.paths();
    assert!(
        paths.contains(&"projects[0].highlights[0]".to_string()),
        "{paths:?}"
    );
}

#[test]
fn an_opportunity_tied_to_a_paper_points_to_the_paper() {
    let (profile, target, story) = korean_files(
        "profiles/example.json",
        "profiles/targets/lightedge.ko.json",
    );
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told: Vec<String> = super::answers(&mut writer, &target.questions)
        .iter()
        .flat_map(|a| sentences(a))
        .collect();
    assert!(
        told.iter().any(|s| s
            == "제 논문 「Lightweight Skeleton-Based Fall Detection for Edge CCTV」에서 다룬 문제와 맞닿아 있습니다."),
        "{told:#?}"
    );
    assert!(
        !told.iter().any(|s| s.contains("CCTV에서 해 온 일")),
        "{told:#?}"
    );
}

#[test]
fn an_english_profile_in_a_korean_letter_tells_its_tools_too() {
    let mut target_json: serde_json::Value = serde_json::from_str(EDGE_KO).expect("target");
    target_json["questions"] = serde_json::json!([]);
    let (profile, target, story) = inputs(EDGE_EN, &target_json.to_string(), Lang::Ko);
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told = sentences(&letter(&mut writer));
    assert!(
        told.iter()
            .any(|s| s == "edge-yolo-trt에서는 TensorRT, ONNX, C++, Jetson을 다뤘습니다."),
        "{told:#?}"
    );
    assert!(!told.iter().any(|s| s.contains("Applied")), "{told:#?}");
}

#[test]
fn a_letter_with_no_work_to_tell_says_what_was_studied() {
    let profile = profile(
        r#"{
      "basics": { "name": "Daniel Okafor" },
      "education": [{
        "institution": "University of Toronto",
        "area": "Computer Science",
        "courses": ["CSC311 Introduction to Machine Learning", "CSC413 Neural Networks and Deep Learning", "CSC420 Introduction to Image Understanding", "STA302 Methods of Data Analysis"]
      }]
    }"#,
    );
    let target = target(VOICE);
    let story = story_of(&profile, &target, Lang::En);
    let mut writer = Writer::new(&story, &profile, Lang::En, &target);
    let told = sentences(&letter(&mut writer));
    assert_eq!(
        told,
        [
            "I am applying for the Speech Recognition Engineer role at Hearth Audio.",
            "At the University of Toronto, my Computer Science courses included CSC311 Introduction to Machine Learning, CSC413 Neural Networks and Deep Learning and CSC420 Introduction to Image Understanding.",
            "Thank you for your time.",
        ]
    );
}

#[test]
fn an_undated_project_is_no_step_and_a_paper_is_named_with_its_venue() {
    let told = letter_of(
        "tests/fixtures/plain/ko-medical.json",
        "tests/fixtures/plain/targets/ko-medical-imaging.json",
        Lang::Ko,
    );
    // The demo has no date: the letter does not claim the work started there.
    assert!(!told.iter().any(|s| s.contains("시작한")), "{told:#?}");
    assert!(
        told.iter().any(|s| s
            == "저는 현장에서 쓰일 연구를 지향합니다. Medical Physics에 발표한 논문 「Label-efficient nodule detection with lesion-aware augmentation」도 그런 연구입니다."),
        "{told:#?}"
    );
}

#[test]
fn the_lightweighting_numbers_do_not_all_open_alike() {
    let (profile, target, story) = korean_files(
        "profiles/example.ko.json",
        "profiles/targets/visionguard.json",
    );
    let beat = story
        .beats
        .iter()
        .find(|b| b.rule == crate::story::RuleId::CompressionValue)
        .expect("a lightweighting beat");
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told: Vec<String> = writer
        .compression(beat, true)
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(
        told,
        [
            "경량화는 결국 속도와 비용의 문제입니다.",
            "Jetson Orin Nano 사람 탐지 모델 엣지 배포 (edge-yolo-trt)에서 프레임당 지연 시간을 84 ms에서 21 ms로 줄였습니다.",
            "동시에 모델 크기를 43 MB에서 11 MB로 줄였습니다.",
            "또한 mAP@0.5 (사람)는 0.826에서 0.812로 바뀌었습니다.",
        ]
    );
}

#[test]
fn the_domain_sentence_does_not_rename_the_project_just_told() {
    let (profile, target, story) = korean_files(
        "profiles/example.ko.json",
        "profiles/targets/lightedge.ko.json",
    );
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let motivation = sentences(&super::answers(&mut writer, &target.questions)[0]);
    assert!(
        motivation.iter().any(|s| s
            == "이 프로젝트에서 온디바이스 AI·모델 경량화 도메인을 직접 경험했고, Google - Isolated Sign Language Recognition에서도 이 도메인을 다뤘습니다."),
        "{motivation:#?}"
    );
}

#[test]
fn a_team_project_is_not_called_a_personal_one() {
    let (profile, target, story) =
        korean_files("profiles/example.ko.json", "profiles/targets/shopmind.json");
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told = sentences(&letter(&mut writer));
    assert!(
        told.iter()
            .any(|s| s
                == "팀 프로젝트 ‘영화 추천 웹 앱’에서 이커머스·추천 도메인을 직접 경험했습니다."),
        "{told:#?}"
    );
    assert!(
        !told.iter().any(|s| s.contains("개인 프로젝트 ‘영화")),
        "{told:#?}"
    );
}

#[test]
fn a_goals_answer_ends_with_its_close() {
    let (profile, target, story) = korean_files(
        "profiles/example.ko.json",
        "profiles/targets/safecity.ko.json",
    );
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let goals = sentences(&super::answers(&mut writer, &target.questions)[1]);
    let last = goals.last().expect("a goals answer");
    assert!(last.contains("업무"), "{goals:#?}");
    // Evidence that filled the room came before it.
    assert!(
        goals.iter().any(|s| s.contains("43 MB에서 11 MB로")),
        "{goals:#?}"
    );
}

#[test]
fn the_close_points_to_the_code_before_a_paper() {
    let (profile, target, story) =
        korean_files("profiles/example.json", "profiles/targets/safecity.ko.json");
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let close: Vec<String> = writer.close().into_iter().map(|s| s.text).collect();
    assert_eq!(
        close.first().map(String::as_str),
        Some(
            "fallnet은 github.com/jiwoo-kim-cv/fallnet에 공개되어 있어 미리 살펴보실 수 있습니다."
        ),
        "{close:#?}"
    );
}

#[test]
fn an_english_profile_in_korean_claims_no_help_it_cannot_show() {
    let told = letter_of(
        "tests/fixtures/plain/en-nlp.json",
        "tests/fixtures/plain/targets/ko-traffic-vision.json",
        Lang::Ko,
    );
    // The line that would back the idea is English: offered as a wish, not as help.
    assert!(
        told.iter().any(|s| {
            s
            == "모델별 최적 경량화 조합 자동 탐색은 제가 스마트로드에서 가장 해 보고 싶은 일입니다."
        }),
        "{told:#?}"
    );
    assert!(
        told.iter().any(|s| s
            == "Kaggle CommonLit Readability Prize에서 4,358팀 중 23위로 은메달을 받았습니다."),
        "{told:#?}"
    );
}

#[test]
fn after_a_description_the_result_is_told_by_the_line_that_says_how() {
    let profile = profile(
        r#"{
      "basics": { "name": "Priya Raman" },
      "work": [{
        "name": "Lieferfix",
        "position": "Senior MLOps Engineer",
        "startDate": "2021-10",
        "summary": "Grocery delivery in 40 German cities; I lead the ML platform team of four.",
        "highlights": [
          "Moved 14 models from hand-run notebooks to Kubeflow pipelines with MLflow tracking; deployment time cut from 2 days to 40 minutes"
        ]
      }]
    }"#,
    );
    let target = target(
        r#"{
      "company": "Quayside Logistics",
      "title": "ML Platform Engineer",
      "responsibilities": ["Own training and deployment pipelines on Kubernetes"]
    }"#,
    );
    let story = story_of(&profile, &target, Lang::En);
    let mut writer = Writer::new(&story, &profile, Lang::En, &target);
    let told = sentences(&letter(&mut writer));
    for sentence in [
        "At Lieferfix (grocery delivery in 40 German cities), I lead the ML platform team of four.",
        "There, I moved 14 models from hand-run notebooks to Kubeflow pipelines with MLflow tracking, cutting deployment time from 2 days to 40 minutes.",
    ] {
        assert!(told.iter().any(|s| s == sentence), "{sentence}\n{told:#?}");
    }
}

#[test]
fn an_offer_whose_work_cannot_be_told_in_the_documents_language_is_a_wish() {
    let profile = profile(SPEECH);
    let target = target(VOICE);
    let story = story_of(&profile, &target, Lang::Ko);
    let mut writer = Writer::new(&story, &profile, Lang::Ko, &target);
    let told = sentences(&letter(&mut writer));
    // The wake-word line behind the idea is English: a Korean letter cannot quote it, so it
    // does not claim it can help, only that it wants to.
    assert!(
        told.iter().any(|s| s
            == "개인정보·지연을 위한 온디바이스 음성 모델은 제가 Hearth Audio에서 가장 해 보고 싶은 일입니다."),
        "{told:#?}"
    );
}

/// The no-data answer's plan, before the work that backs it.
const PLAN_EN: &str = "I would start by labelling a small, carefully chosen set myself, stretch it with synthetic data and augmentation, pretrain with self-supervision on the unlabelled data the company does have, and transfer from a public model; when the budget allows, buying labelled data is often the best value.";
const PLAN_KO: &str = "먼저 작지만 잘 고른 데이터를 직접 라벨링하고, 합성 데이터와 증강으로 늘리고, 회사에 쌓인 라벨 없는 데이터로 자기지도 사전학습을 한 뒤 공개 모델에서 전이 학습을 하겠습니다. 예산이 허락한다면 라벨링된 데이터를 사는 것이 가장 가성비가 좋은 경우가 많습니다.";

/// `inputs` of the repository's files in `lang`.
fn files(profile_path: &str, target_path: &str, lang: Lang) -> (Profile, Target, Story) {
    let read = |path: &str| {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
            .expect("a repository file")
    };
    inputs(&read(profile_path), &read(target_path), lang)
}

/// The interview preparation of the repository's files in `lang`: each question with its
/// answer's text and the paths of its facts.
fn prep_of(
    profile_path: &str,
    target_path: &str,
    lang: Lang,
) -> Vec<(String, String, Vec<String>)> {
    let (profile, target, story) = files(profile_path, target_path, lang);
    crate::view::pitch::prep(&target, &story, &profile, lang, &Default::default())
        .items
        .into_iter()
        .map(|item| {
            let text: Vec<String> = item.answer.iter().map(|b| b.text.clone()).collect();
            let paths = item.answer.into_iter().flat_map(|b| b.paths).collect();
            (item.question.text, text.join(" "), paths)
        })
        .collect()
}

/// The answer to the question that starts with `question`.
fn answer_to(prep: &[(String, String, Vec<String>)], question: &str) -> String {
    prep.iter()
        .find(|(q, _, _)| q.starts_with(question))
        .map(|(_, a, _)| a.clone())
        .unwrap_or_default()
}

#[test]
fn no_highlight_is_told_in_two_prep_answers() {
    let prep = prep_of(
        "tests/fixtures/plain/en-speech.json",
        "tests/fixtures/plain/targets/en-voice-assistant.json",
        Lang::En,
    );
    let mut seen: Vec<&String> = Vec::new();
    for (question, _, paths) in &prep {
        for p in paths.iter().filter(|p| p.contains(".highlights[")) {
            assert!(!seen.contains(&p), "{p} told again under {question}");
            seen.push(p);
        }
    }
    assert_eq!(
        answer_to(&prep, "What would you do if we had no data"),
        format!("{PLAN_EN} I have done this before. At Sonance Labs, I built the data pipeline that turns opted-in recordings into transcribed, speaker-balanced training sets.")
    );
    assert_eq!(
        answer_to(&prep, "Why does making models lighter matter"),
        // The on-device wake-word model (160 KB, int8) told in the first answer.
        "Lightweighting is, in the end, about speed and cost. My example is the result above from my work at Sonance Labs."
    );
}

#[test]
fn why_us_tells_what_the_company_does_and_the_closest_work() {
    let prep = prep_of(
        "tests/fixtures/plain/ko-vision.json",
        "tests/fixtures/plain/targets/ko-traffic-vision.json",
        Lang::Ko,
    );
    assert_eq!(answer_to(&prep, "왜 스마트로드입니까?"), "제가 알기로 스마트로드는 전국 지자체의 교통 CCTV 영상을 분석해 사고와 위험 상황을 관제센터에 실시간으로 알리는 스마트시티 기업입니다. 로드아이에서 교통·스마트시티 도메인을 직접 경험했습니다. 스마트로드가 이 자리에 맡기려는 일 가운데 ‘현장 데이터 수집·라벨링과 재학습 파이프라인 운영’은 제가 로드아이에서 해 온 일입니다. 그곳에서 현장 오탐 영상을 주 단위로 수집·라벨링하는 재학습 파이프라인을 구축해 오탐률을 23% 줄였습니다.");
    let prep = prep_of(
        "tests/fixtures/plain/en-speech.json",
        "tests/fixtures/plain/targets/en-voice-assistant.json",
        Lang::En,
    );
    assert_eq!(answer_to(&prep, "Why Hearth Audio,"), "As I understand it, Hearth Audio makes smart speakers and earbuds. I know the speech and audio domain from my own work at Sonance Labs and at Callwise. Hearth Audio's posting lists “Train and compress streaming ASR and wake-word models” among this role's responsibilities, and it is work I have done at Sonance Labs.");
}

#[test]
fn a_profile_with_no_work_is_prepared_from_its_courses_and_says_so() {
    let prep = prep_of(
        "tests/fixtures/plain/en-newgrad.json",
        "tests/fixtures/plain/targets/en-ml-platform.json",
        Lang::En,
    );
    let questions: Vec<&str> = prep.iter().map(|(q, _, _)| q.as_str()).collect();
    assert_eq!(
        questions,
        [
            "Why should Quayside Logistics hire you?",
            "Why Quayside Logistics, and what do you know about our domain?",
            "What would you do if we had no data to train on?"
        ]
    );
    assert_eq!(
        answer_to(&prep, "Why Quayside"),
        "As I understand it, Quayside Logistics moves containers for 3,000 shippers across Europe. I have not worked in this domain yet, so I would start by learning it from your team and your data."
    );
    assert_eq!(answer_to(&prep, "Why should"), "At the University of Toronto, my Computer Science courses included CSC311 Introduction to Machine Learning, CSC413 Neural Networks and Deep Learning and CSC420 Introduction to Image Understanding. The tools I work with every day are Python and PyTorch. I have not yet held a job or built a project in this field, so what I can show is my coursework and my skills rather than results.");
    assert_eq!(
        answer_to(&prep, "What would you do if we had no data"),
        format!("{PLAN_EN} My profile has no project where I had to build the data myself, so this is a plan rather than experience.")
    );
    let prep = prep_of(
        "tests/fixtures/plain/en-newgrad.json",
        "tests/fixtures/plain/targets/en-ml-platform.json",
        Lang::Ko,
    );
    assert_eq!(answer_to(&prep, "회사에 학습할 데이터가 없다면"), format!("{PLAN_KO} 제 이력에는 데이터를 직접 만들어야 했던 프로젝트가 없어, 이 답은 경험이 아니라 계획입니다."));
}

#[test]
fn a_track_outside_the_posting_is_not_why_the_candidate_fits() {
    for (profile_path, lang, expected) in [
        ("profiles/example.json", Lang::En, "My own field so far has been video understanding, from my skeleton-based fall detection for CCTV (fallnet) to VideoMAE reproduction on a single GPU (videomae-lite)."),
        ("profiles/example.ko.json", Lang::Ko, "지금까지 제가 파고든 분야는 영상 이해입니다. 개인 프로젝트 ‘fallnet’에서 시작한 이 일을 ‘단일 GPU로 VideoMAE 재현’으로까지 넓혔습니다."),
    ] {
        let (profile, target, story) = files(profile_path, "profiles/targets/shopmind.json", lang);
        let mut writer = Writer::new(&story, &profile, lang, &target);
        let said = sentences(&letter(&mut writer));
        assert!(said.iter().any(|s| s == expected), "{said:#?}");
    }
}
