//! The comparison of a declared record with the server's, field by field: only fields that
//! differ are sent (a module's record refuses a write that names one of its fields even with
//! the same value), and children are matched among the parent's own.

use std::collections::HashSet;

use serde_json::{Map, Value, json};

use super::super::file::{self, Block};
use super::super::values::{Children, Decl, canonical};
use super::{Action, Change, Ctx, Entry, Fetched, FieldChange, Plan, Planner, Resolved, Send};
use super::{child_key, ids_of, record_id, timestamp};
use crate::output;
use crate::schema::{FieldDef, FieldKind};

impl Planner<'_, '_> {
    /// The changes that make `record` what `entry` declares.
    pub(super) fn compare(
        &mut self,
        ctx: &Ctx,
        entry: &Entry,
        record: &Map<String, Value>,
        fetched: &Fetched,
        change: &mut Change,
    ) -> anyhow::Result<()> {
        for (name, decl) in &entry.fields {
            if let Decl::Children(children) = decl {
                let key = format!("{}.{name}", entry.model);
                let (changes, kept) =
                    self.compare_children(ctx, children, record, name, &fetched.children[&key])?;
                if kept > 0 {
                    change.kept.push((name.clone(), kept));
                }
                if !changes.is_empty() {
                    change
                        .send
                        .push((name.clone(), Send::Children(changes.clone())));
                    change.children.push((name.clone(), changes));
                }
                continue;
            }
            let field = self.schemas[&entry.model][name].clone();
            if let Some((shown, send)) = self.compare_field(ctx, &field, name, decl, record)? {
                change.fields.push(shown);
                change.send.push((name.clone(), send));
            }
        }
        // An inactive record is read-only: activate it for the other changes, and deactivate it
        // again after them unless the file makes it active.
        let inactive = self.schemas[&entry.model].contains_key("active")
            && canonical(
                &FieldKind::Boolean,
                record.get("active").unwrap_or(&Value::Null),
            ) == json!(false);
        let others = change.send.iter().any(|(name, _)| name != "active");
        if inactive && others {
            change.reactivate = true;
            let made_active = change.send.iter().any(|(name, send)| {
                name == "active" && matches!(send, Send::Value(Value::Bool(true)))
            });
            change.deactivate = !made_active;
            change.send.retain(|(name, _)| name != "active");
        }
        Ok(())
    }

    /// The change of one field, if it differs.
    fn compare_field(
        &mut self,
        ctx: &Ctx,
        field: &FieldDef,
        name: &str,
        decl: &Decl,
        record: &Map<String, Value>,
    ) -> anyhow::Result<Option<(FieldChange, Send)>> {
        let current = record.get(name).cloned().unwrap_or(Value::Null);
        let relation = field.relation.clone().unwrap_or_default();
        let shown_change = |old: Value, new: Value| FieldChange {
            name: name.to_string(),
            old,
            new,
        };
        Ok(match decl {
            Decl::Plain { wire, plain } => {
                if canonical(&field.kind, &current) == *plain {
                    None
                } else {
                    let mut old = output::plain(current.clone());
                    if field.kind == FieldKind::Boolean {
                        output::boolean(&mut old);
                    }
                    Some((shown_change(old, plain.clone()), Send::Value(wire.clone())))
                }
            }
            Decl::Ref(target) => {
                let wanted = match target {
                    None => None,
                    Some(spec) => Some(self.resolve(ctx, spec)?),
                };
                let now = current.as_i64();
                if wanted
                    .map(|w| w == Resolved::Id(now.unwrap_or(-1)))
                    .unwrap_or(now.is_none())
                {
                    None
                } else {
                    let old = now.map_or(Value::Null, |id| self.label(&relation, id));
                    Some((shown_change(old, decl.shown()), Send::Ref(wanted)))
                }
            }
            Decl::Set(targets) => {
                let now = ids_of(Some(&current));
                let wanted = targets
                    .iter()
                    .map(|spec| self.resolve(ctx, spec))
                    .collect::<anyhow::Result<Vec<_>>>()?;
                let add: Vec<Resolved> = wanted
                    .iter()
                    .filter(|w| !matches!(w, Resolved::Id(id) if now.contains(id)))
                    .copied()
                    .collect();
                let remove: Vec<i64> = now
                    .iter()
                    .filter(|id| !wanted.contains(&Resolved::Id(**id)))
                    .copied()
                    .collect();
                if add.is_empty() && remove.is_empty() {
                    None
                } else {
                    let old =
                        Value::Array(now.iter().map(|id| self.label(&relation, *id)).collect());
                    Some((shown_change(old, decl.shown()), Send::Links { add, remove }))
                }
            }
            Decl::Links { add, remove } => {
                let now = ids_of(Some(&current));
                let mut adding = Vec::new();
                for spec in add {
                    let target = self.resolve(ctx, spec)?;
                    if !matches!(target, Resolved::Id(id) if now.contains(&id)) {
                        adding.push(target);
                    }
                }
                let mut removing = Vec::new();
                for spec in remove {
                    if let Resolved::Id(id) = self.resolve(ctx, spec)?
                        && now.contains(&id)
                    {
                        removing.push(id);
                    }
                }
                if adding.is_empty() && removing.is_empty() {
                    None
                } else {
                    let old =
                        Value::Array(now.iter().map(|id| self.label(&relation, *id)).collect());
                    Some((
                        shown_change(old, decl.shown()),
                        Send::Links {
                            add: adding,
                            remove: removing,
                        },
                    ))
                }
            }
            Decl::Children(_) => None,
        })
    }

    /// An old reference as the plan shows it: the record's name when it was read, else its id.
    fn label(&self, model: &str, id: i64) -> Value {
        match self.labels.get(&(model.to_string(), id)) {
            Some(name) => Value::String(name.clone()),
            None => Value::String(format!("id {id}")),
        }
    }

