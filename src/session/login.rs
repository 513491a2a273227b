//! Logging in (password sources, extra login factors) and getting an authenticated client for
//! `call`/`search`, with one transparent re-login when the server refuses a stored session.

use std::io::{BufRead, IsTerminal};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde_json::{Map, Value, json};

use super::{SessionInfo, Sessions, expiry, now};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::rpc::{self, Client, Fault, Reply, Target};
use crate::secret::SecretString;

const MAX_LOGIN_ROUNDS: usize = 6;

/// The password from a source that needs nobody at the keyboard: TRYTON_PASSWORD, then the
/// password file (`--password-file` / TRYTON_PASSWORD_FILE / profile).
pub fn unattended_password(settings: &Settings) -> anyhow::Result<Option<SecretString>> {
    if let Ok(password) = std::env::var("TRYTON_PASSWORD")
        && !password.is_empty()
    {
        return Ok(Some(SecretString::new(password)));
    }
    let file = settings.password_file.clone().or_else(|| {
        std::env::var_os("TRYTON_PASSWORD_FILE")
            .filter(|v| !v.is_empty())
            .map(Into::into)
    });
    match file {
        Some(path) => read_password_file(&path).map(Some),
        None => Ok(None),
    }
}

/// The first line of a password file that only its owner can read.
pub fn read_password_file(path: &Path) -> anyhow::Result<SecretString> {
    let meta = std::fs::metadata(path).map_err(|err| {
        Failure::usage(format!(
            "cannot read the password file {}: {err}",
            path.display()
        ))
    })?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(Failure::usage(format!(
            "the password file {} is readable by others (mode {mode:o}); run 'chmod 600 {}'",
            path.display(),
            path.display()
        ))
        .into());
    }
    let text = std::fs::read_to_string(path).map_err(|err| {
        Failure::usage(format!(
            "cannot read the password file {}: {err}",
            path.display()
        ))
    })?;
    let line = text.lines().next().unwrap_or_default();
    if line.is_empty() {
        return Err(
            Failure::usage(format!("the password file {} is empty", path.display())).into(),
        );
    }
    Ok(SecretString::new(line))
}

/// One line from standard input (`--password-stdin`), without its line ending.
pub fn password_from_stdin() -> anyhow::Result<SecretString> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| Failure::usage(format!("cannot read the password from stdin: {err}")))?;
    let password = line.trim_end_matches(['\n', '\r']);
    if password.is_empty() {
        return Err(Failure::usage("--password-stdin: standard input gave no password").into());
    }
    Ok(SecretString::new(password))
}

pub fn terminal_available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn prompt_secret(label: &str) -> anyhow::Result<SecretString> {
    rpassword::prompt_password(format!("{label}: "))
        .map(SecretString::new)
        .map_err(|err| Failure::usage(format!("cannot read from the terminal: {err}")).into())
}

fn prompt_text(label: &str) -> anyhow::Result<String> {
    eprint!("{label}: ");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_string())
}

/// Ask for the password on the terminal, or explain which sources exist.
pub fn prompt_password(login: &str) -> anyhow::Result<SecretString> {
    if !terminal_available() {
        return Err(Failure::auth(
            "no password: use --password-stdin, TRYTON_PASSWORD or --password-file, or run on a terminal",
        )
        .into());
    }
    prompt_secret(&format!("Password for {login}"))
}

pub fn prompt_user() -> anyhow::Result<String> {
    if !terminal_available() {
        return Err(Failure::usage("no user: pass -u USER or set TRYTON_USER").into());
    }
    let user = prompt_text("User")?;
    if user.is_empty() {
        return Err(Failure::usage("no user given").into());
    }
    Ok(user)
}

