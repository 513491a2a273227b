//! The types of a model's fields, for typing the values people write (short domains): the model's
//! `fields_get`, reduced to each field's type and relation, kept in the cache dir per (server,
//! database, user, model) for a few minutes, so that a search costs one extra request at most once
//! in that time. Dotted paths (`party.name`, `addresses.city`) are resolved through relations.
//! This cache is not the opt-in read cache (`--cache`): it holds no data, only the schema.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::domain::{Domain, FieldType};
use crate::exit::{ExitCode, Failure};
use crate::paths;
use crate::private_fs::{ensure_private_dir, write_atomically};
use crate::session::{Authenticated, now};

/// How long field types are trusted: long enough for a session of searches, short enough that
/// a module activated meanwhile is seen soon (and a field missing from a cached entry is asked
/// for again at once).
pub const TTL: Duration = Duration::from_secs(300);

/// What is kept of one field's definition.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Definition {
    /// Tryton's type name: char, many2one, numeric…
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// The label people see (`string`), which `export --header labels` writes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    expires: u64,
    fields: BTreeMap<String, Definition>,
}

struct Fields {
    fields: BTreeMap<String, Definition>,
    /// Straight from the server in this run (not from the cache file).
    fresh: bool,
}

/// Field types looked up during one command.
pub struct FieldTypes {
    models: HashMap<String, Fields>,
    dir: Option<PathBuf>,
    verbose: bool,
}

impl FieldTypes {
    pub fn new(verbose: bool) -> FieldTypes {
        FieldTypes {
            models: HashMap::new(),
            dir: paths::cache_dir().ok(),
            verbose,
        }
    }

    /// The type of each of `paths` (field names as written, dotted ones through relations) on
    /// `model`; an unknown field is a usage error that names it and its model.
    pub fn resolve(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        paths: &[&str],
    ) -> anyhow::Result<HashMap<String, FieldType>> {
        let mut types = HashMap::new();
        for path in paths {
            let field_type = self.type_of(session, model, path)?;
            types.insert(path.to_string(), field_type);
        }
        Ok(types)
    }

    fn type_of(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        path: &str,
    ) -> anyhow::Result<FieldType> {
        let parts: Vec<&str> = path.split('.').collect();
        let mut current = model.to_string();
        for (index, part) in parts.iter().enumerate() {
            let definition = self.definition(session, &current, part)?;
            let field_type = FieldType::from_tryton(&definition.kind);
            if index + 1 == parts.len() {
                return Ok(field_type);
            }
            match (&field_type, &definition.relation) {
                (FieldType::Relation, Some(relation)) => current = relation.clone(),
                // reference and dict fields: what follows is the server's to resolve.
                _ if matches!(definition.kind.as_str(), "reference" | "dict") => {
                    return Ok(FieldType::Untyped);
                }
                _ => {
                    return Err(Failure::usage(format!(
                        "'{path}': {part} is a {} field of {current}, not a relation, so nothing can follow it",
                        definition.kind
                    ))
                    .into());
                }
            }
        }
        Ok(FieldType::Untyped)
    }

    /// The field of `model` whose label is `label` (as `export --header labels` writes it),
    /// if exactly one has it; labels come from the server (older cache entries lack them).
    pub fn field_by_label(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        label: &str,
    ) -> anyhow::Result<Option<(String, Definition)>> {
        let find = |fields: &Fields| -> Vec<(String, Definition)> {
            fields
                .fields
                .iter()
                .filter(|(_, d)| d.label.as_deref() == Some(label))
                .map(|(name, d)| (name.clone(), d.clone()))
                .collect()
        };
        if !self.models.contains_key(model) {
            let fields = match self.read_cache(session, model) {
                Some(fields) => fields,
                None => self.fetch(session, model)?,
            };
            self.models.insert(model.to_string(), fields);
        }
        let mut found = find(&self.models[model]);
        if found.is_empty() && !self.models[model].fresh {
            let fields = self.fetch(session, model)?;
            self.models.insert(model.to_string(), fields);
            found = find(&self.models[model]);
        }
        Ok(if found.len() == 1 { found.pop() } else { None })
    }

