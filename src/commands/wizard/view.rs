//! A view a wizard state shows, read from `execute`'s answer: its fields, initial values and
//! buttons; what `--data` or the person at the terminal gives for it.

use std::io::{BufRead, Write};

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value, json};

use super::interrupt;
use crate::exit::{ExitCode, Failure};
use crate::schema::{FieldDef, FieldKind, field_def, flag};

/// A view a wizard state shows: its model, fields, initial values and buttons.
#[derive(Debug)]
pub(super) struct View {
    pub(super) state: String,
    pub(super) model: String,
    pub(super) fields: Vec<Field>,
    /// The defaults, then the values, the server gave (without its `field.` rec_name helpers).
    pub(super) initial: Map<String, Value>,
    /// The names the server gave for the initial many2one values (`field.` → rec_name).
    pub(super) names: Map<String, Value>,
    pub(super) buttons: Vec<Button>,
}

/// A field of the view, as `fields_get` describes it.
pub(super) type Field = FieldDef;

#[derive(Clone, Debug)]
pub(super) struct Button {
    pub(super) state: String,
    pub(super) label: String,
    pub(super) default: bool,
    pub(super) validate: bool,
}

/// `execute`'s `view`, as trytond's `Wizard.execute` sends it.
#[derive(Deserialize)]
struct ViewAnswer {
    #[serde(default)]
    state: String,
    fields_view: Option<FieldsView>,
    #[serde(default)]
    defaults: Option<Map<String, Value>>,
    #[serde(default)]
    values: Option<Map<String, Value>>,
    #[serde(default)]
    buttons: Option<Vec<ButtonAnswer>>,
}

#[derive(Deserialize)]
struct FieldsView {
    #[serde(default)]
    model: String,
    #[serde(default)]
    fields: Option<Map<String, Value>>,
}

#[derive(Deserialize)]
struct ButtonAnswer {
    #[serde(default)]
    state: String,
    #[serde(default)]
    string: String,
    #[serde(default, deserialize_with = "flag")]
    default: bool,
    /// Absent means the button validates the view.
    #[serde(default, deserialize_with = "maybe_flag")]
    validate: Option<bool>,
}

fn maybe_flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    flag(deserializer).map(Some)
}

impl View {
    pub(super) fn parse(view: &Value, method: &str) -> anyhow::Result<View> {
        let malformed = |why: String| Failure::new(ExitCode::ServerError, why);
        let answer = ViewAnswer::deserialize(view).map_err(|err| {
            malformed(format!(
                "{method} answered a view that cannot be read: {err}"
            ))
        })?;
        let fields_view = answer
            .fields_view
            .ok_or_else(|| malformed(format!("{method} answered a view without fields_view")))?;
        let fields = fields_view
            .fields
            .into_iter()
            .flatten()
            // Every view has the record's id; nobody fills it in.
            .filter(|(name, _)| name.as_str() != "id")
            .filter_map(|(name, definition)| field_def(name, definition))
            .collect();
        let mut initial = Map::new();
        let mut names = Map::new();
        for (name, value) in [answer.defaults, answer.values]
            .into_iter()
            .flatten()
            .flatten()
        {
            match name.strip_suffix('.') {
                Some(field) => {
                    if let Some(rec_name) = value.get("rec_name") {
                        names.insert(field.to_string(), rec_name.clone());
                    }
                }
                None => {
                    initial.insert(name, value);
                }
            }
        }
        let buttons = answer
            .buttons
            .into_iter()
            .flatten()
            .map(|button| Button {
                state: button.state,
                label: button.string,
                default: button.default,
                validate: button.validate.unwrap_or(true),
            })
            .collect();
        Ok(View {
            state: answer.state,
            model: fields_view.model,
            fields,
            initial,
            names,
            buttons,
        })
    }

    /// ` = 4 (ACME)`: the field's initial value (and its record's name), if it has one.
    pub(super) fn shown_value(&self, field: &Field) -> String {
        match self.initial.get(&field.name) {
            Some(value) if !value.is_null() => match self.names.get(&field.name) {
                Some(Value::String(name)) => format!(" = {value} ({name})"),
                _ => format!(" = {value}"),
            },
            _ => String::new(),
        }
    }

    pub(super) fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub(super) fn button_list(&self) -> String {
        self.buttons
            .iter()
            .map(|b| format!("{} ({})", b.state, b.label))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The view as a person reads it on a terminal, before being asked for a button.
    pub(super) fn describe(&self, wizard: &str) -> String {
        let mut text = format!("Wizard {wizard}, view '{}' ({}):\n", self.state, self.model);
        for field in &self.fields {
            text.push_str(&format!(
                "  {}{}\n",
                field.describe(),
                self.shown_value(field)
            ));
        }
        let buttons: Vec<String> = self
            .buttons
            .iter()
            .map(|b| {
                let default = if b.default { ", default" } else { "" };
                format!("{} ({}{default})", b.state, b.label)
            })
            .collect();
        text.push_str(&format!("Buttons: {}\n", buttons.join(", ")));
        text
    }
}

/// What is said of a view's field and done with answers for it.
pub(super) trait Described {
    fn describe(&self) -> String;
    fn value_of(&self, answer: &str) -> Value;
}

impl Described for Field {
    /// `destination (Destination, many2one party.party, required)`.
    fn describe(&self) -> String {
        let mut kind = self.kind.to_string();
        if let Some(relation) = &self.relation {
            kind.push(' ');
            kind.push_str(relation);
        }
        let required = if self.required { ", required" } else { "" };
        let label = self.string.as_deref().unwrap_or_default();
        format!("{} ({label}, {kind}{required})", self.name)
    }

    /// What was typed at the terminal, before typing by field: an id for a relation or an
    /// integer when it is one, else the text.
    fn value_of(&self, answer: &str) -> Value {
        let numeric = matches!(
            self.kind,
            FieldKind::Many2One | FieldKind::One2One | FieldKind::Integer | FieldKind::BigInteger
        );
        match answer.parse::<i64>() {
            Ok(number) if numeric => json!(number),
            _ => json!(answer),
        }
    }
}

/// No value for a required field: nothing, null, an empty text or list.
pub(super) fn is_empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(text)) => text.is_empty(),
        Some(Value::Array(items)) => items.is_empty(),
        Some(_) => false,
    }
}

/// One answer typed at the terminal (case kept). End of input is no answer; after Ctrl-C it is
/// the interruption.
pub(super) fn read_answer(prompt: &str) -> anyhow::Result<String> {
    eprint!("{}", crate::logger::printable(prompt));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    interrupt::check()?;
    read.map_err(|err| Failure::usage(format!("cannot read the answer: {err}")))?;
    Ok(line.trim().to_string())
}
