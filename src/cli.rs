//! Every flag and subcommand, with its help text: the one source for `--help`, the shell
//! completions and the man page (`--generate`).

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

pub const EXIT_CODES: &str = "\
Exit codes (every command):
  0  success
  1  the server answered with an error (Tryton error, HTTP error status, not JSON-RPC)
  2  no answer (connection refused, DNS failure, timeout, TLS failure)
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

#[derive(Debug, Args)]
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

    /// Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]
    #[arg(
        long,
        global = true,
        env = "TRYTON_TIMEOUT",
        hide_env_values = true,
        value_name = "DURATION",
        value_parser = parse_seconds
    )]
    pub timeout: Option<Duration>,

    /// How often a failed request is sent again when that is safe [default: 3]
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
        value_name = "NAME"
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

    /// Trust the certificates in this PEM file (a private CA) instead of the system store
    #[arg(long, global = true, value_name = "FILE")]
    pub cacert: Option<PathBuf>,

    /// Do not verify the server's TLS certificate (prints a warning)
    #[arg(long, global = true)]
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

    /// Trace requests on stderr (-vv adds bodies); secrets are always redacted
    #[arg(short, long, global = true, action = ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Print nothing but results (ping: nothing at all; use the exit code)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that the server answers JSON-RPC (exit codes for scripts and CI)
    #[command(
        long_about = "Check that the server answers JSON-RPC: sends common.server.version (no \
credentials needed) and prints the URL, the Tryton version and the round trip. With --database, also \
checks that the database exists where the server lists its databases.

Exit codes, as pg_isready: 0 the server answers JSON-RPC; 1 something answered but it is not a usable \
Tryton server (HTTP error, HTML, JSON-RPC error, unknown database); 2 no answer (refused, DNS, timeout); \
3 could not try (no or invalid URL, bad flag).",
        after_long_help = "Examples:
  tryton-cli ping --url http://127.0.0.1:8000
  tryton-cli ping -q && deploy                # silent; the exit code decides
  tryton-cli ping --wait 60s                  # CI: wait for a server that is starting
  tryton-cli ping --json -d production        # one JSON object, database checked too
  tryton-cli ping --count 5 --interval 2s"
    )]
    Ping(PingArgs),

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
unless --offline, whether the server still accepts the selected one. Exit 0 when the selected session \
is valid, 4 when it is not (or there is none).",
        after_long_help = "Examples:
  tryton-cli status
  tryton-cli status --offline"
    )]
    Status(StatusArgs),

    /// Call any RPC method with JSON arguments
    #[command(after_long_help = "Examples:
  tryton-cli call party.party search '[]'
  tryton-cli call model.party.party.read '[1,2]' '[\"name\"]'
  tryton-cli call common.server.version")]
    Call(CallArgs),

    /// Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV
    #[command(
        long_about = "Query a model with search_read, paging through large results in batches \
and streaming the records out as they arrive: a table on a terminal (the first 100 records unless \
--limit or --all), NDJSON when piped, or -o json|ndjson|csv|table.

The domain is Tryton's JSON domain, or a short form: clauses FIELD OPERATOR VALUE joined by 'and' \
(or just one after the other) and 'or' ('and' binds tighter; no parentheses: use JSON for more). \
Operators: = != < <= > >= like ilike 'not like' 'not ilike' in 'not in' child_of parent_of where. \
Values: numbers, true, false, null, 'quoted text', lists for in (1,2,3), or any other word as text.",
        after_long_help = "Examples:
  tryton-cli search party.party
  tryton-cli search party.party name ilike %acme% --limit 10
  tryton-cli search party.party 'id > 10 and active = true' -f name,code --order 'name desc'
  tryton-cli search party.party '[[\"name\", \"ilike\", \"%acme%\"]]' -f name,code -o csv
  tryton-cli search party.address -f party.rec_name,city -o ndjson > addresses.ndjson
  tryton-cli search party.party --count"
    )]
    Search(SearchArgs),

    /// Read records by id
    #[command(after_long_help = "Examples:
  tryton-cli read party.party 1,2,3 -f name,code
  tryton-cli read party.party 7 -f name,addresses -o json")]
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
}

#[derive(Debug, Args)]
pub struct PingArgs {
    /// Print one JSON object instead of a line of text
    #[arg(long)]
    pub json: bool,

    /// Keep trying until the server answers or this much time has passed (e.g. 30s, 2m)
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds)]
    pub wait: Option<Duration>,

    /// Ping this many times, one line each
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub count: u32,

    /// Time between two pings with --count
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_seconds)]
    pub interval: Duration,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,

    /// Answer a further login factor the server asks for, e.g. sms_code=123456 (repeatable)
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_login_param)]
    pub login_param: Vec<(String, String)>,

    /// Save the URL, database and user as this profile in the config file
    #[arg(long, value_name = "NAME")]
    pub save_profile: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Forget every stored session (each is also ended on its server, where it answers)
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Do not ask the server whether the session is still valid
    #[arg(long)]
    pub offline: bool,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StoreChoice {
    /// The OS keyring when it answers, else a file
    Auto,
    Keyring,
    File,
    /// Keep nothing: every run logs in
    None,
}

fn parse_login_param(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
        _ => Err("expected NAME=VALUE, e.g. sms_code=123456".into()),
    }
}

#[derive(Debug, Args)]
pub struct CallArgs {
    /// Full method name (model.party.party.search, common.server.version) or MODEL METHOD
    pub method: String,

