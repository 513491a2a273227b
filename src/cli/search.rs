//! `search`'s arguments, and the read-cache flags that several commands share.

use std::time::Duration;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::WatchArgs;
use super::{OutputArgs, parse_seconds};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Domain as JSON, or the short form: name ilike %acme%, id in (1,2,3) (clauses joined with AND; 'or' too)
    #[arg(allow_negative_numbers = true)]
    pub domain: Vec<String>,

    /// Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]
    #[arg(short, long, value_name = "FIELDS", value_delimiter = ',', add = ArgValueCompleter::new(crate::complete::field_names))]
    pub fields: Vec<String>,

    /// Sort order, e.g. 'name' or 'create_date desc,id' [default: the model's own order]
    #[arg(long, value_name = "ORDER", value_parser = super::parse::parse_order)]
    pub order: Option<super::Order>,

    /// At most this many records [default: 100 on a terminal, all when piped]
    #[arg(short, long, value_name = "N")]
    pub limit: Option<u64>,

    /// Skip this many records first
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: u64,

    /// Print only how many records match (those after --offset, if given): a bare number, or
    /// {"count": N} with -o json
    #[arg(long, conflicts_with_all = ["fields", "order", "limit", "all"])]
    pub count: bool,

    #[command(flatten)]
    pub output: OutputArgs,

    /// Everything, also on a terminal (no cap of 100 rows)
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,

    /// Records per request when paging through large results
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,

    /// JSON object merged over the user's context, e.g. '{"language": "fr"}'
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,

    #[command(flatten)]
    pub cache: CacheArgs,

    #[command(flatten)]
    pub watch: WatchArgs,
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
