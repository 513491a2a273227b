//! The modules as `ir.module` lists them, and the plan of a change: what is pressed, what changes.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::json;

use crate::exit::{ExitCode, Failure};
use crate::session::Authenticated;

use super::{ACTIVATED, NOT_ACTIVATED, PENDING};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Op {
    Activate,
    Upgrade,
    Deactivate,
}

impl Op {
    /// The `ir.module` button.
    pub(super) fn button(self) -> &'static str {
        match self {
            Op::Activate => "activate",
            Op::Upgrade => "upgrade",
            Op::Deactivate => "deactivate",
        }
    }

    /// The state every module of the plan is in once the run is done.
    pub(super) fn target(self) -> &'static str {
        match self {
            Op::Activate | Op::Upgrade => ACTIVATED,
            Op::Deactivate => NOT_ACTIVATED,
        }
    }

    pub(super) fn done(self) -> &'static str {
        match self {
            Op::Activate => "activated",
            Op::Upgrade => "upgraded",
            Op::Deactivate => "deactivated",
        }
    }
}

/// A module as `ir.module` and `ir.module.dependency` describe it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Module {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) state: String,
    pub(super) version: String,
    /// The modules it depends on, by name.
    pub(super) depends: Vec<String>,
}

#[derive(Deserialize)]
pub(super) struct ModuleRow {
    pub(super) id: i64,
    pub(super) name: String,
    #[serde(default)]
    pub(super) state: Option<String>,
    #[serde(default)]
    pub(super) version: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct DependencyRow {
    pub(super) module: Option<i64>,
    pub(super) name: String,
}

/// Every module of the database, by name.
pub(super) struct Modules {
    pub(super) all: BTreeMap<String, Module>,
}

impl Modules {
    pub(super) fn read(session: &mut Authenticated) -> anyhow::Result<Modules> {
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

    pub(super) fn from_rows(
        rows: Vec<ModuleRow>,
        mut depends: BTreeMap<i64, Vec<String>>,
    ) -> Modules {
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

    pub(super) fn pending(&self) -> Vec<&Module> {
        self.all
            .values()
            .filter(|m| PENDING.contains(&m.state.as_str()))
            .collect()
    }

    /// The modules `names` need, transitively (the names themselves included).
    pub(super) fn ancestors(&self, names: &[&str]) -> BTreeSet<String> {
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
    pub(super) fn descendants(&self, names: &[&str]) -> BTreeSet<String> {
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
pub(super) struct Plan {
    /// The named modules the button is pressed on (the others already are as asked).
    pub(super) press: Vec<Module>,
    /// Every module that changes (the dependencies included): name, state now.
    pub(super) changes: Vec<(String, String)>,
    /// Named modules that already are in the state asked for.
    pub(super) already: Vec<String>,
}

/// The plan for `op` on `names`, from the modules as they are; an unknown name, a module in the
/// wrong state for `op`, or a deactivation that activated modules still need, is refused.
pub(super) fn plan(modules: &Modules, op: Op, names: &[String]) -> Result<Plan, Failure> {
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
