//! What the plan reads from the server: the records the keys may name (one search per model,
//! chunked), their one2many children, and the ids behind XML-IDs.

use super::*;

impl Planner<'_, '_> {
    /// The records of every declared model that the keys may name, and their children.
    pub(super) fn fetch(&mut self, entries: &[Entry]) -> anyhow::Result<Fetched> {
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
                let Value::Array(found) = found else { continue };
                for record in found {
                    if let Value::Object(record) = record
                        && record_id(&record).is_some_and(|id| read.insert(id))
                    {
                        records.push(record);
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
                let mut pruned = false;
                for entry in &of_model {
                    if let Some(Decl::Children(declared)) = entry.decl(&field) {
                        child_names.extend(declared.key.iter().cloned());
                        for item in &declared.items {
                            child_names.extend(item.fields.iter().map(|(n, _)| n.clone()));
                        }
                        pruned |= declared.prune;
                    }
                }
                child_names.insert("_timestamp".into());
                // A name only to show the children a prune deletes: `rec_name` can cost the
                // server more than the rest of the read (an address formats itself).
                if pruned {
                    child_names.insert("rec_name".into());
                }
                let mut by_id = HashMap::new();
                for ids in ids.chunks(KEYS_PER_SEARCH) {
                    let fields: Vec<&String> = child_names.iter().collect();
                    let found = self.call(
                        &format!("model.{child_model}.search_read"),
                        json!([[["id", "in", ids]], 0, null, null, fields, context]),
                    )?;
                    let Value::Array(found) = found else { continue };
                    for child in found {
                        if let Value::Object(record) = child
                            && let Some(id) = record_id(&record)
                        {
                            by_id.insert(id, record);
                        }
                    }
                }
                fetched.children.insert(format!("{model}.{field}"), by_id);
            }
            fetched.records.insert(model.to_string(), records);
        }
        Ok(fetched)
    }

    pub(super) fn remember_label(&mut self, model: &str, record: &Map<String, Value>) {
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
    pub(super) fn xml_id(&mut self, name: &str, line: usize) -> anyhow::Result<i64> {
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
}
