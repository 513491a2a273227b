//! The arguments of `read`, `models` and `fields`.

use clap::Args;

use super::CacheArgs;

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Record ids, comma-separated
    #[arg(value_name = "IDS", value_delimiter = ',', required = true)]
    pub ids: Vec<i64>,

    /// Fields to read, comma-separated [default: id,rec_name]
    #[arg(short, long, value_name = "FIELDS", value_delimiter = ',')]
    pub fields: Vec<String>,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    #[command(flatten)]
    pub cache: CacheArgs,
}

#[derive(Debug, Args)]
pub struct ModelsArgs {
    /// Only models whose name or description contains this text
    pub pattern: Option<String>,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    #[command(flatten)]
    pub cache: CacheArgs,
}

#[derive(Debug, Args)]
pub struct FieldsArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<crate::output::Format>,

    #[command(flatten)]
    pub cache: CacheArgs,
}
