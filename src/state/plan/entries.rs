//! The declared entries of a file, typed, and the references between them found in the file
//! alone: which entry each names, the order that puts a record after those it refers to, and
//! the cycles refused.

use super::*;

/// The declared entries of a spec, typed.
pub(super) fn read_entries(
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
pub(super) struct StaticTargets {
    /// By (line of the reference, model): the entry it names, if any.
    by_serial: HashMap<usize, usize>,
    /// The entries each entry refers to.
    edges: Vec<BTreeSet<usize>>,
}

impl StaticTargets {
    pub(super) fn find(source: &str, entries: &[Entry]) -> anyhow::Result<StaticTargets> {
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

    pub(super) fn of(&self, spec: &RefSpec) -> Option<usize> {
        self.by_serial.get(&spec.serial).copied()
    }

    /// The entries in an order where every entry comes after those it refers to.
    pub(super) fn order(&self, source: &str, entries: &[Entry]) -> anyhow::Result<Vec<usize>> {
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

pub(super) fn collect_refs<'d>(decl: &'d Decl, refs: &mut Vec<&'d RefSpec>) {
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
pub(super) fn declared_target(
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

pub(super) fn is_null(decl: &Decl) -> bool {
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
pub(super) fn same_declared(entries: &[Entry], a: &Decl, b: &Decl) -> bool {
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
