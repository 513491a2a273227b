//! The plan: what must change on the server for it to hold what a file declares. Reads with
//! few calls — `fields_get` once per model, one `search_read` over all of a model's keys (with
//! `active_test: false` and the file's context), one per one2many for the children of the records
//! found, one per XML-ID and per reference the file itself does not declare — then compares
//! field by field in the plain form `read` prints.
//!
//! Records are processed in the order of their references (a category before the categories
//! under it, a party's categories before the party), so that a reference to a record the plan
//! creates is known to be pending; a reference cycle between declared records is refused.
//!
//! This file holds the plan's types and the planner's state; its rooms: `planner.rs` (the run),
//! `entries.rs` (the file's records and the references between them), `fetch.rs` (what is read),
//! `resolve.rs` (references made ids, records matched by key) and `compare.rs` (field by field,
//! children, prune).

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::file::{self, Spec};
use super::keys;
use super::values::{ChildItem, Children, Decl, Reader, RefBy, RefSpec, canonical};
use super::{ids_of, record_id};
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
    /// A child created inactive: made apart from its parent's call, with this field (the one
    /// pointing back to the parent) set, so that its id is known to deactivate it.
    pub inverse: Option<String>,
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
            inverse: None,
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

fn timestamp(record: &Map<String, Value>) -> Option<String> {
    match record.get("_timestamp")? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// trytond refuses writes to an inactive record, and creating one runs some (a category's name
/// is written again after it is made): a record declared inactive is created active and
/// deactivated after the other changes. Whether it was.
fn created_active(change: &mut Change) -> bool {
    let inactive = |(name, send): &(String, Send)| {
        name == "active" && matches!(send, Send::Value(Value::Bool(false)))
    };
    if !change.send.iter().any(inactive) {
        return false;
    }
    change.send.retain(|pair| !inactive(pair));
    change.deactivate = true;
    true
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

// The planner's rooms: each an `impl Planner` (or the entries' own code) that sees this file's
// types and imports through `use super::*`.
mod compare;
mod entries;
mod fetch;
mod planner;
mod resolve;

use entries::{StaticTargets, read_entries};
