//! A change run: the plan shown and confirmed, the button pressed, the wizard run, the states
//! read again; and `module cancel`.

use std::collections::BTreeMap;
use std::time::Instant;

use serde_json::{Value, json};

use crate::cli::ModuleChangeArgs;
use crate::config::Settings;
use crate::confirm::confirm;
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::output::Output;
use crate::rpc::{Layout, one_line};
use crate::session::Authenticated;

use super::WIZARD;
use super::plan::{Module, Modules, Op, plan};
use super::preflight::{refuse_pending, refuse_running_cron};

pub(super) fn run_change(
    settings: &Settings,
    mut session: Authenticated,
    out: &Output,
    op: Op,
    args: &ModuleChangeArgs,
) -> anyhow::Result<ExitCode> {
    // Preflight: another operation half done would be applied by this run's wizard too.
    let modules = Modules::read(&mut session)?;
    refuse_pending(&modules)?;
    refuse_running_cron(&mut session)?;

    let plan = plan(&modules, op, &args.names)?;
    for name in &plan.already {
        log::info!("{name} is already {}", op.target());
    }

    if plan.press.is_empty() {
        log::info!("Nothing to do");
        return Ok(ExitCode::Success);
    }
    for (name, state) in &plan.changes {
        let why = if plan.press.iter().any(|m| &m.name == name) {
            ""
        } else if op == Op::Activate {
            " (a dependency)"
        } else {
            " (depends on it)"
        };
        out.line(format!(
            "{} {name}: {state} -> {}{why}",
            op.button(),
            op.target()
        ))?;
    }
    let database = session.info.database.clone();
    if args.dry_run {
        log::info!(
            "Dry run: {} module(s) would be {} on {database}; nothing was changed",
            plan.changes.len(),
            op.done()
        );
        return Ok(ExitCode::Success);
    }
    confirm(
        &format!(
            "{} {} module(s) on database {database}",
            op.button(),
            plan.changes.len()
        ),
        settings.assume_yes,
        out.term().can_prompt,
    )?;

    let started = Instant::now();
    let context = session.context().clone();
    let ids: Vec<i64> = plan.press.iter().map(|m| m.id).collect();
    session
        .call(
            &format!("model.ir.module.{}", op.button()),
            &json!([ids, context]),
        )
        .map_err(|err| with_cancel_hint(err, false))?;
    log::info!("Applying (the server runs the update now; this may take minutes)...");
    super::super::wizard::run_states(&mut session, WIZARD, &["upgrade", "next_"])
        .map_err(|err| with_cancel_hint(err, true))?;

    // Verify: every module of the plan must now be in the target state.
    let after = Modules::read(&mut session)?;
    let wrong: Vec<String> = plan
        .changes
        .iter()
        .filter_map(|(name, _)| after.all.get(name))
        .filter(|m| m.state != op.target())
        .map(|m| format!("{} is {}", m.name, m.state))
        .collect();
    if !wrong.is_empty() {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!(
                "the run ended, but {}; clear what is pending with 'tryton-cli module cancel'",
                wrong.join(", ")
            ),
        )
        .into());
    }
    if !settings.quiet {
        log::info!(
            "{} module(s) {} in {:.1} s",
            plan.changes.len(),
            op.done(),
            started.elapsed().as_secs_f64()
        );
        for item in open_config_wizards(&mut session) {
            log::info!("setup wizard to run (in the desktop client): {item}");
        }
    }
    Ok(ExitCode::Success)
}

/// An error of the run, with what to do about the modules it may have left pending.
fn with_cancel_hint(err: anyhow::Error, applying: bool) -> anyhow::Error {
    let code = exit_code_of(&err);
    let text = one_line(&format!("{err:#}"));
    let hint = if code == ExitCode::NoAnswer && applying {
        "the server may still be applying it: check 'tryton-cli module list', then clear what is left pending with 'tryton-cli module cancel'"
    } else {
        "modules may be left pending: clear them with 'tryton-cli module cancel'"
    };
    Failure::retelling(&err, format!("{text}; {hint}")).into()
}

/// The setup wizards the server queued (`ir.module.config_wizard.item` still open), by name;
/// none when they cannot be read.
fn open_config_wizards(session: &mut Authenticated) -> Vec<String> {
    let context = session.context().clone();
    let Ok(rows) = session.call(
        "model.ir.module.config_wizard.item.search_read",
        &json!([
            [["state", "=", "open"]],
            0,
            null,
            null,
            ["action.rec_name"],
            context
        ]),
    ) else {
        return Vec::new();
    };
    rows.value
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|row| row.pointer("/action./rec_name").and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

pub(super) fn run_cancel(
    session: &mut Authenticated,
    names: &[String],
) -> anyhow::Result<ExitCode> {
    let modules = Modules::read(session)?;
    let unknown: Vec<&str> = names
        .iter()
        .filter(|name| !modules.all.contains_key(*name))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!("unknown module(s): {}", unknown.join(", ")),
        )
        .into());
    }
    let pending: Vec<&Module> = modules
        .pending()
        .into_iter()
        .filter(|m| names.is_empty() || names.contains(&m.name))
        .collect();
    if pending.is_empty() {
        log::info!("Nothing to cancel: no module operation is pending");
        return Ok(ExitCode::Success);
    }
    let context = session.context().clone();
    // 8.x has one `cancel` button; 7.0 one per pending state.
    let mut by_button: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for module in &pending {
        let button = match (session.info.layout, module.state.as_str()) {
            (Some(Layout::Root), "to activate") => "activate_cancel",
            (Some(Layout::Root), "to upgrade") => "upgrade_cancel",
            (Some(Layout::Root), _) => "deactivate_cancel",
            _ => "cancel",
        };
        by_button.entry(button).or_default().push(module.id);
    }
    for (button, ids) in by_button {
        session.call(&format!("model.ir.module.{button}"), &json!([ids, context]))?;
    }
    let listed: Vec<String> = pending
        .iter()
        .map(|m| format!("{} ({})", m.name, m.state))
        .collect();
    log::info!("Cancelled: {}", listed.join(", "));

    // trytond's cancel of a removal marks the module "not activated" although it still is (its
    // tables and data are there); its state cannot be written over RPC, so it is activated
    // again: without that the server would leave its models out of its next start.
    let removed: Vec<&str> = pending
        .iter()
        .filter(|m| m.state == "to remove")
        .map(|m| m.name.as_str())
        .collect();
    if !removed.is_empty() {
        log::warn!(
            "the server marks a cancelled removal as not activated: run 'tryton-cli module activate {}' to mark {} activated again (its data is still there)",
            removed.join(" "),
            if removed.len() == 1 { "it" } else { "them" }
        );
    }
    Ok(ExitCode::Success)
}
