//! Every flag and subcommand, with its help text: the one source for `--help`, the shell
//! completions and the man page (`--generate`). The top level and the global flags are here; each
//! command's own arguments, with its long help and examples, are in a file of their own.

mod admin;
mod bulk;
mod call;
mod change;
mod health;
mod jq;
pub mod man;
mod operator;
mod parse;
mod ping;
mod records;
mod scripting;
mod search;
mod session;
mod state;

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

pub use crate::config::StoreChoice;
pub use crate::units::{parse_seconds, parse_size};
pub use admin::{
    LangAction, LangArgs, ModuleAction, ModuleArgs, ModuleChangeArgs, NewPasswordArgs, UserAction,
    UserArgs,
};
pub use bulk::{ExportArgs, ExportFormat, Header, ImportArgs};
pub use call::{CallArgs, CallOutput};
pub use change::{CreateArgs, DeleteArgs, WriteArgs};
pub use health::{HealthArgs, HealthFormat};
pub use operator::{ButtonArgs, ReportArgs, WizardArgs};
pub use parse::{Ids, Order, parse_ids};
pub use ping::PingArgs;
pub use records::{FieldsArgs, ModelsArgs, OutputArgs, ReadArgs};
pub use scripting::{CronArgs, WaitArgs, WatchArgs};
pub use search::{CacheArgs, SearchArgs};
pub use session::{LoginArgs, LogoutArgs, StatusArgs, SwitchArgs};
pub use state::{
    ApplyArgs, DiffArgs, PlanArgs, PlanFormat, StateAction, StateArgs, StateExportArgs,
};

pub const EXIT_CODES: &str = "\
Exit codes (every command):
  0  success
  1  the server answered with an error (Tryton error, HTTP error status, not JSON-RPC)
  2  no answer (connection refused, DNS failure, timeout, TLS failure, a proxy's 502/503/504)
  3  could not even try (bad flag or argument, invalid JSON, no URL configured)
  4  authentication needed or refused
  5  changes pending (plan --detailed-exitcode, diff)";

#[derive(Debug, Parser)]
#[command(
    name = "tryton-cli",
    version,
    about = "Talk to a Tryton ERP server from the shell: health checks, logins, RPC calls and queries",
    long_about = "Talk to a Tryton ERP server (7.0 LTS or 8.x) over JSON-RPC from the shell: health checks, \
logins kept between runs, any RPC method, and queries shown as tables, JSON, NDJSON or CSV.",
    after_long_help = EXIT_CODES,
    arg_required_else_help = true,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// The subcommand's name as clap knows it (`login`, `import`), for messages.
    #[arg(skip)]
    pub command_name: Option<String>,
}

impl Cli {
    /// The command line of this process, with the subcommand's name.
    pub fn parse_args() -> Result<Cli, clap::Error> {
        use clap::{CommandFactory, FromArgMatches};
        let matches = Cli::command().try_get_matches()?;
        let mut cli =
            Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut Cli::command()))?;
        cli.command_name = matches.subcommand_name().map(str::to_string);
        Ok(cli)
    }
}

