//! One run of a wizard: its session created, driven view by view (each filled from `--data`,
//! its defaults or a prompt, then the next `--state` pressed) and always deleted.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde_json::{Map, Value, json};

use crate::exit::Failure;
use crate::output::Output;
use crate::rpc::one_line;
use crate::session::Authenticated;
use crate::values::Coercer;

use super::interrupt;
use super::view::{Button, Described, Field, View, is_empty, read_answer};
use super::{parse_created, unknown_wizard};

/// One run of a wizard: its session, what is left to press and fill, and what it returned.
pub(super) struct Wizard<'a> {
    pub(super) name: &'a str,
    pub(super) prefix: &'a str,
    pub(super) id: i64,
    pub(super) end: String,
    /// The context of `execute`: the user's, with active_model, active_id(s) and action_id.
    pub(super) active: Value,
    /// `--data`, by state.
    pub(super) given: BTreeMap<String, Map<String, Value>>,
    /// The states of `--data` that a view used.
    pub(super) used: BTreeSet<String>,
    /// The states of the views the server showed, in order (for `--data` that fits none).
    pub(super) shown: Vec<String>,
    /// `--state`s not pressed yet.
    pub(super) states: VecDeque<String>,
    pub(super) can_prompt: bool,
    pub(super) coercer: Coercer,
    pub(super) actions: Vec<Value>,
    pub(super) pressed: Vec<String>,
    /// The wizard ran to its end (even if its session could not be deleted after).
    pub(super) ran: bool,
}

impl Wizard<'_> {
    /// Create the wizard's session, drive it from its start state, and always delete the
    /// session (after success, after an error, and on a signal, which then ends the process);
    /// what the server's `delete` answered (the end action).
    pub(super) fn run_session(
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
            (Err(err), Err(deleting)) => Err(Failure::retelling(
                &err,
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
    pub(super) fn drive(
        &mut self,
        session: &mut Authenticated,
        start: String,
    ) -> anyhow::Result<()> {
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
    pub(super) fn choose_button(&mut self, view: &View) -> anyhow::Result<Button> {
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
    pub(super) fn values(
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
    pub(super) fn typed(
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
    pub(super) fn stopped_at(&self, view: &View, why: &str) -> anyhow::Error {
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
    pub(super) fn finish(&self, out: &Output, end_action: Value) -> anyhow::Result<()> {
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
