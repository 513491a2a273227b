//! One file per subcommand; `run` resolves the settings, finds out once what the terminal is, and
//! hands both to the command asked for. Only commands live here: what several of them share is in
//! `cli/` (value parsers, the `--jq` check), `selection.rs` and `output/`.

mod apply;
mod button;
mod call;
mod create;
mod cron;
mod delete;
mod diff;
mod export;
mod fields;
pub mod generate;
mod health;
mod import;
mod lang;
mod login;
mod logout;
mod man;
mod models;
mod module;
mod ping;
mod plan;
mod read;
mod report;
pub mod search;
mod state;
mod status;
mod switch;
mod user;
mod wait;
mod watch;
mod wizard;
mod write;

use crate::cli::{Cli, Command};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::{Jq, Output, Terminal};
use crate::session::{Fill, Sessions};

pub fn run(mut cli: Cli) -> anyhow::Result<ExitCode> {
    // The --jq program is compiled (and its use checked) before anything is sent.
    let jq = match cli.global.jq.clone() {
        Some(code) => {
            cli.check_jq_use()?;
            Some(Jq::compile(&code)?)
        }
        None => None,
    };
    let mut settings = Settings::resolve(&cli.global.flags())?;
    // The session store, opened once for the run: it fills what flags, environment and profile
    // left open from the current session (not for `switch`, which changes it, nor `health`,
    // which resolves each target itself), and the command finds its stored session in it. A store that cannot be opened matters only to the
    // commands that need one.
    let sessions = Sessions::open(settings.session_store);
    if let Ok(sessions) = &sessions {
        sessions.end_exposed(&settings.client_options());
    }
    if let Ok(sessions) = &sessions
        && !matches!(cli.command, Some(Command::Switch(_) | Command::Health(_)))
    {
        let fill = match cli.command {
            Some(Command::Ping(_)) => Fill::UrlOnly,
            _ => Fill::All,
        };
        sessions.fill_from_current(&mut settings, fill);
    }
    let store = || sessions.as_ref().map_err(Clone::clone);
    let out = Output::new(Terminal::detect()).with_jq(jq);
    let settings = &settings;
    match &cli.command {
        Some(Command::Ping(args)) => ping::run(settings, &out, args),
        Some(Command::Health(args)) => health::run(settings, store()?, &out, args),
        Some(Command::Login(args)) => login::run(settings, store()?, &out, args),
        Some(Command::Logout(args)) => logout::run(settings, store()?, args),
        Some(Command::Status(args)) => {
            let sessions = store()?;
            watch::run(&out, args.watch.watch, || {
                status::run(settings, sessions, &out, args)
            })
        }
        Some(Command::Switch(args)) => switch::run(store()?, args),
        Some(Command::Call(args)) => {
            if args.watch.watch.is_some() {
                call::check_watch(args)?;
            }
            let sessions = store()?;
            watch::run(&out, args.watch.watch, || {
                call::run(settings, sessions, &out, args)
            })
        }
        Some(Command::Search(args)) => {
            let sessions = store()?;
            watch::run(&out, args.watch.watch, || {
                search::run(settings, sessions, &out, args)
            })
        }
        Some(Command::Read(args)) => read::run(settings, store()?, &out, args),
        Some(Command::Models(args)) => models::run(settings, store()?, &out, args),
        Some(Command::Fields(args)) => fields::run(settings, store()?, &out, args),
        Some(Command::Export(args)) => export::run(settings, store()?, &out, args),
        Some(Command::Import(args)) => import::run(settings, store()?, &out, args),
        Some(Command::Create(args)) => create::run(settings, store()?, &out, args),
        Some(Command::Write(args)) => write::run(settings, store()?, &out, args),
        Some(Command::Delete(args)) => delete::run(settings, store()?, &out, args),
        Some(Command::Report(args)) => report::run(settings, store()?, &out, args),
        Some(Command::Wizard(args)) => wizard::run(settings, store()?, &out, args),
        Some(Command::Button(args)) => button::run(settings, store()?, &out, args),
        Some(Command::Cron(args)) => cron::run(settings, store()?, &out, args),
        Some(Command::Wait(args)) => wait::run(settings, store()?, &out, args),
        Some(Command::Module(args)) => module::run(settings, store()?, &out, args),
        Some(Command::User(args)) => user::run(settings, store()?, &out, args),
        Some(Command::Lang(args)) => lang::run(settings, store()?, &out, args),
        Some(Command::Plan(args)) => plan::run(settings, store()?, &out, args),
        Some(Command::Apply(args)) => apply::run(settings, store()?, &out, args),
        Some(Command::State(args)) => state::run(settings, store()?, &out, args),
        Some(Command::Diff(args)) => diff::run(&cli.global.flags(), &out, args, false),
        Some(Command::Sync(args)) => diff::run(&cli.global.flags(), &out, args, true),
        None => Err(Failure::usage("no command given; see 'tryton-cli --help'").into()),
    }
}
