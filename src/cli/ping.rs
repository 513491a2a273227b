//! `ping`'s arguments.

use std::time::Duration;

use clap::Args;

use super::parse_seconds;

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
