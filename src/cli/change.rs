//! The arguments of `create`, `write` and `delete`: scripted changes to records.

use std::path::PathBuf;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

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