/// The flags every command takes; `--help` lists them after the command's own, under their own
/// heading.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)
    #[arg(
        long,
        global = true,
        env = "TRYTON_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub url: Option<String>,

    /// Database name
    #[arg(
        short = 'd',
        long,
        global = true,
        env = "TRYTON_DATABASE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub database: Option<String>,

    /// Timeout for connecting, and for each read (search, read, export...): seconds, or a
    /// duration such as 500ms or 1m; 0 is no limit [default: 10]
    #[arg(
        long,
        global = true,
        env = "TRYTON_TIMEOUT",
        hide_env_values = true,
        value_name = "DURATION",
        value_parser = parse_seconds
    )]
    pub timeout: Option<Duration>,

    /// Limit on a write (create, write, delete, import, button, wizard, report...) once it is
    /// sent: by default none, as the server may still commit a write it was given up on; a
    /// write cut short may have been applied. 0 is no limit [default: 0]
    #[arg(
        long,
        global = true,
        env = "TRYTON_WRITE_TIMEOUT",
        hide_env_values = true,
        value_name = "DURATION",
        value_parser = parse_seconds
    )]
    pub write_timeout: Option<Duration>,

    /// How often a failed request is sent again when that is safe [default: 3]; a proxy's 502 or
    /// 503 for a read is retried for up to 30 s instead (0: never)
    #[arg(
        long,
        global = true,
        env = "TRYTON_RETRY_ATTEMPTS",
        hide_env_values = true,
        value_name = "N"
    )]
    pub retries: Option<u32>,

    /// Login name (also picks the stored session when several users are logged in)
    #[arg(
        short,
        long,
        global = true,
        env = "TRYTON_USER",
        hide_env_values = true,
        value_name = "LOGIN"
    )]
    pub user: Option<String>,

    /// Profile from the config file (~/.config/tryton-cli/config.toml)
    #[arg(
        long,
        global = true,
        env = "TRYTON_PROFILE",
        hide_env_values = true,
        value_name = "NAME",
        add = clap_complete::engine::ArgValueCompleter::new(crate::complete::profile_names)
    )]
    pub profile: Option<String>,

    /// Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]
    #[arg(
        long,
        global = true,
        env = "TRYTON_SESSION_STORE",
        hide_env_values = true,
        value_enum,
        value_name = "STORE"
    )]
    pub session_store: Option<StoreChoice>,

    /// Read the password from the first line of this file (it must not be readable by others)
    #[arg(
        long,
        global = true,
        env = "TRYTON_PASSWORD_FILE",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub password_file: Option<PathBuf>,

    /// Trust the certificates in this PEM file (a private CA) instead of the system store;
    /// remembered with the session at login
    #[arg(long, global = true, env = "TRYTON_CACERT", value_name = "FILE")]
    pub cacert: Option<PathBuf>,

    /// Do not verify the server's TLS certificate (prints a warning); remembered with the
    /// session at login
    #[arg(long, global = true, env = "TRYTON_INSECURE", value_parser = clap::builder::FalseyValueParser::new())]
    pub insecure: bool,

    /// Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]
    #[arg(
        long,
        global = true,
        env = "TRYTON_MAX_RESPONSE_SIZE",
        hide_env_values = true,
        value_name = "SIZE",
        value_parser = parse_size
    )]
    pub max_response_size: Option<u64>,

    /// Run this jq program on the JSON output (in-process; no jq needed), as gh's --jq: on each
    /// record of search, read, models, fields and export (the whole list with -o json), on the
    /// result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own,
    /// strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before
    /// anything is sent
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Trace requests on stderr (-vv adds bodies); secrets are always redacted
    #[arg(short, long, global = true, action = ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Print nothing but results (ping: nothing at all; use the exit code)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Answer yes to every question of this run: confirmations of deletes and bulk writes, and
    /// the server's warnings ("do you want to proceed?")
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
}

