//! `tryton-cli`: parse the command line, run the command, map the outcome to an exit code.
//! docs/ARCHITECTURE.md maps the rest.

mod batch;
mod cache;
mod cli;
mod commands;
mod complete;
mod config;
mod confirm;
mod domain;
mod error_reporting;
mod exit;
mod field_types;
mod file_cache;
mod interrupt;
mod logger;
mod output;
mod paths;
mod private_fs;
mod progress;
mod resume;
mod rpc;
mod schema;
mod secret;
mod selection;
mod session;
mod state;
mod units;
mod values;

fn main() -> std::process::ExitCode {
    keep_secrets_out_of_core_files();
    logger::init(output::Terminal::detect().stderr);
    // A reader that goes away (`| head`) ends the output quietly, as for other Unix tools,
    // instead of a failed write at every print.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // `COMPLETE=bash tryton-cli …`: the shell asking for completions (or for the script that
    // asks); answered and exited here. Costs nothing when COMPLETE is not set.
    complete::run_if_asked();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "--generate") {
        return error_reporting::report(commands::generate::from_args(&args[2..]));
    }
    let cli = match cli::Cli::parse_args() {
        Ok(cli) => cli,
        Err(err) => return error_reporting::report_usage_error(err),
    };
    logger::set_verbosity(cli.global.verbose, cli.global.quiet);
    error_reporting::report(commands::run(cli))
}

/// A core file of a process that holds a password or a session token would write it to disk
/// (a `--watch` left running, a crash): no core, and (Linux) no other process of the same user
/// may attach to read its memory.
fn keep_secrets_out_of_core_files() {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls with valid arguments; failures leave the defaults.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &none);
        #[cfg(target_os = "linux")]
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}
