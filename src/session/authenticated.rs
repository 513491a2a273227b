//! An authenticated client for the commands that need a session: the stored one, or a login now
//! from a password source that needs nobody at the keyboard, with one transparent re-login when
//! the server refuses the stored session.

use serde_json::{Map, Value, json};

use super::login::LoginRequest;
use super::password::{prompt_password, unattended_password};
use super::{SessionInfo, Sessions};
use crate::cache::Cache;
use crate::config::Settings;
use crate::confirm::{Proceed, ask_warning};
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::rpc::{self, Client, Fault, Reply, Target, methods, one_line};
use crate::secret::SecretString;

/// How many warnings one call may answer before it gives up.
const MAX_WARNINGS: usize = 5;

/// A client carrying a stored session, and what it needs to log in again once if the server
/// refuses that session.
pub struct Authenticated<'a> {
    pub client: Client,
    pub info: SessionInfo,
    /// The session token the client sends (to tell whether another run has replaced it).
    token: SecretString,
    settings: &'a Settings,
    sessions: &'a Sessions,
    relogged: bool,
    /// A password may be asked for on the terminal when a re-login needs one.
    can_prompt: bool,
}

impl<'a> Authenticated<'a> {
    /// Find the stored session for the settings' server, database and user — or log in now when
    /// a password source needs nobody at the keyboard (TRYTON_PASSWORD, password file).
    pub fn open(
        settings: &'a Settings,
        sessions: &'a Sessions,
        can_prompt: bool,
    ) -> anyhow::Result<Authenticated<'a>> {
        let url = settings.server_url()?;
        settings.database()?;
        let find = || sessions.select(settings).one();
        let mut stored = find()?;
        let mut options = settings.client_options();
        if let Some(info) = &stored {
            info.trust(&mut options);
        }
        let client = Client::new(url, options)?;
        let mut lock = None;
        loop {
            if let Some(info) = stored.take() {
                if !info.is_expired()
                    && let Some(token) = sessions.token(&info)?
                {
                    info.attach(&client, &token);
                    drop(lock);
                    return Ok(Authenticated {
                        client,
                        info,
                        token,
                        settings,
                        sessions,
                        relogged: false,
                        can_prompt,
                    });
                }
                if lock.is_some() {
                    if info.is_expired() {
                        log::debug!("* the stored session for {} has expired", info.key());
                        // Expired here, not necessarily on the server: end it there before its
                        // token is forgotten.
                        if let Ok(Some(token)) = sessions.token(&info) {
                            super::end_dropped_logged(
                                &info,
                                &token,
                                settings.client_options(),
                                "the expired session",
                            );
                        }
                    }
                    sessions.forget(&info)?;
                }
            }
            if lock.is_some() || !sessions.keeps_sessions() {
                break;
            }
            // Log in holding the store's lock, so that parallel runs share one login: the
            // runs that waited find the session the first one stored.
            lock = Some(sessions.lock()?);
            stored = find()?;
        }
        let (info, token) = relogin(&client, settings, sessions, None, can_prompt)?;
        drop(lock);
        Ok(Authenticated {
            client,
            info,
            token,
            settings,
            sessions,
            relogged: true,
            can_prompt,
        })
    }

    /// Another client on this session (its URL layout, TLS trust and token), for requests sent
    /// in parallel; it does not log in again by itself.
    pub fn another_client(&self) -> anyhow::Result<Client> {
        self.info
            .client(self.settings.client_options(), &self.token)
    }

    /// The user's context as stored at login.
    pub fn context(&self) -> &Value {
        &self.info.context
    }

    /// The user's context with `extra` (`--context`) merged over it.
    pub fn context_with(&self, extra: Map<String, Value>) -> Value {
        self.info.context_with(extra)
    }

    /// Call a database method, answering the server's warnings (trytond's UserWarning, "do you
    /// want to proceed?") as the desktop client does: asked on a terminal, yes with `--yes`,
    /// else an error naming the warning. A warning is skipped with `res.user.warning.skip` and the
    /// request sent again — safe, as the server rolled back the transaction that warned.
    pub fn call(&mut self, method: &str, params: &Value) -> anyhow::Result<Reply> {
        let mut answered = 0;
        loop {
            let err = match self.call_once(method, params) {
                Ok(reply) => return Ok(reply),
                Err(err) => err,
            };
            let Some(Fault::UserWarning {
                name,
                message,
                description,
            }) = err.downcast_ref::<rpc::Error>().and_then(|rpc| match rpc {
                rpc::Error::Fault(fault) => Some(fault.clone()),
                _ => None,
            })
            else {
                return Err(err);
            };
            // A server that warns again after a skip would loop: ask at most a few times.
            if answered >= MAX_WARNINGS {
                return Err(err);
            }
            answered += 1;
            let proceed = if self.settings.assume_yes {
                Proceed::Once
            } else if self.can_prompt {
                ask_warning(&message, &description)?
            } else {
                // The server's sentences end in a full stop; this line goes on after them.
                let text = match description.trim() {
                    "" => one_line(&message),
                    description => format!("{} — {}", one_line(&message), one_line(description)),
                };
                let text = text.trim_end_matches('.');
                return Err(Failure::new(
                    ExitCode::ServerError,
                    format!(
                        "the server warns: {text}; nothing was changed: pass --yes to proceed (warning '{name}')"
                    ),
                )
                .into());
            };
            if proceed == Proceed::No {
                return Err(Failure::new(
                    ExitCode::ServerError,
                    format!(
                        "not confirmed: {}; nothing was changed",
                        one_line(&message).trim_end_matches('.')
                    ),
                )
                .into());
            }
            let context = self.info.context.clone();
            self.call_once(
                methods::SKIP_WARNING,
                &json!([name, proceed == Proceed::Always, context]),
            )?;
        }
    }

    /// Call a database method; when the server refuses the session (401: expired, revoked, or
    /// issued to another address) log in again once and repeat the call. A 401 is answered before
    /// the method runs, so repeating it never runs a write twice.
    fn call_once(&mut self, method: &str, params: &Value) -> anyhow::Result<Reply> {
        let database = self.info.database.clone();
        let reply = match self
            .client
            .call(Target::Database(&database), method, params)
        {
            Err(err) if err.status() == Some(401) && !self.relogged => {
                self.refresh()?;
                self.client
                    .call(Target::Database(&database), method, params)?
            }
            other => other?,
        };
        // The server at this URL answered at another layout than the stored one (it was
        // upgraded, or downgraded): remember the one that answers.
        if let Some(layout) = self.client.layout()
            && self.info.layout != Some(layout)
        {
            self.info.layout = Some(layout);
            let _ = self.sessions.update_layout(&self.info);
        }
        Ok(reply)
    }

    /// [`Authenticated::call`] through the read cache, when one is asked for.
    pub fn call_cached(
        &mut self,
        cache: Option<&Cache>,
        method: &str,
        params: &Value,
    ) -> anyhow::Result<Value> {
        let scope = [
            self.info.url.clone(),
            self.info.database.clone(),
            self.info.login.clone(),
        ];
        Cache::through(cache, &scope, method, params, || {
            Ok(self.call(method, params)?.value)
        })
    }

    fn refresh(&mut self) -> anyhow::Result<()> {
        self.relogged = true;
        let _lock = self.sessions.lock_if_kept()?;
        // Another process may have logged in while we waited for the lock: its session has
        // another token than the one the server just refused.
        if let Some(fresh) = self.sessions.reload(&self.info.key())
            && !fresh.is_expired()
            && let Some(token) = self.sessions.token(&fresh)?
            && token != self.token
        {
            self.client
                .set_authorization(Some(fresh.authorization(&token)));
            self.info = fresh;
            self.token = token;
            return Ok(());
        }
        let stale = self.info.clone();
        match relogin(
            &self.client,
            self.settings,
            self.sessions,
            Some(stale.login.clone()),
            self.can_prompt,
        ) {
            Ok((info, token)) => {
                self.info = info;
                self.token = token;
                Ok(())
            }
            Err(err) => {
                if exit_code_of(&err) == ExitCode::Auth {
                    let _ = self.sessions.forget(&stale);
                }
                Err(err)
            }
        }
    }
}

