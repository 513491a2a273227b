//! `call`'s arguments.

use clap::{Args, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use super::CacheArgs;
use super::WatchArgs;

/// `call --help`'s closing lines: examples (and exit codes where they differ).
pub const CALL_EXAMPLES: &str = "Examples:
  tryton-cli call party.party search '[]'
  tryton-cli call model.party.party.read '[1,2]' '[\"name\"]'
  tryton-cli call party.party search_read '[]' 0 10 null '[\"name\", \"addresses.city\"]' -o table
  tryton-cli call currency.currency.rate search_read '[]' 0 5 null '[\"rate\", \"date\"]' --plain
  tryton-cli call common.server.version";

#[derive(Debug, Args)]
pub struct CallArgs {
    /// Full method name (model.party.party.search, common.server.version) or NAME METHOD
    /// (party.party search, report.party.label execute, wizard.party.replace create)
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub method: String,

    /// Arguments, each one JSON value: '[]', 0, null, '{"a":1}', and text as '"text"'
    #[arg(allow_negative_numbers = true, value_name = "ARG")]
    pub args: Vec<String>,

    /// The whole params array as JSON, or - to read it from standard input (instead of ARGs)
    #[arg(long, value_name = "JSON")]
    pub params: Option<String>,

    /// JSON object merged over the user's context (model, wizard and report methods)
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,

    /// Send the params exactly as given, without appending the context
    #[arg(long, conflicts_with = "context")]
    pub no_context: bool,

    /// Output format: json (the default), or a table or vertical blocks for a list of records
    #[arg(short, long, value_enum, default_value = "json")]
    pub output: CallOutput,

    /// Plain JSON: Tryton's tagged values as ISO 8601 dates, exact decimal numbers, durations in seconds and base64 bytes [default: as on the wire, {"__class__": ...}]
    #[arg(long)]
    pub plain: bool,

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

    #[command(flatten)]
    pub watch: WatchArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CallOutput {
    /// The result as JSON
    Json,
    /// A list of records as a table (search_read and read: the columns asked for)
    Table,
    /// A list of records as one block per record (as psql's \x)
    Vertical,
}
