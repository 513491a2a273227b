//! Settings: flag > environment > profile (TOML in the config dir) > built-in default.

use std::path::{Path, PathBuf};
use std::time::Duration;

use std::collections::BTreeMap;

use serde::Deserialize;
use toml_edit::{DocumentMut, Item, Table, value};

use crate::exit::Failure;
use crate::paths;
use crate::rpc::{ClientOptions, RetryPolicy, ServerUrl};

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// No limit: a write is waited for while the server works on it.
pub const DEFAULT_WRITE_TIMEOUT: Duration = Duration::ZERO;
pub const DEFAULT_RETRIES: u32 = 3;
/// A working day: log in in the morning, work, and the session is gone by the next one.
pub const DEFAULT_SESSION_TTL: Duration = Duration::from_secs(12 * 3600);
/// The portal's name for the server URL, still honoured.
const LEGACY_URL_VARIABLE: &str = "TRYTON_RPC_URL";

/// Where sessions are kept (`--session-store`, `TRYTON_SESSION_STORE`, a profile's
/// `session_store`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreChoice {
    /// The OS keyring when it answers, else a file
    Auto,
    Keyring,
    File,
    /// Keep nothing: every run logs in
    None,
}

/// What the command line gave (a flag, or the environment variable clap reads for it): the
/// first place [`Settings::resolve`] looks. `cli::GlobalArgs::flags` fills it, so that this
/// module needs nothing of clap's argument definitions.
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub profile: Option<String>,
    pub url: Option<String>,
    pub database: Option<String>,
    pub user: Option<String>,
    pub timeout: Option<Duration>,
    pub write_timeout: Option<Duration>,
    pub retries: Option<u32>,
    pub session_store: Option<StoreChoice>,
    pub password_file: Option<PathBuf>,
    pub cacert: Option<PathBuf>,
    pub insecure: bool,
    pub max_response_size: Option<u64>,
    pub verbose: u8,
    pub quiet: bool,
    pub yes: bool,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub url: Option<String>,
    pub database: Option<String>,
    pub user: Option<String>,
    /// Zero is no limit.
    pub timeout: Duration,
    /// Zero is no limit.
    pub write_timeout: Duration,
    pub retries: u32,
    pub retry_writes: bool,
    pub verbosity: u8,
    pub quiet: bool,
    /// `--yes`: every question of the run is answered yes.
    pub assume_yes: bool,
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
    pub write_timeout: Option<Duration>,
    pub retries: Option<u32>,
    pub session_store: Option<StoreChoice>,
    pub session_ttl: Option<Duration>,
    pub password_file: Option<PathBuf>,
    pub cacert: Option<PathBuf>,
    pub insecure: Option<bool>,
}

impl Settings {
    pub fn resolve(flags: &Flags) -> anyhow::Result<Settings> {
        let profile_name = flags
            .profile
            .clone()
            .or_else(|| non_empty_env("TRYTON_PROFILE"));
        let profile = load_profile(profile_name.as_deref())?;
        let ttl = match non_empty_env("TRYTON_SESSION_TTL") {
            Some(text) => Some(
                crate::units::parse_seconds(&text)
                    .and_then(positive_ttl)
                    .map_err(|why| Failure::usage(format!("TRYTON_SESSION_TTL: {why}")))?,
            ),
            None => None,
        };
        let mut flags = flags.clone();
        flags.url = flags.url.or_else(|| non_empty_env(LEGACY_URL_VARIABLE));
        Ok(Settings::layered(&flags, profile, ttl))
    }

    /// What the flags (and environment) gave over the profile over the defaults; `session_ttl`
    /// is `TRYTON_SESSION_TTL`, which has no flag.
    pub fn layered(flags: &Flags, profile: Profile, session_ttl: Option<Duration>) -> Settings {
        Settings {
            url: flags.url.clone().or(profile.url),
            database: flags.database.clone().or(profile.database),
            user: flags.user.clone().or(profile.user),
            timeout: flags.timeout.or(profile.timeout).unwrap_or(DEFAULT_TIMEOUT),
            write_timeout: flags
                .write_timeout
                .or(profile.write_timeout)
                .unwrap_or(DEFAULT_WRITE_TIMEOUT),
            retries: flags.retries.or(profile.retries).unwrap_or(DEFAULT_RETRIES),
            retry_writes: false,
            verbosity: flags.verbose,
            quiet: flags.quiet,
            assume_yes: flags.yes,
            insecure: flags.insecure || profile.insecure.unwrap_or(false),
            cacert: flags.cacert.clone().or(profile.cacert),
            max_response_bytes: flags
                .max_response_size
                .unwrap_or(crate::rpc::DEFAULT_MAX_RESPONSE_BYTES),
            session_store: flags
                .session_store
                .or(profile.session_store)
                .unwrap_or(StoreChoice::Auto),
            session_ttl: session_ttl
                .or(profile.session_ttl)
                .unwrap_or(DEFAULT_SESSION_TTL),
            password_file: flags.password_file.clone().or(profile.password_file),
        }
    }

