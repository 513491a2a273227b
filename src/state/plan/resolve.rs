//! References made ids (a record of the file, still to create, or one found on the server),
//! and a declared entry matched with the server's record by its key.

use super::*;

impl Planner<'_, '_> {
    /// What a reference points to now.
    pub(super) fn resolve(&mut self, ctx: &Ctx, spec: &RefSpec) -> anyhow::Result<Resolved> {
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

    pub(super) fn names_nothing(&self, spec: &RefSpec) -> anyhow::Error {
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
    pub(super) fn find<'f>(
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
    pub(super) fn matching<'r>(
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
    pub(super) fn index_of(
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

    /// What a create sends for a declared value.
    pub(super) fn send_for_create(&mut self, ctx: &Ctx, decl: &Decl) -> anyhow::Result<Send> {
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
                    created.push(self.child_create(ctx, children, item)?);
                }
                Send::Children(created)
            }
        })
    }

    /// A child to create with its parent (or, declared inactive, apart after it).
    pub(super) fn child_create(
        &mut self,
        ctx: &Ctx,
        children: &Children,
        item: &ChildItem,
    ) -> anyhow::Result<Change> {
        let mut change = Change::new(Action::Create, &children.model, child_key(children, item));
        for (name, decl) in &item.fields {
            let send = self.send_for_create(ctx, decl)?;
            change.fields.push(FieldChange {
                name: name.clone(),
                old: Value::Null,
                new: decl.shown(),
            });
            change.send.push((name.clone(), send));
        }
        if created_active(&mut change) {
            change.inverse = children.inverse.clone();
            if change.inverse.is_none() {
                return Err(file::at(
                    &self.source,
                    item.line,
                    format!(
                        "{} children cannot be created inactive here (the server names no field back to their parent)",
                        children.model
                    ),
                ));
            }
        }
        Ok(change)
    }
}
