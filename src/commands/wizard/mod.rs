//! `tryton-cli wizard`: run a wizard end to end, as the desktop client drives one
//! (`tryton/gui/window/wizard.py`) and proteus scripts one: `create` a session, `execute` the
//! start state with the records in the context, and for each view the server shows, send the
//! view's values (its defaults and values, then what `--data` gives for that state) with the
//! button state to run; stop when the server shows no view. The session is always deleted
//! (`delete`), after success, after an error, and on Ctrl-C.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::report::action_rows;
use crate::cli::WizardArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::rpc::{self, Fault};
use crate::session::{Authenticated, Sessions};
use crate::values::Coercer;

mod interrupt;
mod session;
mod view;

use session::Wizard;

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &WizardArgs,
) -> anyhow::Result<ExitCode> {
    let ids = args.ids.as_ref().map(|ids| ids.0.clone());
    let extra_context = args.context.clone().unwrap_or_default();
    let mut given = BTreeMap::new();
    for (state, values) in args.data.clone().unwrap_or_default() {
        let Value::Object(values) = values else {
            return Err(Failure::usage(format!(
                "--data gives the values of each view by state, as {{\"{state}\": {{\"field\": value}}}}; '{state}' is not an object"
            ))
            .into());
        };
        given.insert(state, values);
    }
    let can_prompt = out.term().can_prompt;
    let mut session = Authenticated::open(settings, sessions, can_prompt)?;
    let action = wizard_action(
        &mut session,
        &args.name,
        args.model.as_deref(),
        ids.is_some(),
    )?;
    let context = session.context_with(extra_context);
    // What the desktop client adds for `execute`: the records the wizard runs on, and its action.
    let mut active = context.clone();
    if let Value::Object(active) = &mut active {
        active.insert("active_model".into(), json!(action.model));
        active.insert(
            "active_id".into(),
            json!(ids.as_ref().and_then(|ids| ids.first())),
        );
        active.insert("active_ids".into(), json!(ids));
        active.insert("action_id".into(), json!(action.id));
    }

    let prefix = format!("wizard.{}", args.name);
    let mut wizard = Wizard {
        name: &args.name,
        prefix: &prefix,
        id: 0,
        end: String::new(),
        active,
        given,
        used: BTreeSet::new(),
        shown: Vec::new(),
        states: args.states.iter().cloned().collect(),
        can_prompt,
        coercer: Coercer::new(),
        actions: Vec::new(),
        pressed: Vec::new(),
        ran: false,
    };
    match wizard.run_session(&mut session, &context) {
        Ok(end_action) => {
            wizard.finish(out, end_action)?;
            Ok(ExitCode::Success)
        }
        Err(err) => {
            if wizard.ran {
                wizard.finish(out, Value::Null)?;
            }
            Err(err)
        }
    }
}

/// Runs the wizard `name` with no records (no active ids), pressing `states` in order, as the
/// `wizard` command does — its session always deleted, after an error and on Ctrl-C too — and
/// gives the actions it returned. For commands that drive a server wizard of their own
/// (`module`'s `ir.module.activate_upgrade`).
pub(super) fn run_states(
    session: &mut Authenticated,
    name: &str,
    states: &[&str],
) -> anyhow::Result<Vec<Value>> {
    let context = session.context().clone();
    let prefix = format!("wizard.{name}");
    let mut active = context.clone();
    if let Value::Object(active) = &mut active {
        active.insert("active_model".into(), Value::Null);
        active.insert("active_id".into(), Value::Null);
        active.insert("active_ids".into(), json!([]));
    }
    let mut wizard = Wizard {
        name,
        prefix: &prefix,
        id: 0,
        end: String::new(),
        active,
        given: BTreeMap::new(),
        used: BTreeSet::new(),
        shown: Vec::new(),
        states: states.iter().map(|state| state.to_string()).collect(),
        can_prompt: false,
        coercer: Coercer::new(),
        actions: Vec::new(),
        pressed: Vec::new(),
        ran: false,
    };
    wizard.run_session(session, &context)?;
    Ok(wizard.actions)
}

/// The wizard's `ir.action.wizard`, for its model (the default `--model`) and its id (the
/// `action_id` the desktop client sends).
struct Action {
    id: Option<i64>,
    model: Option<String>,
}

