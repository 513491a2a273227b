//! A model's schema as trytond describes it: the entries of `fields_get` (and of a view's
//! `fields`) as `FieldDef`, the one place that calls and reads `fields_get`, and the one walk of
//! a field path (`party.addresses.city`, `addresses/city`) through relations.
//!
//! Read tolerantly: 7.0 and 8.2 send the same core keys (`name`, `string`, `type`, `relation`,
//! `readonly`, `required`, `selection`) and differ in extras (8.2's `filename_ext` of binary
//! fields…), which are ignored; a type this program does not know is kept as `Other`, and an
//! entry without a type is left out.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Value, json};

use crate::exit::{ExitCode, Failure};

/// Tryton's field types (`trytond/model/fields/*.py`, each class's `_type`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum FieldKind {
    Char,
    Text,
    FullText,
    Integer,
    BigInteger,
    Float,
    Numeric,
    Boolean,
    Date,
    DateTime,
    Timestamp,
    Time,
    TimeDelta,
    Selection,
    MultiSelection,
    Many2One,
    One2Many,
    Many2Many,
    One2One,
    Reference,
    Binary,
    Dict,
    /// A type of a newer server or of a module's own field class.
    Other(String),
}

impl FieldKind {
    pub fn as_str(&self) -> &str {
        match self {
            FieldKind::Char => "char",
            FieldKind::Text => "text",
            FieldKind::FullText => "full_text",
            FieldKind::Integer => "integer",
            FieldKind::BigInteger => "biginteger",
            FieldKind::Float => "float",
            FieldKind::Numeric => "numeric",
            FieldKind::Boolean => "boolean",
            FieldKind::Date => "date",
            FieldKind::DateTime => "datetime",
            FieldKind::Timestamp => "timestamp",
            FieldKind::Time => "time",
            FieldKind::TimeDelta => "timedelta",
            FieldKind::Selection => "selection",
            FieldKind::MultiSelection => "multiselection",
            FieldKind::Many2One => "many2one",
            FieldKind::One2Many => "one2many",
            FieldKind::Many2Many => "many2many",
            FieldKind::One2One => "one2one",
            FieldKind::Reference => "reference",
            FieldKind::Binary => "binary",
            FieldKind::Dict => "dict",
            FieldKind::Other(name) => name,
        }
    }

    /// one2many and many2many: a list of records.
    pub fn is_x2many(&self) -> bool {
        matches!(self, FieldKind::One2Many | FieldKind::Many2Many)
    }
}

impl From<&str> for FieldKind {
    fn from(name: &str) -> FieldKind {
        match name {
            "char" => FieldKind::Char,
            "text" => FieldKind::Text,
            "full_text" => FieldKind::FullText,
            "integer" => FieldKind::Integer,
            "biginteger" => FieldKind::BigInteger,
            "float" => FieldKind::Float,
            "numeric" => FieldKind::Numeric,
            "boolean" => FieldKind::Boolean,
            "date" => FieldKind::Date,
            "datetime" => FieldKind::DateTime,
            "timestamp" => FieldKind::Timestamp,
            "time" => FieldKind::Time,
            "timedelta" => FieldKind::TimeDelta,
            "selection" => FieldKind::Selection,
            "multiselection" => FieldKind::MultiSelection,
            "many2one" => FieldKind::Many2One,
            "one2many" => FieldKind::One2Many,
            "many2many" => FieldKind::Many2Many,
            "one2one" => FieldKind::One2One,
            "reference" => FieldKind::Reference,
            "binary" => FieldKind::Binary,
            "dict" => FieldKind::Dict,
            other => FieldKind::Other(other.to_string()),
        }
    }
}

impl From<String> for FieldKind {
    fn from(name: String) -> FieldKind {
        FieldKind::from(name.as_str())
    }
}

impl From<FieldKind> for String {
    fn from(kind: FieldKind) -> String {
        kind.as_str().to_string()
    }
}

impl fmt::Display for FieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A selection field's values: `[[value, label], …]`, or the name of the model's method that
/// gives them (a selection that depends on the record).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Selection {
    Values(Vec<(Value, Value)>),
    Method(String),
    Other(Value),
}

