//! The arguments of `create`, `write` and `delete`: scripted changes to records.

use std::path::PathBuf;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

/// `create`'s long help: what `create --help` says after the one-line summary.
pub const CREATE_ABOUT: &str = "Create records read from a file or standard input: NDJSON (one object a \
line) or one JSON array. Values are plain JSON typed by their field (fields_get): \
\"2026-01-02\" for a date, \"12.50\" or 12.5 for a Numeric (exact), a name or an id for a \
many2one, a list of records for a one2many; Tryton's tagged values and x2many actions pass \
through. Records go in batches (--batch-size), one transaction each; the new ids are printed, \
one a line.";

/// `create --help`'s closing lines: examples (and exit codes where they differ).
pub const CREATE_EXAMPLES: &str = "Examples:
  echo '{\"name\": \"ACME\", \"addresses\": [{\"city\": \"Paris\"}]}' | tryton-cli create party.party
  tryton-cli create currency.currency.rate rates.ndjson";

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Records as NDJSON (one object a line) or one JSON array; - or nothing reads stdin
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Records per request (one transaction each)
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,

    /// Skip this many records first (to continue after a failed or interrupted run)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub skip_records: u64,
}

/// `write`'s long help: what `write --help` says after the one-line summary.
pub const WRITE_ABOUT: &str = "Write values (a JSON object, typed by field as for create) to records by \
id, or to those a domain matches (--where, short form or JSON: it says how many, then asks on a \
terminal, or needs --yes elsewhere). Batches of --batch-size records, one transaction each.";

/// `write --help`'s closing lines: examples (and exit codes where they differ).
pub const WRITE_EXAMPLES: &str = "Examples:
  tryton-cli write party.party 12,13 '{\"active\": false}'
  tryton-cli write party.party --where 'name ilike test-%' '{\"active\": false}' --yes";

#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// IDS VALUES, or VALUES alone with --where: record ids, comma-separated, and the values
    /// as a JSON object, e.g. 1,2 '{"name": "ACME", "birth_date": "1990-01-02"}'
    #[arg(value_names = ["IDS", "VALUES"], required = true, num_args = 1..=2)]
    pub args: Vec<String>,

    /// Write to the records this domain matches (short form or JSON), after saying how many
    #[arg(long = "where", value_name = "DOMAIN", id = "where_")]
    pub where_: Option<String>,

    /// Leave out the given ids that do not exist (saying how many) instead of refusing them all
    #[arg(long, conflicts_with = "where_")]
    pub ignore_missing: bool,

    /// Records per request (one transaction each)
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,
}

/// `delete`'s long help: what `delete --help` says after the one-line summary.
pub const DELETE_ABOUT: &str = "Delete records by id, or those a domain matches (--where, short form or \
JSON; it says how many first). On a terminal it asks for confirmation; elsewhere it needs --yes, \
or exits 3 having changed nothing. Records go in batches (--batch-size), one transaction each; \
a server that refuses a batch as too large (HTTP 413) gets smaller ones. The server's warnings \
are asked on a terminal, accepted with --yes, refused otherwise.";

/// `delete --help`'s closing lines: examples (and exit codes where they differ).
pub const DELETE_EXAMPLES: &str = "Examples:
  tryton-cli delete party.party 12,13
  tryton-cli delete party.party --where 'name ilike test-%' --yes";

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Record ids, comma-separated (or --where)
    #[arg(value_name = "IDS", conflicts_with = "where_", value_parser = super::parse::parse_ids)]
    pub ids: Option<super::Ids>,

    /// Delete the records this domain matches (short form or JSON), after saying how many
    #[arg(long = "where", value_name = "DOMAIN", id = "where_")]
    pub where_: Option<String>,

    /// Leave out the given ids that do not exist (saying how many) instead of refusing them all
    #[arg(long, conflicts_with = "where_")]
    pub ignore_missing: bool,

    /// Records per request (one transaction each)
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,
}
