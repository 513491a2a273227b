//! `Sessions`: the session index (`sessions.json`, no secrets), the secret stores it points to,
//! the current session (`current`), and the lock that serialises every change to them.

use std::cell::{Cell, OnceCell};
use std::path::PathBuf;

use super::file::{self, FileSecretStore};
use super::keyring;
use super::{Current, Place, Saved, SecretStore, SessionInfo, StoreError, StoreKind};
use crate::config::StoreChoice;
use crate::exit::Failure;
use crate::secret::SecretString;

/// The session index and the secret stores; the keyring is opened on first use only (a D-Bus
/// connection to the Secret Service, or the Keychain), by the commands that read or write a
/// session kept in it.
pub struct Sessions {
    dir: PathBuf,
    choice: StoreChoice,
    file: FileSecretStore,
    keyring: OnceCell<Result<keyring::KeyringStore, StoreError>>,
    /// Whether this process holds the store's lock (flock does not nest within a process).
    locked: Cell<bool>,
}

/// The store's exclusive lock; released on drop.
pub struct SessionLock<'a> {
    _file: std::fs::File,
    owner: &'a Sessions,
}

impl Drop for SessionLock<'_> {
    fn drop(&mut self) {
        self.owner.locked.set(false);
    }
}

impl Sessions {
    /// The store in the state dir; opened once per run (by `commands::run`, or by dynamic
    /// completion) and lent to what needs it.
    pub fn open(choice: StoreChoice) -> Result<Sessions, Failure> {
        Ok(Sessions::at(crate::paths::state_dir()?, choice))
    }

    /// The store kept in `dir`.
    pub fn at(dir: PathBuf, choice: StoreChoice) -> Sessions {
        Sessions {
            file: FileSecretStore::new(dir.clone()),
            dir,
            choice,
            keyring: OnceCell::new(),
            locked: Cell::new(false),
        }
    }

    fn index_path(&self) -> PathBuf {
        self.dir.join("sessions.json")
    }

    fn keyring(&self) -> Result<&keyring::KeyringStore, &StoreError> {
        self.keyring
            .get_or_init(keyring::KeyringStore::open)
            .as_ref()
    }

    fn store_of(&self, info: &SessionInfo) -> Result<&dyn SecretStore, &StoreError> {
        if info.store == StoreKind::Keyring {
            self.keyring().map(|k| k as &dyn SecretStore)
        } else {
            Ok(&self.file)
        }
    }

    pub fn list(&self) -> Vec<SessionInfo> {
        if self.choice == StoreChoice::None {
            return Vec::new();
        }
        file::read_map::<SessionInfo>(&self.index_path())
            .into_values()
            .collect()
    }

    /// The token of a stored session; `None` when its store no longer has it.
    pub fn token(&self, info: &SessionInfo) -> anyhow::Result<Option<SecretString>> {
        let store = self.store_of(info).map_err(|why| {
            Failure::auth(format!(
                "the session for {} is in the keyring, which does not answer ({why}); run 'tryton-cli login'",
                info.key()
            ))
        })?;
        store
            .get(&info.key())
            .map_err(|err| Failure::auth(format!("cannot read the stored session: {err}")).into())
    }

    /// Every token the store holds for a session: one, or several when the keyring has more
    /// than one entry of ours for it (which [`Sessions::token`] refuses as ambiguous).
    pub fn all_tokens(&self, info: &SessionInfo) -> Vec<SecretString> {
        match info.store {
            StoreKind::Keyring => self
                .keyring()
                .map(|keyring| keyring.get_all(&info.key()))
                .unwrap_or_default(),
            StoreKind::File => self.token(info).ok().flatten().into_iter().collect(),
        }
    }

