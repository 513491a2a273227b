//! The arguments of the scripting and monitoring commands: `cron` and `wait`.

use std::time::Duration;

use clap::Args;

use super::{OutputArgs, parse_seconds};

#[derive(Debug, Args)]
pub struct CronArgs {
    /// Health check: exit 1 when an active job's next call is more than --late in the past (the
    /// cron worker is dead or stuck), 0 otherwise; one line per late job on stdout
    #[arg(long)]
    pub check: bool,

    /// With --check: how far in the past a next call may be before its job counts as late
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "1h", requires = "check")]
    pub late: Duration,

    /// JSON for monitoring systems: the jobs as one JSON array, or with --check one object
    /// ({"status": "ok"|"late", "late": [...], ...})
    #[arg(long, conflicts_with = "output")]
    pub json: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}