/// One field's definition, as `fields_get` (or a view's `fields`) gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldDef {
    /// The field's name (the key of the answer's entry when the entry lacks it).
    #[serde(default)]
    pub name: String,
    /// The label people see.
    #[serde(default, alias = "label", skip_serializing_if = "Option::is_none")]
    pub string: Option<String>,
    #[serde(rename = "type")]
    pub kind: FieldKind,
    /// The model a many2one, one2one, one2many or many2many points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    #[serde(default, deserialize_with = "flag")]
    pub readonly: bool,
    #[serde(default, deserialize_with = "flag")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Selection>,
    /// The many2one of a one2many's records that points back (`party` for `addresses`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation_field: Option<String>,
}

impl FieldDef {
    /// The labels of a selection's values by value (`ir.cron`'s `method` names the jobs).
    pub fn selection_labels(&self) -> BTreeMap<String, String> {
        let Some(Selection::Values(pairs)) = &self.selection else {
            return BTreeMap::new();
        };
        pairs
            .iter()
            .filter_map(|(value, label)| {
                Some((value.as_str()?.to_string(), label.as_str()?.to_string()))
            })
            .collect()
    }
}

/// A flag as trytond may send it: a boolean, or 1/0 (SQLite), or nothing.
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Bool(flag) => flag,
        Value::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        _ => false,
    })
}

/// A model's fields by name.
pub type Fields = BTreeMap<String, FieldDef>;

/// The field definitions of an answer (`fields_get`'s, a view's `fields`); `what` names it in
/// the error when it is no object. Entries that are no definition are left out.
pub fn parse_fields(answer: Value, what: &str) -> anyhow::Result<Fields> {
    let Value::Object(entries) = answer else {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!("{what} did not answer an object"),
        )
        .into());
    };
    Ok(entries
        .into_iter()
        .filter_map(|(name, entry)| Some((name.clone(), field_def(name, entry)?)))
        .collect())
}

/// One entry of the definitions, named `name` when it does not say its name; `None` when it
/// is no definition (no type).
pub fn field_def(name: String, entry: Value) -> Option<FieldDef> {
    let mut field: FieldDef = serde_json::from_value(entry).ok()?;
    if field.name.is_empty() {
        field.name = name;
    }
    Some(field)
}

/// The RPC method of `model`'s `fields_get`.
pub fn fields_get_method(model: &str) -> String {
    format!("model.{model}.fields_get")
}

/// `model`'s fields from the server: `fields_get` through `call` (a session's call, cached or
/// not, or completion's bare client).
pub fn fields_get(
    model: &str,
    context: &Value,
    call: impl FnOnce(&str, &Value) -> anyhow::Result<Value>,
) -> anyhow::Result<Fields> {
    let method = fields_get_method(model);
    let answer = call(&method, &json!([null, context]))?;
    parse_fields(answer, &method)
}

/// The names of a field path: `/` between them when there is one (as export and import write
/// paths), dots otherwise.
pub fn split_path(path: &str) -> Vec<&str> {
    let separator = if path.contains('/') { '/' } else { '.' };
    path.split(separator).collect()
}

/// One name of a path, resolved: the model it was looked up on and its field.
#[derive(Clone, Debug)]
pub struct Step {
    pub model: String,
    pub field: FieldDef,
}

/// Why a path could not be walked: a name `lookup` refused, or a field that is no relation
/// with names after it.
#[derive(Debug)]
pub enum WalkError<E> {
    Lookup(E),
    NotARelation { index: usize, step: Box<Step> },
}

