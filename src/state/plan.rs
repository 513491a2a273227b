//! The plan: what must change on the server for it to hold what a file declares. Reads with
//! few calls — `fields_get` once per model, one `search_read` over all of a model's keys (with
//! `active_test: false` and the file's context), one per one2many for the children of the records
//! found, one per XML-ID and per reference the file itself does not declare — then compares
//! field by field in the plain form `read` prints.
//!
//! Records are processed in the order of their references (a category before the categories
//! under it, a party's categories before the party), so that a reference to a record the plan
//! creates is known to be pending; a reference cycle between declared records is refused.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::file::{self, Spec};
use super::keys;
use super::values::{ChildItem, Children, Decl, Reader, RefBy, RefSpec, canonical};
use crate::exit::{ExitCode, Failure};
use crate::schema::{self, Fields};
use crate::session::Authenticated;

/// A record the file declares at the top of a block.
#[derive(Clone, Debug)]
pub struct Entry {
    pub model: String,
    pub key: Vec<String>,
    pub line: usize,
    pub xml_id: Option<String>,
    pub absent: bool,
    pub fields: Vec<(String, Decl)>,
}

impl Entry {
    fn decl(&self, name: &str) -> Option<&Decl> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, d)| d)
    }
}

/// What a reference points to: a record on the server, or one this plan creates (by entry).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolved {
    Id(i64),
    Pending(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        }
    }
}

/// A value as apply sends it, once the records it refers to exist.
#[derive(Clone, Debug)]
pub enum Send {
    Value(Value),
    Ref(Option<Resolved>),
    Links {
        add: Vec<Resolved>,
        remove: Vec<i64>,
    },
    Children(Vec<Change>),
}

#[derive(Clone, Debug)]
pub struct FieldChange {
    pub name: String,
    pub old: Value,
    pub new: Value,
}

/// One record to create, change or delete.
#[derive(Clone, Debug)]
pub struct Change {
    pub action: Action,
    pub model: String,
    /// The key's fields and their values, as shown.
    pub key: Map<String, Value>,
    pub id: Option<i64>,
    /// The record's `_timestamp` when it was read: a write or delete refused if it changed since.
    pub timestamp: Option<String>,
    pub fields: Vec<FieldChange>,
    /// Changes of one2many children, by field.
    pub children: Vec<(String, Vec<Change>)>,
    /// Children on the server the file does not name, kept: count by field.
    pub kept: Vec<(String, usize)>,
    /// The declared entry a create makes (references to it wait for it).
    pub entry: Option<usize>,
    /// Creates at level n refer to records created at lower levels.
    pub level: usize,
    pub send: Vec<(String, Send)>,
    /// An inactive record is read-only: activated before the other changes…
    pub reactivate: bool,
    /// …and deactivated after them.
    pub deactivate: bool,
    /// A module's record (declared by XML-ID): trytond refuses changes to the fields its module
    /// defines.
    pub module_data: bool,
}

impl Change {
    fn new(action: Action, model: &str, key: Map<String, Value>) -> Change {
        Change {
            action,
            model: model.to_string(),
            key,
            id: None,
            timestamp: None,
            fields: Vec::new(),
            children: Vec::new(),
            kept: Vec::new(),
            entry: None,
            level: 0,
            send: Vec::new(),
            reactivate: false,
            deactivate: false,
            module_data: false,
        }
    }

    /// Records this change creates, changes and deletes, children included.
    pub fn counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        // A parent whose only changes are its children's is not counted itself.
        if self.action != Action::Update || !self.fields.is_empty() || self.reactivate {
            counts[self.action as usize] += 1;
        }
        for (_, children) in &self.children {
            for child in children {
                let [c, u, d] = child.counts();
                counts[0] += c;
                counts[1] += u;
                counts[2] += d;
            }
        }
        counts
    }
}

/// Everything the file asks to change, in the order apply makes it.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub changes: Vec<Change>,
    /// Records with children the file does not name (and no change of their own).
    pub kept: Vec<Change>,
    /// The calls the plan took.
    pub calls: usize,
    /// The file's context, merged over the user's, for apply's calls.
    pub context: Value,
}

impl Plan {
    pub fn summary(&self) -> [usize; 3] {
        let mut total = [0; 3];
        for change in &self.changes {
            let counts = change.counts();
            (0..3).for_each(|i| total[i] += counts[i]);
        }
        total
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// A model the planner needs and has no schema of yet (a reference's target).
#[derive(Debug)]
pub struct NeedSchema(pub String, pub usize);

impl std::fmt::Display for NeedSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the fields of {} are needed", self.0)
    }
}

