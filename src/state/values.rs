//! What a declared value means once its field's type is known: a plain value (typed as
//! `create` types it, and compared in the plain form `read` prints), a reference to one record
//! (by key value, `{field: value…}`, `{xml_id: …}` or `{id: N}`), a many2many set (the full
//! set, or `{add: […]}`/`{remove: […]}`), or one2many children.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::file::{self, ChildBlock, Data, Item, Node};
use super::keys;
use super::plan::NeedSchema;
use crate::domain::{FieldType, coerce};
use crate::field_types::type_of_kind;
use crate::output;
use crate::rpc::codec::Tagged;
use crate::schema::{FieldDef, FieldKind, Fields};

/// A declared value, typed by its field.
#[derive(Clone, Debug)]
pub enum Decl {
    /// `wire` is what is sent; `plain` what it is compared as.
    Plain { wire: Value, plain: Value },
    /// A many2one (or one2one); `None` for null.
    Ref(Option<RefSpec>),
    /// A many2many's full set.
    Set(Vec<RefSpec>),
    /// Links added to and removed from a many2many, leaving the others.
    Links {
        add: Vec<RefSpec>,
        remove: Vec<RefSpec>,
    },
    /// A one2many's children.
    Children(Children),
}

/// How a reference names its record.
#[derive(Clone, Debug)]
pub struct RefSpec {
    /// Tells this reference from the others (several may share a line: `[A, B]`).
    pub serial: usize,
    pub line: usize,
    pub model: String,
    pub by: RefBy,
}

#[derive(Clone, Debug)]
pub enum RefBy {
    XmlId(String),
    Id(i64),
    /// The record whose fields have these values (a declared one first, else one on the server).
    Match(Vec<(String, Decl)>),
}

impl RefSpec {
    /// How the plan shows it: the value as written.
    pub fn shown(&self) -> Value {
        match &self.by {
            RefBy::XmlId(name) => Value::String(format!("xml_id:{name}")),
            RefBy::Id(id) => Value::String(format!("id {id}")),
            RefBy::Match(fields) if fields.len() == 1 => fields[0].1.shown(),
            RefBy::Match(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(name, decl)| (name.clone(), decl.shown()))
                    .collect(),
            ),
        }
    }
}

/// One2many children as declared, typed by the child model.
#[derive(Clone, Debug)]
pub struct Children {
    pub model: String,
    /// The children's many2one back to their parent (`fields_get`'s `relation_field`).
    pub inverse: Option<String>,
    pub key: Vec<String>,
    pub prune: bool,
    pub items: Vec<ChildItem>,
}

#[derive(Clone, Debug)]
pub struct ChildItem {
    pub line: usize,
    pub absent: bool,
    pub fields: Vec<(String, Decl)>,
}

impl Decl {
    /// The value as the plan shows it.
    pub fn shown(&self) -> Value {
        match self {
            Decl::Plain { plain, .. } => plain.clone(),
            Decl::Ref(None) => Value::Null,
            Decl::Ref(Some(target)) => target.shown(),
            Decl::Set(targets) => Value::Array(targets.iter().map(RefSpec::shown).collect()),
            Decl::Links { add, remove } => {
                let mut shown = Map::new();
                if !add.is_empty() {
                    shown.insert(
                        "add".into(),
                        Value::Array(add.iter().map(RefSpec::shown).collect()),
                    );
                }
                if !remove.is_empty() {
                    shown.insert(
                        "remove".into(),
                        Value::Array(remove.iter().map(RefSpec::shown).collect()),
                    );
                }
                Value::Object(shown)
            }
            Decl::Children(children) => {
                Value::String(format!("{} record(s)", children.items.len()))
            }
        }
    }
}

/// Reads the declared values of models, with the schema of each model at hand.
pub struct Reader<'f> {
    pub source: &'f str,
    pub schemas: &'f HashMap<String, Fields>,
    /// The last reference's serial.
    pub serial: std::cell::Cell<usize>,
}