/// Each of `names` resolved in turn, from `model` through the relation of each field before
/// the last; `lookup(model, name)` gives a name's field (by name, label or whatever the caller
/// accepts; the field's `name` is what is kept).
pub fn walk<E>(
    model: &str,
    names: &[&str],
    mut lookup: impl FnMut(&str, &str) -> Result<FieldDef, E>,
) -> Result<Vec<Step>, WalkError<E>> {
    let mut steps: Vec<Step> = Vec::with_capacity(names.len());
    let mut current = model.to_string();
    for (index, name) in names.iter().enumerate() {
        if let Some(previous) = steps.last() {
            match &previous.field.relation {
                Some(relation) => current = relation.clone(),
                None => {
                    return Err(WalkError::NotARelation {
                        index: index - 1,
                        step: Box::new(previous.clone()),
                    });
                }
            }
        }
        let field = lookup(&current, name).map_err(WalkError::Lookup)?;
        steps.push(Step {
            model: current.clone(),
            field,
        });
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// party.party's `code` as a trytond 8.2 server answered it (with its
    /// `states`, `domain`… that are ignored), and entries shaped as 8.2 writes them: a one2many,
    /// a timestamp, a binary with 8.2's `filename_ext`, a type of a module, one without a type.
    const PARTY_8_2: &str = r#"{
        "code": {"context":"{}","loading":"eager","name":"code","on_change":[],"on_change_with":[],"readonly":false,"required":true,"states":"{}","type":"char","domain":"[]","searchable":true,"sortable":true,"string":"Code","help":"The unique identifier of the party.","translate":false,"autocomplete":[],"strip":true,"create":true,"delete":true},
        "addresses": {"context":"{}","loading":"lazy","name":"addresses","readonly":false,"required":false,"type":"one2many","relation":"party.address","relation_field":"party","string":"Addresses","help":"","add_remove":null,"size":null,"order":null,"sortable":false,"searchable":true,"create":true,"delete":true},
        "create_date": {"name":"create_date","readonly":true,"required":false,"type":"timestamp","string":"Created at","format":"\"%H:%M:%S.%f\""},
        "picture": {"name":"picture","type":"binary","string":"Picture","filename":"","filename_ext":null},
        "states": {"name":"states","type":"widget_of_a_module","string":"States"},
        "broken": {"name":"broken","string":"No type"}
    }"#;

    /// ir.cron's `method`, `interval_number` and a dynamic selection, with the keys trytond
    /// 7.0 writes (`model/fields/field.py` and `selection.py`, `definition`): a static
    /// selection is a list of pairs, a dynamic one its method's name. Flags are given as 1/0
    /// here to show they are read as a client reads them.
    const CRON_7_0: &str = r#"{
        "method": {"name":"method","type":"selection","string":"Method","readonly":0,"required":1,"selection":[["ir.trigger|trigger_time","Run On Time Triggers"],["ir.queue|clean","Clean Task Queue"]],"selection_change_with":[],"sort":true,"translate_selection":true,"help_selection":null},
        "interval_number": {"name":"interval_number","type":"integer","string":"Interval Number","readonly":false,"required":true},
        "timezone": {"type":"selection","string":"Timezone","selection":"get_timezones"}
    }"#;

    #[test]
    fn an_8_2_fields_get_answer_is_read_with_its_extras_ignored() {
        let fields = parse_fields(serde_json::from_str(PARTY_8_2).unwrap(), "m").unwrap();
        let code = &fields["code"];
        assert_eq!(code.kind, FieldKind::Char);
        assert_eq!(code.string.as_deref(), Some("Code"));
        assert!(code.required && !code.readonly);
        let addresses = &fields["addresses"];
        assert_eq!(addresses.kind, FieldKind::One2Many);
        assert!(addresses.kind.is_x2many());
        assert_eq!(addresses.relation.as_deref(), Some("party.address"));
        assert_eq!(fields["create_date"].kind, FieldKind::Timestamp);
        assert_eq!(fields["picture"].kind, FieldKind::Binary);
        assert_eq!(
            fields["states"].kind,
            FieldKind::Other("widget_of_a_module".into())
        );
        assert!(!fields.contains_key("broken"), "an entry without a type");
    }

    #[test]
    fn a_7_0_fields_get_answer_is_read_with_its_selections_and_numeric_flags() {
        let fields = parse_fields(serde_json::from_str(CRON_7_0).unwrap(), "m").unwrap();
        let method = &fields["method"];
        assert_eq!(method.kind, FieldKind::Selection);
        assert!(method.required && !method.readonly);
        assert_eq!(
            method
                .selection_labels()
                .get("ir.queue|clean")
                .map(String::as_str),
            Some("Clean Task Queue")
        );
        assert_eq!(fields["interval_number"].kind, FieldKind::Integer);
        let timezone = &fields["timezone"];
        assert_eq!(timezone.name, "timezone", "named by its key");
        assert_eq!(
            timezone.selection,
            Some(Selection::Method("get_timezones".into()))
        );
        assert!(timezone.selection_labels().is_empty());
    }

    #[test]
    fn an_answer_that_is_no_object_is_the_servers_fault() {
        let err = parse_fields(json!([1]), "model.x.fields_get").unwrap_err();
        assert_eq!(
            err.to_string(),
            "model.x.fields_get did not answer an object"
        );
    }

    #[test]
    fn definitions_keep_their_type_name_through_a_cache_file() {
        let fields = parse_fields(serde_json::from_str(PARTY_8_2).unwrap(), "m").unwrap();
        let text = serde_json::to_string(&fields).unwrap();
        let again: Fields = serde_json::from_str(&text).unwrap();
        assert_eq!(again, fields);
        assert!(text.contains(r#""type":"widget_of_a_module""#), "{text}");
        // What older cache files hold: type, relation and `label`.
        let old: FieldDef =
            serde_json::from_str(r#"{"type":"many2one","relation":"party.party","label":"Party"}"#)
                .unwrap();
        assert_eq!(old.string.as_deref(), Some("Party"));
        assert_eq!(old.kind, FieldKind::Many2One);
    }

    fn schema() -> BTreeMap<&'static str, Fields> {
        let field = |name: &str, kind: &str, relation: Option<&str>| {
            let def: FieldDef = serde_json::from_value(
                json!({"name": name, "type": kind, "relation": relation, "string": name}),
            )
            .unwrap();
            (name.to_string(), def)
        };
        BTreeMap::from([
            (
                "sale.sale",
                Fields::from([
                    field("party", "many2one", Some("party.party")),
                    field("number", "char", None),
                ]),
            ),
            (
                "party.party",
                Fields::from([
                    field("addresses", "one2many", Some("party.address")),
                    field("name", "char", None),
                ]),
            ),
            ("party.address", Fields::from([field("city", "char", None)])),
        ])
    }

    fn lookup<'a>(
        schema: &'a BTreeMap<&'static str, Fields>,
    ) -> impl FnMut(&str, &str) -> Result<FieldDef, String> + 'a {
        move |model, name| {
            schema[model]
                .get(name)
                .cloned()
                .ok_or_else(|| format!("no {name} on {model}"))
        }
    }

    #[test]
    fn a_path_is_walked_through_relations_with_dots_or_slashes() {
        let schema = schema();
        for path in ["party.addresses.city", "party/addresses/city"] {
            let steps = walk("sale.sale", &split_path(path), lookup(&schema)).unwrap();
            let models: Vec<&str> = steps.iter().map(|s| s.model.as_str()).collect();
            assert_eq!(models, ["sale.sale", "party.party", "party.address"]);
            assert_eq!(steps[2].field.name, "city");
            assert_eq!(steps[2].field.kind, FieldKind::Char);
        }
        assert_eq!(split_path("a.b/c"), ["a.b", "c"]);
        assert!(walk("sale.sale", &[], lookup(&schema)).unwrap().is_empty());
    }

    #[test]
    fn a_walk_stops_at_an_unknown_name_or_after_a_field_that_is_no_relation() {
        let schema = schema();
        match walk("sale.sale", &["party", "nope"], lookup(&schema)) {
            Err(WalkError::Lookup(err)) => assert_eq!(err, "no nope on party.party"),
            other => panic!("{other:?}"),
        }
        match walk("sale.sale", &["party", "name", "x"], lookup(&schema)) {
            Err(WalkError::NotARelation { index, step }) => {
                assert_eq!(index, 1);
                assert_eq!(step.model, "party.party");
                assert_eq!(step.field.name, "name");
            }
            other => panic!("{other:?}"),
        }
    }
}