fn wizard_action(
    session: &mut Authenticated,
    name: &str,
    model: Option<&str>,
    has_ids: bool,
) -> anyhow::Result<Action> {
    let context = session.context().clone();
    let found = session
        .call(
            "model.ir.action.wizard.search_read",
            &json!([[["wiz_name", "=", name]], 0, null, null, ["model"], context]),
        )?
        .value;
    let actions: Vec<(i64, String)> = action_rows(found)
        .into_iter()
        .map(|row| (row.id, row.model.unwrap_or_default()))
        .collect();
    if let Some(model) = model {
        let id = actions
            .iter()
            .find(|(_, own)| own == model)
            .map(|(id, _)| *id);
        return Ok(Action {
            id,
            model: Some(model.to_string()),
        });
    }
    let models: BTreeSet<&str> = actions
        .iter()
        .map(|(_, model)| model.as_str())
        .filter(|model| !model.is_empty())
        .collect();
    match (models.len(), has_ids) {
        (1, _) => {
            let model = models.into_iter().next().unwrap_or_default().to_string();
            let id = actions.iter().find(|(_, own)| *own == model).map(|(id, _)| *id);
            Ok(Action {
                id,
                model: Some(model),
            })
        }
        (_, false) => Ok(Action {
            id: actions.first().map(|(id, _)| *id),
            model: None,
        }),
        (0, true) if actions.is_empty() => Err(Failure::usage(format!(
            "no wizard action runs '{name}' (ir.action.wizard): check the name, or pass --model MODEL for the ids"
        ))
        .into()),
        (0, true) => Err(Failure::usage(format!(
            "wizard {name} names no model: pass --model MODEL for the ids"
        ))
        .into()),
        (_, true) => Err(Failure::usage(format!(
            "wizard {name} runs on several models ({}): pass --model MODEL",
            models.into_iter().collect::<Vec<_>>().join(", ")
        ))
        .into()),
    }
}

fn parse_created(value: &Value, prefix: &str) -> anyhow::Result<(i64, String, String)> {
    match value.as_array().map(Vec::as_slice) {
        Some([id, start, end, ..]) if id.is_i64() => Ok((
            id.as_i64().unwrap_or_default(),
            start.as_str().unwrap_or_default().to_string(),
            end.as_str().unwrap_or_default().to_string(),
        )),
        _ => Err(Failure::new(
            ExitCode::ServerError,
            format!("{prefix}.create answered {value}, not [session, start state, end state]"),
        )
        .into()),
    }
}

/// trytond's answer to an unknown wizard name is the name as a KeyError: say it plainly.
fn unknown_wizard(err: anyhow::Error, name: &str) -> anyhow::Error {
    match err.downcast_ref::<rpc::Error>() {
        Some(rpc::Error::Fault(Fault::Server { message, .. }))
            if message.trim() == format!("'{name}'") =>
        {
            Failure::new(
                ExitCode::ServerError,
                format!("no wizard named '{name}' on the server"),
            )
            .into()
        }
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::view::{Described, View, is_empty};
    use super::*;

    fn replace_view() -> Value {
        json!({
            "fields_view": {"model": "party.replace.ask", "fields": {
                "destination": {"type": "many2one", "relation": "party.party", "required": true,
                    "readonly": false, "string": "Destination"},
                "source": {"type": "many2one", "relation": "party.party", "required": true,
                    "readonly": false, "string": "Source"}}},
            "defaults": {"source": 4, "source.": {"rec_name": "Same"}},
            "values": {},
            "buttons": [
                {"state": "end", "default": false, "validate": false, "string": "Cancel"},
                {"state": "replace", "default": true, "validate": true, "string": "Replace"}],
            "state": "ask"
        })
    }

    #[test]
    fn a_view_is_read_as_the_server_sends_it() {
        let view = View::parse(&replace_view(), "wizard.party.replace.execute").unwrap();
        assert_eq!(view.state, "ask");
        assert_eq!(view.model, "party.replace.ask");
        assert_eq!(view.initial, *json!({"source": 4}).as_object().unwrap());
        assert_eq!(view.names["source"], json!("Same"));
        assert_eq!(view.buttons.len(), 2);
        assert!(!view.buttons[0].validate && view.buttons[1].validate && view.buttons[1].default);
        assert_eq!(view.button_list(), "end (Cancel), replace (Replace)");
        let text = view.describe("party.replace");
        assert!(
            text.contains("source (Source, many2one party.party, required) = 4 (Same)"),
            "{text}"
        );
        assert!(text.contains("replace (Replace, default)"), "{text}");
    }

    #[test]
    fn typed_answers_are_ids_for_relations_and_text_otherwise() {
        let view = View::parse(&replace_view(), "m").unwrap();
        let destination = view.field("destination").unwrap();
        assert_eq!(destination.value_of("12"), json!(12));
        assert_eq!(destination.value_of("ACME"), json!("ACME"));
        assert!(is_empty(None) && is_empty(Some(&json!(""))) && is_empty(Some(&Value::Null)));
        assert!(!is_empty(Some(&json!(0))) && !is_empty(Some(&json!(false))));
    }
}