    /// Arguments, each one JSON value: '[]', 0, null, '{"a":1}', and text as '"text"'
    #[arg(allow_negative_numbers = true, value_name = "ARG")]
    pub args: Vec<String>,

    /// The whole params array as JSON, or - to read it from standard input
    #[arg(long, value_name = "JSON", conflicts_with = "args")]
    pub params: Option<String>,

    /// JSON object merged over the user's context (model, wizard and report methods)
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,

    /// Send the params exactly as given, without appending the context
    #[arg(long, conflicts_with = "context")]
    pub no_context: bool,

    /// Output format: json (the default), or a table for a list of records
    #[arg(short, long, value_enum, default_value = "json")]
    pub output: CallOutput,

    /// Compact JSON even on a terminal
    #[arg(long, conflicts_with = "pretty")]
    pub compact: bool,

    /// Indented JSON even when piped
    #[arg(long)]
    pub pretty: bool,

    /// Print the JSON-RPC request and an equivalent curl command (session redacted); send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// The method is idempotent: re-send it after a failure even if it may have reached the server
    #[arg(long)]
    pub retry_writes: bool,

    #[command(flatten)]
    pub cache: CacheArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CallOutput {
    Json,
    Table,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Domain as JSON, or the short form: name ilike %acme% (clauses joined with AND; 'or' too)
    #[arg(allow_negative_numbers = true)]
    pub domain: Vec<String>,

    /// Fields to read, comma-separated; dotted names follow relations (party.rec_name) [default: id,rec_name]
    #[arg(short, long, value_name = "FIELDS", value_delimiter = ',')]
    pub fields: Vec<String>,

    /// Sort order, e.g. 'name' or 'create_date desc,id' [default: the model's own order]
    #[arg(long, value_name = "ORDER")]
    pub order: Option<String>,

    /// At most this many records [default: 100 on a terminal, all when piped]
    #[arg(short, long, value_name = "N")]
    pub limit: Option<u64>,

    /// Skip this many records first
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: u64,

    /// Print only how many records match
    #[arg(long, conflicts_with_all = ["fields", "order", "limit", "output"])]
    pub count: bool,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    /// Everything, also on a terminal (no cap of 100 rows)
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,

    /// Records per request when paging through large results
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,

    /// JSON object merged over the user's context, e.g. '{"language": "fr"}'
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,

    /// Indented JSON for -o json
    #[arg(long)]
    pub pretty: bool,

    #[command(flatten)]
    pub cache: CacheArgs,
}

#[derive(Debug, Args)]
pub struct CacheArgs {
    /// Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise
    #[arg(long, value_name = "TTL", value_parser = parse_seconds)]
    pub cache: Option<Duration>,

    /// With --cache: ask the server anyway and renew the cached result
    #[arg(long, requires = "cache")]
    pub refresh: bool,
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Record ids, comma-separated
    #[arg(value_name = "IDS", value_delimiter = ',', required = true)]
    pub ids: Vec<i64>,

    /// Fields to read, comma-separated [default: id,rec_name]
    #[arg(short, long, value_name = "FIELDS", value_delimiter = ',')]
    pub fields: Vec<String>,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    #[command(flatten)]
    pub cache: CacheArgs,
}

#[derive(Debug, Args)]
pub struct ModelsArgs {
    /// Only models whose name or description contains this text
    pub pattern: Option<String>,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    #[command(flatten)]
    pub cache: CacheArgs,
}

#[derive(Debug, Args)]
pub struct FieldsArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    #[command(flatten)]
    pub cache: CacheArgs,
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

/// A duration given as plain seconds (`10`, `2.5`) or with a unit (`500ms`, `30s`, `2m`).
pub fn parse_seconds(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<f64>() {
        return if seconds.is_finite() && (0.0..=86_400.0 * 365.0).contains(&seconds) {
            Ok(Duration::from_secs_f64(seconds))
        } else {
            Err("expected a positive number of seconds".into())
        };
    }
    humantime::parse_duration(text).map_err(|_| {
        format!("'{text}' is not a duration; use seconds (10) or a unit (500ms, 30s, 2m)")
    })
}

/// A size in bytes (`1048576`) or with a unit: KiB, MiB, GiB (also K, M, G) are powers of 1024;
/// kB, MB, GB powers of 1000.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        _ => {
            return Err(format!(
                "'{text}' is not a size; use bytes (1048576) or a unit (512KiB, 10MiB)"
            ));
        }
    };
    let bytes = number
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n > 0.0)
        .map(|n| n * factor as f64)
        .filter(|b| *b >= 1.0 && *b <= u64::MAX as f64)
        .ok_or_else(|| {
            format!("'{text}' is not a size; use bytes (1048576) or a unit (512KiB, 10MiB)")
        })?;
    Ok(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_accept_seconds_and_units() {
        assert_eq!(parse_seconds("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_seconds("2.5"), Ok(Duration::from_millis(2500)));
        assert_eq!(parse_seconds("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_seconds("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("soon").is_err());
    }

    #[test]
    fn sizes_accept_bytes_and_units() {
        assert_eq!(parse_size("2048"), Ok(2048));
        assert_eq!(parse_size("1KiB"), Ok(1024));
        assert_eq!(parse_size("10MiB"), Ok(10 << 20));
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("1.5 kib"), Ok(1536));
        assert_eq!(parse_size("2MB"), Ok(2_000_000));
        for bad in ["", "0", "lots", "-1", "1 parsec", "KiB"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}
