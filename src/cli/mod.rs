//! Every flag and subcommand, with its help text: the one source for `--help`, the shell
//! completions and the man page (`--generate`). The top level and the global flags are here; each
//! command's own arguments are in a file of their own.

mod admin;
mod bulk;
mod call;
mod change;
mod health;
pub mod man;
mod operator;
mod ping;
mod records;
mod scripting;
mod search;
mod session;

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
pub use ping::PingArgs;
pub use records::{FieldsArgs, ModelsArgs, OutputArgs, ReadArgs};
pub use scripting::{CronArgs, WaitArgs, WatchArgs};
pub use search::{CacheArgs, SearchArgs};
pub use session::{LoginArgs, LogoutArgs, StatusArgs, SwitchArgs};

pub const EXIT_CODES: &str = "\
Exit codes (every command):
  0  success
  1  the server answered with an error (Tryton error, HTTP error status, not JSON-RPC)
  2  no answer (connection refused, DNS failure, timeout, TLS failure, a proxy's 502/503/504)
  3  could not even try (bad flag or argument, invalid JSON, no URL configured)
  4  authentication needed or refused";

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
    #[command(
        long_about = "Check that the server answers JSON-RPC: sends common.server.version (no \
credentials needed) and prints the URL, the Tryton version and the round trip. With --database, also \
checks that the database exists where the server lists its databases.

Exit codes, as pg_isready: 0 the server answers JSON-RPC; 1 something answered but it is not a usable \
Tryton server (HTTP error, HTML, JSON-RPC error, unknown database); 2 no answer (refused, DNS, timeout, \
a proxy's 502/503/504); \
3 could not try (no or invalid URL, bad flag).",
        after_long_help = "Examples:
  tryton-cli ping --url http://127.0.0.1:8000
  tryton-cli ping -q && deploy                # silent; the exit code decides
  tryton-cli ping --wait 60s                  # CI: wait for a server that is starting
  tryton-cli ping --json -d production        # one JSON object, database checked too
  tryton-cli ping --count 5 --interval 2s"
    )]
    Ping(PingArgs),

    /// Check many servers at once for monitoring: a table, JSON, Prometheus or Nagios
    #[command(
        long_about = "Check one or many Tryton servers at once, in parallel (--parallel, 8 by \
default), each within --timeout, so the whole run takes about as long as the slowest server. \
TARGETs are URLs (the database from -d), profile names of the config file, the lines of \
--targets FILE, or every profile (--all-profiles); with none, the server the global flags, \
environment, profile or current session name.

Without credentials each target is asked whether it answers JSON-RPC (common.server.version: the \
series, and on 7.0 the full version), how long that took, and whether its database is listed. \
Where a stored session exists for the target's server, database and user, it is used as it is: \
never a prompt, never a login. It adds the cron jobs that are late (an active job whose next call \
is more than --late in the past, the rule of 'cron --check'), those never run yet (no next call: \
due now for trytond's worker, not counted late), those running (8.x), the open ir.error records \
(failed cron runs and queue tasks), the activated modules and their versions, and the active \
sessions. What cannot be measured (no session, no database, access refused) \
is left out and the output says why; that alone is no failure.

A target is unhealthy when a cron job is late, when it has more open errors than --max-errors, or \
when its database is not listed. -o prometheus prints the text exposition format (tryton_up, \
tryton_info, tryton_rpc_seconds, tryton_database_listed, tryton_cron_late_jobs, \
tryton_cron_never_run_jobs, tryton_cron_running_jobs, tryton_errors_open, tryton_sessions_active, \
tryton_module_info), every series labelled by target; with --output-file it goes to a temporary \
file renamed into place, for node_exporter's textfile collector. -o nagios prints one plugin \
line, 'TRYTON OK|WARNING|CRITICAL|UNKNOWN - ...' with perfdata after '|'.

