//! `health`'s arguments.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::parse_seconds;

#[derive(Debug, Args)]
pub struct HealthArgs {
    /// Servers to check: URLs (with -d for the database) or profile names from the config file
    /// [default: the server the global flags, environment, profile or current session name]
    #[arg(value_name = "TARGET")]
    pub targets: Vec<String>,

    /// Read targets from this file: one a line, a URL (optionally followed by a database name)
    /// or a profile name; blank lines and lines starting with # are skipped
    #[arg(long = "targets", value_name = "FILE")]
    pub targets_file: Option<PathBuf>,

    /// Check every profile of the config file
    #[arg(long)]
    pub all_profiles: bool,

    /// Output format: a table, one JSON object per target, Prometheus text exposition format,
    /// or one Nagios plugin line (with the Nagios exit codes)
    #[arg(
        short,
        long,
        value_enum,
        value_name = "FORMAT",
        default_value = "table"
    )]
    pub output: HealthFormat,

    /// Write the output to this file instead of stdout (-o prometheus or -o json): written to a
    /// temporary file beside it, then renamed, so that node_exporter's textfile collector never
    /// reads half a file
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    /// How far in the past an active cron job's next call may be before the job counts as late
    /// (as cron --check)
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "1h")]
    pub late: Duration,

    /// How many open ir.error records (failed cron runs and queue tasks) a healthy server may
    /// have
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub max_errors: u64,

    /// How many targets are checked at once
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum HealthFormat {
    Table,
    Json,
    Prometheus,
    Nagios,
}
