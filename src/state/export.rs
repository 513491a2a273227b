//! The records on a server written as a file `plan` reads, such that planning it at once shows
//! no change: `state export`, and the side `diff`/`sync` compare from.
//!
//! A reference is written by its target's natural key (`keys::default_key`), recursively for a
//! key field that is itself a reference (a category's parent), with null parts left out — or
//! with them when only they tell two records apart. A key that would not find exactly one record
//! is written `{id: N}`, with a warning: an id means nothing on another database. Records come
//! after the records of the same model they refer to (parents first), inactive ones included.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use saphyr::{LoadableYamlNode, Scalar, ScalarStyle, Yaml, YamlEmitter};
use serde_json::{Map, Value, json};

use super::keys;
use crate::exit::{ExitCode, Failure, exit_code_of};
use crate::output;
use crate::schema::{self, FieldDef, FieldKind, Fields};
use crate::session::Authenticated;

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

/// A one2many's children, read for all the exported records at once.
struct Kids {
    model: String,
    fields: Fields,
    written: Vec<String>,
    key: Vec<String>,
    by_id: HashMap<i64, Map<String, Value>>,
}

fn unknown(model: &str, name: &str) -> anyhow::Error {
    Failure::usage(format!(
        "{model} has no field '{name}'; 'tryton-cli fields {model}' lists them"
    ))
    .into()
}

/// The fields written (key first) and, among them, the one2many written as children.
fn chosen_fields(
    model: &str,
    fields: &Fields,
    asked: &[String],
    children: &[String],
    key: &[String],
) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let mut written: Vec<String> = key.to_vec();
    let add = |name: &String, written: &mut Vec<String>| {
        if !written.contains(name) {
            written.push(name.clone());
        }
    };
    if asked.is_empty() {
        for (name, field) in fields {
            let plain = !field.readonly
                && !BOOKKEEPING.contains(&name.as_str())
                && !matches!(field.kind, FieldKind::One2Many | FieldKind::Binary);
            if plain {
                add(name, &mut written);
            }
        }
    }
    for name in asked {
        let Some(field) = fields.get(name) else {
            return Err(unknown(model, name));
        };
        if (field.readonly && name != "active") || BOOKKEEPING.contains(&name.as_str()) {
            return Err(Failure::usage(format!(
                "{model}.{name} is read-only: plan and apply cannot declare it, so it is not written"
            ))
            .into());
        }
        add(name, &mut written);
    }
    for name in children {
        match fields.get(name) {
            None => return Err(unknown(model, name)),
            Some(field) if field.kind != FieldKind::One2Many => {
                return Err(Failure::usage(format!(
                    "--children: {model}.{name} is a {}, not a one2many",
                    field.kind.as_str()
                ))
                .into());
            }
            Some(_) => add(name, &mut written),
        }
    }
    let kids = written
        .iter()
        .filter(|name| fields[*name].kind == FieldKind::One2Many)
        .cloned()
        .collect();
    Ok((written, kids))
}

/// The ids of the references among `names` of a record, by target model.
fn want_refs(
    fields: &Fields,
    names: &[String],
    record: &Map<String, Value>,
    wanted: &mut BTreeMap<String, BTreeSet<i64>>,
) {
    for name in names {
        let field = &fields[name];
        if matches!(
            field.kind,
            FieldKind::Many2One | FieldKind::One2One | FieldKind::Many2Many
        ) && let Some(relation) = &field.relation
        {
            let value = record.get(name);
            let ids = match value.and_then(Value::as_i64) {
                Some(id) => vec![id],
                None => ids_of(value),
            };
            wanted.entry(relation.clone()).or_default().extend(ids);
        }
    }
}

/// For each record, the records among them it refers to (a parent, a many2many to its model).
fn same_model_deps(
    model: &str,
    fields: &Fields,
    written: &[String],
    records: &[Map<String, Value>],
) -> Vec<Vec<usize>> {
    let index: HashMap<i64, usize> = records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((record_id(r)?, i)))
        .collect();
    records
        .iter()
        .map(|record| {
            let mut wanted = BTreeMap::new();
            let own: Vec<String> = written
                .iter()
                .filter(|n| fields[*n].relation.as_deref() == Some(model))
                .cloned()
                .collect();
            want_refs(fields, &own, record, &mut wanted);
            wanted
                .remove(model)
                .unwrap_or_default()
                .iter()
                .filter_map(|id| index.get(id).copied())
                .collect()
        })
        .collect()
}

