//! `tryton-cli login`: authenticate once, keep the session for later commands.

use crate::cli::LoginArgs;
use crate::config::{Settings, check_profile_writable, save_profile};
use crate::exit::ExitCode;
use crate::output::Output;
use crate::rpc::Client;
use crate::secret::SecretString;
use crate::session::login::LoginRequest;
use crate::session::password::{
    password_from_stdin, prompt_password, prompt_user, unattended_password,
};
use crate::session::{Sessions, explain_missing_database};

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
    let extra: Vec<(String, SecretString)> = args
        .login_param
        .iter()
        .map(|(name, value)| (name.clone(), SecretString::new(value.clone())))
        .collect();
    let client = Client::new(url, settings.client_options())?;
    // A successful login replaces the session stored for the same server, database and user; a
    // failed one leaves it as it was. Whether the store can take it is asked first, so that a
    // refusal leaves no session open on the server (and wastes no one-time code).
    sessions.check_writable()?;
    if args.save_profile.is_some() {
        check_profile_writable()?;
    }
    let request = LoginRequest {
        client: &client,
        database,
        user: &user,
        password: &password,
        factors: &extra,
        can_prompt,
    };
    let (info, _token, saved) = request
        .establish(sessions, settings.session_ttl)
        .map_err(|err| explain_missing_database(err, &client, database))?;
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
