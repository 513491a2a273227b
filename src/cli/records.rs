//! The arguments of `read`, `models` and `fields`.

use clap::Args;

use super::CacheArgs;

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Model name, e.g. party.party
    pub model: String,

    /// Record ids, comma-separated (spaces allowed: "1, 2, 3") or as several arguments
    #[arg(value_name = "IDS", value_delimiter = ',', required = true, value_parser = parse_id)]
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

/// One record id of a comma-separated list, spaces around it allowed.
fn parse_id(text: &str) -> Result<i64, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("an id is missing between two commas".into());
    }
    text.parse()
        .map_err(|_| format!("'{text}' is not a record id (a whole number)"))
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
