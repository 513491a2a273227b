//! One file per subcommand; `run` resolves the settings, finds out once what the terminal is, and
//! hands both to the command asked for.

mod button;
mod call;
mod create;
mod cron;
mod delete;
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
mod read;
mod report;
pub mod search;
mod status;
mod switch;
mod user;
mod wait;
mod watch;
mod wizard;
mod write;

use serde_json::{Map, Value, json};

use crate::cli::{CallOutput, ExportFormat};
use crate::cli::{Cli, Command};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::{Format, Jq, Output, Terminal};
use crate::session::{Authenticated, Fill, Sessions};

pub fn run(mut cli: Cli) -> anyhow::Result<ExitCode> {
    // The --jq program is compiled (and its use checked) before anything is sent.
    let jq = match &cli.global.jq {
        Some(code) => {
            check_jq_use(&mut cli.command)?;
            Some(Jq::compile(code)?)
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
                check_call_watch(args)?;
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
        None => Err(Failure::usage("no command given; see 'tryton-cli --help'").into()),
    }
}

/// `--jq` goes with the commands that print JSON, in a JSON format: records as JSON or NDJSON
/// (the default then), call's JSON; on ping and status it implies --json.
fn check_jq_use(command: &mut Option<Command>) -> Result<(), Failure> {
    let json_records = |format: Option<Format>, command: &str| match format {
        None | Some(Format::Json) | Some(Format::Ndjson) => Ok(()),
        Some(_) => Err(Failure::usage(format!(
            "--jq works on JSON: {command} takes it with -o json or -o ndjson (or no -o)"
        ))),
    };
    match command {
        Some(Command::Ping(args)) => args.json = true,
        Some(Command::Status(args)) => args.json = true,
        Some(Command::Call(args)) if args.output != CallOutput::Json => {
            return Err(Failure::usage(
                "--jq works on JSON: call takes it with -o json (the default)",
            ));
        }
        Some(Command::Call(args)) if args.dry_run => {
            return Err(Failure::usage("--jq has nothing to run on with --dry-run"));
        }
        Some(Command::Call(_)) => {}
        Some(Command::Search(args)) => json_records(args.output.output, "search")?,
        Some(Command::Read(args)) => json_records(args.output.output, "read")?,
        Some(Command::Models(args)) => json_records(args.output.output, "models")?,
        Some(Command::Fields(args)) => json_records(args.output.output, "fields")?,
        Some(Command::Export(args)) if args.output == ExportFormat::Csv => {
            return Err(Failure::usage(
                "--jq works on JSON: export takes it with -o ndjson or -o json",
            ));
        }
        Some(Command::Export(_)) => {}
        Some(Command::Cron(args)) => json_records(args.output.output, "cron")?,
        Some(Command::Health(args)) if args.output != crate::cli::HealthFormat::Json => {
            return Err(Failure::usage(
                "--jq works on JSON: health takes it with -o json",
            ));
        }
        Some(Command::Health(_)) => {}
        Some(Command::User(args)) => match &args.action {
            crate::cli::UserAction::List(list) => json_records(list.output.output, "user list")?,
            crate::cli::UserAction::Groups(groups) => {
                json_records(groups.output.output, "user groups")?
            }
            _ => {
                return Err(Failure::usage(
                    "--jq works on JSON: of user, only 'user list' and 'user groups' print records",
                ));
            }
        },
        Some(Command::Lang(args)) => match &args.action {
            crate::cli::LangAction::List(list) => json_records(list.output.output, "lang list")?,
            _ => {
                return Err(Failure::usage(
                    "--jq works on JSON: of lang, only 'lang list' prints records",
                ));
            }
        },
        Some(Command::Module(args)) => match &args.action {
            crate::cli::ModuleAction::List(list) => {
                json_records(list.output.output, "module list")?
            }
            _ => {
                return Err(Failure::usage(
                    "--jq works on JSON: of module, only 'module list' prints records",
                ));
            }
        },
        Some(Command::Wait(_) | Command::Wizard(_) | Command::Button(_)) => {}
        Some(other) => {
            let name = format!("{other:?}");
            let name = name.split('(').next().unwrap_or_default().to_lowercase();
            return Err(Failure::usage(format!(
                "--jq works on JSON output; {name} prints none"
            )));
        }
        None => {}
    }
    Ok(())
}

/// `call --watch` repeats reads only (the methods that are safe to send again).
fn check_call_watch(args: &crate::cli::CallArgs) -> anyhow::Result<()> {
    if args.dry_run {
        return Err(Failure::usage("--watch and --dry-run do not go together").into());
    }
    let (method, _) = call::resolve_method(&args.method, &args.args)?;
    if !crate::rpc::retry::is_safe_to_repeat(&method) {
        return Err(Failure::usage(format!(
            "--watch repeats read methods only (search, search_read, search_count, read, \
fields_get...); {method} may change data"
        ))
        .into());
    }
    Ok(())
}

/// `--context JSON`: an object merged over the user's context.
pub fn parse_context(text: Option<&str>) -> anyhow::Result<Map<String, Value>> {
    match text {
        None => Ok(Map::new()),
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => Ok(map),
            _ => Err(Failure::usage(format!(
                "--context must be a JSON object, e.g. '{{\"language\": \"fr\"}}'; got: {text}"
            ))
            .into()),
        },
    }
}