impl std::error::Error for NeedSchema {}

/// Key values (or ids) a search sends at most.
const KEYS_PER_SEARCH: usize = 2000;

pub struct Planner<'p, 'a> {
    session: &'p mut Authenticated<'a>,
    source: String,
    context: Value,
    schemas: HashMap<String, Fields>,
    calls: usize,
    xml_ids: HashMap<String, i64>,
    found: HashMap<String, i64>,
    /// `rec_name`s of records read, to show old references by name.
    labels: HashMap<(String, i64), String>,
    /// Records read, by model and key field, then by that field's value (see `find`).
    index: HashMap<(String, String), HashMap<String, Vec<usize>>>,
}

impl<'p, 'a> Planner<'p, 'a> {
    pub fn new(session: &'p mut Authenticated<'a>, spec: &Spec) -> Planner<'p, 'a> {
        let mut context = session.context().as_object().cloned().unwrap_or_default();
        context.extend(spec.context.clone());
        // Inactive records are found too: a declared record that was archived is changed (and
        // reactivated when the file says so), never created twice.
        context.insert("active_test".into(), Value::Bool(false));
        Planner {
            session,
            source: spec.source.clone(),
            context: Value::Object(context),
            schemas: HashMap::new(),
            calls: 0,
            xml_ids: HashMap::new(),
            found: HashMap::new(),
            labels: HashMap::new(),
            index: HashMap::new(),
        }
    }

    fn call(&mut self, method: &str, params: Value) -> anyhow::Result<Value> {
        self.calls += 1;
        Ok(self.session.call(method, &params)?.value)
    }

    fn load_schema(&mut self, model: &str, line: usize) -> anyhow::Result<()> {
        if self.schemas.contains_key(model) {
            return Ok(());
        }
        let context = self.context.clone();
        let mut calls = 0;
        let fields = schema::fields_get(model, &context, |method, params| {
            calls += 1;
            Ok(self.session.call(method, params)?.value)
        });
        self.calls += calls;
        let fields = fields.map_err(|err| match crate::exit::exit_code_of(&err) {
            ExitCode::ServerError | ExitCode::Usage => file::at(
                &self.source,
                line,
                format!(
                    "{model} is not a model of this server ({}); 'tryton-cli models' lists them",
                    crate::rpc::one_line(&format!("{err:#}"))
                ),
            ),
            _ => err,
        })?;
        self.schemas.insert(model.to_string(), fields);
        Ok(())
    }

    /// The declared entries, typed: the schemas of the models they name (and of the models
    /// their references point to) are read as they are needed.
    fn entries(&mut self, spec: &Spec) -> anyhow::Result<Vec<Entry>> {
        loop {
            let attempt = {
                let reader = Reader {
                    source: &self.source,
                    schemas: &self.schemas,
                    serial: std::cell::Cell::new(0),
                };
                read_entries(&reader, spec, &self.schemas)
            };
            match attempt {
                Ok(entries) => return Ok(entries),
                Err(err) => match err.downcast_ref::<NeedSchema>() {
                    Some(NeedSchema(model, line)) => {
                        let (model, line) = (model.clone(), *line);
                        self.load_schema(&model, line)?;
                    }
                    None => return Err(err),
                },
            }
        }
    }

