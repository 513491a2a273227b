//! The arguments of `login`, `logout`, `status` and `switch`.

use clap::Args;

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,

    /// Answer a further login factor the server asks for, e.g. sms_code=123456 (repeatable).
    /// Kept out of the command line with NAME=- (read from standard input: asked without echo on
    /// a terminal, else the next line, after the password's with --password-stdin) or NAME=@FILE
    /// (the first line of a file only its owner can read, e.g. @/dev/fd/3)
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_login_param)]
    pub login_param: Vec<(String, String)>,

    /// Save the URL, database and user as this profile in the config file
    #[arg(long, value_name = "NAME")]
    pub save_profile: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Forget every stored session (each is also ended on its server, where it answers)
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Do not ask the server whether the session is still valid
    #[arg(long)]
    pub offline: bool,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub watch: super::WatchArgs,
}

#[derive(Debug, Args)]
pub struct SwitchArgs {
    /// The session to make current: USER@URL/DATABASE as `status` lists it, or a unique part of
    /// it (a user, a database, a host) [default: the other one, when there are two]
    #[arg(value_name = "SESSION")]
    pub session: Option<String>,
}

fn parse_login_param(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
        _ => Err("expected NAME=VALUE, e.g. sms_code=123456".into()),
    }
}
