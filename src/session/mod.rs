//! Sessions kept between invocations: a metadata index (`sessions.json`, no secrets) in the state
//! dir, and each session token in a secret store — the OS keyring, or a 0600 file where no keyring
//! answers (as gh keeps hosts.yml beside the keyring). Entries are keyed by (server URL, database,
//! user) so that a session is only ever sent to the server that issued it.

mod authenticated;
pub mod file;
pub mod keyring;
pub mod login;
pub mod password;

use std::cell::{Cell, OnceCell};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

pub use authenticated::Authenticated;

use crate::cli::StoreChoice;
use crate::exit::Failure;
use crate::rpc::{Client, ClientOptions, Layout, ServerUrl};
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

/// Which secret store holds a session's token (`"keyring"` or `"file"` on disk).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    Keyring,
    File,
}

impl StoreKind {
    pub fn name(self) -> &'static str {
        match self {
            StoreKind::Keyring => "keyring",
            StoreKind::File => "file",
        }
    }
}

/// Where [`Sessions::save`] put a session, and why not in the keyring when `auto` wanted it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub place: Place,
    /// `auto` found no usable keyring (or the keyring refused): the whole reason.
    pub keyring_skipped: Option<String>,
}

impl Saved {
    /// Where the session went, in a few words, with the gist of why not in the keyring (the whole
    /// reason with `verbose`).
    pub fn describe(&self, verbose: bool) -> String {
        match &self.keyring_skipped {
            None => self.place.to_string(),
            Some(why) if verbose => format!("{} (no keyring: {why})", self.place),
            Some(why) => format!(
                "{} (no keyring: {})",
                self.place,
                keyring::short_reason(why)
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Keyring,
    File(PathBuf),
    /// `--session-store none`.
    NotStored,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Keyring => f.write_str("stored in the system keyring"),
            Place::File(path) => write!(f, "stored in {} (mode 0600)", path.display()),
            Place::NotStored => f.write_str("not stored (--session-store none)"),
        }
    }
}

/// Where session tokens are kept. `account` is the session key (`user@url/database`).
pub trait SecretStore {
    fn kind(&self) -> StoreKind;
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
    /// Where the token is.
    pub store: StoreKind,
    /// Unix seconds.
    pub created: u64,
    pub expires: u64,
    /// The URL layout found at login (`"8.x"` or `"7.x"` on disk; anything else is forgotten).
    #[serde(
        default,
        deserialize_with = "lenient_layout",
        serialize_with = "layout_name"
    )]
    pub layout: Option<Layout>,
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

    /// The user's context from login with `extra` (`--context`) merged over it.
    pub fn context_with(&self, extra: serde_json::Map<String, Value>) -> Value {
        let mut context = self.context.as_object().cloned().unwrap_or_default();
        context.extend(extra);
        Value::Object(context)
    }

    /// A client for this session's server that sends the session, at the URL layout found at
    /// login.
    pub fn client(&self, options: ClientOptions, token: &SecretString) -> anyhow::Result<Client> {
        let client = Client::new(ServerUrl::parse(&self.url)?, options)?;
        self.attach(&client, token);
        Ok(client)
    }

    /// Make `client` send this session, at the URL layout found at login.
    pub fn attach(&self, client: &Client, token: &SecretString) {
        if let Some(layout) = self.layout {
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

fn layout_name<S: serde::Serializer>(layout: &Option<Layout>, out: S) -> Result<S::Ok, S::Error> {
    layout.map(Layout::name).serialize(out)
}

fn lenient_layout<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Layout>, D::Error> {
    let name = Option::<String>::deserialize(deserializer)?;
    Ok(name.as_deref().and_then(Layout::from_name))
}

/// Which session is the current one (`current` in the state dir): kept apart from the session
/// itself, so that a session refused and forgotten still leaves commands aimed at its server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Current {
    pub url: String,
    pub database: String,
    pub login: String,
}

impl Current {
    pub fn of(info: &SessionInfo) -> Current {
        Current {
            url: info.url.clone(),
            database: info.database.clone(),
            login: info.login.clone(),
        }
    }

    pub fn key(&self) -> String {
        session_key(&self.url, &self.database, &self.login)
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
        let dir = crate::paths::state_dir()?;
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
                    keyring_skipped = Some(why);
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
        {
            self.forget_token(old);
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

    fn forget_token(&self, info: &SessionInfo) {
        if let Ok(store) = self.store_of(info) {
            let _ = store.delete(&info.key());
        }
    }

    /// Forget a session locally (index entry and token). It stays the current one (the server,
    /// database and user that commands use by default) until `logout` or `switch`.
    pub fn forget(&self, info: &SessionInfo) -> anyhow::Result<()> {
        if self.choice == StoreChoice::None {
            return Ok(());
        }
        let _lock = self.lock_unless_held()?;
        self.forget_token(info);
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
                    keyring::short_reason(&why)
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

/// A 404 at the database's URL means no such database: say which ones the server lists (when it
/// lists them), as `ping -d` does.
pub fn explain_missing_database(
    err: anyhow::Error,
    client: &Client,
    database: &str,
) -> anyhow::Error {
    let is_404 = err
        .chain()
        .find_map(|cause| cause.downcast_ref::<crate::rpc::Error>())
        .is_some_and(|rpc| rpc.status() == Some(404));
    if !is_404 {
        return err;
    }
    let listed = client
        .call(
            crate::rpc::Target::Server,
            crate::rpc::methods::DB_LIST,
            &serde_json::json!([]),
        )
        .ok()
        .and_then(|reply| {
            reply.value.as_array().map(|names| {
                names
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        });
    let lists = match listed {
        Some(names) if names.is_empty() => " (it lists none)".to_string(),
        Some(names) => format!(" (it lists: {names})"),
        None => " (it does not list its databases); check -d".to_string(),
    };
    Failure::new(
        crate::exit::ExitCode::ServerError,
        format!("database '{database}' not found on {}{lists}", client.url()),
    )
    .into()
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

pub fn expiry(ttl: Duration) -> u64 {
    now().saturating_add(ttl.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_written_by_earlier_versions_still_loads() {
        let old = r#"{
            "admin@http://127.0.0.1:8000/tryton": {
                "url": "http://127.0.0.1:8000", "database": "tryton", "login": "admin",
                "user_id": 1, "store": "keyring", "created": 10, "expires": 20,
                "layout": "7.x", "context": {"language": "en"}
            },
            "bob@http://h/db": {
                "url": "http://h", "database": "db", "login": "bob", "user_id": 2,
                "store": "file", "created": 1, "expires": 2, "layout": "9.x"
            },
            "eve@http://h/db": {
                "url": "http://h", "database": "db", "login": "eve", "user_id": 3,
                "store": "file", "created": 1, "expires": 2
            }
        }"#;
        let index: std::collections::BTreeMap<String, SessionInfo> =
            serde_json::from_str(old).unwrap();
        let admin = &index["admin@http://127.0.0.1:8000/tryton"];
        assert_eq!(admin.store, StoreKind::Keyring);
        assert_eq!(admin.layout, Some(Layout::Root));
        // A layout this version does not know is forgotten (found again at the next call).
        assert_eq!(index["bob@http://h/db"].layout, None);
        assert_eq!(index["eve@http://h/db"].layout, None);
        // And it is written back in the same words.
        let written = serde_json::to_value(admin).unwrap();
        assert_eq!(written["store"], "keyring");
        assert_eq!(written["layout"], "7.x");
    }

    #[test]
    fn the_place_a_session_went_reads_as_a_sentence() {
        assert_eq!(Place::Keyring.to_string(), "stored in the system keyring");
        assert_eq!(
            Place::File("/s/secrets.json".into()).to_string(),
            "stored in /s/secrets.json (mode 0600)"
        );
        assert_eq!(
            Place::NotStored.to_string(),
            "not stored (--session-store none)"
        );
    }
}
