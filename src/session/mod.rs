//! Sessions kept between invocations: a metadata index (`sessions.json`, no secrets) in the state
//! dir, and each session token in a secret store — the OS keyring, or a 0600 file where no keyring
//! answers (as gh keeps hosts.yml beside the keyring). Entries are keyed by (server URL, database,
//! user) so that a session is only ever sent to the server that issued it.

pub mod file;
pub mod keyring;
pub mod login;

use std::cell::{Cell, OnceCell};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::cli::StoreChoice;
use crate::exit::Failure;
use crate::secret::SecretString;
use file::FileSecretStore;

/// Why a secret store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store is not there or not usable here (no D-Bus session, no Secret Service, locked
    /// keyring): `auto` falls back to the file store.
    #[error("{0}")]
    Unavailable(String),
    /// The store answered but the operation failed.
    #[error("{0}")]
    Failed(String),
}

/// Where session tokens are kept. `account` is the session key (`user@url/database`).
pub trait SecretStore {
    /// "keyring" or "file", for messages and `status`.
    fn kind(&self) -> &'static str;
    fn get(&self, account: &str) -> Result<Option<SecretString>, StoreError>;
    fn set(&self, account: &str, secret: &SecretString) -> Result<(), StoreError>;
    /// Deleting an entry that does not exist is not an error.
    fn delete(&self, account: &str) -> Result<(), StoreError>;
}

/// What is known of a session besides its token: nothing secret.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SessionInfo {
    pub url: String,
    pub database: String,
    pub login: String,
    pub user_id: i64,
    /// "keyring" or "file": where the token is.
    pub store: String,
    /// Unix seconds.
    pub created: u64,
    pub expires: u64,
    /// "8.x" or "7.x": the URL layout found at login.
    #[serde(default)]
    pub layout: Option<String>,
    /// The user's context from `get_preferences`, sent with model calls.
    #[serde(default)]
    pub context: Value,
}

impl SessionInfo {
    pub fn key(&self) -> String {
        session_key(&self.url, &self.database, &self.login)
    }

    pub fn is_expired(&self) -> bool {
        now() >= self.expires
    }

    /// Make `client` send this session, at the URL layout found at login.
    pub fn attach(&self, client: &crate::rpc::Client, token: &SecretString) {
        if let Some(layout) = self
            .layout
            .as_deref()
            .and_then(crate::rpc::Layout::from_name)
        {
            client.set_layout(layout);
        }
        client.set_authorization(Some(self.authorization(token)));
    }

    /// The `Authorization` header trytond expects: `Session base64(login:user_id:token)`.
    pub fn authorization(&self, token: &SecretString) -> SecretString {
        use base64::Engine;
        let raw = format!("{}:{}:{}", self.login, self.user_id, token.expose());
        SecretString::new(format!(
            "Session {}",
            base64::engine::general_purpose::STANDARD.encode(raw)
        ))
    }
}