    /// The changes of a parent's children: each declared child matched by its key among the
    /// parent's own; the others deleted when the block prunes, else kept (and counted).
    fn compare_children(
        &mut self,
        ctx: &Ctx,
        children: &Children,
        record: &Map<String, Value>,
        field: &str,
        fetched: &std::collections::HashMap<i64, Map<String, Value>>,
    ) -> anyhow::Result<(Vec<Change>, usize)> {
        let own: Vec<&Map<String, Value>> = ids_of(record.get(field))
            .iter()
            .filter_map(|id| fetched.get(id))
            .collect();
        let mut used: HashSet<i64> = HashSet::new();
        let mut changes = Vec::new();
        for item in &children.items {
            let free: Vec<&Map<String, Value>> = own
                .iter()
                .filter(|child| !record_id(child).is_some_and(|id| used.contains(&id)))
                .copied()
                .collect();
            let found = self.matching(
                ctx,
                &children.model,
                &children.key,
                &item.fields,
                free.into_iter(),
            )?;
            match (found.as_slice(), item.absent) {
                ([], true) => {}
                ([], false) => {
                    changes.push(self.child_create(ctx, children, item)?);
                }
                ([child], absent) => {
                    let id = record_id(child).unwrap_or_default();
                    used.insert(id);
                    let action = if absent {
                        Action::Delete
                    } else {
                        Action::Update
                    };
                    let mut change =
                        Change::new(action, &children.model, child_key(children, item));
                    change.id = Some(id);
                    change.timestamp = timestamp(child);
                    if !absent {
                        for (name, decl) in &item.fields {
                            let field = self.schemas[&children.model][name].clone();
                            if let Some((shown, send)) =
                                self.compare_field(ctx, &field, name, decl, child)?
                            {
                                change.fields.push(shown);
                                change.send.push((name.clone(), send));
                            }
                        }
                    }
                    if absent || !change.send.is_empty() {
                        changes.push(change);
                    }
                }
                (several, _) => {
                    return Err(file::at(
                        &self.source,
                        item.line,
                        format!(
                            "the key {} matches several {} of this record (ids {}): give the children a key: that tells them apart",
                            children.key.join(", "),
                            field,
                            several
                                .iter()
                                .filter_map(|c| record_id(c))
                                .map(|i| i.to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            }
        }
        let mut kept = 0;
        for child in own {
            let Some(id) = record_id(child) else { continue };
            if used.contains(&id) {
                continue;
            }
            if children.prune {
                let name = child.get("rec_name").cloned().unwrap_or(Value::Null);
                let mut change = Change::new(
                    Action::Delete,
                    &children.model,
                    Map::from_iter([("rec_name".to_string(), name)]),
                );
                change.id = Some(id);
                change.timestamp = timestamp(child);
                changes.push(change);
            } else {
                kept += 1;
            }
        }
        Ok((changes, kept))
    }

    /// The records of a block's prune domain that no item of the file names: deleted.
    pub(super) fn prune(
        &mut self,
        block: &Block,
        domain: &Value,
        matched: &HashSet<i64>,
        plan: &mut Plan,
    ) -> anyhow::Result<()> {
        let at = |message: String| file::at(&self.source, block.prune_line, message);
        let domain = match domain {
            Value::String(text) => {
                let parsed = crate::domain::parse_domain(std::slice::from_ref(text))
                    .map_err(|err| at(format!("prune domain: {err}")))?;
                crate::field_types::typed_domain(&parsed, self.session, &block.model).map_err(
                    |err| {
                        at(format!(
                            "prune domain: {}",
                            crate::rpc::one_line(&format!("{err:#}"))
                        ))
                    },
                )?
            }
            Value::Array(_) => domain.clone(),
            _ => {
                return Err(at(
                    "prune: {domain: …} takes a JSON domain or the short form as text".into(),
                ));
            }
        };
        // Field names are checked here: the server would only answer an error without a line.
        let schema = &self.schemas[&block.model];
        for field in domain_fields(&domain) {
            if !schema.contains_key(&field) {
                return Err(at(format!(
                    "prune domain: unknown field '{field}' on {}; 'tryton-cli fields {}' lists them",
                    block.model, block.model
                )));
            }
        }
        let context = self.context.clone();
        let found = self.call(
            &format!("model.{}.search_read", block.model),
            json!([domain, 0, null, null, ["rec_name", "_timestamp"], context]),
        )?;
        let deleted: HashSet<i64> = plan
            .changes
            .iter()
            .filter(|c| c.model == block.model && c.action == Action::Delete)
            .filter_map(|c| c.id)
            .collect();
        for record in found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
        {
            let Some(id) = record_id(record) else {
                continue;
            };
            if matched.contains(&id) || deleted.contains(&id) {
                continue;
            }
            let name = record.get("rec_name").cloned().unwrap_or(Value::Null);
            let mut change = Change::new(
                Action::Delete,
                &block.model,
                Map::from_iter([("rec_name".to_string(), name)]),
            );
            change.id = Some(id);
            change.timestamp = timestamp(record);
            plan.changes.push(change);
        }
        Ok(())
    }
}

/// The fields a JSON domain's conditions name (the first name of a dotted path).
fn domain_fields(domain: &Value) -> Vec<String> {
    let mut fields = Vec::new();
    if let Value::Array(items) = domain {
        match items.first() {
            Some(Value::String(field)) if items.len() >= 3 => {
                fields.push(field.split('.').next().unwrap_or(field).to_string());
            }
            _ => items
                .iter()
                .for_each(|item| fields.extend(domain_fields(item))),
        }
    }
    fields
}
