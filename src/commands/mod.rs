//! One file per subcommand; `run` picks the one asked for.

mod call;
pub mod generate;
mod introspect;
mod login;
mod logout;
mod ping;
pub mod search;
mod status;

use crate::cli::{Cli, Command};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(&cli.global)?;
    match &cli.command {
        Some(Command::Ping(args)) => ping::run(&settings, args),
        Some(Command::Login(args)) => login::run(&settings, args),
        Some(Command::Logout(args)) => logout::run(&settings, args),
        Some(Command::Status(args)) => status::run(&settings, args),
        Some(Command::Call(args)) => call::run(&settings, args),
        Some(Command::Search(args)) => search::run(&settings, args),
        Some(Command::Read(args)) => introspect::read(&settings, args),
        Some(Command::Models(args)) => introspect::models(&settings, args),
        Some(Command::Fields(args)) => introspect::fields(&settings, args),
        None => Err(Failure::usage("no command given; see 'tryton-cli --help'").into()),
    }
}
