//! The arguments of `report`, `wizard` and `button`: what an operator does from the desktop
//! client's toolbar, from the shell.

use std::path::PathBuf;

use clap::{ArgAction, Args};
use clap_complete::engine::ArgValueCompleter;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Report name (the report_name of ir.action.report), e.g. party.label
    #[arg(add = ArgValueCompleter::new(crate::complete::report_names))]
    pub name: String,

    /// Record ids, comma-separated ('' for a report over no record)
    #[arg(value_name = "IDS")]
    pub ids: String,

    /// Write the report to FILE (replaced if it exists), or to standard output with -
    /// [default: the server's file name, in the current directory]
    #[arg(short = 'O', long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    /// The records' model, for a report that names none (ir.action.report's model)
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// More data for the report, a JSON object merged over {"model", "id", "ids"}
    #[arg(long, value_name = "JSON")]
    pub data: Option<String>,

    /// Replace the file the server's name points at, if it exists
    #[arg(long)]
    pub force: bool,

    /// A JSON object merged over the user's context (e.g. '{"language": "fr"}')
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,
}

#[derive(Debug, Args)]
pub struct WizardArgs {
    /// Wizard name (the wiz_name of ir.action.wizard), e.g. party.replace
    #[arg(add = ArgValueCompleter::new(crate::complete::wizard_names))]
    pub name: String,

    /// The records the wizard runs on (active_ids), comma-separated
    #[arg(long, value_name = "IDS")]
    pub ids: Option<String>,

    /// The records' model (active_model) [default: the wizard action's model]
    #[arg(long, value_name = "MODEL")]
    pub model: Option<String>,

    /// The button to press on the view the wizard shows; repeat it for each view, in order
    #[arg(long = "state", value_name = "STATE", action = ArgAction::Append)]
    pub states: Vec<String>,

    /// Values of the views' fields, by state: '{"ask": {"source": 12, "destination": "ACME"}}'
    #[arg(long, value_name = "JSON")]
    pub data: Option<String>,

    /// A JSON object merged over the user's context (e.g. '{"language": "fr"}')
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,
}

#[derive(Debug, Args)]
pub struct ButtonArgs {
    /// Model name, e.g. ir.cron
    #[arg(add = ArgValueCompleter::new(crate::complete::model_names))]
    pub model: String,

    /// Button name, one the model declares, e.g. run_once
    #[arg(add = ArgValueCompleter::new(crate::complete::button_names))]
    pub name: String,

    /// Record ids, comma-separated
    #[arg(value_name = "IDS")]
    pub ids: String,

    /// A JSON object merged over the user's context (e.g. '{"language": "fr"}')
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,
}