Exit codes: 0 every target is healthy; 1 a target answered but is unhealthy (or is not a usable \
Tryton server); 2 a target did not answer; 3 bad flag, target or targets file. With -o nagios, \
the Nagios plugin codes instead: 0 OK; 1 WARNING (a target unhealthy); 2 CRITICAL (a target \
down or not a usable Tryton server); 3 UNKNOWN (nothing could be checked).",
        after_long_help = "Examples:
  tryton-cli health                                   # the current server
  tryton-cli health http://erp1:8000 http://erp2:8000 -d prod
  tryton-cli health staging production --late 30m    # two profiles
  tryton-cli health --all-profiles -o json
  tryton-cli health --targets servers.txt -o prometheus \\
      --output-file /var/lib/prometheus/node-exporter/tryton.prom
  tryton-cli health production -o nagios --max-errors 5"
    )]
    Health(HealthArgs),

    /// Log in and keep the session for later commands
    #[command(
        long_about = "Log in with common.db.login and keep the session (in the OS keyring, or a 0600 \
file where no keyring answers) for later commands. The password comes from --password-stdin, \
TRYTON_PASSWORD, a password file (--password-file, TRYTON_PASSWORD_FILE), or a prompt on the terminal; \
never from a flag. When the server asks for another factor (an SMS code...), it is prompted for, or \
taken from --login-param NAME=VALUE.",
        after_long_help = "Examples:
  tryton-cli login --url http://127.0.0.1:8000 -d tryton -u admin
  printf '%s\\n' \"$PW\" | tryton-cli login -u admin --password-stdin
  tryton-cli login -u admin --login-param sms_code=123456
  printf '%s\\n%s\\n' \"$PW\" \"$CODE\" | tryton-cli login -u admin --password-stdin --login-param sms_code=-
  tryton-cli login --url https://erp.example.com -d prod -u alice --save-profile prod"
    )]
    Login(LoginArgs),

    /// Log out: end the session on the server and forget it here
    #[command(after_long_help = "Examples:
  tryton-cli logout
  tryton-cli logout --all")]
    Logout(LogoutArgs),

    /// Show the stored sessions and whether the server still accepts them
    #[command(
        long_about = "Show the stored sessions (URL, database, user, store, age, expiry) and, \
unless --offline, whether the server still accepts the selected one: the current session (the last \
one logged in to, or picked with 'switch'), or the one --url, -d and -u name. Exit 0 when the \
selected session is valid, 4 when it is not (or there is none).",
        after_long_help = "Examples:
  tryton-cli status
  tryton-cli status --offline"
    )]
    Status(StatusArgs),

    /// Make another stored session the current one (used when no --url, -d or -u is given)
    #[command(
        long_about = "Make another stored session the current one, as 'kubectl config \
use-context' and 'gh auth switch' do: commands given no server, database or user use it (flags, \
environment and profile still win). With two stored sessions and no argument, switches to the \
other one.",
        after_long_help = "Examples:
  tryton-cli switch                      # with two sessions: the other one
  tryton-cli switch prod                 # the session whose database (or host, user) is prod
  tryton-cli switch 'admin@http://127.0.0.1:8000/tryton'"
    )]
    Switch(SwitchArgs),

    /// Call any RPC method with JSON arguments
    #[command(after_long_help = "Examples:
  tryton-cli call party.party search '[]'
  tryton-cli call model.party.party.read '[1,2]' '[\"name\"]'
  tryton-cli call party.party search_read '[]' 0 10 null '[\"name\", \"addresses.city\"]' -o table
  tryton-cli call currency.currency.rate search_read '[]' 0 5 null '[\"rate\", \"date\"]' --plain
  tryton-cli call common.server.version")]
    Call(CallArgs),

    /// Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV
    #[command(
        long_about = "Query a model with search_read, paging through large results in batches \
and streaming the records out as they arrive: a table on a terminal (the first 100 records unless \
--limit or --all), NDJSON when piped, or -o table|vertical|json|ndjson|csv. Dotted fields follow \
relations: party.rec_name is one value, addresses.city one per address (a list in JSON). JSON rows \
are keyed by the fields asked for, with plain values: ISO 8601 dates, decimals as exact numbers, \
durations in seconds, bytes in base64 (--tagged: Tryton's wire form).

