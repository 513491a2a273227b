//! The one file cache under the XDG cache dir, for `--cache` (read answers), the field types and
//! completion's names: each kind of entry in its own folder or with its own file name prefix,
//! one 0600 file per key (the SHA-256 of what the key is made of, so that no name, URL or
//! parameter shows in a file name), written atomically through `private_fs`. A file that cannot
//! be read or written is only a miss: it costs a request, never the command.

use std::path::PathBuf;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::paths;
use crate::private_fs::{ensure_private_dir, write_atomically};
use crate::session::now;

/// A value and when it stops being fresh (Unix seconds).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stamped<T> {
    pub expires: u64,
    pub value: T,
}

impl<T> Stamped<T> {
    pub fn new(value: T, ttl: Duration) -> Stamped<T> {
        Stamped {
            expires: now().saturating_add(ttl.as_secs()),
            value,
        }
    }

    pub fn is_fresh(&self) -> bool {
        now() < self.expires
    }
}

/// One kind of cache file: `<cache dir>/<folder>/<prefix><sha256 of the key>.json`.
pub struct FileCache {
    dir: PathBuf,
    prefix: &'static str,
}

impl FileCache {
    /// `None` when there is no cache dir (no HOME): then nothing is cached.
    pub fn open(folder: Option<&str>, prefix: &'static str) -> Option<FileCache> {
        let dir = paths::cache_dir().ok()?;
        Some(FileCache::in_dir(
            match folder {
                Some(folder) => dir.join(folder),
                None => dir,
            },
            prefix,
        ))
    }

    pub fn in_dir(dir: PathBuf, prefix: &'static str) -> FileCache {
        FileCache { dir, prefix }
    }

    fn path(&self, key: &Value) -> PathBuf {
        let digest = Sha256::digest(key.to_string().as_bytes());
        let name: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{}{name}.json", self.prefix))
    }

    /// What the file of `key` holds, fresh or not.
    pub fn read<T: DeserializeOwned>(&self, key: &Value) -> Option<T> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Replace the file of `key` with `value`.
    pub fn write<T: Serialize>(&self, key: &Value, value: &T) {
        if ensure_private_dir(&self.dir).is_ok()
            && let Ok(bytes) = serde_json::to_vec(value)
        {
            let _ = write_atomically(&self.path(key), &bytes, 0o600);
        }
    }

    /// The value of `key` while it is fresh; an expired file is removed.
    pub fn fresh<T: DeserializeOwned>(&self, key: &Value) -> Option<T> {
        let stamped: Stamped<T> = self.read(key)?;
        if !stamped.is_fresh() {
            let _ = std::fs::remove_file(self.path(key));
            return None;
        }
        Some(stamped.value)
    }

    /// Keep `value` for `key`, fresh for `ttl`.
    pub fn put<T: Serialize>(&self, key: &Value, value: &T, ttl: Duration) {
        self.write(key, &Stamped::new(value, ttl));
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use serde_json::json;

    use super::*;

    #[test]
    fn values_are_kept_private_until_they_expire() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::in_dir(dir.path().join("sub"), "kind-");
        let key = json!(["http://erp", "db", "admin", "party.party"]);
        assert_eq!(cache.fresh::<Value>(&key), None);
        cache.put(&key, &json!({"a": 1}), Duration::from_secs(60));
        assert_eq!(cache.fresh::<Value>(&key), Some(json!({"a": 1})));
        assert_eq!(cache.fresh::<Value>(&json!(["other"])), None);

        let files: Vec<_> = std::fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .map(|e| e.unwrap())
            .collect();
        assert_eq!(files.len(), 1);
        let name = files[0].file_name().to_string_lossy().to_string();
        assert!(name.starts_with("kind-") && !name.contains("erp"), "{name}");
        let mode = files[0].metadata().unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);

        cache.put(&key, &json!(2), Duration::ZERO);
        assert_eq!(cache.read::<Stamped<Value>>(&key).unwrap().value, json!(2));
        assert_eq!(cache.fresh::<Value>(&key), None);
        assert!(
            cache.read::<Value>(&key).is_none(),
            "an expired file is removed"
        );
    }
}
