//! `tryton-cli user`: users (`res.user`) and their groups (`res.group`) over RPC. A password
//! comes only from a file, standard input or a prompt without echo, and is sent only in the
//! `create`/`write` that sets it (whose `-vv` trace hides it).

use std::collections::BTreeSet;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::cli::{NewPasswordArgs, UserAction, UserArgs};
use crate::config::Settings;
use crate::confirm::confirm;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::secret::SecretString;
use crate::session::login::LoginRequest;
use crate::session::password::{password_from_stdin, prompt_secret, read_password_file};
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &UserArgs,
) -> anyhow::Result<ExitCode> {
    let can_prompt = out.term().can_prompt;
    // The new password is read before anything is sent: a missing one changes nothing.
    let new_password = match &args.action {
        UserAction::Add(add) => Some(new_password(&add.password, &add.login, can_prompt)?),
        UserAction::Passwd(passwd) => {
            let login = passwd.login.as_deref().unwrap_or("your user");
            Some(new_password(&passwd.password, login, can_prompt)?)
        }
        _ => None,
    };
    let mut session = Authenticated::open(settings, sessions, can_prompt)?;
    match &args.action {
        UserAction::List(list) => {
            let mut context = session.context().clone();
            if list.all
                && let Some(context) = context.as_object_mut()
            {
                context.insert("active_test".into(), Value::Bool(false));
            }
            let domain = match &list.pattern {
                Some(pattern) => {
                    let like = format!("%{pattern}%");
                    json!(["OR", ["login", "ilike", like], ["name", "ilike", like]])
                }
                None => json!([]),
            };
            let fields = ["id", "login", "name", "email", "active", "groups.name"];
            let rows = session.call(
                "model.res.user.search_read",
                &json!([domain, 0, null, [["login", "ASC"]], fields, context]),
            )?;
            let columns = fields.map(String::from);
            out.records(
                list.output.output,
                &columns,
                list.output.style(),
                &booleans(rows.value, &["active"]),
            )?;
            Ok(ExitCode::Success)
        }
        UserAction::Add(add) => {
            let password = new_password.unwrap_or_else(|| SecretString::new(""));
            if find_user(&mut session, &add.login)?.is_some() {
                return Err(Failure::new(
                    ExitCode::ServerError,
                    format!("a user with login '{}' exists already", add.login),
                )
                .into());
            }
            let groups = group_ids(&mut session, &add.groups)?;
            let mut values = json!({
                "login": add.login,
                "name": add.name.as_deref().unwrap_or(&add.login),
                "password": password.expose(),
            });
            if let Some(email) = &add.email {
                values["email"] = json!(email);
            }
            if !groups.is_empty() {
                values["groups"] = json!([["add", groups]]);
            }
            let context = session.context().clone();
            let created = session.call("model.res.user.create", &json!([[values], context]))?;
            let id = created.value.get(0).cloned().unwrap_or(Value::Null);
            out.line(&id)?;
            log::info!("User {} created (id {id})", add.login);
            Ok(ExitCode::Success)
        }
        UserAction::Passwd(passwd) => {
            let password = new_password.unwrap_or_else(|| SecretString::new(""));
            let own = passwd
                .login
                .as_deref()
                .is_none_or(|login| login == session.info.login);
            let login = passwd
                .login
                .clone()
                .unwrap_or_else(|| session.info.login.clone());
            let context = session.context().clone();
            if own {
                // As the desktop client's preferences do: any user may set their own password
                // this way, without access to res.user.
                session.call(
                    "model.res.user.set_preferences",
                    &json!([{"password": password.expose()}, context]),
                )?;
            } else {
                let user = required_user(&mut session, &login)?;
                session.call(
                    "model.res.user.write",
                    &json!([[user.id], {"password": password.expose()}, context]),
                )?;
            }
            if own {
                // trytond ends every session of a user whose password changes: this run's
                // too. A login with the new password stores the session that replaces it.
                let request = LoginRequest {
                    client: &session.client,
                    database: &session.info.database,
                    user: &login,
                    password: &password,
                    factors: &[],
                    can_prompt: false,
                    cacert: settings.cacert.as_deref(),
                    insecure: settings.insecure,
                };
                request
                    .establish(sessions, settings.session_ttl)
                    .map_err(|err| {
                        err.context(
                            "the password was changed, but logging in again with it failed; run 'tryton-cli login'",
                        )
                    })?;
            }
            let renewed = if own {
                "; your session was renewed with it"
            } else {
                ""
            };
            log::info!("Password of {login} changed{renewed}");

            Ok(ExitCode::Success)
        }
        UserAction::Disable(target) => {
            let user = required_user(&mut session, &target.login)?;
            if !user.active {
                log::info!("{} is already disabled; nothing to do", target.login);
                return Ok(ExitCode::Success);
            }
            if target.login == session.info.login {
                return Err(Failure::usage(
                    "you are logged in as that user: disabling it would lock you out; log in as another administrator first",
                )
                .into());
            }
            confirm(
                &format!(
                    "disable user {} on database {} (its login is refused from then on)",
                    target.login, session.info.database
                ),
                settings.assume_yes,
                can_prompt,
            )?;
            set_active(&mut session, user.id, false)?;
            log::info!("User {} disabled", target.login);
            Ok(ExitCode::Success)
        }
        UserAction::Enable(target) => {
            let user = required_user(&mut session, &target.login)?;
            if user.active {
                log::info!("{} is already enabled; nothing to do", target.login);
                return Ok(ExitCode::Success);
            }
            set_active(&mut session, user.id, true)?;
            log::info!("User {} enabled", target.login);
            Ok(ExitCode::Success)
        }
        UserAction::Groups(groups) => {
            let user = required_user(&mut session, &groups.login)?;
            let add = group_ids(&mut session, &groups.add)?;
            let remove = group_ids(&mut session, &groups.remove)?;
            let mut changes = Vec::new();
            if !add.is_empty() {
                changes.push(json!(["add", add]));
            }
            if !remove.is_empty() {
                changes.push(json!(["remove", remove]));
            }
            let context = session.context().clone();
            if !changes.is_empty() {
                session.call(
                    "model.res.user.write",
                    &json!([[user.id], {"groups": changes}, context]),
                )?;
            }
            let rows = session.call(
                "model.res.user.read",
                &json!([[user.id], ["groups.name"], context]),
            )?;
            let names: Vec<Value> = rows
                .value
                .pointer("/0/groups.")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|group| json!({"group": group["name"]}))
                .collect();
            out.records(
                groups.output.output,
                &["group".to_string()],
                groups.output.style(),
                &Value::Array(names),
            )?;
            Ok(ExitCode::Success)
        }
    }
}

