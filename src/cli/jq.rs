//! `--jq`'s reach: which commands print JSON it can run on.

use super::{
    CallOutput, Cli, Command, ExportFormat, HealthFormat, LangAction, ModuleAction, UserAction,
};
use crate::exit::Failure;
use crate::output::Format;

impl Cli {
    /// `--jq` goes with the commands that print JSON, in a JSON format: records as JSON or NDJSON
    /// (the default then), call's JSON; on ping and status it implies --json.
    pub fn check_jq_use(&mut self) -> Result<(), Failure> {
        let json_records = |format: Option<Format>, command: &str| match format {
            None | Some(Format::Json) | Some(Format::Ndjson) => Ok(()),
            Some(_) => Err(Failure::usage(format!(
                "--jq works on JSON: {command} takes it with -o json or -o ndjson (or no -o)"
            ))),
        };
        match &mut self.command {
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
            Some(Command::Health(args)) if args.output != HealthFormat::Json => {
                return Err(Failure::usage(
                    "--jq works on JSON: health takes it with -o json",
                ));
            }
            Some(Command::Health(_)) => {}
            Some(Command::User(args)) => match &args.action {
                UserAction::List(list) => json_records(list.output.output, "user list")?,
                UserAction::Groups(groups) => json_records(groups.output.output, "user groups")?,
                _ => {
                    return Err(Failure::usage(
                        "--jq works on JSON: of user, only 'user list' and 'user groups' print records",
                    ));
                }
            },
            Some(Command::Lang(args)) => match &args.action {
                LangAction::List(list) => json_records(list.output.output, "lang list")?,
                _ => {
                    return Err(Failure::usage(
                        "--jq works on JSON: of lang, only 'lang list' prints records",
                    ));
                }
            },
            Some(Command::Module(args)) => match &args.action {
                ModuleAction::List(list) => json_records(list.output.output, "module list")?,
                _ => {
                    return Err(Failure::usage(
                        "--jq works on JSON: of module, only 'module list' prints records",
                    ));
                }
            },
            Some(Command::Wait(_) | Command::Wizard(_) | Command::Button(_)) => {}
            Some(_) => {
                let name = self.command_name.as_deref().unwrap_or_default();
                return Err(Failure::usage(format!(
                    "--jq works on JSON output; {name} prints none"
                )));
            }
            None => {}
        }
        Ok(())
    }
}
