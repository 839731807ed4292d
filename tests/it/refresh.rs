//! `storyfolio refresh` against a GitHub look-alike on 127.0.0.1 started by each test:
//! conditional requests, every fault GitHub answers with, and the cache before and after.

use crate::common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::github::{self, answer, respond};
use crate::common::server::{Reply, Request, Response, Server};
use crate::common::{stderr, stdout};
use assert_cmd::Command;
use serde_json::Value;

const SECRET: &str = "ghp_S3cretT0kenThatMustNeverLeak0000000000";

/// A folder with a profile naming user `octo` and repositories `octo/alpha`, `octo/beta`.
struct Setup {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        Setup::with_profile(
            r#"{"github": "octo", "projects": [
                {"name": "Alpha", "repo": "octo/alpha"},
                {"name": "Beta", "url": "https://github.com/octo/beta"}]}"#,
        )
    }

    fn with_profile(json: &str) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::write(root.join("me.json"), json).unwrap();
        Setup { _dir: dir, root }
    }

    /// A profile naming only the repository `octo/alpha`.
    fn alpha() -> Setup {
        Setup::with_profile(r#"{"projects": [{"repo": "octo/alpha"}]}"#)
    }

    /// `refresh --jobs 1`: one request at a time, so the order of requests and lines is fixed.
    fn run_serial(&self, server: &Server) -> std::process::Output {
        run(&mut self.refresh(server, &["--jobs", "1"]))
    }

    fn cache_path(&self) -> PathBuf {
        self.root.join("me.github.json")
    }

    fn cache(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(self.cache_path()).unwrap()).unwrap()
    }

    fn cache_text(&self) -> Option<String> {
        std::fs::read_to_string(self.cache_path()).ok()
    }

    /// `storyfolio refresh me.json --api-url URL ARGS` with a scrubbed environment.
    fn refresh(&self, server: &Server, args: &[&str]) -> Command {
        let mut cmd = self.storyfolio();
        cmd.args(["refresh", "me.json", "--api-url", &server.url])
            .args(args);
        cmd
    }

    fn storyfolio(&self) -> Command {
        let mut cmd = common::storyfolio();
        cmd.env("PATH", "/usr/bin:/bin")
            .env("HOME", &self.root)
            .current_dir(&self.root)
            .timeout(Duration::from_secs(60));
        cmd
    }
}

fn github_server() -> Server {
    Server::start(answer)
}

/// The GitHub look-alike, except that `path` answers `response`.
fn github_except(path: &'static str, response: Response) -> Server {
    Server::start(move |request: &Request| {
        if request.path == path {
            return response.clone().reply();
        }
        answer(request)
    })
}

fn run(cmd: &mut Command) -> std::process::Output {
    cmd.output().unwrap()
}

const NOTE: &str = "note: no GITHUB_TOKEN or GH_TOKEN set; GitHub allows 60 requests an hour without a token, and this refresh needs about 9\n";

