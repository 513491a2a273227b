//! Files in the state directory: the session index and the file secret store. Every write is
//! atomic (a 0600 temp file in the same directory, fsync, rename, fsync of the directory), under an
//! exclusive lock, in a 0700 directory; a corrupt or foreign file is reported and replaced.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, Permissions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{SecretStore, StoreError};
use crate::exit::Failure;
use crate::secret::SecretString;

/// `~/.local/state/tryton-cli` (XDG_STATE_HOME honoured); the local data dir where the platform
/// has no state dir (macOS, Windows).
pub fn state_dir() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "tryton-cli").ok_or_else(|| {
        Failure::usage("no home directory: cannot keep sessions (use --session-store none)")
    })?;
    Ok(dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_local_dir())
        .to_path_buf())
}

/// Create the directory 0700 (and tighten it if it exists with wider permissions).
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let meta = std::fs::metadata(dir)?;
    if meta.uid() != current_uid() {
        return Err(std::io::Error::other(format!(
            "{} belongs to another user (uid {})",
            dir.display(),
            meta.uid()
        )));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, Permissions::from_mode(0o700))?;
    }
    Ok(())
}

pub fn current_uid() -> u32 {
    std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or_else(|_| {
            // Not Linux: the owner of a file we create is us.
            let probe = std::env::temp_dir().join(format!("tryton-cli-uid-{}", std::process::id()));
            let uid = File::create(&probe)
                .and_then(|f| f.metadata())
                .map(|m| m.uid())
                .unwrap_or(0);
            let _ = std::fs::remove_file(probe);
            uid
        })
}

/// Replace `path` with `bytes` atomically; the file has `mode` from its first byte on.
pub fn write_atomically(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".tmp-")
        .permissions(Permissions::from_mode(mode))
        .tempfile_in(dir)?;
    // The umask may have narrowed or widened nothing here: set the mode explicitly.
    temp.as_file()
        .set_permissions(Permissions::from_mode(mode))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|err| err.error)?;
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// An exclusive lock on `dir/lock`, held until the returned file is dropped.
pub fn lock(dir: &Path) -> std::io::Result<File> {
    ensure_private_dir(dir)?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(dir.join("lock"))?;
    file.lock()?;
    Ok(file)
}

/// Read a JSON map; a missing file is empty. A file that is corrupt, foreign-owned or readable by
/// others is reported on stderr and treated as empty (the next write replaces it).
pub fn read_map<T: DeserializeOwned>(path: &Path) -> BTreeMap<String, T> {
    let warn = |why: String| {
        eprintln!(
            "tryton-cli: warning: ignoring {}: {why}; it will be replaced",
            path.display()
        );
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

impl SecretStore for FileSecretStore {
    fn kind(&self) -> &'static str {
        "file"
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