/// Log in now as `user` (the settings' own when `None`) at the settings' database, from a
/// password source that needs nobody at the keyboard, or asked on a terminal.
fn relogin(
    client: &Client,
    settings: &Settings,
    sessions: &Sessions,
    user: Option<String>,
    can_prompt: bool,
) -> anyhow::Result<(SessionInfo, SecretString)> {
    let url = client.url();
    let database = settings.database()?;
    let not_logged_in = || {
        Failure::auth(format!(
            "not logged in to {url} database {database} (or the session expired): run 'tryton-cli login', or set TRYTON_PASSWORD or a password file"
        ))
    };
    let user = user.or_else(|| settings.user.clone());
    let password = match unattended_password(settings)? {
        Some(password) => password,
        None if can_prompt && user.is_some() => {
            prompt_password(user.as_deref().unwrap_or_default(), can_prompt)?
        }
        None => return Err(not_logged_in().into()),
    };
    let user = user.ok_or_else(|| Failure::usage("no user: pass -u USER or set TRYTON_USER"))?;
    log::debug!("* logging in to {url} database {database} as {user}");
    let request = LoginRequest {
        client,
        database,
        user: &user,
        password: &password,
        factors: &[],
        can_prompt: false,
        cacert: settings.cacert.as_deref(),
        insecure: settings.insecure,
    };
    let (info, token, saved) = request.establish(sessions, settings.session_ttl)?;
    log::debug!("* logged in again; session {}", saved.describe(true));
    Ok((info, token))
}