impl<'f> Reader<'f> {
    fn field(&self, model: &str, name: &str, line: usize) -> anyhow::Result<&'f FieldDef> {
        let fields = self
            .schemas
            .get(model)
            .ok_or_else(|| anyhow::Error::from(NeedSchema(model.to_string(), line)))?;
        fields.get(name).ok_or_else(|| {
            file::at(
                self.source,
                line,
                format!(
                    "unknown field '{name}' on {model}; 'tryton-cli fields {model}' lists them"
                ),
            )
        })
    }

    /// An item's fields, typed; read-only fields are refused (the server would ignore or refuse
    /// them).
    pub fn fields(
        &self,
        model: &str,
        item: &Item,
        children_allowed: bool,
    ) -> anyhow::Result<Vec<(String, Decl)>> {
        let mut typed = Vec::with_capacity(item.fields.len());
        for (name, node) in &item.fields {
            let field = self.field(model, name, node.line)?;
            if field.readonly && name != "active" {
                return Err(file::at(
                    self.source,
                    node.line,
                    format!("{model}.{name} is read-only: it cannot be declared"),
                ));
            }
            if field.kind == FieldKind::One2Many && !children_allowed {
                return Err(file::at(
                    self.source,
                    node.line,
                    "children inside children are not read: declare them in a block of their own model",
                ));
            }
            typed.push((name.clone(), self.value(model, field, node)?));
        }
        Ok(typed)
    }

    pub fn value(&self, model: &str, field: &FieldDef, node: &Node) -> anyhow::Result<Decl> {
        let relation = field.relation.clone().unwrap_or_default();
        let bad = |expected: &str| {
            file::at(
                self.source,
                node.line,
                format!(
                    "{model}.{}: {} is not {expected}",
                    field.name,
                    crate::values::shown(&node.to_json())
                ),
            )
        };
        match &field.kind {
            FieldKind::Many2One | FieldKind::One2One => {
                if node.is_null() {
                    Ok(Decl::Ref(None))
                } else {
                    Ok(Decl::Ref(Some(self.reference(&relation, node)?)))
                }
            }
            FieldKind::Many2Many => match &node.data {
                Data::List(items) => Ok(Decl::Set(
                    items
                        .iter()
                        .map(|item| self.reference(&relation, item))
                        .collect::<anyhow::Result<_>>()?,
                )),
                Data::Map(entries) if entries.iter().all(|(k, _)| k == "add" || k == "remove") => {
                    let list = |key: &str| -> anyhow::Result<Vec<RefSpec>> {
                        match node.get(key).map(|n| &n.data) {
                            None => Ok(Vec::new()),
                            Some(Data::List(items)) => items
                                .iter()
                                .map(|item| self.reference(&relation, item))
                                .collect(),
                            Some(_) => Err(bad("a list under add/remove")),
                        }
                    };
                    Ok(Decl::Links {
                        add: list("add")?,
                        remove: list("remove")?,
                    })
                }
                _ => Err(bad(
                    "a list of references (the full set), or {add: […], remove: […]}",
                )),
            },
            FieldKind::One2Many => {
                let block: ChildBlock = file::child_block(self.source, node)?;
                let key = match block.key {
                    Some(key) => key,
                    None => {
                        let fields = self.schemas.get(&relation).ok_or_else(|| {
                            anyhow::Error::from(NeedSchema(relation.to_string(), node.line))
                        })?;
                        keys::default_child_key(&relation, fields, model)
                            .map_err(|message| file::at(self.source, node.line, message))?
                    }
                };
                let mut items = Vec::new();
                for item in &block.items {
                    if item.xml_id.is_some() {
                        return Err(file::at(
                            self.source,
                            item.line,
                            "children are matched by their key, not by xml_id",
                        ));
                    }
                    items.push(ChildItem {
                        line: item.line,
                        absent: item.absent,
                        fields: self.fields(&relation, item, false)?,
                    });
                }
                Ok(Decl::Children(Children {
                    model: relation,
                    inverse: field.relation_field.clone(),
                    key,
                    prune: block.prune,
                    items,
                }))
            }
            FieldKind::Binary => match &node.data {
                Data::Scalar(Value::String(text)) => {
                    let wire = Tagged::bytes(text)
                        .map_err(|_| bad("base64 text"))?
                        .encode();
                    Ok(Decl::Plain {
                        plain: canonical(&field.kind, &wire),
                        wire,
                    })
                }
                Data::Scalar(Value::Null) => Ok(plain_null()),
                _ => Err(bad("base64 text")),
            },
            kind => {
                let value = node.to_json();
                if value.is_null() {
                    return Ok(plain_null());
                }
                let wire = match (type_of_kind(kind), &value) {
                    (FieldType::Untyped | FieldType::Relation, _) => value.clone(),
                    (FieldType::Number, Value::Number(_)) => value.clone(),
                    (FieldType::Boolean, Value::Bool(_)) => value.clone(),
                    (FieldType::Text, Value::Array(_)) if *kind == FieldKind::MultiSelection => {
                        value.clone()
                    }
                    (_, Value::Object(_) | Value::Array(_)) if *kind == FieldKind::Dict => {
                        value.clone()
                    }
                    (field_type, Value::String(text)) => coerce(field_type, text).map_err(bad)?,
                    (field_type, Value::Number(number)) => {
                        coerce(field_type, &number.to_string()).map_err(bad)?
                    }
                    (field_type, Value::Bool(flag)) => {
                        coerce(field_type, &flag.to_string()).map_err(bad)?
                    }
                    _ => return Err(bad("a single value")),
                };
                Ok(Decl::Plain {
                    plain: canonical(kind, &wire),
                    wire,
                })
            }
        }
    }

    /// A reference to a record of `model`.
    pub fn reference(&self, model: &str, node: &Node) -> anyhow::Result<RefSpec> {
        let by = match &node.data {
            Data::Map(entries) if entries.len() == 1 && entries[0].0 == "xml_id" => {
                match entries[0].1.as_str().filter(|name| name.contains('.')) {
                    Some(name) => RefBy::XmlId(name.to_string()),
                    None => {
                        return Err(file::at(
                            self.source,
                            node.line,
                            "xml_id must be module.name",
                        ));
                    }
                }
            }
            Data::Map(entries) if entries.len() == 1 && entries[0].0 == "id" => {
                match entries[0].1.to_json().as_i64() {
                    Some(id) => RefBy::Id(id),
                    None => return Err(file::at(self.source, node.line, "id must be a number")),
                }
            }
            Data::Map(entries) => {
                let mut fields = Vec::new();
                for (name, value) in entries {
                    let field = self.field(model, name, value.line)?;
                    if field.kind.is_x2many() {
                        return Err(file::at(
                            self.source,
                            value.line,
                            format!("{model}.{name}: a reference matches single values, not lists"),
                        ));
                    }
                    fields.push((name.clone(), self.value(model, field, value)?));
                }
                RefBy::Match(fields)
            }
            Data::Scalar(Value::Null) | Data::List(_) => {
                return Err(file::at(
                    self.source,
                    node.line,
                    format!(
                        "a reference to {model} is a key value, {{field: value}}, {{xml_id: module.name}} or {{id: N}}"
                    ),
                ));
            }
            Data::Scalar(_) => {
                // A bare value is the value of the target's (first) key field.
                let fields = self
                    .schemas
                    .get(model)
                    .ok_or_else(|| anyhow::Error::from(NeedSchema(model.to_string(), node.line)))?;
                let key = keys::default_key(model, fields)
                    .map_err(|message| file::at(self.source, node.line, message))?;
                let field = self.field(model, &key[0], node.line)?;
                RefBy::Match(vec![(key[0].clone(), self.value(model, field, node)?)])
            }
        };
        self.serial.set(self.serial.get() + 1);
        Ok(RefSpec {
            serial: self.serial.get(),
            line: node.line,
            model: model.to_string(),
            by,
        })
    }
}