    pub fn server_url(&self) -> anyhow::Result<ServerUrl> {
        let url = self.url.as_deref().ok_or_else(|| {
            Failure::usage(
                "no server URL: pass --url URL (e.g. http://127.0.0.1:8000), set TRYTON_URL, use a profile, or log in once with 'tryton-cli login --url URL -d DB -u USER'",
            )
        })?;
        Ok(ServerUrl::parse(url)?)
    }

    pub fn database(&self) -> anyhow::Result<&str> {
        self.database.as_deref().ok_or_else(|| {
            Failure::usage(
                "no database: pass -d NAME, set TRYTON_DATABASE, use a profile, or log in once with 'tryton-cli login -d NAME'",
            )
            .into()
        })
    }

    /// Whether anything is left for the current session to fill.
    pub fn lacks_server_database_or_user(&self) -> bool {
        self.url.is_none() || self.database.is_none() || self.user.is_none()
    }

    pub fn client_options(&self) -> ClientOptions {
        ClientOptions {
            timeout: self.timeout,
            write_timeout: self.write_timeout,
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

/// A session lifetime of 0 would store sessions that are already expired.
fn positive_ttl(ttl: Duration) -> Result<Duration, String> {
    if ttl.is_zero() {
        Err("must be more than 0 (e.g. 8h); to keep no session, use --session-store none".into())
    } else {
        Ok(ttl)
    }
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

/// The config file as written: `default_profile` and `[profiles.NAME]` tables, nothing else.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    default_profile: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, toml::Table>,
}

/// One `[profiles.NAME]` table as written; every key optional, any other key refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    url: Option<String>,
    database: Option<String>,
    user: Option<String>,
    timeout: Option<DurationSetting>,
    write_timeout: Option<DurationSetting>,
    retries: Option<u32>,
    session_store: Option<StoreChoice>,
    session_ttl: Option<DurationSetting>,
    password_file: Option<String>,
    cacert: Option<String>,
    insecure: Option<bool>,
    /// Only here to refuse it with a better message than "unknown key".
    password: Option<serde::de::IgnoredAny>,
}

/// A duration as seconds (`30`, `2.5`) or text (`"30s"`, `"8h"`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum DurationSetting {
    Seconds(f64),
    Text(String),
}

/// What each profile key must be, for error messages.
fn expected(key: &str) -> &'static str {
    match key {
        "retries" => "a whole number",
        "insecure" => "true or false",
        "session_store" => "auto, keyring, file or none",
        "timeout" | "write_timeout" => "seconds or a duration such as \"30s\" (0: no limit)",
        "session_ttl" => "more than 0 seconds, or a duration such as \"8h\"",
        _ => "a string",
    }
}

/// The profile asked for (or the file's `default_profile`); none when there is no config file.
pub fn load_profile(name: Option<&str>) -> anyhow::Result<Profile> {
    let Some(path) = paths::config_file() else {
        return Ok(Profile::default());
    };
    let file = match read_config(&path)? {
        Some(file) => file,
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
    let Some(name) = name.map(str::to_string).or(file.default_profile) else {
        return Ok(Profile::default());
    };
    let table = file.profiles.get(&name).ok_or_else(|| {
        let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
        Failure::usage(format!(
            "unknown profile '{name}' (in {}: {})",
            path.display(),
            if known.is_empty() {
                "no profiles".into()
            } else {
                known.join(", ")
            }
        ))
    })?;
    let raw = ProfileFile::deserialize(toml::Value::Table(table.clone()))
        .map_err(|err| profile_error(&path, &name, &err))?;
    if raw.password.is_some() {
        return Err(Failure::usage(format!(
            "{}: a profile takes no password; use password_file (mode 0600) or TRYTON_PASSWORD",
            path.display()
        ))
        .into());
    }
    let duration = |key: &str,
                    setting: Option<DurationSetting>|
     -> anyhow::Result<Option<Duration>> {
        let Some(setting) = setting else {
            return Ok(None);
        };
        let parsed = match setting {
            DurationSetting::Seconds(seconds) => crate::units::parse_seconds(&seconds.to_string()),
            DurationSetting::Text(text) => crate::units::parse_seconds(&text),
        };
        let parsed = if key == "session_ttl" {
            parsed.and_then(positive_ttl)
        } else {
            parsed
        };
        parsed.map(Some).map_err(|_| bad_key(&path, &name, key))
    };
    Ok(Profile {
        url: raw.url,
        database: raw.database,
        user: raw.user,
        timeout: duration("timeout", raw.timeout)?,
        write_timeout: duration("write_timeout", raw.write_timeout)?,
        retries: raw.retries,
        session_store: raw.session_store,
        session_ttl: duration("session_ttl", raw.session_ttl)?,
        password_file: raw.password_file.map(|p| expand_home(&p)),
        cacert: raw.cacert.map(|p| expand_home(&p)),
        insecure: raw.insecure,
    })
}

/// A profile that does not deserialize: the key and what it must be, or the unknown key.
fn profile_error(path: &Path, name: &str, err: &toml::de::Error) -> anyhow::Error {
    let message = err.message();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return Failure::usage(format!(
            "{}: unknown key '{key}' in [profiles.{name}] (known keys: url, database, user, timeout, write_timeout, retries, session_store, session_ttl, password_file, cacert, insecure)",
            path.display()
        ))
        .into();
    }
    // toml names the key on the error's last line: "in `retries`".
    let rendered = err.to_string();
    match rendered
        .lines()
        .last()
        .and_then(|line| line.strip_prefix("in `"))
        .and_then(|rest| rest.strip_suffix('`'))
    {
        Some(key) => bad_key(path, name, key),
        None => Failure::usage(format!(
            "{}: [profiles.{name}]: {}",
            path.display(),
            crate::rpc::one_line(message)
        ))
        .into(),
    }
}

