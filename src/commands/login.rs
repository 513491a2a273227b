//! `tryton-cli login`: authenticate once, keep the session for later commands.

use crate::cli::LoginArgs;
use crate::config::{Settings, check_profile_writable, save_profile};
use crate::exit::ExitCode;
use crate::output::Output;
use crate::rpc::Client;
use crate::rpc::{RetryPolicy, Target, methods};
use crate::secret::SecretString;
use crate::session::login::LoginRequest;
use crate::session::password::{
    login_param_value, password_from_stdin, prompt_password, prompt_user, unattended_password,
};
use crate::session::{SessionInfo, Sessions, explain_missing_database};
use serde_json::json;

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &LoginArgs,
) -> anyhow::Result<ExitCode> {
    let can_prompt = out.term().can_prompt;
    let url = settings.server_url()?;
    let database = settings.database()?;
    let user = match &settings.user {
        Some(user) => user.clone(),
        None => prompt_user(can_prompt)?,
    };
    let password = if args.password_stdin {
        password_from_stdin()?
    } else {
        match unattended_password(settings)? {
            Some(password) => password,
            None => prompt_password(&user, can_prompt)?,
        }
    };
    let extra = args
        .login_param
        .iter()
        .map(|(name, value)| Ok((name.clone(), login_param_value(name, value, can_prompt)?)))
        .collect::<anyhow::Result<Vec<(String, SecretString)>>>()?;
    let client = Client::new(url, settings.client_options())?;
    // A successful login replaces the session stored for the same server, database and user; a
    // failed one leaves it as it was. Whether the store can take it is asked first, so that a
    // refusal leaves no session open on the server (and wastes no one-time code).
    sessions.check_writable()?;
    if args.save_profile.is_some() {
        check_profile_writable()?;
    }
    // The session this login replaces (same server, database and user): its token is read now,
    // as the login overwrites it. One expired here is ended too: the server may still take it.
    let replaced = sessions
        .list()
        .into_iter()
        .find(|info| {
            info.url == client.url().to_string() && info.database == database && info.login == user
        })
        .and_then(|info| Some((sessions.token(&info).ok()??, info)));
    let request = LoginRequest {
        client: &client,
        database,
        user: &user,
        password: &password,
        factors: &extra,
        can_prompt,
        cacert: settings.cacert.as_deref(),
        insecure: settings.insecure,
    };
    let (info, token, saved) = request
        .establish(sessions, settings.session_ttl)
        .map_err(|err| explain_missing_database(err, &client, database))?;
    if let Some((old_token, old)) = replaced {
        end_replaced(settings, &old, &old_token, &token);
    }
    log::info!(
        "Logged in to {} database {} as {} (user id {}); session {}",
        info.url,
        info.database,
        info.login,
        info.user_id,
        saved.describe(settings.verbosity > 0)
    );
    if let Some(name) = &args.save_profile {
        let path = save_profile(name, &info.url, &info.database, &info.login)?;
        log::info!("Saved profile '{name}' in {}", path.display());
    }
    Ok(ExitCode::Success)
}

/// The session this login replaced is ended on the server (best effort: it would otherwise stay
/// valid there for the server's max_age, 30 days by default, with its token forgotten here).
fn end_replaced(settings: &Settings, old: &SessionInfo, token: &SecretString, new: &SecretString) {
    let ended = (|| -> anyhow::Result<()> {
        if token.expose() == new.expose() {
            return Ok(());
        }
        let mut options = settings.client_options();
        options.retry = RetryPolicy::NONE;
        let client = old.client(options, token)?;
        match client.call(Target::Database(&old.database), methods::LOGOUT, &json!([])) {
            Ok(_) => Ok(()),
            Err(err) if err.status() == Some(401) => Ok(()),
            Err(err) => Err(err.into()),
        }
    })();
    match ended {
        Ok(()) => log::debug!("* the session this login replaced was ended on the server"),
        Err(err) => log::debug!(
            "* the session this login replaced could not be ended on the server ({}); it ends at its max_age",
            crate::rpc::one_line(&format!("{err:#}"))
        ),
    }
}
