//! Files in the state directory: the session index and the file secret store, written through
//! `private_fs` (atomic, 0600, in a 0700 directory, under the store's lock); a corrupt or foreign
//! file is reported and replaced.

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{SecretStore, StoreError, StoreKind};
use crate::private_fs::{current_uid, ensure_private_dir, write_atomically};
use crate::secret::SecretString;

/// Read a JSON map; a missing file is empty. A file that is corrupt, foreign-owned or readable by
/// others is reported on stderr and treated as empty (the next write replaces it).
pub fn read_map<T: DeserializeOwned>(path: &Path) -> BTreeMap<String, T> {
    let warn = |why: String| {
        log::warn!("ignoring {}: {why}; it will be replaced", path.display());
        BTreeMap::new()
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(_) => return BTreeMap::new(),
    };
    if meta.uid() != current_uid() {
        return warn(format!("it belongs to another user (uid {})", meta.uid()));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return warn(format!(
            "its mode is {:o}, readable by others",
            meta.permissions().mode() & 0o777
        ));
    }
    match std::fs::read(path) {
        Ok(bytes) => match serde_json::from_slice(&bytes) {
            Ok(map) => map,
            Err(err) => warn(format!("it is not valid ({err})")),
        },
        Err(err) => warn(err.to_string()),
    }
}

/// The tokens of a secrets file of ours that others could read (a chmod, a copy, a restore from
/// a backup): [`read_map`] will not use them, but they may have leaked, so they are to be ended
/// on the server before the file is replaced. `None` for a private, missing, foreign or corrupt
/// file (a foreign one is not ours to act on).
pub fn read_exposed(path: &Path) -> Option<(u32, BTreeMap<String, String>)> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let mode = meta.permissions().mode() & 0o777;
    if !meta.is_file() || meta.uid() != current_uid() || mode & 0o077 == 0 {
        return None;
    }
    let map = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    Some((mode, map))
}

pub fn write_map<T: Serialize>(path: &Path, map: &BTreeMap<String, T>) -> std::io::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(map).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    write_atomically(path, &bytes, 0o600)
}

/// Session tokens in `secrets.json` (0600) beside the index: for machines without a keyring.
/// Writes do not lock: the caller ([`super::Sessions`]) holds the directory's lock around them.
pub struct FileSecretStore {
    dir: PathBuf,
}

impl FileSecretStore {
    pub fn new(dir: PathBuf) -> Self {
        FileSecretStore { dir }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join("secrets.json")
    }

    fn update(&self, change: impl FnOnce(&mut BTreeMap<String, String>)) -> Result<(), StoreError> {
        let failed =
            |err: std::io::Error| StoreError::Failed(format!("{}: {err}", self.path().display()));
        ensure_private_dir(&self.dir).map_err(failed)?;
        let mut map = read_map::<String>(&self.path());
        change(&mut map);
        write_map(&self.path(), &map).map_err(failed)
    }
}

impl FileSecretStore {
    /// Keep only the tokens whose keys `keep` accepts; how many were removed.
    pub fn retain(&self, keep: impl Fn(&str) -> bool) -> Result<usize, StoreError> {
        let mut map = read_map::<String>(&self.path());
        let before = map.len();
        map.retain(|key, _| keep(key));
        let removed = before - map.len();
        if removed > 0 {
            write_map(&self.path(), &map)
                .map_err(|err| StoreError::Failed(format!("{}: {err}", self.path().display())))?;
        }
        Ok(removed)
    }
}

impl SecretStore for FileSecretStore {
    fn kind(&self) -> StoreKind {
        StoreKind::File
    }

    fn get(&self, account: &str) -> Result<Option<SecretString>, StoreError> {
        Ok(read_map::<String>(&self.path())
            .remove(account)
            .map(SecretString::new))
    }

    fn set(&self, account: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.update(|map| {
            map.insert(account.to_string(), secret.expose().to_string());
        })
    }

    fn delete(&self, account: &str) -> Result<(), StoreError> {
        self.update(|map| {
            map.remove(account);
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::Permissions;

    #[test]
    fn secrets_round_trip_in_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileSecretStore::new(dir.path().join("state"));
        store.set("a@b/c", &SecretString::new("token-1")).unwrap();
        assert_eq!(store.get("a@b/c").unwrap().unwrap().expose(), "token-1");
        let mode = std::fs::metadata(store.path())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
        let dir_mode = std::fs::metadata(dir.path().join("state"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir_mode, 0o700);
        store.delete("a@b/c").unwrap();
        assert!(store.get("a@b/c").unwrap().is_none());
        store.delete("never-there").unwrap();
    }

    #[test]
    fn a_corrupt_file_is_replaced_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileSecretStore::new(dir.path().to_path_buf());
        write_atomically(&store.path(), b"{not json", 0o600).unwrap();
        assert!(store.get("x").unwrap().is_none());
        store.set("x", &SecretString::new("t")).unwrap();
        assert_eq!(store.get("x").unwrap().unwrap().expose(), "t");
    }

    #[test]
    fn a_world_readable_file_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileSecretStore::new(dir.path().to_path_buf());
        std::fs::write(store.path(), br#"{"x":"leaked"}"#).unwrap();
        std::fs::set_permissions(store.path(), Permissions::from_mode(0o644)).unwrap();
        assert!(store.get("x").unwrap().is_none());
    }
}