/// `fields` as JSON booleans: trytond on SQLite answers a boolean as 0 or 1.
pub(super) fn booleans(mut rows: Value, fields: &[&str]) -> Value {
    for row in rows.as_array_mut().into_iter().flatten() {
        for field in fields {
            if let Some(value) = row.get_mut(*field)
                && let Some(number) = value.as_i64()
            {
                *value = Value::Bool(number != 0);
            }
        }
    }
    rows
}

/// The new password: from the file, from standard input, or asked twice without echo.
fn new_password(
    args: &NewPasswordArgs,
    login: &str,
    can_prompt: bool,
) -> anyhow::Result<SecretString> {
    if let Some(path) = &args.new_password_file {
        return read_password_file(path);
    }
    if args.password_stdin {
        return password_from_stdin();
    }
    if !can_prompt {
        return Err(Failure::usage(
            "no new password: give --new-password-file FILE or --password-stdin (a password is never an argument)",
        )
        .into());
    }
    let first = prompt_secret(&format!("New password for {login}"))?;
    if first.expose().is_empty() {
        return Err(Failure::usage("no password given; nothing was changed").into());
    }
    let again = prompt_secret("The same again")?;
    if first.expose() != again.expose() {
        return Err(Failure::usage("the two passwords differ; nothing was changed").into());
    }
    Ok(first)
}

#[derive(Deserialize)]
struct UserRow {
    id: i64,
    #[serde(default, deserialize_with = "crate::schema::flag")]
    active: bool,
}

/// The user with this login, disabled ones included.
fn find_user(session: &mut Authenticated, login: &str) -> anyhow::Result<Option<UserRow>> {
    let mut context = session.context().clone();
    if let Some(context) = context.as_object_mut() {
        context.insert("active_test".into(), Value::Bool(false));
    }
    let rows = session.call(
        "model.res.user.search_read",
        &json!([[["login", "=", login]], 0, 1, null, ["active"], context]),
    )?;
    let rows: Vec<UserRow> = serde_json::from_value(rows.value).unwrap_or_default();
    Ok(rows.into_iter().next())
}

fn required_user(session: &mut Authenticated, login: &str) -> anyhow::Result<UserRow> {
    find_user(session, login)?.ok_or_else(|| {
        Failure::new(
            ExitCode::ServerError,
            format!("no user with login '{login}' (see 'tryton-cli user list --all')"),
        )
        .into()
    })
}

fn set_active(session: &mut Authenticated, id: i64, active: bool) -> anyhow::Result<()> {
    let mut context = session.context().clone();
    if let Some(context) = context.as_object_mut() {
        context.insert("active_test".into(), Value::Bool(false));
    }
    session.call(
        "model.res.user.write",
        &json!([[id], {"active": active}, context]),
    )?;
    Ok(())
}

/// The ids of the groups named (each name once); a name no group has is exit 1, naming it.
fn group_ids(session: &mut Authenticated, names: &[String]) -> anyhow::Result<Vec<i64>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let wanted: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    let context = session.context().clone();
    let rows = session.call(
        "model.res.group.search_read",
        &json!([[["name", "in", wanted]], 0, null, null, ["name"], context]),
    )?;
    #[derive(Deserialize)]
    struct Group {
        id: i64,
        name: String,
    }
    let groups: Vec<Group> = serde_json::from_value(rows.value).unwrap_or_default();
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|name| !groups.iter().any(|g| g.name == **name))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!(
                "no group named {}; the server's groups: tryton-cli search res.group -f name",
                missing
                    .iter()
                    .map(|m| format!("'{m}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .into());
    }
    Ok(groups.into_iter().map(|g| g.id).collect())
}
