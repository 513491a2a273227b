//! `tryton-cli wizard`: run a wizard end to end, as the desktop client drives one
//! (`tryton/gui/window/wizard.py`) and proteus scripts one: `create` a session, `execute` the
//! start state with the records in the context, and for each view the server shows, send the
//! view's values (its defaults and values, then what `--data` gives for that state) with the
//! button state to run; stop when the server shows no view. The session is always deleted
//! (`delete`), after success, after an error, and on Ctrl-C.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde_json::{Map, Value, json};

use super::report::{action_rows, parse_object};
use super::{parse_context, parse_ids};
use crate::cli::WizardArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::output::Output;
use crate::rpc::{self, Fault, one_line};
use crate::session::{Authenticated, Sessions};
use crate::values::Coercer;

mod interrupt;
mod view;

use view::{Button, Described, Field, View, is_empty, read_answer};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &WizardArgs,
) -> anyhow::Result<ExitCode> {
    let ids = args.ids.as_deref().map(parse_ids).transpose()?;
    let extra_context = parse_context(args.context.as_deref())?;
    let mut given = BTreeMap::new();
    for (state, values) in parse_object("--data", args.data.as_deref())? {
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

/// One run of a wizard: its session, what is left to press and fill, and what it returned.
struct Wizard<'a> {
    name: &'a str,
    prefix: &'a str,
    id: i64,
    end: String,
    /// The context of `execute`: the user's, with active_model, active_id(s) and action_id.
    active: Value,
    /// `--data`, by state.
    given: BTreeMap<String, Map<String, Value>>,
    /// The states of `--data` that a view used.
    used: BTreeSet<String>,
    /// The states of the views the server showed, in order (for `--data` that fits none).
    shown: Vec<String>,
    /// `--state`s not pressed yet.
    states: VecDeque<String>,
    can_prompt: bool,
    coercer: Coercer,
    actions: Vec<Value>,
    pressed: Vec<String>,
    /// The wizard ran to its end (even if its session could not be deleted after).
    ran: bool,
}

impl Wizard<'_> {
    /// Create the wizard's session, drive it from its start state, and always delete the
    /// session (after success, after an error, and on a signal, which then ends the process);
    /// what the server's `delete` answered (the end action).
    fn run_session(
        &mut self,
        session: &mut Authenticated,
        context: &Value,
    ) -> anyhow::Result<Value> {
        interrupt::install();
        let prefix = self.prefix.to_string();
        let created = session.call(&format!("{prefix}.create"), &json!([context]));
        let (id, start, end) = match created {
            Ok(reply) => parse_created(&reply.value, &prefix)?,
            Err(err) => {
                if let Some(signal) = interrupt::received() {
                    interrupt::die(signal, "interrupted");
                }
                return Err(unknown_wizard(err, self.name));
            }
        };
        self.id = id;
        self.end = end;
        let outcome = self.drive(session, start);
        // Always: the session would stay in ir.session.wizard otherwise.
        let deleted = session.call(&format!("{prefix}.delete"), &json!([id, context]));
        if let Some(signal) = interrupt::received() {
            let said = match &deleted {
                Ok(_) => "interrupted; the wizard session was deleted".to_string(),
                Err(err) => format!(
                    "interrupted; the wizard session {id} could not be deleted: {}",
                    one_line(&format!("{err:#}"))
                ),
            };
            interrupt::die(signal, &said);
        }
        match (outcome, deleted) {
            (Err(err), Ok(_)) => Err(err),
            (Err(err), Err(deleting)) => Err(Failure::new(
                exit_code_of(&err),
                format!(
                    "{}; the wizard session {id} could not be deleted either: {}",
                    one_line(&format!("{err:#}")),
                    one_line(&format!("{deleting:#}"))
                ),
            )
            .into()),
            (Ok(()), Err(deleting)) => {
                self.ran = true;
                Err(deleting.context(format!(
                    "the wizard ran, but its session {id} could not be deleted"
                )))
            }
            (Ok(()), Ok(end_action)) => {
                self.ran = true;
                Ok(end_action.value)
            }
        }
    }

    /// Execute states from `start` until the server shows no view (or a button to the end
    /// state is pressed).
    fn drive(&mut self, session: &mut Authenticated, start: String) -> anyhow::Result<()> {
        let mut state = start;
        let mut data = json!({});
        loop {
            interrupt::check()?;
            if state == self.end {
                return Ok(());
            }
            let method = format!("{}.execute", self.prefix);
            let result = session
                .call(&method, &json!([self.id, data, state, self.active]))?
                .value;
            interrupt::check()?;
            if let Some(actions) = result.get("actions").and_then(Value::as_array) {
                self.actions.extend(actions.iter().cloned());
            }
            let Some(view) = result.get("view") else {
                return Ok(());
            };
            let view = View::parse(view, &method)?;
            if !self.shown.contains(&view.state) {
                self.shown.push(view.state.clone());
            }
            let button = self.choose_button(&view)?;
            let values = self.values(session, &view, &button)?;
            self.pressed.push(button.state.clone());
            data = json!({ view.state.clone(): values });
            state = button.state;
        }
    }

    /// The button to press on `view`: the next `--state`, or one asked for on a terminal.
    fn choose_button(&mut self, view: &View) -> anyhow::Result<Button> {
        let asked = match self.states.pop_front() {
            Some(state) => state,
            None if self.can_prompt => {
                eprint!("{}", crate::logger::printable(&view.describe(self.name)));
                let default = view.buttons.iter().find(|b| b.default);
                let prompt = match default {
                    Some(button) => format!("Button to press [{}]: ", button.state),
                    None => "Button to press: ".to_string(),
                };
                let answer = read_answer(&prompt)?;
                match (answer.as_str(), default) {
                    ("", Some(button)) => button.state.clone(),
                    ("", None) => {
                        return Err(self.stopped_at(view, "no button was chosen"));
                    }
                    (answer, _) => answer.to_string(),
                }
            }
            None => {
                return Err(self.stopped_at(view, "no --state is left to press"));
            }
        };
        match view.buttons.iter().find(|b| b.state == asked) {
            Some(button) => Ok(button.clone()),
            None => Err(Failure::usage(format!(
                "the '{}' view of wizard {} has no button '{asked}'; its buttons: {}",
                view.state,
                self.name,
                view.button_list()
            ))
            .into()),
        }
    }

    /// The view's values as the desktop client sends them with a button: the defaults and
    /// values the server gave, then `--data` for this state (typed by field), then — for a
    /// button that validates — a required field still empty is asked for on a terminal, or an
    /// error that names it.
    fn values(
        &mut self,
        session: &mut Authenticated,
        view: &View,
        button: &Button,
    ) -> anyhow::Result<Map<String, Value>> {
        let mut values = view.initial.clone();
        if let Some(given) = self.given.get(&view.state).cloned() {
            self.used.insert(view.state.clone());
            values.extend(self.typed(session, view, given)?);
        }
        if !button.validate {
            return Ok(values);
        }
        let missing: Vec<&Field> = view
            .fields
            .iter()
            .filter(|field| field.required && !field.readonly)
            .filter(|field| is_empty(values.get(&field.name)))
            .collect();
        if missing.is_empty() {
            return Ok(values);
        }
        if !self.can_prompt {
            let names: Vec<String> = missing.iter().map(|f| f.describe()).collect();
            let example: Vec<String> = missing
                .iter()
                .map(|f| format!("\"{}\": …", f.name))
                .collect();
            return Err(Failure::usage(format!(
                "the '{}' view of wizard {} needs {} to press '{}': give {} with --data '{{\"{}\": {{{}}}}}'",
                view.state,
                self.name,
                names.join(", "),
                button.state,
                if missing.len() == 1 { "it" } else { "them" },
                view.state,
                example.join(", ")
            ))
            .into());
        }
        let mut typed_in = Map::new();
        for field in missing {
            let answer = read_answer(&format!("{}: ", field.describe()))?;
            if answer.is_empty() {
                return Err(Failure::usage(format!(
                    "the '{}' view of wizard {} needs {}",
                    view.state,
                    self.name,
                    field.describe()
                ))
                .into());
            }
            typed_in.insert(field.name.clone(), field.value_of(&answer));
        }
        values.extend(self.typed(session, view, typed_in)?);
        Ok(values)
    }

    /// Values typed by their field of the view's model, as for `create` and `write` (a
    /// many2one takes an id or a name); x2many values go as given (the view's records).
    fn typed(
        &mut self,
        session: &mut Authenticated,
        view: &View,
        given: Map<String, Value>,
    ) -> anyhow::Result<Map<String, Value>> {
        let (as_given, to_type): (Map<String, Value>, Map<String, Value>) = given
            .into_iter()
            .partition(|(name, _)| view.field(name).is_some_and(|f| f.kind.is_x2many()));
        let typed = self.coercer.record(session, &view.model, to_type)?;
        let mut values = as_given;
        if let Value::Object(typed) = typed {
            values.extend(typed);
        }
        Ok(values)
    }

    /// The error for a view nothing says how to go on from; the view is printed on stdout (as
    /// JSON) so that a script sees what it asks for.
    fn stopped_at(&self, view: &View, why: &str) -> anyhow::Error {
        let fields: Vec<String> = view
            .fields
            .iter()
            .map(|field| format!("{}{}", field.describe(), view.shown_value(field)))
            .collect();
        let asks = if fields.is_empty() {
            "which asks for nothing".to_string()
        } else {
            format!("which asks for {}", fields.join(", "))
        };
        Failure::usage(format!(
            "wizard {} stopped at its '{}' view, {asks}: {why}; press one of its buttons with --state: {}",
            self.name,
            view.state,
            view.button_list()
        ))
        .into()
    }

    /// What the wizard returned: its actions as JSON on stdout, a summary on stderr.
    fn finish(&self, out: &Output, end_action: Value) -> anyhow::Result<()> {
        if !self.actions.is_empty() {
            out.json(&Value::Array(self.actions.clone()), false, false)?;
        }
        let unused: Vec<&str> = self
            .given
            .keys()
            .filter(|state| !self.used.contains(*state))
            .map(String::as_str)
            .collect();
        if !unused.is_empty() {
            let shown = if self.shown.is_empty() {
                "it showed no view".to_string()
            } else {
                format!("the states it showed: {}", self.shown.join(", "))
            };
            log::warn!(
                "no view of wizard {} was for --data's {}; {shown}",
                self.name,
                unused.join(", ")
            );
        }
        if !self.states.is_empty() {
            let left: Vec<&str> = self.states.iter().map(String::as_str).collect();
            log::warn!(
                "wizard {} ended before --state {} was pressed",
                self.name,
                left.join(", ")
            );
        }
        let mut said = format!("Wizard {} done", self.name);
        if !self.pressed.is_empty() {
            said.push_str(&format!(" (pressed {})", self.pressed.join(", then ")));
        }
        if !self.actions.is_empty() {
            said.push_str(&format!("; {} action(s) printed", self.actions.len()));
        }
        if let Some(action) = end_action.as_str() {
            said.push_str(&format!("; it asks the client to {action}"));
        }
        log::info!("{said}");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
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
