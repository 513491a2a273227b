//! `tryton-cli module`: the database's modules (`ir.module`) over RPC — list them, and activate,
//! upgrade or deactivate them with a preflight, a plan, a confirmation, the run (the module
//! button, then the server's `ir.module.activate_upgrade` wizard, as the desktop client and
//! proteus do) and a check of the states afterwards.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::cli::{ModuleAction, ModuleArgs, ModuleChangeArgs};
use crate::config::Settings;
use crate::confirm::confirm;
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::output::Output;
use crate::rpc::{Layout, one_line};
use crate::session::{Authenticated, Sessions};

const ACTIVATED: &str = "activated";
const NOT_ACTIVATED: &str = "not activated";
/// The states a module is left in between its button and the wizard that applies it.
const PENDING: [&str; 3] = ["to activate", "to upgrade", "to remove"];
const WIZARD: &str = "ir.module.activate_upgrade";

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
        ModuleAction::Activate(change) => run_change(settings, session, out, Op::Activate, change),
        ModuleAction::Upgrade(change) => run_change(settings, session, out, Op::Upgrade, change),
        ModuleAction::Deactivate(change) => {
            run_change(settings, session, out, Op::Deactivate, change)
        }
        ModuleAction::Cancel(cancel) => run_cancel(&mut session, &cancel.names),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Activate,
    Upgrade,
    Deactivate,
}

impl Op {
    /// The `ir.module` button.
    fn button(self) -> &'static str {
        match self {
            Op::Activate => "activate",
            Op::Upgrade => "upgrade",
            Op::Deactivate => "deactivate",
        }
    }

    /// The state every module of the plan is in once the run is done.
    fn target(self) -> &'static str {
        match self {
            Op::Activate | Op::Upgrade => ACTIVATED,
            Op::Deactivate => NOT_ACTIVATED,
        }
    }

    fn done(self) -> &'static str {
        match self {
            Op::Activate => "activated",
            Op::Upgrade => "upgraded",
            Op::Deactivate => "deactivated",
        }
    }
}

/// A module as `ir.module` and `ir.module.dependency` describe it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Module {
    id: i64,
    name: String,
    state: String,
    version: String,
    /// The modules it depends on, by name.
    depends: Vec<String>,
}

#[derive(Deserialize)]
struct ModuleRow {
    id: i64,
    name: String,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    version: Option<String>,
}

#[derive(Deserialize)]
struct DependencyRow {
    module: Option<i64>,
    name: String,
}

/// Every module of the database, by name.
struct Modules {
    all: BTreeMap<String, Module>,
}

impl Modules {
    fn read(session: &mut Authenticated) -> anyhow::Result<Modules> {
        let context = session.context().clone();
        let rows = session.call(
            "model.ir.module.search_read",
            &json!([
                [],
                0,
                null,
                [["name", "ASC"]],
                ["name", "state", "version"],
                context
            ]),
        )?;
        let rows: Vec<ModuleRow> = serde_json::from_value(rows.value).map_err(|err| {
            Failure::new(
                ExitCode::ServerError,
                format!("ir.module answered something else than modules: {err}"),
            )
        })?;
        let dependencies = session.call(
            "model.ir.module.dependency.search_read",
            &json!([[], 0, null, [["name", "ASC"]], ["module", "name"], context]),
        )?;
        let dependencies: Vec<DependencyRow> =
            serde_json::from_value(dependencies.value).unwrap_or_default();
        let mut by_id: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        for dependency in dependencies {
            if let Some(module) = dependency.module {
                by_id.entry(module).or_default().push(dependency.name);
            }
        }
        Ok(Modules::from_rows(rows, by_id))
    }

    fn from_rows(rows: Vec<ModuleRow>, mut depends: BTreeMap<i64, Vec<String>>) -> Modules {
        let all = rows
            .into_iter()
            .map(|row| {
                let module = Module {
                    id: row.id,
                    depends: depends.remove(&row.id).unwrap_or_default(),
                    name: row.name,
                    state: row.state.unwrap_or_default(),
                    version: row.version.unwrap_or_default(),
                };
                (module.name.clone(), module)
            })
            .collect();
        Modules { all }
    }

    fn pending(&self) -> Vec<&Module> {
        self.all
            .values()
            .filter(|m| PENDING.contains(&m.state.as_str()))
            .collect()
    }

