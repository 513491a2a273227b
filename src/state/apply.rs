//! Making a plan true on the server, in the order that keeps every step valid and every retry
//! safe: inactive records activated, creates level by level (one `create` per model and level,
//! children inline), one `write` per model with only the changed fields, deactivations, and
//! deletes last. Writes and deletes carry the `_timestamp` each record had when it was read, so
//! that a record changed since the plan makes trytond refuse the call rather than overwrite the
//! newer change. Each call is one transaction: a failed call leaves nothing of itself, the calls
//! before it stay, and planning again sees them (creates are found by key, never made twice).

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::plan::{Action, Change, Plan, Resolved, Send};
use crate::batch::is_too_large;
use crate::exit::{ExitCode, Failure};
use crate::interrupt;
use crate::session::Authenticated;

/// What apply did.
#[derive(Default, Debug)]
pub struct Applied {
    pub created: usize,
    pub changed: usize,
    pub deleted: usize,
}

pub fn apply(session: &mut Authenticated, plan: &Plan) -> anyhow::Result<Applied> {
    let mut run = Run {
        session,
        context: plan.context.clone(),
        created: HashMap::new(),
        applied: Applied::default(),
    };
    run.all(plan).map_err(|err| {
        let done = &run.applied;
        let message = if is_stale(&err) {
            "a record changed on the server since it was planned: trytond refused the call and wrote nothing of it; plan again".to_string()
        } else {
            crate::rpc::one_line(&format!("{err:#}"))
        };
        Failure::retelling(
            &err,
            format!(
                "{message} (already applied: {} created, {} changed, {} deleted; running apply again is safe: it plans anew)",
                done.created, done.changed, done.deleted
            ),
        )
    })?;
    Ok(run.applied)
}

/// trytond's ConcurrencyException: the `_timestamp` sent is not the record's.
fn is_stale(err: &anyhow::Error) -> bool {
    let text = format!("{err:#}");
    text.contains("modified in the meanwhile") || text.contains("ConcurrencyException")
}

/// Records created in one call at most: bodies stay well under a proxy's limit.
const CREATES_PER_CALL: usize = 500;

struct Run<'s, 'a> {
    session: &'s mut Authenticated<'a>,
    context: Value,
    created: HashMap<usize, i64>,
    applied: Applied,
}

/// The models of `changes` in the order they first appear.
fn models_of<'c>(changes: impl Iterator<Item = &'c Change>) -> Vec<String> {
    let mut models: Vec<String> = Vec::new();
    for change in changes {
        if !models.contains(&change.model) {
            models.push(change.model.clone());
        }
    }
    models
}