The domain is Tryton's JSON domain, sent as written, or a short form: clauses FIELD OPERATOR VALUE \
joined by 'and' (or just one after the other) and 'or' ('and' binds tighter; parentheses only enclose \
lists: use JSON for nested groups). Operators: = != < <= > >= like ilike 'not like' 'not ilike' in \
'not in' child_of parent_of where. Lists for in: (1,2,3), (1, 2, 3), ('ACME, Inc', Foo) or 1,2,3.

Short-form values are typed by their field (the model's fields_get, cached for 5 minutes): text for \
char and selection fields (code = 3 is the text \"3\"), numbers for integer and float fields, exact \
decimals for numeric ones, dates as 2026-01-02, datetimes as '2026-01-02 10:00:00' or \
2026-01-02T10:00:00 (UTC, as Tryton keeps them, unless an offset such as +02:00 is given), \
true/false (also yes/no, 1/0) for booleans. A relation (many2one, one2many, many2many) takes an id, \
or a name matched on the record's name: party = ACME is sent as party.rec_name = ACME; quote a \
number to match it as a name (party = '42'). null is no value for any field; 'null' is the text. \
Dotted fields follow relations: party.name = ACME, addresses.city = Paris. An unknown field is \
refused (exit 3) before anything is searched.

--count prints how many records match (after --offset, if given): the bare number, or \
{\"count\": N} with -o json (one row with -o ndjson, csv or table).",
        after_long_help = "Examples:
  tryton-cli search party.party
  tryton-cli search party.party name ilike %acme% --limit 10
  tryton-cli search party.party 'id > 10 and active = true' -f name,code --order 'name desc'
  tryton-cli search party.party '[[\"name\", \"ilike\", \"%acme%\"]]' -f name,code -o csv
  tryton-cli search party.party 'id in (1, 2, 3)' -f name
  tryton-cli search party.address party = 'ACME Corp' -f city      # a relation by name
  tryton-cli search currency.currency.rate 'rate >= 1.10 and date > 2026-01-01'
  tryton-cli search party.address -f party.rec_name,city -o ndjson > addresses.ndjson
  tryton-cli search party.party -f name,addresses.city,categories.name -o csv --csv-safe
  tryton-cli search party.party -f name,create_date -o json | jq 'sort_by(.create_date)'
  tryton-cli search party.party --limit 3 -o vertical
  tryton-cli search party.party --count -o json                    # {\"count\": 42}"
    )]
    Search(SearchArgs),

    /// Read records by id
    #[command(after_long_help = "Examples:
  tryton-cli read party.party 1,2,3 -f name,code
  tryton-cli read party.party 7 -f name,addresses -o json
  tryton-cli read party.party 7 -f name,addresses.city,addresses.country.code -o vertical")]
    Read(ReadArgs),

    /// List the models (ir.model), optionally those whose name contains PATTERN
    #[command(after_long_help = "Examples:
  tryton-cli models party
  tryton-cli models -o csv > models.csv")]
    Models(ModelsArgs),

    /// Show a model's fields: name, type, label, relation, required, readonly
    #[command(after_long_help = "Examples:
  tryton-cli fields party.party
  tryton-cli fields party.address -o json")]
    Fields(FieldsArgs),

    /// Export records with Tryton's export_data: CSV as the desktop client writes it
    #[command(
        long_about = "Export records with trytond's own export_data_domain, as the desktop \
client exports them: field paths with '/' (addresses/city, party/code; '.' works too), a \
many2one as its record name, one2many/many2many values on continuation rows (the first row \
holds the record, the next ones leave its columns empty). Paged (--batch-size records per \
request) and streamed: memory stays flat for any number of records. The domain is written as \
for search. CSV (the default) is what 'import' reads back: ISO dates, YYYY-MM-DD HH:MM:SS \
datetimes, exact decimals, durations in seconds, bytes in base64; -o ndjson|json gives one \
object a row, keyed by field path, with plain JSON values. The header row holds the field paths \
(--header names), the server's labels (labels), or nothing (none).",
        after_long_help = "Examples:
  tryton-cli export party.party -f name,lang,addresses/city,addresses/street > parties.csv
  tryton-cli export party.party 'name ilike %acme%' -f name,code --order name -o ndjson
  tryton-cli export currency.currency.rate -f currency,date,rate --header labels"
    )]
    Export(ExportArgs),

    /// Import a CSV file with Tryton's import_data, in batches of records
    #[command(
        long_about = "Import a CSV file into a model with trytond's own import_data, as the \
desktop client does: a header row of field paths (name, addresses/city; '.' works too, and so do \
the labels 'export --header labels' writes), an 'id' column to update records instead of \
creating them, relations matched by their name (trytond's rule; ambiguous names are its error), \
and one2many/many2many values on continuation rows (rows whose top-level columns are empty). \
Records go in batches of --batch-size records, one transaction each, or all in one with \
--atomic. A failed batch leaves nothing behind: the error names the file's line and column and \
says how to go on with --skip-records. --check reads the whole file and checks its columns and \
values against the model without sending anything.",
        after_long_help = "Examples:
  tryton-cli export party.party -f name,addresses/city > parties.csv
  tryton-cli import party.party parties.csv --check
  tryton-cli import party.party parties.csv --batch-size 500
  tryton-cli import party.party parties.csv --skip-records 1500   # after a failed batch"
    )]
    Import(ImportArgs),

    /// Create records from NDJSON or a JSON array; prints the new ids
    #[command(
        long_about = "Create records read from a file or standard input: NDJSON (one object a \
line) or one JSON array. Values are plain JSON typed by their field (fields_get): \
\"2026-01-02\" for a date, \"12.50\" or 12.5 for a Numeric (exact), a name or an id for a \
many2one, a list of records for a one2many; Tryton's tagged values and x2many actions pass \
through. Records go in batches (--batch-size), one transaction each; the new ids are printed, \
one a line.",
        after_long_help = "Examples:
  echo '{\"name\": \"ACME\", \"addresses\": [{\"city\": \"Paris\"}]}' | tryton-cli create party.party
  tryton-cli create currency.currency.rate rates.ndjson"
    )]
    Create(CreateArgs),

    /// Write values to records by id or by domain (--where asks first)
    #[command(
        long_about = "Write values (a JSON object, typed by field as for create) to records by \
id, or to those a domain matches (--where, short form or JSON: it says how many, then asks on a \
terminal, or needs --yes elsewhere). Batches of --batch-size records, one transaction each.",
        after_long_help = "Examples:
  tryton-cli write party.party 12,13 '{\"active\": false}'
  tryton-cli write party.party --where 'name ilike test-%' '{\"active\": false}' --yes"
    )]
    Write(WriteArgs),

    /// Delete records by id or by domain (asks first; --yes without a terminal)
    #[command(
        long_about = "Delete records by id, or those a domain matches (--where, short form or \
JSON; it says how many first). On a terminal it asks for confirmation; elsewhere it needs --yes, \
or exits 3 having changed nothing. Records go in batches (--batch-size), one transaction each; \
a server that refuses a batch as too large (HTTP 413) gets smaller ones. The server's warnings \
are asked on a terminal, accepted with --yes, refused otherwise.",
        after_long_help = "Examples:
  tryton-cli delete party.party 12,13
  tryton-cli delete party.party --where 'name ilike test-%' --yes"
    )]
    Delete(DeleteArgs),

    /// Run a report and write the document it makes (ODT, PDF, a zip of several) to a file
    #[command(
        long_about = "Run a report (report.NAME.execute) on records and write the document the \
server makes, decoded, to a file: by default the name the server gives it (the report's name \
and the records' names, then its extension), made safe for a file name (no path separators, no \
leading dot), in the current directory, never replacing a file without --force; -O FILE names the \
file (replaced if it exists), and -O - writes the bytes to standard output (not to a terminal). A \
report over several records that the server prints one per record comes back as a zip, written as \
it is. The records' model is the report's own (ir.action.report); a report that names none needs \
--model. The path written is printed on stderr (not with -q). The server's warnings are asked on \
a terminal, accepted with --yes, refused otherwise.",
        after_long_help = "Examples:
  tryton-cli report party.label 1,2                     # Labels-ACME-Bolt.odt here
  tryton-cli report party.label 1,2 -O labels.odt
  tryton-cli report party.label 7 -O - | lp             # the bytes on stdout
  tryton-cli report party.label 7 --context '{\"language\": \"fr\"}' --force"
    )]
    Report(ReportArgs),

    /// Run a wizard on records: its views filled from --data, its buttons pressed with --state
    #[command(
        long_about = "Run a wizard (wizard.NAME) on records as the desktop client does: create \
a session, execute the start state with the records as active_model/active_id/active_ids, and \
follow what the server answers. Each view the wizard shows is filled with its defaults and the \
values given for that state in --data ({\"state\": {\"field\": value}}, typed by field: a \
many2one takes an id or a name), then the button named by the next --state is pressed; a \
required field left empty is an error that names it (exit 3), and so is a view with no --state \
left (the error says what the view asks for and which buttons it has). On a terminal both are \
asked for instead. The actions \
the wizard returns are printed as JSON. The wizard session is always deleted at the end: after \
success, after an error, and on Ctrl-C. The records' model defaults to the wizard action's \
model (ir.action.wizard). The server's warnings are asked on a terminal, accepted with --yes, \
refused otherwise.",
        after_long_help = "Examples:
  tryton-cli wizard party.replace --ids 12 --data '{\"ask\": {\"destination\": 7}}' --state replace
  tryton-cli wizard party.replace --model party.party --ids 12 --yes \\
      --data '{\"ask\": {\"source\": 12, \"destination\": \"ACME\"}}' --state replace
  tryton-cli wizard party.replace --ids 12          # shows what its first view asks for"
    )]
    Wizard(WizardArgs),

    /// Press a button of records of a model (e.g. a cron's "Run once")
    #[command(
        long_about = "Press a button of records of a model: calls model.MODEL.NAME with the \
ids and the user's context, as the desktop client does for a form's button, and prints what the \
button returns as JSON (nothing when it returns nothing). Only the buttons the model declares \
(its form view's and ir.model.button's) are pressed: another name, delete or copy included, is \
exit 1 with the model's buttons listed. A button with a confirm text is asked like delete: on a \
terminal, with --yes elsewhere (else exit 3, nothing sent). The server's warnings are asked on a \
terminal, accepted with --yes, refused otherwise; an unknown model or button, and the server's \
errors, are one line with exit 1.",
        after_long_help = "Examples:
  tryton-cli button ir.cron run_once 3
  tryton-cli button ir.module activate 12 --yes"
    )]
    Button(ButtonArgs),

    /// List the scheduled actions (ir.cron), or check that none is late (--check)
    #[command(
        long_about = "List the scheduled actions (ir.cron): id, name (the method's label), \
method, whether active, interval, next call (UTC, as trytond keeps it), and where the server \
exposes them (8.x) whether it is running and when it last ran. Inactive jobs are listed too. \
The fields are read from the server's fields_get, so 7.0 and 8.x both work.

