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

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Domain as JSON, or the short form, as for search: state = done, name ilike %acme%
    #[arg(allow_negative_numbers = true)]
    pub domain: Vec<String>,

    /// The condition on how many records match: exists (count>=1), gone (count=0), or
    /// count>=N, count>N, count=N, count!=N, count<=N, count<N
    #[arg(long = "for", value_name = "CONDITION", default_value = "exists", value_parser = parse_condition)]
    pub condition: Condition,

    /// Give up after this long (exit 1, with the last count); the global --timeout is for each request
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "60s")]
    pub max_wait: Duration,

    /// Time between two counts
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds, default_value = "2s")]
    pub interval: Duration,

    /// JSON object merged over the user's context, e.g. '{"company": 1}'
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `--for`: a comparison of the number of matching records with a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub op: Comparison,
    pub value: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Ge,
    Gt,
    Eq,
    Ne,
    Le,
    Lt,
}

impl Condition {
    pub fn holds(&self, count: u64) -> bool {
        match self.op {
            Comparison::Ge => count >= self.value,
            Comparison::Gt => count > self.value,
            Comparison::Eq => count == self.value,
            Comparison::Ne => count != self.value,
            Comparison::Le => count <= self.value,
            Comparison::Lt => count < self.value,
        }
    }
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let op = match self.op {
            Comparison::Ge => ">=",
            Comparison::Gt => ">",
            Comparison::Eq => "=",
            Comparison::Ne => "!=",
            Comparison::Le => "<=",
            Comparison::Lt => "<",
        };
        write!(f, "count{op}{}", self.value)
    }
}

pub fn parse_condition(text: &str) -> Result<Condition, String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.to_ascii_lowercase().as_str() {
        "exists" => {
            return Ok(Condition {
                op: Comparison::Ge,
                value: 1,
            });
        }
        "gone" => {
            return Ok(Condition {
                op: Comparison::Eq,
                value: 0,
            });
        }
        _ => {}
    }
    let bad = || {
        format!("'{text}' is not a condition; write exists, gone, or count>=N (>, =, !=, <=, <)")
    };
    let rest = compact.strip_prefix("count").ok_or_else(bad)?;
    let (op, number) = [
        (">=", Comparison::Ge),
        ("<=", Comparison::Le),
        ("!=", Comparison::Ne),
        ("==", Comparison::Eq),
        (">", Comparison::Gt),
        ("<", Comparison::Lt),
        ("=", Comparison::Eq),
    ]
    .into_iter()
    .find_map(|(symbol, op)| rest.strip_prefix(symbol).map(|number| (op, number)))
    .ok_or_else(bad)?;
    let value = number.parse::<u64>().map_err(|_| bad())?;
    Ok(Condition { op, value })
}

/// `--watch`, for search, call (read methods) and status.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command);
    /// each result after a '--- <UTC time>' line when piped
    #[arg(long, value_name = "DURATION", value_parser = parse_seconds)]
    pub watch: Option<Duration>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_are_parsed_as_kubectl_wait_for_would_say_them() {
        let c = |t: &str| parse_condition(t).unwrap();
        assert!(c("exists").holds(1) && !c("exists").holds(0));
        assert!(c("gone").holds(0) && !c("gone").holds(2));
        assert!(c("count>=3").holds(3) && !c("count>=3").holds(2));
        assert!(c("count > 3").holds(4) && !c("count>3").holds(3));
        assert!(c("count=2").holds(2) && c("count==2").holds(2));
        assert!(c("count!=2").holds(1));
        assert!(c("count<=0").holds(0) && c("count<1").holds(0));
        assert_eq!(c("count>=10").to_string(), "count>=10");
        for bad in ["", "count", "count>=", "count>=-1", "number>=1", "count~1"] {
            assert!(parse_condition(bad).is_err(), "{bad}");
        }
    }
}
