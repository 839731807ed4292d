//! A GitHub look-alike on 127.0.0.1 for `bench/refresh.sh`: the recorded fixtures for any
//! repository, 304 for a matching `If-None-Match`, and a fixed delay before every answer.
//!
//! Usage: `fake_github PORT DELAY_MS`. Prints `ready` once listening and exits by itself
//! after ten minutes, so a forgotten server never outlives the benchmark for long.

#[path = "../tests/common/github.rs"]
#[allow(dead_code)]
mod github;
#[path = "../tests/common/server.rs"]
#[allow(dead_code)]
mod server;

use std::time::Duration;

use server::{Reply, Server};

const LIFETIME: Duration = Duration::from_secs(600);

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(port), Some(delay)) = (
        args.get(1).and_then(|p| p.parse::<u16>().ok()),
        args.get(2).and_then(|d| d.parse::<u64>().ok()),
    ) else {
        eprintln!("usage: fake_github PORT DELAY_MS");
        std::process::exit(2);
    };
    let delay = Duration::from_millis(delay);
    let server = Server::start_on(
        &format!("127.0.0.1:{port}"),
        move |request| match github::answer(request) {
            Reply::Respond(response) => Reply::Respond(response.delay(delay)),
            other => other,
        },
    );
    println!("ready {}", server.url);
    std::thread::sleep(LIFETIME);
}