fn bad_key(path: &Path, name: &str, key: &str) -> anyhow::Error {
    Failure::usage(format!(
        "{}: 'profiles.{name}.{key}' must be {}",
        path.display(),
        expected(key)
    ))
    .into()
}

fn read_text(path: &Path) -> anyhow::Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(Failure::usage(format!(
            "cannot read the config file {}: {err}",
            path.display()
        ))
        .into()),
    }
}

fn not_toml(path: &Path, why: &str) -> anyhow::Error {
    Failure::usage(format!(
        "the config file {} is not valid TOML: {}",
        path.display(),
        crate::rpc::one_line(why)
    ))
    .into()
}

fn read_config(path: &Path) -> anyhow::Result<Option<ConfigFile>> {
    let Some(text) = read_text(path)? else {
        return Ok(None);
    };
    if let Some(why) = crate::private_fs::untrusted(path) {
        return Err(Failure::usage(format!("refusing the config file: {why}")).into());
    }
    let table: toml::Table =
        toml::from_str(&text).map_err(|err| not_toml(path, &err.to_string()))?;
    ConfigFile::deserialize(toml::Value::Table(table))
        .map(Some)
        .map_err(|err| {
            let message = err.message();
            match message.strip_prefix("unknown field `") {
                Some(rest) => Failure::usage(format!(
                    "{}: unknown key '{}' (known: default_profile, [profiles.NAME])",
                    path.display(),
                    rest.split('`').next().unwrap_or_default()
                )),
                None => Failure::usage(format!(
                    "{}: {}",
                    path.display(),
                    crate::rpc::one_line(&err.to_string())
                )),
            }
            .into()
        })
}

/// The document for `--save-profile`, which keeps comments and layout.
fn read_document(path: &Path) -> anyhow::Result<Option<DocumentMut>> {
    let Some(text) = read_text(path)? else {
        return Ok(None);
    };
    text.parse::<DocumentMut>()
        .map(Some)
        .map_err(|err| not_toml(path, &err.to_string()))
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

/// The profile names of the config file; none when there is no config file or it cannot be read
/// (for completions, which must never print an error into the prompt).
pub fn profile_names() -> Vec<String> {
    paths::config_file()
        .filter(|path| crate::private_fs::untrusted(path).is_none())
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| toml::from_str::<toml::Table>(&text).ok())
        .and_then(|table| match table.get("profiles") {
            Some(toml::Value::Table(profiles)) => Some(profiles.keys().cloned().collect()),
            _ => None,
        })
        .unwrap_or_default()
}

/// Write url, database and user into profile `name` (created if needed), keeping the rest of the
/// file (comments included); the first profile saved becomes the default.
pub fn save_profile(name: &str, url: &str, database: &str, user: &str) -> anyhow::Result<PathBuf> {
    let path =
        paths::config_file().ok_or_else(|| Failure::usage("no config directory on this system"))?;
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
        crate::private_fs::ensure_private_dir(dir).map_err(|err| cannot_write(dir, &err))?;
    }
    crate::private_fs::write_atomically(&path, document.to_string().as_bytes(), 0o600)
        .map_err(|err| cannot_write(&path, &err))?;
    Ok(path)
}

/// Whether `--save-profile` will be able to write the config file: asked before logging in.
pub fn check_profile_writable() -> anyhow::Result<()> {
    let path =
        paths::config_file().ok_or_else(|| Failure::usage("no config directory on this system"))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    crate::private_fs::check_writable_dir(dir).map_err(|err| cannot_write(&path, &err))
}

fn cannot_write(path: &Path, err: &std::io::Error) -> anyhow::Error {
    Failure::usage(format!(
        "cannot write {}: {}",
        path.display(),
        crate::private_fs::io_reason(err)
    ))
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_lifetime_must_be_more_than_zero() {
        assert!(positive_ttl(Duration::ZERO).is_err());
        assert_eq!(
            positive_ttl(Duration::from_secs(1)),
            Ok(Duration::from_secs(1))
        );
    }
}
