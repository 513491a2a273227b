//! `tryton-cli login`: authenticate once, keep the session for later commands.

use crate::cli::LoginArgs;
use crate::config::{Settings, save_profile};
use crate::exit::ExitCode;
use crate::output::Output;
use crate::rpc::Client;
use crate::secret::SecretString;
use crate::session::Sessions;
use crate::session::login::establish;
use crate::session::password::{
    password_from_stdin, prompt_password, prompt_user, unattended_password,
};

pub fn run(settings: &Settings, out: &Output, args: &LoginArgs) -> anyhow::Result<ExitCode> {
    let can_prompt = out.term().can_prompt;
    let url = settings.server_url()?;
    settings.database()?;
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
    // failed one leaves it as it was.
    let sessions = Sessions::open(settings.session_store)?;
    let (info, saved) = establish(
        &client, settings, &sessions, &user, &password, &extra, can_prompt,
    )?;
    if let Some(why) = &saved.keyring_skipped {
        eprintln!("tryton-cli: {why}; using a file instead");
    }
    if !settings.quiet {
        eprintln!(
            "Logged in to {} database {} as {} (user id {}); session {}",
            info.url, info.database, info.login, info.user_id, saved.place
        );
    }
    if let Some(name) = &args.save_profile {
        let path = save_profile(name, &info.url, &info.database, &info.login)?;
        if !settings.quiet {
            eprintln!("Saved profile '{name}' in {}", path.display());
        }
    }
    Ok(ExitCode::Success)
}
