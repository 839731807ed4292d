//! One logical GET with GitHub's fault rules: bounded retries with backoff for 5xx and
//! network faults, waiting out a secondary rate limit's `Retry-After`, and a shared stop
//! signal so that a 401 or an exhausted rate limit stops every worker from sending more.

use std::sync::Mutex;
use std::time::Duration;

use super::client::{Client, Response, TransportError};
use super::model::Validator;
use super::parse;

/// How often and how long to retry.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts per request, the first included.
    pub tries: u32,
    /// The first backoff; each further one doubles, up to `max_backoff`.
    pub base_backoff: Duration,
    pub max_backoff: Duration,
    /// The longest `Retry-After` that refresh waits out; a longer one stops the refresh.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            tries: 3,
            base_backoff: Duration::from_millis(300),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The pause before attempt `attempt + 1` (after `attempt` failures, from 1).
    pub fn backoff(&self, attempt: u32) -> Duration {
        let factor = 1u32
            .checked_shl(attempt.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.base_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff)
    }
}

/// A usable answer.
#[derive(Debug)]
pub enum Answer {
    /// 200: the body and headers.
    Fresh(Response),
    /// 304: what the cache holds is current.
    NotModified,
    /// 404: no such repository or user, or a private one.
    NotFound,
    /// 409: GitHub's answer for the commits of an empty repository.
    Conflict,
}

/// Why the whole refresh stopped sending requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopReason {
    /// 401: the token was rejected.
    BadCredentials,
    /// The primary rate limit is used up; `reset` is `X-RateLimit-Reset` (Unix seconds).
    RateLimit { reset: Option<i64> },
    /// A secondary rate limit that did not clear within the allowed waits.
    SecondaryLimit { retry_after: Option<u64> },
}

/// Why one request failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Not sent (or given up) because the refresh stopped.
    Stopped(StopReason),
    /// 5xx on every try.
    Server { status: u16, tries: u32 },
    /// No HTTP answer on every try.
    Transport { error: TransportError, tries: u32 },
    /// Another status (e.g. 403 without a rate limit), with GitHub's message.
    Status {
        status: u16,
        message: Option<String>,
    },
    /// A 200 whose body could not be read.
    Malformed(String),
}

/// The stop signal shared by all workers. The first reason wins.
#[derive(Debug, Default)]
pub struct Stop(Mutex<Option<StopReason>>);

impl Stop {
    /// The reason, once stopped.
    pub fn reason(&self) -> Option<StopReason> {
        self.0
            .lock()
            .map(|g| g.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    fn set(&self, reason: StopReason) {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_none() {
            *guard = Some(reason);
        }
    }
}

/// Sends GETs through `client` under `policy`, honouring and raising `stop`.
pub struct Fetcher<'a> {
    pub client: &'a Client,
    pub stop: &'a Stop,
    pub policy: RetryPolicy,
}

impl Fetcher<'_> {
    /// `GET path`, conditional on `validator`, with retries.
    pub fn get(&self, path: &str, validator: &Validator) -> Result<Answer, Fault> {
        let mut attempt = 0;
        loop {
            if let Some(reason) = self.stop.reason() {
                return Err(Fault::Stopped(reason));
            }
            attempt += 1;
            let last = attempt >= self.policy.tries;
            let response = match self.client.get(path, validator) {
                Ok(response) => response,
                Err(error) if last => {
                    return Err(Fault::Transport {
                        error,
                        tries: attempt,
                    })
                }
                Err(_) => {
                    std::thread::sleep(self.policy.backoff(attempt));
                    continue;
                }
            };
            match self.classify(response) {
                Step::Done(result) => return result,
                Step::RetryAfter(seconds) if last => {
                    let reason = StopReason::SecondaryLimit {
                        retry_after: Some(seconds),
                    };
                    self.stop.set(reason.clone());
                    return Err(Fault::Stopped(reason));
                }
                Step::Backoff(status) if last => {
                    return Err(Fault::Server {
                        status,
                        tries: attempt,
                    })
                }
                Step::RetryAfter(seconds) => std::thread::sleep(Duration::from_secs(seconds)),
                Step::Backoff(_) => std::thread::sleep(self.policy.backoff(attempt)),
            }
        }
    }

    fn classify(&self, response: Response) -> Step {
        let status = response.status;
        if response.ratelimit_remaining == Some(0) && matches!(status, 200..=299 | 304 | 404 | 409)
        {
            // This answer still counts, but the next request would be refused: stop now.
            self.stop.set(StopReason::RateLimit {
                reset: response.ratelimit_reset,
            });
        }
        match status {
            200..=299 => Step::Done(Ok(Answer::Fresh(response))),
            304 => Step::Done(Ok(Answer::NotModified)),
            404 => Step::Done(Ok(Answer::NotFound)),
            409 => Step::Done(Ok(Answer::Conflict)),
            401 => {
                self.stop.set(StopReason::BadCredentials);
                Step::Done(Err(Fault::Stopped(StopReason::BadCredentials)))
            }
            403 | 429 => self.rate_limited(response),
            500..=599 => Step::Backoff(status),
            _ => Step::Done(Err(Fault::Status {
                status,
                message: parse::message(&response.body),
            })),
        }
    }

    fn rate_limited(&self, response: Response) -> Step {
        if let Some(seconds) = response.retry_after {
            if Duration::from_secs(seconds) <= self.policy.max_retry_after {
                return Step::RetryAfter(seconds);
            }
            return self.stopped(StopReason::SecondaryLimit {
                retry_after: Some(seconds),
            });
        }
        if response.ratelimit_remaining == Some(0) {
            return self.stopped(StopReason::RateLimit {
                reset: response.ratelimit_reset,
            });
        }
        // Without the headers, GitHub's message tells the two limits apart.
        let message = parse::message(&response.body);
        let lower = message.as_deref().unwrap_or_default().to_lowercase();
        if lower.contains("secondary rate limit") || lower.contains("abuse") {
            return self.stopped(StopReason::SecondaryLimit { retry_after: None });
        }
        if lower.contains("rate limit") {
            return self.stopped(StopReason::RateLimit {
                reset: response.ratelimit_reset,
            });
        }
        if response.status == 429 {
            return self.stopped(StopReason::SecondaryLimit { retry_after: None });
        }
        Step::Done(Err(Fault::Status {
            status: response.status,
            message,
        }))
    }

    fn stopped(&self, reason: StopReason) -> Step {
        self.stop.set(reason.clone());
        Step::Done(Err(Fault::Stopped(reason)))
    }
}

/// What to do after one answer.
enum Step {
    Done(Result<Answer, Fault>),
    /// Wait this many seconds (a secondary rate limit's `Retry-After`), then try again.
    RetryAfter(u64),
    /// A server error with this status: back off, then try again.
    Backoff(u16),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let ms = |n| policy.backoff(n).as_millis();
        assert_eq!([ms(1), ms(2), ms(3), ms(4)], [300, 600, 1200, 2400]);
        assert_eq!(policy.backoff(10), Duration::from_secs(8));
        assert_eq!(policy.backoff(200), Duration::from_secs(8));
    }

    #[test]
    fn stop_keeps_the_first_reason() {
        let stop = Stop::default();
        assert_eq!(stop.reason(), None);
        stop.set(StopReason::BadCredentials);
        stop.set(StopReason::RateLimit { reset: None });
        assert_eq!(stop.reason(), Some(StopReason::BadCredentials));
    }
}
