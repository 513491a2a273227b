//! `search`'s arguments, and the read-cache flags that several commands share.

use std::time::Duration;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::WatchArgs;
use super::{OutputArgs, parse_seconds};

/// `search`'s long help: what `search --help` says after the one-line summary.
pub const SEARCH_ABOUT: &str = "Query a model with search_read, paging through large results in batches \
and streaming the records out as they arrive: a table on a terminal (the first 100 records unless \
--limit or --all), NDJSON when piped, or -o table|vertical|json|ndjson|csv. Dotted fields follow \
relations: party.rec_name is one value, addresses.city one per address (a list in JSON). JSON rows \
are keyed by the fields asked for, with plain values: ISO 8601 dates, decimals as exact numbers, \
durations in seconds, bytes in base64 (--tagged: Tryton's wire form).

The domain is Tryton's JSON domain, sent as written, or a short form: clauses FIELD OPERATOR VALUE \
joined by 'and' (or just one after the other) and 'or' ('and' binds tighter; parentheses only enclose \
lists: use JSON for nested groups). Operators: = != < <= > >= like ilike 'not like' 'not ilike' in \
'not in' child_of parent_of where. Lists for in: (1,2,3), (1, 2, 3), ('ACME, Inc', Foo) or 1,2,3.

Short-form values are typed by their field (the model's fields_get, cached for 5 minutes): text for \
char and selection fields (code = 3 is the text \"3\"), numbers for integer and float fields, exact \
decimals for numeric ones, dates as 2026-01-02, datetimes as '2026-01-02 10:00:00' or \
2026-01-02T10:00:00 (UTC, as Tryton keeps them, unless an offset such as +02:00 is given), \
true/false (also yes/no, 1/0) for booleans. A relation (many2one, one2many, many2many) takes an id, \
or a name matched on the record's name: party = ACME is sent as party.rec_name = ACME; quote a \
number to match it as a name (party = '42'). null is no value for any field; 'null' is the text. \
Dotted fields follow relations: party.name = ACME, addresses.city = Paris. An unknown field is \
refused (exit 3) before anything is searched.

--count prints how many records match (after --offset, if given): the bare number, or \
{\"count\": N} with -o json (one row with -o ndjson, csv or table).";

/// `search --help`'s closing lines: examples (and exit codes where they differ).
pub const SEARCH_EXAMPLES: &str = "Examples:
  tryton-cli search party.party
  tryton-cli search party.party name ilike %acme% --limit 10
  tryton-cli search party.party 'id > 10 and active = true' -f name,code --order 'name desc'
  tryton-cli search party.party '[[\"name\", \"ilike\", \"%acme%\"]]' -f name,code -o csv
  tryton-cli search party.party 'id in (1, 2, 3)' -f name
  tryton-cli search party.address party = 'ACME Corp' -f city      # a relation by name
  tryton-cli search currency.currency.rate 'rate >= 1.10 and date > 2026-01-01'
  tryton-cli search party.address -f party.rec_name,city -o ndjson > addresses.ndjson
  tryton-cli search party.party -f name,addresses.city,categories.name -o csv --csv-safe
  tryton-cli search party.party -f name,create_date -o json | jq 'sort_by(.create_date)'
  tryton-cli search party.party --limit 3 -o vertical
  tryton-cli search party.party --count -o json                    # {\"count\": 42}";

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
