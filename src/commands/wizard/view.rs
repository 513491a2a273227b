//! A view a wizard state shows, read from `execute`'s answer: its fields, initial values and
//! buttons; what `--data` or the person at the terminal gives for it.

use std::io::{BufRead, Write};

use serde_json::{Map, Value, json};

use super::interrupt;
use crate::exit::{ExitCode, Failure};

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

#[derive(Debug)]
pub(super) struct Field {
    pub(super) name: String,
    pub(super) label: String,
    pub(super) kind: String,
    pub(super) relation: Option<String>,
    pub(super) required: bool,
    pub(super) readonly: bool,
}

#[derive(Clone, Debug)]
pub(super) struct Button {
    pub(super) state: String,
    pub(super) label: String,
    pub(super) default: bool,
    pub(super) validate: bool,
}

impl View {
    pub(super) fn parse(view: &Value, method: &str) -> anyhow::Result<View> {
        let text = |value: &Value, key: &str| {
            value
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let flag = |value: &Value, key: &str| match value.get(key) {
            Some(Value::Bool(flag)) => *flag,
            Some(Value::Number(n)) => n.as_i64().unwrap_or_default() != 0,
            _ => false,
        };
        let fields_view = view.get("fields_view").ok_or_else(|| {
            Failure::new(
                ExitCode::ServerError,
                format!("{method} answered a view without fields_view"),
            )
        })?;
        let fields = fields_view
            .get("fields")
            .and_then(Value::as_object)
            .map(|fields| {
                fields
                    .iter()
                    // Every view has the record's id; nobody fills it in.
                    .filter(|(name, _)| name.as_str() != "id")
                    .map(|(name, definition)| Field {
                        name: name.clone(),
                        label: text(definition, "string"),
                        kind: text(definition, "type"),
                        relation: definition
                            .get("relation")
                            .and_then(Value::as_str)
                            .map(String::from),
                        required: flag(definition, "required"),
                        readonly: flag(definition, "readonly"),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut initial = Map::new();
        let mut names = Map::new();
        for key in ["defaults", "values"] {
            for (name, value) in view
                .get(key)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                match name.strip_suffix('.') {
                    Some(field) => {
                        if let Some(rec_name) = value.get("rec_name") {
                            names.insert(field.to_string(), rec_name.clone());
                        }
                    }
                    None => {
                        initial.insert(name.clone(), value.clone());
                    }
                }
            }
        }
        let buttons = view
            .get("buttons")
            .and_then(Value::as_array)
            .map(|buttons| {
                buttons
                    .iter()
                    .map(|button| Button {
                        state: text(button, "state"),
                        label: text(button, "string"),
                        default: flag(button, "default"),
                        validate: button
                            .get("validate")
                            .map(|_| flag(button, "validate"))
                            .unwrap_or(true),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(View {
            state: text(view, "state"),
            model: text(fields_view, "model"),
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

impl Field {
    /// `destination (Destination, many2one party.party, required)`.
    pub(super) fn describe(&self) -> String {
        let mut kind = self.kind.clone();
        if let Some(relation) = &self.relation {
            kind.push(' ');
            kind.push_str(relation);
        }
        let required = if self.required { ", required" } else { "" };
        format!("{} ({}, {kind}{required})", self.name, self.label)
    }

    /// What was typed at the terminal, before typing by field: an id for a relation or an
    /// integer when it is one, else the text.
    pub(super) fn value_of(&self, answer: &str) -> Value {
        let numeric = matches!(
            self.kind.as_str(),
            "many2one" | "one2one" | "integer" | "biginteger"
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
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    interrupt::check()?;
    read.map_err(|err| Failure::usage(format!("cannot read the answer: {err}")))?;
    Ok(line.trim().to_string())
}
