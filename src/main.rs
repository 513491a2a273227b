mod cache;
mod cli;
mod commands;
mod config;
mod domain;
mod exit;
mod output;
mod rpc;
mod secret;
mod session;

use clap::Parser;

fn main() -> std::process::ExitCode {
    // A reader that goes away (`| head`) ends the output quietly, as for other Unix tools,
    // instead of a failed write at every print.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "--generate") {
        return commands::generate::from_args(&args[2..]);
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return report_usage_error(err),
    };
    let verbose = cli.global.verbose > 0;
    report(commands::run(cli), verbose)
}

fn report(result: anyhow::Result<exit::ExitCode>, verbose: bool) -> std::process::ExitCode {
    match result {
        Ok(code) => code.into(),
        Err(err) => {
            eprintln!("tryton-cli: {}", rpc::one_line(&format!("{err:#}")));
            if verbose
                && let Some(details) = err
                    .chain()
                    .find_map(|cause| cause.downcast_ref::<rpc::Error>())
                    .and_then(rpc::Error::details)
            {
                eprintln!("{details}");
            }
            exit::exit_code_of(&err).into()
        }
    }
}

/// clap's errors, folded into one line and exit code 3; help and version go to stdout with 0.
fn report_usage_error(err: clap::Error) -> std::process::ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = err.print();
        return if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            exit::ExitCode::Usage.into()
        } else {
            exit::ExitCode::Success.into()
        };
    }
    let rendered = err.render().to_string();
    let mut lines = rendered.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("invalid arguments");
    let message = first.strip_prefix("error: ").unwrap_or(first);
    let tip = lines
        .find_map(|l| l.strip_prefix("tip: "))
        .map(|tip| format!(" ({tip})"))
        .unwrap_or_default();
    eprintln!("tryton-cli: {message}{tip}; see 'tryton-cli --help'");
    exit::ExitCode::Usage.into()
}
