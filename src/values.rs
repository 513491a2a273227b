//! Values people write for `create` and `write`, typed by their field (`fields_get`): plain JSON
//! in, what trytond expects out — `"2026-01-02"` for a date becomes a tagged date, `"12.50"` or
//! `12.5` for a Numeric an exact tagged Decimal, a name for a many2one the id it names, a list
//! of ids or names for a many2many or one2many the records to add (`"categories": ["VIP"]`), a
//! list of objects the records to create. A name is matched on `rec_name` as `import` does; an
//! unknown or ambiguous one is exit 1, naming it and the model. Tagged values (`{"__class__": …}`) and
//! Tryton's own x2many actions (`[["add", [1, 2]]]`) pass through unchanged.

use serde_json::{Map, Value, json};

use crate::domain::{FieldType, coerce};
use crate::exit::{ExitCode, Failure};
use crate::field_types::{FieldTypes, type_of_kind};
use crate::rpc::codec::Tagged;
use crate::schema::FieldKind;
use crate::session::Authenticated;

pub struct Coercer {
    types: FieldTypes,
}

impl Coercer {
    pub fn new() -> Coercer {
        Coercer {
            types: FieldTypes::new(),
        }
    }

    /// One record's values for `model`.
    pub fn record(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        values: Map<String, Value>,
    ) -> anyhow::Result<Value> {
        // Every field first: a record with an unknown field is refused before any name is
        // looked up on the server for the others.
        for field in values.keys() {
            self.types.definition(session, model, field)?;
        }
        let mut typed = Map::new();
        for (field, value) in values {
            let value = self.value(session, model, &field, value)?;
            typed.insert(field, value);
        }
        Ok(Value::Object(typed))
    }

    fn value(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        field: &str,
        value: Value,
    ) -> anyhow::Result<Value> {
        let definition = self.types.definition(session, model, field)?;
        if value.is_null() || is_tagged(&value) {
            return Ok(value);
        }
        let bad = |expected: &str| -> anyhow::Error {
            Failure::usage(format!(
                "{model}.{field}: {value} is not {expected}",
                value = shown(&value)
            ))
            .into()
        };
        let relation = definition.relation.clone().unwrap_or_default();
        match &definition.kind {
            FieldKind::Many2One | FieldKind::One2One => match &value {
                Value::Number(_) => Ok(value),
                Value::String(name) => self.id_by_name(session, &relation, name, model, field),
                _ => Err(bad("an id or a name")),
            },
            FieldKind::One2Many | FieldKind::Many2Many => {
                let Value::Array(items) = &value else {
                    return Err(bad("a list (of ids, of records, or Tryton's actions)"));
                };
                if items.is_empty() || items.first().is_some_and(Value::is_array) {
                    // Tryton's own actions: [["add", [1, 2]], ["create", [...]]].
                    return Ok(value);
                }
                if items.iter().all(|item| item.is_i64() || item.is_string()) {
                    let mut ids = Vec::with_capacity(items.len());
                    for item in items {
                        ids.push(match item {
                            Value::String(name) => {
                                self.id_by_name(session, &relation, name, model, field)?
                            }
                            id => id.clone(),
                        });
                    }
                    return Ok(json!([["add", ids]]));
                }
                if items.iter().all(Value::is_object) {
                    let mut records = Vec::new();
                    for item in items {
                        let Value::Object(item) = item else {
                            unreachable!("checked above")
                        };
                        records.push(self.record(session, &relation, item.clone())?);
                    }
                    return Ok(json!([["create", records]]));
                }
                Err(bad("a list of ids or names, or a list of records"))
            }
            FieldKind::Binary => match &value {
                Value::String(base64) => Tagged::bytes(base64)
                    .map(|bytes| bytes.encode())
                    .map_err(|_| bad("base64 text")),
                _ => Err(bad("base64 text")),
            },
            kind => {
                let field_type = type_of_kind(kind);
                let text = match (&field_type, &value) {
                    (FieldType::Untyped | FieldType::Relation, _) => return Ok(value),
                    (FieldType::Number, Value::Number(_)) => return Ok(value),
                    (FieldType::Boolean, Value::Bool(_)) => return Ok(value),
                    (_, Value::String(text)) => text.clone(),
                    (_, Value::Number(number)) => number.to_string(),
                    (_, Value::Bool(flag)) => flag.to_string(),
                    _ => return Err(bad("a single value")),
                };
                coerce(field_type, &text).map_err(bad)
            }
        }
    }

    /// The id of the one record of `relation` whose name is `name` (trytond's own rule for
    /// importing relations by name).
    fn id_by_name(
        &mut self,
        session: &mut Authenticated,
        relation: &str,
        name: &str,
        model: &str,
        field: &str,
    ) -> anyhow::Result<Value> {
        let context = session.context().clone();
        let found = session
            .call(
                &format!("model.{relation}.search"),
                &json!([[["rec_name", "=", name]], 0, 2, null, context]),
            )?
            .value;
        match found.as_array().map(Vec::as_slice) {
            Some([id]) => Ok(id.clone()),
            // The server's data decides, as when import looks the name up: exit 1.
            Some([]) | None => Err(Failure::new(
                ExitCode::ServerError,
                format!(
                    "{model}.{field}: no {relation} is named '{name}'; give its id or its exact name"
                ),
            )
            .into()),
            Some(_) => Err(Failure::new(
                ExitCode::ServerError,
                format!(
                    "{model}.{field}: several {relation} records are named '{name}'; give the id"
                ),
            )
            .into()),
        }
    }
}

fn is_tagged(value: &Value) -> bool {
    value.get("__class__").is_some_and(Value::is_string)
}

/// A value as an error quotes it: its JSON, cut after 40 characters.
pub fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}