--check is a health check for the cron worker: an active job whose next call is more than \
--late (default 1h) in the past means that no worker is running, or that it is stuck. Each late \
job is one line on stdout ('late: ...'), and the exit code is 1; otherwise one 'ok: ...' line \
(nothing with -q) and exit 0. A job that was never scheduled (no next call yet) is not late. \
--json prints one object instead, for monitoring systems.",
        after_long_help = "Examples:
  tryton-cli cron
  tryton-cli cron --check --late 30m || alert 'Tryton cron worker is down'
  tryton-cli cron --check --json
  tryton-cli cron --jq 'select(.active) | .name'

Exit codes (--check): 0 no active job is late; 1 a job is late (or the server answered an \
error); 2 no answer (also a proxy's 502/503/504: the jobs could not be asked about); 3 bad flag; \
4 authentication needed."
    )]
    Cron(CronArgs),

    /// Wait until the records a domain matches meet a condition (--for), as kubectl wait
    #[command(
        long_about = "Wait until the records a domain matches meet a condition, as 'kubectl \
wait --for': counts them with search_count every --interval until the condition holds (exit 0, \
the count printed on stdout) or --max-wait passes (exit 1, with the last count). The domain is \
written as for search. Conditions: exists (the default: at least one), gone (none left), \
count>=N, count>N, count=N, count!=N, count<=N, count<N.

