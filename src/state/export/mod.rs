//! The records on a server written as a file `plan` reads, such that planning it at once shows
//! no change: `state export`, and the side `diff`/`sync` compare from.
//!
//! A reference is written by its target's natural key (`keys::default_key`), recursively for a
//! key field that is itself a reference (a category's parent), with null parts left out — or
//! with them when only they tell two records apart. A key that would not find exactly one record
//! is written `{id: N}`, with a warning: an id means nothing on another database. Records come
//! after the records of the same model they refer to (parents first), inactive ones included.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value, json};

use super::keys;
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::schema::{self, FieldDef, FieldKind, Fields};
use crate::session::Authenticated;

mod select;

use select::{
    Kids, chosen_fields, ids_of, join, key_text, parents_first, plain, record_id, same_model_deps,
    unknown, want_refs, warn_shared_keys,
};

/// Kept here so that `state::export::to_yaml` still names it.
pub use super::yaml::to_yaml;

/// Fields the server keeps for itself: never written.
const BOOKKEEPING: &[&str] = &[
    "id",
    "rec_name",
    "create_uid",
    "create_date",
    "write_uid",
    "write_date",
    "xml_id",
    "last_modified_at",
    "_timestamp",
];

/// How many ids or key conditions one search carries.
const CHUNK: usize = 200;

/// One block of the export: a model's records.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub model: String,
    /// The records exported: a domain as sent (typed JSON).
    pub domain: Value,
    /// The fields written; empty for the defaults. A one2many named here is written as children.
    pub fields: Vec<String>,
    /// One2many fields written inline (besides the defaults, or besides `fields`).
    pub children: Vec<String>,
    /// The block's key, when not the model's default (written as `key:`).
    pub key: Option<Vec<String>>,
    /// Written as the block's `prune: {domain: …}`.
    pub prune: Option<Value>,
}

struct Schema {
    fields: Fields,
    /// The field of the child model pointing back, by one2many.
    back: HashMap<String, String>,
}

pub struct Exporter<'p, 'a> {
    session: &'p mut Authenticated<'a>,
    context: Value,
    /// What the file's `context:` says (the language names are read in).
    file_context: Map<String, Value>,
    schemas: HashMap<String, Schema>,
    /// The written reference of each record referred to.
    refs: HashMap<(String, i64), Value>,
    /// Block keys that override a model's default (references to it use them too).
    keys: HashMap<String, Vec<String>>,
    /// What to do when a model has no default key, as the command that exports can say it.
    key_hint: &'static str,
}

impl<'p, 'a> Exporter<'p, 'a> {
    /// `extra` is merged over the user's context (a file's `context:`); the user's language is
    /// written into the file so that translated names match when it is planned.
    pub fn new(
        session: &'p mut Authenticated<'a>,
        extra: Map<String, Value>,
        key_hint: &'static str,
    ) -> Exporter<'p, 'a> {
        let mut context = session.context().as_object().cloned().unwrap_or_default();
        context.extend(extra.clone());
        let mut file_context = extra;
        if let Some(language) = context.get("language").filter(|l| l.is_string()) {
            file_context.insert("language".into(), language.clone());
        }
        context.insert("active_test".into(), Value::Bool(false));
        Exporter {
            session,
            context: Value::Object(context),
            file_context,
            schemas: HashMap::new(),
            refs: HashMap::new(),
            keys: HashMap::new(),
            key_hint,
        }
    }

    /// The file: `version`, `context` and one block per request.
    pub fn document(&mut self, requests: &[Request]) -> anyhow::Result<Value> {
        for request in requests {
            if let Some(key) = &request.key {
                self.keys.insert(request.model.clone(), key.clone());
            }
        }
        let mut records = Vec::new();
        for request in requests {
            records.push(self.block(request)?);
        }
        let mut document = Map::new();
        document.insert("version".into(), json!(1));
        if !self.file_context.is_empty() {
            document.insert("context".into(), Value::Object(self.file_context.clone()));
        }
        document.insert("records".into(), Value::Array(records));
        Ok(Value::Object(document))
    }

    fn call(&mut self, method: &str, params: Value) -> anyhow::Result<Value> {
        Ok(self.session.call(method, &params)?.value)
    }

