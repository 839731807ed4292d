//! A small deterministic random generator (xorshift64*), so that random choices in tests can
//! be replayed from the seed they print.

pub struct Rng(u64);

impl Rng {
    /// A generator seeded from `STORYFOLIO_TEST_SEED` when set, else from the clock.
    pub fn from_env_or_clock() -> Rng {
        let seed = std::env::var("STORYFOLIO_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        eprintln!("random seed: {seed} (replay with STORYFOLIO_TEST_SEED={seed})");
        Rng(seed.max(1))
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}