The session is the stored one (logged in again once if the server forgot it). A server that \
does not answer (refused, timeout, a proxy's 502/503/504: restarting) does not end the wait: it is asked again until \
the deadline (-v says so); if it never answered, the exit code is 2. Errors the server answers \
(unknown model or field) end it at once.",
        after_long_help = "Examples:
  tryton-cli wait sale.sale 'reference = SO-1042 and state = done' --max-wait 10m
  tryton-cli wait sale.sale 'state = processing' --for gone --interval 5s
  tryton-cli wait party.party 'name ilike test-%' --for 'count>=100'

Exit codes: 0 the condition holds; 1 --max-wait passed (the last count on stderr), or the \
server answered an error; 2 the server never answered; 3 bad flag, domain or condition; 4 \
authentication needed."
    )]
    Wait(WaitArgs),

    /// Activate, upgrade or deactivate modules, with a plan before every change
    #[command(
        long_about = "Manage the database's modules (ir.module) over RPC, as an administrator. \
'module list' shows each module's state, version and dependencies. 'activate', 'upgrade' and \
'deactivate' first check that no other module operation is pending (and, on 8.x, that no \
scheduled action is running), then print the plan: every module that will change and how \
(activating a module activates the modules it depends on; upgrading one upgrades the activated \
modules that depend on it). --dry-run stops there and changes nothing. Otherwise it asks on a \
terminal, or needs --yes elsewhere (else exit 3, nothing sent). It then presses the module \
button and runs the server's ir.module.activate_upgrade wizard, whose session is always deleted. \
That request may take minutes: it is a write, never sent twice and not cut by --timeout (only \
by --write-timeout, if given). Afterwards the states are read again and the setup wizards the \
server queued are listed. Modules already in the state asked for are 'nothing to do' (exit 0). \
An unknown name is exit 1: the server's list of modules on disk is refreshed only on its host \
(trytond-admin --update-modules-list). A failed run leaves modules pending: 'module cancel' \
clears them.",
        after_long_help = "Examples:
  tryton-cli module list
  tryton-cli module list sale -o json
  tryton-cli module activate sale --dry-run
  tryton-cli module activate sale stock --yes
  tryton-cli module upgrade party
  tryton-cli module cancel                 # clear what a failed run left pending"
    )]
    Module(ModuleArgs),

    /// List and add users, set passwords, disable or enable logins, change groups
    #[command(
        long_about = "Manage users (res.user) and their groups (res.group) over RPC, as an \
administrator. A password is never a command-line argument: it is read from --new-password-file \
(a file only its owner can read), from standard input with --password-stdin, or asked for on a \
terminal without echo; it is never shown in traces (-vv) or errors. The server's password rules \
(length, forbidden words) are its own: their message is the error. 'user passwd' without a \
login sets your own password, and the stored session is renewed with it (the server ends the \
user's sessions when a password changes). 'user disable' asks first on a terminal, or needs \
--yes elsewhere: the user's login is refused from then on and its sessions end.",
        after_long_help = "Examples:
  tryton-cli user list
  tryton-cli user add ci-bot --name 'CI bot' --group 'Party Administration' --new-password-file ci.pw
  printf '%s\\n' \"$PW\" | tryton-cli user passwd ci-bot --password-stdin
  tryton-cli user passwd                 # your own, asked without echo
  tryton-cli user disable ci-bot --yes
  tryton-cli user groups ci-bot --add 'Currency Administration'"
    )]
    User(UserArgs),

    /// List languages, load or unload their translations
    #[command(
        long_about = "Manage languages (ir.lang) over RPC, as an administrator: 'lang list' shows \
each language's code, name, and whether its translations are loaded (translatable) and it is \
active; 'lang load CODE' loads the translations of the activated modules (a few seconds a \
language), after which a context such as '{\"language\": \"fr\"}' gives translated labels; \
'lang unload CODE' removes them.",
        after_long_help = "Examples:
  tryton-cli lang list
  tryton-cli lang load fr
  tryton-cli call model.party.party.fields_get '[\"name\"]' --context '{\"language\": \"fr\"}' --jq .name.string
  tryton-cli lang unload fr"
    )]
    Lang(LangArgs),
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