    /// The modules `names` need, transitively (the names themselves included).
    fn ancestors(&self, names: &[&str]) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        while let Some(name) = todo.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(module) = self.all.get(&name) {
                todo.extend(module.depends.iter().cloned());
            }
        }
        seen
    }

    /// The modules that need `names`, transitively (the names themselves included).
    fn descendants(&self, names: &[&str]) -> BTreeSet<String> {
        let mut seen: BTreeSet<String> = names.iter().map(|n| n.to_string()).collect();
        loop {
            let more: Vec<String> = self
                .all
                .values()
                .filter(|m| !seen.contains(&m.name))
                .filter(|m| m.depends.iter().any(|d| seen.contains(d)))
                .map(|m| m.name.clone())
                .collect();
            if more.is_empty() {
                return seen;
            }
            seen.extend(more);
        }
    }
}

/// What a run would do: the modules whose button is pressed, and every module that changes.
#[derive(Debug, PartialEq, Eq)]
struct Plan {
    /// The named modules the button is pressed on (the others already are as asked).
    press: Vec<Module>,
    /// Every module that changes (the dependencies included): name, state now.
    changes: Vec<(String, String)>,
    /// Named modules that already are in the state asked for.
    already: Vec<String>,
}

/// The plan for `op` on `names`, from the modules as they are; an unknown name, a module in the
/// wrong state for `op`, or a deactivation that activated modules still need, is refused.
fn plan(modules: &Modules, op: Op, names: &[String]) -> Result<Plan, Failure> {
    let unknown: Vec<&str> = names
        .iter()
        .filter(|name| !modules.all.contains_key(*name))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!(
                "unknown module(s): {}; the server knows only the modules it listed from its disk \
(see 'tryton-cli module list'): after installing a module, run 'trytond-admin --update-modules-list' on its host",
                unknown.join(", ")
            ),
        ));
    }
    let named: Vec<&Module> = {
        let mut seen = BTreeSet::new();
        names
            .iter()
            .filter(|name| seen.insert(name.as_str()))
            .filter_map(|name| modules.all.get(name))
            .collect()
    };
    let mut press = Vec::new();
    let mut already = Vec::new();
    let mut changes = Vec::new();
    match op {
        Op::Activate => {
            for module in named {
                match module.state.as_str() {
                    NOT_ACTIVATED => press.push(module.clone()),
                    _ => already.push(module.name.clone()),
                }
            }
            let pressed: Vec<&str> = press.iter().map(|m| m.name.as_str()).collect();
            for name in modules.ancestors(&pressed) {
                if let Some(module) = modules.all.get(&name)
                    && module.state == NOT_ACTIVATED
                {
                    changes.push((name, module.state.clone()));
                }
            }
        }
        Op::Upgrade => {
            let not_active: Vec<&str> = named
                .iter()
                .filter(|m| m.state != ACTIVATED)
                .map(|m| m.name.as_str())
                .collect();
            if !not_active.is_empty() {
                return Err(Failure::new(
                    ExitCode::ServerError,
                    format!(
                        "not activated, so not upgraded: {}; activate with 'tryton-cli module activate {}'",
                        not_active.join(", "),
                        not_active.join(" ")
                    ),
                ));
            }
            press = named.into_iter().cloned().collect();
            let pressed: Vec<&str> = press.iter().map(|m| m.name.as_str()).collect();
            for name in modules.descendants(&pressed) {
                if let Some(module) = modules.all.get(&name)
                    && module.state == ACTIVATED
                {
                    changes.push((name, module.state.clone()));
                }
            }
        }
        Op::Deactivate => {
            for module in named {
                match module.state.as_str() {
                    ACTIVATED => press.push(module.clone()),
                    _ => already.push(module.name.clone()),
                }
            }
            let pressed: BTreeSet<&str> = press.iter().map(|m| m.name.as_str()).collect();
            let mut needed: Vec<String> = Vec::new();
            for module in modules.all.values() {
                if pressed.contains(module.name.as_str()) || module.state == NOT_ACTIVATED {
                    continue;
                }
                for depend in &module.depends {
                    if pressed.contains(depend.as_str()) {
                        needed.push(format!("{} needs {depend}", module.name));
                    }
                }
            }
            if !needed.is_empty() {
                return Err(Failure::new(
                    ExitCode::ServerError,
                    format!(
                        "cannot deactivate: activated modules depend on it ({}); deactivate those first",
                        needed.join(", ")
                    ),
                ));
            }
            changes = press
                .iter()
                .map(|m| (m.name.clone(), m.state.clone()))
                .collect();
        }
    }
    Ok(Plan {
        press,
        changes,
        already,
    })
}

