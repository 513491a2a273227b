//! `--generate`: shell completions and the man page (one page, rendered by `man.rs`), straight
//! from the clap definitions.

use std::io::Write;

use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use crate::cli::{Cli, Generate};
use crate::exit::{ExitCode, Failure};

/// `tryton-cli --generate WHAT`, read before clap parses anything.
pub fn from_args(args: &[std::ffi::OsString]) -> std::process::ExitCode {
    let names = "bash, zsh, fish, powershell, elvish or man";
    let what = match args {
        [one] => Generate::from_str(&one.to_string_lossy(), true).ok(),
        _ => None,
    };
    let result = match what {
        Some(what) => run(what).map(|()| ExitCode::Success),
        None => Err(Failure::usage(format!("--generate takes one of: {names}")).into()),
    };
    crate::error_reporting::report(result, false)
}

pub fn run(what: Generate) -> anyhow::Result<()> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    let shell = match what {
        Generate::Bash => Shell::Bash,
        Generate::Zsh => Shell::Zsh,
        Generate::Fish => Shell::Fish,
        Generate::Powershell => Shell::PowerShell,
        Generate::Elvish => Shell::Elvish,
        Generate::Man => {
            std::io::stdout().write_all(super::man::render(&command).as_bytes())?;
            return Ok(());
        }
    };
    clap_complete::generate(shell, &mut command, "tryton-cli", &mut out);
    std::io::stdout().write_all(&out)?;
    Ok(())
}
