//! Which requests may be sent again, and how long to wait before doing so.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use super::error::Delivery;
use super::methods::{LOGIN, LOGOUT};

/// The longest wait honoured from a `Retry-After` header; a longer one ends the retries.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);
const BASE_DELAY: Duration = Duration::from_millis(200);
const MAX_DELAY: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// How many times a failed request may be sent again.
    pub retries: u32,
    /// The user vouches that writes are idempotent (`--retry-writes`).
    pub retry_writes: bool,
}

impl RetryPolicy {
    pub const NONE: RetryPolicy = RetryPolicy {
        retries: 0,
        retry_writes: false,
    };

    /// How many retries this method gets: a login at most one (each attempt counts against the
    /// server's login throttle).
    pub fn retries_for(&self, method: &str) -> u32 {
        if method == LOGIN {
            self.retries.min(1)
        } else {
            self.retries
        }
    }

    pub fn may_resend(&self, method: &str, delivery: Delivery) -> bool {
        match delivery {
            Delivery::NotSent | Delivery::Refused => true,
            // A login sent twice at worst opens a second session: it may be repeated, once
            // (`retries_for`).
            Delivery::Unknown => self.retry_writes || is_safe_to_repeat(method) || method == LOGIN,
            Delivery::Answered => false,
        }
    }
}

/// Reads and server-level queries: sending them twice changes nothing on the server.
pub fn is_safe_to_repeat(method: &str) -> bool {
    if method.starts_with("common.") {
        return method != LOGIN && method != LOGOUT;
    }
    if method.starts_with("system.") {
        return true;
    }
    if !method.starts_with("model.") {
        return false;
    }
    let name = method.rsplit('.').next().unwrap_or_default();
    matches!(
        name,
        "search"
            | "search_read"
            | "search_count"
            | "read"
            | "fields_get"
            | "default_get"
            | "get_preferences"
            | "fields_view_get"
            | "view_toolbar_get"
    )
}

/// Exponential backoff with full jitter: a random wait in [0, min(cap, base * 2^attempt)].
pub fn backoff(attempt: u32) -> Duration {
    let ceiling = BASE_DELAY
        .saturating_mul(1u32.checked_shl(attempt).unwrap_or(u32::MAX))
        .min(MAX_DELAY);
    let random = std::hash::RandomState::new().build_hasher().finish();
    ceiling.mul_f64((random % 10_000) as f64 / 10_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_safe_to_repeat_and_writes_are_not() {
        for read in [
            "model.party.party.search",
            "model.party.party.search_read",
            "model.party.party.read",
            "model.res.user.get_preferences",
            "common.server.version",
            "common.db.list",
        ] {
            assert!(is_safe_to_repeat(read), "{read}");
        }
        for write in [
            "model.party.party.create",
            "model.party.party.write",
            "model.party.party.delete",
            "wizard.party.replace.execute",
            "model.party.party.search_then_delete",
            "common.db.login",
            "report.party.label.execute",
        ] {
            assert!(!is_safe_to_repeat(write), "{write}");
        }
    }

    #[test]
    fn writes_are_resent_only_when_they_never_left() {
        let policy = RetryPolicy {
            retries: 3,
            retry_writes: false,
        };
        let create = "model.party.party.create";
        assert!(policy.may_resend(create, Delivery::NotSent));
        assert!(!policy.may_resend(create, Delivery::Unknown));
        assert!(policy.may_resend("model.party.party.read", Delivery::Unknown));
        assert!(!policy.may_resend("model.party.party.read", Delivery::Answered));
        let trusting = RetryPolicy {
            retry_writes: true,
            ..policy
        };
        assert!(trusting.may_resend(create, Delivery::Unknown));
        assert_eq!(policy.retries_for("common.db.login"), 1);
        assert!(policy.may_resend("common.db.login", Delivery::Unknown));
        assert!(!policy.may_resend("common.db.logout", Delivery::Unknown));
    }

    #[test]
    fn backoff_stays_under_its_ceiling() {
        for attempt in 0..40 {
            assert!(backoff(attempt) <= MAX_DELAY);
        }
        assert!(backoff(0) <= BASE_DELAY);
    }
}
