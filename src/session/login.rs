//! Logging in: `common.db.login` with its further factors (an SMS code…), then the user's
//! preferences once, and the session stored.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::password::{prompt_secret, prompt_text};
use super::{Place, Saved, SessionInfo, Sessions, StoreKind, expiry, now};
use crate::exit::{ExitCode, Failure};
use crate::rpc::{self, Client, Fault, Target, methods};
use crate::secret::SecretString;

const MAX_LOGIN_ROUNDS: usize = 6;

/// One login: where, as whom, with what. `login` and `establish` take nothing else.
pub struct LoginRequest<'a> {
    pub client: &'a Client,
    pub database: &'a str,
    pub user: &'a str,
    pub password: &'a SecretString,
    /// Further factors given in advance (`--login-param`).
    pub factors: &'a [(String, SecretString)],
    /// Further factors the server asks for may be asked on the terminal.
    pub can_prompt: bool,
    /// The trust the client was given (`--cacert`, `--insecure`): kept with the session, so that
    /// later commands, `status`, `logout` and completion reach the server the same way.
    pub cacert: Option<&'a std::path::Path>,
    pub insecure: bool,
}

impl LoginRequest<'_> {
    /// `common.db.login`, answering the server's requests for further factors (an SMS code, a
    /// device cookie) from `factors` or, when `can_prompt`, by asking — as the Tryton desktop
    /// client does.
    pub fn login(&self) -> anyhow::Result<(i64, SecretString)> {
        let LoginRequest {
            client,
            database,
            user,
            password,
            factors: extra,
            can_prompt,
            ..
        } = *self;
        if client.url().is_cleartext_to_another_host() {
            log::warn!(
                "the password goes to {} unencrypted (http://); anyone on the way can read it: use https://",
                client.url().host()
            );
        }
        // Factors given in advance (--login-param) go with the first request, as a code that the
        // server sent earlier is still valid for a while.
        let mut parameters: Vec<(String, SecretString)> =
            vec![("password".into(), password.clone())];
        parameters.extend(extra.iter().cloned());
        for _ in 0..MAX_LOGIN_ROUNDS {
            let factors: Map<String, Value> = parameters
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.expose().to_string())))
                .collect();
            let params = json!([user, factors]);
            match client.call(Target::Database(database), methods::LOGIN, &params) {
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
                    let value = if can_prompt {
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
                // trytond 8.2 whose pool for the database is not loaded (a dev server started
                // without -d, a WSGI worker without TRYTOND_DATABASE_NAMES) answers the login
                // with the model it could not find.
                Err(rpc::Error::Fault(Fault::Server { message, .. }))
                    if message == "'res.user'" || message.contains("unknown name 'ir.session'") =>
                {
                    return Err(Failure::new(
                        ExitCode::ServerError,
                        format!(
                            "the server has not loaded database '{database}': start trytond with -d {database}, or under a WSGI server (gunicorn, uwsgi) set TRYTOND_DATABASE_NAMES={database} so that each worker loads it"
                        ),
                    )
                    .into());
                }
                // A server that does not list its databases (trytond on PostgreSQL with
                // [database] list = False) answers a mistyped name only after its pool gives up
                // (about 30 s): past --timeout, that is no answer; say what it may be.
                Err(err @ rpc::Error::Timeout { .. }) => {
                    return Err(Failure::new(
                        ExitCode::NoAnswer,
                        format!(
                            "{err}; if '{database}' is mistyped, a server that does not list its databases takes about 30 s to say it does not exist: check -d"
                        ),
                    )
                    .into());
                }
                Err(err) => return Err(err.into()),
            }
        }
        Err(Failure::auth("login refused: too many login steps").into())
    }

    /// Log in, fetch the user's context once, and store the session (for `ttl`). Returns where
    /// it was stored.
    pub fn establish(
        &self,
        sessions: &Sessions,
        ttl: Duration,
    ) -> anyhow::Result<(SessionInfo, SecretString, Saved)> {
        let (client, database, user) = (self.client, self.database, self.user);
        let (user_id, token) = self.login()?;
        let mut info = SessionInfo {
            url: client.url().to_string(),
            database: database.to_string(),
            login: user.to_string(),
            user_id,
            store: StoreKind::File,
            created: now(),
            expires: expiry(ttl),
            layout: client.layout(),
            context: Value::Object(Map::new()),
            cacert: self.cacert.map(|path| {
                std::fs::canonicalize(path)
                    .or_else(|_| std::path::absolute(path))
                    .unwrap_or_else(|_| path.to_path_buf())
            }),
            insecure: self.insecure,
        };
        client.set_authorization(Some(info.authorization(&token)));
        info.context = match client.call(
            Target::Database(database),
            methods::GET_PREFERENCES,
            &json!([true, {}]),
        ) {
            Ok(reply) if reply.value.is_object() => reply.value,
            Ok(_) => Value::Object(Map::new()),
            Err(err) => return Err(err.into()),
        };
        let saved = match sessions.save(info.clone(), &token) {
            Ok(saved) => saved,
            Err(err) => {
                // Not kept here: end it on the server rather than leave it open there.
                let _ = client.call(Target::Database(database), methods::LOGOUT, &json!([]));
                return Err(err);
            }
        };
        info.store = match saved.place {
            Place::Keyring => StoreKind::Keyring,
            Place::File(_) | Place::NotStored => StoreKind::File,
        };
        Ok((info, token, saved))
    }
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
