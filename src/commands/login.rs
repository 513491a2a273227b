//! `tryton-cli login`: authenticate once, keep the session for later commands.

use crate::cli::LoginArgs;
use crate::config::{Settings, save_profile};
use crate::exit::ExitCode;
use crate::rpc::Client;
use crate::secret::SecretString;
use crate::session::Sessions;
use crate::session::login::{
    establish, password_from_stdin, prompt_password, prompt_user, unattended_password,
};

pub fn run(settings: &Settings, args: &LoginArgs) -> anyhow::Result<ExitCode> {
    let url = settings.server_url()?;
    settings.database()?;
    let user = match &settings.user {
        Some(user) => user.clone(),
        None => prompt_user()?,
    };
    let password = if args.password_stdin {
        password_from_stdin()?
    } else {
        match unattended_password(settings)? {
            Some(password) => password,
            None => prompt_password(&user)?,
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
    let (info, _token, place) =
        establish(&client, settings, &sessions, &user, &password, &extra, true)?;
    if !settings.quiet {
        eprintln!(
            "Logged in to {} database {} as {} (user id {}); session {}",
            info.url,
            info.database,
            info.login,
            info.user_id,
            place_phrase(&place)
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

fn place_phrase(place: &str) -> String {
    if place.starts_with("not stored") {
        place.to_string()
    } else {
        format!("stored in {place}")
    }
}
