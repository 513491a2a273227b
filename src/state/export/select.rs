//! Which fields and references an export writes, and in which order: the fields chosen, the
//! references wanted, the records of the same model referred to (parents first), and the warning
//! for records that share a key.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value};

use super::BOOKKEEPING;
use crate::exit::Failure;
use crate::output;
use crate::schema::{FieldKind, Fields};

/// A one2many's children, read for all the exported records at once.
pub(super) struct Kids {
    pub(super) model: String,
    pub(super) fields: Fields,
    pub(super) written: Vec<String>,
    pub(super) key: Vec<String>,
    pub(super) by_id: HashMap<i64, Map<String, Value>>,
}

pub(super) fn unknown(model: &str, name: &str) -> anyhow::Error {
    Failure::usage(format!(
        "{model} has no field '{name}'; 'tryton-cli fields {model}' lists them"
    ))
    .into()
}

/// The fields written (key first) and, among them, the one2many written as children.
pub(super) fn chosen_fields(
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
pub(super) fn want_refs(
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
pub(super) fn same_model_deps(
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

pub(super) fn key_text(item: &Map<String, Value>, key: &[String]) -> String {
    let shown: Map<String, Value> = key
        .iter()
        .map(|name| (name.clone(), item.get(name).cloned().unwrap_or(Value::Null)))
        .collect();
    Value::Object(shown).to_string()
}

/// Records that share their key values cannot be told apart by plan: say so.
pub(super) fn warn_shared_keys(what: &str, key: &[String], items: &[Value]) {
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
pub(super) fn plain(kind: &FieldKind, raw: &Value) -> Value {
    let mut value = output::plain(raw.clone());
    if *kind == FieldKind::Boolean {
        output::boolean(&mut value);
    }
    value
}

pub(super) use crate::state::{ids_of, record_id};

pub(super) fn join(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