    /// Store a session where the settings say; says where it went.
    pub fn save(&self, mut info: SessionInfo, token: &SecretString) -> anyhow::Result<Saved> {
        let key = info.key();
        let mut keyring_skipped = None;
        if self.choice == StoreChoice::None {
            return Ok(Saved {
                place: Place::NotStored,
                keyring_skipped,
            });
        }
        let _lock = self.lock_unless_held()?;
        let chosen: &dyn SecretStore = match self.choice {
            StoreChoice::None => unreachable!("handled above"),
            StoreChoice::File => &self.file,
            StoreChoice::Keyring => self.keyring().map_err(|why| {
                Failure::usage(format!(
                    "no keyring available ({why}); use --session-store file or auto"
                ))
            })?,
            StoreChoice::Auto => match self.keyring() {
                Ok(store) => store,
                Err(why) => {
                    keyring_skipped = Some(why.to_string());
                    &self.file
                }
            },
        };
        let store: &dyn SecretStore = match chosen.set(&key, token) {
            Ok(()) => chosen,
            Err(err) if self.choice == StoreChoice::Auto && chosen.kind() == StoreKind::Keyring => {
                keyring_skipped = Some(format!("the keyring refused the session: {err}"));
                self.file
                    .set(&key, token)
                    .map_err(|err| Failure::usage(err.to_string()))?;
                &self.file
            }
            Err(err) => {
                return Err(Failure::usage(format!(
                    "the {} store refused the session: {err}",
                    chosen.kind().name()
                ))
                .into());
            }
        };
        info.store = store.kind();
        let mut index = file::read_map::<SessionInfo>(&self.index_path());
        if let Some(old) = index.get(&key)
            && old.store != info.store
            && let Err(why) = self.forget_token(old)
            && old.store == StoreKind::Keyring
        {
            // `auto` fell back to the file while the keyring held the previous session.
            log::warn!(
                "the previous session for {key} could not be removed from the keyring ({}); 'tryton-cli logout' ends it and removes it once the keyring answers",
                keyring::short_reason(&why)
            );
        }
        let current = Current::of(&info);
        index.insert(key, info);
        self.write_index(&index)?;
        self.set_current(&current)?;
        // Tokens whose index entry was lost (a corrupt index replaced) can never be used again.
        let _ = self.prune_orphaned_tokens();
        let place = match store.kind() {
            StoreKind::Keyring => Place::Keyring,
            StoreKind::File => Place::File(self.file.path()),
        };
        Ok(Saved {
            place,
            keyring_skipped,
        })
    }

    fn forget_token(&self, info: &SessionInfo) -> Result<(), String> {
        let store = self.store_of(info).map_err(|err| err.to_string())?;
        store.delete(&info.key()).map_err(|err| err.to_string())
    }

    /// Tokens an `auto` login that fell back to the file left in the keyring for this session
    /// (see [`Sessions::save`]): `logout` ends them on the server before removing them.
    pub fn keyring_leftovers(&self, info: &SessionInfo) -> Vec<SecretString> {
        if info.store != StoreKind::File || self.choice == StoreChoice::File {
            return Vec::new();
        }
        self.keyring()
            .map(|keyring| keyring.get_all(&info.key()))
            .unwrap_or_default()
    }

    /// A `secrets.json` that others could read holds tokens that may have leaked and that this
    /// client will no longer use: each is ended on the server (best effort, a few seconds at
    /// most), then the file and their index entries are replaced, said in one warning.
    pub fn end_exposed(&self, options: &crate::rpc::ClientOptions) {
        if self.choice == StoreChoice::None {
            return;
        }
        let path = self.file.path();
        if file::read_exposed(&path).is_none() {
            return;
        }
        let Ok(_lock) = self.lock_unless_held() else {
            return;
        };
        let Some((mode, tokens)) = file::read_exposed(&path) else {
            return;
        };
        let mut index = file::read_map::<SessionInfo>(&self.index_path());
        let mut ended = 0;
        for (key, token) in &tokens {
            if let Some(info) = index.get(key).filter(|info| info.store == StoreKind::File) {
                let token = SecretString::new(token.clone());
                match super::end_dropped(info, &token, options.clone()) {
                    Ok(()) => ended += 1,
                    Err(why) => log::debug!("* could not end the session {key}: {why}"),
                }
            }
            index.remove(key);
        }
        let replaced = file::write_map(&path, &std::collections::BTreeMap::<String, String>::new())
            .and_then(|()| file::write_map(&self.index_path(), &index));
        let fate = match replaced {
            Ok(()) => "it was replaced",
            Err(_) => "it could not be replaced",
        };
        log::warn!(
            "{} was readable by others (mode {mode:o}): its {} session(s) may have leaked, {ended} were ended on the server, and {fate}; log in again",
            path.display(),
            tokens.len()
        );
    }

    /// Forget a session locally (index entry and token). It stays the current one (the server,
    /// database and user that commands use by default) until `logout` or `switch`.
    pub fn forget(&self, info: &SessionInfo) -> anyhow::Result<()> {
        if self.choice == StoreChoice::None {
            return Ok(());
        }
        let _lock = self.lock_unless_held()?;
        let _ = self.forget_token(info);
        // A session in the file may have an older one left in the keyring (an `auto` login that
        // fell back from a locked keyring): removed as well, when the keyring answers.
        if info.store == StoreKind::File
            && self.choice != StoreChoice::File
            && let Ok(keyring) = self.keyring()
        {
            let _ = keyring.delete(&info.key());
        }
        let mut index = file::read_map::<SessionInfo>(&self.index_path());
        index.remove(&info.key());
        self.write_index(&index)
    }

    /// After `logout`: commands no longer default to this session.
    pub fn clear_current_if(&self, info: &SessionInfo) -> anyhow::Result<()> {
        if self
            .current()
            .is_some_and(|current| current.key() == info.key())
        {
            self.write_private(&self.current_path(), b"")?;
        }
        Ok(())
    }