/// An order of the records where each comes after those it refers to, otherwise as given; a
/// cycle (which trytond's trees refuse) is broken where it is met.
pub fn parents_first(deps: &[Vec<usize>]) -> Vec<usize> {
    fn visit(index: usize, deps: &[Vec<usize>], seen: &mut [bool], order: &mut Vec<usize>) {
        if seen[index] {
            return;
        }
        seen[index] = true;
        for &next in &deps[index] {
            visit(next, deps, seen, order);
        }
        order.push(index);
    }
    let mut seen = vec![false; deps.len()];
    let mut order = Vec::with_capacity(deps.len());
    for index in 0..deps.len() {
        visit(index, deps, &mut seen, &mut order);
    }
    order
}

fn key_text(item: &Map<String, Value>, key: &[String]) -> String {
    let shown: Map<String, Value> = key
        .iter()
        .map(|name| (name.clone(), item.get(name).cloned().unwrap_or(Value::Null)))
        .collect();
    Value::Object(shown).to_string()
}

/// Records that share their key values cannot be told apart by plan: say so.
fn warn_shared_keys(what: &str, key: &[String], items: &[Value]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for item in items.iter().filter_map(Value::as_object) {
        *seen.entry(key_text(item, key)).or_default() += 1;
    }
    for (shown, count) in seen.into_iter().filter(|(_, count)| *count > 1) {
        log::warn!(
            "{count} {what} share the key {shown}: plan cannot tell them apart; give a key with more fields"
        );
    }
}

/// A value as `read` prints it (booleans from SQLite's 1/0 too).
fn plain(kind: &FieldKind, raw: &Value) -> Value {
    let mut value = output::plain(raw.clone());
    if *kind == FieldKind::Boolean {
        output::boolean(&mut value);
    }
    value
}

fn record_id(record: &Map<String, Value>) -> Option<i64> {
    record.get("id").and_then(Value::as_i64)
}