#[test]
fn first_refresh_fetches_everything_and_second_sends_only_conditional_requests() {
    let setup = Setup::new();
    let server = github_server();
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "refreshed  user octo\nrefreshed  octo/alpha\nrefreshed  octo/beta\n\
         summary: 3 refreshed, 0 unchanged (304), 0 failed\nwrote me.github.json\n"
    );
    assert_eq!(stderr(&out), NOTE);
    assert_eq!(
        server.paths(),
        [
            "/users/octo",
            "/repos/octo/alpha",
            "/repos/octo/alpha/languages",
            "/repos/octo/alpha/commits?per_page=1",
            "/repos/octo/alpha/releases?per_page=1",
            "/repos/octo/beta",
            "/repos/octo/beta/languages",
            "/repos/octo/beta/commits?per_page=1",
            "/repos/octo/beta/releases?per_page=1",
        ]
    );
    for request in server.requests() {
        assert_eq!(request.method, "GET", "refresh only reads from GitHub");
        assert_eq!(request.header("If-None-Match"), None);
        assert_eq!(
            request.header("Accept"),
            Some("application/vnd.github+json")
        );
        assert_eq!(request.header("X-GitHub-Api-Version"), Some("2022-11-28"));
        assert!(request
            .header("User-Agent")
            .is_some_and(|ua| ua.starts_with("storyfolio/")));
        assert_eq!(request.header("Authorization"), None);
    }
    let cache = setup.cache();
    assert_eq!(cache["version"], 1);
    assert_eq!(cache["user"]["stats"]["login"], "octo");
    assert_eq!(cache["user"]["etag"], "W/\"user-octo\"");
    let alpha = &cache["repos"]["octo/alpha"];
    assert_eq!(alpha["etag"], "W/\"repo-octo-alpha\"");
    assert_eq!(alpha["last_modified"], "Fri, 24 Apr 2026 00:49:07 GMT");
    assert_eq!(
        alpha["validators"]["commits"]["etag"],
        "\"commits-octo-alpha\""
    );
    assert_eq!(alpha["stale"], false);
    let stats = &alpha["stats"];
    assert_eq!(stats["full_name"], "octo/alpha");
    assert_eq!(stats["stars"], 7);
    assert_eq!(stats["forks"], 1874);
    assert_eq!(stats["commits"], github::COMMITS);
    assert_eq!(stats["releases"], 1);
    assert_eq!(stats["license"], "LGPL-3.0");
    assert_eq!(stats["languages"][0]["name"], "Ruby");
    assert_eq!(stats["languages"][0]["percent"], 78.5);
    assert!(cache["repos"]["octo/beta"].is_object());

    let second = setup.run_serial(&server);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(
        stdout(&second),
        "unchanged  user octo (304)\nunchanged  octo/alpha (304)\nunchanged  octo/beta (304)\n\
         summary: 0 refreshed, 3 unchanged (304), 0 failed\nwrote me.github.json\n"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 18);
    for request in &requests[9..] {
        assert!(
            request.header("If-None-Match").is_some(),
            "unconditional: {}",
            request.path
        );
    }
    assert_eq!(
        requests[10].header("If-None-Match"),
        Some("W/\"repo-octo-alpha\"")
    );
    assert_eq!(
        requests[10].header("If-Modified-Since"),
        Some("Fri, 24 Apr 2026 00:49:07 GMT")
    );
    let mut after = setup.cache();
    let mut before = cache;
    for cache in [&mut before, &mut after] {
        cache["user"]["fetched_at"] = Value::Null;
        for repo in cache["repos"].as_object_mut().unwrap().values_mut() {
            repo["fetched_at"] = Value::Null;
        }
    }
    assert_eq!(before, after, "a 304 must keep every statistic");
}

#[test]
fn parallel_refresh_gets_the_same_cache() {
    let setup = Setup::new();
    let server = github_server();
    let out = run(&mut setup.refresh(&server, &[]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(server.requests().len(), 9);
    let text = stdout(&out);
    assert!(
        text.ends_with("summary: 3 refreshed, 0 unchanged (304), 0 failed\nwrote me.github.json\n")
    );
    assert_eq!(
        setup.cache()["repos"]["octo/beta"]["stats"]["commits"],
        github::COMMITS
    );
}

#[test]
fn token_is_sent_but_never_shown_or_stored() {
    let setup = Setup::new();
    let server = github_server();
    let out = run(setup.refresh(&server, &[]).env("GITHUB_TOKEN", SECRET));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "", "no note when a token is set");
    for request in server.requests() {
        assert_eq!(
            request.header("Authorization"),
            Some(format!("Bearer {SECRET}").as_str())
        );
    }
    assert!(!stdout(&out).contains(SECRET));
    assert!(!setup.cache_text().unwrap().contains(SECRET));
}

#[test]
fn gh_token_is_used_when_github_token_is_unset() {
    let setup = Setup::new();
    let server = github_server();
    let out = run(setup.refresh(&server, &[]).env("GH_TOKEN", "gho_other"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        server.requests()[0].header("Authorization"),
        Some("Bearer gho_other")
    );
}

#[test]
fn bad_token_stops_at_once_and_is_not_retried() {
    let setup = Setup::new();
    let server = Server::start(|_: &Request| respond(401, github::BAD_CREDENTIALS).reply());
    let out = run(setup
        .refresh(&server, &["--jobs", "1"])
        .env("GITHUB_TOKEN", SECRET));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), 1, "401 is never retried");
    assert_eq!(
        stdout(&out),
        "failed     user octo: not refreshed: the token was rejected (401)\n\
         failed     octo/alpha: not refreshed: the token was rejected (401)\n\
         failed     octo/beta: not refreshed: the token was rejected (401)\n\
         summary: 0 refreshed, 0 unchanged (304), 3 failed\n"
    );
    assert_eq!(
        stderr(&out),
        "error: github rejected the token (401 bad credentials); check GITHUB_TOKEN / GH_TOKEN, or unset it to refresh without one\n"
    );
    assert!(!stdout(&out).contains(SECRET) && !stderr(&out).contains(SECRET));
    assert!(
        setup.cache_text().is_none(),
        "nothing learned, nothing written"
    );
}

