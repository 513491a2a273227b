//! The opt-in read cache (`--cache TTL`, as the portal's `cached_call`): results of read-only
//! methods in the XDG cache dir (`file_cache`), one 0600 file per (server, database, user,
//! method, params, context), with an expiry time. Writes are never cached. The answers are
//! record data: `logout` removes them all, and a file another user could have written is a miss.

use std::time::Duration;

use serde_json::{Value, json};

use crate::exit::Failure;
use crate::file_cache::FileCache;
use crate::paths;
use crate::rpc::retry::is_safe_to_repeat;

pub struct Cache {
    files: FileCache,
    ttl: Duration,
    refresh: bool,
}

impl Cache {
    /// `None` when no `--cache` was asked for; an error for a method that is not a read.
    pub fn for_method(
        ttl: Option<Duration>,
        refresh: bool,
        method: &str,
    ) -> anyhow::Result<Option<Cache>> {
        let Some(ttl) = ttl else {
            if refresh {
                return Err(Failure::usage("--refresh goes with --cache TTL").into());
            }
            return Ok(None);
        };
        if !is_safe_to_repeat(method) {
            return Err(Failure::usage(format!(
                "--cache is only for read methods (search, read, search_read, search_count, fields_get, common.*); '{method}' may change data"
            ))
            .into());
        }
        Ok(Some(Cache {
            files: FileCache::in_dir(paths::cache_dir()?, ""),
            ttl,
            refresh,
        }))
    }

    /// `fetch`'s value, from the cache when it holds a fresh one (and into it otherwise); with no
    /// cache, simply `fetch`. `scope` is who asks: server URL, database, user.
    pub fn through(
        cache: Option<&Cache>,
        scope: &[String; 3],
        method: &str,
        params: &Value,
        fetch: impl FnOnce() -> anyhow::Result<Value>,
    ) -> anyhow::Result<Value> {
        let Some(cache) = cache else {
            return fetch();
        };
        let key = Cache::key(scope, method, params);
        if let Some(hit) = cache.get(&key) {
            log::debug!("* {method}: answered from the cache");
            return Ok(hit);
        }
        let value = fetch()?;
        cache.put(&key, &value);
        Ok(value)
    }

    /// Remove every cached answer (`logout`: they hold record data, and their file names
    /// cannot say whose they are); how many.
    pub fn purge() -> usize {
        paths::cache_dir()
            .map(|dir| FileCache::in_dir(dir, "").purge())
            .unwrap_or(0)
    }

    fn key(scope: &[String; 3], method: &str, params: &Value) -> Value {
        let [url, database, user] = scope;
        json!([url, database, user, method, params])
    }

    /// A fresh cached result, unless `--refresh`.
    fn get(&self, key: &Value) -> Option<Value> {
        if self.refresh {
            return None;
        }
        self.files.fresh(key)
    }

    /// Keep a result.
    fn put(&self, key: &Value, result: &Value) {
        self.files.put(key, result, self.ttl);
    }
}
