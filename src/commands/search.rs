//! `tryton-cli search`: query a model and stream the records as a table, JSON, NDJSON or CSV.

use std::io::Write;

use serde_json::Value;

use crate::cli::SearchArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};

pub fn run(_settings: &Settings, _args: &SearchArgs) -> anyhow::Result<ExitCode> {
    Err(Failure::usage("'search' is not implemented yet").into())
}

pub fn print_records_table(value: &Value, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{value}")?;
    Ok(())
}
