//! The planner's run: the schemas it needs, the declared entries, and each entry matched
//! with the server's record and turned into a change.

use super::*;

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

    pub(super) fn call(&mut self, method: &str, params: Value) -> anyhow::Result<Value> {
        self.calls += 1;
        Ok(self.session.call(method, &params)?.value)
    }

    pub(super) fn load_schema(&mut self, model: &str, line: usize) -> anyhow::Result<()> {
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
    pub(super) fn entries(&mut self, spec: &Spec) -> anyhow::Result<Vec<Entry>> {
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
                        let (model, line) = (model.clone(), line.to_owned());
                        self.load_schema(&model, line)?;
                    }
                    None => return Err(err),
                },
            }
        }
    }

    pub fn plan(mut self, mut spec: Spec) -> anyhow::Result<Plan> {
        let entries = self.entries(&spec)?;
        // The file's values are typed in `entries` now: its nodes go before the records are
        // read, which is when a plan holds the most.
        for block in &mut spec.blocks {
            block.items = Vec::new();
        }
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
                        let send = self.send_for_create(&ctx, decl)?;
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
                    created_active(&mut change);
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
        plan.context = self.context.clone();
        log::debug!("* plan: {} call(s)", self.calls);
        Ok(plan)
    }
}