    /// The definition of `field` on `model`: from this run's answers, the cache file, or the
    /// server. A field missing from a cached answer is asked for once more before it is called
    /// unknown (the model may have changed since).
    pub fn definition(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        field: &str,
    ) -> anyhow::Result<Definition> {
        if !self.models.contains_key(model) {
            let fields = match self.read_cache(session, model) {
                Some(fields) => fields,
                None => self.fetch(session, model)?,
            };
            self.models.insert(model.to_string(), fields);
        }
        if let Some(found) = self.models[model].fields.get(field) {
            return Ok(found.clone());
        }
        if !self.models[model].fresh {
            let fields = self.fetch(session, model)?;
            self.models.insert(model.to_string(), fields);
            if let Some(found) = self.models[model].fields.get(field) {
                return Ok(found.clone());
            }
        }
        let known = &self.models[model].fields;
        let hint = match closest(field, known.keys()) {
            Some(name) => format!(" (did you mean '{name}'?)"),
            None => String::new(),
        };
        Err(Failure::usage(format!(
            "unknown field '{field}' on {model}{hint}; 'tryton-cli fields {model}' lists them"
        ))
        .into())
    }

    fn fetch(&self, session: &mut Authenticated, model: &str) -> anyhow::Result<Fields> {
        let method = format!("model.{model}.fields_get");
        let context = session.context().clone();
        let answer = session.call(&method, &json!([null, context]))?.value;
        let Value::Object(definitions) = answer else {
            return Err(Failure::new(
                ExitCode::ServerError,
                format!("{method} did not answer an object"),
            )
            .into());
        };
        let fields: BTreeMap<String, Definition> = definitions
            .into_iter()
            .filter_map(|(name, definition)| {
                let kind = definition.get("type")?.as_str()?.to_string();
                let relation = definition
                    .get("relation")
                    .and_then(Value::as_str)
                    .map(String::from);
                let label = definition
                    .get("string")
                    .and_then(Value::as_str)
                    .map(String::from);
                Some((
                    name,
                    Definition {
                        kind,
                        relation,
                        label,
                    },
                ))
            })
            .collect();
        self.write_cache(session, model, &fields);
        Ok(Fields {
            fields,
            fresh: true,
        })
    }

    fn cache_file(&self, session: &Authenticated, model: &str) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        let info = &session.info;
        let material = json!([info.url, info.database, info.login, model]).to_string();
        let digest = Sha256::digest(material.as_bytes());
        let key: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        Some(dir.join(format!("fields-{key}.json")))
    }

    fn read_cache(&self, session: &Authenticated, model: &str) -> Option<Fields> {
        let path = self.cache_file(session, model)?;
        let bytes = std::fs::read(&path).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        if now() >= entry.expires {
            let _ = std::fs::remove_file(path);
            return None;
        }
        if self.verbose {
            eprintln!("* field types of {model}: from the cache");
        }
        Some(Fields {
            fields: entry.fields,
            fresh: false,
        })
    }

    /// Keep the answer; a cache that cannot be written only costs the next run a request.
    fn write_cache(
        &self,
        session: &Authenticated,
        model: &str,
        fields: &BTreeMap<String, Definition>,
    ) {
        let (Some(dir), Some(path)) = (&self.dir, self.cache_file(session, model)) else {
            return;
        };
        let entry = Entry {
            expires: now().saturating_add(TTL.as_secs()),
            fields: fields.clone(),
        };
        if ensure_private_dir(dir).is_ok()
            && let Ok(bytes) = serde_json::to_vec(&entry)
        {
            let _ = write_atomically(&path, &bytes, 0o600);
        }
    }
}

/// The known name nearest to a misspelt one, when it is near enough to be a likely typo.
fn closest<'a>(name: &str, known: impl Iterator<Item = &'a String>) -> Option<&'a str> {
    known
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, candidate)| {
            *distance <= (candidate.chars().count() / 3).max(2)
                && *distance < candidate.chars().count()
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(previous + 1).min(row[j] + 1);
        }
    }
    row[b.len()]
}

/// The domain to send: JSON as written; the short form with each value typed by its field
/// (`fields_get`, cached for a few minutes), an unknown field refused before anything is searched.
pub fn typed_domain(
    domain: &Domain,
    session: &mut Authenticated,
    model: &str,
    verbose: bool,
) -> anyhow::Result<Value> {
    let fields = domain.fields();
    if fields.is_empty() {
        return Ok(domain.untyped());
    }
    let types = FieldTypes::new(verbose).resolve(session, model, &fields)?;
    let typed = domain.typed(|field| types.get(field).copied().unwrap_or(FieldType::Untyped));
    typed.map_err(|err| Failure::usage(err.to_string()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_field_suggests_the_nearest_name() {
        let known: Vec<String> = ["name", "code", "addresses", "active"]
            .map(String::from)
            .to_vec();
        assert_eq!(closest("nmae", known.iter()), Some("name"));
        assert_eq!(closest("adresses", known.iter()), Some("addresses"));
        assert_eq!(closest("zzzz", known.iter()), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