impl GlobalArgs {
    /// What the flags (and the environment variables clap reads for them) gave, for
    /// `config::Settings::resolve`.
    pub fn flags(&self) -> crate::config::Flags {
        crate::config::Flags {
            profile: self.profile.clone(),
            url: self.url.clone(),
            database: self.database.clone(),
            user: self.user.clone(),
            timeout: self.timeout,
            write_timeout: self.write_timeout,
            retries: self.retries,
            session_store: self.session_store,
            password_file: self.password_file.clone(),
            cacert: self.cacert.clone(),
            insecure: self.insecure,
            max_response_size: self.max_response_size,
            verbose: self.verbose,
            quiet: self.quiet,
            yes: self.yes,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that the server answers JSON-RPC (exit codes for scripts and CI)
    #[command(long_about = ping::PING_ABOUT, after_long_help = ping::PING_EXAMPLES)]
    Ping(PingArgs),

    /// Check many servers at once for monitoring: a table, JSON, Prometheus or Nagios
    #[command(long_about = health::HEALTH_ABOUT, after_long_help = health::HEALTH_EXAMPLES)]
    Health(HealthArgs),

    /// Log in and keep the session for later commands
    #[command(long_about = session::LOGIN_ABOUT, after_long_help = session::LOGIN_EXAMPLES)]
    Login(LoginArgs),

    /// Log out: end the session on the server and forget it here
    #[command(after_long_help = session::LOGOUT_EXAMPLES)]
    Logout(LogoutArgs),

    /// Show the stored sessions and whether the server still accepts them
    #[command(long_about = session::STATUS_ABOUT, after_long_help = session::STATUS_EXAMPLES)]
    Status(StatusArgs),

    /// Make another stored session the current one (used when no --url, -d or -u is given)
    #[command(long_about = session::SWITCH_ABOUT, after_long_help = session::SWITCH_EXAMPLES)]
    Switch(SwitchArgs),

    /// Call any RPC method with JSON arguments
    #[command(after_long_help = call::CALL_EXAMPLES)]
    Call(CallArgs),

    /// Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV
    #[command(long_about = search::SEARCH_ABOUT, after_long_help = search::SEARCH_EXAMPLES)]
    Search(SearchArgs),

    /// Read records by id
    #[command(after_long_help = records::READ_EXAMPLES)]
    Read(ReadArgs),

    /// List the models (ir.model), optionally those whose name contains PATTERN
    #[command(after_long_help = records::MODELS_EXAMPLES)]
    Models(ModelsArgs),

    /// Show a model's fields: name, type, label, relation, required, readonly
    #[command(after_long_help = records::FIELDS_EXAMPLES)]
    Fields(FieldsArgs),

    /// Export records with Tryton's export_data: CSV as the desktop client writes it
    #[command(long_about = bulk::EXPORT_ABOUT, after_long_help = bulk::EXPORT_EXAMPLES)]
    Export(ExportArgs),

    /// Import a CSV file with Tryton's import_data, in batches of records
    #[command(long_about = bulk::IMPORT_ABOUT, after_long_help = bulk::IMPORT_EXAMPLES)]
    Import(ImportArgs),

    /// Create records from NDJSON or a JSON array; prints the new ids
    #[command(long_about = change::CREATE_ABOUT, after_long_help = change::CREATE_EXAMPLES)]
    Create(CreateArgs),

    /// Write values to records by id or by domain (--where asks first)
    #[command(long_about = change::WRITE_ABOUT, after_long_help = change::WRITE_EXAMPLES)]
    Write(WriteArgs),

    /// Delete records by id or by domain (asks first; --yes without a terminal)
    #[command(long_about = change::DELETE_ABOUT, after_long_help = change::DELETE_EXAMPLES)]
    Delete(DeleteArgs),

    /// Run a report and write the document it makes (ODT, PDF, a zip of several) to a file
    #[command(long_about = operator::REPORT_ABOUT, after_long_help = operator::REPORT_EXAMPLES)]
    Report(ReportArgs),

    /// Run a wizard on records: its views filled from --data, its buttons pressed with --state
    #[command(long_about = operator::WIZARD_ABOUT, after_long_help = operator::WIZARD_EXAMPLES)]
    Wizard(WizardArgs),

    /// Press a button of records of a model (e.g. a cron's "Run once")
    #[command(long_about = operator::BUTTON_ABOUT, after_long_help = operator::BUTTON_EXAMPLES)]
    Button(ButtonArgs),

    /// List the scheduled actions (ir.cron), or check that none is late (--check)
    #[command(long_about = scripting::CRON_ABOUT, after_long_help = scripting::CRON_EXAMPLES)]
    Cron(CronArgs),

    /// Wait until the records a domain matches meet a condition (--for), as kubectl wait
    #[command(long_about = scripting::WAIT_ABOUT, after_long_help = scripting::WAIT_EXAMPLES)]
    Wait(WaitArgs),

    /// Activate, upgrade or deactivate modules, with a plan before every change
    #[command(long_about = admin::MODULE_ABOUT, after_long_help = admin::MODULE_EXAMPLES)]
    Module(ModuleArgs),

    /// List and add users, set passwords, disable or enable logins, change groups
    #[command(long_about = admin::USER_ABOUT, after_long_help = admin::USER_EXAMPLES)]
    User(UserArgs),

    /// List languages, load or unload their translations
    #[command(long_about = admin::LANG_ABOUT, after_long_help = admin::LANG_EXAMPLES)]
    Lang(LangArgs),

    /// Show what apply would change to make the server match a file of declared records
    #[command(long_about = state::PLAN_ABOUT, after_long_help = state::PLAN_EXAMPLES)]
    Plan(PlanArgs),

    /// Make the server match a file of declared records (or a saved plan), plan first
    #[command(long_about = state::APPLY_ABOUT, after_long_help = state::APPLY_EXAMPLES)]
    Apply(ApplyArgs),

    /// Write existing records as a file that plan and apply read
    #[command(long_about = state::STATE_ABOUT, after_long_help = state::STATE_EXAMPLES)]
    State(StateArgs),

    /// Compare the records of two databases or servers (exit 5 when they differ)
    #[command(long_about = state::DIFF_ABOUT, after_long_help = state::DIFF_EXAMPLES)]
    Diff(DiffArgs),

    /// Make one database match another for the records of a file or of models
    #[command(long_about = state::SYNC_ABOUT, after_long_help = state::SYNC_EXAMPLES)]
    Sync(DiffArgs),
}

/// What the hidden `tryton-cli --generate WHAT` prints (kept out of clap, so that neither the
/// help nor the completions offer it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
    Man,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