fn ids_of(value: Option<&Value>) -> Vec<i64> {
    value
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

fn join(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The document as YAML (block style): every string reads back as the same string ("yes",
/// "1", "", "null", "a: b" are quoted), every number as the same number.
pub fn to_yaml(document: &Value) -> anyhow::Result<String> {
    let mut text = String::new();
    YamlEmitter::new(&mut text)
        .dump(&yaml_of(document))
        .map_err(|err| anyhow::anyhow!("cannot write YAML: {err}"))?;
    let mut text = text
        .strip_prefix("---\n")
        .map(str::to_string)
        .unwrap_or(text);
    text.push('\n');
    Ok(text)
}

fn yaml_of(value: &Value) -> Yaml<'static> {
    match value {
        Value::Null => Yaml::Value(Scalar::Null),
        Value::Bool(flag) => Yaml::Value(Scalar::Boolean(*flag)),
        Value::Number(number) => yaml_number(&number.to_string()),
        Value::String(text) => yaml_string(text),
        Value::Array(items) => Yaml::Sequence(items.iter().map(yaml_of).collect()),
        Value::Object(entries) => Yaml::Mapping(
            entries
                .iter()
                .map(|(key, value)| (yaml_string(key), yaml_of(value)))
                .collect(),
        ),
    }
}

/// An integer, a float that reads back as the same decimal value, else the digits as text (a
/// Numeric field reads them exactly).
fn yaml_number(text: &str) -> Yaml<'static> {
    if let Ok(integer) = text.parse::<i64>() {
        return Yaml::Value(Scalar::Integer(integer));
    }
    if let Ok(float) = text.parse::<f64>()
        && float.is_finite()
        && trimmed(&float.to_string()) == trimmed(text)
    {
        return Yaml::Value(Scalar::FloatingPoint(float.into()));
    }
    yaml_string(text)
}

fn trimmed(text: &str) -> &str {
    if text.contains('.') && !text.contains(['e', 'E']) {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// Plain when the emitter's choice reads back as the same string, else double-quoted with JSON's
/// escapes (which YAML's double-quoted style reads).
fn yaml_string(text: &str) -> Yaml<'static> {
    if reads_back(text) {
        Yaml::Value(Scalar::String(text.to_string().into()))
    } else {
        let quoted = serde_json::to_string(text).unwrap_or_default();
        let inner = quoted[1..quoted.len() - 1].to_string();
        Yaml::Representation(inner.into(), ScalarStyle::DoubleQuoted, None)
    }
}

/// Whether the text, as the emitter writes it, reads back as itself.
fn reads_back(text: &str) -> bool {
    let mut written = String::new();
    let value = Yaml::Value(Scalar::String(text.into()));
    if YamlEmitter::new(&mut written).dump(&value).is_err() {
        return false;
    }
    match Yaml::load_from_str(&written).as_deref() {
        Ok([Yaml::Value(Scalar::String(read))]) => read == text,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::file;

    #[test]
    fn strings_that_look_like_other_things_read_back_as_strings() {
        let tricky = [
            "yes",
            "no",
            "Y",
            "n",
            "on",
            "off",
            "true",
            "False",
            "1",
            "007",
            "-1",
            "1.5",
            "1e3",
            "0x1F",
            "0o7",
            ".inf",
            "-.inf",
            ".nan",
            "NaN",
            "inf",
            "",
            " ",
            " lead",
            "trail ",
            "null",
            "Null",
            "~",
            "a: b",
            "a #b",
            "#c",
            "- x",
            "-",
            "[x]",
            "{x}",
            "*a",
            "&a",
            "!t",
            "%p",
            "@x",
            "`x",
            "'q'",
            "\"q\"",
            "a\nb",
            "a\n",
            "tab\there",
            "back\\slash",
            "2024-01-31",
            "12:30",
            "1_000",
            "+1",
            "é ü 😀",
            "---",
            "...",
            "? x",
            "|",
            ">",
            "x:",
            ":x",
        ];
        let mut items = Vec::new();
        for text in tricky {
            items.push(json!({ "name": text }));
        }
        let document = json!({
            "version": 1,
            "records": [{ "model": "party.category", "items": items }],
        });
        let text = to_yaml(&document).unwrap();
        let spec = file::parse("t.yaml", &text).unwrap_or_else(|err| panic!("{err}\n{text}"));
        let read: Vec<Value> = spec.blocks[0]
            .items
            .iter()
            .map(|item| item.fields[0].1.to_json())
            .collect();
        let expected: Vec<Value> = tricky.iter().map(|t| json!(t)).collect();
        assert_eq!(read, expected, "{text}");
        assert!(text.starts_with("version: 1\n"), "{text}");
    }

    #[test]
    fn numbers_read_back_as_the_same_value_and_key_order_is_kept() {
        let document: Value = serde_json::from_str(
            r#"{"version": 1, "records": [{"model": "m", "items": [
                {"name": "A", "n": 3, "f": 12.5, "d": 12.50, "big": 123456789012345678901234.5, "b": false, "z": null}
            ]}]}"#,
        )
        .unwrap();
        let text = to_yaml(&document).unwrap();
        let spec = file::parse("t.yaml", &text).unwrap();
        let item = &spec.blocks[0].items[0];
        let names: Vec<&str> = item.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["name", "n", "f", "d", "big", "b", "z"], "{text}");
        let values: Vec<String> = item
            .fields
            .iter()
            .map(|(_, v)| v.to_json().to_string())
            .collect();
        assert_eq!(
            values,
            [
                "\"A\"",
                "3",
                "12.5",
                "12.5",
                "\"123456789012345678901234.5\"",
                "false",
                "null"
            ],
            "{text}"
        );
    }

    #[test]
    fn records_come_after_the_records_they_refer_to() {
        // 0 under 2, 2 under 1, 3 alone, 4 under 0: parents first, otherwise as given.
        let deps = vec![vec![2], vec![], vec![1], vec![], vec![0]];
        assert_eq!(parents_first(&deps), vec![1, 2, 0, 3, 4]);
        // A cycle does not loop: each record once.
        let mut cycle = parents_first(&[vec![1], vec![0]]);
        cycle.sort();
        assert_eq!(cycle, vec![0, 1]);
    }
}