/// `common.db.login`, answering the server's requests for further factors (an SMS code, a device
/// cookie) from `extra` or, on a terminal, by asking — as the Tryton desktop client does.
pub fn login(
    client: &Client,
    database: &str,
    user: &str,
    password: &SecretString,
    extra: &[(String, SecretString)],
    interactive: bool,
) -> anyhow::Result<(i64, SecretString)> {
    // Factors given in advance (--login-param) go with the first request, as a code that the
    // server sent earlier is still valid for a while.
    let mut parameters: Vec<(String, SecretString)> = vec![("password".into(), password.clone())];
    parameters.extend(extra.iter().cloned());
    for _ in 0..MAX_LOGIN_ROUNDS {
        let factors: Map<String, Value> = parameters
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.expose().to_string())))
            .collect();
        let params = json!([user, factors]);
        match client.call(Target::Database(database), "common.db.login", &params) {
            Ok(reply) => return session_from(&reply.value, client),
            Err(rpc::Error::Fault(Fault::LoginNeeded {
                field,
                message,
                kind,
            })) => {
                if parameters.iter().any(|(name, _)| *name == field) {
                    return Err(Failure::auth(format!(
                        "login refused: the server asks again for {message} ('{field}'); the value given was wrong"
                    ))
                    .into());
                }
                let value = if interactive && terminal_available() {
                    if kind == "password" {
                        prompt_secret(&message)?
                    } else {
                        SecretString::new(prompt_text(&message)?)
                    }
                } else {
                    return Err(Failure::auth(format!(
                        "the server asks for {message} ('{field}'): pass --login-param {field}=VALUE or log in on a terminal"
                    ))
                    .into());
                };
                parameters.push((field, value));
            }
            Err(rpc::Error::Fault(Fault::Server { message, .. })) if message == "'res.user'" => {
                return Err(Failure::new(
                    ExitCode::ServerError,
                    format!(
                        "the server has not loaded database '{database}' (trytond 8.2 started without -d {database}?); restart it with -d {database}"
                    ),
                )
                .into());
            }
            Err(err) => return Err(err.into()),
        }
    }
    Err(Failure::auth("login refused: too many login steps").into())
}

fn session_from(value: &Value, client: &Client) -> anyhow::Result<(i64, SecretString)> {
    match (
        value.get(0).and_then(Value::as_i64),
        value.get(1).and_then(Value::as_str),
    ) {
        (Some(user_id), Some(token)) => Ok((user_id, SecretString::new(token))),
        _ => Err(rpc::Error::NotJsonRpc {
            url: client.url().to_string(),
            status: 200,
            what: "a login answer that is not [user_id, session]".into(),
        }
        .into()),
    }
}

/// Log in, fetch the user's context once, and store the session. Returns where it was stored.
pub fn establish(
    client: &Client,
    settings: &Settings,
    sessions: &Sessions,
    user: &str,
    password: &SecretString,
    extra: &[(String, SecretString)],
    interactive: bool,
) -> anyhow::Result<(SessionInfo, SecretString, String)> {
    let database = settings.database()?;
    let (user_id, token) = login(client, database, user, password, extra, interactive)?;
    let mut info = SessionInfo {
        url: client.url().to_string(),
        database: database.to_string(),
        login: user.to_string(),
        user_id,
        store: String::new(),
        created: now(),
        expires: expiry(settings.session_ttl),
        layout: client.layout().map(|l| l.name().to_string()),
        context: Value::Object(Map::new()),
    };
    client.set_authorization(Some(info.authorization(&token)));
    info.context = match client.call(
        Target::Database(database),
        "model.res.user.get_preferences",
        &json!([true, {}]),
    ) {
        Ok(reply) if reply.value.is_object() => reply.value,
        Ok(_) => Value::Object(Map::new()),
        Err(err) => return Err(err.into()),
    };
    let place = sessions.save(info.clone(), &token)?;
    Ok((info, token, place))
}

/// A client carrying a stored session, and what it needs to log in again once if the server
/// refuses that session.
pub struct Authenticated<'a> {
    pub client: Client,
    pub info: SessionInfo,
    settings: &'a Settings,
    sessions: Sessions,
    relogged: bool,
}

