//! Settings: flag > environment > profile (TOML in the config dir) > built-in default.

use std::path::{Path, PathBuf};
use std::time::Duration;

use toml_edit::{DocumentMut, Item, Table, value};

use crate::cli::{GlobalArgs, StoreChoice};
use crate::exit::Failure;
use crate::rpc::{ClientOptions, RetryPolicy, ServerUrl};

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_RETRIES: u32 = 3;
/// A working day: log in in the morning, work, and the session is gone by the next one.
pub const DEFAULT_SESSION_TTL: Duration = Duration::from_secs(12 * 3600);
/// The portal's name for the server URL, still honoured.
const LEGACY_URL_VARIABLE: &str = "TRYTON_RPC_URL";

#[derive(Debug, Clone)]
pub struct Settings {
    pub url: Option<String>,
    pub database: Option<String>,
    pub user: Option<String>,
    pub timeout: Duration,
    pub retries: u32,
    pub retry_writes: bool,
    pub verbosity: u8,
    pub quiet: bool,
    pub insecure: bool,
    pub cacert: Option<PathBuf>,
    pub max_response_bytes: u64,
    pub session_store: StoreChoice,
    pub session_ttl: Duration,
    pub password_file: Option<PathBuf>,
}

/// What a profile may set; every field optional.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Profile {
    pub url: Option<String>,
    pub database: Option<String>,
    pub user: Option<String>,
    pub timeout: Option<Duration>,
    pub retries: Option<u32>,
    pub session_store: Option<StoreChoice>,
    pub session_ttl: Option<Duration>,
    pub password_file: Option<PathBuf>,
}

impl Settings {
    pub fn resolve(global: &GlobalArgs) -> anyhow::Result<Settings> {
        let profile_name = global
            .profile
            .clone()
            .or_else(|| non_empty_env("TRYTON_PROFILE"));
        let profile = load_profile(profile_name.as_deref())?;
        let ttl = match non_empty_env("TRYTON_SESSION_TTL") {
            Some(text) => Some(
                crate::cli::parse_seconds(&text)
                    .map_err(|why| Failure::usage(format!("TRYTON_SESSION_TTL: {why}")))?,
            ),
            None => None,
        };
        Ok(Settings {
            url: global
                .url
                .clone()
                .or_else(|| non_empty_env(LEGACY_URL_VARIABLE))
                .or(profile.url),
            database: global.database.clone().or(profile.database),
            user: global.user.clone().or(profile.user),
            timeout: global
                .timeout
                .or(profile.timeout)
                .unwrap_or(DEFAULT_TIMEOUT),
            retries: global
                .retries
                .or(profile.retries)
                .unwrap_or(DEFAULT_RETRIES),
            retry_writes: false,
            verbosity: global.verbose,
            quiet: global.quiet,
            insecure: global.insecure,
            cacert: global.cacert.clone(),
            max_response_bytes: global
                .max_response_size
                .unwrap_or(crate::rpc::DEFAULT_MAX_RESPONSE_BYTES),
            session_store: global
                .session_store
                .or(profile.session_store)
                .unwrap_or(StoreChoice::Auto),
            session_ttl: ttl.or(profile.session_ttl).unwrap_or(DEFAULT_SESSION_TTL),
            password_file: global.password_file.clone().or(profile.password_file),
        })
    }

    pub fn server_url(&self) -> anyhow::Result<ServerUrl> {
        let url = self.url.as_deref().ok_or_else(|| {
            Failure::usage(
                "no server URL: pass --url URL, set TRYTON_URL or use a profile (e.g. http://127.0.0.1:8000)",
            )
        })?;
        Ok(ServerUrl::parse(url)?)
    }

    pub fn database(&self) -> anyhow::Result<&str> {
        self.database.as_deref().ok_or_else(|| {
            Failure::usage("no database: pass -d NAME, set TRYTON_DATABASE or use a profile").into()
        })
    }

    pub fn client_options(&self) -> ClientOptions {
        ClientOptions {
            timeout: self.timeout,
            retry: RetryPolicy {
                retries: self.retries,
                retry_writes: self.retry_writes,
            },
            insecure: self.insecure,
            cacert: self.cacert.clone(),
            verbosity: self.verbosity,
            max_response_bytes: self.max_response_bytes,
        }
    }
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

pub fn config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tryton-cli")
        .map(|dirs| dirs.config_dir().join("config.toml"))
}

