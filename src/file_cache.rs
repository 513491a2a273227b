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
use crate::private_fs::{current_uid, ensure_private_dir, write_atomically};
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

/// Owned by this user and writable by nobody else.
fn private_to_us(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.uid() == current_uid() && meta.mode() & 0o022 == 0
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

    /// What the file of `key` holds, fresh or not. Only a file of ours that nobody else could
    /// have written, in a folder nobody else could have written in, is trusted: another user's
    /// planted cache (a shared XDG_CACHE_HOME, a copied home) would be shown as results.
    pub fn read<T: DeserializeOwned>(&self, key: &Value) -> Option<T> {
        use std::io::Read;
        use std::os::unix::fs::OpenOptionsExt;
        if !private_to_us(&std::fs::metadata(&self.dir).ok()?) {
            return None;
        }
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(self.path(key))
            .ok()?;
        let meta = file.metadata().ok()?;
        if !meta.is_file() || !private_to_us(&meta) {
            log::debug!(
                "* ignoring {}: not ours, or writable by others",
                self.path(key).display()
            );
            return None;
        }
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Remove every file of this kind (`logout`: the read cache holds record data); how many.
    pub fn purge(&self) -> usize {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        entries
            .filter_map(Result::ok)
            .filter(|entry| {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                name.strip_prefix(self.prefix)
                    .and_then(|rest| rest.strip_suffix(".json"))
                    .is_some_and(|digest| {
                        digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_hexdigit())
                    })
            })
            .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
            .count()
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

        // A file others could have written is not trusted.
        let path = files[0].path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert_eq!(cache.fresh::<Value>(&key), None);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        // Nor one in a folder others could write in.
        let sub = dir.path().join("sub");
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert_eq!(cache.fresh::<Value>(&key), None);
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o700)).unwrap();
        // Nor a symbolic link.
        let link_key = json!(["link"]);
        std::os::unix::fs::symlink(&path, cache.path(&link_key)).unwrap();
        assert_eq!(cache.fresh::<Value>(&link_key), None);
        assert_eq!(cache.fresh::<Value>(&key), Some(json!({"a": 1})));

        cache.put(&key, &json!(2), Duration::ZERO);
        assert_eq!(cache.read::<Stamped<Value>>(&key).unwrap().value, json!(2));
        assert_eq!(cache.fresh::<Value>(&key), None);
        assert!(
            cache.read::<Value>(&key).is_none(),
            "an expired file is removed"
        );

        cache.put(&key, &json!(3), Duration::from_secs(60));
        std::fs::write(dir.path().join("sub/other.json"), b"{}").unwrap();
        assert_eq!(cache.purge(), 2, "the entry and the planted link");
        assert!(
            dir.path().join("sub/other.json").exists(),
            "only this kind's files"
        );
    }
}
