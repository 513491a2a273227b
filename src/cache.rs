//! The opt-in read cache (`--cache TTL`, as the portal's `cached_call`): results of read-only
//! methods in the XDG cache dir, one 0600 file per (server, database, user, method, params,
//! context), with an expiry time. Writes are never cached.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::exit::Failure;
use crate::paths;
use crate::private_fs::{ensure_private_dir, write_atomically};
use crate::rpc::retry::is_safe_to_repeat;
use crate::session::now;

pub struct Cache {
    dir: PathBuf,
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
            dir: paths::cache_dir()?,
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
        verbose: bool,
        fetch: impl FnOnce() -> anyhow::Result<Value>,
    ) -> anyhow::Result<Value> {
        let Some(cache) = cache else {
            return fetch();
        };
        let key = Cache::key(scope, method, params);
        if let Some(hit) = cache.get(&key) {
            if verbose {
                eprintln!("* {method}: answered from the cache");
            }
            return Ok(hit);
        }
        let value = fetch()?;
        cache.put(&key, &value);
        Ok(value)
    }

    fn key(scope: &[String; 3], method: &str, params: &Value) -> String {
        let [url, database, user] = scope;
        let material = json!([url, database, user, method, params]).to_string();
        let digest = Sha256::digest(material.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// A fresh cached result, unless `--refresh`.
    fn get(&self, key: &str) -> Option<Value> {
        if self.refresh {
            return None;
        }
        let bytes = std::fs::read(self.path(key)).ok()?;
        let entry: Value = serde_json::from_slice(&bytes).ok()?;
        let expires = entry.get("expires")?.as_u64()?;
        if now() >= expires {
            let _ = std::fs::remove_file(self.path(key));
            return None;
        }
        entry.get("result").cloned()
    }

    /// Keep a result; a cache that cannot be written only costs the next run a request.
    fn put(&self, key: &str, result: &Value) {
        let entry = json!({"expires": now().saturating_add(self.ttl.as_secs()), "result": result});
        if ensure_private_dir(&self.dir).is_ok() {
            let _ = write_atomically(&self.path(key), entry.to_string().as_bytes(), 0o600);
        }
    }
}