    fn search_read(
        &mut self,
        model: &str,
        domain: Value,
        fields: &[String],
    ) -> anyhow::Result<Vec<Map<String, Value>>> {
        let context = self.context.clone();
        let found = self.call(
            &format!("model.{model}.search_read"),
            json!([domain, 0, null, null, fields, context]),
        )?;
        Ok(found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|record| record.as_object().cloned())
            .collect())
    }

    /// Records by id, in chunks.
    fn read(
        &mut self,
        model: &str,
        ids: &[i64],
        fields: &[String],
    ) -> anyhow::Result<HashMap<i64, Map<String, Value>>> {
        let mut by_id = HashMap::new();
        for chunk in ids.chunks(CHUNK) {
            for record in self.search_read(model, json!([["id", "in", chunk]]), fields)? {
                if let Some(id) = record_id(&record) {
                    by_id.insert(id, record);
                }
            }
        }
        Ok(by_id)
    }

    fn schema(&mut self, model: &str) -> anyhow::Result<&Schema> {
        if !self.schemas.contains_key(model) {
            let method = schema::fields_get_method(model);
            let context = self.context.clone();
            let answer = self
                .call(&method, json!([null, context]))
                .map_err(|err| match exit_code_of(&err) {
                    ExitCode::ServerError => Failure::usage(format!(
                        "{model} is not a model of this server ({}); 'tryton-cli models' lists them",
                        crate::rpc::one_line(&format!("{err:#}"))
                    ))
                    .into(),
                    _ => err,
                })?;
            let back = answer
                .as_object()
                .into_iter()
                .flatten()
                .filter_map(|(name, entry)| {
                    Some((
                        name.clone(),
                        entry.get("relation_field")?.as_str()?.to_string(),
                    ))
                })
                .collect();
            let fields = schema::parse_fields(answer, &method)?;
            self.schemas
                .insert(model.to_string(), Schema { fields, back });
        }
        Ok(&self.schemas[model])
    }

    fn block(&mut self, request: &Request) -> anyhow::Result<Value> {
        let model = request.model.as_str();
        let fields = self.schema(model)?.fields.clone();
        let key = match &request.key {
            Some(key) => {
                if let Some(bad) = key.iter().find(|name| !fields.contains_key(*name)) {
                    return Err(unknown(model, bad));
                }
                key.clone()
            }
            None => keys::default_key(model, &fields).map_err(|_| {
                Failure::usage(format!(
                    "{model} has no default key (no name or code field): {}",
                    self.key_hint
                ))
            })?,
        };
        let (written, children) =
            chosen_fields(model, &fields, &request.fields, &request.children, &key)?;
        let mut names = written.clone();
        names.push("id".into());
        let records = self.search_read(model, request.domain.clone(), &names)?;
        let mut kids: HashMap<String, Kids> = HashMap::new();
        for field in &children {
            let relation = fields[field].relation.clone().unwrap_or_default();
            let back = self.schema(model)?.back.get(field).cloned();
            let child_fields = self.schema(&relation)?.fields.clone();
            let child_key =
                keys::default_child_key(&relation, &child_fields, model).map_err(Failure::usage)?;
            let (mut child_written, _) =
                chosen_fields(&relation, &child_fields, &[], &[], &child_key)?;
            child_written.retain(|name| {
                Some(name) != back.as_ref() && child_fields[name].kind != FieldKind::One2Many
            });
            let ids: Vec<i64> = records.iter().flat_map(|r| ids_of(r.get(field))).collect();
            let mut names = child_written.clone();
            names.push("id".into());
            let by_id = self.read(&relation, &ids, &names)?;
            kids.insert(
                field.clone(),
                Kids {
                    model: relation,
                    fields: child_fields,
                    written: child_written,
                    key: child_key,
                    by_id,
                },
            );
        }
        let mut wanted: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
        for record in &records {
            want_refs(&fields, &written, record, &mut wanted);
        }
        for kid in kids.values() {
            for record in kid.by_id.values() {
                want_refs(&kid.fields, &kid.written, record, &mut wanted);
            }
        }
        for (target, ids) in wanted {
            self.resolve(&target, ids, 0)?;
        }
        let deps: Vec<Vec<usize>> = same_model_deps(model, &fields, &written, &records);
        let mut items = Vec::new();
        for index in parents_first(&deps) {
            let record = &records[index];
            let mut item = Map::new();
            for name in &written {
                let value = match kids.get(name) {
                    Some(kid) => Value::Array(
                        ids_of(record.get(name))
                            .iter()
                            .filter_map(|id| kid.by_id.get(id))
                            .map(|child| Value::Object(self.item(&kid.fields, &kid.written, child)))
                            .collect(),
                    ),
                    None => self.value(&fields[name], record.get(name).unwrap_or(&Value::Null)),
                };
                item.insert(name.clone(), value);
            }
            for (field, kid) in &kids {
                if let Some(Value::Array(children)) = item.get(field) {
                    let what = format!("{} of {model} {}", kid.model, key_text(&item, &key));
                    warn_shared_keys(&what, &kid.key, children);
                }
            }
            items.push(Value::Object(item));
        }
        warn_shared_keys(model, &key, &items);
        let mut block = Map::new();
        block.insert("model".into(), json!(model));
        if let Some(key) = &request.key {
            block.insert("key".into(), json!(key));
        }
        if let Some(domain) = &request.prune {
            block.insert("prune".into(), json!({ "domain": domain }));
        }
        block.insert("items".into(), Value::Array(items));
        Ok(Value::Object(block))
    }

    fn item(
        &self,
        fields: &Fields,
        written: &[String],
        record: &Map<String, Value>,
    ) -> Map<String, Value> {
        written
            .iter()
            .map(|name| {
                let value = self.value(&fields[name], record.get(name).unwrap_or(&Value::Null));
                (name.clone(), value)
            })
            .collect()
    }

    /// A field's value as written: plain as `read` prints it, references by key.
    fn value(&self, field: &FieldDef, raw: &Value) -> Value {
        let relation = field.relation.clone().unwrap_or_default();
        match field.kind {
            FieldKind::Many2One | FieldKind::One2One => match raw.as_i64() {
                Some(id) => self.reference(&relation, id),
                None => Value::Null,
            },
            FieldKind::Many2Many => Value::Array(
                ids_of(Some(raw))
                    .into_iter()
                    .map(|id| self.reference(&relation, id))
                    .collect(),
            ),
            _ => plain(&field.kind, raw),
        }
    }

    fn reference(&self, model: &str, id: i64) -> Value {
        self.refs
            .get(&(model.to_string(), id))
            .cloned()
            .unwrap_or_else(|| json!({ "id": id }))
    }

    /// The written references of `ids` of `model`: read their key, the references in it first,
    /// then one search over all the keys tells which find exactly one record.
    fn resolve(&mut self, model: &str, ids: BTreeSet<i64>, depth: usize) -> anyhow::Result<()> {
        let ids: Vec<i64> = ids
            .into_iter()
            .filter(|id| !self.refs.contains_key(&(model.to_string(), *id)))
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let fields = self.schema(model)?.fields.clone();
        let default = keys::default_key(model, &fields).ok();
        let key = match self.keys.get(model).cloned().or(default.clone()) {
            Some(key) if depth < 32 && key.iter().all(|n| !fields[n].kind.is_x2many()) => key,
            _ => {
                log::warn!(
                    "{model} has no key a reference can name (ids {}): written as {{id: N}}, which names another record on another database",
                    join(&ids)
                );
                for id in ids {
                    self.refs
                        .insert((model.to_string(), id), json!({ "id": id }));
                }
                return Ok(());
            }
        };
        let records = self.read(model, &ids, &key)?;
        let mut nested: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
        for record in records.values() {
            want_refs(&fields, &key, record, &mut nested);
        }
        for (target, targets) in nested {
            self.resolve(&target, targets, depth + 1)?;
        }
        // The records each key's non-null parts find (those with all parts are among them).
        let mut conditions = Vec::new();
        for id in &ids {
            if let Some(record) = records.get(id) {
                let parts: Vec<Value> = key
                    .iter()
                    .filter(|name| !record.get(*name).unwrap_or(&Value::Null).is_null())
                    .map(|name| json!([name, "=", record[name]]))
                    .collect();
                if !parts.is_empty() {
                    conditions.push(Value::Array(parts));
                }
            }
        }
        let mut found = Vec::new();
        for chunk in conditions.chunks(CHUNK) {
            let mut domain = vec![json!("OR")];
            domain.extend(chunk.iter().cloned());
            found.extend(self.search_read(model, Value::Array(domain), &key)?);
        }
        for id in ids {
            let written = records.get(&id).and_then(|record| {
                self.key_reference(&fields, &key, default.as_deref(), record, &found)
            });
            let written = written.unwrap_or_else(|| {
                log::warn!(
                    "{model} id {id}: its key ({}) does not find exactly one record; written as {{id: {id}}}, which names another record on another database",
                    key.join(", ")
                );
                json!({ "id": id })
            });
            self.refs.insert((model.to_string(), id), written);
        }
        Ok(())
    }

    /// A record's reference by its key when it finds it alone: the non-null parts (a bare value
    /// when that is the default key's first field), else all parts with the nulls.
    fn key_reference(
        &self,
        fields: &Fields,
        key: &[String],
        default: Option<&[String]>,
        record: &Map<String, Value>,
        found: &[Map<String, Value>],
    ) -> Option<Value> {
        let value_of = |name: &String| record.get(name).cloned().unwrap_or(Value::Null);
        let set: Vec<&String> = key.iter().filter(|n| !value_of(n).is_null()).collect();
        if set.is_empty() {
            return None;
        }
        let matches = |names: &[&String]| {
            found
                .iter()
                .filter(|other| {
                    names
                        .iter()
                        .all(|n| other.get(*n).cloned().unwrap_or(Value::Null) == value_of(n))
                })
                .count()
        };
        let all: Vec<&String> = key.iter().collect();
        let names = if matches(&set) == 1 {
            set
        } else if matches(&all) == 1 {
            all
        } else {
            return None;
        };
        let bare = names.len() == 1 && default.and_then(|d| d.first()) == Some(names[0]);
        let mut map = Map::new();
        for name in names {
            let value = match value_of(name).as_i64() {
                Some(id)
                    if matches!(fields[name].kind, FieldKind::Many2One | FieldKind::One2One) =>
                {
                    let target = fields[name].relation.clone().unwrap_or_default();
                    self.reference(&target, id)
                }
                _ => self.value(&fields[name], &value_of(name)),
            };
            if bare {
                return Some(value);
            }
            map.insert(name.clone(), value);
        }
        Some(Value::Object(map))
    }
}
