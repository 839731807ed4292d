//! Shared by the integration tests and the benchmark server (`examples/fake_github.rs`):
//! a loopback HTTP server and a GitHub look-alike built on the recorded fixtures.
#![allow(dead_code)]

pub mod github;
pub mod server;