/// The profile asked for (or the file's `default_profile`); none when there is no config file.
fn load_profile(name: Option<&str>) -> anyhow::Result<Profile> {
    let Some(path) = config_path() else {
        return Ok(Profile::default());
    };
    let document = match read_document(&path)? {
        Some(document) => document,
        None if name.is_some() => {
            return Err(Failure::usage(format!(
                "unknown profile '{}': there is no config file at {} (create one with 'tryton-cli login --save-profile NAME')",
                name.unwrap_or_default(),
                path.display()
            ))
            .into());
        }
        None => return Ok(Profile::default()),
    };
    let name = match name {
        Some(name) => name.to_string(),
        None => match document.get("default_profile") {
            Some(item) => item
                .as_str()
                .ok_or_else(|| bad_config(&path, "default_profile", "a string"))?
                .to_string(),
            None => return Ok(Profile::default()),
        },
    };
    let table = document
        .get("profiles")
        .and_then(|p| p.get(&name))
        .and_then(Item::as_table_like)
        .ok_or_else(|| {
            let known = profile_names(&document).join(", ");
            Failure::usage(format!(
                "unknown profile '{name}' (in {}: {})",
                path.display(),
                if known.is_empty() {
                    "no profiles".into()
                } else {
                    known
                }
            ))
        })?;
    let key = |k: &str| format!("profiles.{name}.{k}");
    let text = |k: &str| -> anyhow::Result<Option<String>> {
        match table.get(k) {
            None => Ok(None),
            Some(item) => Ok(Some(
                item.as_str()
                    .ok_or_else(|| bad_config(&path, &key(k), "a string"))?
                    .to_string(),
            )),
        }
    };
    let duration = |k: &str| -> anyhow::Result<Option<Duration>> {
        match table.get(k) {
            None => Ok(None),
            Some(item) => {
                let parsed = if let Some(n) = item.as_integer() {
                    crate::cli::parse_seconds(&n.to_string())
                } else if let Some(f) = item.as_float() {
                    crate::cli::parse_seconds(&f.to_string())
                } else if let Some(s) = item.as_str() {
                    crate::cli::parse_seconds(s)
                } else {
                    Err(String::new())
                };
                parsed.map(Some).map_err(|_| {
                    bad_config(&path, &key(k), "seconds or a duration such as \"30s\"")
                })
            }
        }
    };
    let retries = match table.get("retries") {
        None => None,
        Some(item) => Some(
            item.as_integer()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| bad_config(&path, &key("retries"), "a whole number"))?,
        ),
    };
    let session_store = match text("session_store")? {
        None => None,
        Some(s) => Some(
            <StoreChoice as clap::ValueEnum>::from_str(&s, true).map_err(|_| {
                bad_config(&path, &key("session_store"), "auto, keyring, file or none")
            })?,
        ),
    };
    if table.get("password").is_some() {
        return Err(Failure::usage(format!(
            "{}: a profile takes no password; use password_file (mode 0600) or TRYTON_PASSWORD",
            path.display()
        ))
        .into());
    }
    Ok(Profile {
        url: text("url")?,
        database: text("database")?,
        user: text("user")?,
        timeout: duration("timeout")?,
        retries,
        session_store,
        session_ttl: duration("session_ttl")?,
        password_file: text("password_file")?.map(|p| expand_home(&p)),
    })
}

fn read_document(path: &Path) -> anyhow::Result<Option<DocumentMut>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(Failure::usage(format!(
                "cannot read the config file {}: {err}",
                path.display()
            ))
            .into());
        }
    };
    text.parse::<DocumentMut>().map(Some).map_err(|err| {
        Failure::usage(format!(
            "the config file {} is not valid TOML: {}",
            path.display(),
            crate::rpc::one_line(&err.to_string())
        ))
        .into()
    })
}

fn profile_names(document: &DocumentMut) -> Vec<String> {
    document
        .get("profiles")
        .and_then(Item::as_table_like)
        .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
        .unwrap_or_default()
}

fn bad_config(path: &Path, key: &str, expected: &str) -> anyhow::Error {
    Failure::usage(format!("{}: '{key}' must be {expected}", path.display())).into()
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// Write url, database and user into profile `name` (created if needed), keeping the rest of the
/// file (comments included); the first profile saved becomes the default.
pub fn save_profile(name: &str, url: &str, database: &str, user: &str) -> anyhow::Result<PathBuf> {
    let path = config_path().ok_or_else(|| Failure::usage("no config directory on this system"))?;
    let mut document = read_document(&path)?.unwrap_or_default();
    if document.get("default_profile").is_none() {
        document["default_profile"] = value(name);
    }
    if document.get("profiles").is_none() {
        let mut profiles = Table::new();
        profiles.set_implicit(true);
        document["profiles"] = Item::Table(profiles);
    }
    let profiles = document["profiles"]
        .as_table_mut()
        .ok_or_else(|| bad_config(&path, "profiles", "a table"))?;
    if profiles.get(name).is_none() {
        profiles.insert(name, Item::Table(Table::new()));
    }
    let profile = profiles[name]
        .as_table_mut()
        .ok_or_else(|| bad_config(&path, &format!("profiles.{name}"), "a table"))?;
    profile["url"] = value(url);
    profile["database"] = value(database);
    profile["user"] = value(user);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::session::file::write_atomically(&path, document.to_string().as_bytes(), 0o600)?;
    Ok(path)
}
