//! The arguments of `login`, `logout`, `status` and `switch`.

use clap::Args;

/// `login`'s long help: what `login --help` says after the one-line summary.
pub const LOGIN_ABOUT: &str = "Log in with common.db.login and keep the session (in the OS keyring, or a 0600 \
file where no keyring answers) for later commands. The password comes from --password-stdin, \
TRYTON_PASSWORD, a password file (--password-file, TRYTON_PASSWORD_FILE), or a prompt on the terminal; \
never from a flag. When the server asks for another factor (an SMS code...), it is prompted for, or \
taken from --login-param NAME=VALUE.";

/// `login --help`'s closing lines: examples (and exit codes where they differ).
pub const LOGIN_EXAMPLES: &str = "Examples:
  tryton-cli login --url http://127.0.0.1:8000 -d tryton -u admin
  printf '%s\\n' \"$PW\" | tryton-cli login -u admin --password-stdin
  tryton-cli login -u admin --login-param sms_code=123456
  printf '%s\\n%s\\n' \"$PW\" \"$CODE\" | tryton-cli login -u admin --password-stdin --login-param sms_code=-
  tryton-cli login --url https://erp.example.com -d prod -u alice --save-profile prod";

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

/// `logout --help`'s closing lines: examples (and exit codes where they differ).
pub const LOGOUT_EXAMPLES: &str = "Examples:
  tryton-cli logout
  tryton-cli logout --all";

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Forget every stored session (each is also ended on its server, where it answers)
    #[arg(long)]
    pub all: bool,
}

/// `status`'s long help: what `status --help` says after the one-line summary.
pub const STATUS_ABOUT: &str = "Show the stored sessions (URL, database, user, store, age, expiry) and, \
unless --offline, whether the server still accepts the selected one: the current session (the last \
one logged in to, or picked with 'switch'), or the one --url, -d and -u name. Exit 0 when the \
selected session is valid, 4 when it is not (or there is none).";

/// `status --help`'s closing lines: examples (and exit codes where they differ).
pub const STATUS_EXAMPLES: &str = "Examples:
  tryton-cli status
  tryton-cli status --offline";

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

/// `switch`'s long help: what `switch --help` says after the one-line summary.
pub const SWITCH_ABOUT: &str = "Make another stored session the current one, as 'kubectl config \
use-context' and 'gh auth switch' do: commands given no server, database or user use it (flags, \
environment and profile still win). With two stored sessions and no argument, switches to the \
other one.";

/// `switch --help`'s closing lines: examples (and exit codes where they differ).
pub const SWITCH_EXAMPLES: &str = "Examples:
  tryton-cli switch                      # with two sessions: the other one
  tryton-cli switch prod                 # the session whose database (or host, user) is prod
  tryton-cli switch 'admin@http://127.0.0.1:8000/tryton'";

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