#[test]
fn token_stays_out_of_transport_errors() {
    let setup = Setup::new();
    let server = Server::start(|_: &Request| Reply::Drop);
    let out = run(setup
        .refresh(&server, &["--jobs", "1"])
        .env("GITHUB_TOKEN", SECRET));
    assert_eq!(out.status.code(), Some(1));
    assert!(!stdout(&out).contains(SECRET) && !stderr(&out).contains(SECRET));
}

/// Runs a first, successful refresh so that later faults have statistics to keep.
fn refreshed_once(setup: &Setup) -> Value {
    let server = github_server();
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    setup.cache()
}

#[test]
fn not_found_keeps_the_old_statistics_marked_stale() {
    let setup = Setup::new();
    let before = refreshed_once(&setup);
    let server = Server::start(|request: &Request| {
        if request.path.starts_with("/repos/octo/beta") {
            respond(404, github::NOT_FOUND).reply()
        } else {
            answer(request)
        }
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "unchanged  user octo (304)\nunchanged  octo/alpha (304)\n\
         missing    octo/beta: not found (404); it may be private, renamed without a redirect, or deleted; kept the last statistics, marked stale\n\
         summary: 0 refreshed, 2 unchanged (304), 1 failed\nwrote me.github.json\n"
    );
    let after = setup.cache();
    assert_eq!(after["repos"]["octo/beta"]["stale"], true);
    assert_eq!(
        after["repos"]["octo/beta"]["stats"],
        before["repos"]["octo/beta"]["stats"]
    );
    assert_eq!(
        after["repos"]["octo/beta"]["fetched_at"],
        before["repos"]["octo/beta"]["fetched_at"]
    );
}

#[test]
fn moved_repository_is_followed_and_the_new_name_reported() {
    let setup = Setup::with_profile(r#"{"projects": [{"name": "Old", "repo": "octo/old-name"}]}"#);
    let server = Server::start(|request: &Request| match request.path.as_str() {
        "/repos/octo/old-name" => respond(301, github::MOVED)
            .header("Location", "/repositories/515436299")
            .reply(),
        "/repositories/515436299" => respond(200, github::repo_body("octo-org/new-name", 3))
            .header("ETag", "\"moved\"")
            .reply(),
        _ => answer(request),
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "moved      octo/old-name -> octo-org/new-name: refreshed; write `octo-org/new-name` in the profile\n\
         summary: 1 refreshed, 0 unchanged (304), 0 failed\nwrote me.github.json\n"
    );
    assert_eq!(
        server.paths(),
        [
            "/repos/octo/old-name",
            "/repositories/515436299",
            "/repos/octo-org/new-name/languages",
            "/repos/octo-org/new-name/commits?per_page=1",
            "/repos/octo-org/new-name/releases?per_page=1",
        ]
    );
    let cache = setup.cache();
    assert_eq!(
        cache["repos"]["octo/old-name"]["moved_to"],
        "octo-org/new-name"
    );
    assert_eq!(cache["repos"]["octo/old-name"]["stats"]["stars"], 3);
}

#[test]
fn primary_rate_limit_mid_refresh_stops_sending_and_keeps_what_was_fetched() {
    let setup = Setup::new();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    let server = Server::start(move |request: &Request| {
        // user + alpha's four requests succeed; beta's first one hits the limit.
        if seen.fetch_add(1, Ordering::SeqCst) >= 5 {
            return Response::new(403, github::PRIMARY_LIMIT)
                .header("X-RateLimit-Limit", "60")
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", github::RESET)
                .reply();
        }
        answer(request)
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), 6, "nothing sent after the limit");
    assert_eq!(
        stdout(&out),
        "refreshed  user octo\nrefreshed  octo/alpha\n\
         failed     octo/beta: not refreshed: the rate limit is used up\n\
         summary: 2 refreshed, 0 unchanged (304), 1 failed\nwrote me.github.json\n"
    );
    assert_eq!(
        stderr(&out),
        format!("{NOTE}error: the github rate limit is used up; it resets at 2100-01-01T00:00:00Z (in {} min); everything fetched so far is saved; with GITHUB_TOKEN set GitHub allows 5,000 requests an hour\n", minutes_until(4102444800))
    );
    let cache = setup.cache();
    assert_eq!(
        cache["repos"]["octo/alpha"]["stats"]["commits"],
        github::COMMITS
    );
    assert!(cache["repos"].get("octo/beta").is_none());
    assert_eq!(cache["user"]["stats"]["login"], "octo");
}

fn minutes_until(reset: i64) -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    (reset - now + 59) / 60
}

#[test]
fn remaining_zero_on_a_success_stops_before_the_next_request() {
    let setup = Setup::with_profile(r#"{"github": "octo", "projects": [{"repo": "octo/alpha"}]}"#);
    let server = Server::start(|request: &Request| {
        let Reply::Respond(mut response) = answer(request) else {
            return Reply::Drop;
        };
        for (name, value) in &mut response.headers {
            if name == "X-RateLimit-Remaining" {
                *value = "0".into();
            }
        }
        Reply::Respond(response)
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.paths(), ["/users/octo"]);
    assert!(stdout(&out).starts_with(
        "refreshed  user octo\nfailed     octo/alpha: not refreshed: the rate limit is used up\n"
    ));
}

#[test]
fn secondary_rate_limit_is_waited_out_with_retry_after() {
    let setup = Setup::alpha();
    let first = Arc::new(AtomicUsize::new(0));
    let server = Server::start(move |request: &Request| {
        if request.path == "/repos/octo/alpha" && first.fetch_add(1, Ordering::SeqCst) == 0 {
            return respond(403, github::SECONDARY_LIMIT)
                .header("Retry-After", "1")
                .reply();
        }
        answer(request)
    });
    let started = Instant::now();
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(server.requests().len(), 5);
    assert_eq!(
        server.paths()[..2],
        ["/repos/octo/alpha", "/repos/octo/alpha"]
    );
}

#[test]
fn secondary_rate_limit_that_persists_stops_after_bounded_tries() {
    let setup =
        Setup::with_profile(r#"{"projects": [{"repo": "octo/alpha"}, {"repo": "octo/beta"}]}"#);
    let server = Server::start(|_: &Request| {
        respond(403, github::SECONDARY_LIMIT)
            .header("Retry-After", "1")
            .reply()
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), 3, "three tries, then nothing more");
    assert_eq!(
        stderr(&out),
        format!("{}error: github's secondary rate limit stopped the refresh; github asks to wait 1 s before trying again; everything fetched so far is saved\n",
            NOTE.replace("about 9", "about 8"))
    );
    assert!(stdout(&out)
        .contains("failed     octo/beta: not refreshed: github's secondary rate limit\n"));
}

#[test]
fn server_errors_are_retried_with_backoff() {
    let setup = Setup::alpha();
    let fails = Arc::new(AtomicUsize::new(0));
    let server = Server::start(move |request: &Request| {
        if request.path == "/repos/octo/alpha" && fails.fetch_add(1, Ordering::SeqCst) < 2 {
            return respond(502, "<html>bad gateway</html>").reply();
        }
        answer(request)
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(server.requests().len(), 6);
}

#[test]
fn server_errors_that_persist_are_reported_and_old_statistics_kept() {
    let setup = Setup::alpha();
    let before = refreshed_once(&setup);
    let server = Server::start(|_: &Request| respond(500, "{}").reply());
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), 3);
    assert_eq!(
        stdout(&out),
        "failed     octo/alpha: server error 500 after 3 tries\n\
         summary: 0 refreshed, 0 unchanged (304), 1 failed\n"
    );
    assert_eq!(
        setup.cache(),
        before,
        "nothing learned: the file is untouched"
    );
}

#[test]
fn slow_answers_time_out_and_are_reported() {
    let setup = Setup::alpha();
    let server = Server::start(|request: &Request| match answer(request) {
        Reply::Respond(response) => Reply::Respond(response.delay(Duration::from_secs(3))),
        other => other,
    });
    let started = Instant::now();
    let out = run(&mut setup.refresh(&server, &["--jobs", "1", "--timeout", "1"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "bounded by the timeout"
    );
    assert_eq!(server.requests().len(), 3);
    assert_eq!(
        stdout(&out),
        "failed     octo/alpha: timed out after 3 tries\n\
         summary: 0 refreshed, 0 unchanged (304), 1 failed\n"
    );
}

#[test]
fn dropped_connections_are_retried_then_reported() {
    let setup = Setup::alpha();
    let server = Server::start(|_: &Request| Reply::Drop);
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), 3);
    let text = stdout(&out);
    assert!(
        text.starts_with("failed     octo/alpha: connection failed: ")
            && text.contains(" after 3 tries\n"),
        "{text}"
    );
}

#[test]
fn malformed_json_is_reported_not_a_panic() {
    let setup = Setup::alpha();
    let server = github_except("/repos/octo/alpha", respond(200, "{\"full_name\": "));
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "failed     octo/alpha: malformed json from github: EOF while parsing a value at line 1 column 14\n\
         summary: 0 refreshed, 0 unchanged (304), 1 failed\n"
    );
}

#[test]
fn malformed_sub_resource_keeps_the_rest() {
    let setup = Setup::alpha();
    let server = github_except("/repos/octo/alpha/languages", respond(200, "[1, 2]"));
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "failed     octo/alpha: languages: malformed json from github: invalid type: sequence, expected a map at line 1 column 0\n\
         summary: 0 refreshed, 0 unchanged (304), 1 failed\nwrote me.github.json\n"
    );
    let cache = setup.cache();
    assert_eq!(
        cache["repos"]["octo/alpha"]["stats"]["commits"],
        github::COMMITS
    );
    assert!(cache["repos"]["octo/alpha"]["validators"]
        .get("languages")
        .is_none());
}

#[test]
fn empty_repository_has_zero_commits() {
    let setup = Setup::with_profile(r#"{"projects": [{"repo": "octo/empty"}]}"#);
    let server = Server::start(|request: &Request| {
        if request.path.starts_with("/repos/octo/empty/commits") {
            return respond(409, r#"{"message": "Git Repository is empty."}"#).reply();
        }
        if request.path.starts_with("/repos/octo/empty/releases") {
            return respond(200, "[]").reply();
        }
        answer(request)
    });
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let stats = &setup.cache()["repos"]["octo/empty"]["stats"];
    assert_eq!(stats["commits"], 0);
    assert_eq!(stats["releases"], 0);
}

#[test]
fn killed_refresh_leaves_the_previous_file_intact() {
    let setup = Setup::new();
    refreshed_once(&setup);
    let before = setup.cache_text().unwrap();
    let server = Server::start(|request: &Request| match answer(request) {
        Reply::Respond(response) => Reply::Respond(response.delay(Duration::from_millis(300))),
        other => other,
    });
    let mut child = common::command()
        .args([
            "refresh",
            "me.json",
            "--api-url",
            &server.url,
            "--jobs",
            "1",
        ])
        .env("PATH", "/usr/bin:/bin")
        .current_dir(&setup.root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!server.requests().is_empty(), "killed mid-refresh");
    assert_eq!(setup.cache_text().unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(&setup.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "no temp file left: {names:?}");
}

#[test]
fn corrupt_cache_is_rebuilt() {
    let setup = Setup::alpha();
    std::fs::write(setup.cache_path(), "{\"version\": 1, ").unwrap();
    let server = github_server();
    let out = run(&mut setup.refresh(&server, &[]));
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains(
        "warning: failed to parse `me.github.json`: EOF while parsing a value at line 1 column 15; run `storyfolio refresh` to rewrite it; starting a new one\n"
    ), "{}", stderr(&out));
    assert_eq!(setup.cache()["repos"]["octo/alpha"]["stats"]["stars"], 7);
}

#[test]
fn invalid_api_url_is_a_clear_error() {
    let setup = Setup::new();
    let out = run(setup
        .storyfolio()
        .args(["refresh", "me.json", "--api-url", "ftp://x"]));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{NOTE}error: invalid --api-url `ftp://x`: expected an http:// or https:// url\n")
    );
}

#[test]
fn jobs_out_of_range_is_a_usage_error() {
    let setup = Setup::new();
    let out = run(setup
        .storyfolio()
        .args(["refresh", "me.json", "--jobs", "0"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid value '0' for '--jobs <N>': 0 is not in 1..=32"));
}

#[test]
fn profile_without_github_has_nothing_to_refresh() {
    let setup = Setup::with_profile(r#"{"basics": {"name": "A"}}"#);
    let server = github_server();
    let out = run(&mut setup.refresh(&server, &[]));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "nothing to refresh: the profile names no GitHub user or repository\n"
    );
    assert!(server.requests().is_empty());
    assert!(setup.cache_text().is_none());
}

#[test]
fn validate_flags_old_stale_and_moved_statistics() {
    let setup =
        Setup::with_profile(r#"{"projects": [{"repo": "octo/alpha"}, {"repo": "octo/beta"}]}"#);
    std::fs::write(
        setup.cache_path(),
        r#"{"version": 1, "repos": {
            "octo/alpha": {"fetched_at": "2000-01-01T00:00:00Z", "stale": true,
                           "stats": {"full_name": "octo/alpha"}},
            "octo/beta": {"fetched_at": "2099-01-01T00:00:00Z", "moved_to": "octo/gamma",
                          "stats": {"full_name": "octo/gamma"}}}}"#,
    )
    .unwrap();
    let out = run(setup.storyfolio().args(["validate", "me.json"]));
    assert_eq!(out.status.code(), Some(0));
    let days = (std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        - 946_684_800)
        / 86_400;
    assert_eq!(
        stdout(&out),
        format!(
            "me.json: warning: `projects[0].repo`: `octo/alpha` was not found at the last refresh (404): it may be private or deleted; its statistics are the last known\n\
             me.json: warning: `projects[1].repo`: `octo/beta` has moved to `octo/gamma`; write `octo/gamma` here\n\
             me.json: warning: the GitHub statistics are {days} days old (fetched 2000-01-01T00:00:00Z), older than --stats-max-age 30; run `storyfolio refresh me.json`\n\
             me.json: valid profile (3 warnings)\n"
        )
    );
    let out = run(setup
        .storyfolio()
        .args(["validate", "me.json", "--stats-max-age", "100000"]));
    assert!(!stdout(&out).contains("days old"));
}

#[test]
fn validate_says_nothing_before_the_first_refresh() {
    let setup = Setup::new();
    let out = run(setup.storyfolio().args(["validate", "me.json"]));
    assert_eq!(stdout(&out), "me.json: valid profile\n");
}

#[test]
fn render_refresh_fetches_then_renders_and_plain_render_stays_offline() {
    let setup = Setup::new();
    let server = github_server();
    let out = run(setup.storyfolio().args([
        "render",
        "me.json",
        "--format",
        "md",
        "--out",
        "out",
        "--refresh",
        "--api-url",
        &server.url,
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(server.requests().len(), 9);
    assert!(stdout(&out).contains("wrote me.github.json\n"));
    assert!(stdout(&out).contains("wrote out/resume.md\n"));
    let out = run(setup.storyfolio().args([
        "render",
        "me.json",
        "--format",
        "md",
        "--out",
        "out",
        "--api-url",
        &server.url,
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        server.requests().len(),
        9,
        "render without --refresh sends nothing"
    );
}

#[test]
fn primary_rate_limit_told_only_by_the_message_still_stops() {
    // The recorded 403 carries no X-RateLimit-Remaining: the message must be enough.
    let setup =
        Setup::with_profile(r#"{"projects": [{"repo": "octo/alpha"}, {"repo": "octo/beta"}]}"#);
    let server = Server::start(|_: &Request| Response::new(403, github::PRIMARY_LIMIT).reply());
    let out = run(setup
        .refresh(&server, &["--jobs", "1"])
        .env("GITHUB_TOKEN", SECRET));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), 1);
    assert_eq!(
        stderr(&out),
        "error: the github rate limit is used up; it resets within the hour; everything fetched so far is saved\n"
    );
}

#[test]
fn plain_forbidden_is_reported_for_that_repository_only() {
    let setup =
        Setup::with_profile(r#"{"projects": [{"repo": "octo/alpha"}, {"repo": "octo/beta"}]}"#);
    let server = github_except(
        "/repos/octo/alpha",
        respond(403, r#"{"message": "Repository access blocked"}"#),
    );
    let out = setup.run_serial(&server);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "failed     octo/alpha: http 403: Repository access blocked\n\
         refreshed  octo/beta\n\
         summary: 1 refreshed, 0 unchanged (304), 1 failed\nwrote me.github.json\n"
    );
}