impl Run<'_, '_> {
    fn all(&mut self, plan: &Plan) -> anyhow::Result<()> {
        let updates: Vec<&Change> = plan
            .changes
            .iter()
            .filter(|c| c.action == Action::Update)
            .collect();
        // Whose `_timestamp` has been checked: trytond checks it on the first call that touches
        // the record, and the record's timestamp moves with that call.
        let mut checked: Vec<(String, i64)> = Vec::new();

        for model in models_of(updates.iter().copied().filter(|c| c.reactivate)) {
            let records: Vec<&Change> = updates
                .iter()
                .copied()
                .filter(|c| c.reactivate && c.model == model)
                .collect();
            let ids: Vec<i64> = records.iter().filter_map(|c| c.id).collect();
            let context = self.with_timestamps(records.iter().copied(), false);
            self.call(
                &format!("model.{model}.write"),
                json!([ids, {"active": true}, context]),
            )?;
            log::info!(
                "activated {} {model} record(s) for their changes",
                ids.len()
            );
            checked.extend(ids.iter().map(|id| (model.clone(), *id)));
        }

        let levels = plan
            .changes
            .iter()
            .filter(|c| c.action == Action::Create)
            .map(|c| c.level)
            .max();
        for level in 0..=levels.unwrap_or(0) {
            let at_level: Vec<&Change> = plan
                .changes
                .iter()
                .filter(|c| c.action == Action::Create && c.level == level)
                .collect();
            for model in models_of(at_level.iter().copied()) {
                let records: Vec<&Change> = at_level
                    .iter()
                    .copied()
                    .filter(|c| c.model == model)
                    .collect();
                self.create(&model, &records)?;
                log::info!("created {} {model} record(s)", records.len());
            }
        }

        for model in models_of(updates.iter().copied()) {
            let records: Vec<&Change> = updates
                .iter()
                .copied()
                .filter(|c| c.model == model && !c.send.is_empty())
                .collect();
            if records.is_empty() {
                continue;
            }
            let mut params = Vec::new();
            for change in &records {
                let values = self.values(change)?;
                // Only children created apart (inactive ones): nothing to write here.
                if values.as_object().is_some_and(Map::is_empty) {
                    continue;
                }
                params.push(json!([change.id]));
                params.push(values);
            }
            if params.is_empty() {
                continue;
            }
            let fresh: Vec<&Change> = records
                .iter()
                .copied()
                .filter(|c| !checked.contains(&(c.model.clone(), c.id.unwrap_or_default())))
                .collect();
            let mut context = self.with_timestamps(fresh.into_iter(), true);
            // Children's timestamps are checked as their parent's write reaches them.
            if let Some(stamps) = context.get_mut("_timestamp").and_then(Value::as_object_mut) {
                for change in &records {
                    child_timestamps(change, stamps);
                }
            }
            params.push(context);
            self.call(&format!("model.{model}.write"), Value::Array(params))?;
            for change in &records {
                let [created, changed, deleted] = counted(change);
                self.applied.created += created;
                self.applied.changed += changed;
                self.applied.deleted += deleted;
            }
            log::info!("changed {} {model} record(s)", records.len());
        }
        let children = self.create_inactive_children(plan)?;
        let deactivated: Vec<&Change> = plan
            .changes
            .iter()
            .filter(|c| c.deactivate)
            .chain(children.iter().map(|(change, _)| *change))
            .collect();
        for model in models_of(deactivated.iter().copied()) {
            let mut ids: Vec<i64> = children
                .iter()
                .filter(|(change, _)| change.model == model)
                .map(|(_, id)| *id)
                .collect();
            for change in deactivated
                .iter()
                .filter(|c| c.model == model && c.inverse.is_none())
            {
                ids.push(match (change.id, change.entry) {
                    (Some(id), _) => id,
                    (None, Some(entry)) => self.resolved(Resolved::Pending(entry))?,
                    (None, None) => continue,
                });
            }
            let context = self.context.clone();
            self.call(
                &format!("model.{model}.write"),
                json!([ids, {"active": false}, context]),
            )?;
            log::info!("deactivated {} {model} record(s)", ids.len());
        }

        let deletes: Vec<&Change> = plan
            .changes
            .iter()
            .filter(|c| c.action == Action::Delete)
            .collect();
        let mut models = models_of(deletes.iter().copied());
        // Records that others point to were declared first: delete in the opposite order.
        models.reverse();
        for model in models {
            let records: Vec<&Change> = deletes
                .iter()
                .copied()
                .filter(|c| c.model == model)
                .collect();
            let ids: Vec<i64> = records.iter().filter_map(|c| c.id).collect();
            let context = self.with_timestamps(records.iter().copied(), false);
            self.call(&format!("model.{model}.delete"), json!([ids, context]))?;
            self.applied.deleted += ids.len();
            log::info!("deleted {} {model} record(s)", ids.len());
        }
        Ok(())
    }

