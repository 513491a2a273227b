//! The arguments of `report`, `wizard` and `button`: what an operator does from the desktop
//! client's toolbar, from the shell.

use std::path::PathBuf;

use clap::{ArgAction, Args};
use clap_complete::engine::ArgValueCompleter;

/// `report`'s long help: what `report --help` says after the one-line summary.
pub const REPORT_ABOUT: &str = "Run a report (report.NAME.execute) on records and write the document the \
server makes, decoded, to a file: by default the name the server gives it (the report's name \
and the records' names, then its extension), made safe for a file name (no path separators, no \
leading dot), in the current directory, never replacing a file without --force; -O FILE names the \
file (replaced if it exists), and -O - writes the bytes to standard output (not to a terminal). A \
report over several records that the server prints one per record comes back as a zip, written as \
it is. The records' model is the report's own (ir.action.report); a report that names none needs \
--model. The path written is printed on stderr (not with -q). The server's warnings are asked on \
a terminal, accepted with --yes, refused otherwise.";

/// `report --help`'s closing lines: examples (and exit codes where they differ).
pub const REPORT_EXAMPLES: &str = "Examples:
  tryton-cli report party.label 1,2                     # Labels-ACME-Bolt.odt here
  tryton-cli report party.label 1,2 -O labels.odt
  tryton-cli report party.label 7 -O - | lp             # the bytes on stdout
  tryton-cli report party.label 7 --context '{\"language\": \"fr\"}' --force";

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Report name (the report_name of ir.action.report), e.g. party.label
    #[arg(add = ArgValueCompleter::new(crate::complete::report_names))]
    pub name: String,

    /// Record ids, comma-separated ('' for a report over no record)
    #[arg(value_name = "IDS", value_parser = super::parse::parse_ids)]
    pub ids: super::Ids,

    /// Write the report to FILE (replaced if it exists), or to standard output with -
    /// [default: the server's file name, in the current directory]
    #[arg(short = 'O', long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    /// The records' model, for a report that names none (ir.action.report's model)
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// More data for the report, a JSON object merged over {"model", "id", "ids"}
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_data)]
    pub data: Option<serde_json::Map<String, serde_json::Value>>,

    /// Replace the file the server's name points at, if it exists
    #[arg(long)]
    pub force: bool,

    /// A JSON object merged over the user's context (e.g. '{"language": "fr"}')
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `wizard`'s long help: what `wizard --help` says after the one-line summary.
pub const WIZARD_ABOUT: &str = "Run a wizard (wizard.NAME) on records as the desktop client does: create \
a session, execute the start state with the records as active_model/active_id/active_ids, and \
follow what the server answers. Each view the wizard shows is filled with its defaults and the \
values given for that state in --data ({\"state\": {\"field\": value}}, typed by field: a \
many2one takes an id or a name), then the button named by the next --state is pressed; a \
required field left empty is an error that names it (exit 3), and so is a view with no --state \
left (the error says what the view asks for and which buttons it has). On a terminal both are \
asked for instead. The actions \
the wizard returns are printed as JSON. The wizard session is always deleted at the end: after \
success, after an error, and on Ctrl-C. The records' model defaults to the wizard action's \
model (ir.action.wizard). The server's warnings are asked on a terminal, accepted with --yes, \
refused otherwise.";

/// `wizard --help`'s closing lines: examples (and exit codes where they differ).
pub const WIZARD_EXAMPLES: &str = "Examples:
  tryton-cli wizard party.replace --ids 12 --data '{\"ask\": {\"destination\": 7}}' --state replace
  tryton-cli wizard party.replace --model party.party --ids 12 --yes \\
      --data '{\"ask\": {\"source\": 12, \"destination\": \"ACME\"}}' --state replace
  tryton-cli wizard party.replace --ids 12          # shows what its first view asks for";

#[derive(Debug, Args)]
pub struct WizardArgs {
    /// Wizard name (the wiz_name of ir.action.wizard), e.g. party.replace
    #[arg(add = ArgValueCompleter::new(crate::complete::wizard_names))]
    pub name: String,

    /// The records the wizard runs on (active_ids), comma-separated
    #[arg(long, value_name = "IDS", value_parser = super::parse::parse_ids)]
    pub ids: Option<super::Ids>,

    /// The records' model (active_model) [default: the wizard action's model]
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// The button to press on the view the wizard shows; repeat it for each view, in order
    #[arg(long = "state", value_name = "STATE", action = ArgAction::Append)]
    pub states: Vec<String>,

    /// Values of the views' fields, by state: '{"ask": {"source": 12, "destination": "ACME"}}'
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_data)]
    pub data: Option<serde_json::Map<String, serde_json::Value>>,

    /// A JSON object merged over the user's context (e.g. '{"language": "fr"}')
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `button`'s long help: what `button --help` says after the one-line summary.
pub const BUTTON_ABOUT: &str = "Press a button of records of a model: calls model.MODEL.NAME with the \
ids and the user's context, as the desktop client does for a form's button, and prints what the \
button returns as JSON (nothing when it returns nothing). Only the buttons the model declares \
(its form view's and ir.model.button's) are pressed: another name, delete or copy included, is \
exit 1 with the model's buttons listed. A button with a confirm text is asked like delete: on a \
terminal, with --yes elsewhere (else exit 3, nothing sent). The server's warnings are asked on a \
terminal, accepted with --yes, refused otherwise; an unknown model or button, and the server's \
errors, are one line with exit 1.";

/// `button --help`'s closing lines: examples (and exit codes where they differ).
pub const BUTTON_EXAMPLES: &str = "Examples:
  tryton-cli button ir.cron run_once 3
  tryton-cli button ir.module activate 12 --yes";

#[derive(Debug, Args)]
pub struct ButtonArgs {
    /// Model name, e.g. ir.cron
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Button name, one the model declares, e.g. run_once
    #[arg(add = ArgValueCompleter::new(crate::complete::button_names))]
    pub name: String,

    /// Record ids, comma-separated
    #[arg(value_name = "IDS", value_parser = super::parse::parse_ids)]
    pub ids: super::Ids,

    /// A JSON object merged over the user's context (e.g. '{"language": "fr"}')
    #[arg(long, value_name = "JSON", value_parser = super::parse::parse_context)]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
}
