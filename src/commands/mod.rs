//! One file per subcommand; `run` picks the one asked for.

pub mod generate;
mod ping;

use crate::cli::{Cli, Command};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(&cli.global);
    match &cli.command {
        Some(Command::Ping(args)) => ping::run(&settings, args),
        Some(Command::Login(_)) => not_yet("login"),
        Some(Command::Call(_)) => not_yet("call"),
        Some(Command::Search(_)) => not_yet("search"),
        None => Err(Failure::usage("no command given; see 'tryton-cli --help'").into()),
    }
}

fn not_yet(name: &str) -> anyhow::Result<ExitCode> {
    Err(Failure::usage(format!("'{name}' is not implemented yet")).into())
}
