//! `tryton-cli module`: the database's modules (`ir.module`) over RPC — list them, and activate,
//! upgrade or deactivate them with a preflight, a plan, a confirmation, the run (the module
//! button, then the server's `ir.module.activate_upgrade` wizard, as the desktop client and
//! proteus do) and a check of the states afterwards.
//!
//! `plan.rs`: the modules as the server lists them and what a change would do; `preflight.rs`: the
//! checks before a change (nothing pending, no cron job running); `run.rs`: the change itself, and
//! `module cancel`.

mod plan;
mod preflight;
mod run;

use serde_json::{Value, json};

use crate::cli::{ModuleAction, ModuleArgs};
use crate::config::Settings;
use crate::exit::ExitCode;
use crate::output::Output;
use crate::session::{Authenticated, Sessions};
use plan::{Modules, Op};

pub(super) const ACTIVATED: &str = "activated";
pub(super) const NOT_ACTIVATED: &str = "not activated";
/// The states a module is left in between its button and the wizard that applies it.
pub(super) const PENDING: [&str; 3] = ["to activate", "to upgrade", "to remove"];
pub(super) const WIZARD: &str = "ir.module.activate_upgrade";

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ModuleArgs,
) -> anyhow::Result<ExitCode> {
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    match &args.action {
        ModuleAction::List(list) => {
            let modules = Modules::read(&mut session)?;
            let rows: Vec<Value> = modules
                .all
                .values()
                .filter(|m| list.pattern.as_ref().is_none_or(|p| m.name.contains(p)))
                .map(|m| {
                    json!({
                        "name": m.name,
                        "state": m.state,
                        "version": m.version,
                        "depends": m.depends,
                    })
                })
                .collect();
            let columns = ["name", "state", "version", "depends"].map(String::from);
            out.records(
                list.output.output,
                &columns,
                list.output.style(),
                &Value::Array(rows),
            )?;
            Ok(ExitCode::Success)
        }
        ModuleAction::Activate(change) => {
            run::run_change(settings, session, out, Op::Activate, change)
        }
        ModuleAction::Upgrade(change) => {
            run::run_change(settings, session, out, Op::Upgrade, change)
        }
        ModuleAction::Deactivate(change) => {
            run::run_change(settings, session, out, Op::Deactivate, change)
        }
        ModuleAction::Cancel(cancel) => run::run_cancel(&mut session, &cancel.names),
    }
}