    /// Remove the file store's tokens that no index entry names (left behind when a corrupt
    /// index was replaced): they can no longer be sent, nor ended on the server, whose own
    /// `[session] max_age` ends them. Returns how many were removed.
    pub fn prune_orphaned_tokens(&self) -> anyhow::Result<usize> {
        if self.choice == StoreChoice::None {
            return Ok(0);
        }
        let _lock = self.lock_unless_held()?;
        let index = file::read_map::<SessionInfo>(&self.index_path());
        self.file
            .retain(|key| index.get(key).is_some_and(|s| s.store == StoreKind::File))
            .map_err(|err| Failure::usage(err.to_string()).into())
    }

    fn write_index(
        &self,
        index: &std::collections::BTreeMap<String, SessionInfo>,
    ) -> anyhow::Result<()> {
        file::write_map(&self.index_path(), index)
            .map_err(|err| cannot_write(&self.index_path(), &err))
    }

    fn write_private(&self, path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
        crate::private_fs::ensure_private_dir(&self.dir)
            .and_then(|()| crate::private_fs::write_atomically(path, bytes, 0o600))
            .map_err(|err| cannot_write(path, &err))
    }

    fn current_path(&self) -> PathBuf {
        self.dir.join("current")
    }

    /// The current session, as gh's default host and kubectl's current context: the server,
    /// database and user that commands given none use (the last login, or `switch`). Where none
    /// is chosen (sessions stored by an earlier version, or after `logout` of the current one)
    /// and one session is stored, that one.
    pub fn current(&self) -> Option<Current> {
        if self.choice == StoreChoice::None {
            return None;
        }
        let chosen = std::fs::read_to_string(self.current_path())
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok());
        chosen.or_else(|| match self.list().as_slice() {
            [only] => Some(Current::of(only)),
            _ => None,
        })
    }

    /// Make a session the current one.
    pub fn set_current(&self, current: &Current) -> anyhow::Result<()> {
        if self.choice == StoreChoice::None {
            return Ok(());
        }
        let _lock = self.lock_unless_held()?;
        let mut bytes = serde_json::to_vec(current).expect("three strings serialize");
        bytes.push(b'\n');
        self.write_private(&self.current_path(), &bytes)
    }

    /// Remember the URL layout a session's server now answers at (after an upgrade).
    pub fn update_layout(&self, info: &SessionInfo) -> anyhow::Result<()> {
        if self.choice == StoreChoice::None {
            return Ok(());
        }
        let _lock = self.lock_unless_held()?;
        let mut index = file::read_map::<SessionInfo>(&self.index_path());
        if let Some(stored) = index.get_mut(&info.key()) {
            stored.layout = info.layout;
            self.write_index(&index)?;
        }
        Ok(())
    }

    /// Whether a session can be kept where the settings say, asked before logging in so that a
    /// refusal never leaves a session open on the server (or wastes a one-time code).
    pub fn check_writable(&self) -> anyhow::Result<()> {
        if self.choice == StoreChoice::None {
            return Ok(());
        }
        if self.choice == StoreChoice::Keyring {
            self.keyring().map_err(|why| {
                Failure::usage(format!(
                    "no keyring ({}); use --session-store file or auto",
                    keyring::short_reason(&why.to_string())
                ))
            })?;
        }
        let _lock = self.lock_unless_held()?;
        crate::private_fs::check_writable_dir(&self.dir)
            .map_err(|err| cannot_write(&self.dir, &err))
    }

    /// Hold the store's lock (for a re-login that many processes may attempt at once).
    pub fn lock(&self) -> anyhow::Result<SessionLock<'_>> {
        let file = crate::private_fs::lock(&self.dir).map_err(|err| {
            Failure::usage(format!(
                "cannot lock {}: {}",
                self.dir.display(),
                crate::private_fs::io_reason(&err)
            ))
        })?;
        self.locked.set(true);
        Ok(SessionLock {
            _file: file,
            owner: self,
        })
    }

    /// Whether sessions are kept at all (not `--session-store none`).
    pub fn keeps_sessions(&self) -> bool {
        self.choice != StoreChoice::None
    }

    /// The store's lock, unless sessions are not kept (`none` touches no file).
    pub fn lock_if_kept(&self) -> anyhow::Result<Option<SessionLock<'_>>> {
        if self.keeps_sessions() {
            self.lock_unless_held()
        } else {
            Ok(None)
        }
    }

    fn lock_unless_held(&self) -> anyhow::Result<Option<SessionLock<'_>>> {
        if self.locked.get() {
            Ok(None)
        } else {
            self.lock().map(Some)
        }
    }

    pub fn reload(&self, key: &str) -> Option<SessionInfo> {
        if !self.keeps_sessions() {
            return None;
        }
        file::read_map::<SessionInfo>(&self.index_path()).remove(key)
    }
}

/// What could not be written, and where: exit 3 (nothing the server said).
fn cannot_write(path: &std::path::Path, err: &std::io::Error) -> anyhow::Error {
    Failure::usage(format!(
        "cannot write {}: {}",
        path.display(),
        crate::private_fs::io_reason(err)
    ))
    .into()
}