    /// One call, one transaction. A first Ctrl-C (or SIGTERM) lets the call in flight finish
    /// and stops before the next one; what is done stays, and apply run again plans the rest.
    /// The records of one model at one level, created in calls of at most `CREATES_PER_CALL`
    /// (halved when a proxy refuses the body as too large: a 413 comes before trytond runs
    /// anything). Each call is a transaction of its own; the calls before a failed one stay,
    /// and planning again finds them.
    fn create(&mut self, model: &str, records: &[&Change]) -> anyhow::Result<()> {
        let mut size = CREATES_PER_CALL;
        let mut done = 0;
        while done < records.len() {
            let piece = &records[done..(done + size).min(records.len())];
            let values = piece
                .iter()
                .map(|c| self.values(c))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let context = self.context.clone();
            let ids = match self.call(&format!("model.{model}.create"), json!([values, context])) {
                Err(err) if is_too_large(&err) && piece.len() > 1 => {
                    size = piece.len() / 2;
                    log::debug!(
                        "* the server refused {} records at once as too large: {size} now",
                        piece.len()
                    );
                    continue;
                }
                other => other?,
            };
            let ids: Vec<i64> = ids
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_i64)
                .collect();
            for (change, id) in piece.iter().zip(&ids) {
                if let Some(entry) = change.entry {
                    self.created.insert(entry, *id);
                }
                self.applied.created += counted(change)[0];
            }
            done += piece.len();
        }
        Ok(())
    }

    /// Children declared inactive, created once their parent exists, each with the field that
    /// points back to it; their ids, for the deactivation that follows.
    fn create_inactive_children<'p>(
        &mut self,
        plan: &'p Plan,
    ) -> anyhow::Result<Vec<(&'p Change, i64)>> {
        let mut made = Vec::new();
        for parent in &plan.changes {
            let waiting: Vec<&Change> = parent
                .children
                .iter()
                .flat_map(|(_, children)| children)
                .filter(|child| child.action == Action::Create && child.inverse.is_some())
                .collect();
            if waiting.is_empty() {
                continue;
            }
            let parent_id = match (parent.id, parent.entry) {
                (Some(id), _) => id,
                (None, Some(entry)) => self.resolved(Resolved::Pending(entry))?,
                (None, None) => continue,
            };
            for child in waiting {
                let mut values = self.values(child)?;
                if let (Some(map), Some(inverse)) = (values.as_object_mut(), &child.inverse) {
                    map.insert(inverse.clone(), json!(parent_id));
                }
                let context = self.context.clone();
                let ids = self.call(
                    &format!("model.{}.create", child.model),
                    json!([[values], context]),
                )?;
                if let Some(id) = ids.get(0).and_then(Value::as_i64) {
                    made.push((child, id));
                    self.applied.created += 1;
                }
            }
        }
        Ok(made)
    }

    fn call(&mut self, method: &str, params: Value) -> anyhow::Result<Value> {
        self.stop_if_asked();
        interrupt::set_in_flight(Some(format!(
            "{method} (apply again: it finds what was done)"
        )));
        let reply = self.session.call(method, &params);
        interrupt::set_in_flight(None);
        let value = reply?.value;
        self.stop_if_asked_after(method);
        Ok(value)
    }

    fn stop_if_asked(&self) {
        if let Some(signal) = interrupt::requested() {
            self.stop(signal, "");
        }
    }

    fn stop_if_asked_after(&self, method: &str) {
        if let Some(signal) = interrupt::requested() {
            self.stop(signal, &format!(" ({method} was applied)"));
        }
    }

    fn stop(&self, signal: i32, last: &str) -> ! {
        let done = &self.applied;
        interrupt::die(
            signal,
            &format!(
                "interrupted: {} created, {} changed, {} deleted so far{last}; nothing after that was sent. Run apply again to finish: it plans anew and creates nothing twice",
                done.created, done.changed, done.deleted
            ),
        )
    }

    /// The context with the `_timestamp` of each record (`"model,id": timestamp`).
    fn with_timestamps<'c>(
        &self,
        changes: impl Iterator<Item = &'c Change>,
        always: bool,
    ) -> Value {
        let mut stamps = Map::new();
        for change in changes {
            if let (Some(id), Some(stamp)) = (change.id, &change.timestamp) {
                stamps.insert(
                    format!("{},{id}", change.model),
                    Value::String(stamp.clone()),
                );
            }
        }
        let mut context = self.context.clone();
        if (always || !stamps.is_empty())
            && let Some(map) = context.as_object_mut()
        {
            map.insert("_timestamp".into(), Value::Object(stamps));
        }
        context
    }

    fn resolved(&self, target: Resolved) -> anyhow::Result<i64> {
        match target {
            Resolved::Id(id) => Ok(id),
            Resolved::Pending(entry) => self.created.get(&entry).copied().ok_or_else(|| {
                Failure::new(
                    ExitCode::ServerError,
                    "a record this one refers to was not created before it",
                )
                .into()
            }),
        }
    }

    /// The values a change sends, its references made ids.
    fn values(&self, change: &Change) -> anyhow::Result<Value> {
        let mut values = Map::new();
        for (name, send) in &change.send {
            let value = match send {
                Send::Value(value) => value.clone(),
                Send::Ref(None) => Value::Null,
                Send::Ref(Some(target)) => json!(self.resolved(*target)?),
                Send::Links { add, remove } => {
                    let mut actions = Vec::new();
                    if !add.is_empty() {
                        let ids = add
                            .iter()
                            .map(|t| self.resolved(*t))
                            .collect::<anyhow::Result<Vec<_>>>()?;
                        actions.push(json!(["add", ids]));
                    }
                    if !remove.is_empty() {
                        actions.push(json!(["remove", remove]));
                    }
                    Value::Array(actions)
                }
                Send::Children(children) => {
                    let mut actions = Vec::new();
                    // Children created inactive are made apart (`create_inactive_children`).
                    let creates = children
                        .iter()
                        .filter(|c| c.action == Action::Create && c.inverse.is_none())
                        .map(|c| self.values(c))
                        .collect::<anyhow::Result<Vec<_>>>()?;
                    if !creates.is_empty() {
                        actions.push(json!(["create", creates]));
                    }
                    for child in children.iter().filter(|c| c.action == Action::Update) {
                        actions.push(json!(["write", [child.id], self.values(child)?]));
                    }
                    let deletes: Vec<i64> = children
                        .iter()
                        .filter(|c| c.action == Action::Delete)
                        .filter_map(|c| c.id)
                        .collect();
                    if !deletes.is_empty() {
                        actions.push(json!(["delete", deletes]));
                    }
                    Value::Array(actions)
                }
            };
            if matches!(send, Send::Children(_)) && value.as_array().is_some_and(Vec::is_empty) {
                continue;
            }
            values.insert(name.clone(), value);
        }
        Ok(Value::Object(values))
    }
}

/// What a change makes, less its children created apart (counted as they are made).
fn counted(change: &Change) -> [usize; 3] {
    let mut counts = change.counts();
    let apart = change
        .children
        .iter()
        .flat_map(|(_, children)| children)
        .filter(|child| child.action == Action::Create && child.inverse.is_some())
        .count();
    counts[0] -= apart;
    counts
}

fn child_timestamps(change: &Change, stamps: &mut Map<String, Value>) {
    for (_, children) in &change.children {
        for child in children {
            if let (Some(id), Some(stamp)) = (child.id, &child.timestamp) {
                stamps.insert(
                    format!("{},{id}", child.model),
                    Value::String(stamp.clone()),
                );
            }
        }
    }
}