fn plain_null() -> Decl {
    Decl::Plain {
        wire: Value::Null,
        plain: Value::Null,
    }
}

/// A value in the form two values of a field are compared in: plain JSON (dates as text,
/// booleans from 1/0), empty text as null, numbers by their decimal value.
pub fn canonical(kind: &FieldKind, wire: &Value) -> Value {
    let mut value = output::plain(wire.clone());
    match kind {
        FieldKind::Boolean => output::boolean(&mut value),
        FieldKind::Char | FieldKind::Text | FieldKind::FullText | FieldKind::Selection
            if value.as_str() == Some("") =>
        {
            value = Value::Null;
        }
        _ => {}
    }
    if let Value::Number(number) = &value {
        return Value::String(normal_number(&number.to_string()));
    }
    if let Value::Array(items) = &mut value {
        items.sort_by_key(|item| item.to_string());
    }
    value
}

/// A number's text with no trailing zeros after the point and no point left alone: 12.50 and
/// 12.5 compare equal, as trytond's Decimal does.
fn normal_number(text: &str) -> String {
    if !text.contains('.') || text.contains(['e', 'E']) {
        return text.to_string();
    }
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_compare_by_value_and_empty_text_as_null() {
        let decimal = serde_json::json!({"__class__": "Decimal", "decimal": "12.50"});
        assert_eq!(
            canonical(&FieldKind::Numeric, &decimal),
            canonical(&FieldKind::Numeric, &serde_json::json!(12.5))
        );
        assert_eq!(
            canonical(&FieldKind::Char, &serde_json::json!("")),
            Value::Null
        );
        assert_eq!(
            canonical(&FieldKind::Boolean, &serde_json::json!(0)),
            serde_json::json!(false)
        );
    }
}
