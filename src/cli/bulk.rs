//! The arguments of `export` and `import`: bulk data with Tryton's own semantics.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

/// `export`'s long help: what `export --help` says after the one-line summary.
pub const EXPORT_ABOUT: &str = "Export records with trytond's own export_data_domain, as the desktop \
client exports them: field paths with '/' (addresses/city, party/code; '.' works too), a \
many2one as its record name, one2many/many2many values on continuation rows (the first row \
holds the record, the next ones leave its columns empty). Paged (--batch-size records per \
request) and streamed: memory stays flat for any number of records. The domain is written as \
for search. CSV (the default) is what 'import' reads back: ISO dates, YYYY-MM-DD HH:MM:SS \
datetimes, exact decimals, durations in seconds, bytes in base64; -o ndjson|json gives one \
object a row, keyed by field path, with plain JSON values. The header row holds the field paths \
(--header names), the server's labels (labels), or nothing (none).";

/// `export --help`'s closing lines: examples (and exit codes where they differ).
pub const EXPORT_EXAMPLES: &str = "Examples:
  tryton-cli export party.party -f name,lang,addresses/city,addresses/street > parties.csv
  tryton-cli export party.party 'name ilike %acme%' -f name,code --order name -o ndjson
  tryton-cli export currency.currency.rate -f currency,date,rate --header labels";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Domain as JSON, or the short form (as for search)
    #[arg(allow_negative_numbers = true)]
    pub domain: Vec<String>,

    /// Field paths, comma-separated: name,addresses/city,lang (`.` works as `/` too)
    #[arg(
        short,
        long,
        value_name = "FIELDS",
        value_delimiter = ',',
        required = true,
        add = ArgValueCompleter::new(crate::complete::field_names)
    )]
    pub fields: Vec<String>,

    /// Sort order, e.g. 'name' or 'create_date desc' [default: id]
    #[arg(long, value_name = "ORDER", value_parser = super::parse::parse_order)]
    pub order: Option<super::Order>,

    /// Output format: csv as the desktop client writes it, or one JSON object a row
    #[arg(short, long, value_enum, default_value = "csv")]
    pub output: ExportFormat,

    /// The header row: field paths (what import reads), the server's labels, or none
    #[arg(long, value_enum, default_value = "names")]
    pub header: Header,

    /// Records per request
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,

    #[command(flatten)]
    pub csv: CsvFileArgs,

    /// CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a ' in
    /// front, so they are not run as formulas (numbers such as -12.50 stay as they are; import
    /// does not take the ' off)
    #[arg(long)]
    pub csv_safe: bool,

    /// Pages asked for at once (written in order; at most N pages held): faster from a server
    /// with several workers (gunicorn, uwsgi); trytond's own one-process server gains nothing
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=16))]
    pub jobs: u64,

    /// Skip this many records first (in --order): resumes an export that stopped, as its error says
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: u64,
}

/// How a CSV file is laid out and encoded, for files that come from or go to a spreadsheet.
#[derive(Debug, Args)]
pub struct CsvFileArgs {
    /// The character between columns: , ; | or tab (spreadsheets set to a language that writes
    /// decimal commas save CSV with ;)
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// The file's character encoding, a WHATWG label such as utf-8, windows-1252, latin1,
    /// iso-8859-15, shift_jis (what spreadsheets on Windows save as "CSV" is often windows-1252)
    #[arg(long, value_name = "LABEL", default_value = "utf-8", value_parser = parse_encoding)]
    pub encoding: &'static encoding_rs::Encoding,
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "," | ";" | "|" | ":" => Ok(text.as_bytes()[0]),
        "\\t" | "\t" | "tab" | "TAB" => Ok(b'\t'),
        _ => Err(format!("'{text}' is not a delimiter: use , ; | or tab")),
    }
}

fn parse_encoding(label: &str) -> Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "'{label}' is not an encoding label: use e.g. utf-8, windows-1252, latin1, iso-8859-15"
        )
    })
}

pub use crate::output::ExportFormat;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Header {
    Names,
    Labels,
    None,
}

/// `import`'s long help: what `import --help` says after the one-line summary.
pub const IMPORT_ABOUT: &str = "Import a CSV file into a model with trytond's own import_data, as the \
desktop client does: a header row of field paths (name, addresses/city; '.' works too, and so do \
the labels 'export --header labels' writes), an 'id' column to update records instead of \
creating them, relations matched by their name (trytond's rule; ambiguous names are its error), \
and one2many/many2many values on continuation rows (rows whose top-level columns are empty). \
Records go in batches of --batch-size records, one transaction each, or all in one with \
--atomic. A failed batch leaves nothing behind: the error names the file's line and column and \
says how to go on with --skip-records. --check reads the whole file and checks its columns and \
values against the model without sending anything.";

/// `import --help`'s closing lines: examples (and exit codes where they differ).
pub const IMPORT_EXAMPLES: &str = "Examples:
  tryton-cli export party.party -f name,addresses/city > parties.csv
  tryton-cli import party.party parties.csv --check
  tryton-cli import party.party parties.csv --batch-size 500
  tryton-cli import party.party parties.csv --skip-records 1500   # after a failed batch";

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Model name, e.g. party.party
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// CSV file with a header row of field paths (as export writes it), or - for stdin
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Records per import_data call (one transaction each), cut at record boundaries
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_size: u64,

    /// The whole file in one call: all or nothing (as the desktop client)
    #[arg(long, conflicts_with = "batch_size")]
    pub atomic: bool,

    /// Read the whole file and check its columns and values against the model; send nothing
    #[arg(long)]
    pub check: bool,

    /// Skip this many records first (to continue after a failed batch)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub skip_records: u64,

    #[command(flatten)]
    pub csv: CsvFileArgs,
}
