//! The completers of record names (modules, users, languages, wizards, reports, a model's
//! buttons): what the server lists for the stored session, within the completion budget.

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

use super::{Lookup, candidate, within_budget};

/// The completer of `module activate|upgrade|deactivate|cancel NAME`: the modules the server
/// lists (`ir.module`).
pub fn module_names(current: &OsStr) -> Vec<CompletionCandidate> {
    named(current, &NAMED_MODULES)
}

/// The completer of `user passwd|disable|enable|groups LOGIN`: the users' logins (`res.user`,
/// disabled ones included), described by their names.
pub fn user_logins(current: &OsStr) -> Vec<CompletionCandidate> {
    named(current, &NAMED_USERS)
}

/// The completer of `lang load|unload CODE`: the languages' codes (`ir.lang`), described by
/// their names.
pub fn lang_codes(current: &OsStr) -> Vec<CompletionCandidate> {
    named(current, &NAMED_LANGS)
}

/// The completer of `wizard NAME`: the wizards' names (`ir.action.wizard` `wiz_name`).
pub fn wizard_names(current: &OsStr) -> Vec<CompletionCandidate> {
    named(current, &NAMED_WIZARDS)
}

/// The completer of `report NAME`: the reports' names (`ir.action.report` `report_name`).
pub fn report_names(current: &OsStr) -> Vec<CompletionCandidate> {
    named(current, &NAMED_REPORTS)
}

/// The completer of `button MODEL NAME`: the buttons the model declares (`ir.model.button`),
/// described by their labels.
pub fn button_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str().map(str::to_string) else {
        return Vec::new();
    };
    within_budget(move || {
        let mut lookup = Lookup::open()?;
        let model = lookup.model.clone()?;
        let names = lookup.buttons(&model)?;
        Some(
            names
                .into_iter()
                .filter(|(name, _)| name.starts_with(&prefix))
                .map(|(name, description)| candidate(name, description))
                .collect(),
        )
    })
}

/// Where the names of a kind of record come from: its model, the field completed, the field
/// that describes it.
pub(crate) struct NamedKind {
    pub(crate) key: &'static str,
    pub(crate) model: &'static str,
    pub(crate) name: &'static str,
    pub(crate) description: Option<&'static str>,
}

const NAMED_MODULES: NamedKind = NamedKind {
    key: "modules",
    model: "ir.module",
    name: "name",
    description: None,
};
const NAMED_USERS: NamedKind = NamedKind {
    key: "users",
    model: "res.user",
    name: "login",
    description: Some("name"),
};
const NAMED_LANGS: NamedKind = NamedKind {
    key: "langs",
    model: "ir.lang",
    name: "code",
    description: Some("name"),
};

const NAMED_WIZARDS: NamedKind = NamedKind {
    key: "wizards",
    model: "ir.action.wizard",
    name: "wiz_name",
    description: Some("name"),
};
const NAMED_REPORTS: NamedKind = NamedKind {
    key: "reports",
    model: "ir.action.report",
    name: "report_name",
    description: Some("name"),
};

fn named(current: &OsStr, kind: &'static NamedKind) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str().map(str::to_string) else {
        return Vec::new();
    };
    within_budget(move || {
        let mut lookup = Lookup::open()?;
        let names = lookup.named(kind)?;
        Some(
            names
                .into_iter()
                .filter(|(name, _)| name.starts_with(&prefix))
                .map(|(name, description)| candidate(name, description))
                .collect(),
        )
    })
}
