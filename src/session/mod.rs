//! Sessions kept between invocations: a metadata index (`sessions.json`, no secrets) in the state
//! dir, and each session token in a secret store — the OS keyring, or a 0600 file where no keyring
//! answers (as gh keeps hosts.yml beside the keyring). Entries are keyed by (server URL, database,
//! user) so that a session is only ever sent to the server that issued it.

mod authenticated;
pub mod file;
pub mod keyring;
pub mod login;
pub mod password;
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
mod secret_service;
mod select;
mod store;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

pub use authenticated::Authenticated;
pub use login::explain_missing_database;
pub use select::Fill;
pub use store::Sessions;

use crate::rpc::{Client, ClientOptions, Layout, ServerUrl};
use crate::secret::SecretString;

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
    /// The CA file (`--cacert`, absolute) the login trusted: later commands, `status`, `logout`
    /// and completion trust it too unless told otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cacert: Option<PathBuf>,
    /// The login did not verify the certificate (`--insecure`): neither do later commands (with
    /// the same warning).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure: bool,
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
    pub fn client(
        &self,
        mut options: ClientOptions,
        token: &SecretString,
    ) -> anyhow::Result<Client> {
        self.trust(&mut options);
        let client = Client::new(ServerUrl::parse(&self.url)?, options)?;
        self.attach(&client, token);
        Ok(client)
    }

    /// The TLS trust the login used, where nothing (flag, environment, profile) says otherwise.
    pub fn trust(&self, options: &mut ClientOptions) {
        if options.cacert.is_none() && !options.insecure {
            options.cacert.clone_from(&self.cacert);
            options.insecure = self.insecure;
        }
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

pub fn expiry(ttl: Duration) -> u64 {
    now().saturating_add(ttl.as_secs())
}

/// The longest a dropped session's `common.db.logout` may take: it is a courtesy to the server,
/// never a reason for the command to wait.
const END_DROPPED_WITHIN: Duration = Duration::from_secs(5);

/// End on the server a session the client is about to drop (local expiry, a replaced store, an
/// ambiguous keyring entry), since the server would otherwise keep it valid for its `max_age`
/// (30 days by default) with nobody here able to end it. Best effort: sent once, within a few
/// seconds; a 401 means it had already ended. Says why not otherwise (for `-v`).
pub fn end_dropped(
    info: &SessionInfo,
    token: &SecretString,
    mut options: ClientOptions,
) -> Result<(), String> {
    options.retry = crate::rpc::RetryPolicy::NONE;
    for limit in [&mut options.timeout, &mut options.write_timeout] {
        if limit.is_zero() || *limit > END_DROPPED_WITHIN {
            *limit = END_DROPPED_WITHIN;
        }
    }
    let client = info
        .client(options, token)
        .map_err(|err| format!("{err:#}"))?;
    match client.call(
        crate::rpc::Target::Database(&info.database),
        crate::rpc::methods::LOGOUT,
        &serde_json::json!([]),
    ) {
        Ok(_) => Ok(()),
        Err(err) if err.status() == Some(401) => Ok(()),
        Err(err) => Err(crate::rpc::one_line(&err.to_string())),
    }
}

/// [`end_dropped`], said on `-v`: `what` names the session dropped ("the expired session").
pub fn end_dropped_logged(
    info: &SessionInfo,
    token: &SecretString,
    options: ClientOptions,
    what: &str,
) {
    match end_dropped(info, token, options) {
        Ok(()) => log::debug!("* {what} for {} was ended on the server", info.key()),
        Err(why) => log::debug!(
            "* {what} for {} could not be ended on the server ({why}); it ends at its max_age",
            info.key()
        ),
    }
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