/// Record ids written as `1,2,3` or `1, 2, 3`.
pub fn parse_ids(text: &str) -> anyhow::Result<Vec<i64>> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<i64>().map_err(|_| {
                Failure::usage(format!("'{part}' is not a record id; write ids as 1,2,3")).into()
            })
        })
        .collect()
}

/// The records a `write` or `delete` changes: the ids given, or those `--where` matches (and
/// it says how many). Ids given that do not exist are refused (nothing is changed), or left out
/// with `--ignore-missing`: trytond itself deletes a missing id without a word.
pub fn records_to_change(
    session: &mut Authenticated,
    model: &str,
    ids: Option<&str>,
    domain: Option<&str>,
    ignore_missing: bool,
) -> anyhow::Result<Vec<i64>> {
    if let Some(ids) = ids {
        let ids = parse_ids(ids)?;
        return existing(session, model, ids, ignore_missing);
    }
    let domain = crate::domain::parse_domain(&[domain.unwrap_or_default().to_string()])
        .map_err(|err| Failure::usage(format!("--where: {err}")))?;
    let domain = crate::field_types::typed_domain(&domain, session, model)?;
    let context = session.context().clone();
    let found = session.call(
        &format!("model.{model}.search"),
        &json!([domain, 0, null, null, context]),
    )?;
    let ids: Vec<i64> = found
        .value
        .as_array()
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    log::info!("{} record(s) of {model} match --where", ids.len());
    Ok(ids)
}

/// The `ids` that exist, by one search (inactive records count: `active_test` off); the missing
/// ones are an error naming them, or, with `ignore_missing`, left out and counted on stderr.
fn existing(
    session: &mut Authenticated,
    model: &str,
    ids: Vec<i64>,
    ignore_missing: bool,
) -> anyhow::Result<Vec<i64>> {
    if ids.is_empty() {
        return Ok(ids);
    }
    let mut context = session.context().clone();
    if let Some(context) = context.as_object_mut() {
        context.insert("active_test".into(), Value::Bool(false));
    }
    let found = session.call(
        &format!("model.{model}.search"),
        &json!([[["id", "in", ids]], 0, null, null, context]),
    )?;
    let found: std::collections::HashSet<i64> = found
        .value
        .as_array()
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    let (there, missing) = split_missing(ids, &found);
    if missing.is_empty() {
        return Ok(there);
    }
    let listed = missing
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    if !ignore_missing {
        let others = match there.len() {
            0 => "none of the ids given exists".to_string(),
            n => format!("--ignore-missing goes on with the {n} that exist"),
        };
        return Err(Failure::new(
            ExitCode::ServerError,
            format!("not found: {model} record(s) {listed}; nothing was changed ({others})"),
        )
        .into());
    }
    log::info!(
        "{} record(s) of {model} not found, left out: {listed}",
        missing.len()
    );
    Ok(there)
}

/// The ids found and the ids missing, each once, in the order given.
fn split_missing(ids: Vec<i64>, found: &std::collections::HashSet<i64>) -> (Vec<i64>, Vec<i64>) {
    let mut seen = std::collections::HashSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(*id))
        .partition(|id| found.contains(id))
}

/// The fields a record command shows (`-f`), or `id,rec_name` when none are asked for. A path
/// with an empty name (`addresses.`, `party..name`) is refused here, before any request: the
/// server would answer it with an empty error.
pub fn fields_or_default(fields: &[String]) -> anyhow::Result<Vec<String>> {
    let fields: Vec<String> = fields
        .iter()
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect();
    for field in &fields {
        crate::output::check_field_path(field)
            .map_err(|why| Failure::usage(format!("-f: {why}")))?;
    }
    if fields.is_empty() {
        Ok(vec!["id".into(), "rec_name".into()])
    } else {
        Ok(fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_ids_are_split_off_once_each_in_the_order_given() {
        let found = [3, 1].into_iter().collect();
        assert_eq!(
            split_missing(vec![1, 9, 3, 9, 1, 7], &found),
            (vec![1, 3], vec![9, 7])
        );
        assert_eq!(split_missing(vec![], &found), (vec![], vec![]));
    }
}