pub fn session_key(url: &str, database: &str, login: &str) -> String {
    format!("{login}@{url}/{database}")
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The session index and the secret stores, opened lazily (the keyring costs ~50 ms).
pub struct Sessions {
    dir: PathBuf,
    choice: StoreChoice,
    file: FileSecretStore,
    keyring: OnceCell<Result<keyring::KeyringStore, String>>,
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
    pub fn open(choice: StoreChoice) -> anyhow::Result<Sessions> {
        let dir = file::state_dir()?;
        Ok(Sessions {
            file: FileSecretStore::new(dir.clone()),
            dir,
            choice,
            keyring: OnceCell::new(),
            locked: Cell::new(false),
        })
    }

    fn index_path(&self) -> PathBuf {
        self.dir.join("sessions.json")
    }

    fn keyring(&self) -> Result<&keyring::KeyringStore, String> {
        self.keyring
            .get_or_init(|| keyring::KeyringStore::open().map_err(|err| err.to_string()))
            .as_ref()
            .map_err(Clone::clone)
    }

    fn store_of(&self, info: &SessionInfo) -> Result<&dyn SecretStore, String> {
        if info.store == "keyring" {
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

    /// Sessions for this server and database (and user, when known).
    pub fn matching(&self, url: &str, database: &str, login: Option<&str>) -> Vec<SessionInfo> {
        self.list()
            .into_iter()
            .filter(|s| s.url == url && s.database == database)
            .filter(|s| login.is_none_or(|l| s.login == l))
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

    /// Store a session where the settings say; returns a phrase saying where it went.
    pub fn save(&self, mut info: SessionInfo, token: &SecretString) -> anyhow::Result<String> {
        let key = info.key();
        let _lock = self.lock_unless_held()?;
        let chosen: &dyn SecretStore = match self.choice {
            StoreChoice::None => return Ok("not stored (--session-store none)".into()),
            StoreChoice::File => &self.file,
            StoreChoice::Keyring => self.keyring().map_err(|why| {
                Failure::usage(format!(
                    "no keyring available ({why}); use --session-store file or auto"
                ))
            })?,
            StoreChoice::Auto => match self.keyring() {
                Ok(store) => store,
                Err(why) => {
                    eprintln!("tryton-cli: no keyring available ({why}); using a file instead");
                    &self.file
                }
            },
        };
        let store: &dyn SecretStore = match chosen.set(&key, token) {
            Ok(()) => chosen,
            Err(err) if self.choice == StoreChoice::Auto && chosen.kind() == "keyring" => {
                eprintln!(
                    "tryton-cli: the keyring refused the session ({err}); using a file instead"
                );
                self.file
                    .set(&key, token)
                    .map_err(|err| Failure::usage(err.to_string()))?;
                &self.file
            }
            Err(err) => {
                return Err(Failure::usage(format!(
                    "the {} store refused the session: {err}",
                    chosen.kind()
                ))
                .into());
            }
        };
        info.store = store.kind().into();
        let mut index = file::read_map::<SessionInfo>(&self.index_path());
        if let Some(old) = index.get(&key)
            && old.store != info.store
        {
            self.forget_token(old);
        }
        index.insert(key, info);
        file::write_map(&self.index_path(), &index).map_err(|err| {
            Failure::usage(format!(
                "cannot write {}: {err}",
                self.index_path().display()
            ))
        })?;
        Ok(if store.kind() == "keyring" {
            "the system keyring".to_string()
        } else {
            format!("{} (mode 0600)", self.file.path().display())
        })
    }

    fn forget_token(&self, info: &SessionInfo) {
        if let Ok(store) = self.store_of(info) {
            let _ = store.delete(&info.key());
        }
    }

    /// Forget a session locally (index entry and token).
    pub fn forget(&self, info: &SessionInfo) -> anyhow::Result<()> {
        let _lock = self.lock_unless_held()?;
        self.forget_token(info);
        let mut index = file::read_map::<SessionInfo>(&self.index_path());
        index.remove(&info.key());
        file::write_map(&self.index_path(), &index)?;
        Ok(())
    }

    /// Hold the store's lock (for a re-login that many processes may attempt at once).
    pub fn lock(&self) -> anyhow::Result<SessionLock<'_>> {
        let file = file::lock(&self.dir)
            .map_err(|err| Failure::usage(format!("cannot lock {}: {err}", self.dir.display())))?;
        self.locked.set(true);
        Ok(SessionLock {
            _file: file,
            owner: self,
        })
    }

    fn lock_unless_held(&self) -> anyhow::Result<Option<SessionLock<'_>>> {
        if self.locked.get() {
            Ok(None)
        } else {
            self.lock().map(Some)
        }
    }

    pub fn reload(&self, key: &str) -> Option<SessionInfo> {
        file::read_map::<SessionInfo>(&self.index_path()).remove(key)
    }
}

pub fn expiry(ttl: Duration) -> u64 {
    now().saturating_add(ttl.as_secs())
}