fn run_change(
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
    super::wizard::run_states(&mut session, WIZARD, &["upgrade", "next_"])
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
    Failure::new(code, format!("{text}; {hint}")).into()
}

fn refuse_pending(modules: &Modules) -> anyhow::Result<()> {
    let pending = modules.pending();
    if pending.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = pending
        .iter()
        .map(|m| format!("{} ({})", m.name, m.state))
        .collect();
    Err(Failure::new(
        ExitCode::ServerError,
        format!(
            "another module operation is pending: {}; clear it with 'tryton-cli module cancel' (or finish it), then run this again",
            listed.join(", ")
        ),
    )
    .into())
}

/// On 8.x a scheduled action that is running would race the update (its code may be replaced
/// under it); 7.0 does not say whether one runs.
fn refuse_running_cron(session: &mut Authenticated) -> anyhow::Result<()> {
    if session.info.layout == Some(Layout::Root) {
        return Ok(());
    }
    let context = session.context().clone();
    let fields = crate::schema::fields_get("ir.cron", &context, |method, params| {
        Ok(session.call(method, params)?.value)
    })?;
    if !fields.contains_key("running") {
        return Ok(());
    }
    let rows = session.call(
        "model.ir.cron.search_read",
        &json!([
            [["active", "=", true]],
            0,
            null,
            null,
            ["running", "rec_name"],
            context
        ]),
    )?;
    let running: Vec<String> = rows
        .value
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter(|row| row["running"] == json!(true))
        .map(|row| row["rec_name"].as_str().unwrap_or_default().to_string())
        .collect();
    if running.is_empty() {
        return Ok(());
    }
    Err(Failure::new(
        ExitCode::ServerError,
        format!(
            "a scheduled action is running ({}); run this again when it is done (see 'tryton-cli cron')",
            running.join(", ")
        ),
    )
    .into())
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

fn run_cancel(session: &mut Authenticated, names: &[String]) -> anyhow::Result<ExitCode> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn modules() -> Modules {
        let row = |id, name: &str, state: &str| ModuleRow {
            id,
            name: name.into(),
            state: Some(state.into()),
            version: None,
        };
        let depends = BTreeMap::from([
            (1, vec![]),
            (2, vec!["ir".to_string()]),
            (3, vec!["country".to_string()]),
            (4, vec!["party".to_string(), "country".to_string()]),
            (5, vec!["ir".to_string()]),
        ]);
        Modules::from_rows(
            vec![
                row(1, "ir", ACTIVATED),
                row(2, "country", ACTIVATED),
                row(3, "party", NOT_ACTIVATED),
                row(4, "sale", NOT_ACTIVATED),
                row(5, "sms", NOT_ACTIVATED),
            ],
            depends,
        )
    }

    #[test]
    fn activating_plans_the_not_activated_dependencies_too() {
        let plan = plan(&modules(), Op::Activate, &["sale".into()]).unwrap();
        assert_eq!(plan.press.len(), 1);
        assert_eq!(
            plan.changes,
            vec![
                ("party".to_string(), NOT_ACTIVATED.to_string()),
                ("sale".to_string(), NOT_ACTIVATED.to_string())
            ]
        );
    }

    #[test]
    fn modules_already_in_the_state_asked_for_are_nothing_to_do() {
        let plan = plan(&modules(), Op::Activate, &["country".into(), "ir".into()]).unwrap();
        assert!(plan.press.is_empty() && plan.changes.is_empty());
        assert_eq!(plan.already, vec!["country", "ir"]);
    }

    #[test]
    fn upgrading_plans_the_activated_modules_that_depend_on_it() {
        let plan = plan(&modules(), Op::Upgrade, &["ir".into()]).unwrap();
        let names: Vec<&str> = plan.changes.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["country", "ir"]);
        let refused = plan_err(Op::Upgrade, "sale");
        assert!(refused.contains("not activated"), "{refused}");
    }

    #[test]
    fn deactivating_what_an_activated_module_needs_is_refused() {
        let refused = plan_err(Op::Deactivate, "ir");
        assert!(refused.contains("country needs ir"), "{refused}");
    }

    #[test]
    fn an_unknown_name_is_refused_with_the_update_modules_list_hint() {
        let refused = plan_err(Op::Activate, "nosuch");
        assert!(refused.contains("unknown module(s): nosuch"), "{refused}");
        assert!(refused.contains("--update-modules-list"), "{refused}");
    }

    fn plan_err(op: Op, name: &str) -> String {
        plan(&modules(), op, &[name.to_string()])
            .unwrap_err()
            .to_string()
    }
}