    pub fn plan(mut self, spec: &Spec) -> anyhow::Result<Plan> {
        let entries = self.entries(spec)?;
        let targets = StaticTargets::find(&self.source, &entries)?;
        let order = targets.order(&self.source, &entries)?;
        let fetched = self.fetch(&entries)?;
        let mut state: Vec<Option<Resolved>> = vec![None; entries.len()];
        let mut levels: Vec<usize> = vec![0; entries.len()];
        let mut plan = Plan::default();
        let mut matched: HashMap<String, HashSet<i64>> = HashMap::new();
        for index in order {
            let entry = &entries[index];
            let ctx = Ctx {
                targets: &targets,
                state: &state,
            };
            let found = self.find(&ctx, entry, &fetched)?;
            let mut key = Map::new();
            for name in &entry.key {
                key.insert(
                    name.clone(),
                    entry.decl(name).map_or(Value::Null, Decl::shown),
                );
            }
            if let Some(xml_id) = &entry.xml_id {
                key = Map::from_iter([("xml_id".to_string(), Value::String(xml_id.clone()))]);
            }
            match (found, entry.absent) {
                (None, true) => {}
                (Some(record), true) => {
                    let mut change = Change::new(Action::Delete, &entry.model, key);
                    change.id = record_id(record);
                    change.timestamp = timestamp(record);
                    plan.changes.push(change);
                }
                (None, false) => {
                    let mut change = Change::new(Action::Create, &entry.model, key);
                    change.entry = Some(index);
                    let mut level = 0;
                    for (name, decl) in &entry.fields {
                        let send = self.send_for_create(&ctx, &entry.model, name, decl)?;
                        for pending in pending_of(&send) {
                            level = level.max(levels[pending] + 1);
                        }
                        change.fields.push(FieldChange {
                            name: name.clone(),
                            old: Value::Null,
                            new: decl.shown(),
                        });
                        if let Send::Children(children) = &send {
                            change.children.push((name.clone(), children.clone()));
                        }
                        change.send.push((name.clone(), send));
                    }
                    // trytond refuses writes to an inactive record, and creating one runs
                    // some (a category's name is written again after it is made): created
                    // active, deactivated after the other changes.
                    let inactive = |(name, send): &(String, Send)| {
                        name == "active" && matches!(send, Send::Value(Value::Bool(false)))
                    };
                    if change.send.iter().any(inactive) {
                        change.send.retain(|pair| !inactive(pair));
                        change.deactivate = true;
                    }
                    change.level = level;
                    levels[index] = level;
                    state[index] = Some(Resolved::Pending(index));
                    plan.changes.push(change);
                }
                (Some(record), false) => {
                    let id = record_id(record).unwrap_or_default();
                    matched.entry(entry.model.clone()).or_default().insert(id);
                    let mut change = Change::new(Action::Update, &entry.model, key);
                    change.id = Some(id);
                    change.module_data = entry.xml_id.is_some();
                    change.timestamp = timestamp(record);
                    self.compare(&ctx, entry, record, &fetched, &mut change)?;
                    state[index] = Some(Resolved::Id(id));
                    if !change.send.is_empty() {
                        plan.changes.push(change);
                    } else if !change.kept.is_empty() {
                        plan.kept.push(change);
                    }
                }
            }
        }
        for block in &spec.blocks {
            if let Some(domain) = &block.prune {
                let model_matched = matched.get(&block.model).cloned().unwrap_or_default();
                self.prune(block, domain, &model_matched, &mut plan)?;
            }
        }
        plan.calls = self.calls;
        plan.context = self.context.clone();
        log::debug!("* plan: {} call(s)", self.calls);
        Ok(plan)
    }
}

/// What the processing of one entry can see of the others.
struct Ctx<'e> {
    targets: &'e StaticTargets,
    state: &'e [Option<Resolved>],
}

/// The records read from the server: by model, and the children of each one2many.
struct Fetched {
    records: HashMap<String, Vec<Map<String, Value>>>,
    children: HashMap<String, HashMap<i64, Map<String, Value>>>,
}

fn record_id(record: &Map<String, Value>) -> Option<i64> {
    record.get("id").and_then(Value::as_i64)
}

