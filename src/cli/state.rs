//! The arguments of configuration as code: `plan`, `apply`, `state export`, `diff` and `sync`
//! (records declared in a YAML or JSON file, found on the server by natural keys).

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

/// `plan`'s long help: what `plan --help` says after the one-line summary.
pub const PLAN_ABOUT: &str = "Compare the records a file declares (YAML, or JSON in the same shape) \
with the server and show what 'apply' would change, as Terraform's plan does: + to create, ~ to \
change (field: old -> new), - to delete, and the children the file does not mention (kept). \
Records are found by natural keys (a model's default key, or the block's key:), never by XML-ID \
or id, so one file serves several databases. Nothing is written. See docs/GUIDE.md \
(\"Configuration as code\") for the file format.";

/// `plan --help`'s closing lines.
pub const PLAN_EXAMPLES: &str = "Examples:
  tryton-cli plan setup.yaml
  tryton-cli plan setup.yaml --detailed-exitcode   # 0: nothing to do, 5: changes pending
  tryton-cli plan setup.yaml --out setup.plan && tryton-cli apply setup.plan";

/// `apply`'s long help.
pub const APPLY_ABOUT: &str = "Make the server match a file (or a plan saved by 'plan --out'): plans \
first, shows the plan, asks on a terminal (elsewhere it needs --yes, or exits 3 having sent \
nothing), then creates level by level (references first), writes only the fields that differ \
(one write per model, refused if a record changed since it was read), and deletes last. An \
interrupted or failed apply is safe to run again: it plans anew and never creates a record \
twice. A saved plan is refused when the server no longer matches it.";

/// `apply --help`'s closing lines.
pub const APPLY_EXAMPLES: &str = "Examples:
  tryton-cli apply setup.yaml
  tryton-cli apply setup.yaml --yes            # in CI: no question
  tryton-cli apply setup.plan --yes            # exactly what 'plan --out setup.plan' showed";

/// `state`'s long help.
pub const STATE_ABOUT: &str = "Write the records that exist on the server as a file 'plan' and \
'apply' read: a start for configuration as code. Planning the file at once shows no change.";

/// `state --help`'s closing lines.
pub const STATE_EXAMPLES: &str = "Examples:
  tryton-cli state export party.category > categories.yaml
  tryton-cli state export party.party --where 'code like C%' --children addresses > parties.yaml";

/// `diff`'s long help.
pub const DIFF_ABOUT: &str = "Compare two databases (or servers), given as profiles of the config \
file: the records of --from are exported as 'state export' writes them and planned against --to. \
MODEL arguments take all the model's records (a record only on --to shows as -); a FILE takes its \
blocks' models with the keys and fields the file declares, all records or those of a block's \
prune domain (deleted on --to only inside it). Read-only; exit 0 when they match, 5 when they \
differ.";

/// `diff --help`'s closing lines.
pub const DIFF_EXAMPLES: &str = "Examples:
  tryton-cli diff --from staging --to production party.category
  tryton-cli diff --from staging --to production setup.yaml";

/// `sync`'s long help.
pub const SYNC_ABOUT: &str = "Make --to match --from for the records of a file or of the models named: \
the plan 'diff' shows, applied to --to with apply's guards (asks on a terminal, --yes elsewhere).";

/// `sync --help`'s closing lines.
pub const SYNC_EXAMPLES: &str = "Examples:
  tryton-cli sync --from staging --to production party.category --yes";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    /// Terraform-like lines: + ~ - and a summary
    Text,
    /// One JSON object: the changes, the kept children and the counts
    Json,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The file of declared records (YAML or JSON); - reads standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// How the plan is shown
    #[arg(short, long, value_enum, default_value = "text")]
    pub output: PlanFormat,

    /// Also save the plan to this file, for 'apply PLANFILE'
    #[arg(long, value_name = "PLANFILE")]
    pub out: Option<PathBuf>,

    /// Exit 5 when there are changes to apply (0 when there are none), as terraform plan
    #[arg(long)]
    pub detailed_exitcode: bool,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The file of declared records (YAML or JSON), or a plan saved by 'plan --out'
    #[arg(value_name = "FILE|PLANFILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct StateArgs {
    #[command(subcommand)]
    pub action: StateAction,
}

#[derive(Debug, Subcommand)]
pub enum StateAction {
    /// Write the records of a model as a file that plan/apply read (YAML)
    Export(StateExportArgs),
}

#[derive(Debug, Args)]
pub struct StateExportArgs {
    /// Model name, e.g. party.category
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Only the records this domain matches (short form or JSON, as for search)
    #[arg(long = "where", value_name = "DOMAIN")]
    pub where_: Option<String>,

    /// The fields written, comma-separated [default: the model's writable fields but one2many,
    /// binary and bookkeeping ones]
    #[arg(
        short,
        long,
        value_name = "FIELDS",
        value_delimiter = ',',
        add = ArgValueCompleter::new(crate::complete::field_names)
    )]
    pub fields: Vec<String>,

    /// One2many fields whose records are written inside their parent, keyed there
    #[arg(long, value_name = "FIELD", value_delimiter = ',', num_args = 1..)]
    pub children: Vec<String>,

    /// The natural key, comma-separated [default: the model's default key]
    #[arg(long, value_name = "FIELDS", value_delimiter = ',')]
    pub key: Vec<String>,

    /// Write JSON instead of YAML
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The profile (config file) whose records are the reference
    #[arg(long, value_name = "PROFILE", add = ArgValueCompleter::new(crate::complete::profile_names))]
    pub from: String,

    /// The profile (config file) compared with it
    #[arg(long, value_name = "PROFILE", add = ArgValueCompleter::new(crate::complete::profile_names))]
    pub to: String,

    /// A file of declared records, or model names (each exported whole from --from)
    #[arg(value_name = "FILE|MODEL", required = true)]
    pub what: Vec<String>,

    /// How the plan is shown
    #[arg(short, long, value_enum, default_value = "text")]
    pub output: PlanFormat,
}
