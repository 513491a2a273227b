//! The arguments of `read`, `models` and `fields`, and the output flags every record command
//! shares (`search` too).

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::CacheArgs;
use crate::output::{Format, Style};

/// How records are printed: `search`, `read`, `models` and `fields`.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format [default: table on a terminal, ndjson when piped]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub output: Option<Format>,

    /// Indented JSON for -o json
    #[arg(long)]
    pub pretty: bool,

    /// JSON with Tryton's tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]
    #[arg(long)]
    pub tagged: bool,

    /// CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a ' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)
    #[arg(long)]
    pub csv_safe: bool,
}

impl OutputArgs {
    pub fn style(&self) -> Style {
        Style {
            pretty: self.pretty,
            tagged: self.tagged,
            csv_safe: self.csv_safe,
        }
    }
}

/// `read --help`'s closing lines: examples (and exit codes where they differ).
pub const READ_EXAMPLES: &str = "Examples:
  tryton-cli read party.party 1,2,3 -f name,code
  tryton-cli read party.party 7 -f name,addresses -o json
  tryton-cli read party.party 7 -f name,addresses.city,addresses.country.code -o vertical";

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Record ids, comma-separated (spaces allowed: "1, 2, 3") or as several arguments
    #[arg(value_name = "IDS", value_delimiter = ',', required = true, value_parser = parse_id)]
    pub ids: Vec<i64>,

    /// Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]
    #[arg(short, long, value_name = "FIELDS", value_delimiter = ',', add = ArgValueCompleter::new(crate::complete::field_names))]
    pub fields: Vec<String>,

    #[command(flatten)]
    pub output: OutputArgs,

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

/// `models --help`'s closing lines: examples (and exit codes where they differ).
pub const MODELS_EXAMPLES: &str = "Examples:
  tryton-cli models party
  tryton-cli models -o csv > models.csv";

#[derive(Debug, Args)]
pub struct ModelsArgs {
    /// Only models whose name or description contains this text
    pub pattern: Option<String>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub cache: CacheArgs,
}

/// `fields --help`'s closing lines: examples (and exit codes where they differ).
pub const FIELDS_EXAMPLES: &str = "Examples:
  tryton-cli fields party.party
  tryton-cli fields party.address -o json";

#[derive(Debug, Args)]
pub struct FieldsArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub cache: CacheArgs,
}