fn timestamp(record: &Map<String, Value>) -> Option<String> {
    match record.get("_timestamp")? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

fn ids_of(value: Option<&Value>) -> Vec<i64> {
    value
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

fn pending_of(send: &Send) -> Vec<usize> {
    match send {
        Send::Ref(Some(Resolved::Pending(index))) => vec![*index],
        Send::Links { add, .. } => add
            .iter()
            .filter_map(|target| match target {
                Resolved::Pending(index) => Some(*index),
                Resolved::Id(_) => None,
            })
            .collect(),
        Send::Children(children) => children
            .iter()
            .flat_map(|child| child.send.iter().flat_map(|(_, send)| pending_of(send)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The declared entries of a spec, typed.
fn read_entries(
    reader: &Reader,
    spec: &Spec,
    schemas: &HashMap<String, Fields>,
) -> anyhow::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for block in &spec.blocks {
        let Some(fields) = schemas.get(&block.model) else {
            return Err(NeedSchema(block.model.clone(), block.line).into());
        };
        let key = match &block.key {
            Some(key) => {
                for name in key {
                    if !fields.contains_key(name) {
                        return Err(file::at(
                            &spec.source,
                            block.line,
                            format!(
                                "the key names '{name}', which {} does not have",
                                block.model
                            ),
                        ));
                    }
                }
                key.clone()
            }
            None => keys::default_key(&block.model, fields)
                .map_err(|message| file::at(&spec.source, block.line, message))?,
        };
        for item in &block.items {
            if item.absent && item.xml_id.is_some() {
                return Err(file::at(
                    &spec.source,
                    item.line,
                    "a record known by XML-ID is a module's: a file never deletes it",
                ));
            }
            if item.xml_id.is_none()
                && !key
                    .iter()
                    .any(|name| item.fields.iter().any(|(n, _)| n == name))
            {
                return Err(file::at(
                    &spec.source,
                    item.line,
                    format!(
                        "this {} item has none of its key fields ({}): add them, or xml_id",
                        block.model,
                        key.join(", ")
                    ),
                ));
            }
            // A key field the model requires must be given: without it the record could only
            // be created, and the server would refuse that.
            if item.xml_id.is_none() && !item.absent {
                for name in &key {
                    let given = item
                        .fields
                        .iter()
                        .any(|(n, node)| n == name && !node.is_null());
                    if !given && fields.get(name).is_some_and(|field| field.required) {
                        return Err(file::at(
                            &spec.source,
                            item.line,
                            format!(
                                "this {} item lacks '{name}', a key field the model requires",
                                block.model
                            ),
                        ));
                    }
                }
            }
            let entry = Entry {
                model: block.model.clone(),
                key: key.clone(),
                line: item.line,
                xml_id: item.xml_id.clone(),
                absent: item.absent,
                fields: reader.fields(&block.model, item, true)?,
            };
            // The same key twice would create two records, and the next plan find both.
            let identity = match &entry.xml_id {
                Some(xml_id) => format!("{} xml_id {xml_id}", entry.model),
                None => {
                    let values: Vec<Value> = entry
                        .key
                        .iter()
                        .map(|name| entry.decl(name).map_or(Value::Null, Decl::shown))
                        .collect();
                    format!("{} {}", entry.model, Value::Array(values))
                }
            };
            if let Some(first) = seen.insert(identity, entry.line) {
                return Err(file::at(
                    &spec.source,
                    entry.line,
                    format!(
                        "this {} item has the same key as the one at line {first}: declare each record once",
                        entry.model
                    ),
                ));
            }
            entries.push(entry);
        }
    }
    Ok(entries)
}

/// Which declared entry each reference names, found in the file alone.
struct StaticTargets {
    /// By (line of the reference, model): the entry it names, if any.
    by_serial: HashMap<usize, usize>,
    /// The entries each entry refers to.
    edges: Vec<BTreeSet<usize>>,
}

impl StaticTargets {
    fn find(source: &str, entries: &[Entry]) -> anyhow::Result<StaticTargets> {
        let mut targets = StaticTargets {
            by_serial: HashMap::new(),
            edges: vec![BTreeSet::new(); entries.len()],
        };
        for (index, entry) in entries.iter().enumerate() {
            let mut refs = Vec::new();
            for (_, decl) in &entry.fields {
                collect_refs(decl, &mut refs);
            }
            for spec in refs {
                if let Some(target) = declared_target(source, entries, spec)? {
                    targets.by_serial.insert(spec.serial, target);
                    targets.edges[index].insert(target);
                }
            }
        }
        Ok(targets)
    }

    fn of(&self, spec: &RefSpec) -> Option<usize> {
        self.by_serial.get(&spec.serial).copied()
    }

    /// The entries in an order where every entry comes after those it refers to.
    fn order(&self, source: &str, entries: &[Entry]) -> anyhow::Result<Vec<usize>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        fn visit(
            index: usize,
            edges: &[BTreeSet<usize>],
            marks: &mut [Mark],
            path: &mut Vec<usize>,
            order: &mut Vec<usize>,
        ) -> Result<(), Vec<usize>> {
            match marks[index] {
                Mark::Done => return Ok(()),
                Mark::Open => {
                    let start = path.iter().position(|&i| i == index).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(index);
                    return Err(cycle);
                }
                Mark::New => {}
            }
            marks[index] = Mark::Open;
            path.push(index);
            for &next in &edges[index] {
                if next != index {
                    visit(next, edges, marks, path, order)?;
                }
            }
            path.pop();
            marks[index] = Mark::Done;
            order.push(index);
            Ok(())
        }
        let mut marks = vec![Mark::New; entries.len()];
        let mut order = Vec::new();
        for index in 0..entries.len() {
            visit(index, &self.edges, &mut marks, &mut Vec::new(), &mut order).map_err(|cycle| {
                let names: Vec<String> = cycle
                    .iter()
                    .map(|&i| format!("{} (line {})", entries[i].model, entries[i].line))
                    .collect();
                file::at(
                    source,
                    entries[cycle[0]].line,
                    format!(
                        "a reference cycle: {}; break it (create one record without the reference, then add it)",
                        names.join(" -> ")
                    ),
                )
            })?;
        }
        Ok(order)
    }
}

fn collect_refs<'d>(decl: &'d Decl, refs: &mut Vec<&'d RefSpec>) {
    let push = |spec: &'d RefSpec, refs: &mut Vec<&'d RefSpec>| {
        refs.push(spec);
        if let RefBy::Match(fields) = &spec.by {
            for (_, decl) in fields {
                collect_refs(decl, refs);
            }
        }
    };
    match decl {
        Decl::Ref(Some(spec)) => push(spec, refs),
        Decl::Set(specs) => specs.iter().for_each(|spec| push(spec, refs)),
        Decl::Links { add, remove } => add.iter().chain(remove).for_each(|spec| push(spec, refs)),
        Decl::Children(children) => {
            for item in &children.items {
                for (_, decl) in &item.fields {
                    collect_refs(decl, refs);
                }
            }
        }
        _ => {}
    }
}

/// The declared entry a reference names, by its values as written; several is an error.
fn declared_target(
    source: &str,
    entries: &[Entry],
    spec: &RefSpec,
) -> anyhow::Result<Option<usize>> {
    let candidates: Vec<usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.model == spec.model && !entry.absent)
        .filter(|(_, entry)| match &spec.by {
            RefBy::XmlId(name) => entry.xml_id.as_deref() == Some(name),
            RefBy::Id(_) => false,
            RefBy::Match(fields) => fields.iter().all(|(name, decl)| match entry.decl(name) {
                Some(declared) => same_declared(entries, decl, declared),
                None => is_null(decl),
            }),
        })
        .map(|(index, _)| index)
        .collect();
    match candidates.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        several => Err(file::at(
            source,
            spec.line,
            format!(
                "{} names several records of the file (lines {}): give more of their key",
                spec.shown(),
                several
                    .iter()
                    .map(|&i| entries[i].line.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

fn is_null(decl: &Decl) -> bool {
    matches!(decl, Decl::Ref(None))
        || matches!(
            decl,
            Decl::Plain {
                plain: Value::Null,
                ..
            }
        )
}

/// Whether two declared values are the same as written (references: naming the same thing).
fn same_declared(entries: &[Entry], a: &Decl, b: &Decl) -> bool {
    match (a, b) {
        (Decl::Plain { plain: x, .. }, Decl::Plain { plain: y, .. }) => x == y,
        (Decl::Ref(None), Decl::Ref(None)) => true,
        (Decl::Ref(Some(x)), Decl::Ref(Some(y))) => {
            let tx = declared_target("", entries, x).ok().flatten();
            let ty = declared_target("", entries, y).ok().flatten();
            match (tx, ty) {
                (Some(tx), Some(ty)) => tx == ty,
                (None, None) => x.shown() == y.shown(),
                _ => false,
            }
        }
        _ => false,
    }
}

impl Planner<'_, '_> {
    /// The records of every declared model that the keys may name, and their children.
    fn fetch(&mut self, entries: &[Entry]) -> anyhow::Result<Fetched> {
        let mut fetched = Fetched {
            records: HashMap::new(),
            children: HashMap::new(),
        };
        let mut models: Vec<&str> = Vec::new();
        for entry in entries {
            if !models.contains(&entry.model.as_str()) {
                models.push(&entry.model);
            }
        }
        for model in models {
            let of_model: Vec<&Entry> = entries.iter().filter(|e| e.model == model).collect();
            let schema = self.schemas[model].clone();
            let mut names: BTreeSet<String> = BTreeSet::new();
            let mut children: BTreeSet<String> = BTreeSet::new();
            let mut conditions: Vec<Value> = Vec::new();
            let mut everything = false;
            for entry in &of_model {
                names.extend(entry.key.iter().cloned());
                for (name, decl) in &entry.fields {
                    names.insert(name.clone());
                    if matches!(decl, Decl::Children(_)) {
                        children.insert(name.clone());
                    }
                }
                if let Some(xml_id) = &entry.xml_id {
                    let id = self.xml_id(xml_id, entry.line)?;
                    conditions.push(json!([["id", "=", id]]));
                    continue;
                }
                let mut condition = Vec::new();
                for name in &entry.key {
                    if let Some(Decl::Plain { wire, .. }) = entry.decl(name) {
                        condition.push(json!([name, "=", wire]));
                    }
                }
                if condition.is_empty() {
                    everything = true;
                } else {
                    conditions.push(Value::Array(condition));
                }
            }
            for extra in ["active", "rec_name"] {
                if schema.contains_key(extra) {
                    names.insert(extra.to_string());
                }
            }
            names.insert("_timestamp".to_string());
            // One field that every keyed record gives a value for: one `in` instead of a
            // condition per record (the other key fields are matched here).
            let keyed: Vec<&&Entry> = of_model.iter().filter(|e| e.xml_id.is_none()).collect();
            let shared = of_model
                .first()
                .map(|e| e.key.clone())
                .unwrap_or_default()
                .into_iter()
                .find(|name| {
                    keyed.iter().all(|entry| {
                        matches!(entry.decl(name), Some(Decl::Plain { wire, .. }) if !wire.is_null())
                    })
                });
            let mut domains: Vec<Value> = Vec::new();
            if let Some(field) = shared.filter(|_| !keyed.is_empty()) {
                let mut seen: HashSet<String> = HashSet::new();
                let mut values: Vec<Value> = Vec::new();
                for entry in &keyed {
                    if let Some(Decl::Plain { wire, .. }) = entry.decl(&field)
                        && seen.insert(wire.to_string())
                    {
                        values.push(wire.clone());
                    }
                }
                conditions.retain(|condition| condition[0][0] == "id");
                // A few thousand values a request keeps each one small (proxies limit bodies).
                for chunk in values.chunks(KEYS_PER_SEARCH) {
                    domains.push(json!([[field, "in", chunk]]));
                }
                if !conditions.is_empty() {
                    let mut domain = vec![json!("OR")];
                    domain.extend(conditions);
                    domains.push(Value::Array(domain));
                }
            } else if everything {
                domains.push(json!([]));
            } else {
                let mut domain = vec![json!("OR")];
                domain.extend(conditions);
                domains.push(Value::Array(domain));
            }
            let fields: Vec<&String> = names.iter().collect();
            let context = self.context.clone();
            let mut records: Vec<Map<String, Value>> = Vec::new();
            let mut read: HashSet<i64> = HashSet::new();
            for domain in domains {
                let found = self.call(
                    &format!("model.{model}.search_read"),
                    json!([domain, 0, null, null, fields, context]),
                )?;
                for record in found.as_array().into_iter().flatten() {
                    if let Some(record) = record.as_object()
                        && record_id(record).is_some_and(|id| read.insert(id))
                    {
                        records.push(record.clone());
                    }
                }
            }
            for record in &records {
                self.remember_label(model, record);
            }
            for field in children {
                let child_model = schema[&field].relation.clone().unwrap_or_default();
                let ids: Vec<i64> = records.iter().flat_map(|r| ids_of(r.get(&field))).collect();
                let mut child_names: BTreeSet<String> = BTreeSet::new();
                for entry in &of_model {
                    if let Some(Decl::Children(declared)) = entry.decl(&field) {
                        child_names.extend(declared.key.iter().cloned());
                        for item in &declared.items {
                            child_names.extend(item.fields.iter().map(|(n, _)| n.clone()));
                        }
                    }
                }
                child_names.insert("_timestamp".into());
                child_names.insert("rec_name".into());
                let mut by_id = HashMap::new();
                for ids in ids.chunks(KEYS_PER_SEARCH) {
                    let fields: Vec<&String> = child_names.iter().collect();
                    let found = self.call(
                        &format!("model.{child_model}.search_read"),
                        json!([[["id", "in", ids]], 0, null, null, fields, context]),
                    )?;
                    for child in found.as_array().into_iter().flatten() {
                        if let (Some(record), Some(id)) = (child.as_object(), child["id"].as_i64())
                        {
                            by_id.insert(id, record.clone());
                        }
                    }
                }
                fetched.children.insert(format!("{model}.{field}"), by_id);
            }
            fetched.records.insert(model.to_string(), records);
        }
        Ok(fetched)
    }

    fn remember_label(&mut self, model: &str, record: &Map<String, Value>) {
        if let (Some(id), Some(name)) = (
            record_id(record),
            record.get("rec_name").and_then(Value::as_str),
        ) {
            self.labels
                .insert((model.to_string(), id), name.to_string());
        }
    }

    /// The id behind an XML-ID: `ir.model.data.get_id` (8.x), or a search of `ir.model.data`
    /// where get_id is not exposed (7.0).
    fn xml_id(&mut self, name: &str, line: usize) -> anyhow::Result<i64> {
        if let Some(id) = self.xml_ids.get(name) {
            return Ok(*id);
        }
        let (module, fs_id) = name.split_once('.').unwrap_or((name, ""));
        let context = self.context.clone();
        let id = match self.call(
            "model.ir.model.data.get_id",
            json!([module, fs_id, context]),
        ) {
            Ok(id) => id.as_i64(),
            Err(err)
                if err
                    .downcast_ref::<crate::rpc::Error>()
                    .and_then(|e| e.status())
                    == Some(403) =>
            {
                let found = self.call(
                    "model.ir.model.data.search_read",
                    json!([
                        [["module", "=", module], ["fs_id", "=", fs_id]],
                        0,
                        1,
                        null,
                        ["db_id"],
                        context
                    ]),
                )?;
                found.get(0).and_then(|record| record["db_id"].as_i64())
            }
            Err(err) if crate::exit::exit_code_of(&err) == ExitCode::ServerError => None,
            Err(err) => return Err(err),
        };
        let id = id.ok_or_else(|| {
            file::at(
                &self.source,
                line,
                format!("no record has the XML-ID {name}"),
            )
        })?;
        self.xml_ids.insert(name.to_string(), id);
        Ok(id)
    }

    /// What a reference points to now.
    fn resolve(&mut self, ctx: &Ctx, spec: &RefSpec) -> anyhow::Result<Resolved> {
        if let Some(target) = ctx.targets.of(spec) {
            return ctx.state[target].ok_or_else(|| {
                file::at(
                    &self.source,
                    spec.line,
                    format!("{} names a record the file declares absent", spec.shown()),
                )
            });
        }
        match &spec.by {
            RefBy::Id(id) => Ok(Resolved::Id(*id)),
            RefBy::XmlId(name) => Ok(Resolved::Id(self.xml_id(name, spec.line)?)),
            RefBy::Match(fields) => {
                let mut domain = Vec::new();
                for (name, decl) in fields {
                    let value = match decl {
                        Decl::Plain { wire, .. } => wire.clone(),
                        Decl::Ref(None) => Value::Null,
                        Decl::Ref(Some(inner)) => match self.resolve(ctx, inner)? {
                            Resolved::Id(id) => json!(id),
                            Resolved::Pending(_) => return Err(self.names_nothing(spec)),
                        },
                        _ => return Err(self.names_nothing(spec)),
                    };
                    domain.push(json!([name, "=", value]));
                }
                let memo = format!("{}{}", spec.model, Value::Array(domain.clone()));
                if let Some(id) = self.found.get(&memo) {
                    return Ok(Resolved::Id(*id));
                }
                let context = self.context.clone();
                let found = self.call(
                    &format!("model.{}.search_read", spec.model),
                    json!([domain, 0, 3, null, ["rec_name"], context]),
                )?;
                let records: Vec<Map<String, Value>> = found
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_object().cloned())
                    .collect();
                match records.as_slice() {
                    [] => Err(self.names_nothing(spec)),
                    [one] => {
                        let id = record_id(one).unwrap_or_default();
                        self.remember_label(&spec.model, one);
                        self.found.insert(memo, id);
                        Ok(Resolved::Id(id))
                    }
                    several => Err(file::at(
                        &self.source,
                        spec.line,
                        format!(
                            "{} names several {} records (ids {}): give more fields, or {{id: N}}",
                            spec.shown(),
                            spec.model,
                            several
                                .iter()
                                .filter_map(record_id)
                                .map(|i| i.to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )),
                }
            }
        }
    }

    fn names_nothing(&self, spec: &RefSpec) -> anyhow::Error {
        file::at(
            &self.source,
            spec.line,
            format!(
                "{} names no {} record, on the server or in the file",
                spec.shown(),
                spec.model
            ),
        )
    }

    /// The server record a declared entry is, if any: by XML-ID, or by its key among the
    /// records read. A reference in the key to a record still to create means none.
    fn find<'f>(
        &mut self,
        ctx: &Ctx,
        entry: &Entry,
        fetched: &'f Fetched,
    ) -> anyhow::Result<Option<&'f Map<String, Value>>> {
        let records = fetched
            .records
            .get(&entry.model)
            .map(Vec::as_slice)
            .unwrap_or_default();
        if let Some(xml_id) = &entry.xml_id {
            let id = self.xml_id(xml_id, entry.line)?;
            return Ok(records.iter().find(|record| record_id(record) == Some(id)));
        }
        // Records by the value of the first key field, when the entry gives it plainly: a
        // lookup instead of a scan of every record for every entry.
        let first = entry.key.first().cloned().unwrap_or_default();
        let candidates = match entry.decl(&first) {
            Some(Decl::Plain { plain, .. }) => {
                let index = self.index_of(&entry.model, &first, records);
                let positions = index.get(&plain.to_string()).cloned().unwrap_or_default();
                let subset = positions.into_iter().map(|at| &records[at]);
                self.matching(ctx, &entry.model, &entry.key, &entry.fields, subset)?
            }
            _ => self.matching(ctx, &entry.model, &entry.key, &entry.fields, records.iter())?,
        };
        match candidates.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one)),
            several => Err(Failure::usage(format!(
                "{}:{}: the key {} of {} matches several records (ids {}): add fields to the block's key:, or make them differ",
                self.source,
                entry.line,
                entry.key.join(", "),
                entry.model,
                several.iter().filter_map(|r| record_id(r)).map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
            ))
            .into()),
        }
    }

    /// The records among `records` whose key fields hold the declared values.
    fn matching<'r>(
        &mut self,
        ctx: &Ctx,
        model: &str,
        key: &[String],
        fields: &[(String, Decl)],
        records: impl Iterator<Item = &'r Map<String, Value>>,
    ) -> anyhow::Result<Vec<&'r Map<String, Value>>> {
        let mut wanted: Vec<(String, Wanted)> = Vec::new();
        for name in key {
            let decl = fields.iter().find(|(n, _)| n == name).map(|(_, d)| d);
            let want = match decl {
                None | Some(Decl::Ref(None)) => Wanted::Null,
                Some(Decl::Plain { plain, .. }) => Wanted::Plain(plain.clone()),
                Some(Decl::Ref(Some(spec))) => match self.resolve(ctx, spec)? {
                    Resolved::Id(id) => Wanted::Id(id),
                    Resolved::Pending(_) => return Ok(Vec::new()),
                },
                Some(_) => Wanted::Null,
            };
            wanted.push((name.clone(), want));
        }
        let schema = &self.schemas[model];
        Ok(records
            .filter(|record| {
                wanted.iter().all(|(name, want)| {
                    let value = record.get(name).unwrap_or(&Value::Null);
                    match want {
                        Wanted::Null => canonical(&schema[name].kind, value).is_null(),
                        Wanted::Plain(plain) => canonical(&schema[name].kind, value) == *plain,
                        Wanted::Id(id) => value.as_i64() == Some(*id),
                    }
                })
            })
            .collect())
    }

    /// The positions of `records` by the canonical value of `field`, built once per model and
    /// field.
    fn index_of(
        &mut self,
        model: &str,
        field: &str,
        records: &[Map<String, Value>],
    ) -> &HashMap<String, Vec<usize>> {
        let kind = self.schemas[model][field].kind.clone();
        self.index
            .entry((model.to_string(), field.to_string()))
            .or_insert_with(|| {
                let mut index: HashMap<String, Vec<usize>> = HashMap::new();
                for (at, record) in records.iter().enumerate() {
                    let value = canonical(&kind, record.get(field).unwrap_or(&Value::Null));
                    index.entry(value.to_string()).or_default().push(at);
                }
                index
            })
    }

    fn send_for_create(
        &mut self,
        ctx: &Ctx,
        model: &str,
        _name: &str,
        decl: &Decl,
    ) -> anyhow::Result<Send> {
        Ok(match decl {
            Decl::Plain { wire, .. } => Send::Value(wire.clone()),
            Decl::Ref(None) => Send::Ref(None),
            Decl::Ref(Some(spec)) => Send::Ref(Some(self.resolve(ctx, spec)?)),
            Decl::Set(specs) | Decl::Links { add: specs, .. } => Send::Links {
                add: specs
                    .iter()
                    .map(|spec| self.resolve(ctx, spec))
                    .collect::<anyhow::Result<_>>()?,
                remove: Vec::new(),
            },
            Decl::Children(children) => {
                let mut created = Vec::new();
                for item in children.items.iter().filter(|item| !item.absent) {
                    created.push(self.child_create(ctx, children, item, model)?);
                }
                Send::Children(created)
            }
        })
    }

    fn child_create(
        &mut self,
        ctx: &Ctx,
        children: &Children,
        item: &ChildItem,
        parent: &str,
    ) -> anyhow::Result<Change> {
        let mut change = Change::new(Action::Create, &children.model, child_key(children, item));
        for (name, decl) in &item.fields {
            let send = self.send_for_create(ctx, parent, name, decl)?;
            change.fields.push(FieldChange {
                name: name.clone(),
                old: Value::Null,
                new: decl.shown(),
            });
            change.send.push((name.clone(), send));
        }
        Ok(change)
    }
}

enum Wanted {
    Null,
    Plain(Value),
    Id(i64),
}

fn child_key(children: &Children, item: &ChildItem) -> Map<String, Value> {
    children
        .key
        .iter()
        .map(|name| {
            let value = item
                .fields
                .iter()
                .find(|(n, _)| n == name)
                .map_or(Value::Null, |(_, d)| d.shown());
            (name.clone(), value)
        })
        .collect()
}

#[path = "compare.rs"]
mod compare;
