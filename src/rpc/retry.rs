//! Which requests may be sent again, and how long to wait before doing so.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use super::error::Delivery;
use super::methods::{LOGIN, LOGOUT};

/// The longest wait honoured from a `Retry-After` header; a longer one ends the retries.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);
/// How long a read (or a request the proxy refused, 503) is retried while a proxy answers 502 or
/// 503 for the application behind it: longer than a worker restart (gunicorn boots a worker and
/// loads the database's pool in a few seconds), from the first send.
pub const GATEWAY_BUDGET: Duration = Duration::from_secs(30);
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
            // A login whose answer was lost is not sent again: each attempt counts against the
            // server's login throttle, and the server that did not answer in --timeout (a
            // mistyped database on a server that does not list them) would not the second time.
            Delivery::Unknown => self.retry_writes || is_safe_to_repeat(method),
            Delivery::Answered => false,
        }
    }
}

/// The model methods the CLI sends (itself, or commonly through `call`) that trytond declares
/// read-only: `RPC(readonly=...)` defaults to `readonly=True`, and none of these is declared with
/// `readonly=False`, on 8.2 nor 7.0 — `model/modelstorage.py` (read, search, search_count,
/// search_read, export_data_domain, export_data), `model/model.py` (default_get, fields_get),
/// `model/modelview.py` (fields_view_get, view_toolbar_get), `res/user.py` (get_preferences); no
/// `ir/*.py` model overrides them (`ir/calendar_.py` redeclares the four reads as plain `RPC()`).
/// A read-only transaction changes nothing, so sending one twice is harmless. Left out on purpose:
/// `import_data`, `create`, `write`, `delete`, `copy`, `set_preferences`, `warning.skip`
/// (`readonly=False`), and buttons or other methods a module may declare as it likes.
const READ_ONLY_MODEL_METHODS: [&str; 11] = [
    "read",
    "search",
    "search_count",
    "search_read",
    "export_data_domain",
    "export_data",
    "default_get",
    "fields_get",
    "fields_view_get",
    "view_toolbar_get",
    "get_preferences",
];

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
    READ_ONLY_MODEL_METHODS.contains(&name)
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
            "model.party.party.search_count",
            "model.party.party.fields_get",
            "model.party.party.export_data_domain",
            "model.party.party.export_data",
            "common.server.version",
            "common.db.list",
        ] {
            assert!(is_safe_to_repeat(read), "{read}");
        }
        for write in [
            "model.party.party.create",
            "model.party.party.write",
            "model.party.party.delete",
            "model.party.party.copy",
            "model.party.party.import_data",
            "model.res.user.set_preferences",
            "model.res.user.warning.skip",
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
        assert!(!policy.may_resend("common.db.login", Delivery::Unknown));
        assert!(policy.may_resend("common.db.login", Delivery::NotSent));
        assert!(!policy.may_resend("common.db.logout", Delivery::Unknown));
    }

    #[test]
    fn export_pages_are_resent_like_search_pages_and_imports_are_not() {
        let policy = RetryPolicy {
            retries: 3,
            retry_writes: false,
        };
        for read in [
            "model.party.party.search_read",
            "model.party.party.export_data_domain",
            "model.party.party.export_data",
        ] {
            assert!(policy.may_resend(read, Delivery::Unknown), "{read}");
        }
        assert!(!policy.may_resend("model.party.party.import_data", Delivery::Unknown));
    }

    #[test]
    fn backoff_stays_under_its_ceiling() {
        for attempt in 0..40 {
            assert!(backoff(attempt) <= MAX_DELAY);
        }
        assert!(backoff(0) <= BASE_DELAY);
    }
}