impl<'a> Authenticated<'a> {
    /// Find the stored session for the settings' server, database and user — or log in now when
    /// a password source needs nobody at the keyboard (TRYTON_PASSWORD, password file).
    pub fn open(settings: &'a Settings) -> anyhow::Result<Authenticated<'a>> {
        let url = settings.server_url()?;
        let database = settings.database()?.to_string();
        let client = Client::new(url, settings.client_options())?;
        let sessions = Sessions::open(settings.session_store)?;
        let url_text = client.url().to_string();
        let mut candidates = sessions.matching(&url_text, &database, settings.user.as_deref());
        if candidates.len() > 1 {
            let users: Vec<&str> = candidates.iter().map(|s| s.login.as_str()).collect();
            return Err(Failure::usage(format!(
                "several sessions for {url_text} database {database} ({}): pass -u USER",
                users.join(", ")
            ))
            .into());
        }
        if let Some(info) = candidates.pop() {
            if !info.is_expired()
                && let Some(token) = sessions.token(&info)?
            {
                info.attach(&client, &token);
                return Ok(Authenticated {
                    client,
                    info,
                    settings,
                    sessions,
                    relogged: false,
                });
            }
            if settings.verbosity > 0 {
                eprintln!("* the stored session for {} has expired", info.key());
            }
            sessions.forget(&info)?;
        }
        let info = relogin(
            &client,
            settings,
            &sessions,
            settings.user.clone(),
            &url_text,
            &database,
        )?;
        Ok(Authenticated {
            client,
            info,
            settings,
            sessions,
            relogged: true,
        })
    }

    /// The user's context as stored at login.
    pub fn context(&self) -> &Value {
        &self.info.context
    }

    /// Call a database method; when the server refuses the session (401: expired, revoked, or
    /// issued to another address) log in again once and repeat the call. A 401 is answered before
    /// the method runs, so repeating it never runs a write twice.
    pub fn call(&mut self, method: &str, params: &Value) -> anyhow::Result<Reply> {
        let database = self.info.database.clone();
        match self
            .client
            .call(Target::Database(&database), method, params)
        {
            Err(err) if err.status() == Some(401) && !self.relogged => {
                self.refresh()?;
                Ok(self
                    .client
                    .call(Target::Database(&database), method, params)?)
            }
            other => Ok(other?),
        }
    }

    /// [`Authenticated::call`] through the read cache, when one is asked for.
    pub fn call_cached(
        &mut self,
        cache: Option<&crate::cache::Cache>,
        method: &str,
        params: &Value,
    ) -> anyhow::Result<Value> {
        let Some(cache) = cache else {
            return Ok(self.call(method, params)?.value);
        };
        let key = crate::cache::Cache::key(
            &self.info.url,
            &self.info.database,
            &self.info.login,
            method,
            params,
        );
        if let Some(hit) = cache.get(&key) {
            if self.settings.verbosity > 0 {
                eprintln!("* {method}: answered from the cache");
            }
            return Ok(hit);
        }
        let value = self.call(method, params)?.value;
        cache.put(&key, &value);
        Ok(value)
    }

    fn refresh(&mut self) -> anyhow::Result<()> {
        self.relogged = true;
        let _lock = self.sessions.lock()?;
        // Another process may have logged in while we waited for the lock.
        if let Some(fresh) = self.sessions.reload(&self.info.key())
            && fresh.created > self.info.created
            && !fresh.is_expired()
            && let Some(token) = self.sessions.token(&fresh)?
        {
            self.client
                .set_authorization(Some(fresh.authorization(&token)));
            self.info = fresh;
            return Ok(());
        }
        let url = self.info.url.clone();
        let database = self.info.database.clone();
        let stale = self.info.clone();
        match relogin(
            &self.client,
            self.settings,
            &self.sessions,
            Some(stale.login.clone()),
            &url,
            &database,
        ) {
            Ok(info) => {
                self.info = info;
                Ok(())
            }
            Err(err) => {
                if crate::exit::exit_code_of(&err) == ExitCode::Auth {
                    let _ = self.sessions.forget(&stale);
                }
                Err(err)
            }
        }
    }
}

fn relogin(
    client: &Client,
    settings: &Settings,
    sessions: &Sessions,
    user: Option<String>,
    url: &str,
    database: &str,
) -> anyhow::Result<SessionInfo> {
    let not_logged_in = || {
        Failure::auth(format!(
            "not logged in to {url} database {database} (or the session expired): run 'tryton-cli login', or set TRYTON_PASSWORD or a password file"
        ))
    };
    let password = match unattended_password(settings)? {
        Some(password) => password,
        None if terminal_available() && user.is_some() => {
            prompt_password(user.as_deref().unwrap_or_default())?
        }
        None => return Err(not_logged_in().into()),
    };
    let user = user.ok_or_else(|| Failure::usage("no user: pass -u USER or set TRYTON_USER"))?;
    if settings.verbosity > 0 {
        eprintln!("* logging in to {url} database {database} as {user}");
    }
    let (info, _token, _place) =
        establish(client, settings, sessions, &user, &password, &[], false)?;
    Ok(info)
}
